using Microsoft.AspNetCore.Identity;
using MlCareer.Data;
using MlCareer.Web.Localization;

namespace MlCareer.Web.Endpoints;

public static class CultureEndpoints
{
    /// <summary>
    /// <c>GET /culture/set?culture=zh-Hans&amp;redirectUri=/</c>: switches the UI language, remembers it in a
    /// cookie and, for a signed-in user, in their account so it follows them to other browsers.
    /// </summary>
    public static IEndpointRouteBuilder MapCultureEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/culture/set", async Task<IResult> (
            string? culture, string? redirectUri, HttpContext context, UserManager<AppUser> users, IStringLocalizer<SharedResource> localizer) =>
        {
            if (!Cultures.IsSupported(culture))
            {
                return TypedResults.BadRequest(localizer["Culture.Unsupported", culture ?? string.Empty].Value);
            }

            var name = Cultures.Normalize(culture);
            CultureCookie.Append(context, name);
            if (await users.GetUserAsync(context.User) is { } user)
            {
                user.Culture = name;
                await users.UpdateAsync(user);
            }

            return TypedResults.LocalRedirect(IsLocal(redirectUri) ? redirectUri! : "/");
        }).AllowAnonymous();
        return endpoints;
    }

    private static bool IsLocal(string? uri) =>
        !string.IsNullOrEmpty(uri) && uri.StartsWith('/') && !uri.StartsWith("//", StringComparison.Ordinal) && !uri.StartsWith("/\\", StringComparison.Ordinal);
}
