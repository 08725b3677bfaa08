using MlCareer.Core.Common;

namespace MlCareer.Core.Projects;

/// <summary>An engineer on a project, with the share of their weekly capacity the project gets.</summary>
public sealed class Assignment : IVersioned
{
    private Share _allocation;

    public int Id { get; set; }

    public int ProjectId { get; set; }

    public int EngineerId { get; set; }

    /// <summary>Given when the engineer is put on the project; changed only through <see cref="TrySetAllocation"/>.</summary>
    public Share Allocation { get => _allocation; init => _allocation = value; }

    public Guid Version { get; set; }

    /// <summary>Stores <paramref name="percent"/> as the allocation, or refuses one outside 5–100% and keeps the old one.</summary>
    public RuleViolation? TrySetAllocation(int percent)
    {
        var violation = Projects.Allocation.TryFromPercent(percent, nameof(Allocation), out var allocation);
        if (violation is null)
        {
            _allocation = allocation;
        }

        return violation;
    }
}
