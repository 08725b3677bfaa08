using Microsoft.Net.Http.Headers;

namespace MlCareer.Web.Tests.Infrastructure;

/// <summary>
/// A test client's cookie jar that judges a cookie's expiry by the app's clock, as a browser living at the tests'
/// "now" would. <see cref="System.Net.CookieContainer"/> judges it by the machine's clock, so on a machine whose
/// date is past a cookie's expiry (set from the fixed now) it drops a cookie the app has only just set.
/// </summary>
public sealed class ClockCookieJar(TimeProvider clock) : DelegatingHandler
{
    private readonly Dictionary<(string Name, string Path), (string Value, DateTimeOffset? Expires)> _cookies = [];
    private readonly Lock _gate = new();

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var path = request.RequestUri?.AbsolutePath ?? "/";
        var now = clock.GetUtcNow();
        lock (_gate)
        {
            var held = _cookies
                .Where(c => path.StartsWith(c.Key.Path, StringComparison.Ordinal) && (c.Value.Expires is null || c.Value.Expires > now))
                .Select(c => $"{c.Key.Name}={c.Value.Value}")
                .ToList();
            if (held.Count > 0)
            {
                request.Headers.TryAddWithoutValidation(HeaderNames.Cookie, string.Join("; ", held));
            }
        }

        var response = await base.SendAsync(request, cancellationToken);
        if (response.Headers.TryGetValues(HeaderNames.SetCookie, out var setCookies)
            && SetCookieHeaderValue.TryParseList(setCookies.ToList(), out var parsed))
        {
            now = clock.GetUtcNow();
            lock (_gate)
            {
                foreach (var cookie in parsed)
                {
                    DateTimeOffset? expires = cookie.MaxAge is { } maxAge ? now + maxAge : cookie.Expires;
                    var key = (cookie.Name.ToString(), cookie.Path.HasValue ? cookie.Path.ToString() : "/");
                    if (expires <= now)
                    {
                        _cookies.Remove(key);
                    }
                    else
                    {
                        _cookies[key] = (cookie.Value.ToString(), expires);
                    }
                }
            }
        }

        return response;
    }
}
