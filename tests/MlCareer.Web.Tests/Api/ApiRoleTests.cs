using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using MlCareer.Core.Security;
using MlCareer.Web.Features.Users;
using MlCareer.Web.Tests.Infrastructure;

namespace MlCareer.Web.Tests.Api;

/// <summary>What each role reads and writes through the API, with the same rules as the pages.</summary>
public abstract class ApiRoleTests(AppFixture app)
{
    private const string Ana = "ana@mlcareer.example";
    private const string Ben = "ben@mlcareer.example";
    private const string Lin = "lin@mlcareer.example";
    private const string DemoAdmin = "admin@mlcareer.example";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TeamWorkload_LeadOfTheTeam_ReadsEveryMember()
    {
        var team = await People.TeamIdAsync(app.Factory, MlCareerWebFactory.AdminEmail, "Vision & Forecasting");
        using var lin = await ApiClient.ForAsync(app.Factory, Lin);

        var workload = await lin.GetFromJsonAsync<JsonElement>($"/api/v1/teams/{team}/workload", Ct);

        var names = workload.GetProperty("engineers").EnumerateArray().Select(e => e.GetProperty("name").GetString()).ToList();
        Assert.Contains("Ana Souza", names);
        Assert.Contains("Ben Okafor", names);
        Assert.Equal(MlCareerWebFactory.ThisWeek.ToString(), workload.GetProperty("currentWeek").GetString());
    }

    [Fact]
    public async Task TeamWorkload_LeadOfAnotherTeamOrAnEngineer_Is403()
    {
        await People.EngineerInNewTeamAsync(app.Factory, MlCareerWebFactory.AdminEmail, "Search ranking", "Sam Other");
        var other = await People.TeamIdAsync(app.Factory, MlCareerWebFactory.AdminEmail, "Search ranking");
        var own = await People.TeamIdAsync(app.Factory, MlCareerWebFactory.AdminEmail, "Vision & Forecasting");
        using var lin = await ApiClient.ForAsync(app.Factory, Lin);
        using var ana = await ApiClient.ForAsync(app.Factory, Ana);

        var linOther = await lin.GetAsync($"/api/v1/teams/{other}/workload", Ct);
        var anaOwn = await ana.GetAsync($"/api/v1/teams/{own}/workload", Ct);

        Assert.Equal(HttpStatusCode.Forbidden, linOther.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, anaOwn.StatusCode);
        Assert.Equal("application/problem+json", anaOwn.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task TeamWorkload_Admin_ReadsAnyTeamAndAMissingOneIs404()
    {
        var other = await People.TeamIdAsync(app.Factory, MlCareerWebFactory.AdminEmail, "Vision & Forecasting");
        using var admin = await ApiClient.ForAsync(app.Factory, DemoAdmin);

        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/api/v1/teams/{other}/workload", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/api/v1/teams/999999/workload", Ct)).StatusCode);
    }

    [Fact]
    public async Task MeEndpoints_EachCallerGetsOnlyTheirOwnData()
    {
        using var ana = await ApiClient.ForAsync(app.Factory, Ana);
        using var ben = await ApiClient.ForAsync(app.Factory, Ben);

        var anaEngagements = await ana.GetFromJsonAsync<JsonElement>("/api/v1/me/engagements", Ct);
        var benEngagements = await ben.GetFromJsonAsync<JsonElement>("/api/v1/me/engagements", Ct);
        var anaHours = await ana.GetFromJsonAsync<JsonElement>($"/api/v1/me/hours?from={MlCareerWebFactory.ThisWeek.AddWeeks(-12)}", Ct);
        var anaWorkload = await ana.GetFromJsonAsync<JsonElement>("/api/v1/me/workload", Ct);
        var benWorkload = await ben.GetFromJsonAsync<JsonElement>("/api/v1/me/workload", Ct);

        Assert.Equal(0, anaEngagements.GetArrayLength());
        Assert.Equal("technical-article", Assert.Single(benEngagements.EnumerateArray()).GetProperty("activityKey").GetString());
        Assert.NotEmpty(anaHours.EnumerateArray());
        Assert.DoesNotContain(anaHours.EnumerateArray(), h => h.GetProperty("project").GetString() == "Retail demand forecasting");
        Assert.NotEqual(anaWorkload.GetProperty("engineerId").GetInt32(), benWorkload.GetProperty("engineerId").GetInt32());
    }

    [Fact]
    public async Task CatalogAndSuggestions_ReadWithAnyToken()
    {
        using var ana = await ApiClient.ForAsync(app.Factory, Ana);

        var catalog = await ana.GetFromJsonAsync<JsonElement>("/api/v1/catalog", Ct);
        var suggestions = await ana.GetFromJsonAsync<JsonElement>("/api/v1/me/suggestions", Ct);

        Assert.Contains(catalog.EnumerateArray(), a => a.GetProperty("key").GetString() == "technical-article");
        Assert.NotEmpty(suggestions[0].GetProperty("suggestions").EnumerateArray());
        Assert.NotEmpty(suggestions[0].GetProperty("suggestions")[0].GetProperty("reasons").EnumerateArray());
    }

    [Fact]
    public async Task PutWeek_ReadWriteToken_SavesAndAStaleVersionIs409()
    {
        using var client = await ApiClient.ForAsync(app.Factory, Ana, TokenAccess.ReadWrite);
        var week = MlCareerWebFactory.ThisWeek.AddWeeks(2).ToString();
        var loaded = await client.GetFromJsonAsync<JsonElement>($"/api/v1/me/hours/{week}", Ct);
        var phaseId = loaded.GetProperty("rows")[0].GetProperty("phaseId").GetInt32();

        var first = await client.PutAsJsonAsync($"/api/v1/me/hours/{week}", Week(phaseId, 6, null), Ct);
        var second = await client.PutAsJsonAsync($"/api/v1/me/hours/{week}", Week(phaseId, 9, null), Ct);
        var saved = await first.Content.ReadFromJsonAsync<JsonElement>(Ct);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(6, saved.GetProperty("totalHours").GetDouble());
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal(6, (await client.GetFromJsonAsync<JsonElement>($"/api/v1/me/hours/{week}", Ct)).GetProperty("totalHours").GetDouble());
    }

    [Fact]
    public async Task PutWeek_OutOfRangeHoursOrBadWeekOrBadJson_400WithTheFieldAndNothingStored()
    {
        using var client = await ApiClient.ForAsync(app.Factory, Ana, TokenAccess.ReadWrite);
        var week = MlCareerWebFactory.ThisWeek.AddWeeks(4).ToString();
        var phaseId = (await client.GetFromJsonAsync<JsonElement>($"/api/v1/me/hours/{week}", Ct)).GetProperty("rows")[0].GetProperty("phaseId").GetInt32();

        var tooMany = await client.PutAsJsonAsync($"/api/v1/me/hours/{week}", Week(phaseId, 169, null), Ct);
        var badWeek = await client.PutAsJsonAsync("/api/v1/me/hours/2025-W53", Week(phaseId, 1, null), Ct);
        using var garbage = new StringContent("{ not json", System.Text.Encoding.UTF8, "application/json");
        var badJson = await client.PutAsync($"/api/v1/me/hours/{week}", garbage, Ct);
        var problem = await tooMany.Content.ReadFromJsonAsync<JsonElement>(Ct);

        Assert.Equal(HttpStatusCode.BadRequest, tooMany.StatusCode);
        Assert.Equal("Enter between 0 and 168 hours.", problem.GetProperty("errors").GetProperty($"rows[{phaseId}].hours")[0].GetString());
        Assert.Equal(HttpStatusCode.BadRequest, badWeek.StatusCode);
        Assert.Contains("'2025-W53' is not an ISO week", await badWeek.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, badJson.StatusCode);
        Assert.Equal("application/problem+json", badJson.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("   at ", await badJson.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(0, (await client.GetFromJsonAsync<JsonElement>($"/api/v1/me/hours/{week}", Ct)).GetProperty("totalHours").GetDouble());
    }

    [Fact]
    public async Task AnyEndpoint_DeactivatedOwner_Is401()
    {
        var email = await People.EngineerInNewTeamAsync(app.Factory, MlCareerWebFactory.AdminEmail, "Vision & Forecasting", "Dee Activated");
        using var client = await ApiClient.ForAsync(app.Factory, email);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/me/windows", Ct)).StatusCode);
        await using (var admin = await AsUser.SignInAsync(app.Factory, MlCareerWebFactory.AdminEmail))
        {
            var user = await Accounts.FindAsync(app.Factory, email);
            Assert.True((await admin.Service<AccountAdminService>().DeactivateAsync(user.Id, Ct)).Succeeded);
        }

        var response = await client.GetAsync("/api/v1/me/windows", Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task ManyRequests_OverTheTokensLimit_429WithRetryAfter()
    {
        await using var limited = new ConfiguredWebFactory(app.Factory.Provider, ("RateLimits:Api:PermitsPerToken", "3"));
        var token = await ApiClient.TokenAsync(limited, Ana);
        using var client = limited.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);

        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? last = null;
        for (var i = 0; i < 4; i++)
        {
            last = await client.GetAsync("/api/v1/catalog", Ct);
            statuses.Add(last.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.True(int.Parse(last!.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture) > 0);
        Assert.Equal("application/problem+json", last.Content.Headers.ContentType?.MediaType);
    }

    private static object Week(int phaseId, double hours, Guid? version) => new { rows = new[] { new { phaseId, hours, note = (string?)null, version } } };
}
