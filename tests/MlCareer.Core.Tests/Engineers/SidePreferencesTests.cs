using MlCareer.Core.Activities;
using MlCareer.Core.Common;
using MlCareer.Core.Engineers;

namespace MlCareer.Core.Tests.Engineers;

public class SidePreferencesTests
{
    private static readonly SidePreferences Valid = new(8, [ActivityKind.Writing], [ActivityKind.Freelancing], ["pytorch"], ["rust"], "banking", 60, "USD");

    public static TheoryData<SidePreferences, RuleCode, string> Broken => new()
    {
        { Valid with { BudgetHours = -1 }, RuleCode.OutOfRange, nameof(SidePreferences.BudgetHours) },
        { Valid with { BudgetHours = 169 }, RuleCode.OutOfRange, nameof(SidePreferences.BudgetHours) },
        { Valid with { Dislikes = [ActivityKind.Writing] }, RuleCode.LikedAndDisliked, nameof(SidePreferences.Dislikes) },
        { Valid with { Likes = [(ActivityKind)99] }, RuleCode.UnknownValue, nameof(SidePreferences.Likes) },
        { Valid with { Skills = ["pytorch", "PyTorch"] }, RuleCode.DuplicateValue, nameof(SidePreferences.Skills) },
        { Valid with { SkillsToLearn = [.. Enumerable.Range(0, 21).Select(i => $"s{i}")] }, RuleCode.TooMany, nameof(SidePreferences.SkillsToLearn) },
        { Valid with { SkillsToLearn = [new string('x', 61)] }, RuleCode.TooLong, nameof(SidePreferences.SkillsToLearn) },
        { Valid with { HomeIndustry = "bank\u0000ing" }, RuleCode.ControlCharacters, nameof(SidePreferences.HomeIndustry) },
        { Valid with { MinimumRateCurrency = "US" }, RuleCode.InvalidCurrency, nameof(SidePreferences.MinimumRateCurrency) },
        { Valid with { MinimumRateAmount = 2_000_000 }, RuleCode.OutOfRange, nameof(SidePreferences.MinimumRateAmount) },
        { Valid with { MinimumRateAmount = null }, RuleCode.Required, nameof(SidePreferences.MinimumRateAmount) },
    };

    [Theory]
    [MemberData(nameof(Broken))]
    public void TrySetPreferences_BrokenRule_RefusedOnItsFieldAndNothingChanges(SidePreferences preferences, RuleCode code, string field)
    {
        var profile = new EngineerProfile { UserId = "u", DisplayName = "Ana" };

        var violation = profile.TrySetPreferences(preferences);

        Assert.Equal((code, field), (violation?.Code, violation?.Field));
        Assert.Equal(EngineerProfile.DefaultSideActivityBudgetHours, profile.SideActivityBudgetHours.Value);
        Assert.Empty(profile.Interests);
    }

    [Fact]
    public void TrySetPreferences_Valid_StoresEveryField()
    {
        var profile = new EngineerProfile { UserId = "u", DisplayName = "Ana" };

        var violation = profile.TrySetPreferences(Valid with { Skills = [" pytorch "], HomeIndustry = "  ", MinimumRateAmount = null, MinimumRateCurrency = null });

        Assert.Null(violation);
        Assert.Equal(8, profile.SideActivityBudgetHours.Value);
        Assert.Equal([ActivityKind.Writing], profile.Interests);
        Assert.Equal([ActivityKind.Freelancing], profile.Dislikes);
        Assert.Equal(["pytorch"], profile.Skills);
        Assert.Equal(["rust"], profile.SkillsToLearn);
        Assert.Null(profile.HomeIndustry);
        Assert.Null(profile.MinimumFreelanceRate);
    }

    [Fact]
    public void Dislike_ALikedKind_MovesItToTheDislikes()
    {
        var profile = new EngineerProfile { UserId = "u", DisplayName = "Ana" };
        Assert.Null(profile.TrySetPreferences(new SidePreferences(10, [ActivityKind.Speaking, ActivityKind.Writing], [], [], [], null, null, null)));

        profile.Dislike(ActivityKind.Speaking);
        profile.Dislike(ActivityKind.Speaking);

        Assert.Equal([ActivityKind.Writing], profile.Interests);
        Assert.Equal([ActivityKind.Speaking], profile.Dislikes);
    }
}
