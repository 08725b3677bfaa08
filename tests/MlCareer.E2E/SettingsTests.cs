using System.Text.RegularExpressions;
using Microsoft.Playwright;
using MlCareer.E2E.Infrastructure;
using MlCareer.E2E.Pages;
using static Microsoft.Playwright.Assertions;

namespace MlCareer.E2E;

[Trait("Category", "E2E")]
public class SettingsTests(AppServer app) : IClassFixture<AppServer>
{
    private const string Admin = "admin@mlcareer.example";

    [Fact]
    public async Task Admin_ChangesTheLabelingShareTo30_SeesItAfterAReload()
    {
        AppServer.RequireBrowser();
        var page = await app.SignedInPageAsync(Admin);
        var shell = new ShellPage(page);
        await shell.WaitInteractiveAsync();
        var labeling = page.GetByTestId("share-DataLabeling");

        await shell.Nav.GetByRole(AriaRole.Link, new() { Name = "Settings", Exact = true }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/admin/settings$"));
        await Expect(labeling).ToHaveValueAsync("10");
        await labeling.FillAsync("30");
        await page.GetByTestId("save-settings").ClickAsync();
        await Expect(page.GetByText("Settings saved. Every view now uses them.")).ToBeVisibleAsync();
        await page.ReloadAsync();
        await shell.WaitInteractiveAsync();
        await Expect(labeling).ToHaveValueAsync("30");
        await Screenshots.TakeAsync(page, "settings");

        await page.GetByTestId("horizon-weeks").FillAsync("200");
        await page.GetByTestId("save-settings").ClickAsync();

        await Expect(page.GetByText("Enter a value from 4 to 104.")).ToBeVisibleAsync();
        await Screenshots.TakeAsync(page, "settings-invalid");
        await page.ReloadAsync();
        await shell.WaitInteractiveAsync();
        await Expect(page.GetByTestId("horizon-weeks")).ToHaveValueAsync("26");
        await page.GetByTestId("restore-defaults").ClickAsync();
        await Expect(labeling).ToHaveValueAsync("10");
        await page.GetByTestId("save-settings").ClickAsync();
        await Expect(page.GetByText("Settings saved. Every view now uses them.")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Settings_AtPhoneWidth_FitsTheScreen()
    {
        AppServer.RequireBrowser();
        var page = await app.SignedInPageAsync(Admin, 390, 844);

        await page.GotoAsync("/admin/settings");
        await new ShellPage(page).WaitInteractiveAsync();

        await Expect(page.GetByTestId("share-DataWrangling")).ToBeVisibleAsync();
        var scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= 390, $"The page is {scrollWidth}px wide on a 390px screen.");
        await Screenshots.TakeAsync(page, "settings-phone");
    }
}
