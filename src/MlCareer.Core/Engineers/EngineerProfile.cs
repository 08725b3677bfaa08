using MlCareer.Core.Activities;
using MlCareer.Core.Common;

namespace MlCareer.Core.Engineers;

/// <summary>
/// The planning profile of one person who signs in: weekly capacity, how many hours a week they
/// are willing to give to side activities, what they like and dislike, their skills and industry.
/// </summary>
public sealed class EngineerProfile : IVersioned
{
    public const double DefaultCapacityHours = 40;

    /// <summary>The least weekly capacity, in hours: a profile with no hours at all would make every week "over capacity".</summary>
    public const double MinCapacityHours = 1;
    public const double DefaultSideActivityBudgetHours = 10;

    private Hours _capacityHours = new(DefaultCapacityHours);
    private string _displayName = string.Empty;
    private int? _teamId;

    public int Id { get; set; }

    /// <summary>The Identity user this profile belongs to.</summary>
    public required string UserId { get; set; }

    /// <summary>The person's name as the app shows it; changed only through <see cref="TryRename"/>.</summary>
    public required string DisplayName { get => _displayName; init => _displayName = value; }

    /// <summary>The team the engineer is in, if any; changed only through <see cref="MoveToTeam"/>.</summary>
    public int? TeamId { get => _teamId; init => _teamId = value; }

    /// <summary>Hours per ISO week the engineer works in total (default 40); changed only through <see cref="TrySetCapacity"/>.</summary>
    public Hours CapacityHours { get => _capacityHours; init => _capacityHours = value; }

    /// <summary>Hours per ISO week the engineer will at most spend on side activities.</summary>
    public Hours SideActivityBudgetHours { get; private set; } = new(DefaultSideActivityBudgetHours);

    public List<ActivityKind> Interests { get; private set; } = [];

    public List<ActivityKind> Dislikes { get; private set; } = [];

    public List<string> Skills { get; private set; } = [];

    /// <summary>Skills the engineer wants to learn; an activity that builds one ranks up.</summary>
    public List<string> SkillsToLearn { get; private set; } = [];

    public string? HomeIndustry { get; private set; }

    /// <summary>Freelance work paying less than this per hour is never suggested.</summary>
    public Money? MinimumFreelanceRate { get; private set; }

    public Guid Version { get; set; }

    /// <summary>
    /// Whether <paramref name="hours"/> is a weekly capacity: 1 to 168 hours per ISO week. Load, low weeks
    /// and windows are shares of capacity, so zero would divide by nothing and more than a week cannot be.
    /// </summary>
    public static bool IsValidCapacity(double hours) => Hours.IsValid(hours) && hours >= MinCapacityHours;

    /// <summary>Stores <paramref name="hours"/> as the weekly capacity, or refuses a value outside 1–168 and keeps the old one.</summary>
    public RuleViolation? TrySetCapacity(double hours)
    {
        if (!IsValidCapacity(hours))
        {
            return new RuleViolation(RuleCode.OutOfRange, nameof(CapacityHours), [MinCapacityHours, Hours.MaxPerWeek]);
        }

        _capacityHours = new Hours(hours);
        return null;
    }

    /// <summary>Stores the name trimmed, or returns the rule it breaks (required, at most <see cref="FieldLengths.Name"/> characters) and keeps the old one.</summary>
    public RuleViolation? TryRename(string name)
    {
        var violation = Text.CheckRequired(name, FieldLengths.Name, nameof(DisplayName));
        if (violation is null)
        {
            _displayName = name.Trim();
        }

        return violation;
    }

    /// <summary>Puts the engineer in <paramref name="teamId"/>, or in no team; that the team exists is the caller's to check against the data.</summary>
    public void MoveToTeam(int? teamId) => _teamId = teamId;

    /// <summary>Stores <paramref name="preferences"/> (texts trimmed, blanks as none), or returns the first rule they break and changes nothing.</summary>
    public RuleViolation? TrySetPreferences(SidePreferences preferences)
    {
        ArgumentNullException.ThrowIfNull(preferences);
        if (preferences.Validate() is [var first, ..])
        {
            return first;
        }

        SideActivityBudgetHours = new Hours(preferences.BudgetHours);
        Interests = [.. preferences.Likes.Distinct()];
        Dislikes = [.. preferences.Dislikes.Distinct()];
        Skills = Tags.Normalize(preferences.Skills);
        SkillsToLearn = Tags.Normalize(preferences.SkillsToLearn);
        HomeIndustry = Text.Normalize(preferences.HomeIndustry);
        MinimumFreelanceRate = Money.From(preferences.MinimumRateAmount, Text.Normalize(preferences.MinimumRateCurrency));
        return null;
    }

    /// <summary>"Not interested in this kind": <paramref name="kind"/> joins the dislikes and leaves the likes, so it is never suggested again.</summary>
    public void Dislike(ActivityKind kind)
    {
        Interests.Remove(kind);
        if (!Dislikes.Contains(kind))
        {
            Dislikes.Add(kind);
        }
    }
}
