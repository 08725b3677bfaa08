using MudBlazor;

namespace MlCareer.Web.Localization;

/// <summary>
/// Gives MudBlazor's own texts (pager, dialogs, pickers) from our resources under the key
/// <c>Mud.{key}</c>; a key we do not translate falls back to MudBlazor's English.
/// </summary>
internal sealed class ResXMudLocalizer(IStringLocalizer<SharedResource> localizer) : MudLocalizer
{
    public override LocalizedString this[string key]
    {
        get
        {
            var text = localizer[$"Mud.{key}"];
            return text.ResourceNotFound ? new LocalizedString(key, key, resourceNotFound: true) : new LocalizedString(key, text.Value);
        }
    }
}
