using Microsoft.AspNetCore.Localization;

namespace MlCareer.Web.Localization;

/// <summary>Writes the cookie that request localization reads on every request; it keeps the choice for a year.</summary>
public static class CultureCookie
{
    public static void Append(HttpContext context, string culture, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(time);
        var value = CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(Cultures.Normalize(culture)));
        context.Response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            value,
            new CookieOptions { Expires = time.GetUtcNow().AddYears(1), IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax });
    }
}
