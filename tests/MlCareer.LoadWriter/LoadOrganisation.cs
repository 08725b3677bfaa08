using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MlCareer.Core.Common;
using MlCareer.Core.Engineers;
using MlCareer.Core.Projects;
using MlCareer.Core.Teams;
using MlCareer.Data;

namespace MlCareer.LoadWriter;

/// <summary>
/// A team made for write load: <c>engineers</c> people, each assigned to <c>projects</c> projects whose one
/// phase runs <c>weeks</c> ISO weeks from <c>firstWeek</c>, so each person has projects × weeks distinct
/// (phase, week) slots to log hours in. Created once; a second call returns the existing team.
/// </summary>
public static class LoadOrganisation
{
    public const string TeamName = "Load";

    public static async Task<IReadOnlyList<LoadEngineer>> EnsureAsync(
        IServiceProvider services, int engineers, int projects, int weeks, IsoWeek firstWeek, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(services);
        var contexts = services.GetRequiredService<IDbContextFactory<MlCareerDbContext>>();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (!await db.Teams.AnyAsync(t => t.Name == TeamName, cancellationToken))
        {
            await CreateAsync(db, engineers, projects, weeks, firstWeek, cancellationToken);
        }

        var team = await db.Teams.SingleAsync(t => t.Name == TeamName, cancellationToken);
        var phases = await db.Phases.Where(p => db.Projects.Any(x => x.Id == p.ProjectId && x.TeamId == team.Id))
            .OrderBy(p => p.Id).ToListAsync(cancellationToken);
        var slots = Enumerable.Range(0, weeks).SelectMany(w => phases.Select(p => new LoadSlot(p.Id, firstWeek.AddWeeks(w)))).ToList();
        return await db.Engineers.Where(e => e.TeamId == team.Id).OrderBy(e => e.Id)
            .Join(db.Users, e => e.UserId, u => u.Id, (e, u) => new LoadEngineer(u.Id, u.Email!, e.Id, slots))
            .ToListAsync(cancellationToken);
    }

    private static async Task CreateAsync(MlCareerDbContext db, int engineers, int projects, int weeks, IsoWeek firstWeek, CancellationToken cancellationToken)
    {
        var team = new Team { Name = TeamName };
        db.Teams.Add(team);
        var users = Enumerable.Range(1, engineers)
            .Select(i => $"load{i}@mlcareer.example")
            .Select(email => new AppUser
            {
                UserName = email, NormalizedUserName = email.ToUpperInvariant(), Email = email, NormalizedEmail = email.ToUpperInvariant(),
                DisplayName = email[..email.IndexOf('@', StringComparison.Ordinal)], SecurityStamp = Guid.NewGuid().ToString("N"),
            })
            .ToList();
        db.Users.AddRange(users);
        await db.SaveChangesAsync(cancellationToken);
        var profiles = users.Select(u => new EngineerProfile { UserId = u.Id, DisplayName = u.DisplayName, TeamId = team.Id }).ToList();
        db.Engineers.AddRange(profiles);
        await db.SaveChangesAsync(cancellationToken);
        for (var i = 1; i <= projects; i++)
        {
            var phase = new Phase { Kind = PhaseKind.ModelDevelopment };
            phase.Plan(firstWeek.Monday, firstWeek.AddWeeks(weeks - 1).Sunday);
            var project = new Project { TeamId = team.Id, Name = $"Load project {i}" };
            RuleViolationException.ThrowIf(project.TrySetStartDate(firstWeek.Monday) ?? project.TrySetStatus(ProjectStatus.Active));
            project.AddPhase(phase);
            project.Assignments.AddRange(profiles.Select(p => new Assignment { EngineerId = p.Id, Allocation = new Share(1.0 / projects) }));
            db.Projects.Add(project);
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}

/// <summary>One engineer of the load team and the (phase, week) slots they may log.</summary>
public sealed record LoadEngineer(string UserId, string Email, int EngineerId, IReadOnlyList<LoadSlot> Slots);

public sealed record LoadSlot(int PhaseId, IsoWeek Week);
