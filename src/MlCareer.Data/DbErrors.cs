using Microsoft.Data.Sqlite;
using Npgsql;

namespace MlCareer.Data;

/// <summary>What a failed save means, the same on SQLite and PostgreSQL.</summary>
public static class DbErrors
{
    private const int SqliteConstraint = 19;
    private const int SqliteUnique = 2067;
    private const int SqlitePrimaryKey = 1555;

    /// <summary>True when another save inserted the same unique key first (a race, not a bug).</summary>
    public static bool IsUniqueViolation(DbUpdateException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception.InnerException switch
        {
            SqliteException sqlite => sqlite.SqliteErrorCode == SqliteConstraint && sqlite.SqliteExtendedErrorCode is SqliteUnique or SqlitePrimaryKey,
            PostgresException postgres => postgres.SqlState == PostgresErrorCodes.UniqueViolation,
            _ => false,
        };
    }
}
