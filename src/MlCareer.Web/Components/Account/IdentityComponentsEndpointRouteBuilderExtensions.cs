using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using MlCareer.Data;
using MlCareer.Web.Features;

namespace MlCareer.Web.Components.Account;

internal static partial class IdentityComponentsEndpointRouteBuilderExtensions
{
    /// <summary>
    /// <c>POST /Account/Logout</c> with the antiforgery token: renews the person's security stamp, so every
    /// other session of theirs ends too (cookies are refused, open tabs can no longer save), then signs out
    /// and goes back to sign-in. Without a valid token a signed-in request gets 400 and stays signed in.
    /// </summary>
    public static IEndpointConventionBuilder MapAccountEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var accountGroup = endpoints.MapGroup("/Account");
        accountGroup.MapPost("/Logout", async Task<IResult> (
            HttpContext context,
            IAntiforgery antiforgery,
            [FromServices] SignInManager<AppUser> signInManager,
            AccountDirectory accounts,
            IStringLocalizer<SharedResource> localizer,
            ILogger<AccountDirectory> logger) =>
        {
            if (context.User.Identity?.IsAuthenticated != true)
            {
                // Nothing to end: the session is already gone (for instance, ended from another device).
                return TypedResults.LocalRedirect("~/Account/Login");
            }

            if (!await antiforgery.IsRequestValidAsync(context))
            {
                return TypedResults.BadRequest(localizer["Accounts.FormExpired"].Value);
            }

            if (await signInManager.UserManager.GetUserAsync(context.User) is { } user)
            {
                await signInManager.UserManager.UpdateSecurityStampAsync(user);
                accounts.Forget(user.Id);
                LogSignedOut(logger, user.Id);
            }

            await signInManager.SignOutAsync();
            return TypedResults.LocalRedirect("~/Account/Login");
        });
        return accountGroup;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "User {UserId} signed out; all their sessions ended")]
    private static partial void LogSignedOut(ILogger logger, string userId);
}
