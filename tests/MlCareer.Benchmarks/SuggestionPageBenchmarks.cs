using BenchmarkDotNet.Attributes;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MlCareer.Core.Involvement;
using MlCareer.Data;
using MlCareer.Data.Interceptors;
using MlCareer.Data.Seeding;
using MlCareer.Web.Features.Activities;
using MlCareer.Web.Features.Notifications;
using MlCareer.Web.Features.Suggestions;
using MlCareer.Web.Features.WorkloadRead;

namespace MlCareer.Benchmarks;

/// <summary>
/// The server time of one visit to each side-activity view, for the demo engineer Ana on the demo
/// organisation (one team of seven, four projects, the nine catalog activities), on a real SQLite file in
/// WAL mode: the suggestions page's one call (her plan as far as the longest commitment, her teammates'
/// windows, the engine), the bell, and My activities (the same reads, slip warnings and growth summary).
/// </summary>
[MemoryDiagnoser]
public class SuggestionPageBenchmarks
{
    private string _folder = null!;
    private ServiceProvider _services = null!;
    private SuggestionService _suggestions = null!;
    private NotificationService _notifications = null!;
    private ActivityService _activities = null!;

    /// <summary>Where the services share suggestion contexts; emptied before each visit but the held bell's, so each one reads the database.</summary>
    private SuggestionContexts _held = null!;

    [GlobalSetup]
    public void GlobalSetup() => SetUpAsync().GetAwaiter().GetResult();

    [GlobalCleanup]
    public void GlobalCleanup()
    {
        _services.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Benchmark]
    public async Task<int> SuggestionsPage() => (await Fresh(_suggestions).GetAsync()).Value?.Windows.Count ?? throw new InvalidOperationException("No suggestions.");

    [Benchmark]
    public async Task<int> Bell() => (await Fresh(_notifications).GetAsync()).Value?.Items.Count ?? throw new InvalidOperationException("No notices.");

    /// <summary>The bell on a visit after another with no write between them: the context is held.</summary>
    [Benchmark]
    public async Task<int> BellHeld() => (await _notifications.GetAsync()).Value?.Items.Count ?? throw new InvalidOperationException("No notices.");

    [Benchmark]
    public async Task<int> MyActivities() => (await Fresh(_activities).GetAsync()).Value?.Engagements.Count ?? throw new InvalidOperationException("No activities.");

    private async Task SetUpAsync()
    {
        _folder = Directory.CreateTempSubdirectory("mlcareer-bench-").FullName;
        var connectionString = new SqliteConnectionStringBuilder { DataSource = Path.Combine(_folder, "mlcareer.db") }.ToString();
        var time = new FakeTimeProvider(BenchmarkDatabase.Today);
        _services = BenchmarkDatabase.BuildServices(connectionString, time);
        await using var scope = _services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MlCareerDbContext>();
        await db.Database.MigrateAsync();
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
        var identity = scope.ServiceProvider.GetRequiredService<IdentitySeeder>();
        await identity.SeedRolesAsync();
        db.PlanningSettings.Add(PlanningSettings.CreateDefault());
        await db.SaveChangesAsync();
        await CatalogSeeder.SeedAsync(db, CancellationToken.None);
        await new DemoSeeder(db, identity).SeedAsync(DateOnly.FromDateTime(BenchmarkDatabase.Today.DateTime), CancellationToken.None);

        var ana = await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync("ana@mlcareer.example")
            ?? throw new InvalidOperationException("The demo has no Ana.");
        var currentUser = await BenchmarkDatabase.SignInAsync(scope.ServiceProvider, ana);
        var contexts = _services.GetRequiredService<IDbContextFactory<MlCareerDbContext>>();
        var loader = new SuggestionContextLoader(new WorkloadReader(time));
        _held = new SuggestionContexts(_services.GetRequiredService<DataVersion>(), time, loader);
        _suggestions = new SuggestionService(contexts, currentUser, time, _held, loader);
        _notifications = new NotificationService(contexts, currentUser, time, _held);
        _activities = new ActivityService(contexts, currentUser, time, _held);
    }

    private T Fresh<T>(T service)
    {
        _held.Forget();
        return service;
    }
}
