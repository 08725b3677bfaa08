namespace MlCareer.Web.Tests.Security.Matrix;

/// <summary>
/// The seven callers of the authorization matrix. "Self" is the engineer whose data the cells aim at (Ana);
/// every other actor tries to read or change Self's data, or their own where a method has no target.
/// </summary>
public enum Actor
{
    /// <summary>No sign-in at all.</summary>
    Anonymous,

    /// <summary>Ana, an engineer of the demo team, assigned to the churn project.</summary>
    Self,

    /// <summary>Dmitri, an engineer of the same team, not on the churn project.</summary>
    OtherEngineer,

    /// <summary>Lin, the lead of Self's team (not on the churn project).</summary>
    OwnLead,

    /// <summary>The lead of a second team.</summary>
    OtherLead,

    /// <summary>The first admin, in no team.</summary>
    Admin,

    /// <summary>An engineer, lead of Self's team, admin and on the churn project, whose session was opened before an admin deactivated them.</summary>
    Deactivated,
}
