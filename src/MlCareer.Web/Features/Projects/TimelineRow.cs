using MlCareer.Core.Projects;

namespace MlCareer.Web.Features.Projects;

/// <summary>One phase's row in a timeline: where its bar starts, how many weeks it spans, and its periods.</summary>
/// <param name="Kind">The phase kind, which picks the bar's colour and label.</param>
/// <param name="Order">The phase's position in the project's plan; rows are sorted by it.</param>
/// <param name="Start">The first day the phase is in force.</param>
/// <param name="End">The last day the phase is in force.</param>
/// <param name="IsTentative">True when the phase is only tentative, so the chart shows it as uncertain.</param>
/// <param name="IsOverdue">True when the phase has run past its forecast end unfinished.</param>
/// <param name="FirstColumn">The 0-based week column of <paramref name="Start"/>, or of the axis's first week when the phase starts before it.</param>
/// <param name="Span">How many week columns the bar covers, at least 1.</param>
/// <param name="Periods">The phase's periods that overlap it, clipped to it (and to the axis), by start date.</param>
/// <param name="ProjectId">The phase's project, which groups rows when a timeline shows several projects.</param>
public sealed record TimelineRow(
    PhaseKind Kind,
    int Order,
    DateOnly Start,
    DateOnly End,
    bool IsTentative,
    bool IsOverdue,
    int FirstColumn,
    int Span,
    IReadOnlyList<TimelinePeriod> Periods,
    int ProjectId);
