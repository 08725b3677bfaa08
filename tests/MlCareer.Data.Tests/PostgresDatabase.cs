using MlCareer.Testing;

namespace MlCareer.Data.Tests;

/// <summary>
/// A new database <c>mlcareer_test_&lt;guid&gt;</c> on the test PostgreSQL server, dropped on dispose.
/// Creating one skips the test locally, or fails it in CI, when there is no server.
/// </summary>
public sealed class PostgresDatabase : TestDatabase
{
    private readonly string _name;

    public PostgresDatabase()
    {
        PostgresServer.Require();
        _name = PostgresServer.NewDatabaseName();
        PostgresServer.CreateDatabaseAsync(_name).GetAwaiter().GetResult();
        ConnectionString = PostgresServer.ConnectionStringFor(_name);
    }

    public override DatabaseProvider Provider => DatabaseProvider.Postgres;

    public override string ConnectionString { get; }

    public override async ValueTask DisposeAsync()
    {
        await PostgresServer.DropDatabaseAsync(_name);
        GC.SuppressFinalize(this);
    }
}
