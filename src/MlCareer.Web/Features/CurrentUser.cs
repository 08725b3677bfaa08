using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;

namespace MlCareer.Web.Features;

/// <summary>
/// Who is calling a feature service, read from the circuit's authentication state. Services check
/// roles and ownership with it again, whatever the page already hid.
/// </summary>
public sealed class CurrentUser(AuthenticationStateProvider authentication)
{
    public async Task<ClaimsPrincipal> GetPrincipalAsync() => (await authentication.GetAuthenticationStateAsync()).User;

    /// <summary>The Identity user id, or null when nobody is signed in.</summary>
    public async Task<string?> GetIdAsync()
    {
        var principal = await GetPrincipalAsync();
        return principal.Identity?.IsAuthenticated == true ? principal.FindFirstValue(ClaimTypes.NameIdentifier) : null;
    }

    public async Task<bool> IsInRoleAsync(string role) => (await GetPrincipalAsync()).IsInRole(role);
}
