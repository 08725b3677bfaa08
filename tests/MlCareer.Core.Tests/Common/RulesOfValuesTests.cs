using System.Globalization;
using MlCareer.Core.Activities;
using MlCareer.Core.Common;

namespace MlCareer.Core.Tests.Common;

public class RulesOfValuesTests
{
    [Theory]
    [InlineData(0, 0.0)]
    [InlineData(15, 0.15)]
    [InlineData(100, 1.0)]
    public void Share_FromPercent_IsTheFraction(int percent, double share)
    {
        Assert.Equal(new Share(share), Share.FromPercent(percent));
    }

    [Theory]
    [InlineData(0.125, 13)]
    [InlineData(0.135, 14)]
    [InlineData(0.145, 15)]
    [InlineData(0.005, 1)]
    [InlineData(0.854, 85)]
    public void Share_ToPercent_RoundsHalvesAwayFromZero(double share, int percent)
    {
        Assert.Equal(percent, new Share(share).ToPercent());
    }

    [Theory]
    [InlineData(0.125, 13)]
    [InlineData(0.145, 15)]
    [InlineData(0.5, 50)]
    [InlineData(1.125, 113)]
    [InlineData(1.5, 150)]
    [InlineData(37.0 / 40, 93)]
    [InlineData(-0.125, -13)]
    public void Share_ToPercentOfAFraction_SameRoundingAsAShareAndPastOne(double fraction, int percent)
    {
        Assert.Equal(percent, Share.ToPercent(fraction));
        if (Share.IsValid(fraction))
        {
            Assert.Equal(new Share(fraction).ToPercent(), Share.ToPercent(fraction));
        }
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(101)]
    public void Share_TryFromPercent_OutOfRange_RefusedOnTheField(int percent)
    {
        var violation = Share.TryFromPercent(percent, "Share", out _);

        Assert.Equal((RuleCode.OutOfRange, "Share"), (violation!.Code, violation.Field));
    }

    [Theory]
    [InlineData("2026-11-23", "2026-11-29", 5)]
    [InlineData("2026-11-28", "2026-11-29", 0)]
    [InlineData("2026-11-25", "2026-11-25", 1)]
    [InlineData("2026-11-27", "2026-11-30", 2)]
    [InlineData("2026-12-28", "2027-01-10", 10)]
    public void WorkingDays_CountMondayToFridayOnly(string start, string end, int days)
    {
        Assert.Equal(days, new DateRange(DateOnly.Parse(start, CultureInfo.InvariantCulture), DateOnly.Parse(end, CultureInfo.InvariantCulture)).WorkingDays);
    }

    [Fact]
    public void DateRange_EndBeforeStart_Throws()
    {
        Assert.Throws<ArgumentException>(() => new DateRange(new DateOnly(2026, 11, 25), new DateOnly(2026, 11, 24)));
    }

    [Fact]
    public void DateRange_Intersect_IsTheSharedDaysOrNull()
    {
        var november = new DateRange(new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30));

        Assert.Equal(new DateRange(new DateOnly(2026, 11, 20), new DateOnly(2026, 11, 30)), november.Intersect(new DateRange(new DateOnly(2026, 11, 20), new DateOnly(2026, 12, 5))));
        Assert.Null(november.Intersect(new DateRange(new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 5))));
    }

    [Theory]
    [InlineData("Churn model", false, null)]
    [InlineData("  ", false, RuleCode.Required)]
    [InlineData("Line\nbreak", false, RuleCode.ControlCharacters)]
    [InlineData("Line\nbreak", true, null)]
    [InlineData("Bell\u0007", true, RuleCode.ControlCharacters)]
    [InlineData("\u2066isolate", true, RuleCode.ControlCharacters)]
    public void Text_CheckRequired_RefusesBlankAndControlCharacters(string text, bool multiline, RuleCode? code)
    {
        Assert.Equal(code, Text.CheckRequired(text, 50, "Name", multiline)?.Code);
    }

    [Fact]
    public void Text_Check_TooLongAfterTrimming_Refused()
    {
        Assert.Null(Text.Check("  abc  ", 3, "Name"));
        Assert.Equal([3], Text.Check("abcd", 3, "Name")!.Args);
    }

    [Fact]
    public void Engagement_CompletedInTheFuture_Refused()
    {
        var engagement = new Engagement { HoursPerWeek = new Hours(5) };
        engagement.Schedule(new DateOnly(2026, 11, 2), new DateOnly(2026, 12, 20));

        var violation = engagement.TryComplete(new DateOnly(2026, 11, 26), new DateOnly(2026, 11, 25));

        Assert.Equal(RuleCode.ActualDateInFuture, violation!.Code);
        Assert.Equal(EngagementStatus.Planned, engagement.Status);
    }

    [Fact]
    public void Engagement_Reopened_ForgetsItsCompletion()
    {
        var engagement = new Engagement { HoursPerWeek = new Hours(5) };
        engagement.Schedule(new DateOnly(2026, 11, 2), new DateOnly(2026, 12, 20));
        engagement.TryComplete(new DateOnly(2026, 11, 20), new DateOnly(2026, 11, 25));

        engagement.Reopen(active: true);

        Assert.Equal((EngagementStatus.Active, (DateOnly?)null), (engagement.Status, engagement.CompletedOn));
        Assert.Equal(engagement.Dates, engagement.CountedDates);
    }
}
