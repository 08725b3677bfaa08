using Microsoft.Data.Sqlite;

namespace MlCareer.Data;

public static class DatabaseMigration
{
    /// <summary>
    /// Applies the pending migrations of the configured provider (creating a SQLite file's folder first)
    /// and returns the names of those it applied.
    /// </summary>
    public static async Task<IReadOnlyList<string>> ApplyMigrationsAsync(this MlCareerDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (db.Database.IsSqlite())
        {
            var path = new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
            if (!string.IsNullOrEmpty(path) && path != ":memory:" && !path.StartsWith("file:", StringComparison.Ordinal))
            {
                Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            }
        }

        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        await db.Database.MigrateAsync(cancellationToken);
        return pending;
    }
}
