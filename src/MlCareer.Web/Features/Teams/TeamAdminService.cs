using Microsoft.AspNetCore.Identity;
using MlCareer.Data;
using TeamEntity = MlCareer.Core.Teams.Team;

namespace MlCareer.Web.Features.Teams;

/// <summary>
/// Admins' use cases for teams: list them with leads, members and projects; create, rename, delete an empty
/// team; make a member a team lead or not. Every method checks the caller is an admin (in the database) and
/// runs in its own DI scope, so the circuit never holds a DbContext or UserManager.
/// </summary>
public sealed class TeamAdminService(IServiceScopeFactory scopes, ICurrentUser currentUser, AccountDirectory accounts)
{
    public async Task<Result<IReadOnlyList<TeamAdminRow>>> ListAsync(CancellationToken cancellationToken = default)
    {
        if (!await currentUser.IsInRoleAsync(Roles.Admin))
        {
            return Result<IReadOnlyList<TeamAdminRow>>.Forbidden();
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MlCareerDbContext>();
        var leadRole = db.Roles.Where(r => r.Name == Roles.TeamLead).Select(r => r.Id);
        var people = await db.Engineers.AsNoTracking().Where(e => e.TeamId != null)
            .Select(e => new { e.TeamId, Person = new TeamPerson(e.Id, e.DisplayName, db.UserRoles.Any(ur => ur.UserId == e.UserId && leadRole.Contains(ur.RoleId))) })
            .ToListAsync(cancellationToken);
        var projects = await db.Projects.AsNoTracking().GroupBy(p => p.TeamId).Select(g => new { TeamId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.TeamId, g => g.Count, cancellationToken);
        var teams = await db.Teams.AsNoTracking().OrderBy(t => t.Name).Select(t => new { t.Id, t.Name, t.Version }).ToListAsync(cancellationToken);
        var peopleBy = people.ToLookup(p => p.TeamId!.Value, p => p.Person);
        IReadOnlyList<TeamAdminRow> rows = [.. teams.Select(t => new TeamAdminRow(
            t.Id, t.Name, t.Version,
            [.. peopleBy[t.Id].OrderByDescending(p => p.IsLead).ThenBy(p => p.Name, StringComparer.CurrentCulture)],
            projects.GetValueOrDefault(t.Id)))];
        return Result<IReadOnlyList<TeamAdminRow>>.Ok(rows);
    }

    /// <summary>Creates a team; a name another team has (or took meanwhile) is refused with a message. The Users page creates teams here too.</summary>
    public Task<Result> CreateAsync(TeamNameInput input, CancellationToken cancellationToken = default) =>
        NamedAsync(input, teamId: null, cancellationToken);

    /// <summary>Renames the team; a stale version or a name another team took meanwhile is refused with a message.</summary>
    public Task<Result> RenameAsync(int teamId, TeamNameInput input, CancellationToken cancellationToken = default) =>
        NamedAsync(input, teamId, cancellationToken);

    /// <summary>Deletes a team that has no members and no projects; otherwise says how many it has.</summary>
    public async Task<Result> DeleteAsync(int teamId, Guid version, CancellationToken cancellationToken = default)
    {
        if (!await currentUser.IsInRoleAsync(Roles.Admin))
        {
            return Result.Forbidden();
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MlCareerDbContext>();
        if (await db.Teams.FirstOrDefaultAsync(t => t.Id == teamId, cancellationToken) is not { } team)
        {
            return Result.Fail(InputValidation.NotFound());
        }

        var members = await db.Engineers.CountAsync(e => e.TeamId == teamId, cancellationToken);
        var projects = await db.Projects.CountAsync(p => p.TeamId == teamId, cancellationToken);
        if (TeamEntity.CheckDeletable(members, projects) is { } violation)
        {
            return Result.Invalid(violation);
        }

        db.Entry(team).Property(t => t.Version).OriginalValue = version;
        db.Teams.Remove(team);
        return await db.TrySaveAsync(cancellationToken);
    }

    /// <summary>
    /// Gives a member of the team the team-lead role, or takes it away, and renews their security stamp so
    /// their open sessions pick the change up. Only members of the team can lead it.
    /// </summary>
    public async Task<Result> SetLeadAsync(int teamId, int engineerId, bool isLead, CancellationToken cancellationToken = default)
    {
        if (!await currentUser.IsInRoleAsync(Roles.Admin))
        {
            return Result.Forbidden();
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MlCareerDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var member = await db.Engineers.AsNoTracking().Where(e => e.Id == engineerId).Select(e => new { e.UserId, e.TeamId }).FirstOrDefaultAsync(cancellationToken);
        if (member is null || member.TeamId != teamId || await users.FindByIdAsync(member.UserId) is not { } user)
        {
            return Result.Invalid("Teams.NotAMember");
        }

        var holds = await users.IsInRoleAsync(user, Roles.TeamLead);
        var changed = isLead == holds ? IdentityResult.Success
            : isLead ? await users.AddToRoleAsync(user, Roles.TeamLead)
            : await users.RemoveFromRoleAsync(user, Roles.TeamLead);
        if (!changed.Succeeded)
        {
            return Result.Fail(InputValidation.Conflict());
        }

        await users.UpdateSecurityStampAsync(user);
        accounts.Forget(user.Id);
        return Result.Ok();
    }

    private async Task<Result> NamedAsync(TeamNameInput input, int? teamId, CancellationToken cancellationToken)
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

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MlCareerDbContext>();
        var name = input.Name.Trim();
        if (await db.Teams.AnyAsync(t => t.Name == name && t.Id != teamId, cancellationToken))
        {
            return Result.Invalid("Teams.NameTaken", nameof(TeamNameInput.Name), name);
        }

        if (teamId is { } id)
        {
            if (await db.Teams.FirstOrDefaultAsync(t => t.Id == id, cancellationToken) is not { } team)
            {
                return Result.Fail(InputValidation.NotFound());
            }

            db.Entry(team).Property(t => t.Version).OriginalValue = input.Version;
            RuleViolationException.ThrowIf(team.TryRename(name));
        }
        else
        {
            db.Teams.Add(new TeamEntity { Name = name });
        }

        var saved = await db.TrySaveAsync(cancellationToken);
        return saved.Error?.Kind == ErrorKind.Conflict && await db.Teams.AsNoTracking().AnyAsync(t => t.Name == name && t.Id != teamId, cancellationToken)
            ? Result.Invalid("Teams.NameTaken", nameof(TeamNameInput.Name), name)
            : saved;
    }
}
