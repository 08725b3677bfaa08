namespace MlCareer.Core.Projects;

/// <summary>Who is asking, as far as project rules care.</summary>
public sealed record ProjectActor(int EngineerId, int? TeamId, bool IsTeamLead);

/// <summary>
/// Who may see and change a project. Members of the project's team see it; only its team's lead or an
/// engineer assigned to it change it. Everyone else gets nothing, whatever the UI shows.
/// </summary>
public static class ProjectAccess
{
    public static bool CanView(this ProjectActor actor, Project project)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(project);
        return actor.TeamId == project.TeamId || project.Assignments.Any(a => a.EngineerId == actor.EngineerId);
    }

    public static bool CanEdit(this ProjectActor actor, Project project)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(project);
        return (actor.IsTeamLead && actor.TeamId == project.TeamId)
            || project.Assignments.Any(a => a.EngineerId == actor.EngineerId);
    }
}
