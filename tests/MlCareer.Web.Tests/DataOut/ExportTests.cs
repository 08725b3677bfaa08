using System.Net;
using System.Text;
using Microsoft.AspNetCore.Mvc.Testing;
using MlCareer.Web.Tests.Infrastructure;

namespace MlCareer.Web.Tests.DataOut;

/// <summary>The CSV downloads, per role: each holds what its page shows the caller, in UTF-8 with a header row.</summary>
public abstract class ExportTests(AppFixture app)
{
    private const string Ana = "ana@mlcareer.example";
    private const string Ben = "ben@mlcareer.example";
    private const string Lin = "lin@mlcareer.example";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Hours_Engineer_OnlyTheirOwnWithIsoWeeks()
    {
        var (status, lines) = await GetAsync(Ana, "/export/hours.csv");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("engineer_email,engineer,week,project,phase,kind,hours,note", lines[0]);
        Assert.True(lines.Length > 10);
        Assert.All(lines.Skip(1), l => Assert.StartsWith("ana@mlcareer.example,Ana Souza,", l, StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains($",{MlCareerWebFactory.ThisWeek.AddWeeks(-1)},Customer churn prediction,", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Hours_TeamScope_EngineerRefusedLeadGetsTheTeam()
    {
        var (anaStatus, _) = await GetAsync(Ana, "/export/hours.csv?scope=team");
        var (linStatus, lines) = await GetAsync(Lin, "/export/hours.csv?scope=team");

        Assert.Equal(HttpStatusCode.Forbidden, anaStatus);
        Assert.Equal(HttpStatusCode.OK, linStatus);
        Assert.Contains(lines, l => l.StartsWith("ana@mlcareer.example,", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("ben@mlcareer.example,", StringComparison.Ordinal));
    }

    [Fact]
    public async Task WorkloadAndWindows_Mine_WeeksByKindAndWindowsWithCausesAndConfidence()
    {
        var (_, workload) = await GetAsync(Ana, "/export/workload.csv");
        var (_, windows) = await GetAsync(Ana, "/export/windows.csv");

        Assert.Equal("engineer,week,capacity_hours,load_hours,logged_hours,planned_hours,problem_understanding_hours,data_collection_hours," +
            "data_labeling_hours,data_wrangling_hours,model_development_hours,deployment_hours,side_activity_hours,free_hours,low,over", workload[0]);
        Assert.Contains(workload, l => l.StartsWith($"Ana Souza,{MlCareerWebFactory.ThisWeek},40,", StringComparison.Ordinal));
        Assert.Equal("engineer,start,end,weeks,min_free_hours,average_free_hours,confidence,reaches_horizon,causes", windows[0]);
        Assert.StartsWith($"Ana Souza,{MlCareerWebFactory.ThisWeek.AddWeeks(1)},", windows[1], StringComparison.Ordinal);
        Assert.Contains("Invoice document OCR", windows[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task WorkloadAndWindows_TeamScope_OnlyForALead()
    {
        Assert.Equal(HttpStatusCode.Forbidden, (await GetAsync(Ben, "/export/workload.csv?scope=team")).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await GetAsync(Ben, "/export/windows.csv?scope=team")).Status);
        var (status, lines) = await GetAsync(Lin, "/export/workload.csv?scope=team");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains(lines, l => l.StartsWith("Ben Okafor,", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("Lin Wei,", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Engagements_WithOutcomes_OwnOrTheLeadsTeam()
    {
        var (_, ben) = await GetAsync(Ben, "/export/engagements.csv");
        var (_, ana) = await GetAsync(Ana, "/export/engagements.csv");
        var (_, team) = await GetAsync(Lin, "/export/engagements.csv?scope=team");

        Assert.Equal(2, ben.Length);
        Assert.Contains(",technical-article,", ben[1], StringComparison.Ordinal);
        Assert.Contains(",Done,5,", ben[1], StringComparison.Ordinal);
        Assert.Contains("450.00,USD", ben[1], StringComparison.Ordinal);
        Assert.Single(ana);
        Assert.Equal(2, team.Length);
    }

    [Fact]
    public async Task Plan_ProjectOfAnotherTeam_404AndOwnProjectInTheImportColumns()
    {
        var other = await People.EngineerInNewTeamAsync(app.Factory, MlCareerWebFactory.AdminEmail, "Plan export elsewhere", "Olga Other");
        await using (var olga = await AsUser.SignInAsync(app.Factory, other))
        {
            Assert.True((await olga.Service<Web.Features.Import.ImportService>().ImportAsync(Web.Features.Import.ImportKind.Plan,
                Import.ImportFiles.Utf8(Import.ImportFiles.Plan("Elsewhere")), cancellationToken: Ct)).Succeeded);
        }

        int elsewhere;
        await using (var db = (await AsUser.SignInAsync(app.Factory, Ana)).Db())
        {
            elsewhere = db.Projects.Single(p => p.Name == "Elsewhere").Id;
        }

        var (refused, _) = await GetAsync(Ana, $"/export/projects/{elsewhere}/plan.csv");
        var (allowed, lines) = await GetAsync(other, $"/export/projects/{elsewhere}/plan.csv");

        Assert.Equal(HttpStatusCode.NotFound, refused);
        Assert.Equal(HttpStatusCode.OK, allowed);
        Assert.Equal(Import.ImportFiles.Plan("Elsewhere"), lines);
    }

    [Fact]
    public async Task AnyExport_Anonymous_GoesToSignIn()
    {
        using var client = app.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await client.GetAsync("/export/hours.csv", Ct);

        Assert.True(Cookies.IsSignInRedirect(response));
    }

    [Fact]
    public async Task File_IsUtf8WithAByteOrderMarkAndCrLfLines()
    {
        using var client = app.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await SignIn.PostAsync(client, Ana, MlCareerWebFactory.DemoPassword);

        var response = await client.GetAsync("/export/windows.csv", Ct);
        var bytes = await response.Content.ReadAsByteArrayAsync(Ct);

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("mlcareer-windows.csv", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.Contains("\r\n", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
    }

    private async Task<(HttpStatusCode Status, string[] Lines)> GetAsync(string email, string path)
    {
        using var client = app.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var password = email.EndsWith("@people.example", StringComparison.Ordinal) ? People.Password : MlCareerWebFactory.DemoPassword;
        await SignIn.PostAsync(client, email, password);
        var response = await client.GetAsync(path, Ct);
        var text = (await response.Content.ReadAsStringAsync(Ct)).TrimStart('\uFEFF');
        return (response.StatusCode, text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries));
    }
}
