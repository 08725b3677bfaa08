using Microsoft.Extensions.Caching.Memory;
using MlCareer.Core.Suggestions;
using MlCareer.Data;
using MlCareer.Data.Interceptors;

namespace MlCareer.Web.Features.Suggestions;

/// <summary>
/// Engineers' suggestion contexts for reading, shared by every circuit and request of this node: the notification
/// bell needs one on every visit, the suggestions page, Home and My activities as well. An answer holds while no
/// write has reached the database since it was read (<see cref="DataVersion"/>), for the same day, and for at most
/// <see cref="MaxAge"/>, so writes through another node show within that time. Changes go through
/// <see cref="SuggestionContextLoader"/> itself, on what the database holds now. The contexts are never changed
/// by their readers.
/// </summary>
public sealed class SuggestionContexts(IMemoryCache cache, DataVersion dataVersion, SuggestionContextLoader loader)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(30);

    private sealed record Entry(long Version, DateOnly Today, SuggestionContext? Context);

    /// <summary>The context of <paramref name="engineerId"/> as of <paramref name="today"/>, read through <paramref name="db"/> unless a current one is held.</summary>
    public async Task<SuggestionContext?> GetAsync(MlCareerDbContext db, int engineerId, DateOnly today, CancellationToken cancellationToken)
    {
        var key = (typeof(SuggestionContexts), engineerId);
        var version = dataVersion.Current;
        if (cache.TryGetValue(key, out Entry? held) && held!.Version == version && held.Today == today)
        {
            return held.Context;
        }

        var context = await loader.LoadAsync(db, engineerId, today, cancellationToken);
        cache.Set(key, new Entry(version, today, context), MaxAge);
        return context;
    }
}
