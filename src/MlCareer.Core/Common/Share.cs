using System.Globalization;

namespace MlCareer.Core.Common;

/// <summary>
/// A fraction between 0 and 1: an involvement share of allocated time, or an allocation of capacity.
/// People see and type shares as whole percent; <see cref="FromPercent"/> and <see cref="ToPercent()"/>
/// are the one conversion, rounding halves away from zero.
/// </summary>
public readonly record struct Share : IComparable<Share>
{
    public const int MaxPercent = 100;

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

    public static bool IsValidPercent(int percent) => percent is >= 0 and <= MaxPercent;

    /// <summary>The share for a whole percent from 0 to 100; other values are refused, never clamped.</summary>
    public static Share FromPercent(int percent) =>
        IsValidPercent(percent)
            ? new Share(percent / 100.0)
            : throw new ArgumentOutOfRangeException(nameof(percent), percent, "A share is from 0% to 100%.");

    /// <summary>Converts a percent, or returns the violation (on <paramref name="field"/>) without a share.</summary>
    public static RuleViolation? TryFromPercent(int percent, string field, out Share share)
    {
        share = default;
        if (!IsValidPercent(percent))
        {
            return new RuleViolation(RuleCode.OutOfRange, field, [0, MaxPercent]);
        }

        share = FromPercent(percent);
        return null;
    }

    /// <summary>
    /// The share as a whole percent, halves rounded away from zero (0.125 is 13%). Binary noise is removed
    /// first, so 0.145 (stored as 0.14499999…) is 15%, as a person reads it.
    /// </summary>
    public int ToPercent() => ToPercent(Value);

    /// <summary>
    /// Any fraction as a whole percent with the same rounding as <see cref="ToPercent()"/>, for ratios that may pass 1:
    /// a week's load against capacity, allocations added up, a settings value.
    /// </summary>
    public static int ToPercent(double fraction) => (int)Math.Round(Math.Round(fraction * 100, 9), MidpointRounding.AwayFromZero);

    public int CompareTo(Share other) => Value.CompareTo(other.Value);

    public static bool operator <(Share left, Share right) => left.Value < right.Value;

    public static bool operator >(Share left, Share right) => left.Value > right.Value;

    public static bool operator <=(Share left, Share right) => left.Value <= right.Value;

    public static bool operator >=(Share left, Share right) => left.Value >= right.Value;

    public override string ToString() => Value.ToString("0.##", CultureInfo.InvariantCulture);
}
