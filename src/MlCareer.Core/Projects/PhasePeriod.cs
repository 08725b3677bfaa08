namespace MlCareer.Core.Projects;

/// <summary>
/// A stretch inside a phase whose involvement differs from the phase's, such as a training run in
/// model development during which the engineer only monitors. While it runs it replaces its phase's
/// share; without a share of its own it follows the admin's training-run share. Created through
/// <see cref="Phase.TryAddPeriod"/>, which keeps periods inside their phase and apart from each other.
/// </summary>
public sealed class PhasePeriod
{
    private PhasePeriod()
    {
        Label = string.Empty;
    }

    internal PhasePeriod(string label, DateRange dates, Share? share)
    {
        Label = label;
        (Start, End) = (dates.Start, dates.End);
        Share = share;
    }

    public int Id { get; set; }

    public int PhaseId { get; set; }

    public string Label { get; private set; }

    public DateOnly Start { get; private set; }

    public DateOnly End { get; private set; }

    /// <summary>The period's own share, or null to follow the training-run (monitoring) share in the settings.</summary>
    public Share? Share { get; private set; }

    public DateRange Dates => new(Start, End);
}
