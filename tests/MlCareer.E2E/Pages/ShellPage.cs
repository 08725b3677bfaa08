using Microsoft.Playwright;

namespace MlCareer.E2E.Pages;

/// <summary>The signed-in app shell: app bar, navigation drawer, user and language menus.</summary>
public sealed class ShellPage(IPage page)
{
    public ILocator Nav => page.GetByTestId("nav-menu");

    /// <summary>Waits until the circuit is up, so clicks reach the server instead of prerendered HTML.</summary>
    public async Task WaitInteractiveAsync() =>
        await Assertions.Expect(page.Locator("[data-interactive='true']")).ToBeVisibleAsync();

    public async Task SignOutAsync()
    {
        await WaitInteractiveAsync();
        await page.GetByTestId("user-menu").GetByRole(AriaRole.Button).First.ClickAsync();
        await page.GetByTestId("sign-out").ClickAsync();
    }

    public async Task SwitchLanguageAsync(string culture)
    {
        await WaitInteractiveAsync();
        await page.GetByTestId("language-menu").ClickAsync();
        await page.GetByTestId($"language-{culture}").ClickAsync();
    }
}
