using MlCareer.Core.Activities;
using MlCareer.Core.Engineers;
using MlCareer.Core.Projects;
using MlCareer.Core.Suggestions;
using MlCareer.Core.Tests.Workload;
using MlCareer.Core.Workload;
using static MlCareer.Core.Tests.Workload.PlanBuilder;

namespace MlCareer.Core.Tests.Suggestions;

public class SuggestionInputsTests
{
    [Fact]
    public void Windows_FromTheWorkloadEngine_MarkTheTrainingRunWeeksAsMonitoring()
    {
        var workload = new PlanBuilder()
            .Project("Churn", 1, Phase(PhaseKind.ModelDevelopment, 0, 10, periods: Period("Training run", 3, 5, 0.15)))
            .Compute();

        var window = SuggestionInputs.Windows(workload)[0];

        Assert.Equal((Now.AddWeeks(3), Now.AddWeeks(5), 3), (window.Start, window.End, window.Weeks));
        Assert.Equal([Now.AddWeeks(3), Now.AddWeeks(4), Now.AddWeeks(5)], window.Monitoring.Select(m => m.Week));
        Assert.All(window.Monitoring, m => Assert.Equal(("Churn", "Training run"), (m.ProjectName, m.Label)));
        Assert.Equal(34, window.MinFreeHours);
    }

    [Fact]
    public void Weeks_FromTheCurrentWeek_CarryCapacityLoadAndSideHours()
    {
        var workload = new PlanBuilder().Project("Churn", 0.5, Phase(PhaseKind.DataWrangling, 0, 30)).Side("Article", 1, 2, 5).Compute();

        var weeks = SuggestionInputs.Weeks(workload, Now);

        Assert.Equal(Now, weeks[0].Week);
        Assert.Equal((40.0, 23.0, 5.0), (weeks[1].CapacityHours, weeks[1].LoadHours, weeks[1].SideHours));
    }

    [Fact]
    public void Calculator_ForACatalogWithAYearLongCohort_ComputesTheHorizonAndAYearMoreButTheSameWindows()
    {
        var cohort = SuggestionBuilder.Activity("cohort", ActivityKind.Mentoring, 10, 10, minWeeks: 4, commitment: Commitment.Recurring(52));
        var plan = new PlanBuilder().Project("Churn", 1, Phase(PhaseKind.DataWrangling, 0, 4), Phase(PhaseKind.DataLabeling, 5, 60)).Build();

        var calculator = SuggestionInputs.Calculator(WorkloadRules.Default, Now, [cohort, SuggestionBuilder.Activity("talk", ActivityKind.Speaking)]);
        var workload = calculator.Compute(plan);

        Assert.Equal(WorkloadRules.Default.HorizonWeeks + 52, SuggestionInputs.Weeks(workload, Now).Count);
        Assert.Equal(WorkloadCalculator.ForHorizon(WorkloadRules.Default, Now, 4).Compute(plan).Windows, workload.Windows, (a, b) => a.Start == b.Start && a.End == b.End);
    }

    [Fact]
    public void Facts_FromTheProfile_KeepPreferencesAndBudget()
    {
        var profile = new EngineerProfile { Id = 7, UserId = "u", DisplayName = "Ana" };
        Assert.Null(profile.TrySetPreferences(new SidePreferences(EngineerProfile.DefaultSideActivityBudgetHours, [], [], ["pytorch"], ["rust"], "banking", null, null)));

        var facts = SuggestionInputs.Facts(profile);

        Assert.Equal((7, 10.0, "banking"), (facts.EngineerId, facts.SideBudgetHours, facts.HomeIndustry));
        Assert.Equal(["pytorch"], facts.Skills);
        Assert.Equal(["rust"], facts.SkillsToLearn);
    }
}
