using MlCareer.Core.Projects;

namespace MlCareer.Core.Workload;

/// <summary>
/// A phase as the engine sees it: its dates in force (<see cref="Phase.InForce"/>), its own share when it
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
    /// <summary>The phase as of <paramref name="today"/>, which decides its dates in force.</summary>
    public static PhasePlan From(Phase phase, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(phase);
        var inForce = phase.InForce(today);
        return new PhasePlan(
            phase.Id,
            phase.Kind,
            inForce.Start,
            inForce.End,
            phase.InvolvementShare?.Value,
            phase.IsTentative,
            [.. phase.Periods.Select(p => new PeriodPlan(p.Label, p.Start, p.End, p.Share?.Value))]);
    }

    /// <summary>The phase and its periods moved by <paramref name="days"/> (a what-if).</summary>
    public PhasePlan Shift(int days) => this with
    {
        Start = Start.AddDays(days),
        End = End.AddDays(days),
        Periods = [.. Periods.Select(p => p with { Start = p.Start.AddDays(days), End = p.End.AddDays(days) })],
    };
}
