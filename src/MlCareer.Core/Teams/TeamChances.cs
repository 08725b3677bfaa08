namespace MlCareer.Core.Teams;

/// <summary>
/// Where teammates' windows line up. Two windows of different people are joined when they share at least
/// <see cref="MinSharedWeeks"/> weeks; windows joined directly or through others form one chance, which
/// counts when it holds at least <see cref="MinPeople"/> people. Its weeks run from the first to the last
/// week that two joined windows share, so a chain (A with B, B with C) is one chance over their shared weeks.
/// </summary>
public static class TeamChances
{
    public const int MinPeople = 2;

    public const int MinSharedWeeks = 2;

    /// <summary>The chances among <paramref name="windows"/>, by start week, then by the first person's name.</summary>
    public static IReadOnlyList<TeamChance> Find(IEnumerable<MemberWindow> windows)
    {
        ArgumentNullException.ThrowIfNull(windows);
        var all = windows.OrderBy(w => w.Start).ThenBy(w => w.Name, StringComparer.Ordinal).ThenBy(w => w.EngineerId).ToList();
        var parent = Enumerable.Range(0, all.Count).ToArray();
        var pairs = new List<(int Window, IsoWeek From, IsoWeek To)>();
        for (var i = 0; i < all.Count; i++)
        {
            for (var j = i + 1; j < all.Count && all[j].Start <= all[i].End; j++)
            {
                if (all[i].EngineerId != all[j].EngineerId && all[i].SharedWeeks(all[j]) >= MinSharedWeeks)
                {
                    Union(parent, i, j);
                    pairs.Add((i, all[j].Start, all[i].End < all[j].End ? all[i].End : all[j].End));
                }
            }
        }

        var spans = pairs.GroupBy(p => Find(parent, p.Window)).ToDictionary(g => g.Key, g => (From: g.Min(p => p.From), To: g.Max(p => p.To)));
        return [.. Enumerable.Range(0, all.Count)
            .GroupBy(i => Find(parent, i))
            .Where(g => spans.ContainsKey(g.Key) && g.Select(i => all[i].EngineerId).Distinct().Count() >= MinPeople)
            .Select(g => new TeamChance(spans[g.Key].From, spans[g.Key].To, [.. g.Select(i => all[i])]))
            .OrderBy(c => c.Start)
            .ThenBy(c => c.Windows[0].Name, StringComparer.Ordinal)];
    }

    private static void Union(int[] parent, int a, int b)
    {
        var (ra, rb) = (Find(parent, a), Find(parent, b));
        if (ra != rb)
        {
            parent[rb] = ra;
        }
    }

    private static int Find(int[] parent, int i)
    {
        while (parent[i] != i)
        {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }

        return i;
    }
}
