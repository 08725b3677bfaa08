using MlCareer.Core.Common;
using MlCareer.Core.Projects;

namespace MlCareer.Web.Tests.Infrastructure;

/// <summary>Phases for component and layout tests, built through the Core rules as the services build them.</summary>
public static class TestPhases
{
    private static int _nextId = 1000;

    public static Phase Phase(PhaseKind kind, DateOnly start, DateOnly end, bool tentative = false)
    {
        var phase = new Phase { Id = Interlocked.Increment(ref _nextId), Kind = kind };
        phase.Plan(start, end);
        RuleViolationException.ThrowIf(phase.TrySetTentative(tentative));
        return phase;
    }

    /// <summary>
    /// Adds a period; one that reaches outside the phase is added while the phase is wider and the phase is
    /// then planned back, as happens when a phase is re-planned after its period was added.
    /// </summary>
    public static Phase WithPeriod(this Phase phase, string label, double? share, DateOnly start, DateOnly end)
    {
        ArgumentNullException.ThrowIfNull(phase);
        var planned = phase.Planned;
        phase.Plan(start < planned.Start ? start : planned.Start, end > planned.End ? end : planned.End);
        RuleViolationException.ThrowIf(phase.TryAddPeriod(label, start, end, share is { } s ? new Share(s) : null, planned.Start, out _));
        phase.Plan(planned.Start, planned.End);
        return phase;
    }

    /// <summary>Gives the phases the plan positions listed (1-based), as a project orders them.</summary>
    public static IReadOnlyList<Phase> InPlanOrder(params (Phase Phase, int Order)[] phases)
    {
        var project = new Project { Name = "Plan" };
        foreach (var (phase, _) in phases)
        {
            project.AddPhase(phase);
        }

        project.ReorderPhases([.. phases.OrderBy(p => p.Order).Select(p => p.Phase.Id)]);
        return [.. phases.Select(p => p.Phase)];
    }
}
