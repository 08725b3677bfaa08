using MlCareer.E2E.Infrastructure;
using MlCareer.E2E.Pages;
using static Microsoft.Playwright.Assertions;

namespace MlCareer.E2E;

/// <summary>
/// The side-activity pages with the demo data as seeded (nothing is changed): each is scanned by axe, fits
/// a phone, and is photographed at 1280×800 and 390×844.
/// </summary>
[Trait("Category", "E2E")]
public class SideActivityPagesTests(AppServer app) : IClassFixture<AppServer>
{
    private const string Ana = "ana@mlcareer.example";
    private const string Ben = "ben@mlcareer.example";
    private const string Admin = "admin@mlcareer.example";

    /// <summary>The whole page on a desktop; what a phone shows first (the viewport) on a phone.</summary>
    private static async Task ShootAsync(Microsoft.Playwright.IPage page, string name, string suffix)
    {
        if (suffix.Length == 0)
        {
            await Screenshots.TakeAsync(page, name);
            return;
        }

        Directory.CreateDirectory(Screenshots.Folder);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots.Folder, $"{name}{suffix}.png") });
    }

    [Theory]
    [InlineData(1280, 800, "")]
    [InlineData(390, 844, "-phone")]
    public async Task Suggestions_Ana_WindowsWithReasons_AccessibleAndFitTheScreen(int width, int height, string suffix)
    {
        AppServer.RequireBrowser();
        var page = await app.SignedInPageAsync(Ana, width, height);
        var suggestions = new SuggestionsPage(page);

        await suggestions.GotoAsync();

        var first = suggestions.Card("Write a technical article on your experiments");
        await Expect(first.GetByTestId("reason")).Not.ToHaveCountAsync(0);
        await Expect(first).ToContainTextAsync("you like writing");
        await Expect(first).ToContainTextAsync("you can pause it: your Training run in Customer churn prediction needs only monitoring");
        await Expect(suggestions.Window(0).GetByTestId("suggestion").Filter(new() { HasText = "minutes a working day" })).ToHaveCountAsync(1);
        await Accessibility.AssertNoSeriousViolationsAsync(page, "suggestions");
        await Accessibility.AssertNoHorizontalOverflowAsync(page, width, "suggestions");
        await ShootAsync(page, "suggestions", suffix);
    }

    [Theory]
    [InlineData(1280, 800, "")]
    [InlineData(390, 844, "-phone")]
    public async Task Activities_Ben_GrowthCountsTheDemoArticle_AccessibleAndFitTheScreen(int width, int height, string suffix)
    {
        AppServer.RequireBrowser();
        var page = await app.SignedInPageAsync(Ben, width, height);
        var activities = new ActivitiesPage(page);

        await activities.GotoAsync();

        await Expect(activities.Figure("articles")).ToContainTextAsync("1");
        await Expect(activities.Figure("money")).ToContainTextAsync("$450");
        await Expect(page.GetByTestId("growth-chart")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("status-done").GetByTestId("engagement")).ToHaveCountAsync(1);
        await Accessibility.AssertNoSeriousViolationsAsync(page, "my activities");
        await Accessibility.AssertNoHorizontalOverflowAsync(page, width, "my activities");
        await ShootAsync(page, "activities", suffix);
    }

    [Theory]
    [InlineData(1280, 800, "")]
    [InlineData(390, 844, "-phone")]
    public async Task Catalog_Admin_ListsTheNineSeededActivities_AccessibleAndFitTheScreen(int width, int height, string suffix)
    {
        AppServer.RequireBrowser();
        var page = await app.SignedInPageAsync(Admin, width, height);
        var catalog = new CatalogPage(page);

        await catalog.GotoAsync();

        await Expect(page.GetByTestId("catalog-title")).ToHaveCountAsync(9);
        await Accessibility.AssertNoSeriousViolationsAsync(page, "catalog");
        await Accessibility.AssertNoHorizontalOverflowAsync(page, width, "catalog");
        await ShootAsync(page, "catalog", suffix);
        await page.GetByTestId("new-activity").ClickAsync();
        await Expect(catalog.Dialog).ToBeVisibleAsync();
        await Accessibility.AssertNoSeriousViolationsAsync(page, "catalog dialog");
        await ShootAsync(page, "catalog-dialog", suffix);
        await page.Keyboard.PressAsync("Escape");
        await Expect(catalog.Dialog).ToHaveCountAsync(0);
    }

    [Theory]
    [InlineData(1280, 800, "")]
    [InlineData(390, 844, "-phone")]
    public async Task Bell_Ana_AnnouncesNextWeeksWindowWithItsTopSuggestion(int width, int height, string suffix)
    {
        AppServer.RequireBrowser();
        var page = await app.SignedInPageAsync(Ana, width, height);
        var bell = new NotificationBell(page);

        await bell.OpenAsync();

        await Expect(bell.Notices.Filter(new() { HasText = "In 1 week" })).ToContainTextAsync("Top suggestion: Write a technical article on your experiments");
        await Accessibility.AssertNoSeriousViolationsAsync(bell.Panel, "bell");
        await Accessibility.AssertNoHorizontalOverflowAsync(page, width, "bell");
        await ShootAsync(page, "bell", suffix);
        await page.Keyboard.PressAsync("Escape");
        await Expect(bell.Panel).ToBeHiddenAsync();
    }

    [Theory]
    [InlineData(1280, 800, "")]
    [InlineData(390, 844, "-phone")]
    public async Task Preferences_Ana_ShowsCapacityAndHerInterests(int width, int height, string suffix)
    {
        AppServer.RequireBrowser();
        var page = await app.SignedInPageAsync(Ana, width, height);

        await page.GotoAsync("/me/preferences");
        await new ShellPage(page).WaitInteractiveAsync();

        await Expect(page.GetByTestId("capacity")).ToContainTextAsync("40 h a week");
        await Expect(page.GetByTestId("skills")).ToHaveValueAsync("computer-vision, pytorch");
        await Accessibility.AssertNoSeriousViolationsAsync(page, "preferences");
        await Accessibility.AssertNoHorizontalOverflowAsync(page, width, "preferences");
        await ShootAsync(page, "preferences", suffix);
    }

    /// <summary>The side-activity pages and the bell in the dark theme and in Chinese.</summary>
    [Theory]
    [InlineData("en", "-dark")]
    [InlineData("zh-Hans", "-zh")]
    public async Task NewPages_DarkThemeOrChinese_NoSeriousViolations(string culture, string suffix)
    {
        AppServer.RequireBrowser();
        var page = await app.SignedInPageAsync(culture == "en" ? "emma@mlcareer.example" : "dmitri@mlcareer.example");
        var shell = new ShellPage(page);
        await shell.WaitInteractiveAsync();
        if (culture == "en")
        {
            await page.GetByTestId("theme-toggle").ClickAsync();
            await Expect(page.GetByTestId("theme-toggle")).ToHaveAttributeAsync("aria-label", "Switch to light theme");
        }
        else
        {
            await shell.SwitchLanguageAsync(culture);
            await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", culture);
        }

        foreach (var (path, ready) in new[] { ("/suggestions", "suggestion-windows"), ("/activities", "growth"), ("/me/preferences", "save-preferences") })
        {
            await page.GotoAsync(path);
            await shell.WaitInteractiveAsync();
            await Expect(page.GetByTestId(ready)).ToBeVisibleAsync();
            await Accessibility.AssertNoSeriousViolationsAsync(page.Locator(".mud-main-content"), $"{path}{suffix}");
            await ShootAsync(page, path.Trim('/').Replace('/', '-') + suffix, string.Empty);
        }

        await new NotificationBell(page).OpenAsync();
        await Accessibility.AssertNoSeriousViolationsAsync(new NotificationBell(page).Panel, $"bell{suffix}");
    }
}
