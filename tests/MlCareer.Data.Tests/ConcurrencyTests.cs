using Microsoft.EntityFrameworkCore;
using MlCareer.Core.Common;
using MlCareer.Core.Projects;
using MlCareer.Core.Workload;

namespace MlCareer.Data.Tests;

public abstract class ConcurrencyTests
{
    /// <summary>A new, empty database of the provider under test.</summary>
    protected abstract TestDatabase NewDatabase();

    [Fact]
    public async Task SaveChanges_ProjectChangedByAnotherUserSinceRead_ThrowsConcurrencyException()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await NewDatabase().MigrateAsync();
        int projectId;
        await using (var setup = database.CreateContext())
        {
            var (team, _) = await MappingTests.AddTeamAndEngineerAsync(setup);
            var project = new Project { TeamId = team.Id, Name = "Churn" };
            setup.Projects.Add(project);
            await setup.SaveChangesAsync(ct);
            projectId = project.Id;
        }

        await using var first = database.CreateContext();
        await using var second = database.CreateContext();
        var mine = await first.Projects.SingleAsync(p => p.Id == projectId, ct);
        var theirs = await second.Projects.SingleAsync(p => p.Id == projectId, ct);
        theirs.TryRename("Churn v2");
        await second.SaveChangesAsync(ct);

        mine.TryRename("Churn prediction");

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => first.SaveChangesAsync(ct));
        await using var check = database.CreateContext();
        Assert.Equal("Churn v2", (await check.Projects.SingleAsync(p => p.Id == projectId, ct)).Name);
    }

    [Fact]
    public async Task SaveChanges_StaleVersionFromAnEditForm_ThrowsConcurrencyException()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await NewDatabase().MigrateAsync();
        Guid versionShownInForm;
        int logId;
        await using (var setup = database.CreateContext())
        {
            var (team, engineer) = await MappingTests.AddTeamAndEngineerAsync(setup);
            var phase = new Phase { Kind = PhaseKind.DataWrangling };
            phase.Plan(new DateOnly(2026, 11, 30), new DateOnly(2026, 12, 27));
            setup.Projects.Add(MappingTests.ProjectWith(team.Id, "P", phase));
            await setup.SaveChangesAsync(ct);
            var log = new HourLog { EngineerId = engineer.Id, PhaseId = phase.Id, Week = new IsoWeek(2026, 49), Hours = new Hours(10) };
            setup.HourLogs.Add(log);
            await setup.SaveChangesAsync(ct);
            (versionShownInForm, logId) = (log.Version, log.Id);
            Assert.Null(log.TryCorrect(12, log.Note));
            await setup.SaveChangesAsync(ct);
        }

        await using var db = database.CreateContext();
        var stale = await db.HourLogs.SingleAsync(h => h.Id == logId, ct);
        db.Entry(stale).Property(h => h.Version).OriginalValue = versionShownInForm;
        Assert.Null(stale.TryCorrect(20, stale.Note));

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => db.SaveChangesAsync(ct));
    }

    [Fact]
    public async Task SaveChanges_TwoSavesRacingFromOneRead_ExactlyOneIsStored()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await NewDatabase().MigrateAsync();
        int teamId;
        await using (var setup = database.CreateContext())
        {
            teamId = (await MappingTests.AddTeamAndEngineerAsync(setup)).Team.Id;
        }

        var contexts = Enumerable.Range(0, 2).Select(_ => database.CreateContext()).ToList();
        var teams = await Task.WhenAll(contexts.Select(db => db.Teams.SingleAsync(t => t.Id == teamId, ct)));
        teams[0].TryRename("first");
        teams[1].TryRename("second");

        var outcomes = await Task.WhenAll(contexts.Select(async db =>
        {
            try
            {
                await db.SaveChangesAsync(ct);
                return true;
            }
            catch (DbUpdateConcurrencyException)
            {
                return false;
            }
        }));

        Assert.Single(outcomes, stored => stored);
        await using var check = database.CreateContext();
        var winner = teams[Array.IndexOf(outcomes, true)];
        var stored = await check.Teams.SingleAsync(t => t.Id == teamId, ct);
        Assert.Equal((winner.Description, winner.Version), (stored.Description, stored.Version));
        foreach (var db in contexts)
        {
            await db.DisposeAsync();
        }
    }

    [Fact]
    public async Task SaveChanges_EveryUpdate_StampsANewVersion()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await NewDatabase().MigrateAsync();
        await using var db = database.CreateContext();
        var (team, _) = await MappingTests.AddTeamAndEngineerAsync(db);
        var created = team.Version;

        team.TryRename("Forecasting");
        await db.SaveChangesAsync(ct);

        Assert.NotEqual(Guid.Empty, created);
        Assert.NotEqual(created, team.Version);
    }

    [Fact]
    public async Task SaveChanges_OnlyAnOwnedShareChangedFromAStaleRead_IsAConflict()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await NewDatabase().MigrateAsync();
        await using (var setup = database.CreateContext())
        {
            setup.PlanningSettings.Add(MlCareer.Core.Involvement.PlanningSettings.CreateDefault());
            await setup.SaveChangesAsync(ct);
        }

        await using var first = database.CreateContext();
        await using var second = database.CreateContext();
        var mine = await first.PlanningSettings.SingleAsync(ct);
        var theirs = await second.PlanningSettings.SingleAsync(ct);
        var versionRead = theirs.Version;
        Assert.Empty(theirs.TryChange(WithLabeling(theirs.Values, 0.3)));
        await second.SaveChangesAsync(ct);

        Assert.Empty(mine.TryChange(WithLabeling(mine.Values, 0.2)));

        Assert.NotEqual(versionRead, theirs.Version);
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => first.SaveChangesAsync(ct));
        await using var check = database.CreateContext();
        Assert.Equal(new Share(0.3), (await check.PlanningSettings.SingleAsync(ct)).ShareFor(PhaseKind.DataLabeling));
    }

    private static MlCareer.Core.Involvement.PlanningValues WithLabeling(MlCareer.Core.Involvement.PlanningValues values, double share)
    {
        var shares = values.Shares.ToDictionary();
        shares[PhaseKind.DataLabeling] = new Share(share);
        return values with { Shares = shares };
    }
}
