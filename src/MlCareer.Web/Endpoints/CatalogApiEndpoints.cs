using MlCareer.Web.Features.Api;
using MlCareer.Web.Hosting;

namespace MlCareer.Web.Endpoints;

/// <summary>The side-activity catalog, read-only.</summary>
public static class CatalogApiEndpoints
{
    public static RouteGroupBuilder MapCatalogApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet("/catalog", async Task<IResult> (ActivityReadService activities, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
            ApiProblems.Answer(await activities.CatalogAsync(ct), entries => entries.Select(CatalogEntryDto.From).ToList(), l))
            .Produces<IReadOnlyList<CatalogEntryDto>>().ProducesProblem(StatusCodes.Status403Forbidden)
            .WithTags("Catalog").WithName("GetCatalog").WithSummary("The side activities that can be suggested.");
        return api;
    }
}
