namespace MlCareer.Core.Activities;

/// <summary>
/// A broken catalog rule: the field of <see cref="SideActivityDraft"/> it concerns (its property name),
/// the code the UI words, and the code's arguments.
/// </summary>
public sealed record SideActivityViolation(string Field, SideActivityViolationCode Code, IReadOnlyList<object> Args);
