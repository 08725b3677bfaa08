namespace MlCareer.Core.Workload;

/// <summary>Finds the low-involvement windows in a run of computed weeks.</summary>
public static class WindowDetector
{
    /// <summary>Confidence lost per week between now and the window's start (2%), down to <see cref="MinDistanceFactor"/>.</summary>
    public const double DecayPerWeek = 0.02;

    public const double MinDistanceFactor = 0.3;

    /// <summary>Confidence lost when every week of a window rests on tentative phases (in proportion otherwise).</summary>
    public const double TentativePenalty = 0.4;

    /// <summary>
    /// Maximal runs of at least <paramref name="minWeeks"/> low weeks among weeks[from..to), in order.
    /// Runs never overlap and are never adjacent, since each is maximal.
    /// </summary>
    public static IReadOnlyList<LowWindow> Detect(IReadOnlyList<WeekLoad> weeks, int from, int to, int minWeeks, IsoWeek currentWeek)
    {
        ArgumentNullException.ThrowIfNull(weeks);
        var windows = new List<LowWindow>();
        var w = from;
        while (w < to)
        {
            if (!weeks[w].IsLow)
            {
                w++;
                continue;
            }

            var start = w;
            while (w < to && weeks[w].IsLow)
            {
                w++;
            }

            if (w - start >= Math.Max(1, minWeeks))
            {
                windows.Add(Build(weeks, start, w, reachesHorizon: w == to, currentWeek));
            }
        }

        return windows;
    }

    /// <summary>
    /// One window: least and average free hours, causes averaged per week over its weeks (largest first,
    /// "no project work" last when some week had nothing in force), and its confidence.
    /// </summary>
    private static LowWindow Build(IReadOnlyList<WeekLoad> weeks, int start, int end, bool reachesHorizon, IsoWeek currentWeek)
    {
        var count = end - start;
        double min = double.MaxValue, total = 0;
        var tentative = 0;
        var causes = new CauseSheet.CauseTotals();
        for (var i = start; i < end; i++)
        {
            var week = weeks[i];
            min = Math.Min(min, week.FreeHours);
            total += week.FreeHours;
            tentative += week.RestsOnTentative ? 1 : 0;
            foreach (var cause in week.Causes)
            {
                causes.Add(CauseSheet.CauseKey.Of(cause), cause.Hours);
            }
        }

        var ahead = Math.Max(0, currentWeek.WeeksUntil(weeks[start].Week));
        var confidence = Math.Max(MinDistanceFactor, 1 - (DecayPerWeek * ahead)) * (1 - (TentativePenalty * tentative / count));
        var averaged = causes.Ordered(count);
        return new LowWindow(weeks[start].Week, weeks[end - 1].Week, count, min, total / count, averaged, Math.Round(confidence, 2), reachesHorizon);
    }
}
