using MlCareer.Core.Common;
using MlCareer.Core.Projects;

namespace MlCareer.Core.Involvement;

/// <summary>The default involvement share of one phase kind.</summary>
public sealed class PhaseShare
{
    public PhaseKind Kind { get; init; }

    /// <summary>Changed through <see cref="PlanningSettings.TryChange"/>, which checks the settings as a whole.</summary>
    public Share Share { get; internal set; }
}
