using Microsoft.EntityFrameworkCore;
using MlCareer.Core.Common;
using MlCareer.Core.Workload;
using MlCareer.Web.Features.Workload;
using MlCareer.Web.Features.WorkloadRead;
using MlCareer.Web.Tests.Infrastructure;

namespace MlCareer.Web.Tests.WorkloadRead;

/// <summary>
/// The workload's read side on the demo organisation (read only): one engineer, a team and the organisation, each
/// read in a fixed number of queries and computed to the same weeks and windows whichever way it was read.
/// </summary>
public abstract class WorkloadReaderTests(AppFixture app)
{
    private const string Ana = "ana@mlcareer.example";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static IsoWeek Current => MlCareerWebFactory.ThisWeek;

    [Fact]
    public async Task EngineerAsync_Ana_PastWeeksThenTheHorizonAsMyWorkloadShowsThem()
    {
        await using var ana = await AsUser.SignInAsync(app.Factory, Ana);
        await using var db = ana.Db();
        var id = await EngineerIdAsync(db, Ana);

        var read = await ana.Resolve<WorkloadReader>().EngineerAsync(db, id, WorkloadReader.PastWeeks, Ct);
        var mine = (await ana.Service<WorkloadService>().GetMineAsync(Ct)).Value!;

        Assert.Equal(Current.AddWeeks(-WorkloadReader.PastWeeks), read.Workload.Weeks[0].Week);
        Assert.Equal(WorkloadReader.PastWeeks + read.Rules.HorizonWeeks, read.Workload.Weeks.Count);
        Assert.Equal(mine.Workload.Weeks.Select(w => (w.Week, w.LoadHours)), read.Workload.Weeks.Select(w => (w.Week, w.LoadHours)));
        Assert.Equal(mine.Workload.Windows.Select(Shape), read.Workload.Windows.Select(Shape));
    }

    [Fact]
    public async Task EngineerAsync_NoPastWeeks_StartsThisWeekWithTheSameWindows()
    {
        await using var ana = await AsUser.SignInAsync(app.Factory, Ana);
        await using var db = ana.Db();
        var id = await EngineerIdAsync(db, Ana);
        var reader = ana.Resolve<WorkloadReader>();

        var ahead = await reader.EngineerAsync(db, id, 0, Ct);
        var withPast = await reader.EngineerAsync(db, id, WorkloadReader.PastWeeks, Ct);

        Assert.Equal(Current, ahead.Workload.Weeks[0].Week);
        Assert.Equal(ahead.Rules.HorizonWeeks, ahead.Workload.Weeks.Count);
        Assert.NotEmpty(ahead.Workload.Windows);
        Assert.Equal(withPast.Workload.Windows.Select(Shape), ahead.Workload.Windows.Select(Shape));
    }

    [Fact]
    public async Task TeamAsync_AnasTeam_OnePlanPerMemberComputedAsEachAlone()
    {
        await using var ana = await AsUser.SignInAsync(app.Factory, Ana);
        await using var db = ana.Db();
        var team = await TeamOfAsync(db, Ana);
        var reader = ana.Resolve<WorkloadReader>();

        var plans = await reader.TeamAsync(db, team, Current.AddWeeks(-4), Ct);

        Assert.True(team.Count > 1);
        Assert.Equal(team.Order(), plans.All.Select(p => p.EngineerId).Order());
        Assert.Equal((Current.AddWeeks(-4), Current), (plans.From, plans.CurrentWeek));
        var horizon = plans.Horizon();
        foreach (var id in team)
        {
            var alone = await reader.EngineerAsync(db, id, 4, Ct);
            var computed = horizon.Compute(plans.Of(id));
            Assert.Equal(alone.Workload.Weeks.Select(w => (w.Week, w.LoadHours)), computed.Weeks.Select(w => (w.Week, w.LoadHours)));
            Assert.Equal(alone.Workload.Windows.Select(Shape), computed.Windows.Select(Shape));
        }
    }

    [Fact]
    public async Task TeamAsync_Calculators_FromTheFirstWeekReadThroughTheLongerOfTheRangeAndTheHorizon()
    {
        await using var ana = await AsUser.SignInAsync(app.Factory, Ana);
        await using var db = ana.Db();
        var reader = ana.Resolve<WorkloadReader>();
        var team = await TeamOfAsync(db, Ana);

        var past = await reader.TeamAsync(db, team, Current.AddWeeks(-4), Ct);
        var ahead = await reader.TeamAsync(db, team, Current.AddWeeks(3), Ct);
        var horizonEnd = Current.AddWeeks(past.Rules.HorizonWeeks - 1);

        Assert.Equal((Current.AddWeeks(-4), Current.AddWeeks(-1)), (past.Past()!.Weeks[0], past.Past()!.Weeks[^1]));
        Assert.Equal(horizonEnd, past.Through(Current).Weeks[^1]);
        Assert.Equal(horizonEnd.AddWeeks(10), past.Through(horizonEnd.AddWeeks(10)).Weeks[^1]);
        Assert.Equal(Current.AddWeeks(-4), past.Through(Current).Weeks[0]);
        Assert.Equal(Current, ahead.From);
        Assert.Null(ahead.Past());
        Assert.Equal(Current, ahead.Horizon().Weeks[0]);
    }

    [Fact]
    public async Task OrganisationAsync_EveryEngineer_AsManyPlanQueriesAsForOne()
    {
        await using var ana = await AsUser.SignInAsync(app.Factory, Ana);
        await using var db = ana.Db();
        var reader = ana.Resolve<WorkloadReader>();
        var rules = await WorkloadReader.RulesAsync(db, Ct);
        var everyone = await db.Engineers.AsNoTracking().Select(e => e.Id).ToListAsync(Ct);

        app.Factory.Queries.Clear();
        var one = await reader.TeamAsync(db, [everyone[0]], null, rules, Ct);
        var forOne = app.Factory.Queries.Commands.Count;
        app.Factory.Queries.Clear();
        var all = await reader.TeamAsync(db, everyone, null, rules, Ct);
        var forAll = app.Factory.Queries.Commands.Count;
        var organisation = await reader.OrganisationAsync(db, Current.AddWeeks(-2), Ct);

        Assert.Single(one.All);
        Assert.Equal(everyone.Count, all.All.Count);
        Assert.Equal(forOne, forAll);
        Assert.Equal(everyone.Order(), organisation.All.Select(p => p.EngineerId).Order());
        Assert.Equal(Current.AddWeeks(-2), organisation.From);
        Assert.Equal(
            all.All.Select(p => (p.EngineerId, all.Horizon().Compute(p).Windows.Count)).Order(),
            organisation.All.Select(p => (p.EngineerId, organisation.Horizon().Compute(p).Windows.Count)).Order());
    }

    private static (IsoWeek Start, IsoWeek End, double Free) Shape(LowWindow w) => (w.Start, w.End, Math.Round(w.AverageFreeHours, 6));

    private static async Task<int> EngineerIdAsync(Data.MlCareerDbContext db, string email) =>
        await db.Engineers.Join(db.Users.Where(u => u.Email == email), e => e.UserId, u => u.Id, (e, _) => e.Id).SingleAsync(Ct);

    private static async Task<IReadOnlyList<int>> TeamOfAsync(Data.MlCareerDbContext db, string email)
    {
        var teamId = await db.Engineers.Join(db.Users.Where(u => u.Email == email), e => e.UserId, u => u.Id, (e, _) => e.TeamId).SingleAsync(Ct);
        return await db.Engineers.Where(e => e.TeamId == teamId).Select(e => e.Id).ToListAsync(Ct);
    }
}
