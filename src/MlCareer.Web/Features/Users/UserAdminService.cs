using Microsoft.AspNetCore.Identity;
using MlCareer.Core.Engineers;
using MlCareer.Core.Teams;
using MlCareer.Data;

namespace MlCareer.Web.Features.Users;

/// <summary>
/// Admin use cases for people and teams. Every method checks the caller is an admin, and runs in its
/// own DI scope so the circuit never holds a long-lived DbContext or UserManager.
/// </summary>
public sealed class UserAdminService(IServiceScopeFactory scopes, CurrentUser currentUser, TimeProvider time)
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
        var now = time.GetUtcNow();
        var users = await (from u in db.Users
                           join e in db.Engineers on u.Id equals e.UserId into profiles
                           from e in profiles.DefaultIfEmpty()
                           join t in db.Teams on e.TeamId equals t.Id into teams
                           from t in teams.DefaultIfEmpty()
                           orderby u.DisplayName
                           select new { u.Id, u.Email, u.DisplayName, TeamId = (int?)t.Id, TeamName = t.Name, u.LockoutEnd })
            .ToListAsync(cancellationToken);
        IReadOnlyList<UserRow> rows = [.. users.Select(u => new UserRow(
            u.Id, u.Email ?? string.Empty, u.DisplayName, [.. rolesByUser[u.Id].Order(StringComparer.Ordinal)], u.TeamId, u.TeamName, u.LockoutEnd > now))];
        return Result<IReadOnlyList<UserRow>>.Ok(rows);
    }

    public async Task<IReadOnlyList<TeamOption>> TeamsAsync(CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MlCareerDbContext>();
        return await db.Teams.OrderBy(t => t.Name).Select(t => new TeamOption(t.Id, t.Name)).ToListAsync(cancellationToken);
    }

    public async Task<Result> SaveAsync(UserInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!await currentUser.IsInRoleAsync(Roles.Admin))
        {
            return Result.Forbidden();
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

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var result = input.Id is null
            ? await CreateAsync(users, db, input, cancellationToken)
            : await UpdateAsync(users, db, input, cancellationToken);
        if (result.Succeeded)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        return result;
    }

    public async Task<Result> ResetPasswordAsync(string userId, string newPassword, CancellationToken cancellationToken = default)
    {
        if (!await currentUser.IsInRoleAsync(Roles.Admin))
        {
            return Result.Forbidden();
        }

        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        if (await users.FindByIdAsync(userId) is not { } user)
        {
            return Result.Fail(new ResultError(ErrorKind.NotFound, "Errors.NotFound"));
        }

        var token = await users.GeneratePasswordResetTokenAsync(user);
        var reset = await users.ResetPasswordAsync(user, token, newPassword);
        if (!reset.Succeeded)
        {
            return IdentityFailure(reset, nameof(PasswordInput.Password));
        }

        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        return Result.Ok();
    }

    public async Task<Result> CreateTeamAsync(TeamInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!await currentUser.IsInRoleAsync(Roles.Admin))
        {
            return Result.Forbidden();
        }

        var name = input.Name.Trim();
        if (name.Length is 0 or > FieldLengths.Name)
        {
            return Result.Invalid("Validation.Required", nameof(TeamInput.Name));
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MlCareerDbContext>();
        if (await db.Teams.AnyAsync(t => t.Name == name, cancellationToken))
        {
            return Result.Invalid("Users.TeamExists", nameof(TeamInput.Name), name);
        }

        db.Teams.Add(new Team { Name = name });
        await db.SaveChangesAsync(cancellationToken);
        return Result.Ok();
    }

    private static async Task<Result> CreateAsync(UserManager<AppUser> users, MlCareerDbContext db, UserInput input, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(input.Password))
        {
            return Result.Invalid("Validation.Required", nameof(UserInput.Password));
        }

        var email = input.Email.Trim();
        var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = input.DisplayName.Trim() };
        var created = await users.CreateAsync(user, input.Password);
        if (!created.Succeeded)
        {
            return IdentityFailure(created, created.Errors.Any(e => e.Code.StartsWith("Password", StringComparison.Ordinal)) ? nameof(UserInput.Password) : nameof(UserInput.Email));
        }

        await users.AddToRolesAsync(user, input.Roles());
        db.Engineers.Add(new EngineerProfile { UserId = user.Id, DisplayName = user.DisplayName, TeamId = input.TeamId });
        await db.SaveChangesAsync(cancellationToken);
        return Result.Ok();
    }

    private static async Task<Result> UpdateAsync(UserManager<AppUser> users, MlCareerDbContext db, UserInput input, CancellationToken cancellationToken)
    {
        if (await users.FindByIdAsync(input.Id!) is not { } user)
        {
            return Result.Fail(new ResultError(ErrorKind.NotFound, "Errors.NotFound"));
        }

        user.DisplayName = input.DisplayName.Trim();
        var updated = await users.UpdateAsync(user);
        if (!updated.Succeeded)
        {
            return IdentityFailure(updated, nameof(UserInput.DisplayName));
        }

        var current = await users.GetRolesAsync(user);
        var wanted = input.Roles().ToList();
        await users.RemoveFromRolesAsync(user, current.Except(wanted));
        await users.AddToRolesAsync(user, wanted.Except(current));

        var profile = await db.Engineers.FirstOrDefaultAsync(e => e.UserId == user.Id, cancellationToken);
        if (profile is null)
        {
            db.Engineers.Add(new EngineerProfile { UserId = user.Id, DisplayName = user.DisplayName, TeamId = input.TeamId });
        }
        else
        {
            profile.DisplayName = user.DisplayName;
            profile.TeamId = input.TeamId;
        }

        await db.SaveChangesAsync(cancellationToken);
        return Result.Ok();
    }

    private static Result IdentityFailure(IdentityResult result, string field) =>
        Result.Fail(new ResultError(ErrorKind.Invalid, "Errors.Text", field, string.Join(" ", result.Errors.Select(e => e.Description))));
}
