using MlCareer.Data;

namespace MlCareer.Web.Features.Backup;

/// <summary>What the backup page shows: whether this database is SQLite, where backups go, and the backups there.</summary>
public sealed record BackupList(bool IsSqlite, string Folder, IReadOnlyList<BackupFile> Files);

/// <summary>
/// Online backups of a SQLite database, for admins only (checked against the database, not the circuit's
/// claims). On PostgreSQL there is nothing to do here: pg_dump backs it up.
/// </summary>
public sealed class BackupService(IDbContextFactory<MlCareerDbContext> contexts, ICurrentUser currentUser, BackupStore store, TimeProvider time)
{
    public const string FailedKey = "Backup.Failed";
    public const string NotSqliteKey = "Backup.Postgres";

    private readonly IDbContextFactory<MlCareerDbContext> _contexts = contexts;
    private readonly ICurrentUser _currentUser = currentUser;
    private readonly BackupStore _store = store;
    private readonly TimeProvider _time = time;

    public async Task<Result<BackupList>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await _contexts.CreateDbContextAsync(cancellationToken);
        if (!await IsAdminAsync(db, await _currentUser.GetIdAsync(), cancellationToken))
        {
            return Result<BackupList>.Forbidden();
        }

        return Result<BackupList>.Ok(new BackupList(db.Database.IsSqlite(), _store.Folder, _store.List()));
    }

    /// <summary>Takes a backup now, while the app keeps serving; Invalid (with the reason) when it cannot be written.</summary>
    public async Task<Result<BackupFile>> BackUpNowAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await _contexts.CreateDbContextAsync(cancellationToken);
        if (!await IsAdminAsync(db, await _currentUser.GetIdAsync(), cancellationToken))
        {
            return Result<BackupFile>.Forbidden();
        }

        if (!db.Database.IsSqlite())
        {
            return Result<BackupFile>.Invalid(NotSqliteKey);
        }

        try
        {
            return Result<BackupFile>.Ok(await _store.BackUpAsync(_time.GetUtcNow(), cancellationToken));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or Microsoft.Data.Sqlite.SqliteException)
        {
            return Result<BackupFile>.Invalid(FailedKey, null, e.Message);
        }
    }

    /// <summary>True when <paramref name="userId"/> holds the admin role in the database now.</summary>
    public static async Task<bool> IsAdminAsync(MlCareerDbContext db, string? userId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return userId is not null && await db.UserRoles.AnyAsync(
            ur => ur.UserId == userId && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Roles.Admin), cancellationToken);
    }
}
