using MlCareer.Data;

namespace MlCareer.Web.Features;

/// <summary>The signed-in person as planning data sees them: their engineer profile, team and roles.</summary>
public sealed record Caller(string UserId, int EngineerId, string DisplayName, int? TeamId, double CapacityHours, bool IsTeamLead, bool IsAdmin)
{
    /// <summary>The team the caller leads; null when they lead none.</summary>
    public int? LedTeamId => IsTeamLead ? TeamId : null;

    /// <summary>Whether the caller may read any team at all: a lead (their own) or an admin (every one).</summary>
    public bool ReadsTeams => IsTeamLead || IsAdmin;

    /// <summary>The caller as the team rules (<see cref="Core.Teams.TeamAccess"/>) see them.</summary>
    public Core.Teams.TeamActor Actor => new(TeamId, IsTeamLead, IsAdmin);
}

public static class EngineerContext
{
    /// <summary>
    /// The caller with their profile; null when nobody valid is signed in (see <see cref="ICurrentUser"/>) or the
    /// user has no profile. Team, capacity and roles come from the database through <see cref="AccountDirectory"/>
    /// (at most 30 seconds old, and fresh after any change made through the app on this node).
    /// </summary>
    public static async Task<Caller?> GetCallerAsync(this ICurrentUser currentUser, MlCareerDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(currentUser);
        ArgumentNullException.ThrowIfNull(db);
        if (await currentUser.GetStandingAsync(cancellationToken) is not { } standing)
        {
            return null;
        }

        return standing.Engineer is not { } profile ? null
            : new Caller(standing.UserId, profile.EngineerId, profile.DisplayName, profile.TeamId, profile.CapacityHours,
                standing.Roles.Contains(Roles.TeamLead), standing.Roles.Contains(Roles.Admin));
    }
}
