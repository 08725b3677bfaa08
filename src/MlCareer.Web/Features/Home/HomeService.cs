using MlCareer.Data;

namespace MlCareer.Web.Features.Home;

/// <summary>
/// Who the signed-in person is, this ISO week, their team, and — for an engineer — the hours they logged
/// this week against their weekly capacity (null for someone without an engineer profile).
/// </summary>
public sealed record HomeSummary(string DisplayName, string? TeamName, IsoWeek Week, IReadOnlyList<string> Roles, double? LoggedHours, double? CapacityHours);

/// <summary>What the home page shows the signed-in person: who they are, this ISO week and its hours, their team.</summary>
public sealed class HomeService(IDbContextFactory<MlCareerDbContext> contexts, ICurrentUser currentUser, TimeProvider time)
{
    public async Task<Result<HomeSummary>> GetAsync(CancellationToken cancellationToken = default)
    {
        var userId = await currentUser.GetIdAsync();
        if (userId is null)
        {
            return Result<HomeSummary>.Forbidden();
        }

        var week = time.CurrentWeek();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var profile = await db.Engineers
            .Where(e => e.UserId == userId)
            .Select(e => new
            {
                e.DisplayName,
                e.CapacityHours,
                TeamName = db.Teams.Where(t => t.Id == e.TeamId).Select(t => t.Name).FirstOrDefault(),
                Logged = db.HourLogs.Where(h => h.EngineerId == e.Id && h.Week == week).Select(h => h.Hours).ToList(),
            })
            .FirstOrDefaultAsync(cancellationToken);
        var principal = await currentUser.GetPrincipalAsync();
        var roles = Roles.All.Where(principal.IsInRole).ToList();
        return Result<HomeSummary>.Ok(new HomeSummary(
            profile?.DisplayName ?? principal.Identity?.Name ?? string.Empty,
            profile?.TeamName,
            week,
            roles,
            profile?.Logged.Sum(h => h.Value),
            profile?.CapacityHours.Value));
    }
}
