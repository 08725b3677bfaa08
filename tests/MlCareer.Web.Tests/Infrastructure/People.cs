using MlCareer.Web.Features.Teams;
using MlCareer.Web.Features.Users;

namespace MlCareer.Web.Tests.Infrastructure;

/// <summary>Teams and engineers created the way an admin creates them on the Users page.</summary>
public static class People
{
    public const string Password = "Test-Engineer-Password-1";

    /// <summary>The team <paramref name="teamName"/> (created when missing) and a new engineer in it; returns the engineer's email.</summary>
    public static async Task<string> EngineerInNewTeamAsync(MlCareerWebFactory factory, string adminEmail, string teamName, string name, bool lead = false, string? email = null)
    {
        await using var admin = await AsUser.SignInAsync(factory, adminEmail);
        var users = admin.Service<UserAdminService>();
        var teams = admin.Service<TeamAdminService>();
        var ct = TestContext.Current.CancellationToken;
        var team = (await users.TeamsAsync(ct)).FirstOrDefault(t => t.Name == teamName);
        if (team is null)
        {
            Ensure(await teams.CreateAsync(new TeamNameInput { Name = teamName }, ct));
            team = (await users.TeamsAsync(ct)).Single(t => t.Name == teamName);
        }

        email ??= $"{Guid.NewGuid():N}@people.example";
        Ensure(await users.SaveAsync(new UserInput { Email = email, DisplayName = name, Password = Password, IsEngineer = true, IsTeamLead = lead, TeamId = team.Id }, ct));
        return email;
    }

    public static async Task<int> TeamIdAsync(MlCareerWebFactory factory, string adminEmail, string teamName)
    {
        await using var admin = await AsUser.SignInAsync(factory, adminEmail);
        return (await admin.Service<UserAdminService>().TeamsAsync(TestContext.Current.CancellationToken)).Single(t => t.Name == teamName).Id;
    }

    private static void Ensure(Web.Features.Result result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Admin action refused: {result.Error!.MessageKey} {result.Error.Field}");
        }
    }
}
