using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MlCareer.Core.Security;
using MlCareer.Data;
using MlCareer.Web.Features;
using MlCareer.Web.Features.Teams;
using MlCareer.Web.Tests.Infrastructure;
using MlCareer.Web.Tests.TeamWorkload;

namespace MlCareer.Web.Tests.Teams;

/// <summary>Admins' team management through the service, as crafted circuit calls; this class has its own database.</summary>
public abstract class TeamAdminServiceTests(AppFixture app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task List_Admin_EveryTeamWithItsLeadsMembersAndProjects()
    {
        await using var admin = await AsUser.SignInAsync(app.Factory, MlCareerWebFactory.AdminEmail);

        var rows = (await admin.Service<TeamAdminService>().ListAsync(Ct)).Value!;

        var demo = rows.Single(r => r.Name == "Vision & Forecasting");
        Assert.Equal(["Lin Wei"], demo.Leads.Select(l => l.Name));
        Assert.Equal(7, demo.Members.Count);
        Assert.Equal(4, demo.Projects);
        Assert.False(demo.IsEmpty);
    }

    [Theory]
    [InlineData(TeamSetup.Lead)]
    [InlineData(TeamSetup.Ana)]
    public async Task EveryMethod_NotAnAdmin_ForbiddenAndNothingChanges(string email)
    {
        var teamId = await TeamSetup.TeamAsync(app.Factory, "Untouched");
        await using var user = await AsUser.SignInAsync(app.Factory, email);
        var service = user.Service<TeamAdminService>();
        var ana = await TeamSetup.EngineerIdAsync(app.Factory, TeamSetup.Ana);

        Result[] results =
        [
            await service.ListAsync(Ct),
            await service.CreateAsync(new TeamNameInput { Name = "Crafted" }, Ct),
            await service.RenameAsync(teamId, new TeamNameInput { Name = "Crafted" }, Ct),
            await service.DeleteAsync(teamId, Guid.Empty, Ct),
            await service.SetLeadAsync(teamId, ana, true, Ct),
        ];

        Assert.All(results, r => Assert.Equal(ErrorKind.Forbidden, r.Error!.Kind));
        await using var db = user.Db();
        Assert.True(await db.Teams.AnyAsync(t => t.Id == teamId, Ct));
        Assert.False(await db.Teams.AnyAsync(t => t.Name == "Crafted", Ct));
    }

    [Fact]
    public async Task CreateRenameDelete_AnEmptyTeam_WorksAndATakenNameIsRefused()
    {
        await using var admin = await AsUser.SignInAsync(app.Factory, MlCareerWebFactory.AdminEmail);
        var service = admin.Service<TeamAdminService>();
        var name = $"Research {Guid.NewGuid():N}";

        var created = await service.CreateAsync(new TeamNameInput { Name = $"  {name}  " }, Ct);
        var row = (await service.ListAsync(Ct)).Value!.Single(r => r.Name == name);
        var taken = await service.RenameAsync(row.Id, new TeamNameInput { Name = "Vision & Forecasting", Version = row.Version }, Ct);
        var blank = await service.CreateAsync(new TeamNameInput { Name = "  " }, Ct);
        var renamed = await service.RenameAsync(row.Id, new TeamNameInput { Name = name + " Lab", Version = row.Version }, Ct);
        var stale = await service.RenameAsync(row.Id, new TeamNameInput { Name = name + " Old", Version = row.Version }, Ct);
        var current = (await service.ListAsync(Ct)).Value!.Single(r => r.Id == row.Id);
        var deleted = await service.DeleteAsync(row.Id, current.Version, Ct);

        Assert.True(created.Succeeded);
        Assert.Equal(("Teams.NameTaken", "Name"), (taken.Error!.MessageKey, taken.Error.Field));
        Assert.Equal(ErrorKind.Invalid, blank.Error!.Kind);
        Assert.True(renamed.Succeeded);
        Assert.Equal(ErrorKind.Conflict, stale.Error!.Kind);
        Assert.Equal(name + " Lab", current.Name);
        Assert.True(deleted.Succeeded);
        Assert.DoesNotContain((await service.ListAsync(Ct)).Value!, r => r.Id == row.Id);
    }

    [Fact]
    public async Task Delete_ATeamWithPeopleOrProjects_RefusedWithTheCounts()
    {
        await using var admin = await AsUser.SignInAsync(app.Factory, MlCareerWebFactory.AdminEmail);
        var demo = (await admin.Service<TeamAdminService>().ListAsync(Ct)).Value!.Single(r => r.Name == "Vision & Forecasting");

        var result = await admin.Service<TeamAdminService>().DeleteAsync(demo.Id, demo.Version, Ct);

        Assert.Equal("Rules.TeamNotEmpty", result.Error!.MessageKey);
        Assert.Equal(new object[] { 7, 4 }, result.Error.Args);
        Assert.Contains((await admin.Service<TeamAdminService>().ListAsync(Ct)).Value!, r => r.Id == demo.Id);
    }

    /// <summary>Two admins adding the same name at once: one team is made, the other admin is told the name is taken.</summary>
    [Fact]
    public async Task Create_TheSameNameTwiceAtOnce_OneTeamAndAMessage()
    {
        await using var first = await AsUser.SignInAsync(app.Factory, MlCareerWebFactory.AdminEmail);
        await using var second = await AsUser.SignInAsync(app.Factory, MlCareerWebFactory.AdminEmail);
        var name = $"Race {Guid.NewGuid():N}";

        var results = await Task.WhenAll(
            first.Service<TeamAdminService>().CreateAsync(new TeamNameInput { Name = name }, Ct),
            second.Service<TeamAdminService>().CreateAsync(new TeamNameInput { Name = name }, Ct));

        Assert.Single(results, r => r.Succeeded);
        Assert.Single(results, r => r.Error?.MessageKey == "Teams.NameTaken");
        await using var db = first.Db();
        Assert.Equal(1, await db.Teams.CountAsync(t => t.Name == name, Ct));
    }

    [Fact]
    public async Task SetLead_AMember_GetsTheRoleAndANewSecurityStamp_ThenLosesIt()
    {
        var teamId = await TeamSetup.TeamAsync(app.Factory, "Led");
        var (email, engineerId) = await TeamSetup.PersonAsync(app.Factory, teamId, Roles.Engineer);
        var stampBefore = await StampAsync(email);
        await using var admin = await AsUser.SignInAsync(app.Factory, MlCareerWebFactory.AdminEmail);

        var made = await admin.Service<TeamAdminService>().SetLeadAsync(teamId, engineerId, true, Ct);
        var isLead = await InRoleAsync(email);
        var stampAfter = await StampAsync(email);
        var listed = (await admin.Service<TeamAdminService>().ListAsync(Ct)).Value!.Single(r => r.Id == teamId);
        var removed = await admin.Service<TeamAdminService>().SetLeadAsync(teamId, engineerId, false, Ct);

        Assert.True(made.Succeeded);
        Assert.True(isLead);
        Assert.NotEqual(stampBefore, stampAfter);
        Assert.Equal([engineerId], listed.Leads.Select(l => l.EngineerId));
        Assert.True(removed.Succeeded);
        Assert.False(await InRoleAsync(email));
    }

    [Fact]
    public async Task SetLead_SomeoneFromAnotherTeam_RefusedAndNoRoleGiven()
    {
        var teamId = await TeamSetup.TeamAsync(app.Factory, "Not theirs");
        var ana = await TeamSetup.EngineerIdAsync(app.Factory, TeamSetup.Ana);
        await using var admin = await AsUser.SignInAsync(app.Factory, MlCareerWebFactory.AdminEmail);

        var result = await admin.Service<TeamAdminService>().SetLeadAsync(teamId, ana, true, Ct);

        Assert.Equal("Teams.NotAMember", result.Error!.MessageKey);
        Assert.False(await InRoleAsync(TeamSetup.Ana));
    }

    private async Task<string?> StampAsync(string email)
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync(email))!.SecurityStamp;
    }

    private async Task<bool> InRoleAsync(string email)
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        return await users.IsInRoleAsync((await users.FindByEmailAsync(email))!, Roles.TeamLead);
    }
}
