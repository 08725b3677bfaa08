using System.Security.Claims;

namespace MlCareer.Web.Features;

/// <summary>
/// What both implementations of <see cref="ICurrentUser"/> do with the principal they were handed: check it
/// against the database and replace its roles with the stored ones.
/// </summary>
public abstract class CallerPrincipal(AccountDirectory accounts) : ICurrentUser
{
    private static readonly ClaimsPrincipal Nobody = new(new ClaimsIdentity());

    public async Task<ClaimsPrincipal> GetPrincipalAsync()
    {
        var principal = await GetPresentedPrincipalAsync();
        if (await accounts.ValidateAsync(principal) is not { } standing || principal.Identity is not ClaimsIdentity presented)
        {
            return Nobody;
        }

        var identity = new ClaimsIdentity(
            principal.Claims.Where(c => c.Type != presented.RoleClaimType),
            presented.AuthenticationType,
            presented.NameClaimType,
            presented.RoleClaimType);
        identity.AddClaims(standing.Roles.Select(r => new Claim(presented.RoleClaimType, r)));
        return new ClaimsPrincipal(identity);
    }

    public async Task<string?> GetIdAsync() => (await GetStandingAsync())?.UserId;

    public async Task<bool> IsInRoleAsync(string role) => (await GetStandingAsync())?.Roles.Contains(role) == true;

    public async Task<AccountStanding?> GetStandingAsync(CancellationToken cancellationToken = default) =>
        await accounts.ValidateAsync(await GetPresentedPrincipalAsync(), cancellationToken);

    /// <summary>The principal as the caller presented it (a circuit's, a cookie's or an access token's), not yet checked.</summary>
    protected abstract Task<ClaimsPrincipal> GetPresentedPrincipalAsync();
}
