using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;

namespace MlCareer.Web.Features;

/// <summary>
/// Who is calling a feature service: the circuit's principal, checked against the database on every call
/// (<see cref="AccountDirectory"/>). A principal whose account is gone, deactivated, or whose security
/// stamp changed since it signed in (roles, team or password changed, or it signed out elsewhere) is
/// nobody; roles always come from the database, never only from the circuit's claims.
/// </summary>
public sealed class CurrentUser(AuthenticationStateProvider authentication, AccountDirectory accounts)
{
    private static readonly ClaimsPrincipal Nobody = new(new ClaimsIdentity());

    /// <summary>
    /// The caller with the roles stored now, or an unauthenticated principal when the check fails.
    /// </summary>
    public async Task<ClaimsPrincipal> GetPrincipalAsync()
    {
        var principal = await GetCircuitPrincipalAsync();
        if (await accounts.ValidateAsync(principal) is not { } standing || principal.Identity is not ClaimsIdentity circuit)
        {
            return Nobody;
        }

        var identity = new ClaimsIdentity(
            principal.Claims.Where(c => c.Type != circuit.RoleClaimType),
            circuit.AuthenticationType,
            circuit.NameClaimType,
            circuit.RoleClaimType);
        identity.AddClaims(standing.Roles.Select(r => new Claim(circuit.RoleClaimType, r)));
        return new ClaimsPrincipal(identity);
    }

    /// <summary>The Identity user id, or null when nobody (valid) is signed in.</summary>
    public async Task<string?> GetIdAsync() => (await GetStandingAsync())?.UserId;

    /// <summary>Whether the caller holds <paramref name="role"/> in the database now.</summary>
    public async Task<bool> IsInRoleAsync(string role) => (await GetStandingAsync())?.Roles.Contains(role) == true;

    /// <summary>The caller's account as stored, or null when the caller is nobody.</summary>
    public async Task<AccountStanding?> GetStandingAsync(CancellationToken cancellationToken = default) =>
        await accounts.ValidateAsync(await GetCircuitPrincipalAsync(), cancellationToken);

    private async Task<ClaimsPrincipal> GetCircuitPrincipalAsync() => (await authentication.GetAuthenticationStateAsync()).User;
}
