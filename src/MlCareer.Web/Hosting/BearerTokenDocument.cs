using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace MlCareer.Web.Hosting;

/// <summary>Describes the personal access token in the OpenAPI document, so the reference page and clients send it.</summary>
public sealed class BearerTokenDocument : IOpenApiDocumentTransformer
{
    public const string SchemeName = AccessTokenAuthentication.SchemeName;

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.Info.Title = "MlCareer API";
        document.Info.Description = "Your workload, windows, hours, suggestions and side activities, and your team's workload for a lead. " +
            "Create a personal access token on /me/tokens and send it as `Authorization: Bearer mlc_…`.";
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[SchemeName] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            Description = "A personal access token from /me/tokens.",
        };
        var requirement = new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SchemeName, document)] = [] };
        foreach (var operation in document.Paths.Values.SelectMany(p => p.Operations?.Values.AsEnumerable() ?? []))
        {
            operation.Security = [requirement];
        }

        return Task.CompletedTask;
    }
}
