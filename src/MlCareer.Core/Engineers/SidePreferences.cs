using MlCareer.Core.Activities;
using MlCareer.Core.Common;

namespace MlCareer.Core.Engineers;

/// <summary>
/// What an engineer tells the suggestion engine about themselves, as their preferences page hands it in:
/// the most hours per ISO week they give to side activities, the kinds they like and dislike, the skills
/// they hold and want to learn, their home industry, and the least they take per hour for freelance work
/// (amount and currency, or neither).
/// </summary>
public sealed record SidePreferences(
    double BudgetHours,
    IReadOnlyCollection<ActivityKind> Likes,
    IReadOnlyCollection<ActivityKind> Dislikes,
    IReadOnlyCollection<string> Skills,
    IReadOnlyCollection<string> SkillsToLearn,
    string? HomeIndustry,
    decimal? MinimumRateAmount,
    string? MinimumRateCurrency)
{
    /// <summary>
    /// Every broken rule, one per field at most, by the field's name: a budget of 0 to 168 hours, known kinds,
    /// no kind both liked and disliked, skill lists as <see cref="Tags"/> says, an industry that fits its
    /// column, and a minimum rate from 0 to a million with its currency.
    /// </summary>
    public IReadOnlyList<RuleViolation> Validate()
    {
        RuleViolation?[] checks =
        [
            Hours.IsValid(BudgetHours) ? null : new RuleViolation(RuleCode.OutOfRange, nameof(BudgetHours), [0, Hours.MaxPerWeek]),
            Kinds(Likes, nameof(Likes)),
            Kinds(Dislikes, nameof(Dislikes))
                ?? (Likes.FirstOrDefault(Dislikes.Contains) is var both && both != default
                    ? new RuleViolation(RuleCode.LikedAndDisliked, nameof(Dislikes), [both]) : null),
            Tags.Check(Skills, nameof(Skills)),
            Tags.Check(SkillsToLearn, nameof(SkillsToLearn)),
            Text.Check(HomeIndustry, FieldLengths.Industry, nameof(HomeIndustry)),
            Money.Check(MinimumRateAmount, MinimumRateCurrency, nameof(MinimumRateAmount), nameof(MinimumRateCurrency)),
        ];
        return [.. checks.OfType<RuleViolation>()];
    }

    /// <summary>The preferences stored on <paramref name="profile"/> now.</summary>
    public static SidePreferences Of(EngineerProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return new(
            profile.SideActivityBudgetHours.Value,
            [.. profile.Interests],
            [.. profile.Dislikes],
            [.. profile.Skills],
            [.. profile.SkillsToLearn],
            profile.HomeIndustry,
            profile.MinimumFreelanceRate?.Amount,
            profile.MinimumFreelanceRate?.Currency);
    }

    private static RuleViolation? Kinds(IReadOnlyCollection<ActivityKind> kinds, string field) =>
        kinds.All(Enum.IsDefined) ? null : new RuleViolation(RuleCode.UnknownValue, field);
}
