namespace MlCareer.Core.Teams;

/// <summary>
/// Where teammates' windows line up: every group of at least <see cref="MinPeople"/> people who are all in a
/// window through at least <see cref="MinSharedWeeks"/> consecutive weeks, taken as large as it goes — its weeks
/// cannot be extended without losing someone, and nobody can join without shortening them. So "all seven for
/// three weeks" and "four of them for eight weeks" are both chances, while a pair already inside a larger group
/// over the same weeks is not listed again.
/// </summary>
public static class TeamChances
{
    public const int MinPeople = 2;

    public const int MinSharedWeeks = 2;

    /// <summary>The chances among <paramref name="windows"/>, by start week, then the most people, then the longest.</summary>
    public static IReadOnlyList<TeamChance> Find(IEnumerable<MemberWindow> windows)
    {
        ArgumentNullException.ThrowIfNull(windows);
        var all = windows.ToList();
        if (all.Count < MinPeople)
        {
            return [];
        }

        var people = all.Select(w => w.EngineerId).Distinct().Order().ToList();
        var bit = people.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i);
        var first = all.Min(w => w.Start);
        var weeks = first.WeeksUntil(all.Max(w => w.End)) + 1;
        var words = (people.Count + 63) / 64;
        var free = new ulong[weeks + 1, words];
        foreach (var window in all)
        {
            for (var w = first.WeeksUntil(window.Start); w <= first.WeeksUntil(window.End); w++)
            {
                free[w, bit[window.EngineerId] / 64] |= 1UL << (bit[window.EngineerId] % 64);
            }
        }

        var chances = new List<TeamChance>();
        var group = new ulong[words];
        for (var s = 0; s < weeks; s++)
        {
            Copy(free, s, group);
            for (var e = s; Count(group) >= MinPeople; e++)
            {
                if (Within(group, free, e + 1))
                {
                    continue;
                }

                if (e - s + 1 >= MinSharedWeeks && (s == 0 || !Within(group, free, s - 1)))
                {
                    chances.Add(Chance(all, people, group, first.AddWeeks(s), first.AddWeeks(e)));
                }

                And(group, free, e + 1);
            }
        }

        return [.. chances.OrderBy(c => c.Start).ThenByDescending(c => c.Windows.Count).ThenByDescending(c => c.End)];
    }

    private static TeamChance Chance(List<MemberWindow> all, List<int> people, ulong[] group, IsoWeek start, IsoWeek end)
    {
        var members = people.Where((_, i) => (group[i / 64] & (1UL << (i % 64))) != 0).ToHashSet();
        return new TeamChance(start, end, [.. all
            .Where(w => members.Contains(w.EngineerId) && w.Start <= start && w.End >= end)
            .OrderBy(w => w.Start).ThenBy(w => w.Name, StringComparer.Ordinal).ThenBy(w => w.EngineerId)]);
    }

    private static void Copy(ulong[,] free, int week, ulong[] into)
    {
        for (var i = 0; i < into.Length; i++)
        {
            into[i] = free[week, i];
        }
    }

    /// <summary>Whether everyone in <paramref name="group"/> is free in <paramref name="week"/>.</summary>
    private static bool Within(ulong[] group, ulong[,] free, int week)
    {
        for (var i = 0; i < group.Length; i++)
        {
            if ((group[i] & ~free[week, i]) != 0)
            {
                return false;
            }
        }

        return true;
    }

    private static void And(ulong[] group, ulong[,] free, int week)
    {
        for (var i = 0; i < group.Length; i++)
        {
            group[i] &= free[week, i];
        }
    }

    private static int Count(ulong[] group) => group.Sum(System.Numerics.BitOperations.PopCount);
}
