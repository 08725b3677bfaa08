using System.Globalization;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using MlCareer.Core.Workload;
using MlCareer.Web.Features.Api;
using MlCareer.Web.Features.WorkloadRead;
using MlCareer.Web.Localization;

namespace MlCareer.Web.Features.Calendar;

/// <summary>
/// Writes a person's calendar feed (RFC 5545): an all-day event per upcoming window, with its free hours,
/// causes and confidence, and one per side activity over the days it runs. Nothing else about the person
/// is in it. Event ids are stable, so a calendar client updates an event instead of adding it twice.
/// </summary>
public static class CalendarFeedWriter
{
    public const string ContentType = "text/calendar; charset=utf-8";

    public static string Write(int engineerId, IReadOnlyList<LowWindow> windows, IReadOnlyList<EngagementRow> engagements, IStringLocalizer l)
    {
        ArgumentNullException.ThrowIfNull(windows);
        ArgumentNullException.ThrowIfNull(engagements);
        ArgumentNullException.ThrowIfNull(l);
        var calendar = new Ical.Net.Calendar { ProductId = "-//MlCareer//Calendar feed//EN" };
        calendar.AddProperty("X-WR-CALNAME", l["Calendar.Name"]);
        foreach (var window in windows)
        {
            calendar.Events.Add(new CalendarEvent
            {
                Uid = string.Create(CultureInfo.InvariantCulture, $"window-{engineerId}-{window.Start}@mlcareer"),
                Summary = l["Calendar.WindowSummary", WindowText.FreeHours(window)],
                Description = l["Calendar.WindowDescription", window.Start, window.End, WindowText.Causes(window.Causes, l), WindowText.ConfidencePercent(window)],
                Start = new CalDateTime(window.Start.Monday),
                End = new CalDateTime(window.End.Sunday.AddDays(1)),
                Transparency = "TRANSPARENT",
            });
        }

        foreach (var row in engagements)
        {
            var e = row.Engagement;
            calendar.Events.Add(new CalendarEvent
            {
                Uid = string.Create(CultureInfo.InvariantCulture, $"engagement-{e.Id}@mlcareer"),
                Summary = l["Calendar.EngagementSummary", row.Activity.Title, l[$"Engagement.Status.{e.Status}"]],
                Description = l["Calendar.EngagementDescription", Formats.Hours(e.HoursPerWeek.Value)],
                Start = new CalDateTime(e.Start),
                End = new CalDateTime(e.End.AddDays(1)),
                Transparency = "TRANSPARENT",
            });
        }

        return new CalendarSerializer().SerializeToString(calendar) ?? string.Empty;
    }
}
