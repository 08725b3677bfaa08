using System.Globalization;

namespace MlCareer.Web.Features.Suggestions;

/// <summary>ISO weeks as ranges: "2026-W50", "2026-W50–W52", "2026-W52–2027-W02", and lists of them.</summary>
public static class WeekText
{
    public static string Range(IsoWeek from, IsoWeek to) =>
        from == to ? from.ToString()
        : from.Year == to.Year ? string.Create(CultureInfo.InvariantCulture, $"{from}–W{to.Week:D2}")
        : $"{from}–{to}";

    /// <summary>Weeks in order, consecutive ones as one range: "2027-W03–W05, 2027-W08".</summary>
    public static string List(IEnumerable<IsoWeek> weeks)
    {
        ArgumentNullException.ThrowIfNull(weeks);
        var ranges = new List<(IsoWeek From, IsoWeek To)>();
        foreach (var week in weeks.Order())
        {
            if (ranges.Count > 0 && ranges[^1].To.AddWeeks(1) == week)
            {
                ranges[^1] = (ranges[^1].From, week);
            }
            else
            {
                ranges.Add((week, week));
            }
        }

        return string.Join(", ", ranges.Select(r => Range(r.From, r.To)));
    }
}
