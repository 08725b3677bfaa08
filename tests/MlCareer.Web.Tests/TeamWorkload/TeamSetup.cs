using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MlCareer.Core.Common;
using MlCareer.Core.Projects;
using MlCareer.Data.Seeding;
using MlCareer.Web.Tests.Infrastructure;
using TeamEntity = MlCareer.Core.Teams.Team;

namespace MlCareer.Web.Tests.TeamWorkload;

/// <summary>Other teams and people next to the demo organisation, made as an admin would make them; names are unique per call.</summary>
internal static class TeamSetup
{
    public const string Lead = "lin@mlcareer.example";
    public const string Ana = "ana@mlcareer.example";
    public const string Ben = "ben@mlcareer.example";
    public const string DemoAdmin = "admin@mlcareer.example";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static async Task<int> TeamAsync(MlCareerWebFactory factory, string name)
    {
        await using var admin = await AsUser.SignInAsync(factory, MlCareerWebFactory.AdminEmail);
        await using var db = admin.Db();
        var team = new TeamEntity { Name = $"{name} {Guid.NewGuid():N}" };
        db.Teams.Add(team);
        await db.SaveChangesAsync(Ct);
        return team.Id;
    }

    /// <summary>A person in <paramref name="teamId"/> with the roles given; returns their email and engineer id.</summary>
    public static async Task<(string Email, int EngineerId)> PersonAsync(MlCareerWebFactory factory, int? teamId, params string[] roles)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var seeder = scope.ServiceProvider.GetRequiredService<IdentitySeeder>();
        var email = $"person-{Guid.NewGuid():N}@mlcareer.test";
        var user = await seeder.CreateUserAsync(email, $"Person {email[7..13]}", MlCareerWebFactory.DemoPassword, roles, teamId, Ct);
        var db = scope.ServiceProvider.GetRequiredService<Data.MlCareerDbContext>();
        return (email, await db.Engineers.Where(e => e.UserId == user.Id).Select(e => e.Id).SingleAsync(Ct));
    }

    /// <summary>A project of <paramref name="teamId"/> with one phase from this week, the engineer assigned at half their capacity.</summary>
    public static async Task<int> ProjectAsync(MlCareerWebFactory factory, int teamId, int engineerId)
    {
        await using var admin = await AsUser.SignInAsync(factory, MlCareerWebFactory.AdminEmail);
        await using var db = admin.Db();
        var project = new Project { TeamId = teamId, Name = $"Elsewhere {Guid.NewGuid():N}" };
        var phase = new Phase { Kind = PhaseKind.DataWrangling };
        phase.Plan(MlCareerWebFactory.ThisWeek.Monday, MlCareerWebFactory.ThisWeek.AddWeeks(5).Sunday);
        project.AddPhase(phase);
        project.Assignments.Add(new Assignment { EngineerId = engineerId, Allocation = new Share(0.5) });
        db.Projects.Add(project);
        await db.SaveChangesAsync(Ct);
        return project.Id;
    }

    public static async Task<int> EngineerIdAsync(AsUser user)
    {
        await using var db = user.Db();
        return await db.Engineers.Where(e => e.UserId == user.UserId).Select(e => e.Id).SingleAsync(Ct);
    }

    public static async Task<int> EngineerIdAsync(MlCareerWebFactory factory, string email)
    {
        await using var user = await AsUser.SignInAsync(factory, email);
        return await EngineerIdAsync(user);
    }
}
