using System.Net;
using System.Text;
using Microsoft.AspNetCore.Mvc.Testing;
using MlCareer.Web.Features.Backup;
using MlCareer.Web.Tests.Infrastructure;

namespace MlCareer.Web.Tests.Http;

public sealed class BackupDownloadTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Download_Admin_GetsTheSqliteFile()
    {
        var name = await BackUpAsync();
        using var client = await SignedInAsync("admin@mlcareer.example");

        var response = await client.GetAsync($"/admin/backups/{name}", Ct);
        var bytes = await response.Content.ReadAsByteArrayAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(name, response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        Assert.Equal("SQLite format 3\0", Encoding.ASCII.GetString(bytes, 0, 16));
    }

    [Theory]
    [InlineData("/admin/backups/mlcareer-20261125-093000.db", "ana@mlcareer.example")]
    [InlineData("/admin/backups/mlcareer-20261125-093000.db", "lin@mlcareer.example")]
    [InlineData("/admin/backup", "ana@mlcareer.example")]
    [InlineData("/admin/backup", "lin@mlcareer.example")]
    public async Task BackupPageAndDownload_NotAnAdmin_AreRefused(string path, string email)
    {
        await BackUpAsync();
        using var client = await SignedInAsync(email);

        var response = await client.GetAsync(path, Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/AccessDenied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Download_Anonymous_GoesToSignIn()
    {
        using var client = app.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await client.GetAsync("/admin/backups/mlcareer-20261125-093000.db", Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("..%2Fmlcareer.db")]
    [InlineData("mlcareer.db")]
    [InlineData("mlcareer-20991231-235959.db")]
    public async Task Download_NotABackupOfTheFolder_Is404WithAMessage(string name)
    {
        using var client = await SignedInAsync("admin@mlcareer.example");

        var response = await client.GetAsync($"/admin/backups/{name}", Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("There is no backup named", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task BackupPage_Admin_ListsTheBackups()
    {
        var name = await BackUpAsync();
        using var client = await SignedInAsync("admin@mlcareer.example");

        var html = await client.GetStringAsync("/admin/backup", Ct);

        Assert.Contains(name, html, StringComparison.Ordinal);
        Assert.Contains("Back up now", html, StringComparison.Ordinal);
    }

    private async Task<string> BackUpAsync()
    {
        await using var admin = await AsUser.SignInAsync(app.Factory, "admin@mlcareer.example");
        return (await admin.Service<BackupService>().BackUpNowAsync(Ct)).Value!.Name;
    }

    private async Task<HttpClient> SignedInAsync(string email)
    {
        var client = app.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await SignIn.PostAsync(client, email, MlCareerWebFactory.DemoPassword);
        return client;
    }
}
