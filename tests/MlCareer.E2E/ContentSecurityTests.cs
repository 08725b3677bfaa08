using Microsoft.Playwright;
using MlCareer.E2E.Infrastructure;
using MlCareer.E2E.Pages;
using MlCareer.Web.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace MlCareer.E2E;

/// <summary>The main pages in Chromium under the app's Content-Security-Policy: nothing they need is blocked.</summary>
[Trait("Category", "E2E")]
public class ContentSecurityTests(AppServer app) : IClassFixture<AppServer>
{
    /// <summary>Reports every violation to the console, where the test collects it with the browser's own CSP errors.</summary>
    private const string ReportViolations =
        "document.addEventListener('securitypolicyviolation', e => console.error('CSP violation: ' + e.violatedDirective + ' ' + e.blockedURI));";

    [Fact]
    public async Task MainPages_UnderTheCsp_NoViolationOnTheConsole()
    {
        AppServer.RequireBrowser();
        var page = await app.NewPageAsync();
        var violations = await WatchAsync(page);
        var shell = new ShellPage(page);

        var login = await page.GotoAsync("/Account/Login");
        Assert.Contains("script-src 'self' 'nonce-", login!.Headers["content-security-policy"], StringComparison.Ordinal);
        await new LoginPage(page).SignInAsync("admin@mlcareer.example", MlCareerWebFactory.DemoPassword);
        await Expect(page.GetByTestId("greeting")).ToBeVisibleAsync();
        foreach (var path in new[] { "/", "/projects", "/projects/1", "/timesheet", "/workload", "/admin/settings", "/admin/users" })
        {
            await page.GotoAsync(path);
            await shell.WaitInteractiveAsync();
        }

        await page.GetByTestId("new-user").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Dialog)).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Cancel" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Dialog)).ToHaveCountAsync(0);
        await page.GetByTestId("theme-toggle").ClickAsync();
        await page.GetByTestId("theme-toggle").ClickAsync();
        await page.GotoAsync("/Account/Manage/ChangePassword");
        await page.GotoAsync("/workload");
        await shell.WaitInteractiveAsync();
        await shell.SwitchLanguageAsync("zh-Hans");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "zh-Hans");
        await shell.WaitInteractiveAsync();
        await shell.SwitchLanguageAsync("en");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await shell.SignOutAsync();
        await Expect(page.GetByTestId("sign-in")).ToBeVisibleAsync();

        Assert.Empty(violations);
    }

    [Fact]
    public async Task InjectedInlineScript_IsBlockedAndReported()
    {
        AppServer.RequireBrowser();
        var page = await app.NewPageAsync();
        await WatchAsync(page);
        await page.GotoAsync("/Account/Login");

        var reported = await page.RunAndWaitForConsoleMessageAsync(
            () => page.EvaluateAsync("() => { const s = document.createElement('script'); s.textContent = 'window.injected = true'; document.body.appendChild(s); }"),
            new PageRunAndWaitForConsoleMessageOptions { Predicate = m => IsViolation(m.Text) });

        Assert.Contains("script-src", reported.Text, StringComparison.Ordinal);
        Assert.False(await page.EvaluateAsync<bool>("() => window.injected === true"));
    }

    private static bool IsViolation(string text) =>
        text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase) || text.StartsWith("CSP violation", StringComparison.Ordinal);

    private static async Task<List<string>> WatchAsync(IPage page)
    {
        var violations = new List<string>();
        page.Console += (_, message) =>
        {
            if (IsViolation(message.Text))
            {
                lock (violations)
                {
                    violations.Add(message.Text);
                }
            }
        };
        await page.Context.AddInitScriptAsync(ReportViolations);
        return violations;
    }
}
