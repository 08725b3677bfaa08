namespace MlCareer.Web.Tests.Security.Matrix;

/// <summary>What one actor sees at a page's address.</summary>
public enum PageOutcome
{
    /// <summary>200 with the page, its title in the tab.</summary>
    Shown,

    /// <summary>200 with the page saying the caller may not see this one (a member of another team).</summary>
    Refused,

    /// <summary>A redirect to the sign-in page.</summary>
    SignIn,

    /// <summary>A redirect to the access-denied page: signed in, but not in the page's role.</summary>
    Denied,
}

/// <summary>
/// One row of the page matrix: a route template, the address that aims it at Self (or Self's project), the
/// title a shown page carries, who may see it, and the actors who see a page that must not name Self.
/// </summary>
public sealed record PageRow(string Template, Func<MatrixWorld, string> Path, Func<Func<string, string>, string> Title, Func<Actor, PageOutcome> Of, Actor[] Outsiders)
{
    private static readonly Func<Actor, bool> SignedIn = a => a is not (Actor.Anonymous or Actor.Deactivated);

    public static PageOutcome Everyone(Actor actor) => PageOutcome.Shown;

    public static PageOutcome AnySignedIn(Actor actor) => SignedIn(actor) ? PageOutcome.Shown : PageOutcome.SignIn;

    public static PageOutcome AdminOnly(Actor actor) => !SignedIn(actor) ? PageOutcome.SignIn : actor == Actor.Admin ? PageOutcome.Shown : PageOutcome.Denied;

    /// <summary>The team page: any lead (on their own team) and admins.</summary>
    public static PageOutcome LeadsAndAdmins(Actor actor) =>
        !SignedIn(actor) ? PageOutcome.SignIn : actor is Actor.OwnLead or Actor.OtherLead or Actor.Admin ? PageOutcome.Shown : PageOutcome.Denied;

    /// <summary>A member's workload: their team's lead and admins; another team's lead is told no on the page.</summary>
    public static PageOutcome MemberReaders(Actor actor) => actor == Actor.OtherLead ? PageOutcome.Refused : LeadsAndAdmins(actor);

    public override string ToString() => Template;
}

/// <summary>The page matrix's rows: every routable page of the app.</summary>
public static class PageMatrix
{
    private static Func<Func<string, string>, string> Key(string key) => l => $"{l(key)} · MlCareer";

    public static IReadOnlyList<PageRow> All { get; } =
    [
        new("/", _ => "/", Key("Nav.Home"), PageRow.AnySignedIn, []),
        new("/Account/Login", _ => "/Account/Login", Key("Login.Title"), PageRow.Everyone, []),
        new("/Account/Lockout", _ => "/Account/Lockout", Key("Lockout.Title"), PageRow.Everyone, []),
        new("/Account/AccessDenied", _ => "/Account/AccessDenied", Key("Errors.AccessDeniedTitle"), PageRow.Everyone, []),
        new("/Account/Manage/ChangePassword", _ => "/Account/Manage/ChangePassword", Key("Account.ChangePassword"), PageRow.AnySignedIn, []),
        new("/Error", _ => "/Error", Key("Errors.Title"), PageRow.Everyone, []),
        new("/not-found", _ => "/not-found", Key("NotFound.Title"), PageRow.Everyone, []),
        new("/timesheet", _ => "/timesheet", Key("Timesheet.Title"), PageRow.AnySignedIn, []),
        new("/workload", _ => "/workload", Key("Nav.MyWorkload"), PageRow.AnySignedIn, []),
        new("/projects", _ => "/projects", Key("Nav.Projects"), PageRow.AnySignedIn, []),
        new("/projects/new", _ => "/projects/new", Key("Projects.New"), PageRow.AnySignedIn, []),
        // The project is read in the circuit (ProjectService.GetAsync's row): the prerendered page is its frame, and names nothing.
        new("/projects/{Id:int}", w => $"/projects/{w.ChurnProjectId}", Key("Nav.Projects"), PageRow.AnySignedIn, [Actor.OtherLead, Actor.Admin]),
        new("/activities", _ => "/activities", Key("Nav.MyActivities"), PageRow.AnySignedIn, []),
        new("/suggestions", _ => "/suggestions", Key("Nav.Suggestions"), PageRow.AnySignedIn, []),
        new("/import", _ => "/import", Key("Import.Title"), PageRow.AnySignedIn, []),
        new("/me/preferences", _ => "/me/preferences", Key("Nav.Preferences"), PageRow.AnySignedIn, []),
        new("/me/tokens", _ => "/me/tokens", Key("Tokens.Title"), PageRow.AnySignedIn, []),
        new("/team", _ => "/team", Key("Team.Title"), PageRow.LeadsAndAdmins, [Actor.OtherLead]),
        new("/team/members/{EngineerId:int}", w => $"/team/members/{w.SelfEngineerId}", _ => "Ana Souza · MlCareer", PageRow.MemberReaders, [Actor.OtherLead]),
        new("/admin/users", _ => "/admin/users", Key("Users.Title"), PageRow.AdminOnly, []),
        new("/admin/teams", _ => "/admin/teams", Key("Teams.Title"), PageRow.AdminOnly, []),
        new("/admin/settings", _ => "/admin/settings", Key("Settings.Title"), PageRow.AdminOnly, []),
        new("/admin/catalog", _ => "/admin/catalog", Key("Nav.Catalog"), PageRow.AdminOnly, []),
        new("/admin/backup", _ => "/admin/backup", Key("Backup.Title"), PageRow.AdminOnly, []),
    ];
}
