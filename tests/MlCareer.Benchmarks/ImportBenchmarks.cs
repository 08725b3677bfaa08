using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using MlCareer.Core.Common;
using MlCareer.Core.Projects;
using MlCareer.Web.Features.Import;

namespace MlCareer.Benchmarks;

/// <summary>
/// Importing 10,000 hour-log rows from CSV, on a real SQLite file in WAL mode: 50 phases of one project over
/// 200 ISO weeks, 3 h each (150 h a week). <c>ImportHours</c> is the whole confirmed import — the file read and
/// every row checked again inside the transaction, then 10,000 inserts in batches and the commit; before each
/// call the engineer's hours are deleted, so every call inserts them all. <c>PreviewHours</c> is the preview.
/// </summary>
[MemoryDiagnoser]
[WarmupCount(1)]
[IterationCount(5)]
public class ImportBenchmarks
{
    public const int Phases = 50;
    public const int Weeks = 200;
    public const string Project = "Import benchmark";

    private BenchmarkDatabase _database = null!;
    private byte[] _hours = [];

    [GlobalSetup]
    public void GlobalSetup() => SetUpAsync().GetAwaiter().GetResult();

    [GlobalCleanup]
    public void GlobalCleanup() => _database.DisposeAsync().AsTask().GetAwaiter().GetResult();

    [IterationSetup(Target = nameof(ImportHours))]
    public void DeleteHours() => _database.DeleteAllHoursAsync().GetAwaiter().GetResult();

    [Benchmark]
    public async Task<int> ImportHours()
    {
        var result = await _database.Imports.ImportAsync(ImportKind.Hours, _hours);
        return result.Value?.Rows == Phases * Weeks ? result.Value.Rows : throw new InvalidOperationException($"Import refused: {result.Error?.MessageKey}");
    }

    [Benchmark]
    public async Task<int> PreviewHours()
    {
        var preview = await _database.Imports.PreviewAsync(ImportKind.Hours, _hours);
        return preview.CanImport ? preview.Rows.Count : throw new InvalidOperationException($"Preview found {preview.ErrorCount} bad rows ({preview.FileError?.MessageKey}).");
    }

    /// <summary>The week the benchmark plan starts: the Monday after the fixed today.</summary>
    public static IsoWeek FirstWeek => IsoWeek.FromDate(DateOnly.FromDateTime(BenchmarkDatabase.Today.DateTime)).AddWeeks(1);

    /// <summary>The 10,000-row hours file, for the timed command-line run too.</summary>
    public static byte[] HoursFile()
    {
        var text = new StringBuilder("week,project,phase,hours,note\r\n");
        for (var w = 0; w < Weeks; w++)
        {
            for (var p = 1; p <= Phases; p++)
            {
                text.Append(CultureInfo.InvariantCulture, $"{FirstWeek.AddWeeks(w)},{Project},{p},3,\r\n");
            }
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    /// <summary>The plan the hours are logged on: 50 overlapping phases over the 200 weeks.</summary>
    public static byte[] PlanFile()
    {
        var text = new StringBuilder("project,phase,kind,start,end\r\n");
        var (start, end) = (FirstWeek.Monday, FirstWeek.AddWeeks(Weeks - 1).Sunday);
        for (var p = 1; p <= Phases; p++)
        {
            text.Append(CultureInfo.InvariantCulture, $"{Project},{p},{PhaseKinds.All[(p - 1) % PhaseKinds.All.Count]},{start:yyyy-MM-dd},{end:yyyy-MM-dd}\r\n");
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private async Task SetUpAsync()
    {
        _database = await BenchmarkDatabase.CreateAsync();
        var plan = await _database.Imports.ImportAsync(ImportKind.Plan, PlanFile(), 100);
        if (!plan.Succeeded)
        {
            throw new InvalidOperationException($"The benchmark plan was refused: {plan.Error!.MessageKey}");
        }

        _hours = HoursFile();
    }
}
