using MlCareer.Core.Common;

namespace MlCareer.Core.Projects;

/// <summary>
/// Allocation rules: an assignment takes 5–100% of the engineer's capacity; across active projects the
/// allocations may add up to more than 100%, but then the engineer is over-allocated and is warned.
/// </summary>
public static class Allocation
{
    public const int MinPercent = 5;
    public const int MaxPercent = 100;

    public static bool IsValidPercent(int percent) => percent is >= MinPercent and <= MaxPercent;

    public static Share FromPercent(int percent) =>
        IsValidPercent(percent)
            ? new Share(percent / 100.0)
            : throw new ArgumentOutOfRangeException(nameof(percent), percent, $"An allocation is from {MinPercent}% to {MaxPercent}%.");

    public static int ToPercent(Share share) => (int)Math.Round(share.Value * 100);

    /// <summary>Projects that count toward an engineer's load and allocation: planned or active, not on hold or done.</summary>
    public static IReadOnlyCollection<ProjectStatus> CountedStatuses { get; } = [ProjectStatus.Planned, ProjectStatus.Active];

    public static bool Counts(ProjectStatus status) => CountedStatuses.Contains(status);

    /// <summary>The sum of allocations in percent, and whether it passes 100%.</summary>
    public static (int TotalPercent, bool IsOverAllocated) Total(IEnumerable<Share> allocations)
    {
        var total = (int)Math.Round(allocations.Sum(a => a.Value) * 100);
        return (total, total > MaxPercent);
    }
}
