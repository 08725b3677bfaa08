using Npgsql;

namespace MlCareer.Testing;

/// <summary>
/// The PostgreSQL server the tests may use: <c>MLCAREER_TEST_POSTGRES</c> holds an admin connection string
/// of a role that may create databases. Each test database is <c>mlcareer_test_&lt;guid&gt;</c>, created
/// UTF-8 with the bytewise C collation (the order SQLite gives) and dropped after. Without the variable
/// the PostgreSQL tests skip locally and fail under <c>CI=true</c>, so CI never skips them silently.
/// </summary>
public static class PostgresServer
{
    public const string VariableName = "MLCAREER_TEST_POSTGRES";

    public static string? AdminConnectionString => Environment.GetEnvironmentVariable(VariableName) is { Length: > 0 } value ? value : null;

    public static bool IsAvailable => AdminConnectionString is not null;

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Call first in a PostgreSQL test: skips it locally, fails it in CI, when there is no server.</summary>
    public static void Require()
    {
        if (IsAvailable)
        {
            return;
        }

        var reason = $"No PostgreSQL: set {VariableName} to an admin connection string (see README, 'Test it').";
        Assert.SkipWhen(!IsCi, reason);
        Assert.Fail(reason);
    }

    public static string NewDatabaseName() => $"mlcareer_test_{Guid.NewGuid():N}";

    /// <summary>The admin connection string pointed at <paramref name="database"/>.</summary>
    public static string ConnectionStringFor(string database) =>
        new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = database }.ConnectionString;

    public static async Task CreateDatabaseAsync(string database)
    {
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            $"CREATE DATABASE \"{database}\" TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'", connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Drops the database, closing connections still open to it (the app's pool, a killed node's).</summary>
    public static async Task DropDatabaseAsync(string database)
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }
}
