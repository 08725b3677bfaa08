namespace MlCareer.Web.Features;

public enum ErrorKind
{
    Invalid,
    NotFound,
    Conflict,
    Forbidden,
}

/// <summary>
/// An expected failure: a resource key for the message (shown in the user's language), its arguments,
/// and the input field it belongs to, when there is one.
/// </summary>
public sealed record ResultError(ErrorKind Kind, string MessageKey, string? Field = null, params object[] Args)
{
    /// <summary>A broken Core rule as an invalid-input error, on <paramref name="field"/> (the form's name) or the rule's own field.</summary>
    public static ResultError From(RuleViolation violation, string? field = null)
    {
        ArgumentNullException.ThrowIfNull(violation);
        return new ResultError(ErrorKind.Invalid, ResultMessages.KeyOf(violation.Code), field ?? violation.Field, [.. violation.Args]);
    }
}

/// <summary>The outcome of a use case; expected failures are values, not exceptions.</summary>
public class Result
{
    protected Result(ResultError? error) => Error = error;

    public ResultError? Error { get; }

    public bool Succeeded => Error is null;

    public static Result Ok() => new(null);

    public static Result Fail(ResultError error) => new(error);

    public static Result Forbidden() => new(new ResultError(ErrorKind.Forbidden, "Errors.Forbidden"));

    public static Result Invalid(string messageKey, string? field = null, params object[] args) =>
        new(new ResultError(ErrorKind.Invalid, messageKey, field, args));

    public static Result Invalid(RuleViolation violation, string? field = null) => new(ResultError.From(violation, field));
}

[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1000", Justification = "Factory methods are how a result is made.")]
public sealed class Result<T> : Result
{
    private Result(T? value, ResultError? error)
        : base(error) => Value = value;

    public T? Value { get; }

    public static Result<T> Ok(T value) => new(value, null);

    public static new Result<T> Fail(ResultError error) => new(default, error);

    public static new Result<T> Forbidden() => new(default, new ResultError(ErrorKind.Forbidden, "Errors.Forbidden"));

    public static new Result<T> Invalid(string messageKey, string? field = null, params object[] args) =>
        new(default, new ResultError(ErrorKind.Invalid, messageKey, field, args));

    public static new Result<T> Invalid(RuleViolation violation, string? field = null) => new(default, ResultError.From(violation, field));
}
