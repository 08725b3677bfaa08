using MlCareer.Core.Projects;

namespace MlCareer.Core.Tests.Projects;

public class PhaseTests
{
    private static readonly DateOnly Start = new(2026, 11, 30);

    [Fact]
    public void Plan_EndBeforeStart_ThrowsAndKeepsThePreviousPlan()
    {
        var phase = new Phase { Kind = PhaseKind.DataLabeling };
        phase.Plan(Start, Start.AddDays(13));

        Assert.Throws<ArgumentException>(() => phase.Plan(Start, Start.AddDays(-1)));
        Assert.Equal(Start.AddDays(13), phase.PlannedEnd);
    }

    [Fact]
    public void Plan_OneDayPhase_Accepted()
    {
        var phase = new Phase();

        phase.Plan(Start, Start);

        Assert.Equal(Start, phase.PlannedEnd);
    }

    [Fact]
    public void Record_ActualEndWithoutStart_Throws()
    {
        var phase = new Phase();

        Assert.Throws<ArgumentException>(() => phase.Record(null, Start));
    }

    [Fact]
    public void EffectiveDates_ActualOverridesPlanned()
    {
        var phase = new Phase();
        phase.Plan(Start, Start.AddDays(27));

        phase.Record(Start.AddDays(7), null);

        Assert.Equal(Start.AddDays(7), phase.EffectiveStart);
        Assert.Equal(Start.AddDays(27), phase.EffectiveEnd);
    }

    [Fact]
    public void PeriodPlan_EndBeforeStart_Throws()
    {
        var period = new PhasePeriod { Label = "Training run" };

        Assert.Throws<ArgumentException>(() => period.Plan(Start, Start.AddDays(-3)));
    }
}
