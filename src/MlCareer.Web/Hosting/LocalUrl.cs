namespace MlCareer.Web.Hosting;

/// <summary>
/// Turns a redirect target that came from a request (<c>ReturnUrl</c>, <c>redirectUri</c>) into a path on
/// this site. Anything that could leave the site or break the <c>Location</c> header — another host,
/// <c>//host</c>, backslashes, a scheme, control characters, an overlong value — becomes <c>/</c>, so a
/// crafted value never redirects elsewhere and never causes an error.
/// </summary>
public static class LocalUrl
{
    public const string Home = "/";
    public const int MaxLength = 2048;

    private static readonly Uri Root = new("http://local.invalid/");

    /// <summary>
    /// The escaped path, query and fragment of <paramref name="url"/> when it is a local absolute path;
    /// otherwise <see cref="Home"/>.
    /// </summary>
    public static string OrHome(string? url)
    {
        if (!LooksLocal(url) || !Uri.TryCreate(Root, url, out var resolved) || resolved.Authority != Root.Authority)
        {
            return Home;
        }

        // Normalising ("/./", "/../") can turn a harmless path into "//host", so check the result again.
        var local = resolved.PathAndQuery + resolved.Fragment;
        return LooksLocal(local) ? local : Home;
    }

    private static bool LooksLocal(string? url) =>
        !string.IsNullOrEmpty(url)
        && url.Length <= MaxLength
        && url[0] == '/'
        && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'))
        && !url.Any(c => c == '\\' || char.IsControl(c));
}
