using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MlCareer.Core.Involvement;

namespace MlCareer.Data.Seeding;

/// <summary>
/// Runs before the server accepts requests: applies migrations (SQLite by default, PostgreSQL only
/// when asked), switches SQLite to WAL, then seeds roles, the first admin, the catalog, the default
/// settings and, when enabled, the demo organisation. Every step is idempotent. It works in
/// <see cref="StartingAsync"/>, before any hosted service starts: Data Protection's reads its key ring
/// from the database when it starts, so the tables must exist by then.
/// </summary>
public sealed partial class DatabaseInitializer(
    IServiceScopeFactory scopes,
    IOptions<DatabaseOptions> database,
    IOptions<AdminOptions> admin,
    IOptions<DemoOptions> demo,
    TimeProvider time,
    ILogger<DatabaseInitializer> logger) : IHostedLifecycleService
{
    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MlCareerDbContext>();

        if (database.Value.ShouldMigrateOnStartup)
        {
            await db.ApplyMigrationsAsync(cancellationToken);
            LogMigrated(logger, database.Value.Provider);
        }

        if (database.Value.Provider == DatabaseProvider.Sqlite)
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }

        var identity = scope.ServiceProvider.GetRequiredService<IdentitySeeder>();
        await identity.SeedRolesAsync();
        if (!await db.PlanningSettings.AnyAsync(cancellationToken))
        {
            db.PlanningSettings.Add(PlanningSettings.CreateDefault());
            await db.SaveChangesAsync(cancellationToken);
        }

        var added = await CatalogSeeder.SeedAsync(db, cancellationToken);
        LogCatalogSeeded(logger, added);

        var generated = await identity.SeedFirstAdminAsync(admin.Value, cancellationToken);
        if (generated is not null)
        {
            // Shown once on the console only, never through the logger (log files outlive the console).
            await Console.Out.WriteLineAsync($"First admin created: {admin.Value.Email} / {generated}  (shown once; change it after signing in)");
        }

        if (demo.Value.Enabled)
        {
            var seeded = await scope.ServiceProvider.GetRequiredService<DemoSeeder>()
                .SeedAsync(time.Today(), cancellationToken);
            if (seeded)
            {
                LogDemoSeeded(logger);
            }

            await PrintDemoSignInsAsync();
        }
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static async Task PrintDemoSignInsAsync()
    {
        await Console.Out.WriteLineAsync($"Demo sign-ins (password for all: {DemoPlan.Password}):");
        await Console.Out.WriteLineAsync($"  {"admin",-10} {DemoPlan.AdminEmail}");
        foreach (var person in DemoPlan.People)
        {
            var role = person.IsLead ? "team lead" : "engineer";
            await Console.Out.WriteLineAsync($"  {role,-10} {person.Email}");
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Database migrated ({Provider})")]
    private static partial void LogMigrated(ILogger logger, DatabaseProvider provider);

    [LoggerMessage(Level = LogLevel.Information, Message = "Activity catalog seeded: {Added} entries added")]
    private static partial void LogCatalogSeeded(ILogger logger, int added);

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo organisation created")]
    private static partial void LogDemoSeeded(ILogger logger);
}
