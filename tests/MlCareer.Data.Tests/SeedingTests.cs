using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using MlCareer.Core.Activities;
using MlCareer.Core.Common;
using MlCareer.Core.Projects;
using MlCareer.Core.Security;
using MlCareer.Data.Seeding;

namespace MlCareer.Data.Tests;

public abstract class SeedingTests
{
    /// <summary>A new, empty database of the provider under test.</summary>
    protected abstract TestDatabase NewDatabase();

    private static readonly DateTimeOffset Today = new(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task StartAsync_RunTwice_SeedsEverythingOnce()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = NewDatabase();
        await using var services = database.BuildServices();
        var initializer = CreateInitializer(database, services, demo: true);

        await initializer.StartingAsync(ct);
        var first = await CountAsync(database);
        await initializer.StartingAsync(ct);
        var second = await CountAsync(database);

        Assert.Equal(first, second);
        Assert.Equal((3, 9, 1, 4), (first.Roles, first.Activities, first.Teams, first.Projects));
        Assert.Equal(1 + 1 + 6, first.Users);
        Assert.True(first.HourLogs > 0);
        Assert.Equal(1, first.Engagements);
        Assert.Equal(1, first.Settings);
    }

    [Fact]
    public async Task StartAsync_DemoDisabled_CreatesOnlyRolesAdminCatalogAndSettings()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = NewDatabase();
        await using var services = database.BuildServices();

        await CreateInitializer(database, services, demo: false).StartingAsync(ct);

        var counts = await CountAsync(database);
        Assert.Equal((3, 9, 0, 0, 1), (counts.Roles, counts.Activities, counts.Teams, counts.Projects, counts.Users));
    }

    [Fact]
    public async Task CatalogSeeder_AdminEditedEntry_IsNotOverwritten()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await NewDatabase().MigrateAsync();
        await using (var db = database.CreateContext())
        {
            await CatalogSeeder.SeedAsync(db, ct);
            var learning = await db.SideActivities.SingleAsync(a => a.Key == "daily-learning", ct);
            learning.Update(SideActivityDraft.From(learning) with { Title = "Learn every day" });
            await db.SaveChangesAsync(ct);
        }

        await using var again = database.CreateContext();
        var added = await CatalogSeeder.SeedAsync(again, ct);

        Assert.Equal(0, added);
        Assert.Equal("Learn every day", (await again.SideActivities.SingleAsync(a => a.Key == "daily-learning", ct)).Title);
    }

    [Fact]
    public void LoadDefaults_NineEntriesOfEveryKind_PassTheCatalogRules()
    {
        var catalog = CatalogSeeder.LoadDefaults();

        Assert.Equal(9, catalog.Count);
        Assert.Equal(9, catalog.Select(a => a.Key).Distinct().Count());
        Assert.Equal(Enum.GetValues<ActivityKind>(), catalog.Select(a => a.Kind).Distinct().Order());
        Assert.All(catalog, a => Assert.Empty(SideActivityRules.Validate(SideActivityDraft.From(a))));
        Assert.All(catalog, a => Assert.False(string.IsNullOrWhiteSpace(a.DescriptionZh)));
        Assert.Equal(Commitment.Recurring(52), catalog.Single(a => a.Key == "mentoring-cohort").Commitment);
        Assert.Equal(ActivityPay.PerPiece(Money.Usd(500)), catalog.Single(a => a.Key == "technical-article").Pay);
        Assert.True(catalog.Single(a => a.Key == "team-ml-competition").NeedsTeam);
    }

    [Fact]
    public async Task CatalogSeeder_ArchivedEntry_StaysArchived()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await new SqliteDatabase().MigrateAsync();
        await using (var db = database.CreateContext())
        {
            await CatalogSeeder.SeedAsync(db, ct);
            (await db.SideActivities.SingleAsync(a => a.Key == "mentoring-cohort", ct)).Archive();
            await db.SaveChangesAsync(ct);
        }

        await using var again = database.CreateContext();
        var added = await CatalogSeeder.SeedAsync(again, ct);

        Assert.Equal(0, added);
        Assert.True((await again.SideActivities.SingleAsync(a => a.Key == "mentoring-cohort", ct)).IsArchived);
        Assert.Equal(9, await again.SideActivities.CountAsync(ct));
    }

    [Fact]
    public async Task DemoSeeder_FixedToday_LogsTwelvePastWeeksAndPlansATrainingRunAhead()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = NewDatabase();
        await using var services = database.BuildServices();
        await CreateInitializer(database, services, demo: true).StartingAsync(ct);
        var thisWeek = IsoWeek.FromDate(DateOnly.FromDateTime(Today.Date));

        await using var db = database.CreateContext();
        var weeks = await db.HourLogs.Select(h => h.Week).Distinct().ToListAsync(ct);
        var run = await db.PhasePeriods.SingleAsync(ct);
        var churn = await db.Projects.Include(p => p.Phases).Include(p => p.Assignments).SingleAsync(p => p.Name == "Customer churn prediction", ct);
        var ana = await db.Engineers.SingleAsync(e => e.DisplayName == "Ana Souza", ct);

        Assert.Equal(DemoSeeder.LoggedWeeks, weeks.Count);
        Assert.All(weeks, w => Assert.True(w < thisWeek));
        Assert.True(run.Start > thisWeek.Sunday);
        Assert.Equal(new Share(0.7), churn.Assignments.Single(a => a.EngineerId == ana.Id).Allocation);
        Assert.Contains(churn.Phases, p => p.Status == PhaseStatus.Done);
        Assert.Contains(churn.Phases, p => p.Status == PhaseStatus.Active);
    }

    private static DatabaseInitializer CreateInitializer(TestDatabase database, ServiceProvider services, bool demo) => new(
        services.GetRequiredService<IServiceScopeFactory>(),
        Options.Create(new DatabaseOptions { Provider = database.Provider, MigrateOnStartup = true }),
        Options.Create(new AdminOptions { Email = "admin@example.com", Password = "Admin-Password-2026" }),
        Options.Create(new DemoOptions { Enabled = demo }),
        new FakeTimeProvider(Today),
        NullLogger<DatabaseInitializer>.Instance);

    private static async Task<Counts> CountAsync(TestDatabase database)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var db = database.CreateContext();
        return new Counts(
            await db.Roles.CountAsync(ct),
            await db.Users.CountAsync(ct),
            await db.SideActivities.CountAsync(ct),
            await db.Teams.CountAsync(ct),
            await db.Projects.CountAsync(ct),
            await db.HourLogs.CountAsync(ct),
            await db.Engagements.CountAsync(ct),
            await db.PlanningSettings.CountAsync(ct),
            await db.Engineers.CountAsync(ct));
    }

    private sealed record Counts(int Roles, int Users, int Activities, int Teams, int Projects, int HourLogs, int Engagements, int Settings, int Engineers);
}
