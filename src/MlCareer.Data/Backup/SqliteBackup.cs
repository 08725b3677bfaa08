using Microsoft.Data.Sqlite;

namespace MlCareer.Data.Backup;

/// <summary>
/// Online backup and restore of a SQLite database with SQLite's backup API. A backup is a consistent
/// snapshot taken under a read transaction, so the app keeps writing meanwhile (WAL mode): each write is
/// either wholly in the copy or not at all. The copy is written next to its final name and moved into
/// place only when complete, so a half-written backup never carries the final name.
/// </summary>
public static class SqliteBackup
{
    /// <summary>Copies the live database at <paramref name="connectionString"/> to the file <paramref name="destination"/>.</summary>
    public static async Task BackUpAsync(string connectionString, string destination, CancellationToken cancellationToken = default)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(destination))!;
        Directory.CreateDirectory(folder);
        var partial = Path.Combine(folder, $".{Path.GetFileName(destination)}.{Guid.NewGuid():N}.partial");
        try
        {
            await using (var source = new SqliteConnection(connectionString))
            await using (var copy = new SqliteConnection(FileConnectionString(partial, SqliteOpenMode.ReadWriteCreate)))
            {
                await source.OpenAsync(cancellationToken);
                await copy.OpenAsync(cancellationToken);
                source.BackupDatabase(copy);
                await ExecuteAsync(copy, "PRAGMA journal_mode=DELETE;", cancellationToken);
            }

            File.Move(partial, destination, overwrite: true);
        }
        finally
        {
            File.Delete(partial);
        }
    }

    /// <summary>
    /// Replaces the database at <paramref name="connectionString"/> (created if missing) with the backup file
    /// <paramref name="backup"/>, after checking the backup is intact. Stop the app first.
    /// </summary>
    public static async Task RestoreAsync(string backup, string connectionString, CancellationToken cancellationToken = default)
    {
        if (!File.Exists(backup))
        {
            throw new FileNotFoundException($"No backup file at {backup}.", backup);
        }

        var problems = await CheckIntegrityAsync(backup, cancellationToken);
        if (problems is not "ok")
        {
            throw new InvalidDataException($"The backup {backup} is damaged: {problems}");
        }

        var target = new SqliteConnectionStringBuilder(connectionString).DataSource;
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(target))!);
        await using var source = new SqliteConnection(FileConnectionString(backup, SqliteOpenMode.ReadOnly));
        await using var destination = new SqliteConnection(connectionString);
        await source.OpenAsync(cancellationToken);
        await destination.OpenAsync(cancellationToken);
        source.BackupDatabase(destination);
        await ExecuteAsync(destination, "PRAGMA journal_mode=WAL;", cancellationToken);
    }

    /// <summary><c>PRAGMA integrity_check</c> of the file: "ok", or the problems SQLite found.</summary>
    public static async Task<string> CheckIntegrityAsync(string path, CancellationToken cancellationToken = default)
    {
        await using var connection = new SqliteConnection(FileConnectionString(path, SqliteOpenMode.ReadOnly));
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check;";
        var lines = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            lines.Add(reader.GetString(0));
        }

        return string.Join("; ", lines);
    }

    private static string FileConnectionString(string path, SqliteOpenMode mode) =>
        new SqliteConnectionStringBuilder { DataSource = path, Mode = mode, Pooling = false }.ToString();

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
