namespace MlCareer.Core.Projects;

/// <summary>
/// One phase of a project. Phases may overlap and repeat (a second labeling round, a retraining).
/// The involvement share says which part of an assigned engineer's allocated time the phase takes;
/// when it is not set, the organisation's default for the phase kind applies. Its status always agrees
/// with its actual dates, and <see cref="InForce"/> says which days it counts on.
/// </summary>
public sealed class Phase : IVersioned
{
    /// <summary>The longest a phase may last, planned or actual.</summary>
    public const int MaxYears = 5;

    private PhaseKind _kind;

    public int Id { get; set; }

    public int ProjectId { get; set; }

    /// <summary>Given when the phase is made; changed only through <see cref="TrySetKind"/>.</summary>
    public PhaseKind Kind { get => _kind; init => _kind = value; }

    /// <summary>Position in the project's plan, from 1; kept by <see cref="Project"/>.</summary>
    public int Order { get; internal set; }

    public DateOnly PlannedStart { get; private set; }

    public DateOnly PlannedEnd { get; private set; }

    public DateOnly? ActualStart { get; private set; }

    public DateOnly? ActualEnd { get; private set; }

    public PhaseStatus Status { get; private set; } = PhaseStatus.Planned;

    /// <summary>Overrides the phase kind's default share when set.</summary>
    public Share? InvolvementShare { get; private set; }

    public string? Notes { get; private set; }

    public List<PhasePeriod> Periods { get; private set; } = [];

    public Guid Version { get; set; }

    public DateRange Planned => new(PlannedStart, PlannedEnd);

    public bool IsTentative => Status == PhaseStatus.Tentative;

    public bool IsStarted => ActualStart is not null;

    public bool IsFinished => ActualEnd is not null;

    /// <summary>When a started, unfinished phase should end: its actual start plus its planned length.</summary>
    public DateOnly? ForecastEnd => IsStarted && !IsFinished ? ActualStart!.Value.AddDays(Planned.Days - 1) : null;

    /// <summary>
    /// The days the phase is in force, as of <paramref name="today"/>:
    /// <list type="bullet">
    /// <item>finished: from its actual start to its actual end;</item>
    /// <item>started, unfinished: from its actual start for its planned length (starting late means finishing late);
    /// still unfinished after that, it runs through the end of the current week and is overdue;</item>
    /// <item>not started: its planned dates.</item>
    /// </list>
    /// The timesheet, the timeline, the workload engine, the project's current phase and the what-if all use this.
    /// </summary>
    public DateRange InForce(DateOnly today)
    {
        if (ActualEnd is { } end)
        {
            return new DateRange(ActualStart ?? PlannedStart, end);
        }

        if (ForecastEnd is { } forecast)
        {
            return new DateRange(ActualStart!.Value, forecast >= today ? forecast : IsoWeek.FromDate(today).Sunday);
        }

        return Planned;
    }

    /// <summary>Started, not finished, and past its forecast end.</summary>
    public bool IsOverdue(DateOnly today) => ForecastEnd is { } forecast && today > forecast;

    /// <summary>Changes the kind to one of the six; an unknown value is refused.</summary>
    public RuleViolation? TrySetKind(PhaseKind kind)
    {
        if (!PhaseKinds.IsDefined(kind))
        {
            return new RuleViolation(RuleCode.UnknownValue, nameof(Kind));
        }

        _kind = kind;
        return null;
    }

    /// <summary>Overrides the kind's default share, or with null follows it again.</summary>
    public void SetShare(Share? share) => InvolvementShare = share;

    /// <summary>Phase notes: optional, at most <see cref="FieldLengths.Note"/> characters, line breaks allowed.</summary>
    public static RuleViolation? CheckNotes(string? notes) => Text.Check(notes, FieldLengths.Note, nameof(Notes), multiline: true);

    /// <summary>Stores the notes trimmed (blank: none), or returns the rule they break and keeps the old ones.</summary>
    public RuleViolation? TrySetNotes(string? notes)
    {
        var violation = CheckNotes(notes);
        if (violation is null)
        {
            Notes = Text.Normalize(notes);
        }

        return violation;
    }

    /// <summary>Sets the planned dates: within the planner's years, the end not before the start, at most <see cref="MaxYears"/> long.</summary>
    public RuleViolation? TryPlan(DateOnly start, DateOnly end)
    {
        var violation = PlanDates.Check(start, end, nameof(PlannedStart), nameof(PlannedEnd)) ?? CheckLength(start, end, nameof(PlannedEnd));
        if (violation is null)
        {
            (PlannedStart, PlannedEnd) = (start, end);
        }

        return violation;
    }

    public void Plan(DateOnly start, DateOnly end) => RuleViolationException.ThrowIf(TryPlan(start, end));

    /// <summary>
    /// Records the actual dates as typed: an actual end needs an actual start on or before it, and neither
    /// may lie after today. The status follows: done with an end, active with a start, else planned
    /// (or tentative, if it was).
    /// </summary>
    public RuleViolation? TryRecord(DateOnly? actualStart, DateOnly? actualEnd, DateOnly today)
    {
        var violation = CheckActual(actualStart, nameof(ActualStart), today) ?? CheckActual(actualEnd, nameof(ActualEnd), today);
        if (violation is null && actualEnd is { } end)
        {
            violation = actualStart is not { } start ? new RuleViolation(RuleCode.ActualEndWithoutStart, nameof(ActualStart))
                : end < start ? new RuleViolation(RuleCode.EndBeforeStart, nameof(ActualEnd))
                : CheckLength(start, end, nameof(ActualEnd));
        }

        if (violation is null)
        {
            (ActualStart, ActualEnd) = (actualStart, actualEnd);
            Status = ActualEnd is not null ? PhaseStatus.Done
                : ActualStart is not null ? PhaseStatus.Active
                : Status == PhaseStatus.Tentative ? PhaseStatus.Tentative : PhaseStatus.Planned;
        }

        return violation;
    }

    /// <summary>Marks a phase that has not started as tentative (uncertain) or firm.</summary>
    public RuleViolation? TrySetTentative(bool tentative)
    {
        if (IsStarted)
        {
            return tentative ? new RuleViolation(RuleCode.StartedPhaseTentative, nameof(Status)) : null;
        }

        Status = tentative ? PhaseStatus.Tentative : PhaseStatus.Planned;
        return null;
    }

    /// <summary>"Start phase": today becomes the actual start. A phase already started keeps its start.</summary>
    public RuleViolation? TryStart(DateOnly today) => IsStarted ? null : TryRecord(today, null, today);

    /// <summary>
    /// "Finish phase": today becomes the actual end. A phase never started is taken to have started as
    /// planned, or today when that is later. A finished phase keeps its dates.
    /// </summary>
    public RuleViolation? TryFinish(DateOnly today)
    {
        if (IsFinished)
        {
            return null;
        }

        var start = ActualStart ?? (PlannedStart <= today ? PlannedStart : today);
        return today < start ? new RuleViolation(RuleCode.FinishBeforeStart) : TryRecord(start, today, today);
    }

    /// <summary>
    /// Adds a period with its own share (null: the admin's training-run share) inside the phase's dates in
    /// force, overlapping none of its other periods.
    /// </summary>
    public RuleViolation? TryAddPeriod(string label, DateOnly start, DateOnly end, Share? share, DateOnly today, out PhasePeriod? period)
    {
        period = null;
        var violation = Text.CheckRequired(label, FieldLengths.ShortText, nameof(PhasePeriod.Label))
            ?? PlanDates.Check(start, end, nameof(PhasePeriod.Start), nameof(PhasePeriod.End));
        if (violation is not null)
        {
            return violation;
        }

        var dates = new DateRange(start, end);
        var inForce = InForce(today);
        if (!inForce.Contains(dates))
        {
            return new RuleViolation(RuleCode.PeriodOutsidePhase, nameof(PhasePeriod.Start), [inForce.Start, inForce.End]);
        }

        if (Periods.FirstOrDefault(p => p.Dates.Overlaps(dates)) is { } other)
        {
            return new RuleViolation(RuleCode.PeriodsOverlap, nameof(PhasePeriod.Start), [other.Label, other.Start, other.End]);
        }

        period = new PhasePeriod(label.Trim(), dates, share);
        Periods.Add(period);
        return null;
    }

    public bool RemovePeriod(int periodId) => Periods.RemoveAll(p => p.Id == periodId) == 1;

    private static RuleViolation? CheckActual(DateOnly? date, string field, DateOnly today) =>
        date is not { } d ? null
        : PlanDates.Check(d, field) ?? (d > today ? new RuleViolation(RuleCode.ActualDateInFuture, field, [today]) : null);

    private static RuleViolation? CheckLength(DateOnly start, DateOnly end, string field) =>
        end >= start.AddYears(MaxYears) ? new RuleViolation(RuleCode.PhaseTooLong, field, [MaxYears]) : null;
}
