using MlCareer.Core.Projects;
using MlCareer.Web.Features.Workload;
using MlCareer.Web.Features.WorkloadRead;
using MlCareer.Web.Tests.Infrastructure;

namespace MlCareer.Web.Tests.Features;

/// <summary>The workload service on the real app's SQLite database with the demo organisation (read only).</summary>
public abstract class WorkloadServiceTests(AppFixture app)
{
    [Fact]
    public async Task GetMine_Ana_NextWindowStartsNextWeekForThreeWeeksFromTheTrainingRunAndLabeling()
    {
        await using var user = await AsUser.SignInAsync(app.Factory, "ana@mlcareer.example");
        var service = user.Service<WorkloadService>();

        var result = await service.GetMineAsync(TestContext.Current.CancellationToken);

        Assert.True(result.Succeeded);
        var mine = result.Value!;
        var window = Assert.IsType<Core.Workload.LowWindow>(mine.NextWindow);
        Assert.Equal(mine.CurrentWeek.AddWeeks(1), window.Start);
        Assert.Equal(3, window.Weeks);
        Assert.Contains(window.Causes, c => c is { Kind: PhaseKind.ModelDevelopment, PeriodLabel: "Training run" });
        Assert.Contains(window.Causes, c => c.Kind == PhaseKind.DataLabeling);
        Assert.Equal(WorkloadReader.PastWeeks + mine.Rules.HorizonWeeks, mine.Workload.Weeks.Count);
    }
}
