using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MlCareer.Core.Common;
using MlCareer.Data;
using MlCareer.LoadWriter;
using MlCareer.Web.Tests.Infrastructure;

namespace MlCareer.Web.Tests.Reliability;

/// <summary>
/// Eight engineers save 500 hour logs each at the same time through the timesheet service, one save per
/// log as the circuit makes it. Every save must be confirmed — no "database is locked" or other error may
/// reach a person — and exactly 4,000 rows must be stored.
/// </summary>
public abstract class TimesheetLoadTests(AppFixture app)
{
    private const int Writers = 8;
    private const int Projects = 5;
    private const int Weeks = 100;

    [Fact]
    public async Task SaveWeek_EightWritersInParallel_StoresEveryLogAndNoErrorReachesAUser()
    {
        var ct = TestContext.Current.CancellationToken;
        var services = app.Factory.Services;
        var engineers = await LoadOrganisation.EnsureAsync(services, Writers, Projects, Weeks, new IsoWeek(2030, 1), ct);

        var clock = Stopwatch.StartNew();
        var results = await Task.WhenAll(engineers.Select(e => Task.Run(() => TimesheetLoad.WriteAsync(services, e, e.Slots, cancellationToken: ct), ct)));
        clock.Stop();

        Assert.Equal(Writers, engineers.Count);
        Assert.Empty(results.SelectMany(r => r.Errors));
        Assert.All(results, r => Assert.Equal(Projects * Weeks, r.Saved));
        await using var db = await services.GetRequiredService<IDbContextFactory<MlCareerDbContext>>().CreateDbContextAsync(ct);
        var ids = engineers.Select(e => e.EngineerId).ToList();
        var rows = await db.HourLogs.CountAsync(l => ids.Contains(l.EngineerId), ct);
        Assert.Equal(4000, rows);
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"{app.Factory.Provider}: {results.Sum(r => r.Saved)} saves, {results.Sum(r => r.Errors.Count)} errors, {rows} rows, {clock.Elapsed.TotalSeconds:F1} s");
    }
}
