using Microsoft.Extensions.Options;
using MlCareer.Data;
using MlCareer.Web.Tests.Infrastructure;

namespace MlCareer.Web.Tests.Hosting;

/// <summary>Every options class is checked when the app starts: a bad setting stops it with the setting's name, before a request is served.</summary>
public sealed class OptionsValidationTests
{
    [Theory]
    [InlineData("Backup:Folder", "", "Folder")]
    [InlineData("Admin:Email", "not-an-email", "Email")]
    [InlineData("RateLimits:Api:PermitsPerToken", "0", "PermitsPerToken")]
    [InlineData("RateLimits:Api:Window", "00:00:00", "RateLimits:Api:Window")]
    [InlineData("RateLimits:SignIn:PerAccountPermits", "0", "PerAccountPermits")]
    [InlineData("ForwardedHeaders:ForwardLimit", "11", "ForwardLimit")]
    [InlineData("ForwardedHeaders:KnownProxies:0", "not-an-address", "KnownProxies")]
    public async Task Start_BadSetting_FailsNamingTheSetting(string key, string value, string named)
    {
        await using var factory = new ConfiguredWebFactory(DatabaseProvider.Sqlite, (key, value));

        var failure = Record.Exception(() => factory.CreateClient());

        var invalid = Assert.IsType<OptionsValidationException>(Unwrap(failure));
        Assert.Contains(named, invalid.Message, StringComparison.Ordinal);
    }

    private static Exception? Unwrap(Exception? failure) =>
        failure is AggregateException { InnerExceptions: [var only] } ? Unwrap(only) : failure;
}
