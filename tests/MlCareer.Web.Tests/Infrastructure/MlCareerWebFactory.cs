using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace MlCareer.Web.Tests.Infrastructure;

/// <summary>
/// The real app on a SQLite file in its own temporary folder, with the demo organisation, a known first
/// admin and its log files in that folder too. Each factory is a separate database.
/// </summary>
public class MlCareerWebFactory : WebApplicationFactory<Program>
{
    public const string AdminEmail = "admin@mlcareer.local";
    public const string AdminPassword = "First-Admin-Password-1";
    public const string DemoPassword = "MlCareer-Demo-2026";

    public MlCareerWebFactory()
    {
        Folder = Path.Combine(Path.GetTempPath(), "mlcareer-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
    }

    public string Folder { get; }

    public string LogFolder => Path.Combine(Folder, "logs");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("ConnectionStrings:MlCareer", $"Data Source={Path.Combine(Folder, "mlcareer.db")}");
        builder.UseSetting("Demo:Enabled", "true");
        builder.UseSetting("Admin:Email", AdminEmail);
        builder.UseSetting("Admin:Password", AdminPassword);
        builder.UseSetting("Serilog:WriteTo:1:Args:path", Path.Combine(LogFolder, "mlcareer-.log"));
    }

    /// <summary>Everything the app logged so far, read while the app still holds the file open.</summary>
    public string ReadLogs()
    {
        if (!Directory.Exists(LogFolder))
        {
            return string.Empty;
        }

        return string.Concat(Directory.GetFiles(LogFolder).Select(path =>
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var reader = new StreamReader(stream);
            return reader.ReadToEnd();
        }));
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A log file still held by the logger is left to the OS temp cleaner.
        }

        GC.SuppressFinalize(this);
    }
}
