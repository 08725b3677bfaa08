using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using MlCareer.Data;
using MlCareer.Web.Features;
using Serilog;

namespace MlCareer.Web.Hosting;

/// <summary>Host defaults: Serilog from configuration, health checks, the clock, and the HTTP pipeline.</summary>
public static class HostingExtensions
{
    public const string HealthPath = "/health";

    public static WebApplicationBuilder AddMlCareerHosting(this WebApplicationBuilder builder)
    {
        // Serve framework and MudBlazor assets from the build output in any environment, not only Development.
        builder.WebHost.UseStaticWebAssets();
        // preserveStaticLogger: this app's logger is its own, not the process-wide Log.Logger, so two apps in one
        // process (tests, or a host running two) each write to their own sinks.
        builder.Services.AddSerilog(
            (services, logger) => logger
                .ReadFrom.Configuration(builder.Configuration)
                .ReadFrom.Services(services)
                .Enrich.FromLogContext(),
            preserveStaticLogger: true);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddHealthChecks().AddDbContextCheck<MlCareerDbContext>("database");
        builder.AddMlCareerSecurity();
        return builder;
    }

    /// <summary>
    /// The middleware in order: forwarded headers (the client's real address and scheme), errors, HTTPS and
    /// security headers, request logging, status pages (problem details under /api), language, routing, authentication (each cookie is
    /// checked against the database), the sign-in rate limits, and antiforgery.
    /// </summary>
    public static WebApplication UseMlCareerPipeline(this WebApplication app)
    {
        app.UseMlCareerForwardedHeaders();
        if (app.Environment.IsDevelopment())
        {
            app.UseMigrationsEndPoint();
        }
        else
        {
            app.UseExceptionHandler("/Error", createScopeForErrors: true);
        }

        app.UseMlCareerSecurityHeaders();
        app.Use((context, next) =>
        {
            context.RequestServices.GetRequiredService<RequestScope>().HttpContext = context;
            return next(context);
        });
        app.UseSerilogRequestLogging(options => options.Logger = app.Services.GetRequiredService<Serilog.ILogger>());
        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        app.UseMlCareerApiErrors();
        app.UseRequestLocalization();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseSignInRateLimits();
        app.UseAntiforgery();
        app.WarnWhenDemoIsPublic();
        return app;
    }

    /// <summary>Maps <c>/health</c>, which checks that the database answers; open to anyone (load balancers).</summary>
    public static WebApplication MapDefaultEndpoints(this WebApplication app)
    {
        app.MapHealthChecks(HealthPath, new HealthCheckOptions()).AllowAnonymous();
        return app;
    }
}
