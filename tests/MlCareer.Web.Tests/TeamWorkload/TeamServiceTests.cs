using MlCareer.Core.Projects;
using MlCareer.Web.Features;
using MlCareer.Web.Features.TeamWorkload;
using MlCareer.Web.Features.Workload;
using MlCareer.Web.Tests.Infrastructure;
using static MlCareer.Web.Tests.TeamWorkload.TeamSetup;

namespace MlCareer.Web.Tests.TeamWorkload;

/// <summary>The team page's service on the demo organisation, called as a crafted circuit call would call it.</summary>
public abstract class TeamServiceTests(AppFixture app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Get_Lead_OwnTeamWithEveryMemberOverEightWeeksBackAndTheHorizon()
    {
        await using var lin = await AsUser.SignInAsync(app.Factory, Lead);

        var result = await lin.Service<TeamService>().GetAsync(TeamFilter.Default, Ct);

        var view = Assert.IsType<TeamView>(result.Value);
        Assert.Equal("Vision & Forecasting", view.Team.Name);
        Assert.Equal(["Ana Souza", "Ben Okafor", "Chen Jing", "Demo Admin", "Dmitri Ivanov", "Emma Laurent", "Lin Wei"], view.Members.Select(m => m.Member.Name));
        Assert.True(view.Members.Single(m => m.Member.Name == "Lin Wei").Member.IsLead);
        Assert.Equal(MlCareerWebFactory.ThisWeek.AddWeeks(-TeamFilter.PastWeeks), view.Weeks[0]);
        Assert.Equal(TeamFilter.PastWeeks + view.Rules.HorizonWeeks, view.Weeks.Count);
        Assert.Equal(4, view.Projects.Count);
        Assert.Equal([view.Team], view.Choices);
    }

    [Fact]
    public async Task Get_LeadAskingForAnotherTeam_Forbidden()
    {
        var other = await TeamAsync(app.Factory, "Other");
        await using var lin = await AsUser.SignInAsync(app.Factory, Lead);

        var result = await lin.Service<TeamService>().GetAsync(TeamFilter.Default with { TeamId = other }, Ct);

        Assert.Equal(ErrorKind.Forbidden, result.Error!.Kind);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Get_Engineer_ForbiddenForTheirOwnTeamAndAnyOther(bool otherTeam)
    {
        var teamId = otherTeam ? await TeamAsync(app.Factory, "Crafted") : (int?)null;
        await using var ana = await AsUser.SignInAsync(app.Factory, Ana);

        var result = await ana.Service<TeamService>().GetAsync(TeamFilter.Default with { TeamId = teamId }, Ct);
        var choices = await ana.Service<TeamService>().GetChoicesAsync(Ct);

        Assert.Equal(ErrorKind.Forbidden, result.Error!.Kind);
        Assert.Null(result.Value);
        Assert.Empty(choices.Teams);
    }

    [Fact]
    public async Task Get_AdminWithoutATeam_PicksAnyTeamAndSeesItsPeople()
    {
        var other = await TeamAsync(app.Factory, "Picked");
        var (_, person) = await PersonAsync(app.Factory, other, "Engineer");
        await using var admin = await AsUser.SignInAsync(app.Factory, MlCareerWebFactory.AdminEmail);

        var first = await admin.Service<TeamService>().GetAsync(TeamFilter.Default, Ct);
        var picked = await admin.Service<TeamService>().GetAsync(TeamFilter.Default with { TeamId = other }, Ct);

        Assert.True(first.Succeeded);
        Assert.Equal(first.Value!.Choices[0], first.Value.Team);
        Assert.Contains(first.Value.Choices, c => c.Name == "Vision & Forecasting");
        Assert.Equal([person], picked.Value!.Members.Select(m => m.Member.EngineerId));
    }

    [Fact]
    public async Task Get_ProjectFilter_OnlyItsPeopleAndItsHours()
    {
        await using var lin = await AsUser.SignInAsync(app.Factory, Lead);
        var all = (await lin.Service<TeamService>().GetAsync(TeamFilter.Default, Ct)).Value!;
        var ocr = all.Projects.Single(p => p.Name == "Invoice document OCR");

        var view = (await lin.Service<TeamService>().GetAsync(TeamFilter.Default with { ProjectId = ocr.Id }, Ct)).Value!;
        var hours = PhaseHoursData.Create(view, Localizers.English);

        Assert.Equal(["Ana Souza", "Chen Jing", "Emma Laurent"], view.Members.Select(m => m.Member.Name));
        Assert.NotEmpty(view.Logged);
        Assert.All(view.Members, m => Assert.NotNull(m.PlannedPast));
        Assert.True(hours.Weeks.Where(w => w.IsPast).Sum(w => w.ByKind[PhaseKinds.Index(PhaseKind.DataCollection)]) > 0);
        Assert.False(hours.ShowsSide);
        Assert.Equal(ocr.Phases.Count, PhaseTimelineRows(view));
    }

    /// <summary>Invoice OCR's wrangling is planned from week +5 for six weeks: with both filters the chart has hours there and nowhere else.</summary>
    [Fact]
    public async Task Get_ProjectAndKindFilter_HoursOnlyInThatPhasesWeeks()
    {
        await using var lin = await AsUser.SignInAsync(app.Factory, Lead);
        var ocr = (await lin.Service<TeamService>().GetAsync(TeamFilter.Default, Ct)).Value!.Projects.Single(p => p.Name == "Invoice document OCR");

        var view = (await lin.Service<TeamService>().GetAsync(TeamFilter.Default with { ProjectId = ocr.Id, Kind = PhaseKind.DataWrangling }, Ct)).Value!;
        var hours = PhaseHoursData.Create(view, Localizers.English);

        var busy = hours.Weeks.Where(w => w.Total > 0).Select(w => MlCareerWebFactory.ThisWeek.WeeksUntil(w.Week)).ToList();
        Assert.Equal([5, 6, 7, 8, 9, 10], busy);
        Assert.Equal([PhaseKind.DataWrangling], hours.Kinds);
        Assert.Single(hours.Bars);
        Assert.All(hours.Weeks.Where(w => w.IsPast), w => Assert.Equal(0, w.PlannedHours));
        Assert.Equal([PhaseKind.DataWrangling], TeamWindowsData.TimelinePhases(view).Select(p => p.Kind));
    }

    private static int PhaseTimelineRows(TeamView view) => TeamWindowsData.TimelinePhases(view).Count;

    [Theory]
    [InlineData(0, -1, "Team.Filter.EndBeforeStart")]
    [InlineData(-60, 60, "Team.Filter.TooLong")]
    public async Task Get_BadRange_RefusedWithAMessage(int from, int to, string key)
    {
        await using var lin = await AsUser.SignInAsync(app.Factory, Lead);
        var week = MlCareerWebFactory.ThisWeek;

        var result = await lin.Service<TeamService>().GetAsync(TeamFilter.Default with { From = week.AddWeeks(from), To = week.AddWeeks(to) }, Ct);

        Assert.Equal((ErrorKind.Invalid, key), (result.Error!.Kind, result.Error.MessageKey));
    }

    [Fact]
    public async Task Get_AnotherTeamsProject_RefusedWithAMessage()
    {
        var other = await TeamAsync(app.Factory, "Projects elsewhere");
        var (_, person) = await PersonAsync(app.Factory, other, "Engineer");
        var project = await ProjectAsync(app.Factory, other, person);
        await using var lin = await AsUser.SignInAsync(app.Factory, Lead);

        var result = await lin.Service<TeamService>().GetAsync(TeamFilter.Default with { ProjectId = project }, Ct);

        Assert.Equal("Team.Filter.UnknownProject", result.Error!.MessageKey);
    }

    /// <summary>The cross-check: the team page's weeks of two engineers are My workload's weeks, figure for figure.</summary>
    [Theory]
    [InlineData(Ana)]
    [InlineData(Ben)]
    public async Task Get_TwoEngineers_SameWeeklyFiguresAndWindowsAsMyWorkload(string email)
    {
        await using var lin = await AsUser.SignInAsync(app.Factory, Lead);
        await using var engineer = await AsUser.SignInAsync(app.Factory, email);
        var id = await EngineerIdAsync(engineer);

        var team = (await lin.Service<TeamService>().GetAsync(TeamFilter.Default, Ct)).Value!;
        var mine = (await engineer.Service<WorkloadService>().GetMineAsync(Ct)).Value!;
        var heatmap = HeatmapData.Create(team, Localizers.English);

        var member = team.Members.Single(m => m.Member.EngineerId == id);
        var theirs = mine.Workload.Weeks.ToDictionary(w => w.Week);
        var row = heatmap.Rows.Single(r => r.Member.EngineerId == id);
        foreach (var (week, cell) in team.Weeks.Zip(row.Cells))
        {
            var shown = member.Workload.Weeks.Single(w => w.Week == week);
            Assert.Equal(theirs[week].LoadHours, shown.LoadHours, 9);
            Assert.Equal(theirs[week].HoursByKind, shown.HoursByKind);
            Assert.Equal(theirs[week].SideHours, shown.SideHours, 9);
            Assert.Equal(theirs[week].IsLow, shown.IsLow);
            Assert.Equal(theirs[week].LoadHours, cell.LoadHours, 9);
        }

        Assert.Equal(mine.Workload.Windows.Select(w => (w.Start, w.End, w.Weeks)), member.Workload.Windows.Select(w => (w.Start, w.End, w.Weeks)));
        Assert.NotEmpty(mine.Workload.Windows);
    }

    [Fact]
    public async Task Get_DemoTeam_AnaNextWindowHoldsATeamChance()
    {
        await using var lin = await AsUser.SignInAsync(app.Factory, Lead);

        var view = (await lin.Service<TeamService>().GetAsync(TeamFilter.Default, Ct)).Value!;

        var ana = view.Members.Single(m => m.Member.Name == "Ana Souza").Workload.Windows[0];
        Assert.Contains(view.Chances, c => c.People.Any(p => p.Name == "Ana Souza") && c.Start >= ana.Start && c.End <= ana.End);
        Assert.All(view.Chances, c => Assert.True(c.People.Count >= 2 && c.Weeks >= 2));
    }
}
