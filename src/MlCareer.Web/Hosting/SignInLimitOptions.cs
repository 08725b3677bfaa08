using System.ComponentModel.DataAnnotations;

namespace MlCareer.Web.Hosting;

/// <summary>
/// How many sign-in and password-change posts are let through, per client address and per account, in a
/// fixed window. Beyond that the answer is 429 with <c>Retry-After</c>. Both limits hold per node.
/// </summary>
public sealed class SignInLimitOptions
{
    public const string SectionName = "RateLimits:SignIn";

    /// <summary>Posts per client address in <see cref="PerAddressWindow"/> (default 20 a minute: an office behind one address still signs in).</summary>
    [Range(1, 100_000)]
    public int PerAddressPermits { get; set; } = 20;

    public TimeSpan PerAddressWindow { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Posts per account in <see cref="PerAccountWindow"/> (default 10 in 15 minutes: twice the lockout's five failures).</summary>
    [Range(1, 100_000)]
    public int PerAccountPermits { get; set; } = 10;

    public TimeSpan PerAccountWindow { get; set; } = TimeSpan.FromMinutes(15);

    public bool IsValid() => PerAddressWindow > TimeSpan.Zero && PerAccountWindow > TimeSpan.Zero;
}
