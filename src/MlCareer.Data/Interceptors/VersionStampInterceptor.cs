using Microsoft.EntityFrameworkCore.Diagnostics;

namespace MlCareer.Data.Interceptors;

/// <summary>
/// Gives every added or modified <see cref="IVersioned"/> entity a new version before it is saved.
/// EF Core then updates WHERE Version = (the original version), so a stale edit affects no row and
/// surfaces as a <see cref="DbUpdateConcurrencyException"/>.
/// </summary>
public sealed class VersionStampInterceptor : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Stamp(eventData.Context);
        return base.SavingChanges(eventData, result);
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Stamp(eventData.Context);
        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    private static void Stamp(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        foreach (var entry in context.ChangeTracker.Entries<IVersioned>())
        {
            if (entry.State is EntityState.Added or EntityState.Modified || HasChangedOwnedEntities(entry))
            {
                entry.Entity.Version = Guid.NewGuid();
            }
        }
    }

    private static bool HasChangedOwnedEntities(Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry entry) =>
        entry.References.Concat<Microsoft.EntityFrameworkCore.ChangeTracking.NavigationEntry>(entry.Collections)
            .Any(n => n.Metadata.TargetEntityType.IsOwned() && n.IsModified);
}
