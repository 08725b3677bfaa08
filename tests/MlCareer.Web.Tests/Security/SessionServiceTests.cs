using Microsoft.EntityFrameworkCore;
using MlCareer.Core.Common;
using MlCareer.Web.Features;
using MlCareer.Web.Features.Projects;
using MlCareer.Web.Features.Settings;
using MlCareer.Web.Features.Teams;
using MlCareer.Web.Features.Timesheet;
using MlCareer.Web.Features.Users;
using MlCareer.Web.Tests.Infrastructure;

namespace MlCareer.Web.Tests.Security;

/// <summary>
/// Open sessions (a circuit that keeps the claims of its sign-in) after the account changed underneath:
/// each test changes a different demo person, so they can share one app.
/// </summary>
public abstract class SessionServiceTests(AppFixture app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AdminAction_DemotedAdminsOpenSession_IsRefused()
    {
        await using var firstAdmin = await AsUser.SignInAsync(app.Factory, MlCareerWebFactory.AdminEmail);
        await using var demoted = await AsUser.SignInAsync(app.Factory, "admin@mlcareer.example");
        Assert.True((await demoted.Service<UserAdminService>().ListAsync(Ct)).Succeeded);
        var settings = (await demoted.Service<SettingsService>().GetAsync(Ct)).Value!;
        var edit = Accounts.EditOf(await Accounts.RowAsync(firstAdmin, "admin@mlcareer.example"));
        edit.IsAdmin = false;

        var demotion = await firstAdmin.Service<UserAdminService>().SaveAsync(edit, Ct);
        var list = await demoted.Service<UserAdminService>().ListAsync(Ct);
        var save = await demoted.Service<SettingsService>().SaveAsync(settings, Ct);

        Assert.True(demotion.Succeeded);
        Assert.Equal(ErrorKind.Forbidden, list.Error?.Kind);
        Assert.Equal(ErrorKind.Forbidden, save.Error?.Kind);
        Assert.Equal(settings.Version, (await firstAdmin.Service<SettingsService>().GetAsync(Ct)).Value!.Version);
    }

    [Fact]
    public async Task ProjectAction_LeadMovedToAnotherTeam_LosesTheOldTeamAtTheNextAction()
    {
        await using var admin = await AsUser.SignInAsync(app.Factory, MlCareerWebFactory.AdminEmail);
        await using var lead = await AsUser.SignInAsync(app.Factory, "lin@mlcareer.example");
        var teamProjects = (await lead.Service<ProjectService>().ListAsync(mineOnly: false, cancellationToken: Ct)).Value!;
        var project = (await lead.Service<ProjectService>().GetAsync(teamProjects[0].Id, Ct)).Value!;
        Assert.True(project.CanEdit);
        await admin.Service<TeamAdminService>().CreateAsync(new TeamNameInput { Name = "Speech" }, Ct);
        var speech = (await admin.Service<UserAdminService>().TeamsAsync(Ct)).Single(t => t.Name == "Speech");
        var edit = Accounts.EditOf(await Accounts.RowAsync(admin, "lin@mlcareer.example"));
        edit.TeamId = speech.Id;

        var move = await admin.Service<UserAdminService>().SaveAsync(edit, Ct);
        var list = await lead.Service<ProjectService>().ListAsync(mineOnly: false, cancellationToken: Ct);
        var read = await lead.Service<ProjectService>().GetAsync(project.Id, Ct);
        await using var signedInAgain = await AsUser.SignInAsync(app.Factory, "lin@mlcareer.example");
        await using var db = signedInAgain.Db();
        var caller = await signedInAgain.CurrentUser.GetCallerAsync(db, Ct);

        Assert.True(move.Succeeded);
        Assert.Equal(ErrorKind.Forbidden, list.Error?.Kind);
        Assert.Equal(ErrorKind.NotFound, read.Error?.Kind);
        Assert.Equal(speech.Id, caller!.TeamId);
        Assert.True(caller.IsTeamLead);
    }

    [Fact]
    public async Task ServiceCall_StampChangedBehindTheAppsBack_RefusedOnceTheCachedAnswerExpires()
    {
        await using var ben = await AsUser.SignInAsync(app.Factory, "ben@mlcareer.example");
        var timesheet = ben.Service<TimesheetService>();
        Assert.True((await timesheet.GetWeekAsync(MlCareerWebFactory.ThisWeek, Ct)).Succeeded);
        await using (var db = ben.Db())
        {
            // As another node (or a database admin) would: nothing on this node hears of it.
            await db.Users.Where(u => u.Id == ben.UserId).ExecuteUpdateAsync(u => u.SetProperty(x => x.SecurityStamp, "changed elsewhere"), Ct);
        }

        var stillCached = await timesheet.GetWeekAsync(MlCareerWebFactory.ThisWeek, Ct);
        app.Factory.Clock.Advance(AccountDirectory.MaxAge + TimeSpan.FromSeconds(1));
        var afterExpiry = await timesheet.GetWeekAsync(MlCareerWebFactory.ThisWeek, Ct);

        Assert.True(stillCached.Succeeded);
        Assert.Equal(ErrorKind.Forbidden, afterExpiry.Error?.Kind);
    }

    [Fact]
    public async Task Deactivate_Engineer_OpenSessionRefusedHistoryKeptAndReactivationLetsThemBack()
    {
        await using var admin = await AsUser.SignInAsync(app.Factory, MlCareerWebFactory.AdminEmail);
        await using var chen = await AsUser.SignInAsync(app.Factory, "chen@mlcareer.example");
        var before = await HourLogsAsync(chen);
        Assert.True((await chen.Service<TimesheetService>().GetWeekAsync(MlCareerWebFactory.ThisWeek, Ct)).Succeeded);

        var deactivated = await admin.Service<AccountAdminService>().DeactivateAsync(chen.UserId, Ct);
        var refused = await chen.Service<TimesheetService>().GetWeekAsync(MlCareerWebFactory.ThisWeek, Ct);
        var row = await Accounts.RowAsync(admin, "chen@mlcareer.example");
        var after = await HourLogsAsync(chen);
        var reactivated = await admin.Service<AccountAdminService>().ReactivateAsync(chen.UserId, Ct);
        var oldSessionAfterReactivation = await chen.Service<TimesheetService>().GetWeekAsync(MlCareerWebFactory.ThisWeek, Ct);
        await using var chenAgain = await AsUser.SignInAsync(app.Factory, "chen@mlcareer.example");
        var newSession = await chenAgain.Service<TimesheetService>().GetWeekAsync(MlCareerWebFactory.ThisWeek, Ct);

        Assert.True(deactivated.Succeeded);
        Assert.Equal(ErrorKind.Forbidden, refused.Error?.Kind);
        Assert.False(row.IsActive);
        Assert.True(before.Count > 0);
        Assert.Equal(before, after);
        Assert.True(reactivated.Succeeded);
        Assert.Equal(ErrorKind.Forbidden, oldSessionAfterReactivation.Error?.Kind);
        Assert.True(newSession.Succeeded);
    }

    [Fact]
    public async Task Deactivate_NotAnAdmin_IsForbiddenAndChangesNothing()
    {
        await using var ana = await AsUser.SignInAsync(app.Factory, "ana@mlcareer.example");
        await using var dmitri = await AsUser.SignInAsync(app.Factory, "dmitri@mlcareer.example");

        var result = await ana.Service<AccountAdminService>().DeactivateAsync(dmitri.UserId, Ct);

        Assert.Equal(ErrorKind.Forbidden, result.Error?.Kind);
        Assert.True((await dmitri.Service<TimesheetService>().GetWeekAsync(MlCareerWebFactory.ThisWeek, Ct)).Succeeded);
    }

    private static async Task<List<(int PhaseId, IsoWeek Week, double Hours)>> HourLogsAsync(AsUser user)
    {
        await using var db = user.Db();
        var engineerId = await db.Engineers.Where(e => e.UserId == user.UserId).Select(e => e.Id).SingleAsync(Ct);
        var logs = await db.HourLogs.AsNoTracking().Where(l => l.EngineerId == engineerId).ToListAsync(Ct);
        return [.. logs.Select(l => (l.PhaseId, l.Week, l.Hours.Value)).Order()];
    }
}
