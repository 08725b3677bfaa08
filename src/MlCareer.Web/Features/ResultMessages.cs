using Microsoft.AspNetCore.Components.Forms;

namespace MlCareer.Web.Features;

/// <summary>Turns a <see cref="ResultError"/> into text in the user's language and puts it next to its field.</summary>
public static class ResultMessages
{
    public static string Message(this IStringLocalizer localizer, ResultError error)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        ArgumentNullException.ThrowIfNull(error);
        return localizer[error.MessageKey, error.Args];
    }

    /// <summary>Shows the error under its field; returns false when it has no field (show it elsewhere).</summary>
    public static bool ShowOnField(this EditContext context, ValidationMessageStore store, ResultError error, string message)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(error);
        store.Clear();
        if (error.Field is null)
        {
            return false;
        }

        store.Add(context.Field(error.Field), message);
        context.NotifyValidationStateChanged();
        return true;
    }
}
