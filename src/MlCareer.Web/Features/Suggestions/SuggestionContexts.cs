using MlCareer.Core.Suggestions;
using MlCareer.Data;
using MlCareer.Data.Interceptors;

namespace MlCareer.Web.Features.Suggestions;

/// <summary>
/// Engineers' suggestion contexts for reading, shared by every circuit and request of this node: the notification
/// bell needs one on every visit, the suggestions page, Home and My activities as well. An answer holds while no
/// write has reached the database since it was read (it is stamped with <see cref="DataVersion"/>), for the same
/// day, and for at most <see cref="MaxAge"/> by the app's clock, so writes through another node show within that
/// time (<see cref="HeldAnswers{TKey,TValue}"/>). Changes go through <see cref="SuggestionContextLoader"/> itself,
/// on what the database holds now. The contexts are never changed by their readers.
/// </summary>
public sealed class SuggestionContexts(DataVersion dataVersion, TimeProvider time, SuggestionContextLoader loader)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(30);

    private readonly HeldAnswers<(int EngineerId, DateOnly Today), SuggestionContext?> _held = new(time, MaxAge, () => dataVersion.Current);

    /// <summary>The context of <paramref name="engineerId"/> as of <paramref name="today"/>, read through <paramref name="db"/> unless a current one is held.</summary>
    public Task<SuggestionContext?> GetAsync(MlCareerDbContext db, int engineerId, DateOnly today, CancellationToken cancellationToken) =>
        _held.GetAsync((engineerId, today), ct => loader.LoadAsync(db, engineerId, today, ct), cancellationToken);

    /// <summary>Drops every held context, so the next read of each comes from the database.</summary>
    public void Forget() => _held.InvalidateAll();
}
