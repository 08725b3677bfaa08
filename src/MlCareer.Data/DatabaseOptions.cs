using System.ComponentModel.DataAnnotations;

namespace MlCareer.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>Where the data lives. The connection string is <c>ConnectionStrings:MlCareer</c>.</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";

    public const string ConnectionStringName = "MlCareer";

    [Required]
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>
    /// Apply migrations when the app starts. Null means: yes on SQLite (embedded, one instance),
    /// no on PostgreSQL (shared by several instances; migrate explicitly).
    /// </summary>
    public bool? MigrateOnStartup { get; set; }

    public bool ShouldMigrateOnStartup => MigrateOnStartup ?? Provider == DatabaseProvider.Sqlite;
}
