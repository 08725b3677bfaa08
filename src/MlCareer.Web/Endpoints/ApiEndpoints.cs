using MlCareer.Web.Hosting;

namespace MlCareer.Web.Endpoints;

/// <summary>
/// The REST API under <c>/api/v1</c>: every endpoint needs a personal access token (anonymous callers get 401
/// problem details), writes need a read-write token, and each token is rate-limited. Endpoints call the same
/// feature services as the pages and return DTO records.
/// </summary>
public static class ApiEndpoints
{
    public const string Prefix = "/api/v1";

    public static IEndpointRouteBuilder MapApiEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup(Prefix)
            .RequireAuthorization(ApiExtensions.ReadPolicy)
            .RequireRateLimiting(ApiRateLimitPolicy.Name)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        api.MapMeApi();
        api.MapHoursApi();
        api.MapCatalogApi();
        api.MapTeamApi();
        return endpoints;
    }
}
