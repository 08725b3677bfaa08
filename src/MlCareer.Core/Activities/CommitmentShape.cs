namespace MlCareer.Core.Activities;

/// <summary>How long a side activity binds the engineer once started.</summary>
public enum CommitmentShape
{
    /// <summary>Done once, over as many weeks as the window gives (an article, a talk).</summary>
    OneOff = 0,

    /// <summary>Runs a fixed number of weeks from its start (a competition, a freelance contract).</summary>
    FixedTerm = 1,

    /// <summary>A long, regular commitment that outlasts the window (a 52-week mentoring cohort).</summary>
    Recurring = 2,
}
