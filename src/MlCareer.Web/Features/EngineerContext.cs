using MlCareer.Data;

namespace MlCareer.Web.Features;

/// <summary>The signed-in person as planning data sees them: their engineer profile, team and roles.</summary>
public sealed record Caller(string UserId, int EngineerId, string DisplayName, int? TeamId, double CapacityHours, bool IsTeamLead, bool IsAdmin);

public static class EngineerContext
{
    /// <summary>Loads the caller's profile; null when nobody is signed in or the user has no profile.</summary>
    public static async Task<Caller?> GetCallerAsync(this CurrentUser currentUser, MlCareerDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(currentUser);
        ArgumentNullException.ThrowIfNull(db);
        var userId = await currentUser.GetIdAsync();
        if (userId is null)
        {
            return null;
        }

        var profile = await db.Engineers.AsNoTracking()
            .Where(e => e.UserId == userId)
            .Select(e => new { e.Id, e.DisplayName, e.TeamId, e.CapacityHours })
            .FirstOrDefaultAsync(cancellationToken);
        if (profile is null)
        {
            return null;
        }

        var principal = await currentUser.GetPrincipalAsync();
        return new Caller(userId, profile.Id, profile.DisplayName, profile.TeamId, profile.CapacityHours.Value,
            principal.IsInRole(Roles.TeamLead), principal.IsInRole(Roles.Admin));
    }
}
