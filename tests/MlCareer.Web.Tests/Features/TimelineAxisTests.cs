using MlCareer.Core.Common;
using MlCareer.Core.Projects;
using MlCareer.Web.Features.Projects;
using static MlCareer.Web.Tests.Infrastructure.TestPhases;

namespace MlCareer.Web.Tests.Features;

/// <summary>Several projects on one fixed week axis, as the team page shows them.</summary>
public class TimelineAxisTests
{
    private static readonly DateOnly Monday = new(2026, 11, 30);
    private static readonly Share Monitoring = new(0.15);
    private static readonly TimelineAxis Axis = new(IsoWeek.FromDate(Monday), IsoWeek.FromDate(Monday).AddWeeks(3));

    [Fact]
    public void Create_WithAnAxis_ExactlyItsWeeksAndPhasesCutAtItsEdges()
    {
        var early = Phase(PhaseKind.DataCollection, Monday.AddDays(-14), Monday.AddDays(9)).WithPeriod("Vendor", 0.1, Monday.AddDays(-14), Monday.AddDays(2));
        var late = Phase(PhaseKind.Deployment, Monday.AddDays(21), Monday.AddDays(60));
        var outside = Phase(PhaseKind.DataLabeling, Monday.AddDays(-40), Monday.AddDays(-20));

        var layout = TimelineLayout.Create([early, late, outside], Monday.AddDays(1), Monitoring, Axis);

        Assert.Equal(["2026-W49", "2026-W50", "2026-W51", "2026-W52"], layout.Weeks.Select(w => w.Week.ToString()));
        Assert.Equal([PhaseKind.DataCollection, PhaseKind.Deployment], layout.Rows.Select(r => r.Kind));
        Assert.Equal((0, 2), (layout.Rows[0].FirstColumn, layout.Rows[0].Span));
        Assert.Equal(Monday.AddDays(-14), layout.Rows[0].Start);
        Assert.Equal((0, 1, 0), (layout.Rows[0].Periods[0].FirstColumn, layout.Rows[0].Periods[0].Span, layout.Rows[0].Periods[0].OffsetInPhase));
        Assert.Equal((3, 1), (layout.Rows[1].FirstColumn, layout.Rows[1].Span));
        Assert.Equal(0, layout.TodayColumn);
    }

    [Fact]
    public void Create_PhasesOfTwoProjects_GroupedByProjectInTheOrderTheyCome()
    {
        var b1 = InProject(Phase(PhaseKind.ProblemUnderstanding, Monday, Monday.AddDays(6)), 7);
        var a2 = InProject(Phase(PhaseKind.DataWrangling, Monday, Monday.AddDays(6)), 3);
        var a1 = InProject(Phase(PhaseKind.DataCollection, Monday.AddDays(7), Monday.AddDays(13)), 3);
        var b2 = InProject(Phase(PhaseKind.Deployment, Monday.AddDays(7), Monday.AddDays(13)), 7);

        var layout = TimelineLayout.Create([b1, a2, a1, b2], Monday, Monitoring, Axis);

        Assert.Equal([7, 7, 3, 3], layout.Rows.Select(r => r.ProjectId));
        Assert.Equal([PhaseKind.ProblemUnderstanding, PhaseKind.Deployment, PhaseKind.DataWrangling, PhaseKind.DataCollection], layout.Rows.Select(r => r.Kind));
    }

    [Fact]
    public void Create_NothingInsideTheAxis_Empty()
    {
        var layout = TimelineLayout.Create([Phase(PhaseKind.DataCollection, Monday.AddDays(60), Monday.AddDays(80))], Monday, Monitoring, Axis);

        Assert.Same(TimelineLayout.Empty, layout);
    }

    private static Phase InProject(Phase phase, int projectId)
    {
        phase.ProjectId = projectId;
        return phase;
    }
}
