using MlCareer.Web.Features;
using MlCareer.Web.Features.Users;
using MlCareer.Web.Tests.Infrastructure;

namespace MlCareer.Web.Tests.Security;

/// <summary>The demo run has two admins; once the demo admin is deactivated, the first admin is the last.</summary>
public abstract class LastAdminTests(AppFixture app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task RemoveAdminRoleAndDeactivate_LastActiveAdmin_RefusedWithAMessage()
    {
        await using var admin = await AsUser.SignInAsync(app.Factory, MlCareerWebFactory.AdminEmail);
        var accounts = admin.Service<AccountAdminService>();
        var demoAdmin = await Accounts.RowAsync(admin, "admin@mlcareer.example");
        Assert.True((await accounts.DeactivateAsync(demoAdmin.Id, Ct)).Succeeded);
        var self = Accounts.EditOf(await Accounts.RowAsync(admin, MlCareerWebFactory.AdminEmail));
        self.IsAdmin = false;

        var demotion = await admin.Service<UserAdminService>().SaveAsync(self, Ct);
        var deactivation = await accounts.DeactivateAsync(admin.UserId, Ct);

        Assert.Equal(("Accounts.LastAdmin", nameof(UserInput.IsAdmin)), (demotion.Error?.MessageKey, demotion.Error?.Field));
        Assert.Equal("Accounts.CantDeactivateSelf", deactivation.Error?.MessageKey);
        var after = await Accounts.RowAsync(admin, MlCareerWebFactory.AdminEmail);
        Assert.Contains(MlCareer.Core.Security.Roles.Admin, after.Roles);
        Assert.True(after.IsActive);
        Assert.True((await admin.Service<UserAdminService>().ListAsync(Ct)).Succeeded);
        Assert.Equal(ErrorKind.Invalid, demotion.Error!.Kind);
    }
}
