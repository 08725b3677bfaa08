using MlCareer.Core.Suggestions;
using MlCareer.Data;

namespace MlCareer.Web.Features.Suggestions;

/// <summary>
/// The caller's suggestion context for one scope (a circuit, or a request): the page and the notification bell
/// often need it within the same moment, so a load is shared for <see cref="SharedFor"/>. Any change through the
/// services of this scope forgets it, so nobody sees their own change late.
/// </summary>
public sealed class SuggestionContexts
{
    public static readonly TimeSpan SharedFor = TimeSpan.FromSeconds(5);

    private (int EngineerId, DateOnly Today, long LoadedAt, Task<SuggestionContext?> Load)? _last;

    /// <summary>
    /// The context of <paramref name="engineerId"/> as of <paramref name="today"/>, read through <paramref name="db"/>
    /// unless a load from the last few seconds can be shared.
    /// </summary>
    public Task<SuggestionContext?> GetAsync(MlCareerDbContext db, int engineerId, DateOnly today, CancellationToken cancellationToken)
    {
        var now = Environment.TickCount64;
        if (_last is { } last && last.EngineerId == engineerId && last.Today == today && now - last.LoadedAt < SharedFor.TotalMilliseconds
            && !last.Load.IsFaulted && !last.Load.IsCanceled)
        {
            return last.Load;
        }

        var load = SuggestionContextLoader.LoadAsync(db, engineerId, today, cancellationToken);
        _last = (engineerId, today, now, load);
        return load;
    }

    public void Forget() => _last = null;
}
