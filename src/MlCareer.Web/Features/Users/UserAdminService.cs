using Microsoft.AspNetCore.Identity;
using MlCareer.Core.Engineers;
using MlCareer.Data;
using MlCareer.Data.Seeding;

namespace MlCareer.Web.Features.Users;

/// <summary>
/// Admin use cases for people and teams. Every method checks the caller is an admin (in the database),
/// and runs in its own DI scope so the circuit never holds a long-lived DbContext or UserManager. A
/// change of someone's roles or team renews their security stamp: their open sessions end at once.
/// </summary>
public sealed class UserAdminService(IServiceScopeFactory scopes, ICurrentUser currentUser, AccountDirectory accounts, TimeProvider time)
{
    public async Task<Result<IReadOnlyList<UserRow>>> ListAsync(CancellationToken cancellationToken = default)
    {
        if (!await currentUser.IsInRoleAsync(Roles.Admin))
        {
            return Result<IReadOnlyList<UserRow>>.Forbidden();
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MlCareerDbContext>();
        var roleRows = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id select new { ur.UserId, r.Name })
            .ToListAsync(cancellationToken);
        var rolesByUser = roleRows.ToLookup(r => r.UserId, r => r.Name!);
        var profiles = (await db.Engineers.AsNoTracking().ToListAsync(cancellationToken)).ToDictionary(e => e.UserId);
        var teams = await db.Teams.ToDictionaryAsync(t => t.Id, t => t.Name, cancellationToken);
        var users = await db.Users.AsNoTracking().OrderBy(u => u.DisplayName)
            .Select(u => new { u.Id, u.Email, u.DisplayName, u.LockoutEnd, u.DeactivatedAt })
            .ToListAsync(cancellationToken);
        var now = time.GetUtcNow();
        IReadOnlyList<UserRow> rows = [.. users.Select(u =>
        {
            var profile = profiles.GetValueOrDefault(u.Id);
            var teamId = profile?.TeamId;
            return new UserRow(
                u.Id, u.Email ?? string.Empty, u.DisplayName, [.. rolesByUser[u.Id].Order(StringComparer.Ordinal)],
                teamId, teamId is { } id ? teams.GetValueOrDefault(id) : null, u.LockoutEnd > now, u.DeactivatedAt is null,
                profile?.CapacityHours.Value, profile?.Version);
        })];
        return Result<IReadOnlyList<UserRow>>.Ok(rows);
    }

    /// <summary>The teams an admin may put people in; empty for anyone else.</summary>
    public async Task<IReadOnlyList<TeamOption>> TeamsAsync(CancellationToken cancellationToken = default)
    {
        if (!await currentUser.IsInRoleAsync(Roles.Admin))
        {
            return [];
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MlCareerDbContext>();
        return await db.Teams.OrderBy(t => t.Name).Select(t => new TeamOption(t.Id, t.Name)).ToListAsync(cancellationToken);
    }

    /// <summary>
    /// Creates a user (with the default capacity from the settings) or updates one. Refuses to take the
    /// Admin role from the last active admin. Nothing is stored unless everything succeeds.
    /// </summary>
    public async Task<Result> SaveAsync(UserInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!await currentUser.IsInRoleAsync(Roles.Admin))
        {
            return Result.Forbidden();
        }

        if (InputValidation.Validate(input) is { } invalid)
        {
            return Result.Fail(invalid);
        }

        if (!input.Roles().Any())
        {
            return Result.Invalid("Users.RoleRequired", nameof(UserInput.IsEngineer));
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MlCareerDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        if (input.TeamId is { } teamId && !await db.Teams.AnyAsync(t => t.Id == teamId, cancellationToken))
        {
            return Result.Invalid("Users.TeamMissing", nameof(UserInput.TeamId));
        }

        var result = await db.InTransactionAsync(
            ct => input.Id is null ? CreateAsync(users, db, input, ct) : UpdateAsync(users, db, input, ct),
            cancellationToken);
        if (result.Succeeded && input.Id is not null)
        {
            accounts.Forget(input.Id);
        }

        return result;
    }

    private static async Task<Result> CreateAsync(UserManager<AppUser> users, MlCareerDbContext db, UserInput input, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(input.Password))
        {
            return Result.Invalid("Validation.Required", nameof(UserInput.Password));
        }

        if (InputValidation.Validate(new PasswordInput { Password = input.Password }) is { } badPassword)
        {
            return Result.Fail(badPassword with { Field = nameof(UserInput.Password) });
        }

        var email = input.Email.Trim();
        var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = input.DisplayName.Trim() };
        var created = await users.CreateAsync(user, input.Password);
        if (!created.Succeeded)
        {
            return IdentityFailure(created, created.Errors.Any(e => e.Code.StartsWith("Password", StringComparison.Ordinal)) ? nameof(UserInput.Password) : nameof(UserInput.Email));
        }

        await users.AddToRolesAsync(user, input.Roles());
        var capacity = await IdentitySeeder.DefaultCapacityAsync(db, cancellationToken);
        db.Engineers.Add(new EngineerProfile { UserId = user.Id, DisplayName = user.DisplayName, TeamId = input.TeamId, CapacityHours = capacity });
        await db.SaveChangesAsync(cancellationToken);
        return Result.Ok();
    }

    private static async Task<Result> UpdateAsync(UserManager<AppUser> users, MlCareerDbContext db, UserInput input, CancellationToken cancellationToken)
    {
        if (await users.FindByIdAsync(input.Id!) is not { } user)
        {
            return Result.Fail(InputValidation.NotFound());
        }

        var current = await users.GetRolesAsync(user);
        var wanted = input.Roles().ToList();
        if (current.Contains(Roles.Admin) && !wanted.Contains(Roles.Admin) && await AdminRules.IsLastActiveAdminAsync(db, user.Id, cancellationToken))
        {
            return Result.Fail(AdminRules.LastAdmin(nameof(UserInput.IsAdmin)));
        }

        user.DisplayName = input.DisplayName.Trim();
        var updated = await users.UpdateAsync(user);
        if (!updated.Succeeded)
        {
            return IdentityFailure(updated, nameof(UserInput.DisplayName));
        }

        await users.RemoveFromRolesAsync(user, current.Except(wanted));
        await users.AddToRolesAsync(user, wanted.Except(current));

        var profile = await db.Engineers.FirstOrDefaultAsync(e => e.UserId == user.Id, cancellationToken);
        var teamChanged = profile?.TeamId != input.TeamId;
        if (profile is null)
        {
            var capacity = await IdentitySeeder.DefaultCapacityAsync(db, cancellationToken);
            db.Engineers.Add(new EngineerProfile { UserId = user.Id, DisplayName = user.DisplayName, TeamId = input.TeamId, CapacityHours = capacity });
        }
        else
        {
            profile.TryRename(user.DisplayName);
            profile.MoveToTeam(input.TeamId);
        }

        await db.SaveChangesAsync(cancellationToken);
        if (teamChanged || !current.ToHashSet().SetEquals(wanted))
        {
            // What the person may see and change has moved: their sessions end, they sign in again.
            await users.UpdateSecurityStampAsync(user);
        }

        return Result.Ok();
    }

    internal static Result IdentityFailure(IdentityResult result, string? field) =>
        Result.Fail(new ResultError(ErrorKind.Invalid, "Errors.Text", field, string.Join(" ", result.Errors.Select(e => e.Description))));
}
