namespace MlCareer.Core.Teams;

/// <summary>
/// A chance for a team activity (a competition entered together): windows of at least two people that
/// overlap by at least the minimum number of weeks. <see cref="Start"/> and <see cref="End"/> span the
/// weeks in which two or more of them are free together; <see cref="Windows"/> are the windows joined,
/// by start and then name, so each person's own weeks can be named.
/// </summary>
public sealed record TeamChance(IsoWeek Start, IsoWeek End, IReadOnlyList<MemberWindow> Windows)
{
    public int Weeks => Start.WeeksUntil(End) + 1;

    /// <summary>The people joined, each once, in the order their first window starts.</summary>
    public IReadOnlyList<MemberWindow> People => [.. Windows.DistinctBy(w => w.EngineerId)];
}
