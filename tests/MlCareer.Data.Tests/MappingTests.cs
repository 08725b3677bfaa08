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
            engineer.Interests = [ActivityKind.Writing, ActivityKind.Speaking];
            engineer.Skills = ["pytorch"];
            engineer.MinimumFreelanceRate = Money.Usd(75);
            var phase = new Phase { Kind = PhaseKind.ModelDevelopment, Order = 1, Status = PhaseStatus.Tentative, InvolvementShare = new Share(0.8) };
            phase.Plan(Monday, Monday.AddDays(41));
            var period = new PhasePeriod { Label = "Training run", Share = new Share(0.15) };
            period.Plan(Monday.AddDays(14), Monday.AddDays(27));
            phase.Periods.Add(period);
            var project = new Project { TeamId = team.Id, Name = "Churn", StartDate = Monday, Phases = [phase] };
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
        Assert.Equal(new Share(0.15), Assert.Single(loadedPhase.Periods).Share);
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
            var activity = new SideActivity { Key = "technical-article", Title = "Article", Kind = ActivityKind.Writing, HoursPerWeek = new Hours(6), PayPerHour = Money.Usd(40) };
            db.SideActivities.Add(activity);
            await db.SaveChangesAsync(ct);
            var engagement = new Engagement
            {
                EngineerId = engineer.Id, SideActivityId = activity.Id, Status = EngagementStatus.Done, HoursPerWeek = new Hours(5),
                OutcomeLink = "https://example.com/a", MoneyEarned = new Money(450, "EUR"), CompetitionRank = 12,
            };
            engagement.Schedule(Monday, Monday.AddDays(20));
            db.Engagements.Add(engagement);
            await db.SaveChangesAsync(ct);
        }

        await using var reread = database.CreateContext();
        var loaded = await reread.Engagements.SingleAsync(ct);
        Assert.Equal(new Money(450, "EUR"), loaded.MoneyEarned);
        Assert.Equal("https://example.com/a", loaded.OutcomeLink);
        Assert.Equal(12, loaded.CompetitionRank);
        Assert.Equal(Monday.AddDays(20), loaded.End);
        Assert.Equal(Money.Usd(40), (await reread.SideActivities.SingleAsync(ct)).PayPerHour);
    }

    [Fact]
    public async Task SaveAndReload_PlanningSettings_KeepsSharesPerKind()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = await NewDatabase().MigrateAsync();
        await using (var db = database.CreateContext())
        {
            var settings = PlanningSettings.CreateDefault();
            settings.PhaseShares.Single(s => s.Kind == PhaseKind.Deployment).Share = new Share(0.4);
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
        var phase = new Phase { Kind = PhaseKind.DataLabeling, Order = 1 };
        phase.Plan(Monday, Monday.AddDays(6));
        db.Projects.Add(new Project { TeamId = team.Id, Name = "P", Phases = [phase] });
        await db.SaveChangesAsync(ct);

        db.HourLogs.Add(new HourLog { EngineerId = engineer.Id, PhaseId = phase.Id, Week = new IsoWeek(2026, 49), Hours = new Hours(4) });
        db.HourLogs.Add(new HourLog { EngineerId = engineer.Id, PhaseId = phase.Id, Week = new IsoWeek(2026, 49), Hours = new Hours(5) });

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync(ct));
    }

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
