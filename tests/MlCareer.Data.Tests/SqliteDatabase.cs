using Microsoft.Data.Sqlite;

namespace MlCareer.Data.Tests;

/// <summary>
/// A real SQLite database in memory, shared by every connection that names it and alive while this
/// object holds its first connection open. Migrated with the SQLite migrations, as the app is.
/// </summary>
public sealed class SqliteDatabase : TestDatabase
{
    private readonly SqliteConnection _keepAlive;

    public SqliteDatabase()
    {
        ConnectionString = $"Data Source=file:mlcareer-{Guid.NewGuid():N}?mode=memory&cache=shared";
        _keepAlive = new SqliteConnection(ConnectionString);
        _keepAlive.Open();
    }

    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    public override string ConnectionString { get; }

    public override async ValueTask DisposeAsync()
    {
        await _keepAlive.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
