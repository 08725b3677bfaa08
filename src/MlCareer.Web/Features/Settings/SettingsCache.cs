using System.Collections.Concurrent;
using MlCareer.Core.Involvement;
using MlCareer.Data;

namespace MlCareer.Web.Features.Settings;

/// <summary>
/// The planning settings row, read at most once every <see cref="MaxAge"/> per database: every page and service
/// computes with it, several times per visit. A save through <see cref="SettingsService"/> forgets it at once on
/// this node; other nodes see a change within <see cref="MaxAge"/>. Keyed by connection string, so apps on
/// different databases in one process never share an answer.
/// </summary>
public static class SettingsCache
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(30);

    private static readonly ConcurrentDictionary<string, (PlanningSettings Settings, long ReadAt)> Entries = new(StringComparer.Ordinal);

    /// <summary>The stored settings (the brief's defaults when none are stored); callers must not change them.</summary>
    public static async Task<PlanningSettings> GetAsync(MlCareerDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var key = db.Database.GetConnectionString() ?? string.Empty;
        var now = Environment.TickCount64;
        if (Entries.TryGetValue(key, out var entry) && now - entry.ReadAt < MaxAge.TotalMilliseconds)
        {
            return entry.Settings;
        }

        var settings = await db.PlanningSettings.AsNoTracking().FirstOrDefaultAsync(cancellationToken)
            ?? PlanningSettings.CreateDefault();
        Entries[key] = (settings, now);
        return settings;
    }

    /// <summary>Drops the answer for <paramref name="db"/>'s database; call after saving the settings.</summary>
    public static void Forget(MlCareerDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        Entries.TryRemove(db.Database.GetConnectionString() ?? string.Empty, out _);
    }
}
