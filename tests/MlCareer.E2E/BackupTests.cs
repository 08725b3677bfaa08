using System.Text.RegularExpressions;
using Microsoft.Playwright;
using MlCareer.E2E.Infrastructure;
using MlCareer.E2E.Pages;
using static Microsoft.Playwright.Assertions;

namespace MlCareer.E2E;

[Trait("Category", "E2E")]
public class BackupTests(AppServer app) : IClassFixture<AppServer>
{
    [Fact]
    public async Task Admin_BacksUpNow_SeesTheBackupListedAndDownloadsIt()
    {
        AppServer.RequireBrowser();
        var page = await app.SignedInPageAsync("admin@mlcareer.example");
        var shell = new ShellPage(page);
        await shell.WaitInteractiveAsync();

        await shell.Nav.GetByRole(AriaRole.Link, new() { Name = "Backups", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/admin/backup$"));
        await Expect(page.GetByTestId("backup-none")).ToBeVisibleAsync();
        await page.GetByTestId("backup-now").ClickAsync();

        await Expect(page.GetByText("Backup mlcareer-20261125-093000.db created.")).ToBeVisibleAsync();
        var row = page.GetByTestId("backup-table").GetByRole(AriaRole.Row).Filter(new() { HasText = "mlcareer-20261125-093000.db" });
        await Expect(row).ToContainTextAsync("2026-11-25 09:30:00 UTC");
        await Screenshots.TakeAsync(page, "backup");
        var download = await page.RunAndWaitForDownloadAsync(() => row.GetByRole(AriaRole.Link, new() { Name = "Download" }).ClickAsync());
        Assert.Equal("mlcareer-20261125-093000.db", download.SuggestedFilename);
    }
}
