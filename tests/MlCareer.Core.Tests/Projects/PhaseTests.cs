using MlCareer.Core.Common;
using MlCareer.Core.Projects;

namespace MlCareer.Core.Tests.Projects;

public class PhaseTests
{
    private static readonly DateOnly Today = new(2026, 11, 27);

    private static Phase Planned(DateOnly start, DateOnly end, PhaseKind kind = PhaseKind.DataWrangling)
    {
        var phase = new Phase { Kind = kind };
        phase.Plan(start, end);
        return phase;
    }

    [Fact]
    public void TryPlan_EndBeforeStart_RefusedAndKeepsThePreviousPlan()
    {
        var phase = Planned(Today, Today.AddDays(13));

        var violation = phase.TryPlan(Today, Today.AddDays(-1));

        Assert.Equal((RuleCode.EndBeforeStart, nameof(Phase.PlannedEnd)), (violation!.Code, violation.Field));
        Assert.Equal(Today.AddDays(13), phase.PlannedEnd);
    }

    [Fact]
    public void TryPlan_OneDayPhase_Accepted()
    {
        var phase = new Phase();

        Assert.Null(phase.TryPlan(Today, Today));
        Assert.Equal(Today, phase.PlannedEnd);
    }

    [Theory]
    [InlineData(1, 1, 1, 1, 1, 20, nameof(Phase.PlannedStart))]
    [InlineData(2026, 1, 1, 9999, 12, 31, nameof(Phase.PlannedEnd))]
    [InlineData(1999, 12, 31, 2000, 1, 10, nameof(Phase.PlannedStart))]
    [InlineData(2100, 12, 1, 2101, 1, 1, nameof(Phase.PlannedEnd))]
    public void TryPlan_DateOutsideTheYears2000To2100_Refused(int y1, int m1, int d1, int y2, int m2, int d2, string field)
    {
        var phase = new Phase();

        var violation = phase.TryPlan(new DateOnly(y1, m1, d1), new DateOnly(y2, m2, d2));

        Assert.Equal((RuleCode.DateOutOfBounds, field), (violation!.Code, violation.Field));
        Assert.Equal([PlanDates.FirstYear, PlanDates.LastYear], violation.Args);
    }

    [Fact]
    public void TryPlan_LongerThanFiveYears_RefusedButFiveYearsLessADayAccepted()
    {
        var phase = new Phase();

        var tooLong = phase.TryPlan(Today, Today.AddYears(5));
        var longest = phase.TryPlan(Today, Today.AddYears(5).AddDays(-1));

        Assert.Equal(RuleCode.PhaseTooLong, tooLong!.Code);
        Assert.Null(longest);
    }

    [Fact]
    public void TryRecord_ActualEndWithoutStart_RefusedOnTheStart()
    {
        var phase = Planned(Today.AddDays(-20), Today);

        var violation = phase.TryRecord(null, Today, Today);

        Assert.Equal((RuleCode.ActualEndWithoutStart, nameof(Phase.ActualStart)), (violation!.Code, violation.Field));
        Assert.Null(phase.ActualEnd);
    }

    [Fact]
    public void TryRecord_ActualDateAfterToday_Refused()
    {
        var phase = Planned(Today, Today.AddDays(20));

        var violation = phase.TryRecord(Today.AddDays(1), null, Today);

        Assert.Equal((RuleCode.ActualDateInFuture, nameof(Phase.ActualStart)), (violation!.Code, violation.Field));
        Assert.Equal(PhaseStatus.Planned, phase.Status);
    }

    [Fact]
    public void TryRecord_StatusFollowsTheActualDates()
    {
        var phase = Planned(Today.AddDays(-20), Today.AddDays(20));
        Assert.Null(phase.TrySetTentative(true));

        Assert.Null(phase.TryRecord(Today.AddDays(-20), null, Today));
        var started = phase.Status;
        Assert.Null(phase.TryRecord(Today.AddDays(-20), Today, Today));
        var finished = phase.Status;
        Assert.Null(phase.TryRecord(null, null, Today));

        Assert.Equal((PhaseStatus.Active, PhaseStatus.Done, PhaseStatus.Planned), (started, finished, phase.Status));
    }

    [Fact]
    public void TrySetTentative_StartedPhase_Refused()
    {
        var phase = Planned(Today.AddDays(-3), Today.AddDays(20));
        phase.TryStart(Today);

        var violation = phase.TrySetTentative(true);

        Assert.Equal(RuleCode.StartedPhaseTentative, violation!.Code);
        Assert.Equal(PhaseStatus.Active, phase.Status);
    }

    [Fact]
    public void TryStart_PlannedPhase_RecordsTodayAndBecomesActive()
    {
        var phase = Planned(Today.AddDays(3), Today.AddDays(30));

        Assert.Null(phase.TryStart(Today));

        Assert.Equal((Today, PhaseStatus.Active), (phase.ActualStart, phase.Status));
        Assert.Equal(Today, phase.InForce(Today).Start);
    }

    [Fact]
    public void TryStart_AlreadyStarted_KeepsTheFirstStart()
    {
        var phase = Planned(Today.AddDays(-10), Today.AddDays(30));
        phase.TryRecord(Today.AddDays(-8), null, Today);

        phase.TryStart(Today);

        Assert.Equal(Today.AddDays(-8), phase.ActualStart);
    }

    [Fact]
    public void TryFinish_StartedPhase_RecordsTodayAsTheEnd()
    {
        var phase = Planned(Today.AddDays(-10), Today.AddDays(30));
        phase.TryStart(Today.AddDays(-9));

        Assert.Null(phase.TryFinish(Today));

        Assert.Equal((Today.AddDays(-9), Today, PhaseStatus.Done), (phase.ActualStart!.Value, phase.ActualEnd!.Value, phase.Status));
    }

    [Fact]
    public void TryFinish_NeverStartedButPlannedInThePast_StartsAsPlanned()
    {
        var phase = Planned(Today.AddDays(-14), Today.AddDays(-1));

        phase.TryFinish(Today);

        Assert.Equal((Today.AddDays(-14), Today), (phase.ActualStart!.Value, phase.ActualEnd!.Value));
    }

    [Fact]
    public void TryFinish_FuturePhaseNeverStarted_FinishesTheSameDay()
    {
        var phase = Planned(Today.AddDays(7), Today.AddDays(30));

        Assert.Null(phase.TryFinish(Today));
        Assert.Equal((Today, Today), (phase.ActualStart!.Value, phase.ActualEnd!.Value));
    }

    [Fact]
    public void TryAddPeriod_InsideThePhase_AddedWithoutAShareOfItsOwn()
    {
        var phase = Planned(new DateOnly(2026, 12, 7), new DateOnly(2027, 1, 31), PhaseKind.ModelDevelopment);

        var violation = phase.TryAddPeriod(" Training run ", new DateOnly(2026, 12, 14), new DateOnly(2026, 12, 25), null, Today, out var period);

        Assert.Null(violation);
        Assert.Equal(("Training run", (Share?)null), (period!.Label, period.Share));
        Assert.Same(period, Assert.Single(phase.Periods));
    }

    [Fact]
    public void TryAddPeriod_OutsideThePhase_RefusedWithThePhaseDates()
    {
        var phase = Planned(new DateOnly(2026, 12, 7), new DateOnly(2026, 12, 20));

        var violation = phase.TryAddPeriod("Run", new DateOnly(2026, 12, 14), new DateOnly(2026, 12, 21), null, Today, out _);

        Assert.Equal(RuleCode.PeriodOutsidePhase, violation!.Code);
        Assert.Equal([new DateOnly(2026, 12, 7), new DateOnly(2026, 12, 20)], violation.Args);
        Assert.Empty(phase.Periods);
    }

    [Fact]
    public void TryAddPeriod_OverlappingAnotherPeriod_RefusedNamingIt()
    {
        var phase = Planned(new DateOnly(2026, 12, 7), new DateOnly(2027, 1, 31));
        phase.TryAddPeriod("First run", new DateOnly(2026, 12, 14), new DateOnly(2026, 12, 18), null, Today, out _);

        var overlapping = phase.TryAddPeriod("Second run", new DateOnly(2026, 12, 18), new DateOnly(2026, 12, 24), null, Today, out _);
        var adjacent = phase.TryAddPeriod("Third run", new DateOnly(2026, 12, 19), new DateOnly(2026, 12, 24), null, Today, out _);

        Assert.Equal(RuleCode.PeriodsOverlap, overlapping!.Code);
        Assert.Equal("First run", overlapping.Args[0]);
        Assert.Null(adjacent);
        Assert.Equal(["First run", "Third run"], phase.Periods.Select(p => p.Label));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("Run\u0000")]
    [InlineData("Run\u202E")]
    public void TryAddPeriod_BlankOrControlCharactersInTheLabel_Refused(string label)
    {
        var phase = Planned(new DateOnly(2026, 12, 7), new DateOnly(2027, 1, 31));

        var violation = phase.TryAddPeriod(label, new DateOnly(2026, 12, 14), new DateOnly(2026, 12, 18), null, Today, out _);

        Assert.Equal(nameof(PhasePeriod.Label), violation!.Field);
        Assert.Contains(violation.Code, new[] { RuleCode.Required, RuleCode.ControlCharacters });
    }
}
