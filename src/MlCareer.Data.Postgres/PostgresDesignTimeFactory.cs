using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace MlCareer.Data.Postgres;

/// <summary>Lets <c>dotnet ef</c> build the context for PostgreSQL migrations; no server is needed to add one.</summary>
public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<MlCareerDbContext>
{
    public MlCareerDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<MlCareerDbContext>();
        DataServiceCollectionExtensions.Configure(options, DatabaseProvider.Postgres, "Host=localhost;Database=mlcareer_design");
        return new MlCareerDbContext(options.Options);
    }
}
