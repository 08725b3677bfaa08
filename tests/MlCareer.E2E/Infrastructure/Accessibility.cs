using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace MlCareer.E2E.Infrastructure;

/// <summary>
/// axe-core scans against WCAG 2.2 A and AA and axe's best practices. Any serious or critical violation
/// fails, and so does any breach of the page structure rules (one main landmark, one h1, headings in order,
/// all content in landmarks) whatever axe rates it.
/// </summary>
public static class Accessibility
{
    private static readonly string[] Tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

    private static readonly HashSet<string> StructureRules = ["landmark-one-main", "page-has-heading-one", "heading-order", "region", "landmark-unique"];

    /// <summary>Fails with every failing rule, its elements and axe's summary when the page has any.</summary>
    public static async Task AssertNoSeriousViolationsAsync(IPage page, string? context = null)
    {
        var found = await ViolationsAsync(page, context);
        Assert.True(found.Count == 0, string.Join(Environment.NewLine, found));
    }

    /// <summary>The failing rules of the page as it is now, one line each with its elements; empty when none.</summary>
    public static async Task<IReadOnlyList<string>> ViolationsAsync(IPage page, string? context = null)
    {
        ArgumentNullException.ThrowIfNull(page);
        var options = new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. Tags] } };
        var result = await page.RunAxe(options);
        return [.. result.Violations
            .Where(v => v.Impact is "serious" or "critical" || StructureRules.Contains(v.Id))
            .Select(v => Describe(v, context ?? page.Url))];
    }

    /// <summary>The same scan of one part of the page (a panel over a page scanned elsewhere), without the rules named in <paramref name="skip"/>.</summary>
    public static async Task AssertNoSeriousViolationsAsync(ILocator part, string what, params string[] skip)
    {
        ArgumentNullException.ThrowIfNull(part);
        var options = new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. Tags] },
            Rules = skip.ToDictionary(r => r, _ => new RuleOptions { Enabled = false }),
        };
        var result = await part.RunAxe(options);
        var found = result.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => Describe(v, what)).ToList();
        Assert.True(found.Count == 0, string.Join(Environment.NewLine, found));
    }

    /// <summary>No horizontal page overflow: the page is no wider than the viewport.</summary>
    public static async Task AssertNoHorizontalOverflowAsync(IPage page, int width, string what)
    {
        ArgumentNullException.ThrowIfNull(page);
        var scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= width, $"{what} is {scrollWidth}px wide on a {width}px screen.");
    }

    private static string Describe(AxeResultItem violation, string context)
    {
        var text = new StringBuilder($"{context}: {violation.Id} ({violation.Impact}) {violation.Help}");
        foreach (var node in violation.Nodes.Take(6))
        {
            text.Append(Environment.NewLine).Append("    ").Append(node.Target).Append(" — ").Append(string.Join("; ", node.Any.Concat(node.All).Concat(node.None).Select(c => c.Message)));
        }

        return text.ToString();
    }
}
