using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;
using MlCareer.Data;
using MlCareer.Web.Hosting;
using MlCareer.Web.Localization;

namespace MlCareer.Web.Endpoints;

public static class CultureEndpoints
{
    public const string Path = "/culture/set";

    /// <summary>
    /// <c>POST /culture/set</c> (form: <c>culture</c>, <c>redirectUri</c>, antiforgery token): switches the UI
    /// language, remembers it in a cookie and, for a signed-in user, in their account so it follows them to
    /// other browsers, then goes back to <c>redirectUri</c> when that is a path on this site (else home).
    /// It writes to the account, so it is a POST that needs the token: a link on another site can't change it.
    /// </summary>
    public static IEndpointRouteBuilder MapCultureEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(Path, async Task<IResult> (
            HttpContext context, IAntiforgery antiforgery, UserManager<AppUser> users, IStringLocalizer<SharedResource> localizer, TimeProvider time) =>
        {
            if (!await antiforgery.IsRequestValidAsync(context))
            {
                return TypedResults.BadRequest(localizer["Accounts.FormExpired"].Value);
            }

            var form = await context.Request.ReadFormAsync(context.RequestAborted);
            string? culture = form["culture"];
            if (!Cultures.IsSupported(culture))
            {
                return TypedResults.BadRequest(localizer["Culture.Unsupported", culture ?? string.Empty].Value);
            }

            var name = Cultures.Normalize(culture);
            CultureCookie.Append(context, name, time);
            if (await users.GetUserAsync(context.User) is { } user)
            {
                user.Culture = name;
                await users.UpdateAsync(user);
            }

            return TypedResults.Redirect(LocalUrl.OrHome(form["redirectUri"]));
        }).AllowAnonymous();
        return endpoints;
    }
}
