using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using MlCareer.Web.Tests.Infrastructure;

namespace MlCareer.Web.Tests.Security;

/// <summary>The app in the Production environment (demo still on), as behind a TLS proxy on a real host name.</summary>
public sealed class ProductionTests : IAsyncLifetime
{
    private static readonly Uri Https = new("https://mlcareer.example.org/");

    private readonly SecurityWebFactory _factory = new("Production", new Dictionary<string, string> { ["https_port"] = "443" });

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync()
    {
        _ = _factory.Server;
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task PlainHttp_RedirectedToHttps()
    {
        using var client = _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("http://mlcareer.example.org/") });

        var response = await client.GetAsync("/Account/Login", Ct);

        Assert.Equal(HttpStatusCode.TemporaryRedirect, response.StatusCode);
        Assert.Equal("https://mlcareer.example.org/Account/Login", response.Headers.Location!.ToString());
    }

    [Fact]
    public async Task Https_StrictTransportSecurityAndSecureCookies()
    {
        using var client = _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = Https });

        var page = await client.GetAsync("/Account/Login", Ct);
        var signIn = await SignIn.PostAsync(client, "ana@mlcareer.example", MlCareerWebFactory.DemoPassword);

        Assert.Equal("max-age=31536000", page.Headers.GetValues("Strict-Transport-Security").Single());
        var cookies = page.Headers.GetValues("Set-Cookie").Concat(signIn.Headers.GetValues("Set-Cookie")).ToList();
        Assert.Contains(cookies, c => c.StartsWith(Cookies.SignInCookie, StringComparison.Ordinal));
        Assert.All(cookies, c => Assert.Contains("; secure", c, StringComparison.OrdinalIgnoreCase));
        Assert.All(cookies, c => Assert.Contains("; httponly", c, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Start_DemoEnabledOutsideDevelopment_LogsALoudWarning()
    {
        var logs = _factory.ReadLogs();

        Assert.Contains("DEMO MODE IN Production", logs, StringComparison.Ordinal);
        Assert.Contains("PUBLIC password", logs, StringComparison.Ordinal);
    }
}
