using System.Security.Claims;

namespace MlCareer.Web.Features;

/// <summary>
/// The caller of an HTTP request — a sign-in cookie (exports, prerendered pages) or a personal access token
/// (the API) — checked against the database on every call, as a circuit's caller is.
/// </summary>
public sealed class HttpCurrentUser(HttpContext context, AccountDirectory accounts) : CallerPrincipal(accounts)
{
    protected override Task<ClaimsPrincipal> GetPresentedPrincipalAsync() => Task.FromResult(context.User);
}
