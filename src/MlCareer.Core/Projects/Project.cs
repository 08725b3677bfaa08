using System.Linq.Expressions;

namespace MlCareer.Core.Projects;

/// <summary>
/// An ML project of a team: its phases in plan order and the engineers assigned to it. The project
/// keeps its phases numbered 1…n, counts toward load ahead only while planned or active and not
/// archived, and can be deleted only while nobody has logged hours on it.
/// </summary>
public sealed class Project : IVersioned
{
    private string _name = string.Empty;

    public int Id { get; set; }

    /// <summary>The team that owns the project, given when it is made.</summary>
    public int TeamId { get; init; }

    /// <summary>Given when the project is made; changed only through <see cref="TryRename"/>.</summary>
    public required string Name { get => _name; init => _name = value; }

    public string? Description { get; private set; }

    public ProjectStatus Status { get; private set; } = ProjectStatus.Planned;

    public DateOnly StartDate { get; private set; }

    /// <summary>The day the project was archived: hidden from lists, read-only, counting nothing ahead.</summary>
    public DateOnly? ArchivedOn { get; private set; }

    public List<Phase> Phases { get; private set; } = [];

    public List<Assignment> Assignments { get; init; } = [];

    public Guid Version { get; set; }

    public bool IsArchived => ArchivedOn is not null;

    /// <summary>Planned and active projects that are not archived count toward load from the current week on.</summary>
    public bool CountsAhead => Counts(Status, IsArchived);

    /// <summary>The same rule as <see cref="CountsAhead"/>, for database queries.</summary>
    public static Expression<Func<Project, bool>> CountsAheadFilter { get; } =
        p => p.ArchivedOn == null && (p.Status == ProjectStatus.Planned || p.Status == ProjectStatus.Active);

    public static bool Counts(ProjectStatus status, bool archived) => !archived && status is ProjectStatus.Planned or ProjectStatus.Active;

    /// <summary>A project's name: required, at most <see cref="FieldLengths.Name"/> characters, no control characters.</summary>
    public static RuleViolation? CheckName(string? name) => Text.CheckRequired(name, FieldLengths.Name, nameof(Name));

    /// <summary>A description: optional, at most <see cref="FieldLengths.Description"/> characters, line breaks allowed.</summary>
    public static RuleViolation? CheckDescription(string? description) =>
        Text.Check(description, FieldLengths.Description, nameof(Description), multiline: true);

    /// <summary>Stores the name trimmed, or returns the rule it breaks and keeps the old one.</summary>
    public RuleViolation? TryRename(string name)
    {
        var violation = CheckName(name);
        if (violation is null)
        {
            _name = name.Trim();
        }

        return violation;
    }

    /// <summary>Stores the description trimmed (blank: none), or returns the rule it breaks and keeps the old one.</summary>
    public RuleViolation? TryDescribe(string? description)
    {
        var violation = CheckDescription(description);
        if (violation is null)
        {
            Description = Text.Normalize(description);
        }

        return violation;
    }

    public RuleViolation? TrySetStatus(ProjectStatus status)
    {
        if (!Enum.IsDefined(status))
        {
            return new RuleViolation(RuleCode.UnknownValue, nameof(Status));
        }

        Status = status;
        return null;
    }

    public RuleViolation? TrySetStartDate(DateOnly date)
    {
        var violation = PlanDates.Check(date, nameof(StartDate));
        if (violation is null)
        {
            StartDate = date;
        }

        return violation;
    }

    /// <summary>The phases in force today, in plan order.</summary>
    public IReadOnlyList<Phase> CurrentPhases(DateOnly today) =>
        [.. Phases.Where(p => p.InForce(today).Contains(today)).OrderBy(p => p.Order)];

    /// <summary>Adds a phase at the end of the plan.</summary>
    public void AddPhase(Phase phase)
    {
        ArgumentNullException.ThrowIfNull(phase);
        phase.Order = Phases.Count == 0 ? 1 : Phases.Max(p => p.Order) + 1;
        Phases.Add(phase);
    }

    /// <summary>Removes a phase and numbers the rest 1…n again.</summary>
    public bool RemovePhase(Phase phase)
    {
        var removed = Phases.Remove(phase);
        Renumber(Phases.OrderBy(p => p.Order));
        return removed;
    }

    /// <summary>Moves a phase <paramref name="delta"/> places up (negative) or down in the plan; false when it cannot move.</summary>
    public bool MovePhase(Phase phase, int delta)
    {
        var ordered = Phases.OrderBy(p => p.Order).ToList();
        var from = ordered.IndexOf(phase);
        var to = from + delta;
        if (from < 0 || delta == 0 || to < 0 || to >= ordered.Count)
        {
            return false;
        }

        ordered.RemoveAt(from);
        ordered.Insert(to, phase);
        Renumber(ordered);
        return true;
    }

    /// <summary>Puts the phases in the given order; every phase of the project must appear once.</summary>
    public bool ReorderPhases(IReadOnlyList<int> phaseIds)
    {
        ArgumentNullException.ThrowIfNull(phaseIds);
        if (phaseIds.Count != Phases.Count || !phaseIds.Order().SequenceEqual(Phases.Select(p => p.Id).Order()))
        {
            return false;
        }

        Renumber(phaseIds.Select(id => Phases.Single(p => p.Id == id)));
        return true;
    }

    public void Archive(DateOnly today) => ArchivedOn ??= today;

    public void Restore() => ArchivedOn = null;

    /// <summary>A project may be deleted only while nobody has logged hours on it; afterwards it is archived instead.</summary>
    public static RuleViolation? CheckDeletable(int loggedHourRows) =>
        loggedHourRows > 0 ? new RuleViolation(RuleCode.ProjectHasLoggedHours, null, [loggedHourRows]) : null;

    private static void Renumber(IEnumerable<Phase> ordered)
    {
        var order = 1;
        foreach (var phase in ordered)
        {
            phase.Order = order++;
        }
    }
}
