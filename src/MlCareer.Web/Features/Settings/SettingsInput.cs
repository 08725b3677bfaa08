using System.ComponentModel.DataAnnotations;
using System.Linq.Expressions;
using MlCareer.Core.Involvement;
using MlCareer.Core.Projects;

namespace MlCareer.Web.Features.Settings;

/// <summary>
/// The planning rules as an admin edits them: shares in whole percent, lengths in ISO weeks, capacity
/// in hours per ISO week. One property per phase kind, so each field gets its own message. A blank field
/// is missing, not zero; the ranges are <see cref="PlanningSettings"/>'s own rules.
/// </summary>
public sealed class SettingsInput : IValidatableObject
{
    public Guid Version { get; set; }

    public int? ProblemUnderstandingPercent { get; set; }

    public int? DataCollectionPercent { get; set; }

    public int? DataLabelingPercent { get; set; }

    public int? DataWranglingPercent { get; set; }

    public int? ModelDevelopmentPercent { get; set; }

    public int? DeploymentPercent { get; set; }

    /// <summary>Share of a training-run period, in percent.</summary>
    public int? MonitoringPercent { get; set; }

    /// <summary>A week is low when its load is at most this percent of capacity.</summary>
    public int? LowWeekThresholdPercent { get; set; }

    public int? MinWindowWeeks { get; set; }

    public int? HorizonWeeks { get; set; }

    /// <summary>Capacity given to new engineers, in hours per ISO week.</summary>
    public double? DefaultCapacityHours { get; set; }

    public static SettingsInput From(PlanningSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var input = new SettingsInput
        {
            Version = settings.Version,
            MonitoringPercent = settings.MonitoringShare.ToPercent(),
            LowWeekThresholdPercent = settings.LowWeekThreshold.ToPercent(),
            MinWindowWeeks = settings.MinWindowWeeks,
            HorizonWeeks = settings.HorizonWeeks,
            DefaultCapacityHours = settings.DefaultCapacityHours.Value,
        };
        foreach (var kind in PhaseKinds.All)
        {
            input.SetSharePercent(kind, settings.ShareFor(kind).ToPercent());
        }

        return input;
    }

    /// <summary>
    /// Writes the values into <paramref name="settings"/> through <see cref="PlanningSettings.TryChange"/> and
    /// returns what breaks the Core rules, on this input's field names; on any violation nothing is changed.
    /// </summary>
    public IReadOnlyList<RuleViolation> ApplyTo(PlanningSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var violations = new List<RuleViolation>();
        var shares = new Dictionary<PhaseKind, Share>();
        foreach (var kind in PhaseKinds.All)
        {
            if (Percent(SharePercent(kind), $"{kind}Percent", violations) is { } share)
            {
                shares[kind] = share;
            }
        }

        var monitoring = Percent(MonitoringPercent, nameof(MonitoringPercent), violations);
        var threshold = Percent(LowWeekThresholdPercent, nameof(LowWeekThresholdPercent), violations);
        var minWindow = Required(MinWindowWeeks, nameof(MinWindowWeeks), violations);
        var horizon = Required(HorizonWeeks, nameof(HorizonWeeks), violations);
        var capacity = Required(DefaultCapacityHours, nameof(DefaultCapacityHours), violations);
        if (capacity is { } hours && !Hours.IsValid(hours))
        {
            violations.Add(new RuleViolation(RuleCode.OutOfRange, nameof(DefaultCapacityHours), [Core.Engineers.EngineerProfile.MinCapacityHours, Hours.MaxPerWeek]));
        }

        if (violations.Count > 0)
        {
            return violations;
        }

        var values = new PlanningValues(shares, monitoring!.Value, threshold!.Value, minWindow!.Value, horizon!.Value, new Hours(capacity!.Value));
        return [.. settings.TryChange(values).Select(v => v.On(v.Field == nameof(PlanningSettings.LowWeekThreshold) ? nameof(LowWeekThresholdPercent) : v.Field))];
    }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        RuleValidation.Results(ApplyTo(PlanningSettings.CreateDefault()));

    public int? SharePercent(PhaseKind kind) => kind switch
    {
        PhaseKind.ProblemUnderstanding => ProblemUnderstandingPercent,
        PhaseKind.DataCollection => DataCollectionPercent,
        PhaseKind.DataLabeling => DataLabelingPercent,
        PhaseKind.DataWrangling => DataWranglingPercent,
        PhaseKind.ModelDevelopment => ModelDevelopmentPercent,
        PhaseKind.Deployment => DeploymentPercent,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown phase kind."),
    };

    public void SetSharePercent(PhaseKind kind, int? percent)
    {
        switch (kind)
        {
            case PhaseKind.ProblemUnderstanding: ProblemUnderstandingPercent = percent; break;
            case PhaseKind.DataCollection: DataCollectionPercent = percent; break;
            case PhaseKind.DataLabeling: DataLabelingPercent = percent; break;
            case PhaseKind.DataWrangling: DataWranglingPercent = percent; break;
            case PhaseKind.ModelDevelopment: ModelDevelopmentPercent = percent; break;
            case PhaseKind.Deployment: DeploymentPercent = percent; break;
            default: throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown phase kind.");
        }
    }

    /// <summary>The property of <paramref name="kind"/>'s share, for a field's <c>For</c> (where its messages appear).</summary>
    public Expression<Func<int?>> SharePercentField(PhaseKind kind) => kind switch
    {
        PhaseKind.ProblemUnderstanding => () => ProblemUnderstandingPercent,
        PhaseKind.DataCollection => () => DataCollectionPercent,
        PhaseKind.DataLabeling => () => DataLabelingPercent,
        PhaseKind.DataWrangling => () => DataWranglingPercent,
        PhaseKind.ModelDevelopment => () => ModelDevelopmentPercent,
        PhaseKind.Deployment => () => DeploymentPercent,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown phase kind."),
    };

    private static Share? Percent(int? percent, string field, List<RuleViolation> violations)
    {
        if (Required(percent, field, violations) is not { } value)
        {
            return null;
        }

        if (Share.TryFromPercent(value, field, out var share) is { } broken)
        {
            violations.Add(broken);
            return null;
        }

        return share;
    }

    private static TValue? Required<TValue>(TValue? value, string field, List<RuleViolation> violations)
        where TValue : struct
    {
        if (value is null)
        {
            violations.Add(new RuleViolation(RuleCode.Required, field));
        }

        return value;
    }
}
