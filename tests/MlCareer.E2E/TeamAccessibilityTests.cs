using Deque.AxeCore.Playwright;
using MlCareer.E2E.Infrastructure;
using MlCareer.E2E.Pages;
using static Microsoft.Playwright.Assertions;

namespace MlCareer.E2E;

/// <summary>
/// axe-core over the team page in light and dark, English and Chinese: no serious or critical violations. The
/// lead's theme and language are stored with the account, so this class has its own app.
/// </summary>
[Trait("Category", "E2E")]
public class TeamAccessibilityTests(AppServer app) : IClassFixture<AppServer>
{
    [Fact]
    public async Task TeamPage_LightDarkEnglishChinese_NoSeriousOrCriticalViolations()
    {
        AppServer.RequireBrowser();
        var page = await app.SignedInPageAsync("lin@mlcareer.example");
        var shell = new ShellPage(page);
        var team = new TeamWorkloadPage(page);
        var found = new List<string>();

        await team.GotoAsync();
        await ScanAsync("light, English");
        await page.GetByTestId("theme-toggle").ClickAsync();
        await Expect(page.GetByTestId("theme-toggle")).ToHaveAttributeAsync("aria-label", "Switch to light theme");
        await ScanAsync("dark, English");
        await shell.SwitchLanguageAsync("zh-Hans");
        await Expect(page.GetByTestId("team-title")).ToContainTextAsync("团队工作量");
        await shell.WaitInteractiveAsync();
        await ScanAsync("dark, Chinese");
        await page.GetByTestId("theme-toggle").ClickAsync();
        await Expect(page.GetByTestId("theme-toggle")).ToHaveAttributeAsync("aria-label", "切换到深色主题");
        await ScanAsync("light, Chinese");

        Assert.True(found.Count == 0, string.Join(Environment.NewLine, found));

        async Task ScanAsync(string variant)
        {
            await team.Cell("Ana Souza", Web.Tests.Infrastructure.MlCareerWebFactory.ThisWeek.AddWeeks(1).ToString()).ClickAsync();
            await Expect(team.Detail.Locator("li").First).ToBeVisibleAsync();
            var result = await page.RunAxe();
            found.AddRange(result.Violations
                .Where(v => v.Impact is "serious" or "critical")
                .Select(v => $"{variant}: {v.Id} ({v.Impact}) {v.Help} — {string.Join(" | ", v.Nodes.Select(n => $"{n.Html} {string.Join("; ", n.Any.Select(c => c.Message))}"))}"));
            await Screenshots.TakeAsync(page, $"team-axe-{variant.Replace(", ", "-", StringComparison.Ordinal).ToLowerInvariant()}");
        }
    }
}
