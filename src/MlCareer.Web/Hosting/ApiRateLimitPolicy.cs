using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace MlCareer.Web.Hosting;

/// <summary>The API's rate limit: a fixed window per access token; over it, 429 problem details with <c>Retry-After</c>.</summary>
public sealed class ApiRateLimitPolicy(IOptions<ApiLimitOptions> options) : IRateLimiterPolicy<string>
{
    public const string Name = "api-token";

    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected { get; } = async (rejected, _) =>
    {
        var seconds = SignInRateLimits.SetRetryAfter(rejected);
        await ApiProblems.WriteAsync(rejected.HttpContext, StatusCodes.Status429TooManyRequests, "Api.TooManyRequests", seconds);
    };

    public RateLimitPartition<string> GetPartition(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var limits = options.Value;
        return httpContext.User.FindFirstValue(AccessTokenAuthentication.TokenIdClaim) is { } tokenId
            ? RateLimitPartition.GetFixedWindowLimiter("token:" + tokenId, _ => SignInRateLimits.Window(limits.PermitsPerToken, limits.Window))
            : RateLimitPartition.GetNoLimiter(string.Empty);
    }
}
