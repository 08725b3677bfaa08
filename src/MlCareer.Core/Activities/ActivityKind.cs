namespace MlCareer.Core.Activities;

/// <summary>The kinds of side activity the article recommends for low-involvement weeks.</summary>
public enum ActivityKind
{
    /// <summary>Teaching or mentoring in an online program, or one-to-one tutoring.</summary>
    Mentoring = 1,

    /// <summary>Articles on experiments and findings, how-to guides on new libraries.</summary>
    Writing = 2,

    /// <summary>Conference and meetup talks.</summary>
    Speaking = 3,

    /// <summary>ML competitions such as Kaggle, best entered as a team.</summary>
    Competition = 4,

    /// <summary>Paid projects outside the main job, often in another industry.</summary>
    Freelancing = 5,

    /// <summary>Something new every day: a paper, a course chapter, a library.</summary>
    Learning = 6,

    /// <summary>Contributions to open-source ML libraries.</summary>
    OpenSource = 7,
}
