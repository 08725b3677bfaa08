using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using MlCareer.Web.Features;
using MlCareer.Web.Features.Timesheet;
using MlCareer.Web.Features.Users;
using MlCareer.Web.Tests.Infrastructure;

namespace MlCareer.Web.Tests.Security;

/// <summary>Sessions over HTTP: cookies kept by the client, replayed after the account changed. One demo person per test.</summary>
public abstract class SessionHttpTests(AppFixture app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static WebApplicationFactoryClientOptions NoRedirects => new() { AllowAutoRedirect = false };

    [Fact]
    public async Task SignOut_OldCookieReplayed_GetsTheSignInPage()
    {
        using var client = app.Factory.CreateClient(NoRedirects);
        var cookie = Cookies.SignInCookieOf(await SignIn.PostAsync(client, "ana@mlcareer.example", MlCareerWebFactory.DemoPassword));
        var beforeSignOut = await Cookies.ReplayAsync(app.Factory, cookie, "/");

        var signOut = await Cookies.SignOutAsync(client);
        var replay = await Cookies.ReplayAsync(app.Factory, cookie, "/");

        Assert.Equal(HttpStatusCode.OK, beforeSignOut.StatusCode);
        Assert.True(Cookies.IsSignInRedirect(signOut));
        Assert.True(Cookies.IsSignInRedirect(replay), $"{replay.StatusCode} {replay.Headers.Location}");
    }

    [Fact]
    public async Task SignOut_OnePlace_EndsThePersonsOtherSessionsAndOpenTabs()
    {
        using var laptop = app.Factory.CreateClient(NoRedirects);
        using var phone = app.Factory.CreateClient(NoRedirects);
        await SignIn.PostAsync(laptop, "dmitri@mlcareer.example", MlCareerWebFactory.DemoPassword);
        await SignIn.PostAsync(phone, "dmitri@mlcareer.example", MlCareerWebFactory.DemoPassword);
        await using var openTab = await AsUser.SignInAsync(app.Factory, "dmitri@mlcareer.example");
        var week = (await openTab.Service<TimesheetService>().GetWeekAsync(MlCareerWebFactory.ThisWeek, Ct)).Value!;
        var row = week.Rows[0];

        await Cookies.SignOutAsync(phone);
        var laptopPage = await laptop.GetAsync("/timesheet", Ct);
        var save = await openTab.Service<TimesheetService>().SaveWeekAsync(
            new TimesheetInput(week.Week, [new TimesheetRowInput(row.PhaseId, row.Hours + 1, row.Note, row.Version)]), Ct);

        Assert.True(Cookies.IsSignInRedirect(laptopPage));
        Assert.Equal(ErrorKind.Forbidden, save.Error?.Kind);
        await using var again = await AsUser.SignInAsync(app.Factory, "dmitri@mlcareer.example");
        var stored = (await again.Service<TimesheetService>().GetWeekAsync(MlCareerWebFactory.ThisWeek, Ct)).Value!;
        Assert.Equal(row.Hours, stored.Rows.Single(r => r.PhaseId == row.PhaseId).Hours);
    }

    [Fact]
    public async Task SignOut_WithoutTheAntiforgeryToken_Is400AndStaysSignedIn()
    {
        using var client = app.Factory.CreateClient(NoRedirects);
        await SignIn.PostAsync(client, "ben@mlcareer.example", MlCareerWebFactory.DemoPassword);

        using var empty = new FormUrlEncodedContent([]);
        var signOut = await client.PostAsync("/Account/Logout", empty, Ct);
        var home = await client.GetAsync("/", Ct);

        Assert.Equal(HttpStatusCode.BadRequest, signOut.StatusCode);
        Assert.Contains("Reload it and try again", await signOut.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
    }

    [Fact]
    public async Task AdminPage_DemotedAdminsCookie_GetsTheSignInPage()
    {
        using var client = app.Factory.CreateClient(NoRedirects);
        await SignIn.PostAsync(client, "admin@mlcareer.example", MlCareerWebFactory.DemoPassword);
        var before = await client.GetAsync("/admin/users", Ct);
        await using var firstAdmin = await AsUser.SignInAsync(app.Factory, MlCareerWebFactory.AdminEmail);
        var edit = Accounts.EditOf(await Accounts.RowAsync(firstAdmin, "admin@mlcareer.example"));
        edit.IsAdmin = false;
        Assert.True((await firstAdmin.Service<UserAdminService>().SaveAsync(edit, Ct)).Succeeded);

        var after = await client.GetAsync("/admin/users", Ct);

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.True(Cookies.IsSignInRedirect(after), $"{after.StatusCode} {after.Headers.Location}");
    }

    [Fact]
    public async Task Deactivated_CookieRefusedAndTheRightPasswordNoLongerSignsIn()
    {
        using var client = app.Factory.CreateClient(NoRedirects);
        await SignIn.PostAsync(client, "emma@mlcareer.example", MlCareerWebFactory.DemoPassword);
        await using var admin = await AsUser.SignInAsync(app.Factory, MlCareerWebFactory.AdminEmail);
        var emma = await Accounts.RowAsync(admin, "emma@mlcareer.example");

        Assert.True((await admin.Service<AccountAdminService>().DeactivateAsync(emma.Id, Ct)).Succeeded);
        var page = await client.GetAsync("/timesheet", Ct);
        using var fresh = app.Factory.CreateClient(NoRedirects);
        var rightPassword = await SignIn.PostAsync(fresh, "emma@mlcareer.example", MlCareerWebFactory.DemoPassword);
        var wrongPassword = await SignIn.PostAsync(fresh, "emma@mlcareer.example", "Wrong-Password-4711");

        Assert.True(Cookies.IsSignInRedirect(page));
        Assert.Equal(HttpStatusCode.OK, rightPassword.StatusCode);
        Assert.Contains("This account is deactivated", await rightPassword.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Contains("The email or password is not right.", await wrongPassword.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.False((await fresh.GetAsync("/", Ct)).IsSuccessStatusCode);
    }

    [Fact]
    public async Task ChangePassword_OtherSessionsEndButThisOneStays()
    {
        using var here = app.Factory.CreateClient(NoRedirects);
        using var elsewhere = app.Factory.CreateClient(NoRedirects);
        await SignIn.PostAsync(here, "lin@mlcareer.example", MlCareerWebFactory.DemoPassword);
        await SignIn.PostAsync(elsewhere, "lin@mlcareer.example", MlCareerWebFactory.DemoPassword);

        var change = await SignIn.PostFormAsync(here, "/Account/Manage/ChangePassword", "/Account/Manage/ChangePassword", new()
        {
            ["_handler"] = "change-password",
            ["Input.OldPassword"] = MlCareerWebFactory.DemoPassword,
            ["Input.NewPassword"] = "A-New-Password-2026",
            ["Input.ConfirmPassword"] = "A-New-Password-2026",
        });

        Assert.Equal(HttpStatusCode.Redirect, change.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await here.GetAsync("/", Ct)).StatusCode);
        Assert.True(Cookies.IsSignInRedirect(await elsewhere.GetAsync("/", Ct)));
    }
}
