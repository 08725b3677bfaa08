using System.Globalization;

namespace MlCareer.Core.Common;

/// <summary>
/// A fraction between 0 and 1: an involvement share of allocated time, or an allocation of capacity.
/// </summary>
public readonly record struct Share : IComparable<Share>
{
    public Share(double value)
    {
        if (double.IsNaN(value) || value < 0 || value > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "A share must be between 0 and 1.");
        }

        Value = value;
    }

    public double Value { get; }

    public static Share Full => new(1);

    public static bool IsValid(double value) => !double.IsNaN(value) && value is >= 0 and <= 1;

    public int CompareTo(Share other) => Value.CompareTo(other.Value);

    public static bool operator <(Share left, Share right) => left.Value < right.Value;

    public static bool operator >(Share left, Share right) => left.Value > right.Value;

    public static bool operator <=(Share left, Share right) => left.Value <= right.Value;

    public static bool operator >=(Share left, Share right) => left.Value >= right.Value;

    public override string ToString() => Value.ToString("0.##", CultureInfo.InvariantCulture);
}
