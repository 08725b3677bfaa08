using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;

namespace MlCareer.Web.Features;

/// <summary>
/// The caller of a page: the circuit's principal (<see cref="AuthenticationStateProvider"/>, which only
/// answers inside a component's scope), checked against the database on every call.
/// </summary>
public sealed class CurrentUser(AuthenticationStateProvider authentication, AccountDirectory accounts) : CallerPrincipal(accounts)
{
    protected override async Task<ClaimsPrincipal> GetPresentedPrincipalAsync() => (await authentication.GetAuthenticationStateAsync()).User;
}
