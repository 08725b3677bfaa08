using Microsoft.Playwright;
using MlCareer.E2E.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace MlCareer.E2E;

/// <summary>The main pages at 1280×800 and on a phone (390×844), light and dark, for the docs and for a look after each run.</summary>
[Trait("Category", "E2E")]
public class ScreenshotTests(AppServer app) : IClassFixture<AppServer>
{
    [Theory]
    [InlineData(ColorScheme.Light, 1280, 800)]
    [InlineData(ColorScheme.Dark, 1280, 800)]
    [InlineData(ColorScheme.Light, 390, 844)]
    [InlineData(ColorScheme.Dark, 390, 844)]
    public async Task MainPages_InThemeAndSize_Screenshots(ColorScheme scheme, int width, int height)
    {
        AppServer.RequireBrowser();
        var suffix = (scheme == ColorScheme.Dark ? "-dark" : "-light") + (width < 600 ? "-phone" : string.Empty);

        foreach (var name in new[] { "home", "workload", "project", "timesheet" })
        {
            var page = await app.PageAsAsync(AppPage.Engineer, width, height, scheme);
            await AppPage.All.Single(p => p.Name == name).OpenAsync(page);
            await Expect(page.GetByTestId("theme-toggle")).ToHaveAttributeAsync("data-dark", scheme == ColorScheme.Dark ? "true" : "false");
            await Screenshots.TakeAsync(page, $"{name}{suffix}");
            if (name == "workload" && width >= 600)
            {
                await page.GetByTestId("toggle-table").ClickAsync();
                await Expect(page.GetByTestId("workload-table")).ToBeVisibleAsync();
                await Screenshots.TakeAsync(page, $"workload-table{suffix}");
            }

            await page.Context.CloseAsync();
        }
    }
}
