using System.Text.RegularExpressions;
using Microsoft.Playwright;
using MlCareer.Core.Common;
using MlCareer.E2E.Infrastructure;
using MlCareer.E2E.Pages;
using MlCareer.Web.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace MlCareer.E2E;

[Trait("Category", "E2E")]
public class ShellTests(AppServer app) : IClassFixture<AppServer>
{
    [Fact]
    public async Task DemoEngineer_SignsIn_SeesHomeWithWeekAndTeam_ThenSignsOut()
    {
        AppServer.RequireBrowser();
        var page = await app.NewPageAsync();
        var login = new LoginPage(page);
        var shell = new ShellPage(page);

        await page.GotoAsync("/");
        await Expect(page).ToHaveURLAsync(new Regex("/Account/Login"));
        await Screenshots.TakeAsync(page, "sign-in");
        await login.SignInAsync("ana@mlcareer.example", MlCareerWebFactory.DemoPassword);

        await Expect(page.GetByTestId("greeting")).ToHaveTextAsync("Welcome, Ana Souza");
        await Expect(page.GetByTestId("current-week")).ToHaveTextAsync(MlCareerWebFactory.ThisWeek.ToString());
        await Expect(page.GetByTestId("team-name")).ToHaveTextAsync("Vision & Forecasting");
        await Expect(shell.Nav.GetByText("Users")).ToHaveCountAsync(0);
        await shell.WaitInteractiveAsync();
        await Screenshots.TakeAsync(page, "home");

        await shell.SignOutAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/Account/Login"));
        await page.GotoAsync("/");
        await Expect(page).ToHaveURLAsync(new Regex("/Account/Login"));
    }

    [Fact]
    public async Task WrongPassword_ShowsAClearMessageAndStaysSignedOut()
    {
        AppServer.RequireBrowser();
        var page = await app.NewPageAsync();
        var login = new LoginPage(page);
        await login.GotoAsync();

        await login.SignInAsync("ben@mlcareer.example", "Not-The-Password-1");

        await Expect(login.Error).ToHaveTextAsync("The email or password is not right.");
        await Screenshots.TakeAsync(page, "sign-in-error");
    }

    [Fact]
    public async Task Admin_OpensUsers_SeesTheDemoTeamAndGetsValidationMessages()
    {
        AppServer.RequireBrowser();
        var page = await app.SignedInPageAsync("admin@mlcareer.example");
        var shell = new ShellPage(page);
        await shell.WaitInteractiveAsync();

        await shell.Nav.GetByText("Users").ClickAsync();

        var table = page.GetByTestId("users-table");
        await Expect(table.GetByText("Ana Souza")).ToBeVisibleAsync();
        await Expect(table.GetByText("lin@mlcareer.example")).ToBeVisibleAsync();
        await Screenshots.TakeAsync(page, "users");
        await page.GetByTestId("new-user").ClickAsync();
        await page.GetByTestId("save-user").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Dialog).GetByText("This field is required.").First).ToBeVisibleAsync();
        await Screenshots.TakeAsync(page, "users-new-dialog");
    }

    [Fact]
    public async Task Engineer_SwitchesToChinese_LanguageFollowsThemToTheNextSignIn()
    {
        AppServer.RequireBrowser();
        var page = await app.SignedInPageAsync("chen@mlcareer.example");
        var shell = new ShellPage(page);

        await shell.SwitchLanguageAsync("zh-Hans");

        await Expect(page.GetByTestId("greeting")).ToHaveTextAsync("欢迎，Chen Jing");
        await shell.WaitInteractiveAsync();
        await Screenshots.TakeAsync(page, "home-zh");
        await page.ReloadAsync();
        await Expect(page.GetByTestId("greeting")).ToHaveTextAsync("欢迎，Chen Jing");
        var fresh = await app.SignedInPageAsync("chen@mlcareer.example");
        await Expect(fresh.GetByTestId("greeting")).ToHaveTextAsync("欢迎，Chen Jing");
    }

    [Fact]
    public async Task Browser_ReadsTheClock_OfTheAppsToday()
    {
        AppServer.RequireBrowser();
        var page = await app.NewPageAsync();

        var date = await page.EvaluateAsync<string>("() => new Date().toISOString().slice(0, 10)");

        Assert.Equal(MlCareerWebFactory.Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), date);
    }

    [Fact]
    public async Task Home_AtPhoneWidth_FitsTheScreen()
    {
        AppServer.RequireBrowser();
        var page = await app.NewPageAsync(390, 844);
        await new LoginPage(page).GotoAsync();
        await Screenshots.TakeAsync(page, "sign-in-phone");
        await new LoginPage(page).SignInAsync("dmitri@mlcareer.example", MlCareerWebFactory.DemoPassword);

        await Expect(page.GetByTestId("greeting")).ToBeVisibleAsync();
        await new ShellPage(page).WaitInteractiveAsync();

        var scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= 390, $"The page is {scrollWidth}px wide on a 390px screen.");
        await Screenshots.TakeAsync(page, "home-phone");
    }

    [Fact]
    public async Task Theme_ChosenDark_StaysDarkAfterReloadAndSignIn()
    {
        AppServer.RequireBrowser();
        var page = await app.SignedInPageAsync("emma@mlcareer.example");
        await new ShellPage(page).WaitInteractiveAsync();
        await Expect(page.GetByTestId("theme-toggle")).ToHaveAttributeAsync("aria-label", "Switch to dark theme");

        await page.GetByTestId("theme-toggle").ClickAsync();
        await Expect(page.GetByTestId("theme-toggle")).ToHaveAttributeAsync("aria-label", "Switch to light theme");
        await page.ReloadAsync();
        await new ShellPage(page).WaitInteractiveAsync();

        await Expect(page.GetByTestId("theme-toggle")).ToHaveAttributeAsync("aria-label", "Switch to light theme");
        await Screenshots.TakeAsync(page, "home-dark");
    }
}
