using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;

namespace MlCareer.Web.Tests.Components;

/// <summary>
/// bunit with MudBlazor's services (no transitions), loose JS interop and the app's localization. A wait for a
/// render gives up after 30 s, not bunit's 1 s: a loaded 2-core machine renders slower than that at times, and 30 s
/// is twice the 15 s within which every wait ended in two full runs side by side.
/// </summary>
public abstract class MudBunitContext : BunitContext
{
    protected MudBunitContext()
    {
        DefaultWaitTimeout = TimeSpan.FromSeconds(30);
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices(options => options.SnackbarConfiguration.ShowTransitionDuration = 0);
        Services.AddLocalization(options => options.ResourcesPath = "Resources");
    }
}
