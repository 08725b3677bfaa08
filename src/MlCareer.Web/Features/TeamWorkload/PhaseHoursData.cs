using MlCareer.Core.Projects;
using MlCareer.Core.Workload;
using MlCareer.Web.Features.WorkloadRead;
using MudBlazor;

namespace MlCareer.Web.Features.TeamWorkload;

/// <summary>One week of the team's hours: by phase kind (index <see cref="PhaseKinds.Index"/>), side activities, and for past weeks the plan.</summary>
public sealed record PhaseHoursWeek(IsoWeek Week, bool IsPast, IReadOnlyList<double> ByKind, double SideHours, double? PlannedHours)
{
    public double Total => ByKind.Sum() + SideHours;
}

/// <summary>
/// The team's hours per week, stacked by phase kind, shaped for MudChart: each member's week as the engine
/// counts it (logged for past weeks that have logs, the plan otherwise), added up. A project filter keeps that
/// project's hours (its logged hours by project for logged weeks, its phases' planned hours otherwise), a kind
/// filter that kind's; side activities are shown only when nothing is filtered. For past weeks a line shows the
/// plan of the same part, so planned and logged can be compared; without a filter, a line shows the team's capacity.
/// </summary>
public sealed record PhaseHoursData(
    string[] Labels,
    List<ChartSeries<double>> Bars,
    string[] BarPalette,
    List<ChartSeries<double>> Lines,
    string[] LinePalette,
    IReadOnlyList<PhaseHoursWeek> Weeks,
    IReadOnlyList<PhaseKind> Kinds,
    bool ShowsSide)
{
    /// <summary>The planned line (past weeks) and the capacity line: mid-tones that read on light and dark surfaces.</summary>
    public const string PlannedLineColour = "#7e57c2";

    public const string CapacityLineColour = "#78909c";

    public static PhaseHoursData Create(TeamView view, IStringLocalizer l)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(l);
        var kinds = view.Filter.Kind is { } only ? [only] : PhaseKinds.All;
        var showsSide = !view.Filter.NarrowsPlan;
        var members = view.Members.Select(m => (Load: m, Weeks: m.Workload.Weeks.ToDictionary(w => w.Week), Planned: m.PlannedPast?.Weeks.ToDictionary(w => w.Week))).ToList();
        var logged = view.Logged.ToLookup(h => (h.EngineerId, h.Week));
        var weeks = view.Weeks.Select(week =>
        {
            var byKind = new double[PhaseKinds.Count];
            double side = 0, planned = 0;
            foreach (var (load, byWeek, plannedByWeek) in members)
            {
                var w = byWeek[week];
                Add(byKind, Actual(view.Filter, w, logged[(load.Member.EngineerId, week)]));
                side += showsSide ? w.SideHours : 0;
                planned += !w.IsPast ? 0
                    : !view.Filter.NarrowsPlan ? w.PlannedHours + w.SideHours
                    : Planned(view.Filter, plannedByWeek![week].Causes);
            }

            var past = week < view.CurrentWeek;
            return new PhaseHoursWeek(week, past, [.. byKind.Select(Round)], Round(side), past ? Round(planned) : null);
        }).ToList();

        var bars = kinds.Select(k => Series(l[$"Phase.{k}"], weeks.Select(w => w.ByKind[PhaseKinds.Index(k)]))).ToList();
        var palette = kinds.Select(k => WorkloadChartData.BarPalette[PhaseKinds.Index(k)]).ToList();
        if (showsSide)
        {
            bars.Add(Series(l["Workload.SideActivities"], weeks.Select(w => w.SideHours)));
            palette.Add(WorkloadChartData.BarPalette[PhaseKinds.Count]);
        }

        var lines = new List<ChartSeries<double>> { new() { Name = l["Workload.PlannedPast"], Data = new ChartData<double>([.. weeks.Select(w => w.PlannedHours)]) } };
        string[] linePalette = [PlannedLineColour, CapacityLineColour];
        if (!view.Filter.NarrowsPlan)
        {
            var capacity = Round(view.Members.Sum(m => m.Member.CapacityHours));
            lines.Add(Series(l["Team.Hours.Capacity"], weeks.Select(_ => capacity)));
        }

        var labels = weeks.Select((w, i) => i % WorkloadChartData.LabelEvery == 0 ? $"W{w.Week.Week:D2}" : string.Empty).ToArray();
        return new PhaseHoursData(labels, bars, [.. palette], lines, linePalette, weeks, kinds, showsSide);
    }

    /// <summary>The member's hours of the week by kind, as the engine counted them, narrowed to the filter.</summary>
    private static IEnumerable<(PhaseKind Kind, double Hours)> Actual(TeamFilter filter, WeekLoad week, IEnumerable<ProjectKindHours> logged)
    {
        if (filter.ProjectId is not { } project)
        {
            return PhaseKinds.All.Where(k => filter.Kind is null || filter.Kind == k).Select(k => (k, week.HoursOf(k)));
        }

        return week.IsPast && week.LoggedHours is not null
            ? logged.Where(h => filter.Kind is null || filter.Kind == h.Kind).Select(h => (h.Kind, h.Hours))
            : Matching(filter, week.Causes);
    }

    private static double Planned(TeamFilter filter, IReadOnlyList<WindowCause> causes) => Matching(filter, causes).Sum(c => c.Hours);

    private static IEnumerable<(PhaseKind Kind, double Hours)> Matching(TeamFilter filter, IReadOnlyList<WindowCause> causes) =>
        causes.Where(c => c.Kind is { } kind && (filter.ProjectId is null || c.ProjectId == filter.ProjectId) && (filter.Kind is null || filter.Kind == kind))
            .Select(c => (c.Kind!.Value, c.Hours));

    private static void Add(double[] byKind, IEnumerable<(PhaseKind Kind, double Hours)> hours)
    {
        foreach (var (kind, value) in hours)
        {
            byKind[PhaseKinds.Index(kind)] += value;
        }
    }

    private static ChartSeries<double> Series(string name, IEnumerable<double> values) => new() { Name = name, Data = new ChartData<double>([.. values]) };

    private static double Round(double hours) => Math.Round(hours, 1);
}
