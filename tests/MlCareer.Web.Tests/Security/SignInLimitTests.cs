using System.Net;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using MlCareer.Web.Tests.Infrastructure;

namespace MlCareer.Web.Tests.Security;

/// <summary>The sign-in rate limits at their defaults (20 a minute per address, 10 per account in 15 minutes).</summary>
public sealed class SignInLimitTests : IAsyncLifetime
{
    private const string TrustedProxy = "10.0.0.5";

    private readonly SecurityWebFactory _factory = new(settings: new Dictionary<string, string> { ["ForwardedHeaders:KnownProxies:0"] = TrustedProxy });

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync()
    {
        _ = _factory.Server;
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task SignIn_FloodOf200FromOneAddress_AnsweredWith429AndRetryAfterOnceTheLimitIsReached()
    {
        using var client = _factory.CreateClient(new() { AllowAutoRedirect = false });
        var token = await SignIn.TokenAsync(client, "/Account/Login");

        var responses = new List<HttpResponseMessage>();
        for (var i = 0; i < 200; i++)
        {
            // A different email each time: only the per-address limit applies.
            responses.Add(await SignIn.PostAsync(client, token, $"guess{i}@mlcareer.example", "Wrong-Password-4711"));
        }

        // No password is checked for a refused post: the 20 let through ran one (dummy) check each.
        var limited = responses.Where(r => r.StatusCode == HttpStatusCode.TooManyRequests).ToList();
        var first = responses.FindIndex(r => r.StatusCode == HttpStatusCode.TooManyRequests);
        TestContext.Current.TestOutputHelper?.WriteLine($"200 sign-in posts from one address: {limited.Count} answered 429, the first at post {first + 1}; Retry-After {limited[0].Headers.RetryAfter}");
        Assert.Equal(20, first);
        Assert.Equal(180, limited.Count);
        Assert.All(limited, r => Assert.True(r.Headers.RetryAfter?.Delta > TimeSpan.Zero));
        var page = await limited[0].Content.ReadAsStringAsync(Ct);
        Assert.Contains("Too many attempts. Try again in", page, StringComparison.Ordinal);
        Assert.Equal(20, _factory.Hasher.Checks("nobody"));
    }

    [Fact]
    public async Task SignIn_OneAccountFromManyAddresses_LimitedAfterTen()
    {
        var statuses = new List<int>();
        for (var i = 1; i <= 14; i++)
        {
            statuses.Add(await PostFromAsync($"198.51.100.{i}", forwardedFor: null, "ben@mlcareer.example"));
        }

        Assert.All(statuses.Take(10), s => Assert.NotEqual(StatusCodes.Status429TooManyRequests, s));
        Assert.All(statuses.Skip(10), s => Assert.Equal(StatusCodes.Status429TooManyRequests, s));
    }

    [Fact]
    public async Task SignIn_BehindTheTrustedProxy_EachClientAddressHasItsOwnLimit()
    {
        var first = new List<int>();
        for (var i = 0; i < 21; i++)
        {
            first.Add(await PostFromAsync(TrustedProxy, "203.0.113.7", $"proxy{i}@mlcareer.example"));
        }

        var other = await PostFromAsync(TrustedProxy, "203.0.113.8", "other@mlcareer.example");
        var spoofed = new List<int>();
        for (var i = 0; i < 21; i++)
        {
            // An untrusted sender can't pick a fresh address per request with X-Forwarded-For.
            spoofed.Add(await PostFromAsync("192.0.2.50", $"203.0.113.{100 + i}", $"spoof{i}@mlcareer.example"));
        }

        Assert.Equal(StatusCodes.Status429TooManyRequests, first[20]);
        Assert.NotEqual(StatusCodes.Status429TooManyRequests, other);
        Assert.Equal(StatusCodes.Status429TooManyRequests, spoofed[20]);
    }

    /// <summary>A sign-in post as it arrives from <paramref name="remoteAddress"/>, optionally forwarded for a client.</summary>
    private async Task<int> PostFromAsync(string remoteAddress, string? forwardedFor, string email)
    {
        var body = Encoding.UTF8.GetBytes($"_handler=login&Input.Email={Uri.EscapeDataString(email)}&Input.Password=Wrong-Password-4711");
        var context = await _factory.Server.SendAsync(c =>
        {
            c.Request.Method = HttpMethods.Post;
            c.Request.Path = "/Account/Login";
            c.Request.ContentType = "application/x-www-form-urlencoded";
            c.Request.Body = new MemoryStream(body);
            c.Connection.RemoteIpAddress = IPAddress.Parse(remoteAddress);
            if (forwardedFor is not null)
            {
                c.Request.Headers["X-Forwarded-For"] = forwardedFor;
            }
        }, Ct);
        return context.Response.StatusCode;
    }
}
