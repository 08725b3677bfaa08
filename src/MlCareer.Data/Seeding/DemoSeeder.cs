using MlCareer.Core.Activities;
using MlCareer.Core.Engineers;
using MlCareer.Core.Involvement;
using MlCareer.Core.Projects;
using MlCareer.Core.Security;
using MlCareer.Core.Teams;
using MlCareer.Core.Workload;

namespace MlCareer.Data.Seeding;

/// <summary>
/// Writes <see cref="DemoPlan"/> relative to today: past phases done, current ones active, twelve weeks
/// of logged hours, and one finished engagement with its outcome. Runs once (skips when the team exists).
/// </summary>
public sealed class DemoSeeder(MlCareerDbContext db, IdentitySeeder identity)
{
    public const int LoggedWeeks = 12;

    public async Task<bool> SeedAsync(DateOnly today, CancellationToken cancellationToken)
    {
        if (await db.Teams.AnyAsync(t => t.Name == DemoPlan.TeamName, cancellationToken))
        {
            return false;
        }

        var team = new Team { Name = DemoPlan.TeamName, Description = "Computer vision, NLP and forecasting for the business units." };
        db.Teams.Add(team);
        await db.SaveChangesAsync(cancellationToken);

        await identity.CreateUserAsync(DemoPlan.AdminEmail, "Demo Admin", DemoPlan.Password, [Roles.Admin, Roles.Engineer], team.Id, cancellationToken);
        var engineerIds = new Dictionary<string, int>();
        foreach (var person in DemoPlan.People)
        {
            string[] roles = person.IsLead ? [Roles.Engineer, Roles.TeamLead] : [Roles.Engineer];
            var user = await identity.CreateUserAsync(person.Email, person.Name, DemoPlan.Password, roles, team.Id, cancellationToken);
            var profile = await db.Engineers.SingleAsync(e => e.UserId == user.Id, cancellationToken);
            var preferences = new SidePreferences(
                profile.SideActivityBudgetHours.Value, person.Interests, person.Dislikes, person.Skills, [], person.Industry, person.MinRate, "USD");
            if (profile.TrySetPreferences(preferences) is { } violation)
            {
                throw new InvalidOperationException($"The demo preferences of {person.Email} break {violation.Code} on {violation.Field}.");
            }

            engineerIds[person.Email] = profile.Id;
        }

        var thisWeek = IsoWeek.FromDate(today);
        var projects = DemoPlan.Projects.Select(p => BuildProject(p, team.Id, thisWeek, today, engineerIds)).ToList();
        db.Projects.AddRange(projects);
        await db.SaveChangesAsync(cancellationToken);

        var settings = await db.PlanningSettings.SingleAsync(cancellationToken);
        db.HourLogs.AddRange(BuildHourLogs(projects, thisWeek, today, settings));
        db.Engagements.Add(await BuildEngagementAsync(engineerIds["ben@mlcareer.example"], thisWeek, today, cancellationToken));
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    private static Project BuildProject(DemoProject plan, int teamId, IsoWeek thisWeek, DateOnly today, Dictionary<string, int> engineerIds)
    {
        var project = new Project { TeamId = teamId, Name = plan.Name };
        RuleViolationException.ThrowIf(project.TryDescribe(plan.Description) ?? project.TrySetStatus(plan.Status) ?? project.TrySetStartDate(thisWeek.AddWeeks(plan.StartWeek).Monday));
        foreach (var p in plan.Phases)
        {
            var start = thisWeek.AddWeeks(p.StartWeek).Monday;
            var end = thisWeek.AddWeeks(p.StartWeek + p.Weeks - 1).Sunday;
            var phase = new Phase { Kind = p.Kind };
            phase.Plan(start, end);
            RuleViolationException.ThrowIf(phase.TrySetNotes(p.Notes) ?? phase.TrySetTentative(p.Tentative && start > today)
                ?? phase.TryRecord(start <= today ? start : null, end < today ? end : null, today));
            if (p.TrainingRun is { } run)
            {
                var from = thisWeek.AddWeeks(p.StartWeek + run.Offset).Monday;
                RuleViolationException.ThrowIf(phase.TryAddPeriod("Training run", from, from.AddDays((run.Weeks * 7) - 1), null, today, out _));
            }

            project.AddPhase(phase);
        }

        project.Assignments.AddRange(plan.Assignments.Select(a => new Assignment { EngineerId = engineerIds[a.Email], Allocation = new Share(a.Allocation) }));
        return project;
    }

    /// <summary>Logged hours near the plan (±15%, deterministic) for the last twelve weeks.</summary>
    private static IEnumerable<HourLog> BuildHourLogs(List<Project> projects, IsoWeek thisWeek, DateOnly today, PlanningSettings settings)
    {
        var random = new Random(2026);
        for (var offset = -LoggedWeeks; offset < 0; offset++)
        {
            var week = thisWeek.AddWeeks(offset);
            foreach (var project in projects)
            {
                var active = project.Phases.Where(p => p.InForce(today).Touches(week)).ToList();
                foreach (var assignment in project.Assignments)
                {
                    var budget = Core.Engineers.EngineerProfile.DefaultCapacityHours * assignment.Allocation.Value;
                    foreach (var phase in active)
                    {
                        var share = (phase.InvolvementShare ?? settings.ShareFor(phase.Kind)).Value / active.Count;
                        var hours = Math.Round(budget * share * (0.85 + (random.NextDouble() * 0.3)), 1);
                        yield return new HourLog { EngineerId = assignment.EngineerId, PhaseId = phase.Id, Week = week, Hours = new Hours(hours) };
                    }
                }
            }
        }
    }

    private async Task<Engagement> BuildEngagementAsync(int engineerId, IsoWeek thisWeek, DateOnly today, CancellationToken cancellationToken)
    {
        var article = await db.SideActivities.SingleAsync(a => a.Key == "technical-article", cancellationToken);
        var engagement = new Engagement
        {
            EngineerId = engineerId,
            SideActivityId = article.Id,
            HoursPerWeek = new Hours(5),
            OutcomeLink = new Uri("https://example.com/articles/feature-stores-in-retail").ToString(),
            MoneyEarned = Money.Usd(450),
            OutcomeNote = "Published: \"What we learned running a feature store for demand forecasting\".",
        };
        engagement.Schedule(thisWeek.AddWeeks(-7).Monday, thisWeek.AddWeeks(-5).Sunday);
        RuleViolationException.ThrowIf(engagement.TryComplete(thisWeek.AddWeeks(-5).Monday.AddDays(4), today));
        return engagement;
    }
}
