using MlCareer.Core.Suggestions;
using MlCareer.Web.Features.Suggestions;

namespace MlCareer.Web.Features.Api;

/// <summary>The caller's suggestions for the API: what the suggestions page shows (<see cref="SuggestionService"/>), window by window.</summary>
public sealed class SuggestionReadService(SuggestionService suggestions)
{
    public async Task<Result<IReadOnlyList<WindowSuggestions>>> GetMineAsync(CancellationToken cancellationToken = default)
    {
        var result = await suggestions.GetAsync(cancellationToken);
        return result.Value is { } view
            ? Result<IReadOnlyList<WindowSuggestions>>.Ok([.. view.Windows.Select(w => w.Suggestions)])
            : Result<IReadOnlyList<WindowSuggestions>>.Fail(result.Error!);
    }
}
