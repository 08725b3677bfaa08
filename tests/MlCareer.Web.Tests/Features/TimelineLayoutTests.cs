using System.Globalization;
using MlCareer.Core.Common;
using MlCareer.Core.Projects;
using MlCareer.Web.Features.Projects;
using static MlCareer.Web.Tests.Infrastructure.TestPhases;

namespace MlCareer.Web.Tests.Features;

public class TimelineLayoutTests
{
    private static readonly DateOnly Monday = new(2026, 11, 30);
    private static readonly Share Monitoring = new(0.15);

    [Fact]
    public void Create_NoPhases_ReturnsAnEmptyLayout()
    {
        var layout = TimelineLayout.Create([], Monday, Monitoring);

        Assert.Empty(layout.Weeks);
        Assert.Empty(layout.Rows);
        Assert.Null(layout.TodayColumn);
        Assert.Null(layout.TodayOffset);
    }

    [Fact]
    public void Create_OnePhase_PadsOneWeekEachSide()
    {
        var phase = Phase(PhaseKind.DataLabeling, Monday, Monday.AddDays(13));

        var layout = TimelineLayout.Create([phase], Monday.AddDays(2), Monitoring);

        Assert.Equal(["2026-W48", "2026-W49", "2026-W50", "2026-W51"], layout.Weeks.Select(w => w.Week.ToString()));
        var row = Assert.Single(layout.Rows);
        Assert.Equal((1, 2), (row.FirstColumn, row.Span));
        Assert.Equal(1, layout.TodayColumn);
        Assert.Equal(1 + (2.5 / 7), layout.TodayOffset!.Value, 6);
    }

    [Fact]
    public void Create_PhaseFromWednesdayToTuesday_CoversBothWeeksItTouches()
    {
        var phase = Phase(PhaseKind.DataCollection, Monday.AddDays(2), Monday.AddDays(8));

        var row = Assert.Single(TimelineLayout.Create([phase], Monday, Monitoring).Rows);

        Assert.Equal((1, 2), (row.FirstColumn, row.Span));
    }

    [Fact]
    public void Create_OverlappingAndRepeatedPhases_OneRowEachInPlanOrder()
    {
        var phases = InPlanOrder(
            (Phase(PhaseKind.ModelDevelopment, Monday.AddDays(28), Monday.AddDays(41)), 3),
            (Phase(PhaseKind.ModelDevelopment, Monday, Monday.AddDays(20)), 1),
            (Phase(PhaseKind.Deployment, Monday.AddDays(14), Monday.AddDays(34)), 2));

        var layout = TimelineLayout.Create(phases, Monday, Monitoring);

        Assert.Equal([1, 2, 3], layout.Rows.Select(r => r.Order));
        Assert.Equal(
            [(PhaseKind.ModelDevelopment, 1, 3), (PhaseKind.Deployment, 3, 3), (PhaseKind.ModelDevelopment, 5, 2)],
            layout.Rows.Select(r => (r.Kind, r.FirstColumn, r.Span)));
        Assert.Equal(8, layout.Weeks.Count);
    }

    [Fact]
    public void Create_PeriodsReachingOutsideThePhase_AreClippedToIt()
    {
        var phase = Phase(PhaseKind.ModelDevelopment, Monday, Monday.AddDays(20))
            .WithPeriod("Tuning", 0.5, Monday.AddDays(14), Monday.AddDays(40))
            .WithPeriod("Training run", null, Monday.AddDays(-10), Monday.AddDays(3))
            .WithPeriod("Before", 0.15, Monday.AddDays(-20), Monday.AddDays(-11));

        var row = Assert.Single(TimelineLayout.Create([phase], Monday, Monitoring).Rows);

        Assert.Equal(
            [
                new TimelinePeriod("Training run", new Share(0.15), Monday, Monday.AddDays(3), 1, 1, 0),
                new TimelinePeriod("Tuning", new Share(0.5), Monday.AddDays(14), Monday.AddDays(20), 3, 1, 2),
            ],
            row.Periods);
    }

    [Fact]
    public void Create_AcrossTheYearEnd_CountsW53AndShowsTheYearAtW1()
    {
        var phase = Phase(PhaseKind.DataWrangling, new DateOnly(2026, 12, 21), new DateOnly(2027, 1, 10));

        var layout = TimelineLayout.Create([phase], new DateOnly(2026, 12, 31), Monitoring);

        Assert.Equal(
            ["2026-W51", "2026-W52", "2026-W53", "2027-W01", "2027-W02"],
            layout.Weeks.Select(w => w.Week.ToString()));
        Assert.Equal([true, false, false, true, false], layout.Weeks.Select(w => w.ShowsYear));
        Assert.Equal((1, 3), (layout.Rows[0].FirstColumn, layout.Rows[0].Span));
        Assert.Equal(2, layout.TodayColumn);
    }

    [Theory]
    [InlineData("2026-09-01", null, "2026-W48", "2026-W51")]
    [InlineData("2027-06-01", null, "2026-W48", "2026-W51")]
    [InlineData("2026-11-04", 0, "2026-W45", "2026-W51")]
    [InlineData("2027-01-13", 7, "2026-W48", "2027-W02")]
    public void Create_TodayOutsideThePhases_StretchesOnlyWhenNear(string today, int? column, string first, string last)
    {
        var phase = Phase(PhaseKind.DataLabeling, Monday, Monday.AddDays(13));

        var layout = TimelineLayout.Create([phase], DateOnly.Parse(today, CultureInfo.InvariantCulture), Monitoring);

        Assert.Equal(column, layout.TodayColumn);
        Assert.Equal(column is null, layout.TodayOffset is null);
        Assert.Equal(first, layout.Weeks[0].Week.ToString());
        Assert.Equal(last, layout.Weeks[^1].Week.ToString());
    }

    [Theory]
    [InlineData(true, false, true)]
    [InlineData(false, false, false)]
    [InlineData(false, true, false)]
    public void Create_MarksOnlyTentativePhases(bool tentative, bool started, bool marked)
    {
        var phase = Phase(PhaseKind.Deployment, Monday, Monday.AddDays(6), tentative);
        if (started)
        {
            phase.TryStart(Monday);
        }

        var row = Assert.Single(TimelineLayout.Create([phase], Monday, Monitoring).Rows);

        Assert.Equal(marked, row.IsTentative);
    }

    [Fact]
    public void Create_ActualStartAfterThePlannedEnd_DrawsItsPlannedLengthFromTheActualStart()
    {
        var phase = Phase(PhaseKind.DataCollection, Monday, Monday.AddDays(6));
        phase.TryRecord(Monday.AddDays(15), null, Monday.AddDays(15));

        var row = Assert.Single(TimelineLayout.Create([phase], Monday.AddDays(15), Monitoring).Rows);

        Assert.Equal((Monday.AddDays(15), Monday.AddDays(21)), (row.Start, row.End));
        Assert.Equal((1, 2), (row.FirstColumn, row.Span));
        Assert.False(row.IsOverdue);
    }

    [Fact]
    public void Create_UnfinishedPastItsForecast_RunsThroughThisWeekMarkedOverdue()
    {
        var phase = Phase(PhaseKind.DataLabeling, new DateOnly(2026, 12, 7), new DateOnly(2026, 12, 20));
        phase.TryRecord(new DateOnly(2026, 12, 30), null, new DateOnly(2026, 12, 30));

        var row = Assert.Single(TimelineLayout.Create([phase], new DateOnly(2027, 1, 13), Monitoring).Rows);

        Assert.Equal((new DateOnly(2026, 12, 30), new DateOnly(2027, 1, 17)), (row.Start, row.End));
        Assert.True(row.IsOverdue);
    }
}
