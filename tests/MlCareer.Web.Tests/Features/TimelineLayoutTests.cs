using System.Globalization;
using MlCareer.Core.Common;
using MlCareer.Core.Projects;

namespace MlCareer.Core.Tests.Projects;

public class TimelineLayoutTests
{
    private static readonly DateOnly Monday = new(2026, 11, 30);

    [Fact]
    public void Create_NoPhases_ReturnsAnEmptyLayout()
    {
        var layout = TimelineLayout.Create([], Monday);

        Assert.Empty(layout.Weeks);
        Assert.Empty(layout.Rows);
        Assert.Null(layout.TodayColumn);
        Assert.Null(layout.TodayOffset);
    }

    [Fact]
    public void Create_OnePhase_PadsOneWeekEachSide()
    {
        var phase = NewPhase(PhaseKind.DataLabeling, 1, Monday, Monday.AddDays(13));

        var layout = TimelineLayout.Create([phase], Monday.AddDays(2));

        Assert.Equal(["2026-W48", "2026-W49", "2026-W50", "2026-W51"], layout.Weeks.Select(w => w.Week.ToString()));
        var row = Assert.Single(layout.Rows);
        Assert.Equal((1, 2), (row.FirstColumn, row.Span));
        Assert.Equal(1, layout.TodayColumn);
        Assert.Equal(1 + (2.5 / 7), layout.TodayOffset!.Value, 6);
    }

    [Fact]
    public void Create_PhaseFromWednesdayToTuesday_CoversBothWeeksItTouches()
    {
        var phase = NewPhase(PhaseKind.DataCollection, 1, Monday.AddDays(2), Monday.AddDays(8));

        var row = Assert.Single(TimelineLayout.Create([phase], Monday).Rows);

        Assert.Equal((1, 2), (row.FirstColumn, row.Span));
    }

    [Fact]
    public void Create_OverlappingAndRepeatedPhases_OneRowEachInPlanOrder()
    {
        var retraining = NewPhase(PhaseKind.ModelDevelopment, 3, Monday.AddDays(28), Monday.AddDays(41));
        var development = NewPhase(PhaseKind.ModelDevelopment, 1, Monday, Monday.AddDays(20));
        var deployment = NewPhase(PhaseKind.Deployment, 2, Monday.AddDays(14), Monday.AddDays(34));

        var layout = TimelineLayout.Create([retraining, development, deployment], Monday);

        Assert.Equal([1, 2, 3], layout.Rows.Select(r => r.Order));
        Assert.Equal(
            [(PhaseKind.ModelDevelopment, 1, 3), (PhaseKind.Deployment, 3, 3), (PhaseKind.ModelDevelopment, 5, 2)],
            layout.Rows.Select(r => (r.Kind, r.FirstColumn, r.Span)));
        Assert.Equal(8, layout.Weeks.Count);
    }

    [Fact]
    public void Create_PeriodsReachingOutsideThePhase_AreClippedToIt()
    {
        var phase = NewPhase(PhaseKind.ModelDevelopment, 1, Monday, Monday.AddDays(20));
        phase.Periods.Add(NewPeriod("Tuning", 0.5, Monday.AddDays(14), Monday.AddDays(40)));
        phase.Periods.Add(NewPeriod("Training run", 0.15, Monday.AddDays(-10), Monday.AddDays(3)));
        phase.Periods.Add(NewPeriod("Before", 0.15, Monday.AddDays(-20), Monday.AddDays(-1)));

        var row = Assert.Single(TimelineLayout.Create([phase], Monday).Rows);

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
        var phase = NewPhase(PhaseKind.DataWrangling, 1, new DateOnly(2026, 12, 21), new DateOnly(2027, 1, 10));

        var layout = TimelineLayout.Create([phase], new DateOnly(2026, 12, 31));

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
        var phase = NewPhase(PhaseKind.DataLabeling, 1, Monday, Monday.AddDays(13));

        var layout = TimelineLayout.Create([phase], DateOnly.Parse(today, CultureInfo.InvariantCulture));

        Assert.Equal(column, layout.TodayColumn);
        Assert.Equal(column is null, layout.TodayOffset is null);
        Assert.Equal(first, layout.Weeks[0].Week.ToString());
        Assert.Equal(last, layout.Weeks[^1].Week.ToString());
    }

    [Theory]
    [InlineData(PhaseStatus.Tentative, true)]
    [InlineData(PhaseStatus.Planned, false)]
    [InlineData(PhaseStatus.Active, false)]
    [InlineData(PhaseStatus.Done, false)]
    public void Create_Status_MarksOnlyTentativePhases(PhaseStatus status, bool tentative)
    {
        var phase = NewPhase(PhaseKind.Deployment, 1, Monday, Monday.AddDays(6));
        phase.Status = status;

        var row = Assert.Single(TimelineLayout.Create([phase], Monday).Rows);

        Assert.Equal(tentative, row.IsTentative);
    }

    [Fact]
    public void Create_ActualStartAfterThePlannedEnd_DrawsOneWeekFromTheActualStart()
    {
        var phase = NewPhase(PhaseKind.DataCollection, 1, Monday, Monday.AddDays(6));
        phase.Record(Monday.AddDays(15), null);

        var row = Assert.Single(TimelineLayout.Create([phase], Monday.AddDays(15)).Rows);

        Assert.Equal((Monday.AddDays(15), Monday.AddDays(15)), (row.Start, row.End));
        Assert.Equal((1, 1), (row.FirstColumn, row.Span));
    }

    private static Phase NewPhase(PhaseKind kind, int order, DateOnly start, DateOnly end)
    {
        var phase = new Phase { Kind = kind, Order = order };
        phase.Plan(start, end);
        return phase;
    }

    private static PhasePeriod NewPeriod(string label, double share, DateOnly start, DateOnly end)
    {
        var period = new PhasePeriod { Label = label, Share = new Share(share) };
        period.Plan(start, end);
        return period;
    }
}
