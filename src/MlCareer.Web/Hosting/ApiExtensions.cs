using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.RateLimiting;
using MlCareer.Web.Endpoints;
using MlCareer.Web.Features.AccessTokens;
using MlCareer.Web.Features.Api;
using MlCareer.Web.Features.Timesheet;
using MlCareer.Web.Features.TeamWorkload;
using NetEscapades.AspNetCore.SecurityHeaders;
using Scalar.AspNetCore;

namespace MlCareer.Web.Hosting;

/// <summary>
/// The REST API's plumbing: personal-access-token sign-in, the read and write policies, the per-token rate
/// limit, problem details for every error under <c>/api</c>, the OpenAPI document at <c>/openapi/v1.json</c>
/// and its reference page at <c>/api/docs</c>.
/// </summary>
public static partial class ApiExtensions
{
    public const string ReadPolicy = "api-read";
    public const string WritePolicy = "api-write";
    public const string DocsPath = "/api/docs";
    public const string DocumentPattern = "/openapi/{documentName}.json";

    public static WebApplicationBuilder AddMlCareerApi(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddProblemDetails();
        builder.Services.AddAuthentication()
            .AddScheme<AuthenticationSchemeOptions, AccessTokenAuthentication>(AccessTokenAuthentication.SchemeName, null);
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(ReadPolicy, policy => policy.AddAuthenticationSchemes(AccessTokenAuthentication.SchemeName).RequireAuthenticatedUser())
            .AddPolicy(WritePolicy, policy => policy.AddAuthenticationSchemes(AccessTokenAuthentication.SchemeName).RequireAuthenticatedUser()
                .RequireClaim(AccessTokenAuthentication.AccessClaim, nameof(TokenAccess.ReadWrite)));
        builder.Services.AddOptions<ApiLimitOptions>().BindConfiguration(ApiLimitOptions.SectionName)
            .ValidateDataAnnotations().Validate(o => o.IsValid(), "RateLimits:Api:Window must be longer than zero.").ValidateOnStart();
        builder.Services.Configure<RateLimiterOptions>(options => options.AddPolicy<string, ApiRateLimitPolicy>(ApiRateLimitPolicy.Name));
        builder.Services.AddOpenApi(options =>
        {
            options.ShouldInclude = description => description.RelativePath?.StartsWith("api/", StringComparison.Ordinal) == true;
            options.AddDocumentTransformer<BearerTokenDocument>();
        });

        builder.Services.AddSingleton<AccessTokenDirectory>();
        builder.Services.AddScoped<AccessTokenService>();
        builder.Services.AddScoped<HourLogService>();
        builder.Services.AddScoped<TeamWorkloadService>();
        builder.Services.AddScoped<ActivityReadService>();
        builder.Services.AddScoped<SuggestionReadService>();
        builder.Services.AddScoped<Features.Import.ImportService>();
        builder.Services.AddScoped<Features.Calendar.CalendarFeedService>();
        builder.Services.AddScoped<Features.Export.ExportService>();
        return builder;
    }

    /// <summary>
    /// Under <c>/api</c>: no HTML error pages; an error status without a body gets problem details, and an
    /// unexpected exception a 500 problem without details (logged), even in Development.
    /// </summary>
    public static WebApplication UseMlCareerApiErrors(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseWhen(context => context.Request.Path.StartsWithSegments("/api"), api => api.Use(async (context, next) =>
        {
            if (context.Features.Get<IStatusCodePagesFeature>() is { } pages)
            {
                pages.Enabled = false;
            }

            try
            {
                await next(context);
            }
            catch (BadHttpRequestException bad) when (!context.Response.HasStarted)
            {
                context.Response.Clear();
                await ApiProblems.WriteAsync(context, bad.StatusCode, "Api.BadRequest");
                return;
            }
            catch (Exception exception) when (!context.Response.HasStarted && exception is not OperationCanceledException)
            {
                LogFailed(context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ApiExtensions)), exception, context.Request.Path);
                context.Response.Clear();
                await ApiProblems.WriteAsync(context, StatusCodes.Status500InternalServerError, "Errors.Unexpected");
                return;
            }

            if (context.Response is { HasStarted: false, StatusCode: >= 400 } && context.Response.ContentLength is null or 0)
            {
                await ApiProblems.WriteAsync(context, context.Response.StatusCode, "Api.Status");
            }
        }));
        return app;
    }

    /// <summary>
    /// The API, the OpenAPI document and the reference page (anyone may read the document and the page). The page
    /// runs under the app's strict Content-Security-Policy: its scripts are served from this site and carry the
    /// response's nonce, and it loads no fonts or telemetry from elsewhere.
    /// </summary>
    public static WebApplication MapMlCareerApi(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapApiEndpoints();
        app.MapExportEndpoints();
        app.MapCalendarEndpoints();
        app.MapOpenApi(DocumentPattern).AllowAnonymous();
        app.MapScalarApiReference(DocsPath, (options, context) => options
                .WithTitle("MlCareer API")
                .WithOpenApiRoutePattern(DocumentPattern)
                .DisableDefaultFonts()
                .DisableTelemetry()
                .DisableAgent()
                .DisableMcp()
                .HideDeveloperTools()
                .WithDotNetFlag(false)
                .AddPreferredSecuritySchemes(BearerTokenDocument.SchemeName)
                .WithNonce(context.GetNonce()))
            .AllowAnonymous();
        return app;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "API request {Path} failed")]
    private static partial void LogFailed(ILogger logger, Exception exception, string path);
}
