using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using MlCareer.Web.Features;

namespace MlCareer.Web.Components.Account;

/// <summary>
/// Re-checks an open circuit's user every minute against <see cref="AccountDirectory"/>, so a tab whose
/// session ended elsewhere (sign-out, deactivation, a changed role, team or password) turns to the sign-in
/// page on its own. Services do not wait for this: they check the caller at every call.
/// </summary>
internal sealed class IdentityRevalidatingAuthenticationStateProvider(ILoggerFactory loggerFactory, AccountDirectory accounts)
    : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    protected override TimeSpan RevalidationInterval => TimeSpan.FromMinutes(1);

    protected override async Task<bool> ValidateAuthenticationStateAsync(
        AuthenticationState authenticationState, CancellationToken cancellationToken) =>
        await accounts.ValidateAsync(authenticationState.User, cancellationToken) is not null;
}
