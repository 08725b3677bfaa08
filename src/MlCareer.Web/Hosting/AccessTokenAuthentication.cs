using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using MlCareer.Web.Features;
using MlCareer.Web.Features.AccessTokens;

namespace MlCareer.Web.Hosting;

/// <summary>
/// Signs an API request in by its personal access token (<c>Authorization: Bearer mlc_…</c>). The token must
/// exist (by the hash of the secret), be neither revoked nor expired, and its owner's account must be active
/// (<see cref="AccountDirectory"/>, so deactivating someone stops their tokens at once). The principal carries
/// the owner's id, current security stamp and stored roles, and what the token may do. Anything else is a 401
/// as problem details, never a redirect; a request without a token is refused the same way.
/// </summary>
public sealed class AccessTokenAuthentication(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    AccessTokenDirectory tokens, AccountDirectory accounts, IOptions<IdentityOptions> identity, TimeProvider time)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "AccessToken";
    public const string TokenIdClaim = "mlcareer:token";
    public const string AccessClaim = "mlcareer:access";

    private const string FailureKey = "Api.TokenInvalid";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string? header = Request.Headers.Authorization;
        if (header is null || !header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }

        var secret = header["Bearer ".Length..].Trim();
        if (!TokenSecret.LooksLike(secret, TokenSecret.TokenMarker))
        {
            return Fail();
        }

        var hash = TokenSecret.Hash(secret);
        var token = await tokens.FindAsync(hash, Context.RequestAborted);
        if (token is null || token.IsRevoked || time.GetUtcNow() >= token.ExpiresAt
            || await accounts.FindAsync(token.UserId, Context.RequestAborted) is not { IsActive: true } standing)
        {
            return Fail();
        }

        await tokens.TouchAsync(token, hash, Context.RequestAborted);
        var claims = identity.Value.ClaimsIdentity;
        var principal = new ClaimsIdentity(SchemeName, claims.UserNameClaimType, claims.RoleClaimType);
        principal.AddClaim(new Claim(claims.UserIdClaimType, standing.UserId));
        principal.AddClaim(new Claim(claims.SecurityStampClaimType, standing.SecurityStamp));
        principal.AddClaim(new Claim(TokenIdClaim, token.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        principal.AddClaim(new Claim(AccessClaim, token.Access.ToString()));
        principal.AddClaims(standing.Roles.Select(r => new Claim(claims.RoleClaimType, r)));
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(principal), SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Headers.WWWAuthenticate = "Bearer";
        var failed = Context.Items.ContainsKey(FailureKey);
        return ApiProblems.WriteAsync(Context, StatusCodes.Status401Unauthorized, failed ? "Api.TokenInvalid" : "Api.TokenMissing");
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        ApiProblems.WriteAsync(Context, StatusCodes.Status403Forbidden, "Api.ReadOnlyToken");

    private AuthenticateResult Fail()
    {
        Context.Items[FailureKey] = true;
        return AuthenticateResult.Fail("The access token is unknown, revoked or expired, or its owner is deactivated.");
    }
}
