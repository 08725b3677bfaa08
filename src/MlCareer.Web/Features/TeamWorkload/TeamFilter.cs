using System.Globalization;
using MlCareer.Core.Projects;

namespace MlCareer.Web.Features.TeamWorkload;

/// <summary>
/// What the team page shows, as its URL query says it (<c>/team?team=3&amp;from=2026-W40&amp;to=2027-W21&amp;project=12&amp;kind=DataWrangling</c>),
/// so a view can be bookmarked and shared. Empty values mean the default: the caller's team, from
/// <see cref="PastWeeks"/> weeks back to the end of the planning horizon, every project and phase kind.
/// </summary>
public sealed record TeamFilter(int? TeamId, IsoWeek? From, IsoWeek? To, int? ProjectId, PhaseKind? Kind)
{
    /// <summary>Weeks before the current one shown by default.</summary>
    public const int PastWeeks = 8;

    /// <summary>The longest range shown at once, in weeks.</summary>
    public const int MaxWeeks = 104;

    public static TeamFilter Default { get; } = new(null, null, null, null, null);

    public bool NarrowsPlan => ProjectId is not null || Kind is not null;

    /// <summary>
    /// Reads the query values; text that is not a team or project number, an ISO week such as 2026-W48, or a
    /// phase kind is refused with a message naming the value, never guessed at.
    /// </summary>
    public static Result<TeamFilter> Parse(string? team, string? from, string? to, string? project, string? kind)
    {
        if (!TryId(team, out var teamId))
        {
            return Result<TeamFilter>.Invalid("Team.Filter.BadNumber", nameof(TeamId), team!);
        }

        if (!TryWeek(from, out var first))
        {
            return Result<TeamFilter>.Invalid("Team.Filter.BadWeek", nameof(From), from!);
        }

        if (!TryWeek(to, out var last))
        {
            return Result<TeamFilter>.Invalid("Team.Filter.BadWeek", nameof(To), to!);
        }

        if (!TryId(project, out var projectId))
        {
            return Result<TeamFilter>.Invalid("Team.Filter.BadNumber", nameof(ProjectId), project!);
        }

        PhaseKind? phaseKind = null;
        if (!string.IsNullOrWhiteSpace(kind))
        {
            if (!Enum.TryParse<PhaseKind>(kind.Trim(), ignoreCase: true, out var parsed) || !PhaseKinds.IsDefined(parsed) || int.TryParse(kind, out _))
            {
                return Result<TeamFilter>.Invalid("Team.Filter.BadKind", nameof(Kind), kind);
            }

            phaseKind = parsed;
        }

        return Result<TeamFilter>.Ok(new TeamFilter(teamId, first, last, projectId, phaseKind));
    }

    /// <summary>The query string of this filter (without "?"), for links and navigation; empty values are left out.</summary>
    public string ToQuery()
    {
        var parts = new List<string>();
        Add(parts, "team", TeamId?.ToString(CultureInfo.InvariantCulture));
        Add(parts, "from", From?.ToString());
        Add(parts, "to", To?.ToString());
        Add(parts, "project", ProjectId?.ToString(CultureInfo.InvariantCulture));
        Add(parts, "kind", Kind?.ToString());
        return string.Join('&', parts);
    }

    private static void Add(List<string> parts, string name, string? value)
    {
        if (value is not null)
        {
            parts.Add($"{name}={Uri.EscapeDataString(value)}");
        }
    }

    private static bool TryId(string? text, out int? id)
    {
        id = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        if (int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0)
        {
            id = value;
            return true;
        }

        return false;
    }

    private static bool TryWeek(string? text, out IsoWeek? week)
    {
        week = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        if (IsoWeek.TryParse(text, out var parsed) && PlanDates.InBounds(parsed.Monday))
        {
            week = parsed;
            return true;
        }

        return false;
    }
}
