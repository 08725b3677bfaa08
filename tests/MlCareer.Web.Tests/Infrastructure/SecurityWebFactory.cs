using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using MlCareer.Data;

namespace MlCareer.Web.Tests.Infrastructure;

/// <summary>
/// The app as <see cref="MlCareerWebFactory"/> runs it, with extra settings (an environment, rate limits)
/// and a password hasher that counts how many passwords it checked for each account.
/// </summary>
public sealed class SecurityWebFactory(string environment = "Development", IReadOnlyDictionary<string, string>? settings = null) : MlCareerWebFactory
{
    /// <summary>Limits high enough that tests which sign in many times are never rate limited.</summary>
    public static readonly IReadOnlyDictionary<string, string> NoRateLimits = new Dictionary<string, string>
    {
        ["RateLimits:SignIn:PerAddressPermits"] = "100000",
        ["RateLimits:SignIn:PerAccountPermits"] = "100000",
    };

    public CountingPasswordHasher Hasher { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseEnvironment(environment);
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services => services.AddSingleton<IPasswordHasher<AppUser>>(Hasher));
    }
}

/// <summary>Identity's hasher, counting each password check by the account's email (the dummy checks count as "nobody").</summary>
public sealed class CountingPasswordHasher : IPasswordHasher<AppUser>
{
    private readonly PasswordHasher<AppUser> _inner = new();
    private readonly ConcurrentDictionary<string, int> _checks = new(StringComparer.OrdinalIgnoreCase);

    public int Checks(string email) => _checks.GetValueOrDefault(email);

    public int TotalChecks => _checks.Values.Sum();

    public void Reset() => _checks.Clear();

    public string HashPassword(AppUser user, string password) => _inner.HashPassword(user, password);

    public PasswordVerificationResult VerifyHashedPassword(AppUser user, string hashedPassword, string providedPassword)
    {
        _checks.AddOrUpdate(user.Email ?? "nobody", 1, (_, n) => n + 1);
        return _inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
    }
}

/// <summary>One app without sign-in rate limits, shared by the tests of a class that sign in many times.</summary>
public sealed class UnlimitedAppFixture : IAsyncLifetime
{
    public SecurityWebFactory Factory { get; } = new(settings: SecurityWebFactory.NoRateLimits);

    public ValueTask InitializeAsync()
    {
        _ = Factory.Server;
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync() => await Factory.DisposeAsync();
}
