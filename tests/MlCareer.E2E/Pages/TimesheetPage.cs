using Microsoft.Playwright;

namespace MlCareer.E2E.Pages;

/// <summary>The weekly timesheet: one row per active phase, hours and note cells, one save.</summary>
public sealed class TimesheetPage(IPage page)
{
    public ILocator Total => page.GetByTestId("timesheet-total");

    public async Task GotoAsync()
    {
        await page.GotoAsync("/timesheet");
        await new ShellPage(page).WaitInteractiveAsync();
        await Assertions.Expect(page.GetByTestId("timesheet-grid")).ToBeVisibleAsync();
    }

    /// <summary>The hours input of the first row of <paramref name="project"/>.</summary>
    public ILocator Hours(string project) =>
        page.GetByTestId("timesheet-grid").GetByRole(AriaRole.Row).Filter(new LocatorFilterOptions { HasText = project })
            .First.Locator("[data-testid^='hours-cell-'] input");

    public async Task SaveAsync() => await page.GetByTestId("save-week").ClickAsync();
}
