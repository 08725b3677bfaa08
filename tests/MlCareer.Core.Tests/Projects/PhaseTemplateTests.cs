using MlCareer.Core.Common;
using MlCareer.Core.Involvement;
using MlCareer.Core.Projects;

namespace MlCareer.Core.Tests.Projects;

public class PhaseTemplateTests
{
    private static readonly DateOnly Thursday = new(2026, 12, 3);

    private static IReadOnlyList<Phase> Build(DateOnly start, IEnumerable<PhaseDraft> drafts)
    {
        Assert.Null(PhaseTemplate.TryBuild(start, drafts, PlanningSettings.CreateDefault(), out var phases));
        return phases;
    }

    [Fact]
    public void Drafts_DefaultSettings_SixPhasesInOrderWithTheBriefsShares()
    {
        var drafts = PhaseTemplate.Drafts(PlanningSettings.CreateDefault());

        Assert.Equal(PhaseKinds.All, drafts.Select(d => d.Kind));
        Assert.Equal([50, 15, 10, 90, 85, 25], drafts.Select(d => d.SharePercent));
        Assert.All(drafts, d => Assert.True(d.Weeks > 0));
    }

    [Fact]
    public void TryBuild_AllSix_PhasesFollowEachOtherInWholeIsoWeeks()
    {
        var phases = Build(Thursday, PhaseTemplate.Drafts(PlanningSettings.CreateDefault()));

        Assert.Equal(new DateOnly(2026, 11, 30), phases[0].PlannedStart);
        Assert.Equal(new DateOnly(2026, 12, 13), phases[0].PlannedEnd);
        for (var i = 1; i < phases.Count; i++)
        {
            Assert.Equal(phases[i - 1].PlannedEnd.AddDays(1), phases[i].PlannedStart);
            Assert.Equal(DayOfWeek.Monday, phases[i].PlannedStart.DayOfWeek);
        }
    }

    [Fact]
    public void TryBuild_ProjectStartingOnASunday_TwoWeeksAreFourteenDays()
    {
        var sunday = new DateOnly(2026, 11, 29);

        var first = Build(sunday, [new PhaseDraft(PhaseKind.ProblemUnderstanding, 2, 50)])[0];

        Assert.Equal((new DateOnly(2026, 11, 23), new DateOnly(2026, 12, 6)), (first.PlannedStart, first.PlannedEnd));
        Assert.Equal(14, first.Planned.Days);
    }

    [Fact]
    public void TryBuild_ShareChangedForOnePhase_OverridesOnlyThatPhase()
    {
        var drafts = PhaseTemplate.Drafts(PlanningSettings.CreateDefault()).Select(d => d.Kind == PhaseKind.DataLabeling ? d with { SharePercent = 30 } : d);

        var phases = Build(Thursday, drafts);

        Assert.Equal(new Share(0.3), phases.Single(p => p.Kind == PhaseKind.DataLabeling).InvolvementShare);
        Assert.All(phases.Where(p => p.Kind != PhaseKind.DataLabeling), p => Assert.Null(p.InvolvementShare));
    }

    [Fact]
    public void TryBuild_PhaseLeftOut_NextPhaseTakesItsPlace()
    {
        var drafts = PhaseTemplate.Drafts(PlanningSettings.CreateDefault()).Select(d => d.Kind == PhaseKind.DataCollection ? d with { Include = false } : d);

        var phases = Build(Thursday, drafts);

        Assert.Equal(5, phases.Count);
        Assert.Equal((PhaseKind.DataLabeling, new DateOnly(2026, 12, 14)), (phases[1].Kind, phases[1].PlannedStart));
    }

    [Theory]
    [InlineData(0, 90, nameof(PhaseDraft.Weeks))]
    [InlineData(PhaseTemplate.MaxWeeks + 1, 90, nameof(PhaseDraft.Weeks))]
    [InlineData(4, -10, nameof(PhaseDraft.SharePercent))]
    [InlineData(4, 150, nameof(PhaseDraft.SharePercent))]
    public void TryBuild_DraftOutOfRange_RefusedOnItsField(int weeks, int share, string field)
    {
        var violation = PhaseTemplate.TryBuild(Thursday, [new PhaseDraft(PhaseKind.DataWrangling, weeks, share)], PlanningSettings.CreateDefault(), out _);

        Assert.Equal((RuleCode.OutOfRange, field), (violation!.Code, violation.Field));
    }

    [Fact]
    public void TryBuild_StartNearTheEndOfTheCalendar_RefusedRatherThanRunningPastIt()
    {
        var violation = PhaseTemplate.TryBuild(new DateOnly(2100, 12, 1), [new PhaseDraft(PhaseKind.DataWrangling, 10, 90)], PlanningSettings.CreateDefault(), out _);

        Assert.Equal(RuleCode.DateOutOfBounds, violation!.Code);
    }
}
