using MlCareer.Core.Common;

namespace MlCareer.Core.Activities;

/// <summary>
/// An entry of the side-activity catalog that admins curate, with every fact the suggestion rules use:
/// hours per ISO week as a range, the fewest weeks worth starting, the commitment shape, whether it can
/// be paused (a fit for weeks that only monitor a training run), whether it needs a team, its pay,
/// benefits and skill tags. An entry is archived rather than deleted, so it stays in every engineer's
/// history; an archived entry is never suggested.
/// </summary>
public sealed class SideActivity : IVersioned
{
    private SideActivity()
    {
    }

    public int Id { get; set; }

    /// <summary>A stable identifier such as <c>mentoring-cohort</c>, used by seeding and to order equal suggestions.</summary>
    public string Key { get; private set; } = "";

    public ActivityKind Kind { get; private set; }

    public string Title { get; private set; } = "";

    /// <summary>The title in Simplified Chinese.</summary>
    public string TitleZh { get; private set; } = "";

    public string? Description { get; private set; }

    public string? DescriptionZh { get; private set; }

    /// <summary>An http or https address where the activity can be found or joined.</summary>
    public string? Link { get; private set; }

    /// <summary>Hours per ISO week the activity takes.</summary>
    public HoursRange HoursPerWeek { get; private set; }

    /// <summary>The fewest weeks a window must last for the activity to be worth starting in it.</summary>
    public int MinWeeks { get; private set; } = 1;

    public Commitment Commitment { get; private set; }

    /// <summary>Work that can stop and resume at short notice, a fit for monitoring-only weeks.</summary>
    public bool IsInterruptible { get; private set; }

    /// <summary>Done with teammates (a team competition): suggested only when a teammate's window overlaps.</summary>
    public bool NeedsTeam { get; private set; }

    public ActivityPay Pay { get; private set; }

    public ActivityBenefits Benefits { get; private set; }

    /// <summary>Skills the activity uses or builds, matched without regard to case.</summary>
    public List<string> Skills { get; private set; } = [];

    /// <summary>The industry the work is in (freelancing), when it has one.</summary>
    public string? Industry { get; private set; }

    public bool IsArchived { get; private set; }

    public Guid Version { get; set; }

    /// <summary>The hours one piece of per-piece work takes: a typical week of it over its fewest weeks.</summary>
    public double HoursPerPiece => HoursPerWeek.Typical * MinWeeks;

    /// <summary>Pay per hour, per-piece pay spread over <see cref="HoursPerPiece"/>; null when unpaid.</summary>
    public Money? HourlyRate => Pay.HourlyRate(HoursPerPiece);

    /// <summary>A new entry from a draft that passes <see cref="SideActivityRules.Validate"/>.</summary>
    /// <exception cref="ArgumentException">The key is not a valid key, or the draft breaks a rule.</exception>
    public static SideActivity Create(string key, SideActivityDraft draft)
    {
        if (!SideActivityRules.IsValidKey(key))
        {
            throw new ArgumentException("A key is 1 to 60 lower-case letters, digits and dashes, starting with a letter.", nameof(key));
        }

        var activity = new SideActivity { Key = key };
        activity.Update(draft);
        return activity;
    }

    /// <summary>Replaces every editable field with the draft's (texts trimmed).</summary>
    /// <exception cref="ArgumentException">The draft breaks a rule of <see cref="SideActivityRules"/>.</exception>
    public void Update(SideActivityDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        if (SideActivityRules.Validate(draft) is [var first, ..])
        {
            throw new ArgumentException($"The activity breaks a catalog rule: {first.Field} {first.Code}.", nameof(draft));
        }

        Kind = draft.Kind;
        Title = draft.Title!.Trim();
        TitleZh = draft.TitleZh!.Trim();
        Description = Text.Normalize(draft.Description);
        DescriptionZh = Text.Normalize(draft.DescriptionZh);
        Link = Text.Normalize(draft.Link);
        HoursPerWeek = new HoursRange(draft.MinHoursPerWeek, draft.MaxHoursPerWeek);
        MinWeeks = draft.MinWeeks;
        Commitment = new Commitment(draft.CommitmentShape, draft.CommitmentWeeks);
        IsInterruptible = draft.IsInterruptible;
        NeedsTeam = draft.NeedsTeam;
        Pay = new ActivityPay(draft.PayBasis, draft.PayAmount, Text.Normalize(draft.PayCurrency));
        Benefits = draft.Benefits;
        Skills = [.. draft.Skills.Select(s => s.Trim())];
        Industry = Text.Normalize(draft.Industry);
    }

    /// <summary>Takes the entry out of the catalog: it is never suggested again, and stays in engineers' history.</summary>
    public void Archive() => IsArchived = true;

    public void Restore() => IsArchived = false;
}
