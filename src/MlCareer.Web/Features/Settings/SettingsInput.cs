using System.ComponentModel.DataAnnotations;
using System.Linq.Expressions;
using MlCareer.Core.Involvement;
using MlCareer.Core.Projects;
using MlCareer.Web.Localization;

namespace MlCareer.Web.Features.Settings;

/// <summary>
/// The planning rules as an admin edits them: shares in whole percent, lengths in ISO weeks, capacity
/// in hours per ISO week. One property per phase kind, so each field gets its own validation message.
/// </summary>
public sealed class SettingsInput
{
    public const int MinThresholdPercent = 5;
    public const int MaxThresholdPercent = 95;
    public const int MaxWindowWeeks = 26;
    public const int MinHorizonWeeks = 4;
    public const int MaxHorizonWeeks = 104;
    public const double MinCapacityHours = 1;

    public Guid Version { get; set; }

    [Range(0, 100, ErrorMessageResourceType = typeof(ValidationMessages), ErrorMessageResourceName = nameof(ValidationMessages.Range))]
    public int ProblemUnderstandingPercent { get; set; }

    [Range(0, 100, ErrorMessageResourceType = typeof(ValidationMessages), ErrorMessageResourceName = nameof(ValidationMessages.Range))]
    public int DataCollectionPercent { get; set; }

    [Range(0, 100, ErrorMessageResourceType = typeof(ValidationMessages), ErrorMessageResourceName = nameof(ValidationMessages.Range))]
    public int DataLabelingPercent { get; set; }

    [Range(0, 100, ErrorMessageResourceType = typeof(ValidationMessages), ErrorMessageResourceName = nameof(ValidationMessages.Range))]
    public int DataWranglingPercent { get; set; }

    [Range(0, 100, ErrorMessageResourceType = typeof(ValidationMessages), ErrorMessageResourceName = nameof(ValidationMessages.Range))]
    public int ModelDevelopmentPercent { get; set; }

    [Range(0, 100, ErrorMessageResourceType = typeof(ValidationMessages), ErrorMessageResourceName = nameof(ValidationMessages.Range))]
    public int DeploymentPercent { get; set; }

    /// <summary>Share of a training-run period, in percent.</summary>
    [Range(0, 100, ErrorMessageResourceType = typeof(ValidationMessages), ErrorMessageResourceName = nameof(ValidationMessages.Range))]
    public int MonitoringPercent { get; set; }

    /// <summary>A week is low when its load is at most this percent of capacity.</summary>
    [Range(MinThresholdPercent, MaxThresholdPercent, ErrorMessageResourceType = typeof(ValidationMessages), ErrorMessageResourceName = nameof(ValidationMessages.Range))]
    public int LowWeekThresholdPercent { get; set; }

    [Range(1, MaxWindowWeeks, ErrorMessageResourceType = typeof(ValidationMessages), ErrorMessageResourceName = nameof(ValidationMessages.Range))]
    public int MinWindowWeeks { get; set; }

    [Range(MinHorizonWeeks, MaxHorizonWeeks, ErrorMessageResourceType = typeof(ValidationMessages), ErrorMessageResourceName = nameof(ValidationMessages.Range))]
    public int HorizonWeeks { get; set; }

    /// <summary>Capacity given to new engineers, in hours per ISO week.</summary>
    [Range(MinCapacityHours, Hours.MaxPerWeek, ErrorMessageResourceType = typeof(ValidationMessages), ErrorMessageResourceName = nameof(ValidationMessages.Range))]
    public double DefaultCapacityHours { get; set; }

    public static SettingsInput From(PlanningSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var input = new SettingsInput
        {
            Version = settings.Version,
            MonitoringPercent = ToPercent(settings.MonitoringShare),
            LowWeekThresholdPercent = ToPercent(settings.LowWeekThreshold),
            MinWindowWeeks = settings.MinWindowWeeks,
            HorizonWeeks = settings.HorizonWeeks,
            DefaultCapacityHours = settings.DefaultCapacityHours.Value,
        };
        foreach (var kind in Enum.GetValues<PhaseKind>())
        {
            input.SetSharePercent(kind, ToPercent(settings.ShareFor(kind)));
        }

        return input;
    }

    public static Share ToShare(int percent) => new(percent / 100.0);

    public static int ToPercent(Share share) => (int)Math.Round(share.Value * 100, MidpointRounding.AwayFromZero);

    public int SharePercent(PhaseKind kind) => kind switch
    {
        PhaseKind.ProblemUnderstanding => ProblemUnderstandingPercent,
        PhaseKind.DataCollection => DataCollectionPercent,
        PhaseKind.DataLabeling => DataLabelingPercent,
        PhaseKind.DataWrangling => DataWranglingPercent,
        PhaseKind.ModelDevelopment => ModelDevelopmentPercent,
        PhaseKind.Deployment => DeploymentPercent,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown phase kind."),
    };

    public void SetSharePercent(PhaseKind kind, int percent)
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
    public Expression<Func<int>> SharePercentField(PhaseKind kind) => kind switch
    {
        PhaseKind.ProblemUnderstanding => () => ProblemUnderstandingPercent,
        PhaseKind.DataCollection => () => DataCollectionPercent,
        PhaseKind.DataLabeling => () => DataLabelingPercent,
        PhaseKind.DataWrangling => () => DataWranglingPercent,
        PhaseKind.ModelDevelopment => () => ModelDevelopmentPercent,
        PhaseKind.Deployment => () => DeploymentPercent,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown phase kind."),
    };
}
