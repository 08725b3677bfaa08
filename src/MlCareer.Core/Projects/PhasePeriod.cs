using MlCareer.Core.Common;

namespace MlCareer.Core.Projects;

/// <summary>
/// A stretch inside a phase whose involvement differs from the phase's, such as a training run in
/// model development during which the engineer only monitors (default share 0.15).
/// </summary>
public sealed class PhasePeriod
{
    public int Id { get; set; }

    public int PhaseId { get; set; }

    public required string Label { get; set; }

    public DateOnly Start { get; private set; }

    public DateOnly End { get; private set; }

    public Share Share { get; set; }

    public void Plan(DateOnly start, DateOnly end)
    {
        if (end < start)
        {
            throw new ArgumentException("A period cannot end before it starts.", nameof(end));
        }

        Start = start;
        End = end;
    }
}
