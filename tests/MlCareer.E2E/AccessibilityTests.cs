using Microsoft.Playwright;
using MlCareer.E2E.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace MlCareer.E2E;

/// <summary>Every page of <see cref="AppPage.All"/> scanned by axe, in light and dark, in English and Chinese; and every page on a phone.</summary>
[Trait("Category", "E2E")]
public class AccessibilityTests(AppServer app) : IClassFixture<AppServer>
{
    [Theory]
    [InlineData(ColorScheme.Light, "en")]
    [InlineData(ColorScheme.Dark, "en")]
    [InlineData(ColorScheme.Light, "zh-Hans")]
    [InlineData(ColorScheme.Dark, "zh-Hans")]
    public async Task EveryPage_InThemeAndLanguage_HasNoSeriousViolations(ColorScheme scheme, string culture)
    {
        AppServer.RequireBrowser();
        var found = new List<string>();

        foreach (var appPage in AppPage.All)
        {
            var page = await app.PageAsAsync(appPage.Account, colorScheme: scheme, culture: culture);
            await appPage.OpenAsync(page);
            if (appPage.IsInteractive && scheme == ColorScheme.Dark)
            {
                await Expect(page.GetByTestId("theme-toggle")).ToHaveAttributeAsync("data-dark", "true");
            }

            found.AddRange(await Accessibility.ViolationsAsync(page, $"{appPage.Name} ({scheme}, {culture})"));
            await page.Context.CloseAsync();
        }

        Assert.True(found.Count == 0, string.Join(Environment.NewLine, found));
    }

    [Fact]
    public async Task EveryPage_AtPhoneWidth_NeverScrollsSideways()
    {
        AppServer.RequireBrowser();
        var wide = new List<string>();

        foreach (var appPage in AppPage.All)
        {
            var page = await app.PageAsAsync(appPage.Account, 390, 844);
            await appPage.OpenAsync(page);
            var width = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
            if (width > 390)
            {
                wide.Add($"{appPage.Name}: {width}px");
            }

            await page.Context.CloseAsync();
        }

        Assert.True(wide.Count == 0, $"Wider than the 390px screen: {string.Join(", ", wide)}");
    }
}
