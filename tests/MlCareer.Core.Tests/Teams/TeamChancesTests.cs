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
    public void Find_AChainOfOverlaps_OneChanceNamingEveryoneFromTheFirstToTheLastSharedWeek()
    {
        var ana = Window(1, "Ana", 0, 3);
        var ben = Window(2, "Ben", 2, 6);
        var chen = Window(3, "Chen", 5, 9);

        var chance = Assert.Single(TeamChances.Find([chen, ana, ben]));

        Assert.Equal(["Ana", "Ben", "Chen"], chance.People.Select(p => p.Name));
        Assert.Equal(W49.AddWeeks(2), chance.Start);
        Assert.Equal(W49.AddWeeks(6), chance.End);
    }

    [Fact]
    public void Find_TwoSeparateGroups_TwoChancesInOrderOfStart()
    {
        var late = (Window(3, "Chen", 10, 12), Window(4, "Dmitri", 11, 13));
        var early = (Window(1, "Ana", 0, 2), Window(2, "Ben", 0, 1));

        var chances = TeamChances.Find([late.Item1, late.Item2, early.Item1, early.Item2]);

        Assert.Equal(2, chances.Count);
        Assert.Equal(["Ana", "Ben"], chances[0].People.Select(p => p.Name));
        Assert.Equal((W49, W49.AddWeeks(1)), (chances[0].Start, chances[0].End));
        Assert.Equal(["Chen", "Dmitri"], chances[1].People.Select(p => p.Name));
    }

    [Fact]
    public void Find_AThirdPersonOverlappingOnlyOneWeek_IsLeftOut()
    {
        var chance = Assert.Single(TeamChances.Find([Window(1, "Ana", 0, 3), Window(2, "Ben", 0, 3), Window(3, "Chen", 3, 8)]));

        Assert.Equal(["Ana", "Ben"], chance.People.Select(p => p.Name));
    }

    [Fact]
    public void SharedWeeks_AcrossAYearWithWeek53_CountsIt()
    {
        var ana = new MemberWindow(1, "Ana", new IsoWeek(2026, 52), new IsoWeek(2027, 2));
        var ben = new MemberWindow(2, "Ben", new IsoWeek(2026, 53), new IsoWeek(2027, 4));

        Assert.Equal(3, ana.SharedWeeks(ben));
    }

    private static MemberWindow Window(int id, string name, int from, int to) => new(id, name, W49.AddWeeks(from), W49.AddWeeks(to));
}
