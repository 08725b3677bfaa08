using Microsoft.AspNetCore.Hosting;
using MlCareer.Data;

namespace MlCareer.Web.Tests.Infrastructure;

/// <summary>The test app on its own database, with some settings changed (an empty organisation, a low rate limit).</summary>
public sealed class ConfiguredWebFactory(DatabaseProvider provider, params (string Key, string Value)[] settings) : MlCareerWebFactory(provider)
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
    }
}
