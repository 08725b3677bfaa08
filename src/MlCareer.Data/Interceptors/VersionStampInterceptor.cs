using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace MlCareer.Data.Interceptors;

/// <summary>
/// Gives every added or modified <see cref="IVersioned"/> entity a new version before it is saved —
/// also when only its owned values (a phase share, an amount of money) changed. EF Core then updates
/// WHERE Version = (the original version), so a stale edit affects no row and surfaces as a
/// <see cref="DbUpdateConcurrencyException"/>.
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

        var entries = context.ChangeTracker.Entries().ToList();
        var owners = entries.Where(e => e.Metadata.IsOwned() && e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Select(owned => OwnerOf(owned, entries))
            .OfType<EntityEntry>()
            .ToHashSet();
        foreach (var entry in entries.Where(e => e.Entity is IVersioned))
        {
            if (entry.State is EntityState.Added or EntityState.Modified || (entry.State == EntityState.Unchanged && owners.Contains(entry)))
            {
                entry.Property(nameof(IVersioned.Version)).CurrentValue = Guid.NewGuid();
            }
        }
    }

    /// <summary>The tracked entry that owns <paramref name="owned"/>, found through the ownership's key values.</summary>
    private static EntityEntry? OwnerOf(EntityEntry owned, List<EntityEntry> entries)
    {
        var ownership = owned.Metadata.FindOwnership()!;
        var keys = ownership.Properties.Select(p => owned.State == EntityState.Deleted ? owned.Property(p.Name).OriginalValue : owned.Property(p.Name).CurrentValue).ToArray();
        var owner = entries.FirstOrDefault(e => e.Metadata == ownership.PrincipalEntityType
            && ownership.PrincipalKey.Properties.Select(p => e.Property(p.Name).CurrentValue).SequenceEqual(keys));
        return owner is not null && owner.Metadata.IsOwned() ? OwnerOf(owner, entries) : owner;
    }
}
