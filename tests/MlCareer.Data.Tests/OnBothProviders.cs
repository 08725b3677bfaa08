namespace MlCareer.Data.Tests;

public sealed class MappingTestsOnSqlite : MappingTests
{
    protected override TestDatabase NewDatabase() => new SqliteDatabase();
}

public sealed class MappingTestsOnPostgres : MappingTests
{
    protected override TestDatabase NewDatabase() => new PostgresDatabase();
}

public sealed class ConcurrencyTestsOnSqlite : ConcurrencyTests
{
    protected override TestDatabase NewDatabase() => new SqliteDatabase();
}

public sealed class ConcurrencyTestsOnPostgres : ConcurrencyTests
{
    protected override TestDatabase NewDatabase() => new PostgresDatabase();
}

public sealed class SeedingTestsOnSqlite : SeedingTests
{
    protected override TestDatabase NewDatabase() => new SqliteDatabase();
}

public sealed class SeedingTestsOnPostgres : SeedingTests
{
    protected override TestDatabase NewDatabase() => new PostgresDatabase();
}
