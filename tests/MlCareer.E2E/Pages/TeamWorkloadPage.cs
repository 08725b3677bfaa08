using Microsoft.Playwright;

namespace MlCareer.E2E.Pages;

/// <summary>The team page (<c>/team</c>): the heatmap with its explanation panel, the windows, and the way to a member's workload.</summary>
public sealed class TeamWorkloadPage(IPage page)
{
    public ILocator Heatmap => page.GetByTestId("heatmap-grid");

    public ILocator Detail => page.GetByTestId("heat-detail");

    public ILocator Chances => page.GetByTestId("team-chance");

    public ILocator Row(string name) => page.GetByTestId("heat-row").Filter(new() { HasText = name });

    public ILocator Cell(string name, string week) => Row(name).Locator($"[data-testid=heat-cell][data-week='{week}']");

    public async Task GotoAsync(string query = "")
    {
        await page.GotoAsync("/team" + query);
        await new ShellPage(page).WaitInteractiveAsync();
        await Assertions.Expect(Heatmap).ToBeVisibleAsync();
    }

    public Task OpenMemberAsync(string name) => Row(name).GetByTestId("heat-member-link").ClickAsync();
}
