using System.ComponentModel.DataAnnotations;
using System.Net;

namespace MlCareer.Web.Hosting;

/// <summary>
/// The TLS-terminating proxies (nginx, a load balancer) whose <c>X-Forwarded-For</c> and
/// <c>X-Forwarded-Proto</c> the app believes. Loopback is always trusted; add the proxy's address or
/// network when it runs on another host. Headers from anyone else are ignored, so a client can't fake
/// its address (which the sign-in rate limit and the logs use) or pretend to be on HTTPS.
/// </summary>
public sealed class ProxyOptions
{
    public const string SectionName = "ForwardedHeaders";

    /// <summary>Proxy IP addresses, e.g. <c>10.0.0.5</c>.</summary>
    public List<string> KnownProxies { get; set; } = [];

    /// <summary>Proxy networks in CIDR notation, e.g. <c>10.0.0.0/24</c>.</summary>
    public List<string> KnownNetworks { get; set; } = [];

    /// <summary>How many proxies in a row to unwrap (1: one proxy in front of the app).</summary>
    [Range(1, 10)]
    public int ForwardLimit { get; set; } = 1;

    public bool IsValid() =>
        KnownProxies.All(p => IPAddress.TryParse(p, out _)) && KnownNetworks.All(n => IPNetwork.TryParse(n, out _));
}
