namespace MlCareer.Core.Activities;

/// <summary>
/// A side activity an engineer has taken on: planned, active, done or dropped. Its hours per week
/// count as load by working days over <see cref="CountedDates"/>; when done it records what came of it.
/// </summary>
public sealed class Engagement : IVersioned
{
    /// <summary>The fewest hours per ISO week an engagement takes: half an hour.</summary>
    public const double MinHoursPerWeek = 0.5;

    public int Id { get; set; }

    public int EngineerId { get; set; }

    public int SideActivityId { get; set; }

    public EngagementStatus Status { get; private set; } = EngagementStatus.Planned;

    public Hours HoursPerWeek { get; set; }

    public DateOnly Start { get; private set; }

    public DateOnly End { get; private set; }

    /// <summary>The day it was completed, recorded when its status became done.</summary>
    public DateOnly? CompletedOn { get; private set; }

    /// <summary>The day it was dropped, recorded when its status became dropped.</summary>
    public DateOnly? DroppedOn { get; private set; }

    /// <summary>Where the outcome can be seen: the article, the recorded talk, the leaderboard.</summary>
    public string? OutcomeLink { get; set; }

    public Money? MoneyEarned { get; set; }

    /// <summary>Final rank in a competition, when there was one.</summary>
    public int? CompetitionRank { get; set; }

    public string? OutcomeNote { get; set; }

    public Guid Version { get; set; }

    public DateRange Dates => new(Start, End);

    /// <summary>
    /// The days its hours count as load: planned and active ones over their dates, a done one until it
    /// was completed, a dropped one until it was dropped; null when that leaves no day.
    /// </summary>
    public DateRange? CountedDates => Status switch
    {
        EngagementStatus.Done => Until(CompletedOn),
        EngagementStatus.Dropped => Until(DroppedOn),
        _ => Dates,
    };

    public RuleViolation? TrySchedule(DateOnly start, DateOnly end)
    {
        var violation = Projects.PlanDates.Check(start, end, nameof(Start), nameof(End));
        if (violation is null)
        {
            (Start, End) = (start, end);
        }

        return violation;
    }

    public void Schedule(DateOnly start, DateOnly end) => RuleViolationException.ThrowIf(TrySchedule(start, end));

    /// <summary>Whether <paramref name="hours"/> per ISO week is an engagement's: from half an hour to the 168 hours of a week.</summary>
    public static RuleViolation? CheckHours(double hours, string field) =>
        !double.IsNaN(hours) && hours is >= MinHoursPerWeek and <= Hours.MaxPerWeek ? null
            : new RuleViolation(RuleCode.OutOfRange, field, [MinHoursPerWeek, Hours.MaxPerWeek]);

    /// <summary>
    /// Every rule the hours per week and the dates break, one per field, for a form that may leave any of them
    /// blank (required): hours from half an hour to 168, dates within the planner's years, the end not before the start.
    /// </summary>
    public static IReadOnlyList<RuleViolation> CheckPlan(double? hoursPerWeek, DateOnly? start, DateOnly? end)
    {
        RuleViolation?[] violations =
        [
            hoursPerWeek is { } hours ? CheckHours(hours, nameof(HoursPerWeek)) : new RuleViolation(RuleCode.Required, nameof(HoursPerWeek)),
            start is { } from ? Projects.PlanDates.Check(from, nameof(Start)) : new RuleViolation(RuleCode.Required, nameof(Start)),
            end is not { } to ? new RuleViolation(RuleCode.Required, nameof(End))
                : Projects.PlanDates.Check(to, nameof(End)) ?? (start is { } first && to < first ? new RuleViolation(RuleCode.EndBeforeStart, nameof(End)) : null),
        ];
        return [.. violations.OfType<RuleViolation>()];
    }

    /// <summary>Sets the hours per week and the dates, or returns the first broken rule and changes nothing.</summary>
    public RuleViolation? TryPlan(double hoursPerWeek, DateOnly start, DateOnly end)
    {
        var violation = CheckPlan(hoursPerWeek, start, end) is [var first, ..] ? first : null;
        if (violation is null)
        {
            HoursPerWeek = new Hours(hoursPerWeek);
            (Start, End) = (start, end);
        }

        return violation;
    }

    /// <summary>Records what came of it (texts trimmed, blanks as none), or returns the first broken rule and changes nothing.</summary>
    public RuleViolation? TryRecordOutcome(EngagementOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        if (outcome.Validate() is [var first, ..])
        {
            return first;
        }

        OutcomeLink = Text.Normalize(outcome.OutcomeLink);
        MoneyEarned = Money.From(outcome.MoneyAmount, Text.Normalize(outcome.MoneyCurrency));
        CompetitionRank = outcome.CompetitionRank;
        OutcomeNote = Text.Normalize(outcome.OutcomeNote);
        return null;
    }

    /// <summary>Marks it active (started) or planned again; a completion or drop date is cleared.</summary>
    public void Reopen(bool active)
    {
        Status = active ? EngagementStatus.Active : EngagementStatus.Planned;
        (CompletedOn, DroppedOn) = (null, null);
    }

    /// <summary>Done on <paramref name="on"/>, which may not lie after today.</summary>
    public RuleViolation? TryComplete(DateOnly on, DateOnly today) => Close(EngagementStatus.Done, on, today, nameof(CompletedOn));

    /// <summary>Dropped on <paramref name="on"/>, which may not lie after today.</summary>
    public RuleViolation? TryDrop(DateOnly on, DateOnly today) => Close(EngagementStatus.Dropped, on, today, nameof(DroppedOn));

    private RuleViolation? Close(EngagementStatus status, DateOnly on, DateOnly today, string field)
    {
        var violation = Projects.PlanDates.Check(on, field)
            ?? (on > today ? new RuleViolation(RuleCode.ActualDateInFuture, field, [today]) : null);
        if (violation is null)
        {
            Status = status;
            CompletedOn = status == EngagementStatus.Done ? on : null;
            DroppedOn = status == EngagementStatus.Dropped ? on : null;
        }

        return violation;
    }

    private DateRange? Until(DateOnly? day) =>
        day is not { } last ? Dates : last < Start ? null : new DateRange(Start, last < End ? last : End);
}
