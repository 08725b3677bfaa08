using MlCareer.Data.Backup;
using MlCareer.Web.Features;
using MlCareer.Web.Features.Backup;
using MlCareer.Web.Tests.Infrastructure;

namespace MlCareer.Web.Tests.Features;

public sealed class BackupServiceTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task BackUpNow_Admin_ListsAnIntactCopyNamedAfterNow()
    {
        await using var admin = await AsUser.SignInAsync(app.Factory, "admin@mlcareer.example");
        var backups = admin.Service<BackupService>();

        var first = await backups.BackUpNowAsync(Ct);
        var second = await backups.BackUpNowAsync(Ct);
        var list = (await backups.ListAsync(Ct)).Value!;

        Assert.Equal("mlcareer-20261125-093000.db", first.Value!.Name);
        Assert.Equal("mlcareer-20261125-093000-2.db", second.Value!.Name);
        Assert.True(list.IsSqlite);
        Assert.Contains(list.Files, f => f.Name == first.Value.Name && f.SizeBytes > 0 && f.TakenAt == MlCareerWebFactory.FixedNow);
        Assert.Equal("ok", await SqliteBackup.CheckIntegrityAsync(Path.Combine(list.Folder, first.Value.Name), Ct));
    }

    [Theory]
    [InlineData("ana@mlcareer.example")]
    [InlineData("lin@mlcareer.example")]
    public async Task BackUpNowAndList_NotAnAdmin_AreForbiddenAndWriteNothing(string email)
    {
        await using var user = await AsUser.SignInAsync(app.Factory, email);
        var backups = user.Service<BackupService>();
        var before = Directory.Exists(Folder) ? Directory.GetFiles(Folder).Length : 0;

        var made = await backups.BackUpNowAsync(Ct);
        var list = await backups.ListAsync(Ct);

        Assert.Equal(ErrorKind.Forbidden, made.Error!.Kind);
        Assert.Equal(ErrorKind.Forbidden, list.Error!.Kind);
        Assert.Equal(before, Directory.Exists(Folder) ? Directory.GetFiles(Folder).Length : 0);
    }

    private string Folder => Path.Combine(app.Factory.Folder, "backups");
}
