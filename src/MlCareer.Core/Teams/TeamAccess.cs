namespace MlCareer.Core.Teams;

/// <summary>Who is asking, as far as team rules care: their own team and whether they lead it or administer everything.</summary>
public sealed record TeamActor(int? TeamId, bool IsTeamLead, bool IsAdmin);

/// <summary>
/// Who may read a team's workload, windows and outcomes, and open one member's workload: an admin reads
/// every team; a team lead reads their own team; everyone else reads no team, whatever id they send.
/// Reading never grants a change: a member's hour logs, preferences and side activities stay theirs.
/// </summary>
public static class TeamAccess
{
    public static bool CanRead(this TeamActor actor, int teamId)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.IsAdmin || (actor.IsTeamLead && actor.TeamId == teamId);
    }

    /// <summary>Whether the actor may open the workload of an engineer in team <paramref name="memberTeamId"/> (null: no team).</summary>
    public static bool CanReadMember(this TeamActor actor, int? memberTeamId)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.IsAdmin || (memberTeamId is { } team && actor.CanRead(team));
    }

    /// <summary>Whether the actor may create a project in <paramref name="teamId"/>: its lead or an admin; an engineer only in their own team.</summary>
    public static bool CanCreateProjectIn(this TeamActor actor, int teamId)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.IsAdmin || actor.TeamId == teamId;
    }
}
