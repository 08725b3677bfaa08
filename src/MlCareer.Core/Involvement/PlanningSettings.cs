using MlCareer.Core.Engineers;
using MlCareer.Core.Projects;

namespace MlCareer.Core.Involvement;

/// <summary>
/// The organisation's planning rules, one row that admins edit: the default involvement share of each
/// phase kind, the training-run share of periods without their own, and the rules that turn weekly
/// load into low weeks and windows.
/// </summary>
public sealed class PlanningSettings : IVersioned
{
    public const int SingletonId = 1;
    public const int MinThresholdPercent = 5;
    public const int MaxThresholdPercent = 95;
    public const int MaxWindowWeeks = 26;
    public const int MinHorizonWeeks = 4;
    public const int MaxHorizonWeeks = 104;

    public int Id { get; private set; } = SingletonId;

    public List<PhaseShare> PhaseShares { get; private set; } = [];

    /// <summary>Share of a training-run period (or any period without a share of its own): the engineer only monitors.</summary>
    public Share MonitoringShare { get; private set; } = InvolvementDefaults.Monitoring;

    /// <summary>A week is low when its load is at most this share of capacity (default 0.5).</summary>
    public Share LowWeekThreshold { get; private set; } = new(0.5);

    /// <summary>A window is a maximal run of at least this many low weeks (default 2).</summary>
    public int MinWindowWeeks { get; private set; } = 2;

    /// <summary>How many weeks ahead windows are looked for (default 26).</summary>
    public int HorizonWeeks { get; private set; } = 26;

    /// <summary>Capacity, in hours per ISO week, given to new engineers (default 40).</summary>
    public Hours DefaultCapacityHours { get; private set; } = new(EngineerProfile.DefaultCapacityHours);

    public Guid Version { get; set; }

    public Share ShareFor(PhaseKind kind) =>
        PhaseShares.FirstOrDefault(s => s.Kind == kind)?.Share ?? InvolvementDefaults.For(kind);

    /// <summary>The settings' numbers, as <see cref="TryChange"/> takes them.</summary>
    public PlanningValues Values => new(
        PhaseKinds.All.ToDictionary(k => k, ShareFor),
        MonitoringShare,
        LowWeekThreshold,
        MinWindowWeeks,
        HorizonWeeks,
        DefaultCapacityHours);

    /// <summary>
    /// Takes <paramref name="values"/> when they obey <see cref="Check"/> and returns no violation;
    /// otherwise changes nothing and returns every violation, by field.
    /// </summary>
    public IReadOnlyList<RuleViolation> TryChange(PlanningValues values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var violations = Check(values);
        if (violations.Count > 0)
        {
            return violations;
        }

        foreach (var (kind, share) in values.Shares)
        {
            if (PhaseShares.FirstOrDefault(s => s.Kind == kind) is { } row)
            {
                row.Share = share;
            }
            else
            {
                PhaseShares.Add(new PhaseShare { Kind = kind, Share = share });
            }
        }

        MonitoringShare = values.MonitoringShare;
        LowWeekThreshold = values.LowWeekThreshold;
        MinWindowWeeks = values.MinWindowWeeks;
        HorizonWeeks = values.HorizonWeeks;
        DefaultCapacityHours = values.DefaultCapacityHours;
        return [];
    }

    /// <summary>
    /// The rules the numbers obey beyond their types (a share is 0–100% by type): a share for every phase
    /// kind, the low-week threshold 5–95%, the shortest window 1–26 weeks and no longer than the horizon,
    /// the horizon 4–104 weeks, the default capacity at least 1 hour. Every violation, by field; empty when
    /// the settings may be saved.
    /// </summary>
    public static IReadOnlyList<RuleViolation> Check(PlanningValues values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var violations = new List<RuleViolation>();
        foreach (var kind in PhaseKinds.All.Where(k => !values.Shares.ContainsKey(k)))
        {
            violations.Add(new(RuleCode.Required, $"{kind}Share"));
        }

        var threshold = values.LowWeekThreshold.ToPercent();
        if (threshold is < MinThresholdPercent or > MaxThresholdPercent)
        {
            violations.Add(new(RuleCode.OutOfRange, nameof(LowWeekThreshold), [MinThresholdPercent, MaxThresholdPercent]));
        }

        if (values.MinWindowWeeks is < 1 or > MaxWindowWeeks)
        {
            violations.Add(new(RuleCode.OutOfRange, nameof(MinWindowWeeks), [1, MaxWindowWeeks]));
        }
        else if (values.MinWindowWeeks > values.HorizonWeeks && values.HorizonWeeks >= MinHorizonWeeks)
        {
            violations.Add(new(RuleCode.WindowLongerThanHorizon, nameof(MinWindowWeeks), [values.HorizonWeeks]));
        }

        if (values.HorizonWeeks is < MinHorizonWeeks or > MaxHorizonWeeks)
        {
            violations.Add(new(RuleCode.OutOfRange, nameof(HorizonWeeks), [MinHorizonWeeks, MaxHorizonWeeks]));
        }

        if (!EngineerProfile.IsValidCapacity(values.DefaultCapacityHours.Value))
        {
            violations.Add(new(RuleCode.OutOfRange, nameof(DefaultCapacityHours), [EngineerProfile.MinCapacityHours, Hours.MaxPerWeek]));
        }

        return violations;
    }

    /// <summary>The settings of the brief, before an admin changes anything.</summary>
    public static PlanningSettings CreateDefault() => new()
    {
        PhaseShares = [.. PhaseKinds.All.Select(k => new PhaseShare { Kind = k, Share = InvolvementDefaults.For(k) })],
    };
}

/// <summary>The numbers an admin sets on the planning settings, checked together by <see cref="PlanningSettings.Check"/>.</summary>
public sealed record PlanningValues(
    IReadOnlyDictionary<PhaseKind, Share> Shares,
    Share MonitoringShare,
    Share LowWeekThreshold,
    int MinWindowWeeks,
    int HorizonWeeks,
    Hours DefaultCapacityHours);
