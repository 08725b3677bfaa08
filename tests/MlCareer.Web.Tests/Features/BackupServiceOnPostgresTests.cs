using MlCareer.Web.Features;
using MlCareer.Web.Features.Backup;
using MlCareer.Web.Tests.Infrastructure;

namespace MlCareer.Web.Tests.Features;

public sealed class BackupServiceOnPostgresTests(PostgresApp app) : IClassFixture<PostgresApp>
{
    [Fact]
    public async Task BackUpNow_Postgres_PointsToPgDumpAndWritesNothing()
    {
        await using var admin = await AsUser.SignInAsync(app.Required().Factory, "admin@mlcareer.example");
        var backups = admin.Service<BackupService>();

        var made = await backups.BackUpNowAsync(TestContext.Current.CancellationToken);
        var list = (await backups.ListAsync(TestContext.Current.CancellationToken)).Value!;

        Assert.Equal((ErrorKind.Invalid, BackupService.NotSqliteKey), (made.Error!.Kind, made.Error.MessageKey));
        Assert.False(list.IsSqlite);
        Assert.Empty(list.Files);
    }
}
