using Microsoft.EntityFrameworkCore;
using MlCareer.Web.Features;
using MlCareer.Web.Features.Backup;
using MlCareer.Web.Features.Catalog;
using MlCareer.Web.Features.Settings;
using MlCareer.Web.Features.Teams;
using MlCareer.Web.Features.Users;
using MlCareer.Web.Tests.Infrastructure;
using static MlCareer.Web.Tests.Security.Matrix.Access;

namespace MlCareer.Web.Tests.Security.Matrix;

/// <summary>Rows for the admin's use cases: catalog, settings, people and accounts, capacity, backups and teams.</summary>
public static class AdminCells
{
    private static CancellationToken Ct => Cell.Ct;

    public static IEnumerable<MethodCells> All()
    {
        var catalog = new Rows<CatalogService>();
        yield return catalog.Read(nameof(CatalogService.ListAsync), AdminOnly, (s, _) => s.ListAsync(Ct));
        yield return catalog.Write(nameof(CatalogService.CreateAsync), AdminOnly, async (s, c) => await s.CreateAsync(await NewEntryAsync(c), Ct));
        yield return catalog.Write(nameof(CatalogService.UpdateAsync), AdminOnly, (s, c) => s.UpdateAsync(c.Target<ActivityInput>(), Ct), EntryAsync);
        yield return catalog.Write(nameof(CatalogService.ArchiveAsync), AdminOnly, (s, c) => s.ArchiveAsync(c.Target<ActivityInput>().Id!.Value, c.Target<ActivityInput>().Version, Ct), EntryAsync);
        yield return catalog.Write(nameof(CatalogService.RestoreAsync), AdminOnly, (s, c) => s.RestoreAsync(c.Target<ActivityInput>().Id!.Value, c.Target<ActivityInput>().Version, Ct), EntryAsync);

        var settings = new Rows<SettingsService>();
        yield return settings.Read(nameof(SettingsService.GetAsync), AnySignedIn, (s, _) => s.GetAsync(Ct));
        yield return settings.Write(nameof(SettingsService.SaveAsync), AdminOnly, (s, c) => s.SaveAsync(c.Target<SettingsInput>(), Ct),
            async c => (await c.Admin.Resolve<SettingsService>().GetAsync(Ct)).Value);

        var users = new Rows<UserAdminService>();
        yield return users.Read(nameof(UserAdminService.ListAsync), AdminOnly, (s, _) => s.ListAsync(Ct));
        yield return users.Read(nameof(UserAdminService.TeamsAsync), AdminOnly.Refusing(Outcome.Nothing), (s, _) => s.TeamsAsync(Ct));
        yield return users.Write(nameof(UserAdminService.SaveAsync), AdminOnly, (s, c) => s.SaveAsync(new UserInput
        {
            Email = $"{Guid.NewGuid():N}@matrix.example",
            DisplayName = c.Unique("Matrix person"),
            Password = People.Password,
            TeamId = c.World.OwnTeamId,
        }, Ct));

        var accounts = new Rows<AccountAdminService>();
        yield return accounts.Write(nameof(AccountAdminService.ResetPasswordAsync), AdminOnly, (s, c) => s.ResetPasswordAsync(c.World.TargetUserId, "Matrix-Reset-Password-1", Ct));
        yield return accounts.Write(nameof(AccountAdminService.DeactivateAsync), AdminOnly, (s, c) => s.DeactivateAsync(c.World.TargetUserId, Ct));
        yield return accounts.Write(nameof(AccountAdminService.ReactivateAsync), AdminOnly, (s, c) => s.ReactivateAsync(c.World.TargetUserId, Ct), DeactivatedTargetAsync);

        yield return new Rows<CapacityAdminService>().Write(nameof(CapacityAdminService.SetAsync), AdminOnly, (s, c) => s.SetAsync(c.Target<CapacityInput>(), Ct), async c =>
        {
            await using var db = c.Admin.Db();
            var version = await db.Engineers.Where(e => e.Id == c.World.TargetEngineerId).Select(e => e.Version).SingleAsync(Ct);
            return new CapacityInput { UserId = c.World.TargetUserId, Hours = "36", Version = version };
        });

        var backups = new Rows<BackupService>();
        yield return backups.Read(nameof(BackupService.ListAsync), AdminOnly, (s, _) => s.ListAsync(Ct));
        // On PostgreSQL the admin is told pg_dump backs it up: past the access check all the same.
        yield return backups.Write(nameof(BackupService.BackUpNowAsync), AdminOnly, async (s, _) => PastTheCheck(await s.BackUpNowAsync(Ct)));

        var teams = new Rows<TeamAdminService>();
        yield return teams.Read(nameof(TeamAdminService.ListAsync), AdminOnly, (s, _) => s.ListAsync(Ct));
        yield return teams.Write(nameof(TeamAdminService.CreateAsync), AdminOnly, (s, c) => s.CreateAsync(new TeamNameInput { Name = c.Unique("Matrix team") }, Ct));
        yield return teams.Write(nameof(TeamAdminService.RenameAsync), AdminOnly, (s, c) => s.RenameAsync(c.Target<TeamAdminRow>().Id, new TeamNameInput { Name = c.Unique("Renamed"), Version = c.Target<TeamAdminRow>().Version }, Ct), EmptyTeamAsync);
        yield return teams.Write(nameof(TeamAdminService.DeleteAsync), AdminOnly, (s, c) => s.DeleteAsync(c.Target<TeamAdminRow>().Id, c.Target<TeamAdminRow>().Version, Ct), EmptyTeamAsync);
        yield return teams.Write(nameof(TeamAdminService.SetLeadAsync), AdminOnly, (s, c) => s.SetLeadAsync(c.World.OwnTeamId, c.World.TargetEngineerId, isLead: true, Ct));
    }

    private static Result PastTheCheck(Result result) => result.Error?.MessageKey == BackupService.NotSqliteKey ? Result.Ok() : result;

    private static async Task<ActivityInput> NewEntryAsync(Cell cell)
    {
        await using var db = cell.Admin.Db();
        var input = ActivityInput.From(await db.SideActivities.AsNoTracking().SingleAsync(a => a.Key == "technical-article", Ct));
        input.Id = null;
        input.Title = cell.Unique("Matrix article");
        return input;
    }

    private static async Task<object?> EntryAsync(Cell cell)
    {
        var created = await cell.Admin.Resolve<CatalogService>().CreateAsync(await NewEntryAsync(cell), Ct);
        await using var db = cell.Admin.Db();
        return ActivityInput.From(await db.SideActivities.AsNoTracking().SingleAsync(a => a.Id == created.Value, Ct));
    }

    private static async Task<object?> DeactivatedTargetAsync(Cell cell)
    {
        Assert.True((await cell.Admin.Resolve<AccountAdminService>().DeactivateAsync(cell.World.TargetUserId, Ct)).Succeeded);
        return null;
    }

    private static async Task<object?> EmptyTeamAsync(Cell cell)
    {
        var admin = cell.Admin.Resolve<TeamAdminService>();
        var name = cell.Unique("Matrix empty team");
        Assert.True((await admin.CreateAsync(new TeamNameInput { Name = name }, Ct)).Succeeded);
        return (await admin.ListAsync(Ct)).Value!.Single(t => t.Name == name);
    }
}
