using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using MlCareer.Web.Tests.Infrastructure;

namespace MlCareer.Web.Tests.Http;

public abstract class AuthenticationTests(AppFixture app)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/admin/users")]
    [InlineData("/admin/settings")]
    [InlineData("/workload")]
    [InlineData("/projects")]
    [InlineData("/projects/1")]
    [InlineData("/timesheet")]
    [InlineData("/timesheet?week=2026-W48")]
    [InlineData("/Account/Manage/ChangePassword")]
    public async Task Get_Anonymous_RedirectsToSignIn(string path)
    {
        using var client = app.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await client.GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Health_DatabaseUp_IsHealthy()
    {
        using var client = app.Factory.CreateClient();

        var response = await client.GetAsync("/health", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task SignIn_DemoEngineer_RedirectsHomeWithACookie()
    {
        using var client = app.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await SignIn.PostAsync(client, "ana@mlcareer.example", MlCareerWebFactory.DemoPassword);
        var home = await client.GetAsync("/", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Contains("Ana Souza", await home.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_EmptyForm_ShowsFieldMessagesAndStaysOnTheForm()
    {
        using var client = app.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await SignIn.PostAsync(client, "", "");
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("This field is required.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_NotAnEmail_SaysSo()
    {
        using var client = app.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await SignIn.PostAsync(client, "not-an-email", "whatever-password");

        Assert.Contains("Enter a valid email address.", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_FiveWrongPasswords_LocksTheAccountEvenForTheRightPassword()
    {
        using var client = app.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        const string email = "emma@mlcareer.example";
        const string wrong = "Wrong-Password-4711";

        var attempts = new List<HttpResponseMessage>();
        for (var i = 0; i < 5; i++)
        {
            attempts.Add(await SignIn.PostAsync(client, email, wrong));
        }

        var withRightPassword = await SignIn.PostAsync(client, email, MlCareerWebFactory.DemoPassword);

        Assert.All(attempts.Take(4), r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Contains("The email or password is not right.", await attempts[0].Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Equal("/Account/Lockout", attempts[4].Headers.Location?.AbsolutePath);
        Assert.Equal("/Account/Lockout", withRightPassword.Headers.Location?.AbsolutePath);
        Assert.DoesNotContain(wrong, app.Factory.ReadLogs(), StringComparison.Ordinal);
        Assert.DoesNotContain(MlCareerWebFactory.DemoPassword, app.Factory.ReadLogs(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Logs_AfterSignInUseAndSignOut_HoldNeitherThePasswordNorTheCookie()
    {
        using var client = app.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        const string password = MlCareerWebFactory.DemoPassword;

        var signIn = await SignIn.PostAsync(client, "ben@mlcareer.example", password);
        var cookie = Cookies.SignInCookieOf(signIn);
        await client.GetAsync("/", TestContext.Current.CancellationToken);
        await client.GetAsync("/timesheet", TestContext.Current.CancellationToken);
        await Cookies.SignOutAsync(client);
        await Cookies.ReplayAsync(app.Factory, cookie, "/workload");

        var logs = app.Factory.ReadLogs();
        var cookieValue = cookie[(cookie.IndexOf('=', StringComparison.Ordinal) + 1)..];
        Assert.Contains("signed in from", logs, StringComparison.Ordinal);
        Assert.Contains("signed out", logs, StringComparison.Ordinal);
        Assert.Contains("HTTP GET /timesheet responded 200", logs, StringComparison.Ordinal);
        Assert.True(cookieValue.Length > 100);
        Assert.DoesNotContain(cookieValue[..40], logs, StringComparison.Ordinal);
        Assert.DoesNotContain(password, logs, StringComparison.Ordinal);
    }
}
