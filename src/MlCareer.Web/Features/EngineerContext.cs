using MlCareer.Data;

namespace MlCareer.Web.Features;

/// <summary>The signed-in person as planning data sees them: their engineer profile, team and roles.</summary>
public sealed record Caller(string UserId, int EngineerId, string DisplayName, int? TeamId, double CapacityHours, bool IsTeamLead, bool IsAdmin);

public static class EngineerContext
{
    /// <summary>
    /// Loads the caller's profile; null when nobody valid is signed in (see <see cref="ICurrentUser"/>) or the
    /// user has no profile. Team, capacity and roles are read from the database on every call.
    /// </summary>
    public static async Task<Caller?> GetCallerAsync(this ICurrentUser currentUser, MlCareerDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(currentUser);
        ArgumentNullException.ThrowIfNull(db);
        if (await currentUser.GetStandingAsync(cancellationToken) is not { } standing)
        {
            return null;
        }

        var profile = await db.Engineers.AsNoTracking()
            .Where(e => e.UserId == standing.UserId)
            .Select(e => new { e.Id, e.DisplayName, e.TeamId, e.CapacityHours })
            .FirstOrDefaultAsync(cancellationToken);
        if (profile is null)
        {
            return null;
        }

        return new Caller(standing.UserId, profile.Id, profile.DisplayName, profile.TeamId, profile.CapacityHours.Value,
            standing.Roles.Contains(Roles.TeamLead), standing.Roles.Contains(Roles.Admin));
    }
}
