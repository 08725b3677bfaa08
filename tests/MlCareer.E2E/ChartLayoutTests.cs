using Microsoft.Playwright;
using MlCareer.E2E.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace MlCareer.E2E;

/// <summary>The wide charts on a phone and on a desktop: where they open, what stays in view, and that their layers line up.</summary>
[Trait("Category", "E2E")]
public class ChartLayoutTests(AppServer app) : IClassFixture<AppServer>
{
    [Theory]
    [InlineData(1280, 800)]
    [InlineData(390, 844)]
    public async Task ProjectTimeline_Opens_WithTodayInViewAfterTheLabels(int width, int height)
    {
        AppServer.RequireBrowser();
        var page = await app.PageAsAsync(AppPage.Engineer, width, height);

        await AppPage.All.Single(p => p.Name == "project").OpenAsync(page);

        var box = await BoxAsync(page.GetByTestId("timeline-scroll"));
        var labels = await BoxAsync(page.Locator("[data-scroll-sticky]"));
        await Expect(page.GetByTestId("timeline-today")).ToBeVisibleAsync();
        await page.WaitForFunctionAsync("() => document.querySelector('[data-testid=timeline-scroll]').scrollLeft > 0");
        var today = await BoxAsync(page.GetByTestId("timeline-today"));
        Assert.True(today.X >= labels.X + labels.Width && today.X <= box.X + box.Width,
            $"Today's line at x={today.X} is not between the labels' edge ({labels.X + labels.Width}) and the box's ({box.X + box.Width}).");
    }

    [Fact]
    public async Task WorkloadChart_OnAPhone_OpensAtThisWeekAndKeepsTheHourAxisWhileTheWeeksScroll()
    {
        AppServer.RequireBrowser();
        var page = await app.PageAsAsync(AppPage.Engineer, 390, 844);
        await AppPage.All.Single(p => p.Name == "workload").OpenAsync(page);
        var scroll = page.GetByTestId("chart-scroll");
        var axis = page.GetByTestId("chart-axis");
        await page.WaitForFunctionAsync("() => document.querySelector('[data-testid=chart-scroll]').scrollLeft > 0");
        await Expect(page.GetByTestId("strip-today")).ToBeInViewportAsync();
        var before = await BoxAsync(axis);

        await scroll.EvaluateAsync("box => box.scrollLeft = box.scrollWidth");

        Assert.True(await scroll.EvaluateAsync<bool>("box => box.scrollWidth > box.clientWidth"), "The chart does not scroll on a phone.");
        var after = await BoxAsync(axis);
        Assert.Equal(before.X, after.X);
        Assert.True(after.X >= 0 && after.Width > 0, "The hour axis left the screen.");
        await Expect(axis.GetByText("40")).ToBeInViewportAsync();
        var labels = await page.Locator(".wl-label:not(:empty)").EvaluateAllAsync<double[][]>(
            "spans => spans.map(s => { const r = s.getBoundingClientRect(); return [r.left, r.right]; })");
        for (var i = 1; i < labels.Length; i++)
        {
            Assert.True(labels[i][0] >= labels[i - 1][1], $"Week labels {i - 1} and {i} overlap.");
        }
    }

    [Fact]
    public async Task WorkloadChart_WindowShade_LiesOverItsWeeksOnTheStrip()
    {
        AppServer.RequireBrowser();
        var page = await app.PageAsAsync(AppPage.Engineer);
        await AppPage.All.Single(p => p.Name == "workload").OpenAsync(page);

        var shade = await BoxAsync(page.GetByTestId("chart-window").First);
        var strip = page.GetByTestId("strip-week");
        var flags = await strip.EvaluateAllAsync<bool[]>("weeks => weeks.map(w => w.dataset.window === 'true')");
        var start = Array.IndexOf(flags, true);
        var end = Array.IndexOf(flags, false, start) - 1;
        var first = await BoxAsync(strip.Nth(start));
        var last = await BoxAsync(strip.Nth(end));
        var today = await BoxAsync(page.GetByTestId("chart-today"));
        var current = await BoxAsync(page.Locator("[data-testid=strip-week]:has([data-testid=strip-today])"));

        Assert.InRange(shade.X, first.X - 1, first.X + 1);
        Assert.InRange(shade.X + shade.Width, last.X + last.Width - 1, last.X + last.Width + 1);
        Assert.InRange(today.X + (today.Width / 2), current.X, current.X + current.Width);
    }

    private static async Task<LocatorBoundingBoxResult> BoxAsync(ILocator locator) =>
        await locator.BoundingBoxAsync() ?? throw new InvalidOperationException($"{locator} is not on the page.");
}
