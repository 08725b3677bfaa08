using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using MlCareer.Data;
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
        builder.Services.AddSerilog((services, logger) => logger
            .ReadFrom.Configuration(builder.Configuration)
            .ReadFrom.Services(services)
            .Enrich.FromLogContext());
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddHealthChecks().AddDbContextCheck<MlCareerDbContext>("database");
        return builder;
    }

    public static WebApplication UseMlCareerPipeline(this WebApplication app)
    {
        if (app.Environment.IsDevelopment())
        {
            app.UseMigrationsEndPoint();
        }
        else
        {
            app.UseExceptionHandler("/Error", createScopeForErrors: true);
        }

        app.UseSerilogRequestLogging();
        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        app.UseRequestLocalization();
        app.UseAntiforgery();
        return app;
    }

    /// <summary>Maps <c>/health</c>, which checks that the database answers; open to anyone (load balancers).</summary>
    public static WebApplication MapDefaultEndpoints(this WebApplication app)
    {
        app.MapHealthChecks(HealthPath, new HealthCheckOptions()).AllowAnonymous();
        return app;
    }
}
