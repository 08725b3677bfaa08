using Microsoft.AspNetCore.Mvc.Testing;
using MlCareer.Web.Features.Import;
using MlCareer.Web.Features.Workload;
using MlCareer.Web.Tests.Infrastructure;
using static MlCareer.Web.Tests.Import.ImportFiles;

namespace MlCareer.Web.Tests.DataOut;

/// <summary>
/// A plan with a finished phase, a started one, a tentative one with a training run, and weeks of logged hours:
/// exported from one organisation and imported into an empty one, it gives the same weeks and windows.
/// </summary>
public abstract class RoundTripTests(AppFixture app)
{
    private const string Project = "Churn model v2";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ExportThenImportIntoAnEmptyOrganisation_SameWorkloadAndWindows()
    {
        var email = $"{Guid.NewGuid():N}@people.example";
        await People.EngineerInNewTeamAsync(app.Factory, MlCareerWebFactory.AdminEmail, "Round trip source", "Rita Round", email: email);
        await ImportAsync(app.Factory, email, ImportKind.Plan, Utf8(SourcePlan()));
        await ImportAsync(app.Factory, email, ImportKind.Hours, Utf8(SourceHours()));
        var before = await WorkloadAsync(app.Factory, email);
        var (plan, hours) = await ExportAsync(app.Factory, email);

        await using var empty = new ConfiguredWebFactory(app.Factory.Provider, ("Demo:Enabled", "false"));
        await People.EngineerInNewTeamAsync(empty, MlCareerWebFactory.AdminEmail, "Round trip target", "Rita Round", email: email);
        await ImportAsync(empty, email, ImportKind.Plan, plan);
        await ImportAsync(empty, email, ImportKind.Hours, hours);
        var after = await WorkloadAsync(empty, email);

        Assert.NotEmpty(before.Windows);
        Assert.Equal(8, before.LoggedWeeks);
        Assert.Equal(before.Weeks, after.Weeks);
        Assert.Equal(before.Windows, after.Windows);
    }

    private static string[] SourcePlan() =>
    [
        PlanHeader,
        $"{Project},1,DataCollection,,{Day(-8)},{Day(-5, 6)},,false,{Day(-8)},{Day(-5, 4)},Done early",
        $"{Project},2,DataWrangling,,{Day(-4)},{Day(2, 6)},,false,{Day(-4)},,",
        $"{Project},3,ModelDevelopment,,{Day(3)},{Day(10, 6)},,true,,,",
        $"{Project},4,Deployment,,{Day(11)},{Day(16, 6)},30,false,,,",
        $"{Project},3,,Training run,{Day(5)},{Day(6, 6)},15,,,,",
    ];

    private static string[] SourceHours() =>
    [
        "week,project,phase,hours,note",
        .. Enumerable.Range(-8, 4).Select(w => $"{Week(w)},{Project},1,{6 + w + 8},Collecting"),
        .. Enumerable.Range(-4, 4).Select(w => $"{Week(w)},{Project},2,{20 - w},"),
    ];

    private static async Task ImportAsync(MlCareerWebFactory factory, string email, ImportKind kind, byte[] file)
    {
        await using var user = await AsUser.SignInAsync(factory, email);
        var result = await user.Service<ImportService>().ImportAsync(kind, file, 60, cancellationToken: Ct);
        Assert.True(result.Succeeded, result.Error?.MessageKey);
    }

    private static async Task<(byte[] Plan, byte[] Hours)> ExportAsync(MlCareerWebFactory factory, string email)
    {
        int projectId;
        await using (var user = await AsUser.SignInAsync(factory, email))
        await using (var db = user.Db())
        {
            projectId = db.Projects.Single(p => p.Name == Project && db.Assignments.Any(a => a.ProjectId == p.Id && db.Engineers.Any(e => e.Id == a.EngineerId && e.UserId == user.UserId))).Id;
        }

        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await SignIn.PostAsync(client, email, People.Password);
        return (await client.GetByteArrayAsync($"/export/projects/{projectId}/plan.csv", Ct),
            await client.GetByteArrayAsync($"/export/hours.csv?from={Week(-20)}&to={Week(20)}", Ct));
    }

    private static async Task<(IReadOnlyList<object> Weeks, IReadOnlyList<object> Windows, int LoggedWeeks)> WorkloadAsync(MlCareerWebFactory factory, string email)
    {
        await using var user = await AsUser.SignInAsync(factory, email);
        var mine = (await user.Service<WorkloadService>().GetMineAsync(Ct)).Value!.Workload;
        return ([.. mine.Weeks.Select(w => (object)(w.Week, Math.Round(w.LoadHours, 6), Math.Round(w.PlannedHours, 6), w.LoggedHours, w.IsLow, string.Join('/', w.HoursByKind.Select(h => Math.Round(h, 6)))))],
            [.. mine.Windows.Select(w => (object)(w.Start, w.End, Math.Round(w.MinFreeHours, 6), Math.Round(w.AverageFreeHours, 6), w.Confidence,
                string.Join("; ", w.Causes.Select(c => $"{c.ProjectName}/{c.Kind}/{c.PeriodLabel}/{Math.Round(c.Hours, 6)}"))))],
            mine.Weeks.Count(w => w.LoggedHours is > 0));
    }
}
