using System.Text.RegularExpressions;
using MlCareer.Core.Common;
using MlCareer.E2E.Infrastructure;
using MlCareer.E2E.Pages;
using MlCareer.Web.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace MlCareer.E2E;

[Trait("Category", "E2E")]
public class WorkloadTests(AppServer app) : IClassFixture<AppServer>
{
    private const string Ana = "ana@mlcareer.example";

    private static string NextWeek => MlCareerWebFactory.ThisWeek.AddWeeks(1).ToString();

    [Fact]
    public async Task DemoEngineer_SeesTheNextWindowAtHome_ThenOpensMyWorkloadWithTheChartAndTheWindow()
    {
        AppServer.RequireBrowser();
        var page = await app.SignedInPageAsync(Ana);
        var shell = new ShellPage(page);

        await Expect(page.GetByTestId("next-window")).ToContainTextAsync(NextWeek);
        await Expect(page.GetByTestId("next-window")).ToContainTextAsync("In 1 week");
        await shell.WaitInteractiveAsync();
        await Screenshots.TakeAsync(page, "home-window");

        await shell.Nav.GetByText("My workload").ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/workload$"));
        await Expect(page.GetByTestId("workload-chart").Locator("[data-testid=chart-bars]").First).ToBeAttachedAsync();
        var window = page.GetByTestId("window").First;
        await Expect(window).ToContainTextAsync($"Weeks {NextWeek} to");
        await Expect(window).ToContainTextAsync("Model development (Training run) in Customer churn prediction");
        await Expect(window).ToContainTextAsync("Data labeling in Invoice document OCR");
        await Expect(page.Locator($"[data-testid=strip-week][data-week='{NextWeek}']")).ToHaveAttributeAsync("data-window", "true");
        await Screenshots.TakeAsync(page, "workload");
    }

    [Fact]
    public async Task MyWorkload_AtPhoneWidth_FitsTheScreenAndTheChartScrollsInside()
    {
        AppServer.RequireBrowser();
        var page = await app.SignedInPageAsync(Ana, 390, 844);
        await new ShellPage(page).WaitInteractiveAsync();

        await page.GotoAsync("/workload");

        await Expect(page.GetByTestId("window").First).ToContainTextAsync(NextWeek);
        await new ShellPage(page).WaitInteractiveAsync();
        await Expect(page.GetByTestId("workload-chart").Locator("[data-testid=chart-bars]").First).ToBeAttachedAsync();
        var scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= 390, $"The page is {scrollWidth}px wide on a 390px screen.");
        await Screenshots.TakeAsync(page, "workload-phone");
    }

    [Fact]
    public async Task Engineer_MarksAPhaseAsATrainingRun_AWindowAppearsThere()
    {
        AppServer.RequireBrowser();
        var page = await app.SignedInPageAsync("chen@mlcareer.example");
        var inSixWeeks = MlCareerWebFactory.ThisWeek.AddWeeks(6).ToString();
        var stripWeek = page.Locator($"[data-testid=strip-week][data-week='{inSixWeeks}']");
        await page.GotoAsync("/workload");
        await new ShellPage(page).WaitInteractiveAsync();
        await Expect(stripWeek).ToHaveAttributeAsync("data-window", "false");

        await page.GotoAsync("/projects");
        await new ShellPage(page).WaitInteractiveAsync();
        await page.GetByTestId("projects-table").GetByText("Invoice document OCR").ClickAsync();
        await new ProjectPage(page).AddTrainingRunAsync(order: 4);
        await Expect(page.GetByTestId("period-chip")).ToContainTextAsync("Training run");
        await page.GotoAsync("/workload");
        await new ShellPage(page).WaitInteractiveAsync();

        await Expect(stripWeek).ToHaveAttributeAsync("data-window", "true");
        await Expect(page.GetByTestId("window").Filter(new() { HasText = "Data wrangling (Training run) in Invoice document OCR" })).ToHaveCountAsync(1);
    }
}
