using System.Text.RegularExpressions;
using Microsoft.Playwright;
using MlCareer.E2E.Infrastructure;
using MlCareer.E2E.Pages;
using MlCareer.Web.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace MlCareer.E2E;

[Trait("Category", "E2E")]
public class ProjectJourneyTests(AppServer app) : IClassFixture<AppServer>
{
    [Fact]
    public async Task Engineer_CreatesProject_AddsTrainingRun_AssignsSelfAt60_LogsHours_And200IsRefused()
    {
        AppServer.RequireBrowser();
        var page = await app.SignedInPageAsync("ana@mlcareer.example");
        var project = new ProjectPage(page);

        await project.CreateFromTemplateAsync("Fraud features");

        await Expect(project.Title).ToHaveTextAsync("Fraud features");
        await Expect(page).ToHaveURLAsync(new Regex("/projects/\\d+$"));
        await Expect(page.GetByTestId("phases-table").Locator("tbody tr")).ToHaveCountAsync(6);
        await project.AddTrainingRunAsync(order: 5);
        await Expect(project.PeriodChips).ToContainTextAsync("Training run");
        await project.ChangeAllocationAsync("Ana Souza", 60);
        await Expect(project.Assignments.GetByTestId("allocation")).ToHaveTextAsync("60%");
        await Screenshots.TakeAsync(page, "project");

        await page.ReloadAsync();
        await Expect(project.PeriodChips).ToContainTextAsync("Training run");
        await Expect(project.Assignments.GetByTestId("allocation")).ToHaveTextAsync("60%");

        var timesheet = new TimesheetPage(page);
        await timesheet.GotoAsync();
        await timesheet.Hours("Fraud features").FillAsync("12");
        await timesheet.SaveAsync();
        await Expect(page.GetByText("Hours saved.")).ToBeVisibleAsync();
        await page.ReloadAsync();
        await new ShellPage(page).WaitInteractiveAsync();
        await Expect(timesheet.Hours("Fraud features")).ToHaveValueAsync("12");
        await Screenshots.TakeAsync(page, "timesheet");

        await timesheet.Hours("Fraud features").FillAsync("200");

        await Expect(page.GetByText("Enter between 0 and 168 hours.")).ToBeVisibleAsync();
        await Screenshots.TakeAsync(page, "timesheet-error");
        await timesheet.SaveAsync();
        await page.ReloadAsync();
        await new ShellPage(page).WaitInteractiveAsync();
        await Expect(timesheet.Hours("Fraud features")).ToHaveValueAsync("12");
    }

    [Fact]
    public async Task Engineer_RemovesAPeriod_AfterConfirming_AndItStaysRemoved()
    {
        AppServer.RequireBrowser();
        var page = await app.SignedInPageAsync("ana@mlcareer.example");
        var project = new ProjectPage(page);
        await project.CreateFromTemplateAsync("Ranking refresh");
        await project.AddTrainingRunAsync(order: 5);
        await Expect(project.PeriodChips).ToContainTextAsync("Training run");

        await page.GetByRole(AriaRole.Button, new() { Name = "Remove the period \"Training run\"" }).ClickAsync();
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Remove period" }).ClickAsync();

        await Expect(page.GetByText("The period \"Training run\" was removed.")).ToBeVisibleAsync();
        await Expect(project.PeriodChips).ToHaveCountAsync(0);
        await page.ReloadAsync();
        await Expect(page.GetByTestId("phases-table").Locator("tbody tr")).ToHaveCountAsync(6);
        await Expect(project.PeriodChips).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Timesheet_AtPhoneWidth_FitsTheScreen()
    {
        AppServer.RequireBrowser();
        var page = await app.SignedInPageAsync("ana@mlcareer.example", 390, 844);

        await new TimesheetPage(page).GotoAsync();

        var scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= 390, $"The timesheet is {scrollWidth}px wide on a 390px screen.");
        await Screenshots.TakeAsync(page, "timesheet-phone");
    }

    [Fact]
    public async Task DemoProject_TimelineAndList_LookRightOnDesktopAndPhone()
    {
        AppServer.RequireBrowser();
        foreach (var (width, height, suffix) in new[] { (1280, 800, ""), (390, 844, "-phone") })
        {
            var page = await app.SignedInPageAsync("lin@mlcareer.example", width, height);
            await page.GotoAsync("/projects");
            await new ShellPage(page).WaitInteractiveAsync();
            await page.GetByText("My team's").ClickAsync();
            await Expect(page.GetByTestId("projects-table").GetByText("Customer churn prediction")).ToBeVisibleAsync();
            await Screenshots.TakeAsync(page, $"projects{suffix}");

            await page.GetByTestId("projects-table").GetByText("Customer churn prediction").ClickAsync();

            await Expect(page.GetByTestId("project-title")).ToHaveTextAsync("Customer churn prediction");
            await Expect(page.GetByTestId("period-chip")).ToContainTextAsync("Training run");
            var scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
            Assert.True(scrollWidth <= width, $"The project page is {scrollWidth}px wide on a {width}px screen.");
            await Screenshots.TakeAsync(page, $"project-timeline{suffix}");
        }
    }
}
