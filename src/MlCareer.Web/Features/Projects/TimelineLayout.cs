using MlCareer.Core.Projects;

namespace MlCareer.Web.Features.Projects;

/// <summary>
/// The shape of a project's phase timeline, a Gantt-like chart with one column per ISO week and one
/// row per phase. Computed here, from explicit dates, so the component only places what it is given.
/// </summary>
/// <param name="Weeks">The week columns, left to right, consecutive across year ends (2026-W53 included).</param>
/// <param name="Rows">One row per phase, grouped by project, then by plan order and start.</param>
/// <param name="TodayColumn">The 0-based column of today's week, or null when today is not on the chart.</param>
/// <param name="TodayOffset">
/// Today's position in columns from the chart's left edge (the middle of today's day within its week),
/// or null when today is not on the chart.
/// </param>
public sealed record TimelineLayout(
    IReadOnlyList<TimelineWeek> Weeks,
    IReadOnlyList<TimelineRow> Rows,
    int? TodayColumn,
    double? TodayOffset)
{
    /// <summary>
    /// How many weeks the chart stretches beyond its phases to show today. Further away, today is
    /// left off rather than drawing a long empty stretch that pushes the phases off screen.
    /// </summary>
    public const int MaxWeeksStretchedToToday = 8;

    public static TimelineLayout Empty { get; } = new([], [], null, null);

    /// <summary>
    /// Lays out <paramref name="phases"/> over their dates in force (<see cref="Phase.InForce"/>) from the
    /// week before the earliest start to the week after the latest end, stretched to today's week when it
    /// lies at most <see cref="MaxWeeksStretchedToToday"/> weeks outside. A phase or period covers every
    /// week that any of its days touches. Periods without a share of their own show <paramref name="monitoringShare"/>.
    /// With an <paramref name="axis"/>, the columns are exactly its weeks: phases outside it are left out and
    /// the others are cut at its edges. Phases of several projects are grouped by project, in the order the
    /// projects first appear.
    /// </summary>
    public static TimelineLayout Create(IEnumerable<Phase> phases, DateOnly today, Share monitoringShare, TimelineAxis? axis = null)
    {
        ArgumentNullException.ThrowIfNull(phases);
        var ordered = phases.Select(p => (Phase: p, Dates: p.InForce(today)))
            .Where(p => axis is null || (p.Dates.Start <= axis.Last.Sunday && p.Dates.End >= axis.First.Monday))
            .GroupBy(p => p.Phase.ProjectId)
            .SelectMany(g => g.OrderBy(p => p.Phase.Order).ThenBy(p => p.Dates.Start))
            .ToList();
        if (ordered.Count == 0)
        {
            return Empty;
        }

        var (first, last) = axis is null ? Span(ordered.Select(p => p.Dates), today) : (axis.First, axis.Last);
        var weeks = Enumerable.Range(0, first.WeeksUntil(last) + 1)
            .Select(i => first.AddWeeks(i))
            .Select((week, i) => new TimelineWeek(week, i == 0 || week.Week == 1))
            .ToList();
        var rows = ordered.Select(p => Row(p.Phase, p.Dates, first, last, p.Phase.IsOverdue(today), monitoringShare)).ToList();
        var todayWeek = IsoWeek.FromDate(today);
        int? todayColumn = todayWeek >= first && todayWeek <= last ? first.WeeksUntil(todayWeek) : null;
        var dayInWeek = ((int)today.DayOfWeek + 6) % 7;
        double? todayOffset = todayColumn + ((dayInWeek + 0.5) / 7);
        return new TimelineLayout(weeks, rows, todayColumn, todayOffset);
    }

    /// <summary>The week before the earliest start to the week after the latest end, stretched to today when it is near.</summary>
    private static (IsoWeek First, IsoWeek Last) Span(IEnumerable<DateRange> dates, DateOnly today)
    {
        var all = dates.ToList();
        var first = IsoWeek.FromDate(all.Min(d => d.Start)).AddWeeks(-1);
        var last = IsoWeek.FromDate(all.Max(d => d.End)).AddWeeks(1);
        var todayWeek = IsoWeek.FromDate(today);
        if (todayWeek < first && todayWeek.WeeksUntil(first) <= MaxWeeksStretchedToToday)
        {
            first = todayWeek;
        }
        else if (todayWeek > last && last.WeeksUntil(todayWeek) <= MaxWeeksStretchedToToday)
        {
            last = todayWeek;
        }

        return (first, last);
    }

    private static int Column(IsoWeek first, DateOnly date) => first.WeeksUntil(IsoWeek.FromDate(date));

    private static TimelineRow Row(Phase phase, DateRange dates, IsoWeek first, IsoWeek last, bool isOverdue, Share monitoringShare)
    {
        var (start, end) = (dates.Start, dates.End);
        var (shownStart, shownEnd) = (Max(start, first.Monday), Min(end, last.Sunday));
        var firstColumn = Column(first, shownStart);
        var periods = phase.Periods
            .Where(p => p.Start <= shownEnd && p.End >= shownStart)
            .Select(p => (Period: p, Start: Max(p.Start, shownStart), End: Min(p.End, shownEnd)))
            .OrderBy(p => p.Start)
            .Select(p =>
            {
                var column = Column(first, p.Start);
                return new TimelinePeriod(
                    p.Period.Label, p.Period.Share ?? monitoringShare, p.Start, p.End, column, Column(first, p.End) - column + 1, column - firstColumn);
            })
            .ToList();
        return new TimelineRow(
            phase.Kind,
            phase.Order,
            start,
            end,
            phase.IsTentative,
            isOverdue,
            firstColumn,
            Column(first, shownEnd) - firstColumn + 1,
            periods,
            phase.ProjectId);
    }

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
