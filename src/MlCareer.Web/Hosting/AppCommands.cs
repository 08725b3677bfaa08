using MlCareer.Data;
using MlCareer.Data.Backup;

namespace MlCareer.Web.Hosting;

/// <summary>The operations commands: they run on the configured database and exit without serving.</summary>
public static class AppCommands
{
    public const int Ok = 0;
    public const int Failed = 1;
    public const int Usage = 2;

    /// <summary>Serves the app until it stops, or runs <paramref name="command"/> and returns its exit code.</summary>
    public static async Task<int> ServeOrRunAsync(this WebApplication app, AppCommand command)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(command);
        if (command.IsServe)
        {
            await app.RunAsync();
            return Ok;
        }

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MlCareerDbContext>();
        try
        {
            return command switch
            {
                { Name: AppCommand.Migrate } => await MigrateAsync(db),
                { Name: AppCommand.Backup or AppCommand.Restore, File: null } => await UsageAsync(),
                { Name: AppCommand.Backup or AppCommand.Restore } when !db.Database.IsSqlite() => await NotSqliteAsync(),
                { Name: AppCommand.Backup, File: { } file } => await BackUpAsync(db, file),
                { Name: AppCommand.Restore, File: { } file } => await RestoreAsync(db, file),
                _ => await UsageAsync(),
            };
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException or Microsoft.Data.Sqlite.SqliteException)
        {
            await Console.Error.WriteLineAsync($"{command.Name} failed: {e.Message}");
            return Failed;
        }
    }

    private static async Task<int> MigrateAsync(MlCareerDbContext db)
    {
        var applied = await db.ApplyMigrationsAsync();
        await Console.Out.WriteLineAsync(applied.Count == 0
            ? "The database is up to date; no migration to apply."
            : $"Applied {applied.Count} migration(s): {string.Join(", ", applied)}");
        return Ok;
    }

    private static async Task<int> BackUpAsync(MlCareerDbContext db, string file)
    {
        await SqliteBackup.BackUpAsync(db.Database.GetConnectionString()!, file);
        await Console.Out.WriteLineAsync($"Backed up to {Path.GetFullPath(file)} ({new FileInfo(file).Length:N0} bytes).");
        return Ok;
    }

    private static async Task<int> RestoreAsync(MlCareerDbContext db, string file)
    {
        await SqliteBackup.RestoreAsync(file, db.Database.GetConnectionString()!);
        await Console.Out.WriteLineAsync($"Restored {Path.GetFullPath(file)} into the configured database. Start the app as usual.");
        return Ok;
    }

    private static async Task<int> NotSqliteAsync()
    {
        await Console.Error.WriteLineAsync("backup and restore work on SQLite; for PostgreSQL use pg_dump and pg_restore (docs/deployment.md).");
        return Usage;
    }

    private static async Task<int> UsageAsync()
    {
        await Console.Error.WriteLineAsync("""
            Usage: MlCareer.Web [command] [--Key=value ...]
              (no command)     serve the app
              migrate          apply the database migrations and exit
              backup <file>    copy the SQLite database to <file> while the app may run, and exit
              restore <file>   replace the SQLite database with the backup <file> (stop the app first), and exit
            """);
        return Usage;
    }
}
