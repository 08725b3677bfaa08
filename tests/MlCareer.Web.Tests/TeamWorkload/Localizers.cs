using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace MlCareer.Web.Tests.TeamWorkload;

/// <summary>The app's resources, for shaping functions that word what they show.</summary>
internal static class Localizers
{
    public static IStringLocalizer English { get; } = new ServiceCollection()
        .AddLogging()
        .AddLocalization(o => o.ResourcesPath = "Resources")
        .BuildServiceProvider()
        .GetRequiredService<IStringLocalizer<SharedResource>>();
}
