using System.Security.Claims;
using BenchmarkDotNet.Attributes;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Time.Testing;
using MlCareer.Core.Security;
using MlCareer.Data;
using MlCareer.Web;
using MlCareer.Web.Features;
using MlCareer.Web.Features.TeamWorkload;
using MlCareer.Web.Features.WorkloadRead;

namespace MlCareer.Benchmarks;

/// <summary>
/// The team page's data on the generated 1,000-engineer organisation in SQLite files: <see cref="TeamService.GetAsync"/>
/// called by a team lead as a circuit calls it (members' weeks over 8 weeks back and the 26-week horizon, every week
/// explained, windows, chances, projects, outcomes), alone and with the page's shaping (heatmap, hours by phase kind,
/// windows). One file puts 50 engineers and ten projects in the lead's team; the other puts all 1,000 engineers and
/// every project in it, the same data function over everyone.
/// </summary>
[MemoryDiagnoser]
public class TeamBenchmarks
{
    private const string LeadUserId = "bench-000001";

    private readonly Dictionary<int, (ServiceProvider Services, TeamService Service)> _teams = [];
    private string _folder = null!;
    private IStringLocalizer _localizer = null!;

    [Params(50, 1000)]
    public int Members { get; set; }

    [GlobalSetup]
    public void GlobalSetup() => SetUpAsync().GetAwaiter().GetResult();

    [GlobalCleanup]
    public void GlobalCleanup()
    {
        foreach (var (services, _) in _teams.Values)
        {
            services.Dispose();
        }

        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    /// <summary>The service's answer for the lead's team; returns the number of members computed.</summary>
    [Benchmark]
    public async Task<int> TeamData()
    {
        var view = (await _teams[Members].Service.GetAsync(TeamFilter.Default)).Value!;
        return view.Members.Count;
    }

    /// <summary>The service's answer and the shapes the page binds: heatmap cells with their words, hours by phase kind, windows.</summary>
    [Benchmark]
    public async Task<int> TeamDataAndShapes()
    {
        var view = (await _teams[Members].Service.GetAsync(TeamFilter.Default)).Value!;
        var heatmap = HeatmapData.Create(view, _localizer);
        var hours = PhaseHoursData.Create(view, _localizer);
        var windows = TeamWindowsData.Create(view);
        return heatmap.Rows.Count + hours.Weeks.Count + windows.Windows.Count;
    }

    private async Task SetUpAsync()
    {
        _folder = Directory.CreateTempSubdirectory("mlcareer-bench-team-").FullName;
        var organisation = OrganisationGenerator.Generate(SqliteLoadBenchmarks.Engineers);
        var source = Path.Combine(_folder, "organisation.db");
        await organisation.FillAsync(source);
        Console.WriteLine($"// {organisation.Describe()}");
        _localizer = new ServiceCollection().AddLogging().AddLocalization(o => o.ResourcesPath = "Resources").BuildServiceProvider()
            .GetRequiredService<IStringLocalizer<SharedResource>>();

        foreach (var size in new[] { 50, SqliteLoadBenchmarks.Engineers })
        {
            var path = Path.Combine(_folder, $"team-{size}.db");
            File.Copy(source, path);
            await using (var db = Organisation.CreateContext(path))
            {
                // Team 1 takes the first engineers and the projects of the teams they came from; engineer 1 leads it.
                var teams = (size + OrganisationGenerator.TeamSize - 1) / OrganisationGenerator.TeamSize;
                await db.Database.ExecuteSqlAsync($"UPDATE Engineers SET TeamId = 1 WHERE Id <= {size}");
                await db.Database.ExecuteSqlAsync($"UPDATE Projects SET TeamId = 1 WHERE TeamId <= {teams}");
                await db.Database.ExecuteSqlAsync($"INSERT INTO AspNetUserRoles (UserId, RoleId) VALUES ({LeadUserId}, {"role-" + Roles.TeamLead.ToLowerInvariant()})");
                var members = await db.Engineers.CountAsync(e => e.TeamId == 1);
                var projects = await db.Projects.CountAsync(p => p.TeamId == 1);
                Console.WriteLine($"// team of {members} engineers and {projects} projects");
            }

            SqliteConnection.ClearAllPools();
            _teams[size] = Build(path);
        }
    }

    /// <summary>The service as a circuit builds it for the lead: the app's context factory on the file, their claims, the generator's "today".</summary>
    private static (ServiceProvider, TeamService) Build(string path)
    {
        var services = new ServiceCollection()
            .AddLogging()
            .AddDbContextFactory<MlCareerDbContext>(o => DataServiceCollectionExtensions.Configure(o, DatabaseProvider.Sqlite, new SqliteConnectionStringBuilder { DataSource = path }.ToString()))
            .AddSingleton<TimeProvider>(new FakeTimeProvider(BenchmarkDatabase.Today))
            .AddSingleton<WorkloadReader>()
            .AddSingleton<AuthenticationStateProvider>(new FixedAuthenticationState(new ClaimsPrincipal(new ClaimsIdentity(
                [new(ClaimTypes.NameIdentifier, LeadUserId), new(ClaimTypes.Role, Roles.Engineer), new(ClaimTypes.Role, Roles.TeamLead)], "Benchmark"))))
            .BuildServiceProvider();
        var currentUser = ActivatorUtilities.CreateInstance<CurrentUser>(services);
        return (services, ActivatorUtilities.CreateInstance<TeamService>(services, currentUser));
    }

    private sealed class FixedAuthenticationState(ClaimsPrincipal principal) : AuthenticationStateProvider
    {
        public override Task<AuthenticationState> GetAuthenticationStateAsync() => Task.FromResult(new AuthenticationState(principal));
    }
}
