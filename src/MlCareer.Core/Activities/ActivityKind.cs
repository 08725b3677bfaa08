namespace MlCareer.Core.Activities;

/// <summary>The kinds of side activity the article recommends for low-involvement weeks.</summary>
public enum ActivityKind
{
    Mentoring = 1,
    Writing = 2,
    Speaking = 3,
    Competition = 4,
    Freelancing = 5,
    Learning = 6,
    OpenSource = 7,
}
