using MlCareer.Web.Localization;

namespace MlCareer.Web.Features;

/// <summary>Turns a <see cref="ResultError"/> into text in the user's language, dates and numbers in its notation.</summary>
public static class ResultMessages
{
    public static string Message(this IStringLocalizer localizer, ResultError error)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        ArgumentNullException.ThrowIfNull(error);
        return localizer[error.MessageKey, [.. error.Args.Select(localizer.Argument)]];
    }

    /// <summary>The message key of a Core rule: <c>Rules.{Code}</c>.</summary>
    public static string KeyOf(RuleCode code) => $"Rules.{code}";

    public static string Message(this IStringLocalizer localizer, RuleViolation violation)
    {
        ArgumentNullException.ThrowIfNull(violation);
        return localizer.Message(new ResultError(ErrorKind.Invalid, KeyOf(violation.Code), violation.Field, [.. violation.Args]));
    }
}
