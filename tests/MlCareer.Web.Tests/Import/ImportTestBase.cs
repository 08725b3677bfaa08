using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using MlCareer.Core.Common;
using MlCareer.Core.Projects;
using MlCareer.Web.Features;
using MlCareer.Web.Features.Import;
using MlCareer.Web.Tests.Infrastructure;
using static MlCareer.Web.Tests.Import.ImportFiles;

namespace MlCareer.Web.Tests.Import;

/// <summary>Import services acting for demo users, and counts of what is stored, for the import tests.</summary>
public abstract class ImportTestBase(AppFixture app) : IAsyncDisposable
{
    protected const string Ana = "ana@mlcareer.example";
    protected const string Churn = "Customer churn prediction";

    private readonly List<AsUser> _users = [];

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    protected IReadOnlyList<AsUser> Users => _users;

    public async ValueTask DisposeAsync()
    {
        foreach (var user in _users)
        {
            await user.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }

    protected async Task<(ImportPreview Preview, bool Stored)> PreviewAndImportAsync(ImportKind kind, byte[] file)
    {
        var imports = await ImportsAsync(Ana);
        var (projects, logs) = (await ProjectCountAsync(), await HourLogCountAsync());
        var preview = await imports.PreviewAsync(kind, file, cancellationToken: Ct);
        var result = await imports.ImportAsync(kind, file, cancellationToken: Ct);
        Assert.False(result.Succeeded);
        return (preview, (projects, logs) != (await ProjectCountAsync(), await HourLogCountAsync()));
    }

    protected async Task<ImportService> ImportsAsync(string email)
    {
        var user = await AsUser.SignInAsync(app.Factory, email);
        _users.Add(user);
        return user.Service<ImportService>();
    }

    protected async Task<int> ProjectCountAsync()
    {
        await using var db = (await Ensure()).Db();
        return await db.Projects.CountAsync(Ct);
    }

    protected async Task<int> HourLogCountAsync()
    {
        await using var db = (await Ensure()).Db();
        return await db.HourLogs.CountAsync(Ct);
    }

    private async Task<AsUser> Ensure()
    {
        if (_users.Count == 0)
        {
            await ImportsAsync(Ana);
        }

        return _users[0];
    }

    protected string Message(ResultError error) =>
        _users[0].Services.GetRequiredService<IStringLocalizer<SharedResource>>().Message(error);
}
