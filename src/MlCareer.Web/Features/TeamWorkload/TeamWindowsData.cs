using MlCareer.Core.Projects;
using MlCareer.Core.Teams;
using MlCareer.Core.Workload;

namespace MlCareer.Web.Features.TeamWorkload;

/// <summary>A member's upcoming window.</summary>
public sealed record TeamWindow(TeamMember Member, LowWindow Window);

/// <summary>
/// The team's upcoming windows that fall in the shown weeks, by start and then name, and the team-activity
/// chances (<see cref="TeamChances"/>) among them; plus the phases the timeline shows under the filter.
/// </summary>
public sealed record TeamWindowsData(IReadOnlyList<TeamChance> Chances, IReadOnlyList<TeamWindow> Windows)
{
    public static TeamWindowsData Create(TeamView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var (from, to) = (view.Filter.From!.Value, view.Filter.To!.Value);
        var windows = view.Members
            .SelectMany(m => m.Workload.Windows.Where(w => w.Start <= to && w.End >= from).Select(w => new TeamWindow(m.Member, w)))
            .OrderBy(w => w.Window.Start).ThenBy(w => w.Member.Name, StringComparer.CurrentCulture)
            .ToList();
        return new TeamWindowsData([.. view.Chances.Where(c => c.Start <= to && c.End >= from)], windows);
    }

    /// <summary>The phases of the team's projects the timeline shows: the filter's project only, and its phase kind only, when set.</summary>
    public static IReadOnlyList<Phase> TimelinePhases(TeamView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return [.. view.Projects
            .Where(p => view.Filter.ProjectId is null || p.Id == view.Filter.ProjectId)
            .SelectMany(p => p.Phases)
            .Where(p => view.Filter.Kind is null || p.Kind == view.Filter.Kind)];
    }
}
