using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using MlCareer.Data;
using MlCareer.Web.Features.Users;

namespace MlCareer.Web.Tests.Infrastructure;

/// <summary>Reads and changes demo accounts the way the Users page does, for tests about sessions.</summary>
public static class Accounts
{
    public static async Task<UserRow> RowAsync(AsUser admin, string email)
    {
        var rows = await admin.Service<UserAdminService>().ListAsync(TestContext.Current.CancellationToken);
        return rows.Value!.Single(r => r.Email == email);
    }

    /// <summary>The Users page's form for <paramref name="row"/>, filled as it is now.</summary>
    public static UserInput EditOf(UserRow row) => new()
    {
        Id = row.Id,
        Email = row.Email,
        DisplayName = row.DisplayName,
        IsEngineer = row.Roles.Contains(MlCareer.Core.Security.Roles.Engineer),
        IsTeamLead = row.Roles.Contains(MlCareer.Core.Security.Roles.TeamLead),
        IsAdmin = row.Roles.Contains(MlCareer.Core.Security.Roles.Admin),
        TeamId = row.TeamId,
    };

    public static async Task<AppUser> FindAsync(MlCareerWebFactory factory, string email)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync(email)
            ?? throw new InvalidOperationException($"No user {email}.");
    }
}
