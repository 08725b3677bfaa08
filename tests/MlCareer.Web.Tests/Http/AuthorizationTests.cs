using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using MlCareer.Web.Tests.Infrastructure;

namespace MlCareer.Web.Tests.Http;

public abstract class AuthorizationTests(AppFixture app)
{
    [Theory]
    [InlineData("/admin/users", "ana@mlcareer.example")]
    [InlineData("/admin/users", "lin@mlcareer.example")]
    [InlineData("/admin/settings", "ana@mlcareer.example")]
    [InlineData("/admin/settings", "lin@mlcareer.example")]
    [InlineData("/admin/catalog", "ana@mlcareer.example")]
    [InlineData("/admin/catalog", "lin@mlcareer.example")]
    public async Task AdminPage_NotAnAdmin_IsRefused(string path, string email)
    {
        using var client = app.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await SignIn.PostAsync(client, email, MlCareerWebFactory.DemoPassword);

        var response = await client.GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/AccessDenied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UsersPage_Admin_ListsTheDemoPeople()
    {
        using var client = app.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await SignIn.PostAsync(client, "admin@mlcareer.example", MlCareerWebFactory.DemoPassword);

        var response = await client.GetAsync("/admin/users", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("xx")]
    [InlineData("")]
    [InlineData("<script>")]
    public async Task SetCulture_Unsupported_Returns400WithAMessage(string culture)
    {
        using var client = app.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await SignIn.PostFormAsync(client, "/Account/Login", "/culture/set", new() { ["culture"] = culture, ["redirectUri"] = "/" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("is not available", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SetCulture_Supported_CookieKeepsTheChoiceForAYearFromToday()
    {
        using var client = app.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await SignIn.PostFormAsync(client, "/Account/Login", "/culture/set", new() { ["culture"] = "zh-Hans", ["redirectUri"] = "/" });

        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".AspNetCore.Culture=", StringComparison.Ordinal));
        Assert.Contains($"expires={MlCareerWebFactory.FixedNow.AddYears(1):R}", cookie, StringComparison.OrdinalIgnoreCase);
        // A browser reads the expiry against the answer's date: both are on the app's clock.
        Assert.Equal(MlCareerWebFactory.FixedNow, response.Headers.Date);
    }

    [Fact]
    public async Task SetCulture_OffSiteRedirect_GoesHomeInstead()
    {
        using var client = app.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await SignIn.PostFormAsync(client, "/Account/Login", "/culture/set", new() { ["culture"] = "zh-Hans", ["redirectUri"] = "//evil.example" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task SignInPage_ChineseCultureCookie_IsInChinese()
    {
        using var client = app.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = true });
        await SignIn.PostFormAsync(client, "/Account/Login", "/culture/set", new() { ["culture"] = "zh-Hans", ["redirectUri"] = "/Account/Login" });

        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/Account/Login", TestContext.Current.CancellationToken));

        Assert.Contains("电子邮箱", html, StringComparison.Ordinal);
        Assert.Contains("lang=\"zh-Hans\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownPage_SignedIn_ShowsNotFound()
    {
        using var client = app.Factory.CreateClient();
        await SignIn.PostAsync(client, "ana@mlcareer.example", MlCareerWebFactory.DemoPassword);

        var response = await client.GetAsync("/no-such-page", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page not found", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }
}
