using System.Data;
using MlCareer.Data;

namespace MlCareer.Web.Features.Users;

/// <summary>Checks and a transaction shape shared by the admin services of people and accounts.</summary>
internal static class AdminRules
{
    /// <summary>
    /// Runs <paramref name="work"/> in one serializable transaction inside the context's execution strategy,
    /// committing only when it succeeds. On PostgreSQL a retrying strategy re-runs the whole unit (after
    /// clearing what the failed try had tracked) when the server reports a transient error or a
    /// serialization failure, so two admins demoting each other at once can't both pass the last-admin check.
    /// </summary>
    public static Task<Result> InTransactionAsync(this MlCareerDbContext db, Func<CancellationToken, Task<Result>> work, CancellationToken cancellationToken)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        return strategy.ExecuteAsync(
            async ct =>
            {
                db.ChangeTracker.Clear();
                await using var transaction = await db.Database.BeginTransactionAsync(IsolationLevel.Serializable, ct);
                var result = await work(ct);
                if (result.Succeeded)
                {
                    await transaction.CommitAsync(ct);
                }

                return result;
            },
            cancellationToken);
    }

    /// <summary>Whether <paramref name="userId"/> is an admin and no other active admin exists.</summary>
    public static async Task<bool> IsLastActiveAdminAsync(MlCareerDbContext db, string userId, CancellationToken cancellationToken)
    {
        var admins = from ur in db.UserRoles
                     join r in db.Roles on ur.RoleId equals r.Id
                     join u in db.Users on ur.UserId equals u.Id
                     where r.Name == Roles.Admin && u.DeactivatedAt == null
                     select u.Id;
        return await admins.AnyAsync(id => id == userId, cancellationToken)
            && !await admins.AnyAsync(id => id != userId, cancellationToken);
    }

    public static ResultError LastAdmin(string? field = null) => new(ErrorKind.Invalid, "Accounts.LastAdmin", field);
}
