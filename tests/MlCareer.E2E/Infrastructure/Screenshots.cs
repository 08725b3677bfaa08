using Microsoft.Playwright;

namespace MlCareer.E2E.Infrastructure;

/// <summary>Full-page screenshots under <c>artifacts/screenshots/</c> at the repository root, to look at after a run.</summary>
public static class Screenshots
{
    public static string Folder { get; } = Path.Combine(FindRepositoryRoot(), "artifacts", "screenshots");

    public static async Task TakeAsync(IPage page, string name)
    {
        Directory.CreateDirectory(Folder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Folder, $"{name}.png"), FullPage = true });
    }

    private static string FindRepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "MlCareer.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? Path.GetTempPath();
    }
}
