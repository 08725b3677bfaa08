using MlCareer.Core.Projects;
using MlCareer.Web.Features.TeamWorkload;
using static MlCareer.Web.Tests.TeamWorkload.TeamViews;

namespace MlCareer.Web.Tests.TeamWorkload;

public class TeamWindowsDataTests
{
    [Fact]
    public void Create_TwoPeopleQuietTogether_TheirWindowsByStartAndOneChanceNamingBoth()
    {
        var view = View(
        [
            ("Ben", Plan(2, [Project(1, "Churn", 1, PhaseKind.DataWrangling, -2, 1, 1)])),
            ("Ana", Plan(1, [Project(2, "OCR", 1, PhaseKind.DataWrangling, -2, 0, 1), Project(3, "Fraud", 1, PhaseKind.DataWrangling, 4, 30, 1)])),
        ]);

        var data = TeamWindowsData.Create(view);

        Assert.Equal(["Ana", "Ben"], data.Windows.Select(w => w.Member.Name));
        Assert.Equal((Current.AddWeeks(1), Current.AddWeeks(3)), (data.Windows[0].Window.Start, data.Windows[0].Window.End));
        var chance = Assert.Single(data.Chances);
        Assert.Equal((Current.AddWeeks(2), Current.AddWeeks(3)), (chance.Start, chance.End));
        Assert.Equal("Ana and Ben are free together in 2026-W50 to W51 (2 weeks).", TeamText.Chance(chance, Localizers.English));
    }

    [Fact]
    public void Create_AWindowAfterTheShownWeeks_LeftOut()
    {
        var view = View([("Ana", Plan(1, [Project(1, "Churn", 1, PhaseKind.DataWrangling, -2, 10, 1)]))], aheadWeeks: 6);

        Assert.Empty(TeamWindowsData.Create(view).Windows);
        Assert.NotEmpty(view.Members[0].Workload.Windows);
    }
}
