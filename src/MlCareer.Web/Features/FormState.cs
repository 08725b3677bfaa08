using Microsoft.AspNetCore.Components.Forms;

namespace MlCareer.Web.Features;

/// <summary>
/// The edit context of a form plus the place for a service's answer: a failed result shows its message
/// under the field it names, or as <see cref="Error"/> when it names none.
/// </summary>
public sealed class FormState
{
    private readonly ValidationMessageStore _messages;

    public FormState(object model)
    {
        Context = new EditContext(model);
        _messages = new ValidationMessageStore(Context);
        Context.OnFieldChanged += (_, _) => _messages.Clear();
    }

    public EditContext Context { get; }

    public string? Error { get; private set; }

    public bool Busy { get; set; }

    /// <summary>Returns true when the result succeeded; otherwise shows its message and returns false.</summary>
    public bool Accept(Result result, IStringLocalizer localizer)
    {
        ArgumentNullException.ThrowIfNull(result);
        Error = null;
        if (result.Succeeded)
        {
            return true;
        }

        var message = localizer.Message(result.Error!);
        _messages.Clear();
        if (result.Error!.Field is { } field)
        {
            _messages.Add(Context.Field(field), message);
            Context.NotifyValidationStateChanged();
        }
        else
        {
            Error = message;
        }

        return false;
    }
}
