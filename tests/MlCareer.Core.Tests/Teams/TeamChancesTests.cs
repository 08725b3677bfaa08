using MlCareer.Core.Common;
using MlCareer.Core.Teams;

namespace MlCareer.Core.Tests.Teams;

public class TeamChancesTests
{
    private static readonly IsoWeek W49 = new(2026, 49);

    [Fact]
    public void Find_TwoPeopleSharingTwoWeeks_OneChanceOverTheSharedWeeks()
    {
        var ana = Window(1, "Ana", 0, 2);
        var ben = Window(2, "Ben", 1, 4);

        var chance = Assert.Single(TeamChances.Find([ben, ana]));

        Assert.Equal(W49.AddWeeks(1), chance.Start);
        Assert.Equal(W49.AddWeeks(2), chance.End);
        Assert.Equal(2, chance.Weeks);
        Assert.Equal(["Ana", "Ben"], chance.People.Select(p => p.Name));
    }

    [Fact]
    public void Find_OverlapOfOneWeek_NoChance()
    {
        var chances = TeamChances.Find([Window(1, "Ana", 0, 2), Window(2, "Ben", 2, 5)]);

        Assert.Empty(chances);
    }

    [Fact]
    public void Find_OnePersonsTwoWindows_NoChance()
    {
        var chances = TeamChances.Find([Window(1, "Ana", 0, 3), Window(1, "Ana", 2, 6)]);

        Assert.Empty(chances);
    }

    [Fact]
    public void Find_AChainOfOverlaps_OneChancePerPairOverTheirOwnWeeks()
    {
        var ana = Window(1, "Ana", 0, 3);
        var ben = Window(2, "Ben", 2, 6);
        var chen = Window(3, "Chen", 5, 9);

        var chances = TeamChances.Find([chen, ana, ben]);

        Assert.Equal(2, chances.Count);
        Assert.Equal(("Ana, Ben", W49.AddWeeks(2), W49.AddWeeks(3)), (string.Join(", ", Names(chances[0])), chances[0].Start, chances[0].End));
        Assert.Equal(("Ben, Chen", W49.AddWeeks(5), W49.AddWeeks(6)), (string.Join(", ", Names(chances[1])), chances[1].Start, chances[1].End));
    }

    [Fact]
    public void Find_AllForAFewWeeksAndSomeForLonger_BothAsLargeAsTheyGo()
    {
        var windows = new[] { Window(1, "Ana", 1, 3), Window(2, "Ben", 0, 7), Window(3, "Chen", 0, 4), Window(4, "Dmitri", 0, 7) };

        var chances = TeamChances.Find(windows);

        Assert.Equal(
            [("Ben, Chen, Dmitri", 0, 4), ("Ben, Dmitri", 0, 7), ("Ana, Ben, Chen, Dmitri", 1, 3)],
            chances.Select(c => (string.Join(", ", Names(c).Order(StringComparer.Ordinal)), W49.WeeksUntil(c.Start), W49.WeeksUntil(c.End))));
        Assert.Equal(W49.AddWeeks(1), chances[2].Windows.Single(w => w.Name == "Ana").Start);
    }

    [Fact]
    public void Find_SomeoneWithTwoWindows_JoinsWithTheOneAroundTheWeeks()
    {
        var chance = Assert.Single(TeamChances.Find([Window(1, "Ana", 0, 1), Window(1, "Ana", 4, 8), Window(2, "Ben", 5, 6)]));

        Assert.Equal((W49.AddWeeks(5), W49.AddWeeks(6)), (chance.Start, chance.End));
        Assert.Equal(W49.AddWeeks(4), chance.Windows.Single(w => w.Name == "Ana").Start);
    }

    [Fact]
    public void SharedWeeks_AcrossAYearWithWeek53_CountsIt()
    {
        var ana = new MemberWindow(1, "Ana", new IsoWeek(2026, 52), new IsoWeek(2027, 2));
        var ben = new MemberWindow(2, "Ben", new IsoWeek(2026, 53), new IsoWeek(2027, 4));

        Assert.Equal(3, ana.SharedWeeks(ben));
    }

    private static List<string> Names(TeamChance chance) => [.. chance.People.Select(p => p.Name)];

    private static MemberWindow Window(int id, string name, int from, int to) => new(id, name, W49.AddWeeks(from), W49.AddWeeks(to));
}
