using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MlCareer.Core.Common;
using MlCareer.Data;
using MlCareer.Data.Backup;
using MlCareer.LoadWriter;
using MlCareer.Testing;
using MlCareer.Web.Tests.Infrastructure;

namespace MlCareer.Web.Tests.Hosting;

/// <summary>The operations commands of the built app, run as an operator runs them: <c>dotnet MlCareer.Web.dll …</c>.</summary>
public sealed class CommandLineTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "mlcareer-tests", Guid.NewGuid().ToString("N"));

    public CommandLineTests() => Directory.CreateDirectory(_folder);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Migrate_EmptyDatabase_AppliesEveryMigrationThenHasNothingLeft(DatabaseProvider provider)
    {
        var (connectionString, postgresName) = await EmptyDatabaseAsync(provider);
        try
        {
            string[] args = ["migrate", $"--Database:Provider={provider}", $"--ConnectionStrings:MlCareer={connectionString}"];

            var first = await AppProcess.RunAsync(AppProcess.WebDll, _folder, args);
            var second = await AppProcess.RunAsync(AppProcess.WebDll, _folder, args);

            Assert.True(first.ExitCode == 0, first.Output);
            await using var db = Context(provider, connectionString);
            var all = db.Database.GetMigrations().ToList();
            Assert.Contains($"Applied {all.Count} migration(s)", first.Output, StringComparison.Ordinal);
            Assert.Equal(all, await db.Database.GetAppliedMigrationsAsync(Ct));
            Assert.Equal(0, second.ExitCode);
            Assert.Contains("up to date", second.Output, StringComparison.Ordinal);
        }
        finally
        {
            if (postgresName is not null)
            {
                await PostgresServer.DropDatabaseAsync(postgresName);
            }
        }
    }

    [Fact]
    public async Task BackupWhileWriting_ThenRestoreIntoANewFile_TheAppStartsOnItWithTheData()
    {
        await using var live = new MlCareerWebFactory();
        var engineers = await LoadOrganisation.EnsureAsync(live.Services, 4, 5, 200, new IsoWeek(2030, 1), Ct);
        var before = engineers.ToDictionary(e => e, e => e.Slots.Take(50).ToList());
        await Task.WhenAll(engineers.Select(e => TimesheetLoad.WriteAsync(live.Services, e, before[e], cancellationToken: Ct)));
        var backup = Path.Combine(_folder, "backups", "mlcareer-copy.db");

        var backingUp = AppProcess.RunAsync(AppProcess.WebDll, _folder, "backup", backup, $"--ConnectionStrings:MlCareer={live.ConnectionString}");
        var written = await Task.WhenAll(engineers.Select(e => Task.Run(
            () => TimesheetLoad.WriteAsync(live.Services, e, e.Slots.Skip(50).TakeWhile(_ => !backingUp.IsCompleted), cancellationToken: Ct), Ct)));
        var backedUp = await backingUp;
        await using var restored = new MlCareerWebFactory();
        var restoredOutput = await AppProcess.RunAsync(AppProcess.WebDll, _folder, "restore", backup, $"--ConnectionStrings:MlCareer={restored.ConnectionString}");

        Assert.True(backedUp.ExitCode == 0, backedUp.Output);
        Assert.Empty(written.SelectMany(w => w.Errors));
        Assert.InRange(written.Sum(w => w.Saved), 1, (4 * 950) - 1);
        Assert.Equal("ok", await SqliteBackup.CheckIntegrityAsync(backup, Ct));
        Assert.True(restoredOutput.ExitCode == 0, restoredOutput.Output);
        using var client = restored.CreateClient();
        Assert.Equal("Healthy", await client.GetStringAsync("/health", Ct));
        await using var db = await restored.Services.GetRequiredService<IDbContextFactory<MlCareerDbContext>>().CreateDbContextAsync(Ct);
        var ids = engineers.Select(e => e.EngineerId).ToList();
        var logs = await db.HourLogs.Where(l => ids.Contains(l.EngineerId)).Select(l => new { l.EngineerId, l.PhaseId, l.Week }).ToListAsync(Ct);
        var rows = logs.Select(l => (l.EngineerId, new LoadSlot(l.PhaseId, l.Week))).ToHashSet();
        Assert.All(before, b => Assert.All(b.Value, slot => Assert.Contains((b.Key.EngineerId, slot), rows)));
        Assert.InRange(rows.Count, 4 * 50, (4 * 50) + written.Sum(w => w.Saved));
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"{written.Sum(w => w.Saved)} saves while the backup ran, 0 errors; backup integrity ok; {rows.Count} load rows restored (all {4 * 50} saved before it)");
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private async Task<(string ConnectionString, string? PostgresName)> EmptyDatabaseAsync(DatabaseProvider provider)
    {
        if (provider == DatabaseProvider.Sqlite)
        {
            return ($"Data Source={Path.Combine(_folder, "data", "mlcareer.db")}", null);
        }

        PostgresServer.Require();
        var name = PostgresServer.NewDatabaseName();
        await PostgresServer.CreateDatabaseAsync(name);
        return (PostgresServer.ConnectionStringFor(name), name);
    }

    private static MlCareerDbContext Context(DatabaseProvider provider, string connectionString)
    {
        var options = new DbContextOptionsBuilder<MlCareerDbContext>();
        DataServiceCollectionExtensions.Configure(options, provider, connectionString);
        return new MlCareerDbContext(options.Options);
    }
}
