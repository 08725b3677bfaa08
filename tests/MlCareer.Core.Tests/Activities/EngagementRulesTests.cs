using MlCareer.Core.Activities;
using MlCareer.Core.Common;

namespace MlCareer.Core.Tests.Activities;

public class EngagementRulesTests
{
    private static Engagement Planned()
    {
        var engagement = new Engagement { HoursPerWeek = new Hours(5) };
        engagement.Schedule(new(2026, 12, 7), new(2026, 12, 20));
        return engagement;
    }

    [Theory]
    [InlineData(0)]
    [InlineData(0.25)]
    [InlineData(168.5)]
    [InlineData(double.NaN)]
    public void TryPlan_HoursOutsideHalfAnHourTo168_RefusedAndNothingChanges(double hours)
    {
        var engagement = Planned();

        var violation = engagement.TryPlan(hours, new(2027, 1, 4), new(2027, 1, 10));

        Assert.Equal(RuleCode.OutOfRange, violation?.Code);
        Assert.Equal(nameof(Engagement.HoursPerWeek), violation?.Field);
        Assert.Equal((5.0, new DateOnly(2026, 12, 7)), (engagement.HoursPerWeek.Value, engagement.Start));
    }

    [Fact]
    public void TryPlan_EndBeforeStart_Refused()
    {
        var violation = Planned().TryPlan(4, new(2027, 1, 10), new(2027, 1, 4));

        Assert.Equal(RuleCode.EndBeforeStart, violation?.Code);
    }

    [Theory]
    [InlineData("javascript:alert(1)", null, null, null, null, RuleCode.InvalidLink, "OutcomeLink")]
    [InlineData("https://example.com/a", -1, "USD", null, null, RuleCode.OutOfRange, "MoneyAmount")]
    [InlineData(null, 450, null, null, null, RuleCode.Required, "MoneyCurrency")]
    [InlineData(null, 450, "usd", null, null, RuleCode.InvalidCurrency, "MoneyCurrency")]
    [InlineData(null, null, "USD", null, null, RuleCode.Required, "MoneyAmount")]
    [InlineData(null, null, null, 0, null, RuleCode.OutOfRange, "CompetitionRank")]
    [InlineData(null, null, null, null, "note\u202Egnp.exe", RuleCode.ControlCharacters, "OutcomeNote")]
    public void TryRecordOutcome_BrokenRule_RefusedOnItsField(string? link, int? amount, string? currency, int? rank, string? note, RuleCode code, string field)
    {
        var engagement = Planned();

        var violation = engagement.TryRecordOutcome(new EngagementOutcome(link, amount, currency, rank, note));

        Assert.Equal((code, field), (violation?.Code, violation?.Field));
        Assert.Null(engagement.MoneyEarned);
    }

    [Fact]
    public void TryRecordOutcome_Valid_StoresItTrimmed()
    {
        var engagement = Planned();

        var violation = engagement.TryRecordOutcome(new EngagementOutcome(" https://kaggle.com/c/x ", 120.5m, "EUR", 12, "  Top 10%  "));

        Assert.Null(violation);
        Assert.Equal(("https://kaggle.com/c/x", new Money(120.5m, "EUR"), 12, "Top 10%"), (engagement.OutcomeLink, engagement.MoneyEarned, engagement.CompetitionRank, engagement.OutcomeNote));
    }
}
