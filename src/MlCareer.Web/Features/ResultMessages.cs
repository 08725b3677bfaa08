namespace MlCareer.Web.Features;

/// <summary>Turns a <see cref="ResultError"/> into text in the user's language.</summary>
public static class ResultMessages
{
    public static string Message(this IStringLocalizer localizer, ResultError error)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        ArgumentNullException.ThrowIfNull(error);
        return localizer[error.MessageKey, error.Args];
    }
}
