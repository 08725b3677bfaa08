using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using MlCareer.Web.Features;

namespace MlCareer.Web.Components.Account;

/// <summary>
/// Checks the sign-in cookie on every request against <see cref="AccountDirectory"/>: a cookie whose
/// account is gone or deactivated, or whose security stamp is no longer the stored one (the person signed
/// out, or their password, roles or team changed), is refused and deleted, so the request is anonymous
/// and pages send it to the sign-in page.
/// </summary>
/// <remarks>
/// This replaces Identity's interval-based <c>SecurityStampValidator</c> (30 minutes by default): the
/// directory answers from memory, asking the database at most every 30 seconds per account and at once
/// after a change made on this node, so checking every request costs a dictionary lookup.
/// </remarks>
internal static class AccountCookieValidator
{
    public static async Task ValidatePrincipalAsync(CookieValidatePrincipalContext context)
    {
        var accounts = context.HttpContext.RequestServices.GetRequiredService<AccountDirectory>();
        if (await accounts.ValidateAsync(context.Principal, context.HttpContext.RequestAborted) is null)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
        }
    }
}
