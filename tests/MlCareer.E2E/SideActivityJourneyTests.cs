using System.Text.RegularExpressions;
using Microsoft.Playwright;
using MlCareer.E2E.Infrastructure;
using MlCareer.E2E.Pages;
using MlCareer.Web.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace MlCareer.E2E;

/// <summary>
/// The side-activity journeys of the brief in Chromium: an admin's new activity reaches an engineer with its
/// reasons, is taken on and shrinks the window, and once archived is suggested no more; an engagement is
/// completed with its outcome and the growth summary counts it, while a teammate is invited to join.
/// </summary>
[Trait("Category", "E2E")]
public class SideActivityJourneyTests(AppServer app) : IClassFixture<AppServer>
{
    private const string CaseStudy = "Write a clinical ML case study";
    private const string Competition = "Enter an ML competition as a team";

    private static string NextWeek => MlCareerWebFactory.ThisWeek.AddWeeks(1).ToString();

    [Fact]
    public async Task AdminAddsAnActivity_AnaSeesItExplainedTakesItOnAndTheWindowShrinks_ArchivedItIsSuggestedNoMore()
    {
        AppServer.RequireBrowser();
        var admin = await app.SignedInPageAsync("admin@mlcareer.example");
        var catalog = new CatalogPage(admin);
        await catalog.GotoAsync();
        await catalog.CreateWritingAsync(CaseStudy, "撰写临床机器学习案例研究", "computer-vision, writing", "healthcare");
        await Expect(catalog.Row(CaseStudy)).ToHaveCountAsync(1);

        var ana = await app.SignedInPageAsync("ana@mlcareer.example");
        var suggestions = new SuggestionsPage(ana);
        await suggestions.GotoAsync();
        var card = suggestions.Card(CaseStudy);
        await Expect(card).ToContainTextAsync("new industry: healthcare");
        await Expect(card).ToContainTextAsync("deepens your skills: computer-vision");
        await Expect(card).ToContainTextAsync("you like writing");
        await Expect(card).ToContainTextAsync("you can pause it: your Training run in Customer churn prediction needs only monitoring");
        await Expect(suggestions.Window(0).GetByTestId("suggestion").First).ToHaveAttributeAsync("data-key", "write-a-clinical-ml-case-study");
        await Expect(suggestions.Card(CaseStudy, windowIndex: 1)).ToHaveCountAsync(1);
        await card.ScreenshotAsync(new() { Path = Path.Combine(Screenshots.Folder, "suggestion-reasons.png") });

        await ana.GotoAsync("/workload");
        await Expect(ana.GetByTestId("window").First).ToContainTextAsync($"Weeks {NextWeek} to W51: about 35 h/week free");
        await suggestions.GotoAsync();
        await card.GetByTestId("accept").ClickAsync();
        await Expect(suggestions.Dialog).ToBeVisibleAsync();
        await ana.Keyboard.PressAsync("Escape");
        await Expect(suggestions.Dialog).ToHaveCountAsync(0);
        await suggestions.AcceptAsync(CaseStudy, hours: "4");
        await ana.GotoAsync("/workload");
        await new ShellPage(ana).WaitInteractiveAsync();
        await Expect(ana.GetByTestId("window").First).ToContainTextAsync($"Weeks {NextWeek} to W51: about 31 h/week free");

        await catalog.GotoAsync();
        await catalog.ArchiveAsync(CaseStudy);
        await Expect(catalog.Row(CaseStudy)).ToHaveCountAsync(0);
        await suggestions.GotoAsync();
        await Expect(ana.GetByTestId("suggestion-title").GetByText(CaseStudy, new() { Exact = true })).ToHaveCountAsync(0);
        var activities = new ActivitiesPage(ana);
        await activities.GotoAsync();
        await Expect(ana.GetByTestId("status-planned").GetByTestId("engagement-title")).ToHaveTextAsync([CaseStudy]);
    }

    [Fact]
    public async Task ChenTakesOnACompetition_AnaIsInvited_ChenCompletesItAndTheGrowthSummaryCountsIt()
    {
        AppServer.RequireBrowser();
        var chen = await app.SignedInPageAsync("chen@mlcareer.example");
        var suggestions = new SuggestionsPage(chen);
        await suggestions.GotoAsync();
        await Expect(suggestions.Card(Competition)).ToContainTextAsync("team up:");
        await suggestions.AcceptAsync(Competition);

        var ana = await app.SignedInPageAsync("ana@mlcareer.example");
        var bell = new NotificationBell(ana);
        await bell.OpenAsync();
        var invitation = bell.Notices.Filter(new() { HasText = "Chen Jing took on" });
        await Expect(invitation).ToContainTextAsync($"“{Competition}” and is free with you in {NextWeek}–W51");
        await invitation.GetByTestId("mark-read").ClickAsync();
        await Expect(invitation).ToHaveAttributeAsync("data-read", "true");

        var activities = new ActivitiesPage(chen);
        await activities.GotoAsync();
        await Expect(activities.Figure("competitions")).ToContainTextAsync("0");
        await activities.CompleteAsync(Competition, "https://www.kaggle.com/competitions/invoices", "250", "USD", "12", "Top 15% with Emma and Ana.");

        await Expect(chen.GetByTestId("status-done").GetByTestId("engagement-title")).ToHaveTextAsync([Competition]);
        await Expect(activities.Figure("competitions").Locator("td").First).ToHaveTextAsync("1");
        await Expect(activities.Figure("money")).ToContainTextAsync("$250");
        await Expect(chen.GetByTestId("status-done").GetByTestId("outcome-figures")).ToContainTextAsync(new Regex("rank 12"));
        await Accessibility.AssertNoSeriousViolationsAsync(chen.Locator(".mud-main-content"), "my activities after completing");
    }
}
