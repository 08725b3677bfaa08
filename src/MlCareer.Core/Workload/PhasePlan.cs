using MlCareer.Core.Projects;

namespace MlCareer.Core.Workload;

/// <summary>
/// A phase as the engine sees it: effective dates (actual, else planned), its own share when it
/// overrides the kind's default (null otherwise), whether it is tentative, and its periods.
/// </summary>
public sealed record PhasePlan(
    int PhaseId,
    PhaseKind Kind,
    DateOnly Start,
    DateOnly End,
    double? Share,
    bool IsTentative,
    IReadOnlyList<PeriodPlan> Periods)
{
    public static PhasePlan From(Phase phase)
    {
        ArgumentNullException.ThrowIfNull(phase);
        return new PhasePlan(
            phase.Id,
            phase.Kind,
            phase.EffectiveStart,
            phase.EffectiveEnd,
            phase.InvolvementShare?.Value,
            phase.Status == PhaseStatus.Tentative,
            [.. phase.Periods.Select(p => new PeriodPlan(p.Label, p.Start, p.End, p.Share.Value))]);
    }
}
