namespace MlCareer.Web.Hosting;

/// <summary>
/// The security headers of every response. The Content-Security-Policy lets scripts come only from this
/// site (plus the import map, which carries the request's nonce) and never from <c>eval</c>; Blazor Server
/// talks to its own origin over WebSockets (<c>connect-src 'self'</c>). Styles allow inline code because
/// MudBlazor sets <c>style</c> attributes on its components and writes its theme as a <c>style</c> element;
/// a nonce can't be given to either, and inline styles can't run code.
/// </summary>
public static class ContentSecurity
{
    public static HeaderPolicyCollection Policies() => new HeaderPolicyCollection()
        .AddContentTypeOptionsNoSniff()
        .AddReferrerPolicyStrictOriginWhenCrossOrigin()
        .AddFrameOptionsDeny()
        .AddCrossOriginOpenerPolicy(policy => policy.SameOrigin())
        .AddContentSecurityPolicy(csp =>
        {
            csp.AddDefaultSrc().Self();
            csp.AddScriptSrc().Self().WithNonce();
            csp.AddStyleSrc().Self().UnsafeInline();
            csp.AddImgSrc().Self().Data();
            csp.AddFontSrc().Self().Data();
            csp.AddConnectSrc().Self();
            csp.AddObjectSrc().None();
            csp.AddBaseUri().Self();
            csp.AddFormAction().Self();
            csp.AddFrameAncestors().None();
        });
}
