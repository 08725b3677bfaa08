using Microsoft.Playwright;

namespace MlCareer.E2E.Pages;

public sealed class LoginPage(IPage page)
{
    public ILocator Error => page.GetByRole(AriaRole.Alert);

    public async Task GotoAsync() => await page.GotoAsync("/Account/Login");

    public async Task SignInAsync(string email, string password)
    {
        await page.Locator("#Input\\.Email").FillAsync(email);
        await page.Locator("#Input\\.Password").FillAsync(password);
        await page.GetByTestId("sign-in").ClickAsync();
    }
}
