namespace MlCareer.Core.Projects;

/// <summary>
/// Allocation rules: an assignment takes 5–100% of the engineer's capacity; across the projects that
/// count ahead the allocations may add up to more than 100%, but then the engineer is over-allocated
/// and is warned.
/// </summary>
public static class Allocation
{
    public const int MinPercent = 5;
    public const int MaxPercent = 100;

    /// <summary>What a new assignment offers before anyone changes it: half the engineer's capacity.</summary>
    public const int DefaultPercent = 50;

    public static bool IsValidPercent(int percent) => percent is >= MinPercent and <= MaxPercent;

    /// <summary>Converts a whole percent, or returns the violation (on <paramref name="field"/>); never clamps.</summary>
    public static RuleViolation? TryFromPercent(int percent, string field, out Share allocation)
    {
        allocation = default;
        if (!IsValidPercent(percent))
        {
            return new RuleViolation(RuleCode.OutOfRange, field, [MinPercent, MaxPercent]);
        }

        allocation = Share.FromPercent(percent);
        return null;
    }

    public static Share FromPercent(int percent) =>
        IsValidPercent(percent)
            ? Share.FromPercent(percent)
            : throw new ArgumentOutOfRangeException(nameof(percent), percent, $"An allocation is from {MinPercent}% to {MaxPercent}%.");

    /// <summary>The sum of allocations in percent, and whether it passes 100%.</summary>
    public static (int TotalPercent, bool IsOverAllocated) Total(IEnumerable<Share> allocations)
    {
        var total = Share.ToPercent(allocations.Sum(a => a.Value));
        return (total, total > MaxPercent);
    }
}
