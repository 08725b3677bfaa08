using Microsoft.Playwright;

namespace MlCareer.E2E.Pages;

/// <summary>/me/tokens: create a personal access token and read it the one time it is shown.</summary>
public sealed class TokensPage(IPage page)
{
    public async Task GotoAsync()
    {
        await page.GotoAsync("/me/tokens");
        await new ShellPage(page).WaitInteractiveAsync();
    }

    /// <summary>Creates a read-only token with the default lifetime and returns its secret.</summary>
    public async Task<string> CreateAsync(string name)
    {
        await page.GetByTestId("token-name").FillAsync(name);
        await page.GetByTestId("create-token").ClickAsync();
        await Assertions.Expect(page.GetByTestId("token-secret")).ToBeVisibleAsync();
        return (await page.GetByTestId("token-secret").InnerTextAsync()).Trim();
    }
}
