using MlCareer.Core.Common;
using MlCareer.Core.Projects;

namespace MlCareer.Core.Tests.Projects;

/// <summary>The brief's "dates in force": the one rule the timesheet, timeline, engine and what-if use.</summary>
public class PhaseInForceTests
{
    private static Phase Planned(DateOnly start, DateOnly end)
    {
        var phase = new Phase { Kind = PhaseKind.DataLabeling };
        phase.Plan(start, end);
        return phase;
    }

    [Fact]
    public void InForce_NotStarted_IsThePlannedDates()
    {
        var phase = Planned(new DateOnly(2026, 12, 7), new DateOnly(2026, 12, 20));

        Assert.Equal(new DateRange(new DateOnly(2026, 12, 7), new DateOnly(2026, 12, 20)), phase.InForce(new DateOnly(2027, 1, 13)));
        Assert.False(phase.IsOverdue(new DateOnly(2027, 1, 13)));
    }

    [Fact]
    public void InForce_Finished_RunsFromTheActualStartToTheActualEnd()
    {
        var phase = Planned(new DateOnly(2026, 12, 7), new DateOnly(2026, 12, 20));
        phase.TryRecord(new DateOnly(2026, 12, 9), new DateOnly(2026, 12, 30), new DateOnly(2027, 1, 13));

        Assert.Equal(new DateRange(new DateOnly(2026, 12, 9), new DateOnly(2026, 12, 30)), phase.InForce(new DateOnly(2027, 1, 13)));
    }

    [Fact]
    public void InForce_StartedLate_RunsForItsPlannedLengthFromTheActualStart()
    {
        var phase = Planned(new DateOnly(2026, 12, 7), new DateOnly(2026, 12, 20));
        phase.TryRecord(new DateOnly(2026, 12, 14), null, new DateOnly(2026, 12, 14));

        var inForce = phase.InForce(new DateOnly(2026, 12, 21));

        Assert.Equal(new DateRange(new DateOnly(2026, 12, 14), new DateOnly(2026, 12, 27)), inForce);
        Assert.Equal(new DateOnly(2026, 12, 27), phase.ForecastEnd);
        Assert.False(phase.IsOverdue(new DateOnly(2026, 12, 21)));
    }

    /// <summary>Defect 1: planned 7–20 Dec, started 30 Dec, unfinished on 13 Jan — it did not disappear.</summary>
    [Fact]
    public void InForce_StartedAfterItsPlannedEndAndPastItsForecast_RunsThroughTheCurrentWeekAndIsOverdue()
    {
        var phase = Planned(new DateOnly(2026, 12, 7), new DateOnly(2026, 12, 20));
        phase.TryRecord(new DateOnly(2026, 12, 30), null, new DateOnly(2026, 12, 30));
        var today = new DateOnly(2027, 1, 13);

        var inForce = phase.InForce(today);

        Assert.Equal(new DateRange(new DateOnly(2026, 12, 30), new DateOnly(2027, 1, 17)), inForce);
        Assert.True(phase.IsOverdue(today));
        Assert.True(inForce.Touches(IsoWeek.FromDate(today)));
    }

    [Fact]
    public void InForce_StartedAfterItsPlannedEndButWithinItsForecast_RunsToTheForecastEnd()
    {
        var phase = Planned(new DateOnly(2026, 12, 7), new DateOnly(2026, 12, 20));
        phase.TryRecord(new DateOnly(2026, 12, 30), null, new DateOnly(2026, 12, 30));

        Assert.Equal(new DateOnly(2027, 1, 12), phase.InForce(new DateOnly(2027, 1, 5)).End);
    }

    [Fact]
    public void CurrentPhases_UseTheDatesInForce()
    {
        var project = new Project { Name = "OCR" };
        var late = Planned(new DateOnly(2026, 12, 7), new DateOnly(2026, 12, 20));
        late.TryRecord(new DateOnly(2026, 12, 30), null, new DateOnly(2026, 12, 30));
        project.AddPhase(late);
        project.AddPhase(Planned(new DateOnly(2026, 12, 21), new DateOnly(2027, 1, 3)));

        var current = project.CurrentPhases(new DateOnly(2027, 1, 13));

        Assert.Same(late, Assert.Single(current));
    }
}
