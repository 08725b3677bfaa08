using Microsoft.Playwright;

namespace MlCareer.E2E.Pages;

/// <summary>The app bar's bell and its panel of notices.</summary>
public sealed class NotificationBell(IPage page)
{
    public ILocator Button => page.GetByTestId("bell");

    public ILocator Panel => page.GetByTestId("notification-panel");

    public ILocator Notices => Panel.GetByTestId("notice");

    public async Task OpenAsync()
    {
        await new ShellPage(page).WaitInteractiveAsync();
        await Button.ClickAsync();
        await Assertions.Expect(Panel).ToBeVisibleAsync();
        await page.WaitForFunctionAsync("() => [...document.querySelectorAll('.notification-popover')].some(p => getComputedStyle(p).opacity === '1')");
    }
}
