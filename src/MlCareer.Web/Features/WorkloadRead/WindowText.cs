using System.Globalization;
using MlCareer.Core.Workload;

namespace MlCareer.Web.Features.WorkloadRead;

/// <summary>
/// The words for a low-involvement window, in the user's language: "Weeks 2027-W03 to W06: about 26 h/week
/// free — Data labeling in Invoice document OCR and Model development (Training run) in Customer churn prediction".
/// </summary>
public static class WindowText
{
    /// <summary>The full sentence of the window list.</summary>
    public static string Sentence(LowWindow window, IStringLocalizer l)
    {
        ArgumentNullException.ThrowIfNull(window);
        ArgumentNullException.ThrowIfNull(l);
        return l["Workload.WindowSentence", window.Start, EndLabel(window), FreeHours(window), Causes(window.Causes, l)];
    }

    /// <summary>The last week, short ("W06") when it falls in the start's year, else in full ("2027-W02").</summary>
    public static string EndLabel(LowWindow window)
    {
        ArgumentNullException.ThrowIfNull(window);
        return window.End.Year == window.Start.Year
            ? string.Create(CultureInfo.InvariantCulture, $"W{window.End.Week:D2}")
            : window.End.ToString();
    }

    /// <summary>Average free hours per week, rounded to whole hours and formatted for the current culture.</summary>
    public static string FreeHours(LowWindow window)
    {
        ArgumentNullException.ThrowIfNull(window);
        return Math.Round(window.AverageFreeHours, MidpointRounding.AwayFromZero).ToString("0", CultureInfo.CurrentCulture);
    }

    /// <summary>The confidence as a whole percent, formatted for the current culture.</summary>
    public static string ConfidencePercent(LowWindow window)
    {
        ArgumentNullException.ThrowIfNull(window);
        return Share.ToPercent(window.Confidence).ToString(CultureInfo.CurrentCulture);
    }

    /// <summary>The most causes a sentence names; the rest are counted ("and 2 more").</summary>
    public const int MaxNamedCauses = 3;

    /// <summary>"A (≈ 6 h/week)", "A and B", "A, B and C", largest first, as the engine ordered them.</summary>
    public static string Causes(IReadOnlyList<WindowCause> causes, IStringLocalizer l)
    {
        ArgumentNullException.ThrowIfNull(causes);
        ArgumentNullException.ThrowIfNull(l);
        var parts = causes.Select(c => CauseWithHours(c, l)).Distinct().ToList();
        if (parts.Count > MaxNamedCauses)
        {
            parts = [.. parts.Take(MaxNamedCauses), l["Workload.Cause.More", parts.Count - MaxNamedCauses]];
        }

        return parts.Count switch
        {
            0 => l["Workload.Cause.None"],
            1 => parts[0],
            _ => l["Workload.Cause.Join", string.Join(l["Workload.Cause.Separator"], parts.SkipLast(1)), parts[^1]],
        };
    }

    /// <summary>A cause with the hours it contributes per week; "no project work planned" has none.</summary>
    public static string CauseWithHours(WindowCause cause, IStringLocalizer l)
    {
        ArgumentNullException.ThrowIfNull(cause);
        ArgumentNullException.ThrowIfNull(l);
        return cause.IsNoProjectWork ? Cause(cause, l) : l["Workload.Cause.Hours", Cause(cause, l), Localization.Formats.Hours(cause.Hours)];
    }

    public static string Cause(WindowCause cause, IStringLocalizer l)
    {
        ArgumentNullException.ThrowIfNull(cause);
        ArgumentNullException.ThrowIfNull(l);
        if (cause.Kind is not { } kind)
        {
            return l["Workload.Cause.None"];
        }

        var phase = l[$"Phase.{kind}"];
        return cause.PeriodLabel is { } period
            ? l["Workload.Cause.Period", phase, period, cause.ProjectName ?? string.Empty]
            : l["Workload.Cause.Phase", phase, cause.ProjectName ?? string.Empty];
    }

    /// <summary>"This week", "In 1 week", "In 5 weeks".</summary>
    public static string StartsIn(IsoWeek currentWeek, LowWindow window, IStringLocalizer l)
    {
        ArgumentNullException.ThrowIfNull(window);
        ArgumentNullException.ThrowIfNull(l);
        var weeks = currentWeek.WeeksUntil(window.Start);
        return weeks switch
        {
            <= 0 => l["Home.NextWindow.ThisWeek"],
            1 => l["Home.NextWindow.InOneWeek"],
            _ => l["Home.NextWindow.InWeeks", weeks],
        };
    }
}
