using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using MlCareer.Web.Tests.Infrastructure;

namespace MlCareer.Web.Tests.Http;

public abstract class TimesheetPageTests(AppFixture app)
{
    [Fact]
    public async Task Get_Engineer_ShowsTheirWeekWithItsPhases()
    {
        using var client = app.Factory.CreateClient();
        await SignIn.PostAsync(client, "ana@mlcareer.example", MlCareerWebFactory.DemoPassword);

        var response = await client.GetAsync("/timesheet", TestContext.Current.CancellationToken);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<title>Log hours · MlCareer</title>", html, StringComparison.Ordinal);
        Assert.Contains("Customer churn prediction", html, StringComparison.Ordinal);
        Assert.Contains("Invoice document OCR", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not-a-week")]
    [InlineData("2025-W53")]
    [InlineData("9999-W01")]
    public async Task Get_InvalidWeek_ExplainsAndShowsTheCurrentWeek(string week)
    {
        using var client = app.Factory.CreateClient();
        await SignIn.PostAsync(client, "ana@mlcareer.example", MlCareerWebFactory.DemoPassword);

        var response = await client.GetAsync($"/timesheet?week={Uri.EscapeDataString(week)}", TestContext.Current.CancellationToken);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"'{week}' is not an ISO week such as 2026-W48, so the current week is shown.", html, StringComparison.Ordinal);
        Assert.Contains("Customer churn prediction", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_WeekWithoutActivePhases_SaysThereIsNothingToLog()
    {
        using var client = app.Factory.CreateClient();
        await SignIn.PostAsync(client, "ana@mlcareer.example", MlCareerWebFactory.DemoPassword);

        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/timesheet?week=2001-W10", TestContext.Current.CancellationToken));

        Assert.Contains("2001-W10", html, StringComparison.Ordinal);
        Assert.Contains("None of your projects has a phase active this week", html, StringComparison.Ordinal);
    }
}
