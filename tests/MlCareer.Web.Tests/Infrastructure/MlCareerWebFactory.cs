using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using MlCareer.Core.Common;
using MlCareer.Data;
using MlCareer.Testing;

namespace MlCareer.Web.Tests.Infrastructure;

/// <summary>
/// The real app with the demo organisation, a known first admin and its log files in its own temporary
/// folder, on a SQLite file in that folder or on a new PostgreSQL database (migrated by the app at start,
/// dropped on dispose). Each factory is a separate database unless it joins another node's.
/// </summary>
/// <remarks>
/// "Now" is <see cref="FixedNow"/> on a <see cref="FakeTimeProvider"/> that only moves when a test
/// calls <c>Clock.Advance</c>: the demo data, every "today" and "this week", and the tests' expectations
/// all come from it, so a run that crosses midnight (or a Sunday) sees the same dates throughout.
/// </remarks>
public class MlCareerWebFactory : WebApplicationFactory<Program>
{
    public const string AdminEmail = "admin@mlcareer.local";
    public const string AdminPassword = "First-Admin-Password-1";
    public const string DemoPassword = "MlCareer-Demo-2026";

    /// <summary>Wednesday of 2026-W48, mid-morning UTC: a year with a W53 lies within the horizon.</summary>
    public static readonly DateTimeOffset FixedNow = new(2026, 11, 25, 9, 30, 0, TimeSpan.Zero);

    /// <summary>The date the app takes for today.</summary>
    public static DateOnly Today => DateOnly.FromDateTime(FixedNow.UtcDateTime);

    /// <summary>The ISO week the app takes for this week.</summary>
    public static IsoWeek ThisWeek => IsoWeek.FromDate(Today);

    public MlCareerWebFactory()
        : this(DatabaseProvider.Sqlite)
    {
    }

    /// <summary>An app on <paramref name="provider"/>; with <paramref name="joinDatabase"/> it is one more node on that existing PostgreSQL database.</summary>
    public MlCareerWebFactory(DatabaseProvider provider, string? joinDatabase = null)
    {
        Provider = provider;
        Folder = Path.Combine(Path.GetTempPath(), "mlcareer-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        OwnsDatabase = joinDatabase is null;
        DatabaseName = provider == DatabaseProvider.Postgres ? joinDatabase ?? PostgresServer.NewDatabaseName() : Path.Combine(Folder, "mlcareer.db");
    }

    public DatabaseProvider Provider { get; }

    /// <summary>The PostgreSQL database name, or the SQLite file's path.</summary>
    public string DatabaseName { get; }

    public string ConnectionString => Provider == DatabaseProvider.Postgres ? PostgresServer.ConnectionStringFor(DatabaseName) : $"Data Source={DatabaseName}";

    public string Folder { get; }

    private bool OwnsDatabase { get; }

    /// <summary>The app's clock; tests move it with <c>Advance</c>, never by waiting.</summary>
    public FakeTimeProvider Clock { get; } = new(FixedNow);

    /// <summary>A client of the app whose cookie jar lives on <see cref="Clock"/> (see <see cref="ClockCookieJar"/>).</summary>
    public new HttpClient CreateClient() => CreateClient(new WebApplicationFactoryClientOptions());

    /// <inheritdoc cref="CreateClient()"/>
    public new HttpClient CreateClient(WebApplicationFactoryClientOptions options)
    {
        var handlers = new List<DelegatingHandler>();
        if (options.AllowAutoRedirect)
        {
            handlers.Add(new RedirectHandler(options.MaxAutomaticRedirections));
        }

        if (options.HandleCookies)
        {
            handlers.Add(new ClockCookieJar(Clock));
        }

        return CreateDefaultClient(options.BaseAddress, [.. handlers]);
    }

    public string LogFolder => Path.Combine(Folder, "logs");

    /// <summary>Every SQL command the app sends, for tests that count a visit's queries.</summary>
    public QueryLog Queries { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        if (Provider == DatabaseProvider.Postgres && OwnsDatabase)
        {
            PostgresServer.CreateDatabaseAsync(DatabaseName).GetAwaiter().GetResult();
        }

        builder.UseSetting("Database:Provider", Provider.ToString());
        builder.UseSetting("Database:MigrateOnStartup", OwnsDatabase ? "true" : "false");
        builder.UseSetting("ConnectionStrings:MlCareer", ConnectionString);
        builder.UseSetting("Demo:Enabled", "true");
        builder.UseSetting("Admin:Email", AdminEmail);
        builder.UseSetting("Admin:Password", AdminPassword);
        // App configuration, not UseSetting: a host setting gives its parent keys ("Serilog:WriteTo:1") an empty
        // value, which Serilog reads as a sink named "" — and then writes no log file at all.
        builder.ConfigureAppConfiguration(config => config.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Serilog:WriteTo:1:Args:path"] = Path.Combine(LogFolder, "mlcareer-.log"),
        }));
        builder.UseSetting("Backup:Folder", Path.Combine(Folder, "backups"));
        builder.ConfigureTestServices(services =>
        {
            services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Clock));
            services.AddSingleton<IStartupFilter>(new ClockDateHeader(Clock));
            services.ConfigureDbContext<MlCareer.Data.MlCareerDbContext>((_, options) => options.AddInterceptors(Queries));
        });
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
        if (Provider == DatabaseProvider.Postgres && OwnsDatabase && PostgresServer.IsAvailable)
        {
            await PostgresServer.DropDatabaseAsync(DatabaseName);
        }

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
