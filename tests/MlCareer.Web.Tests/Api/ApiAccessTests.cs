using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MlCareer.Core.Security;
using MlCareer.Web.Tests.Infrastructure;

namespace MlCareer.Web.Tests.Api;

/// <summary>Who gets what from the API: tokens, their expiry and revocation, read-only tokens, deactivated owners.</summary>
public abstract class ApiAccessTests(AppFixture app)
{
    private const string Ana = "ana@mlcareer.example";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string> ReadEndpoints => new()
    {
        "/api/v1/me/workload", "/api/v1/me/windows", "/api/v1/me/hours", "/api/v1/me/hours/2026-W48", "/api/v1/catalog",
        "/api/v1/me/suggestions", "/api/v1/me/engagements", "/api/v1/teams/1/workload",
    };

    [Theory]
    [MemberData(nameof(ReadEndpoints))]
    public async Task Get_Anonymous_401ProblemDetailsNeverARedirect(string path)
    {
        using var client = ApiClient.For(app.Factory, null);

        var response = await client.GetAsync(path, Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Bearer", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
        Assert.Contains("personal access token", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_SignInCookieOnly_Is401()
    {
        using var client = app.Factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await SignIn.PostAsync(client, Ana, MlCareerWebFactory.DemoPassword);

        var response = await client.GetAsync("/api/v1/me/windows", Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Get_WithToken_ReturnsTheWindowsOfTheTokensOwner()
    {
        using var client = await ApiClient.ForAsync(app.Factory, Ana);

        var windows = await client.GetFromJsonAsync<JsonElement>("/api/v1/me/windows", Ct);

        Assert.Equal(MlCareerWebFactory.ThisWeek.AddWeeks(1).ToString(), windows[0].GetProperty("start").GetString());
        Assert.Contains(windows[0].GetProperty("causes").EnumerateArray(), c => c.GetProperty("project").GetString() == "Invoice document OCR");
    }

    [Fact]
    public async Task Get_RevokedToken_Is401()
    {
        var token = await ApiClient.TokenAsync(app.Factory, Ana);
        await using (var ana = await AsUser.SignInAsync(app.Factory, Ana))
        {
            var tokens = ana.Service<Web.Features.AccessTokens.AccessTokenService>();
            var row = (await tokens.ListMineAsync(Ct)).Value!.First(t => token.StartsWith(t.Prefix, StringComparison.Ordinal));
            Assert.True((await tokens.RevokeAsync(row.Id, Ct)).Succeeded);
        }

        using var client = ApiClient.For(app.Factory, token);
        var response = await client.GetAsync("/api/v1/me/windows", Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("revoked or expired", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_ExpiredToken_Is401()
    {
        using var factory = new MlCareerWebFactory(app.Factory.Provider);
        var token = await ApiClient.TokenAsync(factory, Ana, days: 7);
        using var client = ApiClient.For(factory, token);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/me/windows", Ct)).StatusCode);

        factory.Clock.Advance(TimeSpan.FromDays(7) + TimeSpan.FromSeconds(1));
        var response = await client.GetAsync("/api/v1/me/windows", Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Get_UnknownOrMalformedToken_Is401()
    {
        using var unknown = ApiClient.For(app.Factory, "mlc_" + new string('A', 43));
        using var malformed = ApiClient.For(app.Factory, "not a token");

        Assert.Equal(HttpStatusCode.Unauthorized, (await unknown.GetAsync("/api/v1/me/windows", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await malformed.GetAsync("/api/v1/me/windows", Ct)).StatusCode);
    }

    [Fact]
    public async Task Get_UnknownApiPath_404ProblemDetails()
    {
        using var client = await ApiClient.ForAsync(app.Factory, Ana);

        var response = await client.GetAsync("/api/v1/no-such-thing", Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Put_ReadOnlyToken_Is403AndStoresNothing()
    {
        using var client = await ApiClient.ForAsync(app.Factory, Ana, TokenAccess.Read);
        var week = MlCareerWebFactory.ThisWeek.AddWeeks(3).ToString();
        var before = await client.GetFromJsonAsync<JsonElement>($"/api/v1/me/hours/{week}", Ct);
        var phaseId = before.GetProperty("rows")[0].GetProperty("phaseId").GetInt32();

        var response = await client.PutAsJsonAsync($"/api/v1/me/hours/{week}", new { rows = new[] { new { phaseId, hours = 5, note = (string?)null, version = (Guid?)null } } }, Ct);
        var after = await client.GetFromJsonAsync<JsonElement>($"/api/v1/me/hours/{week}", Ct);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("read-only", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(0, after.GetProperty("totalHours").GetDouble());
    }
}
