using MlCareer.Core.Common;
using MlCareer.Core.Involvement;
using MlCareer.Core.Projects;

namespace MlCareer.Core.Tests.Involvement;

public class PlanningSettingsTests
{
    [Theory]
    [InlineData(PhaseKind.ProblemUnderstanding, 0.5)]
    [InlineData(PhaseKind.DataCollection, 0.15)]
    [InlineData(PhaseKind.DataLabeling, 0.1)]
    [InlineData(PhaseKind.DataWrangling, 0.9)]
    [InlineData(PhaseKind.ModelDevelopment, 0.85)]
    [InlineData(PhaseKind.Deployment, 0.25)]
    public void CreateDefault_SharePerPhaseKind_MatchesTheBrief(PhaseKind kind, double share)
    {
        var settings = PlanningSettings.CreateDefault();

        Assert.Equal(new Share(share), settings.ShareFor(kind));
    }

    [Fact]
    public void CreateDefault_WindowRules_MatchTheBrief()
    {
        var settings = PlanningSettings.CreateDefault();

        Assert.Equal(new Share(0.5), settings.LowWeekThreshold);
        Assert.Equal(2, settings.MinWindowWeeks);
        Assert.Equal(new Share(0.15), settings.MonitoringShare);
        Assert.Equal(new Hours(40), settings.DefaultCapacityHours);
        Assert.Equal(6, settings.PhaseShares.Count);
    }

    [Fact]
    public void ShareFor_AdminOverride_Wins()
    {
        var settings = PlanningSettings.CreateDefault();

        settings.PhaseShares.Single(s => s.Kind == PhaseKind.DataLabeling).Share = new Share(0.3);

        Assert.Equal(new Share(0.3), settings.ShareFor(PhaseKind.DataLabeling));
    }
}
