namespace MlCareer.Core.Workload;

/// <summary>A run of working-day slots of one phase with one share: the phase's own, or a period's that replaces it.</summary>
internal readonly record struct PhaseSegment(int From, int To, double Share, int Period);

/// <summary>Cuts a phase's slots into segments at its periods' edges; a period outside the phase counts only where they meet.</summary>
internal static class PhaseSegments
{
    public const int NoPeriod = -1;

    public static void Fill(List<PhaseSegment> segments, PhasePlan phase, DaySlots slots, int lastSlot, WorkloadRules rules)
    {
        segments.Clear();
        var (from, to) = slots.Of(phase.Start, phase.End);
        to = Math.Min(to, lastSlot);
        if (from > to)
        {
            return;
        }

        var share = phase.Share ?? rules.ShareFor(phase.Kind);
        var next = from;
        foreach (var (index, period) in Ordered(phase.Periods))
        {
            var (start, end) = slots.Of(period.Start, period.End);
            (start, end) = (Math.Max(start, next), Math.Min(end, to));
            if (start > end)
            {
                continue;
            }

            if (start > next)
            {
                segments.Add(new PhaseSegment(next, start - 1, share, NoPeriod));
            }

            segments.Add(new PhaseSegment(start, end, period.Share ?? rules.MonitoringShare, index));
            next = end + 1;
        }

        if (next <= to)
        {
            segments.Add(new PhaseSegment(next, to, share, NoPeriod));
        }
    }

    private static IEnumerable<(int Index, PeriodPlan Period)> Ordered(IReadOnlyList<PeriodPlan> periods) =>
        periods.Count switch
        {
            0 => [],
            1 => [(0, periods[0])],
            _ => periods.Select((p, i) => (i, p)).OrderBy(x => x.p.Start),
        };
}
