using System.Net;
using System.Text.RegularExpressions;
using MlCareer.Web.Tests.Infrastructure;

namespace MlCareer.Web.Tests.Http;

/// <summary>Every page names itself with one <c>h1</c>, which the router also focuses after a navigation. Reads only: a shared app.</summary>
public sealed partial class PageStructureTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private static readonly string[] Pages =
    [
        "/", "/projects", "/projects/new", "/timesheet", "/workload", "/suggestions", "/activities", "/team", "/import",
        "/me/preferences", "/me/tokens", "/admin/users", "/admin/teams", "/admin/settings", "/admin/catalog", "/admin/backup",
    ];

    [Fact]
    public async Task EveryPage_SignedInAsTheDemoAdmin_HasExactlyOneH1()
    {
        // One sign-in for all pages: the sign-in limit allows ten per account in 15 minutes.
        using var client = app.Factory.CreateClient(new() { AllowAutoRedirect = false });
        await SignIn.PostAsync(client, "admin@mlcareer.example", MlCareerWebFactory.DemoPassword);

        var found = new List<string>();
        foreach (var path in Pages)
        {
            var response = await client.GetAsync(path, TestContext.Current.CancellationToken);
            var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            found.Add($"{path}: {(int)response.StatusCode}, {H1().Count(html)} h1");
        }

        Assert.Equal(Pages.Select(p => $"{p}: 200, 1 h1"), found);
    }

    [GeneratedRegex("<h1[\\s>]", RegexOptions.IgnoreCase)]
    private static partial Regex H1();
}
