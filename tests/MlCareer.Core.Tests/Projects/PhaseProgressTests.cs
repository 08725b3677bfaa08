using MlCareer.Core.Common;
using MlCareer.Core.Projects;

namespace MlCareer.Core.Tests.Projects;

public class PhaseProgressTests
{
    private static readonly DateOnly Today = new(2026, 11, 27);

    private static Phase Planned(DateOnly start, DateOnly end)
    {
        var phase = new Phase { Kind = PhaseKind.DataWrangling };
        phase.Plan(start, end);
        return phase;
    }

    [Fact]
    public void Start_PlannedPhase_RecordsTodayAndBecomesActive()
    {
        var phase = Planned(Today.AddDays(3), Today.AddDays(30));

        phase.Start(Today);

        Assert.Equal(Today, phase.ActualStart);
        Assert.Equal(PhaseStatus.Active, phase.Status);
        Assert.Equal(Today, phase.EffectiveStart);
    }

    [Fact]
    public void Start_AlreadyStarted_KeepsTheFirstStart()
    {
        var phase = Planned(Today.AddDays(-10), Today.AddDays(30));
        phase.Record(Today.AddDays(-8), null);

        phase.Start(Today);

        Assert.Equal(Today.AddDays(-8), phase.ActualStart);
    }

    [Fact]
    public void TryFinish_StartedPhase_RecordsTodayAsTheEnd()
    {
        var phase = Planned(Today.AddDays(-10), Today.AddDays(30));
        phase.Start(Today.AddDays(-9));

        var finished = phase.TryFinish(Today);

        Assert.True(finished);
        Assert.Equal((Today.AddDays(-9), Today), (phase.ActualStart!.Value, phase.ActualEnd!.Value));
        Assert.Equal(PhaseStatus.Done, phase.Status);
    }

    [Fact]
    public void TryFinish_NeverStartedButPlannedInThePast_StartsAsPlanned()
    {
        var phase = Planned(Today.AddDays(-14), Today.AddDays(-1));

        phase.TryFinish(Today);

        Assert.Equal(Today.AddDays(-14), phase.ActualStart);
        Assert.Equal(Today, phase.ActualEnd);
    }

    [Fact]
    public void TryFinish_FuturePhaseNeverStarted_FinishesTheSameDay()
    {
        var phase = Planned(Today.AddDays(7), Today.AddDays(30));

        Assert.True(phase.TryFinish(Today));
        Assert.Equal(Today, phase.ActualStart);
        Assert.Equal(Today, phase.ActualEnd);
    }

    [Fact]
    public void IsActiveIn_WeekTouchingThePhase_IsActive()
    {
        var phase = Planned(new DateOnly(2026, 12, 31), new DateOnly(2027, 1, 4));

        Assert.True(phase.IsActiveIn(new IsoWeek(2026, 53)));
        Assert.True(phase.IsActiveIn(new IsoWeek(2027, 1)));
        Assert.False(phase.IsActiveIn(new IsoWeek(2027, 2)));
        Assert.False(phase.IsActiveIn(new IsoWeek(2026, 52)));
    }
}
