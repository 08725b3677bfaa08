using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Components.Server.Circuits;
using MlCareer.Web.Hosting;

namespace MlCareer.Web.Endpoints;

/// <summary>The process's figures for the memory and CPU measurements (docs/performance.md).</summary>
public sealed record ProcessFigures(long HeapBytes, double CpuMilliseconds, int OpenCircuits, int ConnectedCircuits, long WorkingSetBytes);

/// <summary>
/// Measurement endpoints, mapped only when <c>Diagnostics:Enabled</c> is true (never by default) and
/// answering only requests from this machine (loopback), so the load scripts can read the server's heap and
/// CPU time: <c>GET /diagnostics/heap</c> collects garbage fully first, <c>GET /diagnostics/cpu</c> does not.
/// </summary>
public static class DiagnosticsEndpoints
{
    public const string EnabledKey = "Diagnostics:Enabled";

    public static WebApplicationBuilder AddMlCareerDiagnostics(this WebApplicationBuilder builder)
    {
        if (builder.Configuration.GetValue<bool>(EnabledKey))
        {
            builder.Services.AddSingleton<CircuitCounter>();
            builder.Services.AddSingleton<CircuitHandler>(services => services.GetRequiredService<CircuitCounter>());
        }

        return builder;
    }

    public static WebApplication MapDiagnosticsEndpoints(this WebApplication app)
    {
        if (!app.Configuration.GetValue<bool>(EnabledKey))
        {
            return app;
        }

        var group = app.MapGroup("/diagnostics").AllowAnonymous().AddEndpointFilter(async (context, next) =>
            context.HttpContext.Connection.RemoteIpAddress is { } address && IPAddress.IsLoopback(address)
                ? await next(context)
                : TypedResults.NotFound());
        group.MapGet("/heap", (CircuitCounter circuits) =>
        {
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            return TypedResults.Ok(Figures(circuits, GC.GetTotalMemory(forceFullCollection: true)));
        });
        group.MapGet("/cpu", (CircuitCounter circuits) => TypedResults.Ok(Figures(circuits, GC.GetTotalMemory(forceFullCollection: false))));
        return app;
    }

    private static ProcessFigures Figures(CircuitCounter circuits, long heap)
    {
        using var process = Process.GetCurrentProcess();
        return new ProcessFigures(heap, process.TotalProcessorTime.TotalMilliseconds, circuits.Open, circuits.Connected, process.WorkingSet64);
    }
}
