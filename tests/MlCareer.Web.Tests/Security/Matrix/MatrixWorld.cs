using Microsoft.EntityFrameworkCore;
using MlCareer.Core.Projects;
using Microsoft.Extensions.DependencyInjection;
using MlCareer.Web.Features;
using MlCareer.Web.Features.Projects;
using MlCareer.Web.Features.Users;
using MlCareer.Web.Tests.Infrastructure;

namespace MlCareer.Web.Tests.Security.Matrix;

/// <summary>
/// The people and ids the matrix aims at: the demo organisation plus a second team (its lead and an engineer),
/// a person the deactivated actor becomes, and a person the admin's account actions change.
/// </summary>
public sealed record MatrixWorld(
    int OwnTeamId, int OtherTeamId, int SelfEngineerId, string SelfUserId, int ChurnProjectId, int ChurnPhaseId,
    int AssigneeEngineerId, string TargetUserId, int TargetEngineerId)
{
    public const string Self = "ana@mlcareer.example";
    public const string OtherEngineer = "dmitri@mlcareer.example";
    public const string OwnLead = "lin@mlcareer.example";
    public const string Assignee = "ben@mlcareer.example";
    public const string OtherLead = "olga@matrix.example";
    public const string OtherTeamEngineer = "oscar@matrix.example";
    public const string Deactivated = "dana@matrix.example";
    public const string Target = "tara@matrix.example";
    public const string OtherTeam = "Speech & Audio";
    public const string ChurnProject = "Customer churn prediction";

    /// <summary>Text that names Self or Self's project: a caller outside Self's team must never get it back.</summary>
    public static readonly string[] SelfMarkers = ["Ana Souza", Self, ChurnProject];

    public static string EmailOf(Actor actor) => actor switch
    {
        Actor.Self => Self,
        Actor.OtherEngineer => OtherEngineer,
        Actor.OwnLead => OwnLead,
        Actor.OtherLead => OtherLead,
        Actor.Admin => MlCareerWebFactory.AdminEmail,
        Actor.Deactivated => Deactivated,
        _ => throw new ArgumentOutOfRangeException(nameof(actor), actor, "Nobody signs in as anonymous."),
    };

    public static string PasswordOf(Actor actor) => actor switch
    {
        Actor.Admin => MlCareerWebFactory.AdminPassword,
        Actor.OtherLead or Actor.Deactivated => People.Password,
        _ => MlCareerWebFactory.DemoPassword,
    };

    /// <summary>Whether the actor is outside Self's team, so nothing it gets back may name Self.</summary>
    public static bool IsOutsider(Actor actor) => actor is Actor.OtherLead or Actor.Admin or Actor.Anonymous;

    /// <summary>Adds the second team, the deactivated-to-be person (on Self's project) and the admin's target, as an admin and a lead would.</summary>
    public static async Task<MatrixWorld> SeedAsync(MlCareerWebFactory factory)
    {
        var ct = TestContext.Current.CancellationToken;
        const string admin = MlCareerWebFactory.AdminEmail;
        await People.EngineerInNewTeamAsync(factory, admin, OtherTeam, "Olga Berg", lead: true, email: OtherLead);
        await People.EngineerInNewTeamAsync(factory, admin, OtherTeam, "Oscar Lund", email: OtherTeamEngineer);
        await using var root = await AsUser.SignInAsync(factory, admin);
        await using var db = root.Db();
        var ownTeamId = await db.Teams.Where(t => t.Name == MlCareer.Data.Seeding.DemoPlan.TeamName).Select(t => t.Id).SingleAsync(ct);
        var users = root.Service<UserAdminService>();
        Ensure(await users.SaveAsync(new UserInput { Email = Deactivated, DisplayName = "Dana Quist", Password = People.Password, IsEngineer = true, IsTeamLead = true, IsAdmin = true, TeamId = ownTeamId }, ct));
        Ensure(await users.SaveAsync(new UserInput { Email = Target, DisplayName = "Tara Voss", Password = People.Password, IsEngineer = true, TeamId = ownTeamId }, ct));

        var churn = await db.Projects.Where(p => p.Name == ChurnProject).Select(p => p.Id).SingleAsync(ct);
        var phase = await db.Phases.Where(p => p.ProjectId == churn && p.Kind == PhaseKind.ModelDevelopment).Select(p => p.Id).SingleAsync(ct);
        var engineers = await db.Engineers.Join(db.Users, e => e.UserId, u => u.Id, (e, u) => new { e.Id, e.UserId, u.Email }).ToListAsync(ct);
        int EngineerOf(string email) => engineers.Single(e => e.Email == email).Id;
        await using (var lead = await AsUser.SignInAsync(factory, OwnLead))
        {
            Ensure(await lead.Service<AssignmentService>().SaveAsync(churn, new AssignmentInput { EngineerId = EngineerOf(Deactivated), AllocationPercent = 20 }, ct));
        }

        // Everyone has chosen the dark theme, so a refused read (null) differs from an allowed one.
        await db.Users.ExecuteUpdateAsync(u => u.SetProperty(x => x.PrefersDarkMode, true), ct);
        // Written straight to the database, past the app: what it knows of the accounts is dropped, as after an admin's change.
        var accounts = factory.Services.GetRequiredService<AccountDirectory>();
        foreach (var userId in await db.Users.Select(u => u.Id).ToListAsync(ct))
        {
            accounts.Forget(userId);
        }

        var otherTeamId = await db.Teams.Where(t => t.Name == OtherTeam).Select(t => t.Id).SingleAsync(ct);
        return new MatrixWorld(
            ownTeamId, otherTeamId, EngineerOf(Self), engineers.Single(e => e.Email == Self).UserId, churn, phase,
            EngineerOf(Assignee), engineers.Single(e => e.Email == Target).UserId, EngineerOf(Target));
    }

    private static void Ensure(MlCareer.Web.Features.Result result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Matrix set-up refused: {result.Error!.Kind} {result.Error.MessageKey} {result.Error.Field}");
        }
    }
}
