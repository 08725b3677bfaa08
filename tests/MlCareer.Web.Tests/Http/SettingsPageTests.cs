using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using MlCareer.Web.Tests.Infrastructure;

namespace MlCareer.Web.Tests.Http;

public abstract class SettingsPageTests(AppFixture app)
{
    [Fact]
    public async Task Get_Admin_ShowsTheRulesWithTheirCurrentValues()
    {
        using var client = app.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await SignIn.PostAsync(client, "admin@mlcareer.example", MlCareerWebFactory.DemoPassword);

        var response = await client.GetAsync("/admin/settings", TestContext.Current.CancellationToken);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<title>Settings · MlCareer</title>", html, StringComparison.Ordinal);
        Assert.Contains("Involvement share per phase", html, StringComparison.Ordinal);
        Assert.Contains("Data wrangling", html, StringComparison.Ordinal);
        Assert.Contains("Low weeks and windows", html, StringComparison.Ordinal);
    }
}
