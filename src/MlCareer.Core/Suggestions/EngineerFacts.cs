using MlCareer.Core.Activities;
using MlCareer.Core.Common;

namespace MlCareer.Core.Suggestions;

/// <summary>
/// What the engineer told MlCareer about themselves: the most hours per ISO week they give to side
/// activities (<paramref name="SideBudgetHours"/>), the kinds they like and dislike, the skills they hold
/// and want to learn (matched without regard to case), their home industry, and the least they take per
/// hour for freelance work (null: no minimum).
/// </summary>
public sealed record EngineerFacts(
    int EngineerId,
    double SideBudgetHours,
    IReadOnlyCollection<ActivityKind> Likes,
    IReadOnlyCollection<ActivityKind> Dislikes,
    IReadOnlyCollection<string> Skills,
    IReadOnlyCollection<string> SkillsToLearn,
    string? HomeIndustry,
    Money? MinimumFreelanceRate);
