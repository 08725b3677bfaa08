namespace MlCareer.Web.Tests.Security.Matrix;

/// <summary>What one cell of the service matrix expects.</summary>
public enum Outcome
{
    /// <summary>It succeeds, with Self's data where it has a target.</summary>
    Allowed,

    /// <summary>It succeeds on the caller's own data; for a caller outside Self's team nothing in it names Self.</summary>
    Own,

    /// <summary>A result with <c>ErrorKind.Forbidden</c>.</summary>
    Forbidden,

    /// <summary>A result with <c>ErrorKind.NotFound</c>: the target is not told apart from a missing one.</summary>
    NotFound,

    /// <summary>Null or an empty collection, for methods that don't return a result.</summary>
    Nothing,

    /// <summary>Refused row by row (an import naming a project the caller isn't on).</summary>
    Invalid,
}

/// <summary>An access rule: the expected outcome for each actor, written once and shared by the methods it governs.</summary>
public sealed record Access(string Name, Func<Actor, Outcome> Of)
{
    private static readonly Func<Actor, bool> SignedIn = a => a is not (Actor.Anonymous or Actor.Deactivated);

    /// <summary>Anyone, signed in or not (the secret in the call is the credential).</summary>
    public static Access Public { get; } = new(nameof(Public), _ => Outcome.Allowed);

    /// <summary>Anyone signed in reads the same thing (settings, the catalog).</summary>
    public static Access AnySignedIn { get; } = new(nameof(AnySignedIn), a => SignedIn(a) ? Outcome.Allowed : Outcome.Forbidden);

    /// <summary>Each signed-in person on their own data; no parameter names anyone else's.</summary>
    public static Access OwnData { get; } = new(nameof(OwnData), a => a == Actor.Self ? Outcome.Allowed : SignedIn(a) ? Outcome.Own : Outcome.Forbidden);

    /// <summary>Only Self, whose things the call names; everyone else is forbidden.</summary>
    public static Access SelfOnly { get; } = new(nameof(SelfOnly), a => a == Actor.Self ? Outcome.Allowed : Outcome.Forbidden);

    /// <summary>Rows naming Self's project: Self's go in; anyone else's rows are refused one by one, and nobody's stored.</summary>
    public static Access SelfsRows { get; } = new(nameof(SelfsRows), a => a == Actor.Self ? Outcome.Allowed : SignedIn(a) ? Outcome.Invalid : Outcome.Forbidden);

    /// <summary>Only the owner of the id; anyone else's is "not found".</summary>
    public static Access OwnerOnly { get; } = new(nameof(OwnerOnly), a => a == Actor.Self ? Outcome.Allowed : SignedIn(a) ? Outcome.NotFound : Outcome.Forbidden);

    /// <summary>Members of the project's team and engineers on it (<c>ProjectAccess.CanView</c>); anyone else gets "not found".</summary>
    public static Access ProjectViewers { get; } = new(nameof(ProjectViewers), a => a is Actor.Self or Actor.OtherEngineer or Actor.OwnLead ? Outcome.Allowed : Outcome.NotFound);

    /// <summary>Engineers on the project and its team's lead (<c>ProjectAccess.CanEdit</c>); an admin is not an editor by role.</summary>
    public static Access ProjectEditors { get; } = new(nameof(ProjectEditors), a => a is Actor.Self or Actor.OwnLead ? Outcome.Allowed : Outcome.Forbidden);

    /// <summary>Anyone of the team, and an admin (<c>TeamAccess.CanCreateProjectIn</c>).</summary>
    public static Access TeamCreators { get; } = new(nameof(TeamCreators), a => a is Actor.Self or Actor.OtherEngineer or Actor.OwnLead or Actor.Admin ? Outcome.Allowed : Outcome.Forbidden);

    /// <summary>The team's lead and admins (<c>TeamAccess.CanRead</c>), whatever team id is sent.</summary>
    public static Access TeamReaders { get; } = new(nameof(TeamReaders), a => a is Actor.OwnLead or Actor.Admin ? Outcome.Allowed : Outcome.Forbidden);

    /// <summary>A lead on their own team; the brief gives leads, not admins, the team's hours and outcomes.</summary>
    public static Access OwnTeamLead { get; } = new(nameof(OwnTeamLead), a => a switch
    {
        Actor.OwnLead => Outcome.Allowed,
        Actor.OtherLead => Outcome.Own,
        _ => Outcome.Forbidden,
    });

    /// <summary>A lead on their own team, or an admin on the team they pick (the first by name when they have none).</summary>
    public static Access OwnTeamLeadOrAdmin { get; } = new(nameof(OwnTeamLeadOrAdmin), a => a switch
    {
        Actor.OwnLead or Actor.Admin => Outcome.Allowed,
        Actor.OtherLead => Outcome.Own,
        _ => Outcome.Forbidden,
    });

    public static Access AdminOnly { get; } = new(nameof(AdminOnly), a => a == Actor.Admin ? Outcome.Allowed : Outcome.Forbidden);

    public static bool IsRefusal(Outcome outcome) => outcome is not (Outcome.Allowed or Outcome.Own);

    /// <summary>The same rule with every refusal answered as <paramref name="refusal"/> (a method's documented way of saying no).</summary>
    public Access Refusing(Outcome refusal) => new($"{Name}, refused as {refusal}", a => IsRefusal(Of(a)) ? refusal : Of(a));
}
