using Microsoft.EntityFrameworkCore;
using MlCareer.Core.Common;
using MlCareer.Web.Features;
using MlCareer.Web.Features.Preferences;
using MlCareer.Web.Features.TeamWorkload;
using MlCareer.Web.Features.Timesheet;
using MlCareer.Web.Features.Workload;
using MlCareer.Web.Tests.Infrastructure;
using static MlCareer.Web.Tests.TeamWorkload.TeamSetup;

namespace MlCareer.Web.Tests.TeamWorkload;

/// <summary>A member's workload, the lead's home summary and the project page's links, as crafted circuit calls see them.</summary>
public abstract class TeamMemberServiceTests(AppFixture app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task GetMember_LeadOfTheirTeam_SameWeeksAndWindowsAsTheirMyWorkload()
    {
        await using var lin = await AsUser.SignInAsync(app.Factory, Lead);
        await using var ana = await AsUser.SignInAsync(app.Factory, Ana);

        var member = await lin.Service<TeamMemberService>().GetMemberAsync(await EngineerIdAsync(ana), Ct);
        var mine = (await ana.Service<WorkloadService>().GetMineAsync(Ct)).Value!;

        Assert.Equal("Ana Souza", member.Value!.Name);
        Assert.Equal(mine.Workload.Weeks.Select(w => (w.Week, w.LoadHours)), member.Value.Workload.Workload.Weeks.Select(w => (w.Week, w.LoadHours)));
        Assert.Equal(mine.Workload.Windows.Select(Shape), member.Value.Workload.Workload.Windows.Select(Shape));
    }

    [Fact]
    public async Task GetMember_AdminAnyone_LeadOfAnotherTeamAndEngineersNobody()
    {
        var other = await TeamAsync(app.Factory, "Elsewhere");
        var (otherLead, _) = await PersonAsync(app.Factory, other, "Engineer", "TeamLead");
        var ana = await EngineerIdAsync(app.Factory, Ana);
        var ben = await EngineerIdAsync(app.Factory, Ben);
        await using var admin = await AsUser.SignInAsync(app.Factory, MlCareerWebFactory.AdminEmail);
        await using var stranger = await AsUser.SignInAsync(app.Factory, otherLead);
        await using var engineer = await AsUser.SignInAsync(app.Factory, Ana);

        var byAdmin = await admin.Service<TeamMemberService>().GetMemberAsync(ana, Ct);
        var byOtherLead = await stranger.Service<TeamMemberService>().GetMemberAsync(ana, Ct);
        var byEngineer = await engineer.Service<TeamMemberService>().GetMemberAsync(ben, Ct);
        var ownByEngineer = await engineer.Service<TeamMemberService>().GetMemberAsync(ana, Ct);
        var missing = await admin.Service<TeamMemberService>().GetMemberAsync(int.MaxValue, Ct);

        Assert.True(byAdmin.Succeeded);
        Assert.Equal(ErrorKind.Forbidden, byOtherLead.Error!.Kind);
        Assert.Equal(ErrorKind.Forbidden, byEngineer.Error!.Kind);
        Assert.Equal(ErrorKind.Forbidden, ownByEngineer.Error!.Kind);
        Assert.Equal(ErrorKind.NotFound, missing.Error!.Kind);
    }

    [Fact]
    public async Task GetSummary_Lead_OverCapacityWeeksAsTheMembersOwnWorkloadsSayAndTheNextSharedWindow()
    {
        await using var lin = await AsUser.SignInAsync(app.Factory, Lead);
        var team = (await lin.Service<TeamService>().GetAsync(TeamFilter.Default, Ct)).Value!;
        var week = MlCareerWebFactory.ThisWeek;

        var summary = (await lin.Service<TeamMemberService>().GetSummaryAsync(Ct)).Value!;

        Assert.Equal("Vision & Forecasting", summary.Team.Name);
        Assert.Equal(Over(team, week), summary.OverThisWeek.Select(o => o.Member.Name));
        Assert.Equal(Over(team, week.AddWeeks(1)), summary.OverNextWeek.Select(o => o.Member.Name));
        Assert.Equal(team.Chances.Where(c => c.End >= week).Select(c => (c.Start, c.End)).First(), (summary.NextShared!.Start, summary.NextShared.End));
    }

    [Theory]
    [InlineData(Ana)]
    [InlineData(MlCareerWebFactory.AdminEmail)]
    public async Task GetSummary_NotALead_Forbidden(string email)
    {
        await using var user = await AsUser.SignInAsync(app.Factory, email);

        var summary = await user.Service<TeamMemberService>().GetSummaryAsync(Ct);

        Assert.Equal(ErrorKind.Forbidden, summary.Error!.Kind);
    }

    [Fact]
    public async Task GetReadable_LeadTheirTeamOnly_EngineerNone()
    {
        var other = await TeamAsync(app.Factory, "Readable");
        var (_, outsider) = await PersonAsync(app.Factory, other, "Engineer");
        var ana = await EngineerIdAsync(app.Factory, Ana);
        await using var lin = await AsUser.SignInAsync(app.Factory, Lead);
        await using var ben = await AsUser.SignInAsync(app.Factory, Ben);

        var forLead = await lin.Service<TeamMemberService>().GetReadableAsync([ana, outsider], Ct);
        var forEngineer = await ben.Service<TeamMemberService>().GetReadableAsync([ana, outsider], Ct);

        Assert.Equal([ana], forLead);
        Assert.Empty(forEngineer);
    }

    /// <summary>A lead sending a member's phase and log version still cannot touch the member's hours: the timesheet is the caller's only.</summary>
    [Fact]
    public async Task Timesheet_LeadSavingAMembersLoggedRow_ForbiddenAndTheMembersHoursUnchanged()
    {
        await using var lin = await AsUser.SignInAsync(app.Factory, Lead);
        await using var ana = await AsUser.SignInAsync(app.Factory, Ana);
        var week = MlCareerWebFactory.ThisWeek.AddWeeks(-1);
        var row = (await ana.Service<TimesheetService>().GetWeekAsync(week, Ct)).Value!.Rows.First(r => r.ProjectName == "Invoice document OCR" && r.Version is not null);

        var result = await lin.Service<TimesheetService>().SaveWeekAsync(new TimesheetInput(week, [new TimesheetRowInput(row.PhaseId, 1, "by the lead", row.Version)]), Ct);

        Assert.Equal(ErrorKind.Forbidden, result.Error!.Kind);
        var after = (await ana.Service<TimesheetService>().GetWeekAsync(week, Ct)).Value!.Rows.Single(r => r.PhaseId == row.PhaseId);
        Assert.Equal((row.Hours, row.Note, row.Version), (after.Hours, after.Note, after.Version));
    }

    [Fact]
    public async Task Preferences_LeadChangingTheirTheme_LeavesTheMembersAlone()
    {
        await using var lin = await AsUser.SignInAsync(app.Factory, Lead);
        await using var ana = await AsUser.SignInAsync(app.Factory, Ana);
        var before = await ana.Service<PreferencesService>().GetDarkModeAsync(Ct);

        Assert.True((await lin.Service<PreferencesService>().SetDarkModeAsync(before != true, Ct)).Succeeded);

        Assert.Equal(before, await ana.Service<PreferencesService>().GetDarkModeAsync(Ct));
        await using var db = ana.Db();
        Assert.Equal(before, await db.Users.Where(u => u.Id == ana.UserId).Select(u => u.PrefersDarkMode).SingleAsync(Ct));
    }

    /// <summary>The team services read only: none of their public methods takes part in a change.</summary>
    [Fact]
    public void TeamServices_OfferNoWayToChangeAMembersData()
    {
        var methods = new[] { typeof(TeamService), typeof(TeamMemberService) }
            .SelectMany(t => t.GetMethods(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.DeclaredOnly))
            .Select(m => m.Name)
            .ToList();

        Assert.NotEmpty(methods);
        Assert.All(methods, name => Assert.StartsWith("Get", name, StringComparison.Ordinal));
    }

    private static string Shape(Core.Workload.LowWindow w) => $"{w.Start} {w.End} {w.AverageFreeHours} {w.Confidence} {string.Join(", ", w.Causes)}";

    private static List<string> Over(TeamView team, IsoWeek week) =>
        [.. team.Members.Where(m => m.Workload.Weeks.Single(w => w.Week == week).IsOverAllocated).Select(m => m.Member.Name)];
}
