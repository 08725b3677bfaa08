namespace MlCareer.Core.Teams;

/// <summary>
/// A chance for a team activity (a competition entered together): people who are all in a window from
/// <see cref="Start"/> to <see cref="End"/> (ISO weeks, both included). <see cref="Windows"/> holds each
/// person's own window around those weeks, by start and then name, so each person's weeks can be named too.
/// </summary>
public sealed record TeamChance(IsoWeek Start, IsoWeek End, IReadOnlyList<MemberWindow> Windows)
{
    public int Weeks => Start.WeeksUntil(End) + 1;

    /// <summary>The people joined, each once, in the order their first window starts.</summary>
    public IReadOnlyList<MemberWindow> People => [.. Windows.DistinctBy(w => w.EngineerId)];
}
