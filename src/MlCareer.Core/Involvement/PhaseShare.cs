using MlCareer.Core.Common;
using MlCareer.Core.Projects;

namespace MlCareer.Core.Involvement;

/// <summary>The default involvement share of one phase kind.</summary>
public sealed class PhaseShare
{
    public PhaseKind Kind { get; set; }

    public Share Share { get; set; }
}
