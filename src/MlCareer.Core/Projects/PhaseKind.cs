namespace MlCareer.Core.Projects;

/// <summary>The six phases of an ML project, in their usual order.</summary>
public enum PhaseKind
{
    /// <summary>Problem (business) understanding: the ML team with the business.</summary>
    ProblemUnderstanding = 1,

    /// <summary>Data collection: usually data engineers.</summary>
    DataCollection = 2,

    /// <summary>Data labeling or annotation: usually a third party.</summary>
    DataLabeling = 3,

    /// <summary>Data wrangling (EDA, feature preparation): where most ML time goes.</summary>
    DataWrangling = 4,

    /// <summary>Model development, training and evaluation; a running training job is only monitored.</summary>
    ModelDevelopment = 5,

    /// <summary>Deployment and maintenance in production: mostly operations.</summary>
    Deployment = 6,
}
