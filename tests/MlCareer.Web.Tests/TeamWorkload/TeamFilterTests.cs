using MlCareer.Core.Common;
using MlCareer.Core.Projects;
using MlCareer.Web.Features.TeamWorkload;

namespace MlCareer.Web.Tests.TeamWorkload;

public class TeamFilterTests
{
    [Fact]
    public void Parse_EveryValue_ReadsThemAndWritesTheSameQueryBack()
    {
        var result = TeamFilter.Parse("3", "2026-W40", "2027-w21", "12", "datawrangling");

        var filter = Assert.IsType<TeamFilter>(result.Value);
        Assert.Equal(new TeamFilter(3, new IsoWeek(2026, 40), new IsoWeek(2027, 21), 12, PhaseKind.DataWrangling), filter);
        Assert.Equal("team=3&from=2026-W40&to=2027-W21&project=12&kind=DataWrangling", filter.ToQuery());
        Assert.True(filter.NarrowsPlan);
    }

    [Fact]
    public void Parse_Nothing_TheDefault()
    {
        var filter = TeamFilter.Parse(null, "", " ", null, null).Value!;

        Assert.Equal(TeamFilter.Default, filter);
        Assert.Equal(string.Empty, filter.ToQuery());
        Assert.False(filter.NarrowsPlan);
    }

    [Theory]
    [InlineData("x", null, null, null, null, "Team.Filter.BadNumber", "TeamId")]
    [InlineData("-1", null, null, null, null, "Team.Filter.BadNumber", "TeamId")]
    [InlineData(null, "2026-W54", null, null, null, "Team.Filter.BadWeek", "From")]
    [InlineData(null, null, "1999-W10", null, null, "Team.Filter.BadWeek", "To")]
    [InlineData(null, null, "<script>", null, null, "Team.Filter.BadWeek", "To")]
    [InlineData(null, null, null, "99999999999", null, "Team.Filter.BadNumber", "ProjectId")]
    [InlineData(null, null, null, null, "Cooking", "Team.Filter.BadKind", "Kind")]
    [InlineData(null, null, null, null, "4", "Team.Filter.BadKind", "Kind")]
    public void Parse_BadValue_RefusedWithTheValueInTheMessage(string? team, string? from, string? to, string? project, string? kind, string key, string field)
    {
        var result = TeamFilter.Parse(team, from, to, project, kind);

        Assert.Equal((key, field), (result.Error!.MessageKey, result.Error.Field));
        Assert.Contains(team ?? from ?? to ?? project ?? kind, result.Error.Args.Cast<string>());
    }
}
