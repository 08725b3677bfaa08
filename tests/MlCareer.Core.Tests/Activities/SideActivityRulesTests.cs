using MlCareer.Core.Activities;
using MlCareer.Core.Common;
using Code = MlCareer.Core.Activities.SideActivityViolationCode;

namespace MlCareer.Core.Tests.Activities;

public class SideActivityRulesTests
{
    internal static readonly SideActivityDraft Valid = new(
        ActivityKind.Writing, "Write an article", "撰写一篇文章", "About your experiments.", "关于你的实验。", "https://example.com/write",
        4, 8, 2, CommitmentShape.OneOff, null, true, false, PayBasis.PerPiece, 500, "USD",
        ActivityBenefits.Income | ActivityBenefits.Visibility, ["writing"], null);

    public static TheoryData<SideActivityDraft, string, Code> Broken => new()
    {
        { Valid with { Kind = (ActivityKind)99 }, nameof(SideActivityDraft.Kind), Code.InvalidValue },
        { Valid with { Title = "  " }, nameof(SideActivityDraft.Title), Code.Required },
        { Valid with { TitleZh = null }, nameof(SideActivityDraft.TitleZh), Code.Required },
        { Valid with { Title = new string('a', 201) }, nameof(SideActivityDraft.Title), Code.TooLong },
        { Valid with { DescriptionZh = new string('字', 2001) }, nameof(SideActivityDraft.DescriptionZh), Code.TooLong },
        { Valid with { Link = "example.com/write" }, nameof(SideActivityDraft.Link), Code.InvalidLink },
        { Valid with { Link = "ftp://example.com/write" }, nameof(SideActivityDraft.Link), Code.InvalidLink },
        { Valid with { MinHoursPerWeek = 0 }, nameof(SideActivityDraft.MinHoursPerWeek), Code.HoursOutOfRange },
        { Valid with { MinHoursPerWeek = double.NaN }, nameof(SideActivityDraft.MinHoursPerWeek), Code.HoursOutOfRange },
        { Valid with { MaxHoursPerWeek = 168.5 }, nameof(SideActivityDraft.MaxHoursPerWeek), Code.HoursOutOfRange },
        { Valid with { MaxHoursPerWeek = 3.5 }, nameof(SideActivityDraft.MaxHoursPerWeek), Code.MaxBelowMin },
        { Valid with { MinWeeks = 0 }, nameof(SideActivityDraft.MinWeeks), Code.WeeksOutOfRange },
        { Valid with { MinWeeks = 157 }, nameof(SideActivityDraft.MinWeeks), Code.WeeksOutOfRange },
        { Valid with { CommitmentShape = (CommitmentShape)7 }, nameof(SideActivityDraft.CommitmentShape), Code.InvalidValue },
        { Valid with { CommitmentWeeks = 8 }, nameof(SideActivityDraft.CommitmentWeeks), Code.MustBeEmpty },
        { Valid with { CommitmentShape = CommitmentShape.Recurring }, nameof(SideActivityDraft.CommitmentWeeks), Code.Required },
        { Valid with { CommitmentShape = CommitmentShape.FixedTerm, CommitmentWeeks = 200 }, nameof(SideActivityDraft.CommitmentWeeks), Code.WeeksOutOfRange },
        { Valid with { CommitmentShape = CommitmentShape.FixedTerm, CommitmentWeeks = 1 }, nameof(SideActivityDraft.CommitmentWeeks), Code.TermShorterThanMinWeeks },
        { Valid with { PayBasis = (PayBasis)5 }, nameof(SideActivityDraft.PayBasis), Code.InvalidValue },
        { Valid with { PayBasis = PayBasis.None, PayCurrency = null }, nameof(SideActivityDraft.PayAmount), Code.MustBeEmpty },
        { Valid with { PayBasis = PayBasis.None, PayAmount = null }, nameof(SideActivityDraft.PayCurrency), Code.MustBeEmpty },
        { Valid with { PayAmount = null }, nameof(SideActivityDraft.PayAmount), Code.Required },
        { Valid with { PayAmount = 0 }, nameof(SideActivityDraft.PayAmount), Code.AmountOutOfRange },
        { Valid with { PayAmount = 1_000_001 }, nameof(SideActivityDraft.PayAmount), Code.AmountOutOfRange },
        { Valid with { PayCurrency = "" }, nameof(SideActivityDraft.PayCurrency), Code.Required },
        { Valid with { PayCurrency = "usd" }, nameof(SideActivityDraft.PayCurrency), Code.InvalidCurrency },
        { Valid with { Benefits = (ActivityBenefits)16 }, nameof(SideActivityDraft.Benefits), Code.InvalidValue },
        { Valid with { Skills = ["writing", " "] }, nameof(SideActivityDraft.Skills), Code.SkillEmpty },
        { Valid with { Skills = [new string('s', 61)] }, nameof(SideActivityDraft.Skills), Code.SkillTooLong },
        { Valid with { Skills = ["writing", "Writing"] }, nameof(SideActivityDraft.Skills), Code.SkillDuplicate },
        { Valid with { Skills = [.. Enumerable.Range(1, 21).Select(i => $"s{i}")] }, nameof(SideActivityDraft.Skills), Code.TooManySkills },
        { Valid with { Industry = new string('i', 81) }, nameof(SideActivityDraft.Industry), Code.TooLong },
        { Valid with { Title = "Write \u202Eelcitra" }, nameof(SideActivityDraft.Title), Code.ControlCharacters },
        { Valid with { TitleZh = "文章\u0007" }, nameof(SideActivityDraft.TitleZh), Code.ControlCharacters },
        { Valid with { Industry = "health\ncare" }, nameof(SideActivityDraft.Industry), Code.ControlCharacters },
        { Valid with { Skills = ["py\u0000torch"] }, nameof(SideActivityDraft.Skills), Code.ControlCharacters },
    };

    [Fact]
    public void Validate_LineBreaksInADescription_Allowed()
    {
        var violations = SideActivityRules.Validate(Valid with { Description = "First line.\nSecond line.", DescriptionZh = "第一行。\r\n第二行。" });

        Assert.Empty(violations);
    }

    [Fact]
    public void Validate_CompleteDraft_NoViolation()
    {
        var violations = SideActivityRules.Validate(Valid);

        Assert.Empty(violations);
    }

    [Theory]
    [MemberData(nameof(Broken))]
    public void Validate_BrokenField_NamesTheFieldAndCode(SideActivityDraft draft, string field, Code code)
    {
        var violations = SideActivityRules.Validate(draft);

        var violation = Assert.Single(violations);
        Assert.Equal((field, code), (violation.Field, violation.Code));
    }

    [Fact]
    public void Validate_Violations_CarryTheLimitsAsArguments()
    {
        var violations = SideActivityRules.Validate(Valid with { Title = new string('a', 201), MinHoursPerWeek = -1, MinWeeks = 6, CommitmentShape = CommitmentShape.Recurring, CommitmentWeeks = 4 });

        Assert.Equal([200], violations.Single(v => v.Field == nameof(SideActivityDraft.Title)).Args);
        Assert.Equal([0, 168.0], violations.Single(v => v.Field == nameof(SideActivityDraft.MinHoursPerWeek)).Args);
        Assert.Equal([6], violations.Single(v => v.Code == Code.TermShorterThanMinWeeks).Args);
    }

    [Fact]
    public void Create_ValidDraft_StoresTrimmedTextsAndValueTypes()
    {
        var activity = SideActivity.Create("technical-article", Valid with { Title = "  Write an article ", Industry = " ", Skills = [" writing "] });

        Assert.Equal(("Write an article", null), (activity.Title, activity.Industry));
        Assert.Equal(["writing"], activity.Skills);
        Assert.Equal(new HoursRange(4, 8), activity.HoursPerWeek);
        Assert.Equal(Commitment.OneOff, activity.Commitment);
        Assert.Equal(ActivityPay.PerPiece(Money.Usd(500)), activity.Pay);
        Assert.Equal(12, activity.HoursPerPiece);
        Assert.Equal(Money.Usd(41.67m), activity.HourlyRate);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Upper")]
    [InlineData("1-starts-with-digit")]
    [InlineData("has space")]
    public void Create_InvalidKey_Throws(string key)
    {
        Assert.Throws<ArgumentException>(() => SideActivity.Create(key, Valid));
    }

    [Fact]
    public void Update_DraftBreakingARule_ThrowsAndChangesNothing()
    {
        var activity = SideActivity.Create("a", Valid);

        Assert.Throws<ArgumentException>(() => activity.Update(Valid with { Title = "Changed", MaxHoursPerWeek = 1 }));
        Assert.Equal("Write an article", activity.Title);
    }

    [Fact]
    public void ArchiveAndRestore_ToggleArchived()
    {
        var activity = SideActivity.Create("a", Valid);

        activity.Archive();
        var archived = activity.IsArchived;
        activity.Restore();

        Assert.True(archived);
        Assert.False(activity.IsArchived);
    }

    [Fact]
    public void From_StoredActivity_RoundTripsTheDraft()
    {
        var draft = Valid with { CommitmentShape = CommitmentShape.Recurring, CommitmentWeeks = 52, NeedsTeam = true, Industry = "healthcare" };

        var back = SideActivityDraft.From(SideActivity.Create("a", draft));

        Assert.Equal(draft with { Skills = back.Skills }, back);
        Assert.Equal(draft.Skills, back.Skills);
    }
}
