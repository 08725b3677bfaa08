using MlCareer.Core.Common;
using MlCareer.Core.Involvement;
using MlCareer.Core.Projects;

namespace MlCareer.Core.Tests.Projects;

public class PhaseTemplateTests
{
    private static readonly DateOnly Thursday = new(2026, 12, 3);

    [Fact]
    public void Drafts_DefaultSettings_SixPhasesInOrderWithTheBriefsShares()
    {
        var drafts = PhaseTemplate.Drafts(PlanningSettings.CreateDefault());

        Assert.Equal(Enum.GetValues<PhaseKind>(), drafts.Select(d => d.Kind));
        Assert.Equal([0.5, 0.15, 0.1, 0.9, 0.85, 0.25], drafts.Select(d => d.Share));
        Assert.All(drafts, d => Assert.True(d.Weeks > 0));
    }

    [Fact]
    public void Build_AllSix_PhasesFollowEachOtherWeekByWeek()
    {
        var settings = PlanningSettings.CreateDefault();

        var phases = PhaseTemplate.Build(Thursday, PhaseTemplate.Drafts(settings), settings);

        Assert.Equal([1, 2, 3, 4, 5, 6], phases.Select(p => p.Order));
        Assert.Equal(Thursday, phases[0].PlannedStart);
        Assert.Equal(new DateOnly(2026, 12, 13), phases[0].PlannedEnd);
        for (var i = 1; i < phases.Count; i++)
        {
            Assert.Equal(phases[i - 1].PlannedEnd.AddDays(1), phases[i].PlannedStart);
            Assert.Equal(DayOfWeek.Monday, phases[i].PlannedStart.DayOfWeek);
        }
    }

    [Fact]
    public void Build_ShareChangedForOnePhase_OverridesOnlyThatPhase()
    {
        var settings = PlanningSettings.CreateDefault();
        var drafts = PhaseTemplate.Drafts(settings).Select(d => d.Kind == PhaseKind.DataLabeling ? d with { Share = 0.3 } : d);

        var phases = PhaseTemplate.Build(Thursday, drafts, settings);

        Assert.Equal(new Share(0.3), phases.Single(p => p.Kind == PhaseKind.DataLabeling).InvolvementShare);
        Assert.All(phases.Where(p => p.Kind != PhaseKind.DataLabeling), p => Assert.Null(p.InvolvementShare));
    }

    [Fact]
    public void Build_PhaseLeftOut_NextPhaseTakesItsPlace()
    {
        var settings = PlanningSettings.CreateDefault();
        var drafts = PhaseTemplate.Drafts(settings).Select(d => d.Kind == PhaseKind.DataCollection ? d with { Include = false } : d);

        var phases = PhaseTemplate.Build(Thursday, drafts, settings);

        Assert.Equal(5, phases.Count);
        Assert.Equal(PhaseKind.DataLabeling, phases[1].Kind);
        Assert.Equal(2, phases[1].Order);
        Assert.Equal(new DateOnly(2026, 12, 14), phases[1].PlannedStart);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(PhaseTemplate.MaxWeeks + 1)]
    public void Build_WeeksOutOfRange_Throws(int weeks)
    {
        var settings = PlanningSettings.CreateDefault();

        Assert.Throws<ArgumentOutOfRangeException>(() => PhaseTemplate.Build(Thursday, [new PhaseDraft(PhaseKind.DataWrangling, weeks, 0.9)], settings));
    }
}
