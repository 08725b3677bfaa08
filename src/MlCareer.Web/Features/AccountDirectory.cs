using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using MlCareer.Data;

namespace MlCareer.Web.Features;

/// <summary>
/// What the database says about an account: its security stamp, whether it is active, its roles, and its theme
/// choice (true dark, false light, null to follow the system), which every page's layout shows.
/// </summary>
public sealed record AccountStanding(
    string UserId, string SecurityStamp, bool IsActive, IReadOnlySet<string> Roles, EngineerStanding? Engineer = null, bool? PrefersDarkMode = null);

/// <summary>The planning side of an account as the caller check needs it: its engineer profile's id, name, team and capacity.</summary>
public sealed record EngineerStanding(int EngineerId, string DisplayName, int? TeamId, double CapacityHours);

/// <summary>
/// The one place that decides whether a signed-in principal is still somebody: the account exists, is
/// active, and the security stamp in the principal is the one stored. Every service call (through
/// <see cref="ICurrentUser"/>) and every HTTP request with a sign-in cookie asks it.
/// </summary>
/// <remarks>
/// An answer is kept for at most <see cref="MaxAge"/> by the app's clock (<see cref="HeldAnswers{TKey,TValue}"/>),
/// so a change made on another node (or straight in the database) is seen within that. A change made through
/// this app calls <see cref="Forget"/>, so this node sees it at the very next action.
/// </remarks>
public sealed class AccountDirectory(
    IDbContextFactory<MlCareerDbContext> contexts, TimeProvider time, IOptions<IdentityOptions> identity)
{
    /// <summary>How long one database answer is trusted on this node.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(30);

    private readonly HeldAnswers<string, AccountStanding?> _held = new(time, MaxAge);

    /// <summary>The account behind <paramref name="principal"/> when it is signed in, active and its stamp is current; otherwise null.</summary>
    public async Task<AccountStanding?> ValidateAsync(ClaimsPrincipal? principal, CancellationToken cancellationToken = default)
    {
        if (principal?.Identity?.IsAuthenticated != true
            || principal.FindFirstValue(identity.Value.ClaimsIdentity.UserIdClaimType) is not { Length: > 0 } userId)
        {
            return null;
        }

        var stamp = principal.FindFirstValue(identity.Value.ClaimsIdentity.SecurityStampClaimType);
        var standing = await FindAsync(userId, cancellationToken);
        return standing is { IsActive: true } && stamp is not null && string.Equals(stamp, standing.SecurityStamp, StringComparison.Ordinal)
            ? standing
            : null;
    }

    /// <summary>The stored standing of <paramref name="userId"/>, or null when there is no such account.</summary>
    public Task<AccountStanding?> FindAsync(string userId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(userId);
        return _held.GetAsync(userId, ct => LoadAsync(userId, ct), cancellationToken);
    }

    /// <summary>Drops what this node knows about <paramref name="userId"/>; call after changing the account.</summary>
    public void Forget(string userId)
    {
        ArgumentNullException.ThrowIfNull(userId);
        _held.Invalidate(userId);
    }

    private async Task<AccountStanding?> LoadAsync(string userId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var user = await db.Users.AsNoTracking()
            .Where(u => u.Id == userId)
            .Select(u => new { u.SecurityStamp, u.DeactivatedAt, u.PrefersDarkMode })
            .FirstOrDefaultAsync(cancellationToken);
        if (user is null)
        {
            return null;
        }

        var roles = await (from ur in db.UserRoles
                           join r in db.Roles on ur.RoleId equals r.Id
                           where ur.UserId == userId
                           select r.Name).ToListAsync(cancellationToken);
        var engineer = await db.Engineers.AsNoTracking()
            .Where(e => e.UserId == userId)
            .Select(e => new { e.Id, e.DisplayName, e.TeamId, e.CapacityHours })
            .FirstOrDefaultAsync(cancellationToken);
        return new AccountStanding(userId, user.SecurityStamp ?? string.Empty, user.DeactivatedAt is null,
            roles.OfType<string>().ToHashSet(StringComparer.Ordinal),
            engineer is null ? null : new EngineerStanding(engineer.Id, engineer.DisplayName, engineer.TeamId, engineer.CapacityHours.Value),
            user.PrefersDarkMode);
    }
}
