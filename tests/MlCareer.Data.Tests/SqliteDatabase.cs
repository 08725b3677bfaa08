using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MlCareer.Data.Interceptors;
using MlCareer.Data.Seeding;

namespace MlCareer.Data.Tests;

/// <summary>
/// A real SQLite database in memory, shared by every connection that names it and alive while this
/// object holds its first connection open. Migrated with the SQLite migrations, as the app is.
/// </summary>
public sealed class SqliteDatabase : IAsyncDisposable
{
    private readonly SqliteConnection _keepAlive;

    public SqliteDatabase()
    {
        ConnectionString = $"Data Source=file:mlcareer-{Guid.NewGuid():N}?mode=memory&cache=shared";
        _keepAlive = new SqliteConnection(ConnectionString);
        _keepAlive.Open();
    }

    public string ConnectionString { get; }

    public MlCareerDbContext CreateContext() => new(Options());

    public DbContextOptions<MlCareerDbContext> Options()
    {
        var builder = new DbContextOptionsBuilder<MlCareerDbContext>();
        DataServiceCollectionExtensions.Configure(builder, DatabaseProvider.Sqlite, ConnectionString);
        builder.AddInterceptors(new VersionStampInterceptor());
        return builder.Options;
    }

    public async Task<SqliteDatabase> MigrateAsync()
    {
        await using var db = CreateContext();
        await db.Database.MigrateAsync(TestContext.Current.CancellationToken);
        return this;
    }

    /// <summary>The services the start-up initializer needs: the context, Identity's managers and the seeders.</summary>
    public ServiceProvider BuildServices()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddDbContext<MlCareerDbContext>(db =>
        {
            DataServiceCollectionExtensions.Configure(db, DatabaseProvider.Sqlite, ConnectionString);
            db.AddInterceptors(new VersionStampInterceptor());
        });
        services.AddIdentityCore<AppUser>(o => o.Password.RequiredLength = 12)
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<MlCareerDbContext>();
        services.AddScoped<IdentitySeeder>();
        services.AddScoped<DemoSeeder>();
        return services.BuildServiceProvider();
    }

    public async ValueTask DisposeAsync()
    {
        await _keepAlive.DisposeAsync();
    }
}
