using System.ComponentModel.DataAnnotations;
using MlCareer.Core.Activities;
using MlCareer.Core.Engineers;

namespace MlCareer.Web.Features.Preferences;

/// <summary>
/// An engineer's side-activity preferences as their form edits them; skills are typed as text separated by
/// commas. It checks itself with the Core rules (<see cref="SidePreferences.Validate"/>).
/// </summary>
public sealed class PreferencesInput : IValidatableObject
{
    /// <summary>The version of the profile the form showed.</summary>
    public Guid Version { get; set; }

    public double? BudgetHours { get; set; }

    public IReadOnlyCollection<ActivityKind> Likes { get; set; } = [];

    public IReadOnlyCollection<ActivityKind> Dislikes { get; set; } = [];

    public string? SkillsText { get; set; }

    public string? SkillsToLearnText { get; set; }

    public string? HomeIndustry { get; set; }

    public decimal? MinimumRateAmount { get; set; }

    public string? MinimumRateCurrency { get; set; }

    public SidePreferences ToPreferences() => new(
        BudgetHours ?? 0, [.. Likes], [.. Dislikes], Split(SkillsText), Split(SkillsToLearnText), HomeIndustry, MinimumRateAmount, MinimumRateCurrency);

    public static PreferencesInput From(EngineerProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return new PreferencesInput
        {
            Version = profile.Version,
            BudgetHours = profile.SideActivityBudgetHours.Value,
            Likes = [.. profile.Interests],
            Dislikes = [.. profile.Dislikes],
            SkillsText = string.Join(", ", profile.Skills),
            SkillsToLearnText = string.Join(", ", profile.SkillsToLearn),
            HomeIndustry = profile.HomeIndustry,
            MinimumRateAmount = profile.MinimumFreelanceRate?.Amount,
            MinimumRateCurrency = profile.MinimumFreelanceRate?.Currency,
        };
    }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) => BudgetHours is null
        ? RuleValidation.Results(new RuleViolation(RuleCode.Required, nameof(BudgetHours)))
        : RuleValidation.Results(ToPreferences().Validate().Select(v => v.On(FieldOf(v.Field))));

    private static string? FieldOf(string? field) => field switch
    {
        nameof(SidePreferences.Skills) => nameof(SkillsText),
        nameof(SidePreferences.SkillsToLearn) => nameof(SkillsToLearnText),
        _ => field,
    };

    private static List<string> Split(string? text) => Tags.Split(text);
}
