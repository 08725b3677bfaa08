using Microsoft.EntityFrameworkCore;
using MlCareer.Core.Activities;
using MlCareer.Core.Common;
using MlCareer.Core.Engineers;
using MlCareer.Core.Involvement;
using MlCareer.Core.Projects;
using MlCareer.Core.Teams;
using MlCareer.Core.Workload;

namespace MlCareer.Data.Tests;

public abstract class MappingTests
{
    /// <summary>A new, empty database of the provider under test.</summary>
    protected abstract TestDatabase NewDatabase();

    private static readonly DateOnly Monday = new(2026, 11, 30);

    [Fact]
    public async Task SaveAndReload_WholeProjectGraph_ComesBackEqual()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await NewDatabase().MigrateAsync();
        int projectId, engineerId;
        await using (var db = database.CreateContext())
        {
            var (team, engineer) = await AddTeamAndEngineerAsync(db);
            Assert.Null(engineer.TrySetPreferences(new SidePreferences(
                EngineerProfile.DefaultSideActivityBudgetHours, [ActivityKind.Writing, ActivityKind.Speaking], [], ["pytorch"], [], null, 75, "USD")));
            var phase = new Phase { Kind = PhaseKind.ModelDevelopment };
            phase.SetShare(new Share(0.8));
            phase.Plan(Monday, Monday.AddDays(41));
            phase.TrySetTentative(true);
            phase.TryAddPeriod("Training run", Monday.AddDays(14), Monday.AddDays(20), new Share(0.2), Monday, out _);
            phase.TryAddPeriod("Second run", Monday.AddDays(21), Monday.AddDays(27), null, Monday, out _);
            var project = ProjectWith(team.Id, "Churn", phase);
            project.TrySetStartDate(Monday);
            project.Archive(Monday.AddDays(1));
            project.Assignments.Add(new Assignment { EngineerId = engineer.Id, Allocation = new Share(0.6) });
            db.Projects.Add(project);
            await db.SaveChangesAsync(ct);
            db.HourLogs.Add(new HourLog { EngineerId = engineer.Id, PhaseId = phase.Id, Week = new IsoWeek(2026, 53), Hours = new Hours(37.5), Note = "EDA" });
            await db.SaveChangesAsync(ct);
            (projectId, engineerId) = (project.Id, engineer.Id);
        }

        await using var reread = database.CreateContext();
        var loaded = await reread.Projects.Include(p => p.Phases).ThenInclude(p => p.Periods).Include(p => p.Assignments).SingleAsync(p => p.Id == projectId, ct);
        var loadedPhase = Assert.Single(loaded.Phases);
        Assert.Equal(PhaseKind.ModelDevelopment, loadedPhase.Kind);
        Assert.Equal(PhaseStatus.Tentative, loadedPhase.Status);
        Assert.Equal(new Share(0.8), loadedPhase.InvolvementShare);
        Assert.Equal(Monday.AddDays(41), loadedPhase.PlannedEnd);
        Assert.Equal([(Monday.AddDays(14), (Share?)new Share(0.2)), (Monday.AddDays(21), null)], loadedPhase.Periods.OrderBy(p => p.Start).Select(p => (p.Start, p.Share)));
        Assert.Equal((Monday, (DateOnly?)Monday.AddDays(1), 1), (loaded.StartDate, loaded.ArchivedOn, loadedPhase.Order));
        Assert.Equal(new Share(0.6), Assert.Single(loaded.Assignments).Allocation);
        var log = await reread.HourLogs.SingleAsync(ct);
        Assert.Equal((new IsoWeek(2026, 53), new Hours(37.5), "EDA"), (log.Week, log.Hours, log.Note));
        var engineerBack = await reread.Engineers.SingleAsync(e => e.Id == engineerId, ct);
        Assert.Equal([ActivityKind.Writing, ActivityKind.Speaking], engineerBack.Interests);
        Assert.Equal(["pytorch"], engineerBack.Skills);
        Assert.Equal(Money.Usd(75), engineerBack.MinimumFreelanceRate);
    }

    [Fact]
    public async Task SaveAndReload_EngagementWithOutcome_KeepsMoneyAndLink()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await NewDatabase().MigrateAsync();
        await using (var db = database.CreateContext())
        {
            var (_, engineer) = await AddTeamAndEngineerAsync(db);
            var activity = SideActivity.Create("technical-article", Draft with { PayBasis = PayBasis.PerHour, PayAmount = 40, PayCurrency = "USD" });
            db.SideActivities.Add(activity);
            await db.SaveChangesAsync(ct);
            var engagement = new Engagement
            {
                EngineerId = engineer.Id, SideActivityId = activity.Id, HoursPerWeek = new Hours(5),
                OutcomeLink = "https://example.com/a", MoneyEarned = new Money(450, "EUR"), CompetitionRank = 12,
            };
            engagement.Schedule(Monday, Monday.AddDays(20));
            engagement.TryComplete(Monday.AddDays(18), Monday.AddDays(30));
            db.Engagements.Add(engagement);
            await db.SaveChangesAsync(ct);
        }

        await using var reread = database.CreateContext();
        var loaded = await reread.Engagements.SingleAsync(ct);
        Assert.Equal(new Money(450, "EUR"), loaded.MoneyEarned);
        Assert.Equal("https://example.com/a", loaded.OutcomeLink);
        Assert.Equal(12, loaded.CompetitionRank);
        Assert.Equal(Monday.AddDays(20), loaded.End);
        Assert.Equal((EngagementStatus.Done, (DateOnly?)Monday.AddDays(18)), (loaded.Status, loaded.CompletedOn));
        Assert.Equal(new DateRange(Monday, Monday.AddDays(18)), loaded.CountedDates);
        Assert.Equal(ActivityPay.PerHour(Money.Usd(40)), (await reread.SideActivities.SingleAsync(ct)).Pay);
    }

    [Fact]
    public async Task SaveAndReload_SideActivity_KeepsEveryCatalogField()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await new SqliteDatabase().MigrateAsync();
        var draft = Draft with
        {
            Kind = ActivityKind.Mentoring, Link = "https://example.com/cohort", MinHoursPerWeek = 8, MaxHoursPerWeek = 10.5, MinWeeks = 4,
            CommitmentShape = CommitmentShape.Recurring, CommitmentWeeks = 52, NeedsTeam = true, PayBasis = PayBasis.PerPiece, PayAmount = 499.99m,
            PayCurrency = "EUR", Benefits = ActivityBenefits.Income | ActivityBenefits.Network, Skills = ["teaching", "pytorch"], Industry = "healthcare",
        };
        await using (var db = database.CreateContext())
        {
            var activity = SideActivity.Create("mentoring-cohort", draft);
            activity.Archive();
            db.SideActivities.Add(activity);
            await db.SaveChangesAsync(ct);
        }

        await using var reread = database.CreateContext();
        var loaded = await reread.SideActivities.SingleAsync(ct);

        Assert.Equal(draft, SideActivityDraft.From(loaded) with { Skills = draft.Skills });
        Assert.Equal(["teaching", "pytorch"], loaded.Skills);
        Assert.True(loaded.IsArchived);
        Assert.Equal(Commitment.Recurring(52), loaded.Commitment);
        Assert.Equal(new Money(499.99m, "EUR"), loaded.Pay.Money);
    }

    [Fact]
    public async Task SaveAndReload_PlanningSettings_KeepsSharesPerKind()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await NewDatabase().MigrateAsync();
        await using (var db = database.CreateContext())
        {
            var settings = PlanningSettings.CreateDefault();
            var shares = settings.Values.Shares.ToDictionary();
            shares[PhaseKind.Deployment] = new Share(0.4);
            Assert.Empty(settings.TryChange(settings.Values with { Shares = shares }));
            db.PlanningSettings.Add(settings);
            await db.SaveChangesAsync(ct);
        }

        await using var reread = database.CreateContext();
        var loaded = await reread.PlanningSettings.SingleAsync(ct);
        Assert.Equal(6, loaded.PhaseShares.Count);
        Assert.Equal(new Share(0.4), loaded.ShareFor(PhaseKind.Deployment));
        Assert.Equal(new Share(0.9), loaded.ShareFor(PhaseKind.DataWrangling));
    }

    [Fact]
    public async Task Save_TwoLogsForSameEngineerPhaseAndWeek_IsRejected()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await NewDatabase().MigrateAsync();
        await using var db = database.CreateContext();
        var (team, engineer) = await AddTeamAndEngineerAsync(db);
        var phase = new Phase { Kind = PhaseKind.DataLabeling };
        phase.Plan(Monday, Monday.AddDays(6));
        db.Projects.Add(ProjectWith(team.Id, "P", phase));
        await db.SaveChangesAsync(ct);

        db.HourLogs.Add(new HourLog { EngineerId = engineer.Id, PhaseId = phase.Id, Week = new IsoWeek(2026, 49), Hours = new Hours(4) });
        db.HourLogs.Add(new HourLog { EngineerId = engineer.Id, PhaseId = phase.Id, Week = new IsoWeek(2026, 49), Hours = new Hours(5) });

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync(ct));
    }

    internal static Project ProjectWith(int teamId, string name, params Phase[] phases)
    {
        var project = new Project { TeamId = teamId, Name = name };
        foreach (var phase in phases)
        {
            project.AddPhase(phase);
        }

        return project;
    }

    private static SideActivityDraft Draft { get; } = new(
        ActivityKind.Writing, "Article", "文章", null, null, null, 4, 8, 2, CommitmentShape.OneOff, null, true, false,
        PayBasis.None, null, null, ActivityBenefits.Visibility, ["writing"], null);

    internal static async Task<(Team Team, EngineerProfile Engineer)> AddTeamAndEngineerAsync(MlCareerDbContext db)
    {
        var ct = TestContext.Current.CancellationToken;
        var team = new Team { Name = "Vision" };
        var user = new AppUser { UserName = "ana@example.com", Email = "ana@example.com", DisplayName = "Ana" };
        db.Teams.Add(team);
        db.Users.Add(user);
        await db.SaveChangesAsync(ct);
        var engineer = new EngineerProfile { UserId = user.Id, DisplayName = "Ana", TeamId = team.Id };
        db.Engineers.Add(engineer);
        await db.SaveChangesAsync(ct);
        return (team, engineer);
    }
}
