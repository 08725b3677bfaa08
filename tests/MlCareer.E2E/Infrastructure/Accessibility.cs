using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace MlCareer.E2E.Infrastructure;

/// <summary>An axe-core scan of the page as it is now; serious and critical violations fail the test with what and where.</summary>
public static class Accessibility
{
    private static readonly string[] Failing = ["serious", "critical"];

    public static async Task AssertNoSeriousViolationsAsync(IPage page, string what) => Assert(await page.RunAxe(), what);

    /// <summary>The same scan of one part of the page (a panel over a page scanned elsewhere), without the rules named in <paramref name="skip"/>.</summary>
    public static async Task AssertNoSeriousViolationsAsync(ILocator part, string what, params string[] skip) =>
        Assert(await part.RunAxe(new AxeRunOptions { Rules = skip.ToDictionary(r => r, _ => new RuleOptions { Enabled = false }) }), what);

    private static void Assert(AxeResult result, string what)
    {
        var failures = result.Violations
            .Where(v => Failing.Contains(v.Impact, StringComparer.Ordinal))
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join("; ", v.Nodes.Take(3).Select(n => n.Html))}")
            .ToList();
        Xunit.Assert.True(failures.Count == 0, $"{what}: {string.Join(Environment.NewLine, failures)}");
    }

    /// <summary>No horizontal page overflow: the page is no wider than the viewport.</summary>
    public static async Task AssertNoHorizontalOverflowAsync(IPage page, int width, string what)
    {
        var scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Xunit.Assert.True(scrollWidth <= width, $"{what} is {scrollWidth}px wide on a {width}px screen.");
    }
}
