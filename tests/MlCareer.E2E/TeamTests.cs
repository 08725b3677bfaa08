using System.Text.RegularExpressions;
using MlCareer.E2E.Infrastructure;
using MlCareer.E2E.Pages;
using MlCareer.Web.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace MlCareer.E2E;

[Trait("Category", "E2E")]
public class TeamTests(AppServer app) : IClassFixture<AppServer>
{
    private const string Lead = "lin@mlcareer.example";

    private static string NextWeek => MlCareerWebFactory.ThisWeek.AddWeeks(1).ToString();

    [Fact]
    public async Task DemoLead_ReadsACellsExplanation_OpensAMembersWorkload_WithNoEditControl()
    {
        AppServer.RequireBrowser();
        var page = await app.SignedInPageAsync(Lead);
        var shell = new ShellPage(page);
        var team = new TeamWorkloadPage(page);
        await shell.WaitInteractiveAsync();

        await shell.Nav.GetByText("Team", new() { Exact = true }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/team$"));
        await Expect(page.GetByTestId("team-title")).ToHaveTextAsync("Team workload: Vision & Forecasting");
        var cell = team.Cell("Ana Souza", NextWeek);
        await Expect(cell).ToHaveAttributeAsync("data-window", "true");
        await Expect(cell).ToHaveAttributeAsync("title", new Regex($"^Ana Souza · {NextWeek}: .*Training run.*In the window {NextWeek} to W51", RegexOptions.Singleline));
        await cell.HoverAsync();
        await cell.ClickAsync();
        await Expect(team.Detail).ToContainTextAsync($"Ana Souza · {NextWeek}");
        await Expect(team.Detail).ToContainTextAsync("Model development (Training run) in Customer churn prediction");
        await Expect(team.Detail).ToContainTextAsync($"In the window {NextWeek} to W51");
        await page.Keyboard.PressAsync("ArrowRight");
        await Expect(team.Detail).ToContainTextAsync($"Ana Souza · {MlCareerWebFactory.ThisWeek.AddWeeks(2)}");
        await Expect(team.Chances.Filter(new() { HasText = "Ana Souza" }).First).ToContainTextAsync(NextWeek);
        await Expect(page.GetByTestId("team-timeline").GetByTestId("timeline-project")).ToHaveCountAsync(4);
        await Screenshots.TakeAsync(page, "team-full");
        await page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots.Folder, "team.png") });
        await page.GetByTestId("team-heatmap").ScreenshotAsync(new() { Path = Path.Combine(Screenshots.Folder, "team-heatmap.png") });

        await team.OpenMemberAsync("Ana Souza");

        await Expect(page).ToHaveURLAsync(new Regex("/team/members/\\d+$"));
        await Expect(page.GetByTestId("member-title")).ToHaveTextAsync("Ana Souza's workload");
        await Expect(page.GetByTestId("window").First).ToContainTextAsync($"Weeks {NextWeek} to");
        await shell.WaitInteractiveAsync();
        // Only the chart's "show as table" switch may be there: nothing that edits the member's data.
        await Expect(page.Locator(".mud-main-content").Locator("button:not([data-testid=toggle-table]), input, textarea, select, [contenteditable=true]")).ToHaveCountAsync(0);
        await Screenshots.TakeAsync(page, "team-member");
    }

    [Fact]
    public async Task DemoLead_Home_ShowsWhoIsOverCapacityAndTheNextSharedWindow()
    {
        AppServer.RequireBrowser();
        var page = await app.SignedInPageAsync(Lead);

        var summary = page.GetByTestId("team-summary");

        await Expect(summary).ToContainTextAsync("Your team: Vision & Forecasting");
        await Expect(summary.GetByTestId("over-this-week")).ToBeVisibleAsync();
        await Expect(summary.GetByTestId("next-shared")).ToContainTextAsync("are free together in");
        await new ShellPage(page).WaitInteractiveAsync();
        await Screenshots.TakeAsync(page, "home-lead");
        await summary.GetByTestId("team-summary-open").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/team$"));
    }

    [Fact]
    public async Task Engineer_OpensTeam_IsRefused()
    {
        AppServer.RequireBrowser();
        var page = await app.SignedInPageAsync("ana@mlcareer.example");

        await page.GotoAsync("/team");

        await Expect(page).ToHaveURLAsync(new Regex("/Account/AccessDenied"));
        await Expect(page.GetByText("You do not have access to this page.")).ToBeVisibleAsync();
        await Expect(new ShellPage(page).Nav.GetByText("Team", new() { Exact = true })).ToHaveCountAsync(0);
        await page.GotoAsync("/");
        await Expect(page.GetByTestId("greeting")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("team-summary")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Team_AtPhoneWidth_FitsTheScreenAndTheHeatmapScrollsInsideItsCard()
    {
        AppServer.RequireBrowser();
        var page = await app.SignedInPageAsync(Lead, 390, 844);
        var team = new TeamWorkloadPage(page);

        await team.GotoAsync();

        await Expect(team.Cell("Ana Souza", NextWeek)).ToBeAttachedAsync();
        var pageWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        var grid = await page.EvaluateAsync<int[]>("(() => { const s = document.querySelector('.heat-scroll'); return [s.scrollWidth, s.clientWidth]; })()");
        Assert.True(pageWidth <= 390, $"The page is {pageWidth}px wide on a 390px screen.");
        Assert.True(grid[0] > grid[1], $"The heatmap ({grid[0]}px) should scroll inside its {grid[1]}px card.");
        await Screenshots.TakeAsync(page, "team-phone-full");
        await page.GetByTestId("team-heatmap").ScrollIntoViewIfNeededAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots.Folder, "team-phone.png") });
    }

    [Fact]
    public async Task Filters_InTheAddress_NarrowTheViewAndSurviveAReload()
    {
        AppServer.RequireBrowser();
        var page = await app.SignedInPageAsync(Lead);
        var team = new TeamWorkloadPage(page);
        var from = MlCareerWebFactory.ThisWeek;
        var to = MlCareerWebFactory.ThisWeek.AddWeeks(11);

        await team.GotoAsync($"?from={from}&to={to}&kind=DataWrangling");
        await page.ReloadAsync();
        await new ShellPage(page).WaitInteractiveAsync();

        await Expect(team.Row("Ana Souza").GetByTestId("heat-cell")).ToHaveCountAsync(12);
        await Expect(page.GetByTestId("team-timeline").GetByTestId("timeline-row")).ToHaveCountAsync(1);
        await Expect(page.GetByTestId("team-timeline").GetByTestId("timeline-project")).ToHaveTextAsync("Invoice document OCR");
        await Expect(page.GetByTestId("team-hours").Locator(".hours-legend .legend-item")).ToHaveCountAsync(2);
        await page.GotoAsync("/team?from=nonsense");
        await Expect(page.GetByTestId("team-problem")).ToContainTextAsync("\"nonsense\" is not an ISO week");
    }
}
