using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;

namespace MlCareer.Web.Tests.Components;

/// <summary>bunit with MudBlazor's services (no transitions), loose JS interop and the app's localization.</summary>
public abstract class MudBunitContext : BunitContext
{
    protected MudBunitContext()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices(options => options.SnackbarConfiguration.ShowTransitionDuration = 0);
        Services.AddLocalization(options => options.ResourcesPath = "Resources");
    }
}
