using System.Text.RegularExpressions;
using Microsoft.Playwright;
using MlCareer.E2E.Infrastructure;
using MlCareer.E2E.Pages;
using MlCareer.Web.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace MlCareer.E2E;

/// <summary>The first admin manages people; each test changes a different demo person.</summary>
[Trait("Category", "E2E")]
public class UsersTests(AppServer app) : IClassFixture<AppServer>
{
    [Fact]
    public async Task Admin_SetsAnEngineersCapacity_BadValuesRefusedUnderTheField_ThenTheirWorkloadUsesIt()
    {
        AppServer.RequireBrowser();
        var page = await FirstAdminPageAsync();
        var users = new UsersPage(page);
        await users.GotoAsync();
        await Expect(users.Row("Ana Souza").GetByTestId("capacity")).ToHaveTextAsync("40 h/week");

        await users.OpenCapacityAsync("Ana Souza");
        await users.EnterCapacityAsync("12,5");
        await Expect(users.Dialog).ToContainTextAsync("Enter the hours as a plain number, such as 37.5.");
        await Screenshots.TakeAsync(page, "users-capacity-refused");
        await users.EnterCapacityAsync("169");
        await Expect(users.Dialog).ToContainTextAsync("Capacity must be between 1 and 168 hours a week.");
        await users.EnterCapacityAsync("30");

        await Expect(users.Dialog).ToHaveCountAsync(0);
        await Expect(page.GetByText("Capacity saved.")).ToBeVisibleAsync();
        await Expect(users.Row("Ana Souza").GetByTestId("capacity")).ToHaveTextAsync("30 h/week");
        await Screenshots.TakeAsync(page, "users-capacity");
        var ana = await app.SignedInPageAsync("ana@mlcareer.example");
        await ana.GotoAsync("/workload");
        await Expect(ana.GetByTestId("workload-chart")).ToContainTextAsync("Capacity 30 h; a week at or under 15 h is low.");
    }

    [Fact]
    public async Task DemotedAdmin_OpenSettingsTab_IsRefusedAtItsNextSaveAndThenSentToSignIn()
    {
        AppServer.RequireBrowser();
        var demoAdmin = await app.SignedInPageAsync("admin@mlcareer.example");
        await demoAdmin.GotoAsync("/admin/settings");
        await new ShellPage(demoAdmin).WaitInteractiveAsync();
        await Expect(demoAdmin.GetByTestId("save-settings")).ToBeVisibleAsync();
        var firstAdmin = await FirstAdminPageAsync();
        var users = new UsersPage(firstAdmin);
        await users.GotoAsync();

        await users.RemoveAdminAsync("Demo Admin");
        await demoAdmin.GetByTestId("save-settings").ClickAsync();

        await Expect(demoAdmin.GetByTestId("form-error")).ToHaveTextAsync("You are not allowed to do this.");
        await demoAdmin.ReloadAsync();
        await Expect(demoAdmin).ToHaveURLAsync(new Regex("/Account/Login"));
    }

    [Fact]
    public async Task SignOutElsewhere_OpenTimesheetTab_CantSave()
    {
        AppServer.RequireBrowser();
        var laptop = await app.SignedInPageAsync("ben@mlcareer.example");
        var timesheet = new TimesheetPage(laptop);
        await timesheet.GotoAsync();
        var phone = await app.SignedInPageAsync("ben@mlcareer.example");

        await new ShellPage(phone).SignOutAsync();
        await Expect(phone).ToHaveURLAsync(new Regex("/Account/Login"));
        await laptop.GetByTestId("timesheet-grid").Locator("[data-testid^='hours-cell-'] input").First.FillAsync("7");
        await timesheet.SaveAsync();

        await Expect(laptop.GetByTestId("timesheet-problem")).ToContainTextAsync("You are not allowed to do this.");
    }

    [Fact]
    public async Task Admin_DeactivatesAnEngineer_TheyCantSignInAndTheRowSaysSo()
    {
        AppServer.RequireBrowser();
        var page = await FirstAdminPageAsync();
        var users = new UsersPage(page);
        await users.GotoAsync();

        await users.DeactivateAsync("Emma");

        await Expect(users.Row("Emma").GetByTestId("deactivated")).ToHaveTextAsync("Deactivated");
        await Expect(users.Row("Emma").GetByTestId("reactivate-user")).ToBeVisibleAsync();
        var emma = await app.NewPageAsync();
        var login = new LoginPage(emma);
        await login.GotoAsync();
        await login.SignInAsync("emma@mlcareer.example", MlCareerWebFactory.DemoPassword);
        await Expect(login.Error).ToHaveTextAsync("This account is deactivated. Ask an admin to reactivate it.");
    }

    private async Task<IPage> FirstAdminPageAsync()
    {
        var page = await app.NewPageAsync();
        var login = new LoginPage(page);
        await login.GotoAsync();
        await login.SignInAsync(MlCareerWebFactory.AdminEmail, MlCareerWebFactory.AdminPassword);
        await Expect(page.GetByTestId("greeting")).ToBeVisibleAsync();
        return page;
    }
}
