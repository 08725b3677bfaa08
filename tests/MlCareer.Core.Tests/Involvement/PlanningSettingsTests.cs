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

        var shares = settings.Values.Shares.ToDictionary();
        shares[PhaseKind.DataLabeling] = new Share(0.3);

        Assert.Empty(settings.TryChange(settings.Values with { Shares = shares }));
        Assert.Equal(new Share(0.3), settings.ShareFor(PhaseKind.DataLabeling));
    }

    [Fact]
    public void Check_Defaults_NoViolation()
    {
        Assert.Empty(PlanningSettings.Check(PlanningSettings.CreateDefault().Values));
    }

    [Theory]
    [InlineData(0.04, 2, 26, 40, nameof(PlanningSettings.LowWeekThreshold), RuleCode.OutOfRange)]
    [InlineData(0.96, 2, 26, 40, nameof(PlanningSettings.LowWeekThreshold), RuleCode.OutOfRange)]
    [InlineData(0.5, 0, 26, 40, nameof(PlanningSettings.MinWindowWeeks), RuleCode.OutOfRange)]
    [InlineData(0.5, 27, 52, 40, nameof(PlanningSettings.MinWindowWeeks), RuleCode.OutOfRange)]
    [InlineData(0.5, 8, 6, 40, nameof(PlanningSettings.MinWindowWeeks), RuleCode.WindowLongerThanHorizon)]
    [InlineData(0.5, 2, 3, 40, nameof(PlanningSettings.HorizonWeeks), RuleCode.OutOfRange)]
    [InlineData(0.5, 2, 105, 40, nameof(PlanningSettings.HorizonWeeks), RuleCode.OutOfRange)]
    [InlineData(0.5, 2, 26, 0.5, nameof(PlanningSettings.DefaultCapacityHours), RuleCode.OutOfRange)]
    public void TryChange_NumberOutsideItsRule_NamesTheFieldAndChangesNothing(double threshold, int minWeeks, int horizon, double capacity, string field, RuleCode code)
    {
        var settings = PlanningSettings.CreateDefault();
        var before = settings.Values;

        var violation = Assert.Single(settings.TryChange(before with
        {
            LowWeekThreshold = new Share(threshold),
            MinWindowWeeks = minWeeks,
            HorizonWeeks = horizon,
            DefaultCapacityHours = new Hours(capacity),
        }));

        Assert.Equal((code, field), (violation.Code, violation.Field));
        Assert.Equal(
            (before.LowWeekThreshold, before.MinWindowWeeks, before.HorizonWeeks, before.DefaultCapacityHours),
            (settings.LowWeekThreshold, settings.MinWindowWeeks, settings.HorizonWeeks, settings.DefaultCapacityHours));
    }

    [Fact]
    public void TryChange_ShareOfAKindMissing_IsRequiredAndChangesNothing()
    {
        var settings = PlanningSettings.CreateDefault();
        var shares = settings.Values.Shares.Where(s => s.Key != PhaseKind.Deployment).ToDictionary();
        shares[PhaseKind.DataLabeling] = new Share(0.3);

        var violation = Assert.Single(settings.TryChange(settings.Values with { Shares = shares }));

        Assert.Equal((RuleCode.Required, "DeploymentShare"), (violation.Code, violation.Field));
        Assert.Equal(new Share(0.1), settings.ShareFor(PhaseKind.DataLabeling));
    }

    [Fact]
    public void TryChange_GoodValues_TakesEveryOne()
    {
        var settings = PlanningSettings.CreateDefault();
        var shares = settings.Values.Shares.ToDictionary(s => s.Key, _ => new Share(0.2));

        Assert.Empty(settings.TryChange(new PlanningValues(shares, new Share(0.1), new Share(0.4), 3, 30, new Hours(32))));

        Assert.All(PhaseKinds.All, k => Assert.Equal(new Share(0.2), settings.ShareFor(k)));
        Assert.Equal(
            (new Share(0.1), new Share(0.4), 3, 30, new Hours(32)),
            (settings.MonitoringShare, settings.LowWeekThreshold, settings.MinWindowWeeks, settings.HorizonWeeks, settings.DefaultCapacityHours));
    }
}
