using System.Globalization;

namespace MlCareer.Core.Common;

/// <summary>
/// Hours in one ISO week: from 0 to 168 (7 × 24), the most a week can hold.
/// </summary>
public readonly record struct Hours : IComparable<Hours>
{
    public const double MaxPerWeek = 168;

    public Hours(double value)
    {
        if (double.IsNaN(value) || value < 0 || value > MaxPerWeek)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "Hours in a week must be between 0 and 168.");
        }

        Value = value;
    }

    public double Value { get; }

    public static Hours Zero => default;

    public static bool IsValid(double value) => !double.IsNaN(value) && value is >= 0 and <= MaxPerWeek;

    public int CompareTo(Hours other) => Value.CompareTo(other.Value);

    public static bool operator <(Hours left, Hours right) => left.Value < right.Value;

    public static bool operator >(Hours left, Hours right) => left.Value > right.Value;

    public static bool operator <=(Hours left, Hours right) => left.Value <= right.Value;

    public static bool operator >=(Hours left, Hours right) => left.Value >= right.Value;

    public override string ToString() => Value.ToString("0.##", CultureInfo.InvariantCulture);
}
