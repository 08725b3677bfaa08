using MlCareer.Core.Common;
using MlCareer.Core.Projects;

namespace MlCareer.Core.Involvement;

/// <summary>
/// The organisation's planning rules, one row that admins edit: the default involvement share of each
/// phase kind, and the rules that turn weekly load into low weeks and windows.
/// </summary>
public sealed class PlanningSettings : IVersioned
{
    public const int SingletonId = 1;

    public int Id { get; set; } = SingletonId;

    public List<PhaseShare> PhaseShares { get; set; } = [];

    /// <summary>Share of a training-run period inside model development: the engineer only monitors.</summary>
    public Share MonitoringShare { get; set; } = InvolvementDefaults.Monitoring;

    /// <summary>A week is low when its load is at most this share of capacity (default 0.5).</summary>
    public Share LowWeekThreshold { get; set; } = new(0.5);

    /// <summary>A window is a maximal run of at least this many low weeks (default 2).</summary>
    public int MinWindowWeeks { get; set; } = 2;

    /// <summary>How many weeks ahead windows are looked for (default 26).</summary>
    public int HorizonWeeks { get; set; } = 26;

    /// <summary>Capacity, in hours per ISO week, given to new engineers (default 40).</summary>
    public Hours DefaultCapacityHours { get; set; } = new(Engineers.EngineerProfile.DefaultCapacityHours);

    public Guid Version { get; set; }

    public Share ShareFor(PhaseKind kind) =>
        PhaseShares.FirstOrDefault(s => s.Kind == kind)?.Share ?? InvolvementDefaults.For(kind);

    /// <summary>The settings of the brief, before an admin changes anything.</summary>
    public static PlanningSettings CreateDefault() => new()
    {
        PhaseShares = [.. Enum.GetValues<PhaseKind>().Select(k => new PhaseShare { Kind = k, Share = InvolvementDefaults.For(k) })],
    };

}
