using MlCareer.Core.Workload;
using MlCareer.Web.Features.Suggestions;
using MlCareer.Web.Features.WorkloadRead;

namespace MlCareer.Web.Features.Activities;

/// <summary>
/// A slip warning as a sentence: "Model development in Customer churn prediction now runs into “Mentoring
/// cohort”: 2027-W03–W05 go over your capacity (up to 46 h of 40 h)."
/// </summary>
public static class SlipText
{
    /// <summary>The most phases a warning names.</summary>
    public const int MaxPhases = 2;

    public static string Sentence(SlipWarning slip, IStringLocalizer l)
    {
        ArgumentNullException.ThrowIfNull(slip);
        ArgumentNullException.ThrowIfNull(l);
        var weeks = WeekText.List(slip.Weeks);
        var peak = Localization.Formats.Hours(slip.PeakLoadHours);
        var capacity = Localization.Formats.Hours(slip.CapacityHours);
        if (slip.Phases.Count == 0)
        {
            return l["Slip.NoPhase", slip.Engagement.Title, weeks, peak, capacity];
        }

        var phases = slip.Phases.Take(MaxPhases).Select(p => WindowText.Cause(p, l)).ToList();
        var named = phases.Count == 1 ? phases[0] : l["Workload.Cause.Join", phases[0], phases[1]].Value;
        return l["Slip.Sentence", named, slip.Engagement.Title, weeks, peak, capacity];
    }
}
