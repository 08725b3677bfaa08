namespace MlCareer.Core.Activities;

/// <summary>How a side activity pays.</summary>
public enum PayBasis
{
    None = 0,

    /// <summary>An amount per hour worked (tutoring, freelancing).</summary>
    PerHour = 1,

    /// <summary>An amount per piece delivered (an article: up to about $500).</summary>
    PerPiece = 2,
}
