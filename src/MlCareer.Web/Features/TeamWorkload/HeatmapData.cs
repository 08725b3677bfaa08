using System.Globalization;
using MlCareer.Core.Workload;
using MlCareer.Web.Features.WorkloadRead;
using MlCareer.Web.Localization;

namespace MlCareer.Web.Features.TeamWorkload;

/// <summary>How full a week is against the person's own capacity; the heatmap's colour bands.</summary>
public enum LoadBand
{
    /// <summary>At or under the low-week limit (a window's weeks are all low).</summary>
    Low,

    /// <summary>Above the low-week limit, under <see cref="HeatmapData.FullShare"/> of capacity.</summary>
    Normal,

    /// <summary>From <see cref="HeatmapData.FullShare"/> of capacity up to capacity.</summary>
    Full,

    /// <summary>Over capacity.</summary>
    Over,
}

/// <summary>
/// One cell: a member's week, its load and capacity (hours per ISO week), its load as a whole percent of
/// capacity, its band, the window it lies in (if any), a short label for assistive technology and the lines
/// that explain it: hours by project and phase (logged ones for logged past weeks), side activities, the window.
/// </summary>
public sealed record HeatCell(
    IsoWeek Week, double LoadHours, double CapacityHours, int Percent, LoadBand Band, LowWindow? Window,
    bool IsPast, bool IsCurrent, string Label, IReadOnlyList<string> Lines)
{
    public bool InWindow => Window is not null;

    public bool IsOver => Band == LoadBand.Over;

    /// <summary>The explanation as one text, a line per part (for the hover title).</summary>
    public string Explanation => string.Join('\n', Lines);
}

/// <summary>A member's row of cells, in week order.</summary>
public sealed record HeatRow(TeamMember Member, IReadOnlyList<HeatCell> Cells);

/// <summary>
/// The team heatmap, shaped from the engine's weeks: members × the filter's weeks, each cell banded by load
/// against that person's capacity (<see cref="BandOf"/>), marked when over capacity or in a window, and explained.
/// </summary>
public sealed record HeatmapData(IReadOnlyList<IsoWeek> Weeks, IReadOnlyList<HeatRow> Rows, int? CurrentColumn, int LowPercent, int FullPercent)
{
    /// <summary>From this share of capacity on, a week counts as full.</summary>
    public const double FullShare = 0.9;

    public static LoadBand BandOf(WeekLoad week)
    {
        ArgumentNullException.ThrowIfNull(week);
        return week.IsOverAllocated ? LoadBand.Over
            : week.IsLow ? LoadBand.Low
            : week.LoadHours >= (FullShare * week.CapacityHours) - 1e-9 ? LoadBand.Full
            : LoadBand.Normal;
    }

    public static HeatmapData Create(TeamView view, IStringLocalizer l)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(l);
        var rows = view.Members.Select(m =>
        {
            var byWeek = m.Workload.Weeks.ToDictionary(w => w.Week);
            return new HeatRow(m.Member, [.. view.Weeks.Select(week => Cell(view, m, byWeek[week], l))]);
        }).ToList();
        var current = view.Weeks.Select((w, i) => (w, i)).Where(x => x.w == view.CurrentWeek).Select(x => (int?)x.i).FirstOrDefault();
        return new HeatmapData(view.Weeks, rows, current, Share.ToPercent(view.Rules.LowThreshold), Share.ToPercent(FullShare));
    }

    private static HeatCell Cell(TeamView view, TeamMemberLoad member, WeekLoad week, IStringLocalizer l)
    {
        var percent = week.CapacityHours > 0 ? Share.ToPercent(week.LoadHours / week.CapacityHours) : 0;
        var band = BandOf(week);
        var window = member.Workload.Windows.FirstOrDefault(x => x.Start <= week.Week && week.Week <= x.End);
        var name = member.Member.Name;
        var load = Formats.Hours(Math.Round(week.LoadHours, 1));
        var capacity = Formats.Hours(week.CapacityHours);
        var percentText = percent.ToString(CultureInfo.CurrentCulture);
        var source = week.IsPast && week.LoggedHours is not null ? l["Team.Heatmap.Logged"] : l["Team.Heatmap.Planned"];
        var lines = new List<string> { l["Team.Heatmap.Header", name, week.Week, load, capacity, percentText, source] };
        lines.AddRange(week.Causes.Select(c => WindowText.CauseWithHours(c, l)));
        var side = member.SideActivities.Where(s => Counts(s, week.Week)).Select(s => s.Title).Distinct().ToList();
        if (week.SideHours > 0)
        {
            lines.Add(l["Team.Heatmap.Side", Formats.Hours(Math.Round(week.SideHours, 1)), string.Join(l["Workload.Cause.Separator"], side)]);
        }

        if (band == LoadBand.Over)
        {
            lines.Add(l["Team.Heatmap.OverBy", Formats.Hours(Math.Round(week.LoadHours - week.CapacityHours, 1))]);
        }

        if (window is not null)
        {
            lines.Add(l["Team.Heatmap.InWindow", window.Start, WindowText.EndLabel(window), WindowText.FreeHours(window)]);
        }

        var marks = band == LoadBand.Over ? l["Team.Heatmap.MarkOver"].Value : window is not null ? l["Team.Heatmap.MarkWindow"].Value : string.Empty;
        var label = l["Team.Heatmap.Label", name, week.Week, load, capacity, percentText, marks];
        return new HeatCell(week.Week, week.LoadHours, week.CapacityHours, percent, band, window, week.IsPast, week.Week == view.CurrentWeek, label, lines);
    }

    /// <summary>Whether a side activity counts on a working day of <paramref name="week"/>.</summary>
    private static bool Counts(SideCommitment side, IsoWeek week) =>
        new DateRange(side.Start, side.End).Intersect(new DateRange(week.Monday, week.Sunday)) is { WorkingDays: > 0 };
}
