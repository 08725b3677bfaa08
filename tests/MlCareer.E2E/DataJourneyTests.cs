using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using MlCareer.E2E.Infrastructure;
using MlCareer.E2E.Pages;
using MlCareer.Web.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace MlCareer.E2E;

/// <summary>Data in and out in Chromium: a plan imported from CSV after fixing a bad row, then a token used to read the windows.</summary>
[Trait("Category", "E2E")]
public class DataJourneyTests(AppServer app) : IClassFixture<AppServer>
{
    private const string Ana = "ana@mlcareer.example";
    private const string Project = "Shelf audit";

    [Fact]
    public async Task DemoEngineer_ImportsAPlanAfterFixingABadRow_SeesItsWindow_ThenReadsTheWindowsWithAToken()
    {
        AppServer.RequireBrowser();
        var page = await app.SignedInPageAsync(Ana);
        var shell = new ShellPage(page);
        var import = new ImportPage(page);
        await page.GotoAsync("/projects");
        await shell.WaitInteractiveAsync();
        await page.GetByTestId("import-plan").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/import\\?kind=plan$"));
        await shell.WaitInteractiveAsync();

        await import.UploadAsync("shelf-audit.csv", Plan("Labelling"));

        await Expect(import.BadRows).ToHaveCountAsync(1);
        await Expect(import.BadRows).ToContainTextAsync("Line 3, kind: 'Labelling' is not a phase kind");
        await Expect(import.Message).ToContainTextAsync("1 of 2 rows have errors");
        await Expect(import.Confirm).ToBeDisabledAsync();
        await Screenshots.TakeAsync(page, "import-preview");

        await import.UploadAsync("shelf-audit.csv", Plan("DataLabeling"));
        await Expect(import.Message).ToContainTextAsync("All 2 rows are fine");
        await import.Confirm.ClickAsync();
        await Expect(import.Message).ToContainTextAsync("Imported 2 rows.");
        await page.GetByTestId("imported-workload").ClickAsync();
        await shell.WaitInteractiveAsync();
        await Expect(page.GetByTestId("window").Filter(new() { HasText = $"Data labeling in {Project}" })).ToHaveCountAsync(1);

        await page.GotoAsync("/");
        await shell.WaitInteractiveAsync();
        await page.GetByTestId("user-menu").GetByRole(AriaRole.Button).First.ClickAsync();
        await page.GetByTestId("menu-tokens").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/me/tokens$"));
        await shell.WaitInteractiveAsync();
        var token = await new TokensPage(page).CreateAsync("Journey script");
        await Expect(page.GetByTestId("token-row-name")).ToContainTextAsync("Journey script");
        await Screenshots.TakeAsync(page, "tokens");

        using var http = new HttpClient { BaseAddress = new Uri(app.BaseUrl) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var windows = await http.GetStringAsync("/api/v1/me/windows", TestContext.Current.CancellationToken);
        Assert.Contains($"\"project\":\"{Project}\"", windows, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/timesheet", "export-my-hours", "mlcareer-hours.csv", "engineer_email,engineer,week,project,phase,kind,hours,note")]
    [InlineData("/workload", "export-my-windows", "mlcareer-windows.csv", "engineer,start,end,weeks,min_free_hours,average_free_hours,confidence,reaches_horizon,causes")]
    [InlineData("/projects/1", "export-plan", "mlcareer-plan-1.csv", "project,phase,kind,period,start,end,share_percent,tentative,actual_start,actual_end,notes")]
    public async Task ExportButtons_DownloadTheCsvOfTheirPage(string path, string button, string fileName, string header)
    {
        AppServer.RequireBrowser();
        var page = await app.SignedInPageAsync(Ana);
        await page.GotoAsync(path);
        await new ShellPage(page).WaitInteractiveAsync();
        if (button != "export-plan")
        {
            await page.GetByTestId("export-menu").GetByRole(AriaRole.Button).First.ClickAsync();
        }

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId(button).ClickAsync());
        await using var stream = await download.CreateReadStreamAsync();
        using var reader = new StreamReader(stream);

        Assert.Equal(fileName, download.SuggestedFilename);
        Assert.Equal(header, await reader.ReadLineAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task ApiReference_RendersUnderTheCspWithoutAViolation()
    {
        AppServer.RequireBrowser();
        var page = await app.NewPageAsync();
        var violations = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                lock (violations)
                {
                    violations.Add(message.Text);
                }
            }
        };

        await page.GotoAsync("/api/docs");

        await Expect(page.GetByText("/api/v1/me/windows").First).ToBeVisibleAsync(new() { Timeout = 60_000 });
        Directory.CreateDirectory(Screenshots.Folder);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots.Folder, "api-docs.png") });
        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }

    [Theory]
    [InlineData("/import?kind=plan")]
    [InlineData("/import?kind=hours")]
    [InlineData("/me/tokens")]
    [InlineData("/me/preferences")]
    public async Task NewPages_AtPhoneWidthInLightAndDark_FitTheScreen(string path)
    {
        AppServer.RequireBrowser();
        var page = await app.SignedInPageAsync(Ana, 390, 844);
        var violations = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                lock (violations)
                {
                    violations.Add(message.Text);
                }
            }
        };
        var shell = new ShellPage(page);
        await page.GotoAsync(path);
        await shell.WaitInteractiveAsync();
        await Expect(page.Locator("h1")).ToHaveCountAsync(1);

        var light = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        await page.GetByTestId("theme-toggle").ClickAsync();
        await Expect(page.Locator("h1")).ToBeVisibleAsync();
        var dark = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");

        Assert.True(light <= 390 && dark <= 390, $"{path} is {light}px wide (light) and {dark}px (dark) on a 390px screen.");
        Assert.True(violations.Count == 0, string.Join("\n", violations));
        await Screenshots.TakeAsync(page, "phone" + path.Replace('/', '-').Replace('?', '-').Replace('=', '-'));
    }

    /// <summary>A plan whose labeling phase, 13 to 16 weeks ahead, falls where Ana's plan is light; the second row's kind is given.</summary>
    private static string[] Plan(string kind) =>
    [
        "project,phase,kind,period,start,end,share_percent,tentative,actual_start,actual_end,notes",
        $"{Project},1,ProblemUnderstanding,,{Day(11)},{Day(12, 6)},,false,,,",
        $"{Project},2,{kind},,{Day(13)},{Day(16, 6)},,false,,,Photos labelled by the store teams",
    ];

    private static string Day(int weeks, int day = 0) =>
        MlCareerWebFactory.ThisWeek.AddWeeks(weeks).Monday.AddDays(day).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
