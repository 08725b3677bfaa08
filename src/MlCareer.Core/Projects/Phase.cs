using MlCareer.Core.Common;

namespace MlCareer.Core.Projects;

/// <summary>
/// One phase of a project. Phases may overlap and repeat (a second labeling round, a retraining).
/// The involvement share says which part of an assigned engineer's allocated time the phase takes;
/// when it is not set, the organisation's default for the phase kind applies.
/// </summary>
public sealed class Phase : IVersioned
{
    public int Id { get; set; }

    public int ProjectId { get; set; }

    public PhaseKind Kind { get; set; }

    /// <summary>Position in the project's plan, from 1.</summary>
    public int Order { get; set; }

    public DateOnly PlannedStart { get; private set; }

    public DateOnly PlannedEnd { get; private set; }

    public DateOnly? ActualStart { get; private set; }

    public DateOnly? ActualEnd { get; private set; }

    public PhaseStatus Status { get; set; } = PhaseStatus.Planned;

    /// <summary>Overrides the phase kind's default share when set.</summary>
    public Share? InvolvementShare { get; set; }

    public string? Notes { get; set; }

    public List<PhasePeriod> Periods { get; set; } = [];

    public Guid Version { get; set; }

    /// <summary>The dates in force: actual where recorded, planned otherwise.</summary>
    public DateOnly EffectiveStart => ActualStart ?? PlannedStart;

    public DateOnly EffectiveEnd => ActualEnd ?? PlannedEnd;

    /// <summary>Sets the planned dates; a phase ends on or after the day it starts.</summary>
    public void Plan(DateOnly start, DateOnly end)
    {
        if (end < start)
        {
            throw new ArgumentException("A phase cannot end before it starts.", nameof(end));
        }

        PlannedStart = start;
        PlannedEnd = end;
    }

    /// <summary>Records the actual dates; an actual end needs an actual start on or before it.</summary>
    public void Record(DateOnly? actualStart, DateOnly? actualEnd)
    {
        if (actualEnd is not null && (actualStart is null || actualEnd < actualStart))
        {
            throw new ArgumentException("A phase cannot end before it starts.", nameof(actualEnd));
        }

        ActualStart = actualStart;
        ActualEnd = actualEnd;
    }
}
