using MlCareer.Core.Common;

namespace MlCareer.Core.Suggestions;

/// <summary>A teammate who is free at the same time as the engineer, from <paramref name="From"/> to <paramref name="To"/> (ISO weeks, both included).</summary>
public sealed record TeammateOverlap(int EngineerId, string Name, IsoWeek From, IsoWeek To)
{
    public int Weeks => From.WeeksUntil(To) + 1;
}
