using MudBlazor;

namespace MlCareer.Web.Features.Suggestions;

/// <summary>How the side-activity pages open their dialogs: full width up to a size, closed by Escape, focus kept inside.</summary>
public static class ActivityDialogs
{
    public static DialogOptions Options(MaxWidth width = MaxWidth.Small) =>
        new() { MaxWidth = width, FullWidth = true, CloseOnEscapeKey = true, BackdropClick = true };
}
