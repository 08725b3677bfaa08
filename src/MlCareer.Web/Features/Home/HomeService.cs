using MlCareer.Data;

namespace MlCareer.Web.Features.Home;

public sealed record HomeSummary(string DisplayName, string? TeamName, IsoWeek Week, IReadOnlyList<string> Roles);

/// <summary>What the home page shows the signed-in person: who they are, this ISO week, their team.</summary>
public sealed class HomeService(IDbContextFactory<MlCareerDbContext> contexts, ICurrentUser currentUser, TimeProvider time)
{
    public async Task<Result<HomeSummary>> GetAsync(CancellationToken cancellationToken = default)
    {
        var userId = await currentUser.GetIdAsync();
        if (userId is null)
        {
            return Result<HomeSummary>.Forbidden();
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var profile = await db.Engineers
            .Where(e => e.UserId == userId)
            .Select(e => new { e.DisplayName, TeamName = db.Teams.Where(t => t.Id == e.TeamId).Select(t => t.Name).FirstOrDefault() })
            .FirstOrDefaultAsync(cancellationToken);
        var principal = await currentUser.GetPrincipalAsync();
        var roles = Roles.All.Where(principal.IsInRole).ToList();
        var week = time.CurrentWeek();
        return Result<HomeSummary>.Ok(new HomeSummary(profile?.DisplayName ?? principal.Identity?.Name ?? string.Empty, profile?.TeamName, week, roles));
    }
}
