using MlCareer.Core.Projects;

namespace MlCareer.Web.Features.Projects;

/// <summary>A period shaded inside its phase's bar, clipped to the phase's effective dates.</summary>
/// <param name="Label">The period's label, such as "Training run".</param>
/// <param name="Share">The involvement share during the period (its own, or the training-run share).</param>
/// <param name="Start">The first day, no earlier than the phase's start.</param>
/// <param name="End">The last day, no later than the phase's end.</param>
/// <param name="FirstColumn">The 0-based week column of <paramref name="Start"/> in the whole timeline.</param>
/// <param name="Span">How many week columns the period covers, at least 1.</param>
/// <param name="OffsetInPhase">Week columns from the phase's first column to the period's.</param>
public sealed record TimelinePeriod(
    string Label,
    Share Share,
    DateOnly Start,
    DateOnly End,
    int FirstColumn,
    int Span,
    int OffsetInPhase);
