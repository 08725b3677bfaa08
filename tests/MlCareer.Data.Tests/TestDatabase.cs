using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MlCareer.Data.Interceptors;
using MlCareer.Data.Seeding;

namespace MlCareer.Data.Tests;

/// <summary>A real, empty database of one provider for one test, configured and migrated as the app does it.</summary>
public abstract class TestDatabase : IAsyncDisposable
{
    public abstract DatabaseProvider Provider { get; }

    public abstract string ConnectionString { get; }

    public MlCareerDbContext CreateContext() => new(Options());

    public DbContextOptions<MlCareerDbContext> Options()
    {
        var builder = new DbContextOptionsBuilder<MlCareerDbContext>();
        DataServiceCollectionExtensions.Configure(builder, Provider, ConnectionString);
        builder.AddInterceptors(new VersionStampInterceptor());
        return builder.Options;
    }

    public async Task<TestDatabase> MigrateAsync()
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
            DataServiceCollectionExtensions.Configure(db, Provider, ConnectionString);
            db.AddInterceptors(new VersionStampInterceptor());
        });
        services.AddIdentityCore<AppUser>(o => o.Password.RequiredLength = 12)
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<MlCareerDbContext>();
        services.AddScoped<IdentitySeeder>();
        services.AddScoped<DemoSeeder>();
        return services.BuildServiceProvider();
    }

    public abstract ValueTask DisposeAsync();
}
