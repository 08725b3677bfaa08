using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace MlCareer.E2E.Infrastructure;

/// <summary>
/// A page of the app as the accessibility, keyboard and phone tests open it: its path (with
/// <c>{project}</c> standing for the demo project "Customer churn prediction"), who opens it (null: signed
/// out), and a selector that is visible once its content has loaded.
/// </summary>
public sealed record AppPage(string Name, string Path, string? Account, string Ready)
{
    public const string Engineer = "ana@mlcareer.example";
    public const string Lead = "lin@mlcareer.example";
    public const string Admin = "admin@mlcareer.example";

    /// <summary>Pages with the app's shell run on a circuit; the account pages are static forms.</summary>
    public bool IsInteractive => !Path.StartsWith("/Account/", StringComparison.Ordinal);

    /// <summary>
    /// Every page of the app, for the scans that visit them all. A new page is added here when it is built
    /// (team, suggestions, activities, catalog, preferences, backup), with the account that may open it.
    /// </summary>
    public static IReadOnlyList<AppPage> All { get; } =
    [
        new("home", "/", Engineer, "[data-testid=greeting]"),
        new("projects", "/projects", Engineer, "[data-testid=projects-table] tbody tr a"),
        new("project", "/projects/{project}", Engineer, "[data-testid=timeline-bar]"),
        new("new-project", "/projects/new", Engineer, "[data-testid=template-weeks-DataWrangling]"),
        new("timesheet", "/timesheet", Engineer, "[data-testid=timesheet-grid]"),
        new("workload", "/workload", Engineer, "[data-testid=window]"),
        new("settings", "/admin/settings", Admin, "[data-testid=share-DataWrangling]"),
        new("users", "/admin/users", Admin, "[data-testid=users-table] [data-testid=edit-user]"),
        new("not-found", "/no-such-page", Engineer, "[data-testid=not-found]"),
        new("sign-in", "/Account/Login", null, "[data-testid=sign-in]"),
        new("change-password", "/Account/Manage/ChangePassword", Engineer, "form.account-form"),
        new("lockout", "/Account/Lockout", null, "[data-testid=locked-out]"),
        new("access-denied", "/Account/AccessDenied", Engineer, ".account-alert"),
    ];

    /// <summary>Opens the page in <paramref name="page"/> and waits until it is interactive (if it runs on a circuit) and loaded.</summary>
    public async Task OpenAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var path = Path;
        if (path.Contains("{project}", StringComparison.Ordinal))
        {
            path = path.Replace("{project}", await ProjectIdAsync(page, "Customer churn prediction"), StringComparison.Ordinal);
        }

        await page.GotoAsync(path);
        await WaitLoadedAsync(page);
    }

    /// <summary>Waits until the page is interactive (if it runs on a circuit) and its content has loaded.</summary>
    public async Task WaitLoadedAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        if (IsInteractive)
        {
            await Assertions.Expect(page.Locator("[data-interactive='true']")).ToBeVisibleAsync();
        }

        await Assertions.Expect(page.Locator(Ready).First).ToBeVisibleAsync();
    }

    /// <summary>The id of the demo project named <paramref name="name"/>, read from its link in the team's projects.</summary>
    public static async Task<string> ProjectIdAsync(IPage page, string name)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.GotoAsync("/projects");
        await Assertions.Expect(page.Locator("[data-interactive='true']")).ToBeVisibleAsync();
        await page.GetByTestId("projects-team").ClickAsync();
        var link = page.GetByTestId("projects-table").GetByRole(AriaRole.Link, new() { Name = name });
        var href = await link.GetAttributeAsync("href") ?? string.Empty;
        return Regex.Match(href, @"\d+$").Value;
    }
}
