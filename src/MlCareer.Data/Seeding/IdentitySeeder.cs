using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using MlCareer.Core.Engineers;
using MlCareer.Core.Involvement;
using MlCareer.Core.Security;

namespace MlCareer.Data.Seeding;

/// <summary>Creates the three roles and the first admin, once.</summary>
public sealed class IdentitySeeder(UserManager<AppUser> users, RoleManager<IdentityRole> roles, MlCareerDbContext db)
{
    public async Task SeedRolesAsync()
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                EnsureSucceeded(await roles.CreateAsync(new IdentityRole(role)));
            }
        }
    }

    /// <summary>
    /// Creates the first admin when no admin exists. Returns the generated password when none was
    /// configured (to be shown once), otherwise null.
    /// </summary>
    public async Task<string?> SeedFirstAdminAsync(AdminOptions options, CancellationToken cancellationToken)
    {
        if ((await users.GetUsersInRoleAsync(Roles.Admin)).Count > 0)
        {
            return null;
        }

        var generated = string.IsNullOrWhiteSpace(options.Password) ? GeneratePassword() : null;
        await CreateUserAsync(options.Email, "Administrator", options.Password ?? generated!, [Roles.Admin, Roles.Engineer], teamId: null, cancellationToken);
        return generated;
    }

    public async Task<AppUser> CreateUserAsync(
        string email, string displayName, string password, IEnumerable<string> roleNames, int? teamId, CancellationToken cancellationToken)
    {
        var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = displayName };
        EnsureSucceeded(await users.CreateAsync(user, password));
        EnsureSucceeded(await users.AddToRolesAsync(user, roleNames));
        var capacity = await DefaultCapacityAsync(db, cancellationToken);
        db.Engineers.Add(new EngineerProfile { UserId = user.Id, DisplayName = displayName, TeamId = teamId, CapacityHours = capacity });
        await db.SaveChangesAsync(cancellationToken);
        return user;
    }

    /// <summary>The capacity new people start with: the admin's setting, or the brief's 40 h before settings exist.</summary>
    public static async Task<Hours> DefaultCapacityAsync(MlCareerDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var settings = await db.PlanningSettings.AsNoTracking().FirstOrDefaultAsync(s => s.Id == PlanningSettings.SingletonId, cancellationToken);
        return settings?.DefaultCapacityHours ?? new Hours(EngineerProfile.DefaultCapacityHours);
    }

    /// <summary>A 20-character password that meets the policy: upper, lower, digit and symbol.</summary>
    public static string GeneratePassword() =>
        RandomNumberGenerator.GetString("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789", 16)
        + RandomNumberGenerator.GetString("ABCDEFGHJKLMNPQRSTUVWXYZ", 1)
        + RandomNumberGenerator.GetString("abcdefghijkmnopqrstuvwxyz", 1)
        + RandomNumberGenerator.GetString("23456789", 1)
        + RandomNumberGenerator.GetString("!#%+-=?@", 1);

    private static void EnsureSucceeded(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }
}
