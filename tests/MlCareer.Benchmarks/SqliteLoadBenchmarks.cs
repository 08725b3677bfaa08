using BenchmarkDotNet.Attributes;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using MlCareer.Core.Common;
using MlCareer.Core.Workload;
using MlCareer.Data;
using MlCareer.Web.Features.Settings;
using MlCareer.Web.Features.WorkloadRead;

namespace MlCareer.Benchmarks;

/// <summary>
/// The generated 1,000-engineer organisation in a SQLite file (migrated, WAL): a new context reads the
/// rules and every engineer's plan through <see cref="WorkloadReader"/> (logs from 12 weeks back, as the
/// workload page loads them), and one calculator computes every engineer's weeks and windows.
/// </summary>
[MemoryDiagnoser]
public class SqliteLoadBenchmarks
{
    public const int Engineers = 1000;

    private string _folder = null!;
    private DbContextOptions<MlCareerDbContext> _options = null!;
    private IReadOnlyCollection<int> _ids = null!;
    private IsoWeek _currentWeek;
    private readonly SettingsCache _settings = new(TimeProvider.System);

    [GlobalSetup]
    public void GlobalSetup() => SetUpAsync().GetAwaiter().GetResult();

    [GlobalCleanup]
    public void GlobalCleanup()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    /// <summary>Open a context on the file, load rules and all 1,000 plans, compute every engineer; returns the windows found.</summary>
    [Benchmark]
    public async Task<int> LoadAndComputeAll()
    {
        await using var db = new MlCareerDbContext(_options);
        var rules = WorkloadRules.From(await _settings.GetAsync(db, CancellationToken.None));
        var plans = await Reader.TeamAsync(db, _ids, _currentWeek.AddWeeks(-EngineBenchmarks.PastWeeks), rules, CancellationToken.None);
        var calculator = plans.Horizon();
        var windows = 0;
        foreach (var plan in plans.All)
        {
            windows += calculator.Compute(plan).Windows.Count;
        }

        return windows;
    }

    private static WorkloadReader Reader { get; } = new(new FakeTimeProvider(BenchmarkDatabase.Today));

    private async Task SetUpAsync()
    {
        _folder = Directory.CreateTempSubdirectory("mlcareer-bench-").FullName;
        var path = Path.Combine(_folder, "mlcareer-1000.db");
        var organisation = OrganisationGenerator.Generate(Engineers);
        await organisation.FillAsync(path);
        Console.WriteLine($"// {organisation.Describe()}; file {new FileInfo(path).Length / 1024 / 1024} MiB");
        _options = Organisation.Options(path);
        _ids = organisation.EngineerIds;
        _currentWeek = organisation.CurrentWeek;

        // The file must give the engine what the generator gives it: same loads and windows for everyone.
        var calculator = WorkloadCalculator.ForHorizon(organisation.Rules, _currentWeek, EngineBenchmarks.PastWeeks);
        var expected = organisation.Plans(calculator.Weeks[0]).Select(calculator.Compute).ToDictionary(w => w.EngineerId);
        await using var db = new MlCareerDbContext(_options);
        var loaded = (await Reader.TeamAsync(db, _ids, calculator.Weeks[0], organisation.Rules, CancellationToken.None)).All;
        if (loaded.Count != Engineers)
        {
            throw new InvalidOperationException($"Loaded {loaded.Count} plans, expected {Engineers}.");
        }

        foreach (var actual in loaded.Select(calculator.Compute))
        {
            var wanted = expected[actual.EngineerId];
            if (actual.Windows.Count != wanted.Windows.Count
                || actual.Weeks.Zip(wanted.Weeks).Any(x => Math.Abs(x.First.LoadHours - x.Second.LoadHours) > 1e-6 || x.First.IsLow != x.Second.IsLow))
            {
                throw new InvalidOperationException($"Engineer {actual.EngineerId}: the file's plan differs from the generated one.");
            }
        }
    }
}
