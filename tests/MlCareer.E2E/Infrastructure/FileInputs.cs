using Microsoft.Playwright;

namespace MlCareer.E2E.Infrastructure;

/// <summary>
/// Chooses a file on the input of a <c>MudFileUpload</c> (a Blazor <c>InputFile</c>) once that input listens for it.
/// </summary>
/// <remarks>
/// Blazor renders the <c>&lt;input type=file&gt;</c> in one render batch and wires it later: the <c>InputFile</c>
/// component calls <c>Blazor._internal.InputFile.init</c> from <c>OnAfterRenderAsync(firstRender)</c>, which on Blazor
/// Server arrives after the browser has acknowledged that batch. A file set in between fires a change event that no
/// listener hears, and the page never learns of it. <c>init</c> sets the input's <c>_blazorInputFileNextFileId</c> to 0
/// in the same synchronous step in which it adds the change listener, so that property is the sign the input is live.
/// <c>MudFileUpload</c> renders a fresh input for every choice (hiding the used ones with <c>d-none</c>), so the
/// active input's counter is still 0 when it is ready.
/// </remarks>
public static class FileInputs
{
    public static async Task ChooseAsync(ILocator input, FilePayload file)
    {
        ArgumentNullException.ThrowIfNull(input);
        await Assertions.Expect(input).ToHaveJSPropertyAsync("_blazorInputFileNextFileId", 0);
        await input.SetInputFilesAsync(file);
    }
}
