using MlCareer.Web.Features.Api;
using MlCareer.Web.Features.TeamWorkload;
using MlCareer.Web.Hosting;

namespace MlCareer.Web.Endpoints;

/// <summary>A team's workload, for a lead of that team or an admin.</summary>
public static class TeamApiEndpoints
{
    public static RouteGroupBuilder MapTeamApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet("/teams/{id:int}/workload", async Task<IResult> (int id, TeamWorkloadService teams, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
            ApiProblems.Answer(await teams.GetAsync(id, ct), team => TeamWorkloadDto.From(team), l))
            .Produces<TeamWorkloadDto>().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .WithTags("Teams").WithName("GetTeamWorkload").WithSummary("Each engineer of the team with their weeks and windows (a lead of the team, or an admin).");
        return api;
    }
}
