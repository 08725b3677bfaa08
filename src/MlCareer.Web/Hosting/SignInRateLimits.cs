using System.Globalization;
using System.Security.Claims;
using System.Text.Encodings.Web;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace MlCareer.Web.Hosting;

/// <summary>
/// Rate limits on the posts that check a password — sign-in and change password — per client address and
/// per account (the typed email, or the signed-in user). A post over either limit gets 429 with
/// <c>Retry-After</c> and a short page that says when to try again; no password is checked for it.
/// </summary>
public static partial class SignInRateLimits
{
    public const string LoginPath = "/Account/Login";
    public const string ChangePasswordPath = "/Account/Manage/ChangePassword";
    public const string EmailField = "Input.Email";

    private const string Unlimited = "";

    public static IServiceCollection AddSignInRateLimits(this IServiceCollection services)
    {
        services.AddOptions<SignInLimitOptions>().BindConfiguration(SignInLimitOptions.SectionName)
            .ValidateDataAnnotations().Validate(o => o.IsValid(), "Rate limit windows must be longer than zero.").ValidateOnStart();
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<SignInLimitOptions>>((options, limits) =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.GlobalLimiter = PartitionedRateLimiter.CreateChained(PerAddress(limits.Value), PerAccount(limits.Value));
            options.OnRejected = RejectAsync;
        });
        return services;
    }

    /// <summary>Reads a limited post's form first (so the limiter sees the email it names), then limits.</summary>
    public static IApplicationBuilder UseSignInRateLimits(this IApplicationBuilder app)
    {
        app.Use(async (context, next) =>
        {
            if (IsLimited(context.Request) && context.Request.HasFormContentType)
            {
                try
                {
                    await context.Request.ReadFormAsync(context.RequestAborted);
                }
                catch (InvalidDataException)
                {
                    context.Response.StatusCode = StatusCodes.Status400BadRequest;
                    return;
                }
            }

            await next(context);
        });
        return app.UseRateLimiter();
    }

    public static bool IsLimited(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return HttpMethods.IsPost(request.Method)
            && (request.Path.Equals(LoginPath, StringComparison.OrdinalIgnoreCase) || request.Path.Equals(ChangePasswordPath, StringComparison.OrdinalIgnoreCase));
    }

    private static PartitionedRateLimiter<HttpContext> PerAddress(SignInLimitOptions limits) =>
        PartitionedRateLimiter.Create<HttpContext, string>(context => IsLimited(context.Request)
            ? RateLimitPartition.GetFixedWindowLimiter("ip:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown"),
                _ => Window(limits.PerAddressPermits, limits.PerAddressWindow))
            : RateLimitPartition.GetNoLimiter(Unlimited));

    private static PartitionedRateLimiter<HttpContext> PerAccount(SignInLimitOptions limits) =>
        PartitionedRateLimiter.Create<HttpContext, string>(context => IsLimited(context.Request) && AccountOf(context) is { } account
            ? RateLimitPartition.GetFixedWindowLimiter(account, _ => Window(limits.PerAccountPermits, limits.PerAccountWindow))
            : RateLimitPartition.GetNoLimiter(Unlimited));

    /// <summary>A fixed window of <paramref name="permits"/> with no queue: over it, a request is refused at once.</summary>
    internal static FixedWindowRateLimiterOptions Window(int permits, TimeSpan window) =>
        new() { PermitLimit = permits, Window = window, QueueLimit = 0, AutoReplenishment = true };

    /// <summary>Sets <c>Retry-After</c> on the refused request from the limiter's answer (a minute when it gives none); returns its seconds.</summary>
    internal static int SetRetryAfter(OnRejectedContext rejected)
    {
        var wait = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromMinutes(1);
        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        rejected.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        return seconds;
    }

    private static string? AccountOf(HttpContext context)
    {
        if (context.Request.Path.Equals(ChangePasswordPath, StringComparison.OrdinalIgnoreCase))
        {
            return context.User.FindFirstValue(ClaimTypes.NameIdentifier) is { Length: > 0 } userId ? "user:" + userId : null;
        }

        string? email = context.Features.Get<IFormFeature>()?.Form?[EmailField];
        return string.IsNullOrWhiteSpace(email) ? null : "email:" + email.Trim().ToUpperInvariant();
    }

    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var context = rejected.HttpContext;
        var seconds = SetRetryAfter(rejected);
        LogRejected(context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(SignInRateLimits)),
            context.Request.Path, context.Connection.RemoteIpAddress?.ToString(), seconds);

        context.Response.ContentType = "text/html; charset=utf-8";
        var text = context.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
        var html = HtmlEncoder.Default;
        await context.Response.WriteAsync(
            $"""
            <!DOCTYPE html>
            <html lang="{html.Encode(CultureInfo.CurrentUICulture.Name)}">
            <head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1.0" />
            <title>{html.Encode(text["Accounts.TooManyTitle"])} · MlCareer</title>
            <link rel="stylesheet" href="/_content/MudBlazor/MudBlazor.min.css" /><link rel="stylesheet" href="/app.css" /></head>
            <body><div class="account-page"><div class="account-card mud-paper mud-elevation-3">
            <h1 class="mud-typography mud-typography-h5 account-title">{html.Encode(text["Accounts.TooManyTitle"])}</h1>
            <div class="account-alert error" role="alert" data-testid="too-many">{html.Encode(text["Accounts.TooMany", seconds])}</div>
            <a href="{LoginPath}">{html.Encode(text["Lockout.BackToSignIn"])}</a>
            </div></div></body></html>
            """,
            cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rate limit: {Path} refused for {ClientAddress}, retry after {Seconds} s")]
    private static partial void LogRejected(ILogger logger, string path, string? clientAddress, int seconds);
}
