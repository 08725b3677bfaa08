using System.Globalization;
using MlCareer.Core.Common;

namespace MlCareer.Core.Activities;

/// <summary>
/// The hours per ISO week a side activity takes, from <see cref="Min"/> (the least that makes it
/// worth doing) to <see cref="Max"/> (the most it usefully absorbs): 0 &lt; Min ≤ Max ≤ 168.
/// </summary>
public readonly record struct HoursRange
{
    public HoursRange(double min, double max)
    {
        if (!IsValidBound(min))
        {
            throw new ArgumentOutOfRangeException(nameof(min), min, "The least hours per week must be above 0 and at most 168.");
        }

        if (!IsValidBound(max) || max < min)
        {
            throw new ArgumentOutOfRangeException(nameof(max), max, "The most hours per week must be at least the least and at most 168.");
        }

        Min = min;
        Max = max;
    }

    /// <summary>The least hours per week (above 0).</summary>
    public double Min { get; }

    /// <summary>The most hours per week (at most 168).</summary>
    public double Max { get; }

    /// <summary>The middle of the range, the hours a typical week of the activity takes.</summary>
    public double Typical => (Min + Max) / 2;

    /// <summary>A bound is above 0 (an activity takes some time) and at most the 168 hours of a week.</summary>
    public static bool IsValidBound(double hours) => Hours.IsValid(hours) && hours > 0;

    public bool Contains(double hours) => hours >= Min - 1e-9 && hours <= Max + 1e-9;

    public override string ToString() => Min == Max
        ? Min.ToString("0.##", CultureInfo.InvariantCulture)
        : string.Create(CultureInfo.InvariantCulture, $"{Min:0.##}–{Max:0.##}");
}
