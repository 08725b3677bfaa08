using Microsoft.AspNetCore.Components;
using MlCareer.Web.Hosting;

namespace MlCareer.Web.Components.Account;

internal sealed class IdentityRedirectManager(NavigationManager navigationManager)
{
    public const string StatusCookieName = "Identity.StatusMessage";

    private static readonly CookieBuilder StatusCookieBuilder = new()
    {
        SameSite = SameSiteMode.Strict,
        HttpOnly = true,
        IsEssential = true,
        MaxAge = TimeSpan.FromSeconds(5),
    };

    /// <summary>
    /// Goes to <paramref name="uri"/> when it stays on this site (an absolute URL of this site, a path, or a
    /// base-relative path such as <c>Account/Lockout</c>); anything else, crafted or malformed, goes home.
    /// </summary>
    public void RedirectTo(string? uri) => navigationManager.NavigateTo(LocalUrl.OrHome(ToSitePath(uri)));

    private string ToSitePath(string? uri)
    {
        if (string.IsNullOrEmpty(uri))
        {
            return LocalUrl.Home;
        }

        if (Uri.TryCreate(uri, UriKind.Absolute, out var absolute) && absolute.Scheme != Uri.UriSchemeFile)
        {
            var site = new Uri(navigationManager.BaseUri);
            return (absolute.Scheme == Uri.UriSchemeHttp || absolute.Scheme == Uri.UriSchemeHttps)
                && string.Equals(absolute.GetLeftPart(UriPartial.Authority), site.GetLeftPart(UriPartial.Authority), StringComparison.OrdinalIgnoreCase)
                ? absolute.PathAndQuery + absolute.Fragment
                : LocalUrl.Home;
        }

        return uri[0] is '/' or '\\' ? uri : "/" + uri;
    }

    public void RedirectTo(string uri, Dictionary<string, object?> queryParameters)
    {
        var uriWithoutQuery = navigationManager.ToAbsoluteUri(uri).GetLeftPart(UriPartial.Path);
        var newUri = navigationManager.GetUriWithQueryParameters(uriWithoutQuery, queryParameters);
        RedirectTo(newUri);
    }

    public void RedirectToWithStatus(string uri, string message, HttpContext context)
    {
        context.Response.Cookies.Append(StatusCookieName, message, StatusCookieBuilder.Build(context));
        RedirectTo(uri);
    }

    private string CurrentPath => navigationManager.ToAbsoluteUri(navigationManager.Uri).GetLeftPart(UriPartial.Path);

    public void RedirectToCurrentPage() => RedirectTo(CurrentPath);

    public void RedirectToCurrentPageWithStatus(string message, HttpContext context)
        => RedirectToWithStatus(CurrentPath, message, context);
}
