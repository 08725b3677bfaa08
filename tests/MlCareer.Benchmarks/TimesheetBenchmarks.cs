using BenchmarkDotNet.Attributes;
using MlCareer.Core.Common;
using MlCareer.Web.Features;
using MlCareer.Web.Features.Timesheet;

namespace MlCareer.Benchmarks;

/// <summary>
/// What one engineer's weekly timesheet costs on the server, on a real SQLite file in WAL mode:
/// loading a week of ten rows (the page's load), saving the ten rows as updates of logs stored earlier
/// (the common weekly case), and saving them as a first save that inserts ten new logs. Each figure
/// covers the whole service call: the caller's profile, the reads, the checks, the write in one
/// transaction and the reload of the stored week.
/// </summary>
[MemoryDiagnoser]
public class TimesheetBenchmarks
{
    private BenchmarkDatabase _database = null!;
    private TimesheetService _timesheet = null!;
    private IsoWeek _updateWeek;
    private IsoWeek _firstSaveWeek;
    private TimesheetWeek _stored = null!;
    private TimesheetInput _firstSave = null!;
    private int _round;

    [GlobalSetup]
    public void GlobalSetup() => SetUpAsync().GetAwaiter().GetResult();

    [GlobalCleanup]
    public void GlobalCleanup() => _database.DisposeAsync().AsTask().GetAwaiter().GetResult();

    /// <summary>GetWeekAsync for a week with ten stored logs, as the timesheet page loads it.</summary>
    [Benchmark]
    public async Task<TimesheetWeek> GetWeek() => Expect(await _timesheet.GetWeekAsync(_updateWeek), nameof(GetWeek));

    /// <summary>
    /// SaveWeekAsync of ten changed hours over ten stored logs, with the versions of the week as last
    /// stored (the week SaveWeekAsync returns is the one GetWeekAsync would load). The hours alternate
    /// between two values, so every call really updates all ten rows.
    /// </summary>
    [Benchmark]
    public async Task<TimesheetWeek> SaveWeek_Update()
    {
        _round++;
        var rows = _stored.Rows.Select(r => new TimesheetRowInput(r.PhaseId, Hours(r.PhaseId, _round), r.Note, r.Version)).ToList();
        _stored = Expect(await _timesheet.SaveWeekAsync(new TimesheetInput(_updateWeek, rows)), nameof(SaveWeek_Update));
        return _stored;
    }

    /// <summary>Before every first save, the week's logs are deleted, so each call inserts ten new logs.</summary>
    [IterationSetup(Target = nameof(SaveWeek_FirstSave))]
    public void ClearFirstSaveWeek() => _database.DeleteWeekAsync(_firstSaveWeek).GetAwaiter().GetResult();

    /// <summary>SaveWeekAsync of ten rows on a week with nothing logged yet: ten inserts.</summary>
    [Benchmark]
    public async Task<TimesheetWeek> SaveWeek_FirstSave()
    {
        var week = Expect(await _timesheet.SaveWeekAsync(_firstSave), nameof(SaveWeek_FirstSave));
        return week.Rows.All(r => r.Version is not null) ? week : throw new InvalidOperationException("The first save stored fewer than ten logs.");
    }

    private static double Hours(int phaseId, int round) => 1 + (phaseId % 4) + (round % 2 * 0.5);

    private static TimesheetWeek Expect(Result<TimesheetWeek> result, string benchmark) =>
        result.Value is { Rows.Count: BenchmarkDatabase.PhaseCount } week
            ? week
            : throw new InvalidOperationException($"{benchmark}: {result.Error?.MessageKey ?? "the week does not have ten rows"}.");

    private async Task SetUpAsync()
    {
        _database = await BenchmarkDatabase.CreateAsync();
        _timesheet = _database.Timesheet;
        _updateWeek = _timesheet.CurrentWeek();
        _firstSaveWeek = _updateWeek.AddWeeks(1);

        var empty = Expect(await _timesheet.GetWeekAsync(_updateWeek), "setup");
        Expect(await _timesheet.SaveWeekAsync(Input(_updateWeek, empty)), "setup");
        _stored = Expect(await _timesheet.GetWeekAsync(_updateWeek), "setup");
        if (_stored.Rows.Any(r => r.Version is null))
        {
            throw new InvalidOperationException("setup: the week to update has rows without a stored log.");
        }

        _firstSave = Input(_firstSaveWeek, Expect(await _timesheet.GetWeekAsync(_firstSaveWeek), "setup"));
    }

    /// <summary>Hours on every row of a loaded week, with the versions it showed (none, for an empty week).</summary>
    private static TimesheetInput Input(IsoWeek week, TimesheetWeek loaded) =>
        new(week, [.. loaded.Rows.Select(r => new TimesheetRowInput(r.PhaseId, Hours(r.PhaseId, 0), "Benchmark", r.Version))]);
}
