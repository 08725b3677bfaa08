using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using MlCareer.Web.Tests.Infrastructure;

namespace MlCareer.Web.Tests.Http;

/// <summary>Who reaches the team pages over HTTP, and what a bad address shows: a message, never an error page.</summary>
public abstract class TeamPageTests(AppFixture app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/team", "ana@mlcareer.example")]
    [InlineData("/team/members/2", "ana@mlcareer.example")]
    [InlineData("/admin/teams", "ana@mlcareer.example")]
    [InlineData("/admin/teams", "lin@mlcareer.example")]
    public async Task Page_NotAllowed_IsRefused(string path, string email)
    {
        using var client = app.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await SignIn.PostAsync(client, email, MlCareerWebFactory.DemoPassword);

        var response = await client.GetAsync(path, Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/AccessDenied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/team", "Team workload: Vision &amp; Forecasting")]
    [InlineData("/team?project=abc", "&quot;abc&quot; is not a team or project number.")]
    [InlineData("/team?from=2026-W60", "&quot;2026-W60&quot; is not an ISO week")]
    [InlineData("/team?from=2027-W01&to=2026-W01", "The last week cannot be before the first.")]
    [InlineData("/team?kind=%3Cscript%3E", "&quot;&lt;script&gt;&quot; is not a phase kind.")]
    public async Task Team_Lead_ShowsTheTeamOrAMessage(string path, string expected)
    {
        using var client = app.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await SignIn.PostAsync(client, "lin@mlcareer.example", MlCareerWebFactory.DemoPassword);

        var response = await client.GetAsync(path, Ct);
        var html = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(expected, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AdminTeams_Admin_ListsTheDemoTeam()
    {
        using var client = app.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await SignIn.PostAsync(client, "admin@mlcareer.example", MlCareerWebFactory.DemoPassword);

        var response = await client.GetAsync("/admin/teams", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Vision &amp; Forecasting", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }
}
