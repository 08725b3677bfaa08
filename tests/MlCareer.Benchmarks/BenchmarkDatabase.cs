using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MlCareer.Core.Common;
using MlCareer.Core.Involvement;
using MlCareer.Core.Projects;
using MlCareer.Core.Security;
using MlCareer.Core.Teams;
using MlCareer.Data;
using MlCareer.Data.Interceptors;
using MlCareer.Data.Seeding;
using MlCareer.Web.Features;
using MlCareer.Web.Features.Import;
using MlCareer.Web.Features.Settings;
using MlCareer.Web.Features.Timesheet;

namespace MlCareer.Benchmarks;

/// <summary>
/// A real SQLite file in its own temp folder, prepared as the app prepares its database at start:
/// migrated with the SQLite migrations, switched to WAL, roles and default settings seeded. It holds
/// one team, one engineer (created through Identity, as an admin would) and one project of
/// <see cref="PhaseCount"/> phases, all active around <see cref="Today"/>, with the engineer assigned.
/// </summary>
public sealed class BenchmarkDatabase : IAsyncDisposable
{
    public const int PhaseCount = 10;

    private const string Email = "engineer@mlcareer.benchmark";

    private readonly string _folder;
    private readonly ServiceProvider _services;
    private readonly int _engineerId;

    private BenchmarkDatabase(string folder, ServiceProvider services, int engineerId, TimesheetService timesheet, ImportService imports)
    {
        _folder = folder;
        _services = services;
        _engineerId = engineerId;
        Timesheet = timesheet;
        Imports = imports;
    }

    /// <summary>The fixed "today" of every run: a Wednesday.</summary>
    public static DateTimeOffset Today { get; } = new(2026, 3, 11, 9, 0, 0, TimeSpan.Zero);

    /// <summary>The timesheet service as a circuit builds it for the signed-in engineer.</summary>
    public TimesheetService Timesheet { get; }

    /// <summary>The CSV import service as a circuit builds it for the signed-in engineer.</summary>
    public ImportService Imports { get; }

    public static async Task<BenchmarkDatabase> CreateAsync(CancellationToken cancellationToken = default)
    {
        var folder = Directory.CreateTempSubdirectory("mlcareer-bench-").FullName;
        var connectionString = new SqliteConnectionStringBuilder { DataSource = Path.Combine(folder, "mlcareer.db") }.ToString();
        var time = new FakeTimeProvider(Today);
        var services = BuildServices(connectionString, time);

        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MlCareerDbContext>();
        await db.Database.MigrateAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);

        var identity = scope.ServiceProvider.GetRequiredService<IdentitySeeder>();
        await identity.SeedRolesAsync();
        db.PlanningSettings.Add(PlanningSettings.CreateDefault());
        var team = new Team { Name = "Benchmark team" };
        db.Teams.Add(team);
        await db.SaveChangesAsync(cancellationToken);

        var user = await identity.CreateUserAsync(Email, "Bench Engineer", IdentitySeeder.GeneratePassword(), [Roles.Engineer], team.Id, cancellationToken);
        var engineerId = await db.Engineers.Where(e => e.UserId == user.Id).Select(e => e.Id).SingleAsync(cancellationToken);
        db.Projects.Add(BuildProject(team.Id, engineerId));
        await db.SaveChangesAsync(cancellationToken);

        var currentUser = await SignInAsync(scope.ServiceProvider, user);
        var contexts = services.GetRequiredService<IDbContextFactory<MlCareerDbContext>>();
        return new BenchmarkDatabase(folder, services, engineerId, new TimesheetService(contexts, currentUser, time), new ImportService(contexts, currentUser, time));
    }

    /// <summary>Removes the engineer's hours of one week, so the next save of it is a first save.</summary>
    public async Task DeleteWeekAsync(IsoWeek week, CancellationToken cancellationToken = default)
    {
        var contexts = _services.GetRequiredService<IDbContextFactory<MlCareerDbContext>>();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.HourLogs.Where(l => l.EngineerId == _engineerId && l.Week == week).ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>Removes every hour the engineer logged, so the next import inserts all its rows.</summary>
    public async Task DeleteAllHoursAsync(CancellationToken cancellationToken = default)
    {
        var contexts = _services.GetRequiredService<IDbContextFactory<MlCareerDbContext>>();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.HourLogs.Where(l => l.EngineerId == _engineerId).ExecuteDeleteAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    /// <summary>The registrations the app makes for its data layer on SQLite, without the web host.</summary>
    internal static ServiceProvider BuildServices(string connectionString, TimeProvider time)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(time);
        services.AddSingleton<VersionStampInterceptor>();
        services.AddSingleton<DataVersion>();
        services.AddSingleton<DataVersionInterceptor>();
        services.AddDbContextFactory<MlCareerDbContext>((provider, db) =>
        {
            DataServiceCollectionExtensions.Configure(db, DatabaseProvider.Sqlite, connectionString);
            db.AddInterceptors(provider.GetRequiredService<VersionStampInterceptor>(), provider.GetRequiredService<DataVersionInterceptor>());
        });
        services.AddIdentityCore<AppUser>(o => o.Password.RequiredLength = 12)
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<MlCareerDbContext>();
        services.AddScoped<IdentitySeeder>();
        services.AddSingleton<AccountDirectory>();
        services.AddSingleton<SettingsCache>();
        return services.BuildServiceProvider();
    }

    /// <summary>Ten phases of one project, each planned from four weeks before today to four weeks after.</summary>
    private static Project BuildProject(int teamId, int engineerId)
    {
        var thisWeek = IsoWeek.FromDate(DateOnly.FromDateTime(Today.DateTime));
        var today = DateOnly.FromDateTime(Today.DateTime);
        var project = new Project { TeamId = teamId, Name = "Benchmark project" };
        RuleViolationException.ThrowIf(project.TrySetStatus(ProjectStatus.Active) ?? project.TrySetStartDate(thisWeek.AddWeeks(-4).Monday));
        var kinds = PhaseKinds.All;
        for (var i = 0; i < PhaseCount; i++)
        {
            var phase = new Phase { Kind = kinds[i % kinds.Count] };
            phase.Plan(thisWeek.AddWeeks(-4).Monday, thisWeek.AddWeeks(4).Sunday);
            RuleViolationException.ThrowIf(phase.TryStart(today));
            project.AddPhase(phase);
        }

        project.Assignments.Add(new Assignment { EngineerId = engineerId, Allocation = new Share(1) });
        return project;
    }

    /// <summary>The caller as the circuit sees them after sign-in: the claims of their cookie, checked against the database on each call.</summary>
    internal static async Task<CurrentUser> SignInAsync(IServiceProvider services, AppUser user)
    {
        var principal = await services.GetRequiredService<IUserClaimsPrincipalFactory<AppUser>>().CreateAsync(user);
        return new CurrentUser(new FixedAuthenticationState(principal), services.GetRequiredService<AccountDirectory>());
    }

    private sealed class FixedAuthenticationState(ClaimsPrincipal principal) : AuthenticationStateProvider
    {
        public override Task<AuthenticationState> GetAuthenticationStateAsync() => Task.FromResult(new AuthenticationState(principal));
    }
}
