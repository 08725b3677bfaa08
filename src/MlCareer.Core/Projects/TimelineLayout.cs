using MlCareer.Core.Common;

namespace MlCareer.Core.Projects;

/// <summary>
/// The shape of a project's phase timeline, a Gantt-like chart with one column per ISO week and one
/// row per phase. Computed here, from explicit dates, so the component only places what it is given.
/// </summary>
/// <param name="Weeks">The week columns, left to right, consecutive across year ends (2026-W53 included).</param>
/// <param name="Rows">One row per phase, by plan order, then start.</param>
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
    /// Lays out <paramref name="phases"/> from the week before the earliest effective start to the
    /// week after the latest effective end, stretched to today's week when it lies at most
    /// <see cref="MaxWeeksStretchedToToday"/> weeks outside. A phase or period covers every week that
    /// any of its days touches. A phase whose actual start falls after its planned end (no actual end
    /// yet) is drawn from its actual start for one week.
    /// </summary>
    public static TimelineLayout Create(IEnumerable<Phase> phases, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(phases);
        var ordered = phases.OrderBy(p => p.Order).ThenBy(p => p.EffectiveStart).ToList();
        if (ordered.Count == 0)
        {
            return Empty;
        }

        var first = IsoWeek.FromDate(ordered.Min(p => p.EffectiveStart)).AddWeeks(-1);
        var last = IsoWeek.FromDate(ordered.Max(End)).AddWeeks(1);
        var todayWeek = IsoWeek.FromDate(today);
        if (todayWeek < first && todayWeek.WeeksUntil(first) <= MaxWeeksStretchedToToday)
        {
            first = todayWeek;
        }
        else if (todayWeek > last && last.WeeksUntil(todayWeek) <= MaxWeeksStretchedToToday)
        {
            last = todayWeek;
        }

        var weeks = Enumerable.Range(0, first.WeeksUntil(last) + 1)
            .Select(i => first.AddWeeks(i))
            .Select((week, i) => new TimelineWeek(week, i == 0 || week.Week == 1))
            .ToList();
        var rows = ordered.Select(p => Row(p, first)).ToList();
        int? todayColumn = todayWeek >= first && todayWeek <= last ? first.WeeksUntil(todayWeek) : null;
        var dayInWeek = ((int)today.DayOfWeek + 6) % 7;
        double? todayOffset = todayColumn + ((dayInWeek + 0.5) / 7);
        return new TimelineLayout(weeks, rows, todayColumn, todayOffset);
    }

    private static DateOnly End(Phase phase) =>
        phase.EffectiveEnd < phase.EffectiveStart ? phase.EffectiveStart : phase.EffectiveEnd;

    private static int Column(IsoWeek first, DateOnly date) => first.WeeksUntil(IsoWeek.FromDate(date));

    private static TimelineRow Row(Phase phase, IsoWeek first)
    {
        var (start, end) = (phase.EffectiveStart, End(phase));
        var firstColumn = Column(first, start);
        var periods = phase.Periods
            .Where(p => p.Start <= end && p.End >= start)
            .Select(p => (Period: p, Start: Max(p.Start, start), End: Min(p.End, end)))
            .OrderBy(p => p.Start)
            .Select(p =>
            {
                var column = Column(first, p.Start);
                return new TimelinePeriod(
                    p.Period.Label, p.Period.Share, p.Start, p.End, column, Column(first, p.End) - column + 1, column - firstColumn);
            })
            .ToList();
        return new TimelineRow(
            phase.Kind,
            phase.Order,
            start,
            end,
            phase.Status == PhaseStatus.Tentative,
            firstColumn,
            Column(first, end) - firstColumn + 1,
            periods);
    }

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
