using Microsoft.AspNetCore.DataProtection;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using MlCareer.Data.Interceptors;
using MlCareer.Data.Seeding;

namespace MlCareer.Data;

public static class DataServiceCollectionExtensions
{
    public const string SqliteMigrationsAssembly = "MlCareer.Data.Sqlite";
    public const string PostgresMigrationsAssembly = "MlCareer.Data.Postgres";

    /// <summary>Data protection's application name: nodes with the same name and key ring read each other's cookies.</summary>
    public const string ApplicationName = "MlCareer";

    /// <summary>
    /// Registers the context factory (and the scoped context Identity uses) on the configured provider,
    /// the seeders, and the start-up initializer. The data-protection keys live in the database, so every
    /// node (and the next deployment) accepts the cookies the others issued. A missing connection string
    /// stops the app at start.
    /// </summary>
    public static IHostApplicationBuilder AddMlCareerData(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<AdminOptions>().BindConfiguration(AdminOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<DemoOptions>().BindConfiguration(DemoOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();

        builder.Services.AddSingleton<VersionStampInterceptor>();
        builder.Services.AddSingleton<DataVersion>();
        builder.Services.AddSingleton<DataVersionInterceptor>();
        builder.Services.AddDbContextFactory<MlCareerDbContext>((services, db) =>
        {
            var options = services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
            var connectionString = services.GetRequiredService<IConfiguration>().GetConnectionString(DatabaseOptions.ConnectionStringName)
                ?? throw new InvalidOperationException($"Connection string '{DatabaseOptions.ConnectionStringName}' not found.");
            if (options.Provider == DatabaseProvider.Sqlite)
            {
                connectionString = AnchorSqlitePath(connectionString, services.GetRequiredService<IHostEnvironment>().ContentRootPath);
            }

            Configure(db, options.Provider, connectionString);
            db.AddInterceptors(services.GetRequiredService<VersionStampInterceptor>(), services.GetRequiredService<DataVersionInterceptor>());
        });

        builder.Services.AddDataProtection()
            .SetApplicationName(ApplicationName)
            .PersistKeysToDbContext<MlCareerDbContext>();

        builder.Services.AddScoped<IdentitySeeder>();
        builder.Services.AddScoped<DemoSeeder>();
        builder.Services.AddHostedService<DatabaseInitializer>();
        return builder;
    }

    /// <summary>
    /// Points <paramref name="db"/> at the provider. On PostgreSQL, transient failures (a restarted server,
    /// a dropped connection) are retried; code that opens its own transaction must run it through
    /// <c>db.Database.CreateExecutionStrategy()</c>.
    /// </summary>
    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder db, DatabaseProvider provider, string connectionString) =>
        provider switch
        {
            DatabaseProvider.Sqlite => db.UseSqlite(connectionString, o => o.MigrationsAssembly(SqliteMigrationsAssembly)),
            DatabaseProvider.Postgres => db.UseNpgsql(connectionString, o => o.MigrationsAssembly(PostgresMigrationsAssembly).EnableRetryOnFailure()),
            _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "Unknown database provider."),
        };

    /// <summary>A relative SQLite file is placed under the content root, wherever the app is started from.</summary>
    private static string AnchorSqlitePath(string connectionString, string contentRoot)
    {
        var csb = new SqliteConnectionStringBuilder(connectionString);
        if (!string.IsNullOrEmpty(csb.DataSource) && csb.DataSource != ":memory:"
            && !csb.DataSource.StartsWith("file:", StringComparison.Ordinal) && !Path.IsPathRooted(csb.DataSource))
        {
            csb.DataSource = Path.Combine(contentRoot, csb.DataSource);
        }

        return csb.ToString();
    }
}
