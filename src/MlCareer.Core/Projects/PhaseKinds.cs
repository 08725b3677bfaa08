namespace MlCareer.Core.Projects;

/// <summary>The six phase kinds as a list, and the one mapping from a kind to an array index (0–5).</summary>
public static class PhaseKinds
{
    public const int Count = 6;

    /// <summary>The kinds in their usual order, problem understanding first.</summary>
    public static IReadOnlyList<PhaseKind> All { get; } = Enum.GetValues<PhaseKind>();

    public static bool IsDefined(PhaseKind kind) => kind is >= PhaseKind.ProblemUnderstanding and <= PhaseKind.Deployment;

    /// <summary>The kind's position in <see cref="All"/>, for arrays indexed by kind.</summary>
    public static int Index(PhaseKind kind) =>
        IsDefined(kind) ? (int)kind - 1 : throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown phase kind.");
}
