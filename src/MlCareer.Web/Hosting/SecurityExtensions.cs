using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace MlCareer.Web.Hosting;

/// <summary>
/// HTTP hardening in one place: forwarded headers from known proxies, HTTPS redirect and HSTS outside
/// Development, the Content-Security-Policy and the other security headers, and the sign-in rate limits.
/// </summary>
public static class SecurityExtensions
{
    /// <summary>How long browsers remember to use HTTPS only: one year, what HSTS preload lists ask for.</summary>
    public const int HstsMaxAgeDays = 365;

    public static WebApplicationBuilder AddMlCareerSecurity(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<ProxyOptions>().BindConfiguration(ProxyOptions.SectionName)
            .ValidateDataAnnotations().Validate(o => o.IsValid(), "ForwardedHeaders: KnownProxies must be IP addresses and KnownNetworks CIDR ranges.")
            .ValidateOnStart();
        builder.Services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<ProxyOptions>>((options, proxies) =>
        {
            // X-Forwarded-Host is not trusted: the host comes from the request and is checked by AllowedHosts.
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            options.ForwardLimit = proxies.Value.ForwardLimit;
            foreach (var proxy in proxies.Value.KnownProxies)
            {
                options.KnownProxies.Add(IPAddress.Parse(proxy));
            }

            foreach (var network in proxies.Value.KnownNetworks)
            {
                options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });
        builder.Services.AddHsts(options =>
        {
            options.MaxAge = TimeSpan.FromDays(HstsMaxAgeDays);
            options.IncludeSubDomains = false;
        });
        builder.Services.AddSignInRateLimits();
        return builder;
    }

    /// <summary>The front of the pipeline: runs before logging so logs show the client's real address and scheme.</summary>
    public static WebApplication UseMlCareerForwardedHeaders(this WebApplication app)
    {
        app.UseForwardedHeaders();
        return app;
    }

    /// <summary>HTTPS redirect and HSTS outside Development, then the security headers on every response.</summary>
    public static WebApplication UseMlCareerSecurityHeaders(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
            app.UseHttpsRedirection();
        }

        app.UseSecurityHeaders(ContentSecurity.Policies());
        return app;
    }
}
