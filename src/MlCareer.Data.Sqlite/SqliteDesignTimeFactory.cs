using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace MlCareer.Data.Sqlite;

/// <summary>Lets <c>dotnet ef</c> build the context for SQLite migrations without starting the web app.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<MlCareerDbContext>
{
    public MlCareerDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<MlCareerDbContext>();
        DataServiceCollectionExtensions.Configure(options, DatabaseProvider.Sqlite, "Data Source=design-time.db");
        return new MlCareerDbContext(options.Options);
    }
}
