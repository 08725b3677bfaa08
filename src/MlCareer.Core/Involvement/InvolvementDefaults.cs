using MlCareer.Core.Common;
using MlCareer.Core.Projects;

namespace MlCareer.Core.Involvement;

/// <summary>
/// Default involvement shares from the brief: the part of an engineer's allocated time each phase
/// takes. Wrangling dominates (surveys put 45-60% of ML time on cleaning data); collection and
/// labeling are mostly done by others; a running training job is only monitored.
/// </summary>
public static class InvolvementDefaults
{
    public static Share Monitoring { get; } = new(0.15);

    public static Share For(PhaseKind kind) => kind switch
    {
        PhaseKind.ProblemUnderstanding => new Share(0.5),
        PhaseKind.DataCollection => new Share(0.15),
        PhaseKind.DataLabeling => new Share(0.1),
        PhaseKind.DataWrangling => new Share(0.9),
        PhaseKind.ModelDevelopment => new Share(0.85),
        PhaseKind.Deployment => new Share(0.25),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown phase kind."),
    };

    /// <summary>Typical length in weeks of each phase, used by the new-project template.</summary>
    public static int TypicalWeeks(PhaseKind kind) => kind switch
    {
        PhaseKind.ProblemUnderstanding => 2,
        PhaseKind.DataCollection => 3,
        PhaseKind.DataLabeling => 4,
        PhaseKind.DataWrangling => 6,
        PhaseKind.ModelDevelopment => 6,
        PhaseKind.Deployment => 4,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown phase kind."),
    };
}
