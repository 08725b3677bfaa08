namespace MlCareer.Web.Features;

/// <summary>
/// Tells a DI scope that belongs to an HTTP request from one that belongs to a circuit: the pipeline hands
/// every request's scope its <see cref="HttpContext"/>; a circuit's scope never gets one. <see cref="ICurrentUser"/>
/// is resolved from it, so an endpoint reads the request's principal and a page the circuit's.
/// </summary>
public sealed class RequestScope
{
    public HttpContext? HttpContext { get; set; }

    /// <summary>The caller of this scope: the request's when it has one, else the circuit's.</summary>
    public static ICurrentUser CallerOf(IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        return services.GetRequiredService<RequestScope>().HttpContext is { } context
            ? new HttpCurrentUser(context, services.GetRequiredService<AccountDirectory>())
            : services.GetRequiredService<CurrentUser>();
    }
}
