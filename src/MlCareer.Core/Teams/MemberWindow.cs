namespace MlCareer.Core.Teams;

/// <summary>One team member's low-involvement window, from <see cref="Start"/> to <see cref="End"/> (ISO weeks, both included).</summary>
public sealed record MemberWindow(int EngineerId, string Name, IsoWeek Start, IsoWeek End)
{
    public int Weeks => Start.WeeksUntil(End) + 1;

    /// <summary>Whole weeks this window shares with <paramref name="other"/>, 0 when they do not meet.</summary>
    public int SharedWeeks(MemberWindow other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var from = Start > other.Start ? Start : other.Start;
        var to = End < other.End ? End : other.End;
        return from <= to ? from.WeeksUntil(to) + 1 : 0;
    }
}
