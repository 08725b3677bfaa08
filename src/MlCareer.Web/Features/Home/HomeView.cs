using MlCareer.Web.Features.WorkloadRead;
using MlCareer.Web.Localization;

namespace MlCareer.Web.Features.Home;

/// <summary>The next low-involvement window as Home words it: how soon, its weeks and free hours, its causes.</summary>
public sealed record NextWindowText(string StartsIn, string Summary, string Causes);

/// <summary>
/// What the home page shows, in the person's language, built once per visit from <see cref="HomeSummary"/>
/// and <see cref="MyWorkload"/>: text and figures only, so the page can carry it from prerendering into its
/// circuit instead of asking the database and the workload engine again.
/// </summary>
public sealed record HomeView(
    string DisplayName,
    string? TeamName,
    string Week,
    string WeekDates,
    IReadOnlyList<string> Roles,
    double? LoggedHours,
    double? CapacityHours,
    bool HasWorkload,
    NextWindowText? NextWindow,
    int HorizonWeeks)
{
    public static HomeView Create(HomeSummary summary, MyWorkload? workload, IStringLocalizer l)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(l);
        var window = workload?.NextWindow is { } next
            ? new NextWindowText(
                WindowText.StartsIn(workload.CurrentWeek, next, l),
                l["Home.NextWindow.Summary", next.Start, WindowText.EndLabel(next), WindowText.FreeHours(next)],
                WindowText.Causes(next.Causes, l))
            : null;
        return new HomeView(
            summary.DisplayName,
            summary.TeamName,
            summary.Week.ToString(),
            l.WeekDates(summary.Week),
            [.. summary.Roles.Select(r => l[$"Roles.{r}"].Value)],
            summary.LoggedHours,
            summary.CapacityHours,
            workload is not null,
            window,
            workload?.Rules.HorizonWeeks ?? 0);
    }
}
