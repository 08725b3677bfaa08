namespace MlCareer.Core.Activities;

/// <summary>What a side activity brings the engineer, as the article lists it; any combination.</summary>
[Flags]
public enum ActivityBenefits
{
    None = 0,
    Income = 1,
    Visibility = 2,
    Skills = 4,
    Network = 8,
}
