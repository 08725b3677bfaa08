using Microsoft.EntityFrameworkCore;
using MlCareer.Core.Projects;
using MlCareer.Data.Interceptors;

namespace MlCareer.Data.Tests;

/// <summary>The data version moves after every write a context sends, and only then.</summary>
public abstract class DataVersionTests
{
    /// <summary>A new, empty database of the provider under test.</summary>
    protected abstract TestDatabase NewDatabase();

    [Fact]
    public async Task Reads_QueriesOfEveryShape_LeaveTheVersion()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await NewDatabase().MigrateAsync();
        var (version, db) = Counted(database);
        await using (db)
        {
            await MappingTests.AddTeamAndEngineerAsync(db);
            var before = version.Current;

            _ = await db.Teams.AsNoTracking().ToListAsync(ct);
            _ = await db.Engineers.CountAsync(ct);
            _ = await db.Projects.AnyAsync(p => p.Name == "none", ct);
            _ = await (from e in db.Engineers join t in db.Teams on e.TeamId equals t.Id select t.Name).ToListAsync(ct);

            Assert.Equal(before, version.Current);
        }
    }

    [Fact]
    public async Task Writes_SaveChangesExecuteUpdateDeleteAndACommittedTransaction_EachMoveTheVersion()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await NewDatabase().MigrateAsync();
        var (version, db) = Counted(database);
        await using (db)
        {
            var (team, _) = await MappingTests.AddTeamAndEngineerAsync(db);
            var seen = version.Current;
            Assert.True(seen > 0, "The inserts of the setup moved nothing.");

            db.Projects.Add(new Project { TeamId = team.Id, Name = "Churn" });
            await db.SaveChangesAsync(ct);
            Assert.True(version.Current > seen, "SaveChanges did not move the version.");
            seen = version.Current;

            await db.Projects.Where(p => p.Name == "Churn").ExecuteUpdateAsync(p => p.SetProperty(x => x.Name, "Churn v2"), ct);
            Assert.True(version.Current > seen, "ExecuteUpdate did not move the version.");
            seen = version.Current;

            await db.Projects.Where(p => p.Name == "Churn v2").ExecuteDeleteAsync(ct);
            Assert.True(version.Current > seen, "ExecuteDelete did not move the version.");
            seen = version.Current;

            var (inside, committed) = await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
            {
                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                db.Projects.Add(new Project { TeamId = team.Id, Name = "Vision" });
                await db.SaveChangesAsync(ct);
                var before = version.Current;
                await transaction.CommitAsync(ct);
                return (before, version.Current);
            });
            Assert.True(committed > inside, "The commit did not move the version after its commands.");
        }
    }

    [Theory]
    [InlineData("SELECT 1", true)]
    [InlineData("  select \"p\".\"Id\" FROM \"Projects\"", true)]
    [InlineData("-- Tagged query\nSELECT 1", true)]
    [InlineData("PRAGMA integrity_check;", true)]
    [InlineData("INSERT INTO \"Projects\" (\"Name\") VALUES (@p0) RETURNING \"Id\";", false)]
    [InlineData("UPDATE \"Projects\" SET \"Name\" = @p0", false)]
    [InlineData("DELETE FROM \"Projects\"", false)]
    [InlineData("WITH x AS (SELECT 1) DELETE FROM \"Projects\"", false)]
    [InlineData("-- only a comment", false)]
    public void Reads_Statement_TellsAPlainReadFromAWrite(string sql, bool reads) =>
        Assert.Equal(reads, DataVersionInterceptor.Reads(sql));

    private static (DataVersion Version, MlCareerDbContext Db) Counted(TestDatabase database)
    {
        var version = new DataVersion();
        var options = new DbContextOptionsBuilder<MlCareerDbContext>(database.Options()).AddInterceptors(new DataVersionInterceptor(version)).Options;
        return (version, new MlCareerDbContext(options));
    }
}

public sealed class DataVersionTestsOnSqlite : DataVersionTests
{
    protected override TestDatabase NewDatabase() => new SqliteDatabase();
}

public sealed class DataVersionTestsOnPostgres : DataVersionTests
{
    protected override TestDatabase NewDatabase() => new PostgresDatabase();
}
