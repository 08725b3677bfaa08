using MlCareer.Web.Features.Import;
using MlCareer.Web.Tests.Infrastructure;

namespace MlCareer.Web.Tests.Import;

/// <summary>The samples in docs/samples import cleanly into the demo organisation: first the plan, then hours on it.</summary>
public sealed class SampleFileTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Fact]
    public async Task Samples_DemoEngineer_PlanThenHoursImportWithoutAnError()
    {
        await using var ana = await AsUser.SignInAsync(app.Factory, "ana@mlcareer.example");
        var imports = ana.Service<ImportService>();
        var ct = TestContext.Current.CancellationToken;

        var plan = await imports.ImportAsync(ImportKind.Plan, await File.ReadAllBytesAsync(Sample("plan.csv"), ct), 50, cancellationToken: ct);
        var hours = await imports.ImportAsync(ImportKind.Hours, await File.ReadAllBytesAsync(Sample("hours.csv"), ct), cancellationToken: ct);

        Assert.True(plan.Succeeded, plan.Error?.MessageKey);
        Assert.Equal(7, plan.Value!.Rows);
        Assert.True(hours.Succeeded, hours.Error?.MessageKey);
        Assert.Equal(5, hours.Value!.Rows);
    }

    private static string Sample(string name)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "MlCareer.sln")))
        {
            dir = dir.Parent;
        }

        return Path.Combine(dir?.FullName ?? throw new InvalidOperationException("MlCareer.sln not found."), "docs", "samples", name);
    }
}
