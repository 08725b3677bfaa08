using MlCareer.Core.Involvement;
using MlCareer.Data;

namespace MlCareer.Web.Features.Settings;

/// <summary>
/// The planning settings row, read at most once every <see cref="MaxAge"/> on this node (<see cref="HeldAnswers{TKey,TValue}"/>):
/// every page and service computes with it, several times per visit. A save through <see cref="SettingsService"/>
/// forgets it at once on this node; other nodes see a change within <see cref="MaxAge"/>. Keyed by connection
/// string, so a context on another database never gets this one's answer.
/// </summary>
/// <remarks>
/// One per node (a singleton). Code that holds only a context reaches it through the context's application
/// services: <c>db.GetService&lt;SettingsCache&gt;()</c>.
/// </remarks>
public sealed class SettingsCache(TimeProvider time)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(30);

    private readonly HeldAnswers<string, PlanningSettings> _held = new(time, MaxAge);

    /// <summary>The stored settings (the brief's defaults when none are stored); callers must not change them.</summary>
    public Task<PlanningSettings> GetAsync(MlCareerDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return _held.GetAsync(db.Database.GetConnectionString() ?? string.Empty, async ct =>
            await db.PlanningSettings.AsNoTracking().FirstOrDefaultAsync(ct) ?? PlanningSettings.CreateDefault(), cancellationToken);
    }

    /// <summary>Drops the held settings; call after saving them.</summary>
    public void Forget() => _held.InvalidateAll();
}
