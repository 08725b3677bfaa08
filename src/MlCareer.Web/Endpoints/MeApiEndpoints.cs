using MlCareer.Web.Features;
using MlCareer.Web.Features.Api;
using MlCareer.Web.Features.Workload;
using MlCareer.Web.Hosting;

namespace MlCareer.Web.Endpoints;

/// <summary>The caller's workload, windows, suggestions and side activities.</summary>
public static class MeApiEndpoints
{
    public static RouteGroupBuilder MapMeApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var me = api.MapGroup("/me").WithTags("Me");

        me.MapGet("/workload", async Task<IResult> (WorkloadService workloads, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
            ApiProblems.Answer(await workloads.GetMineAsync(ct), mine => WorkloadDto.From(mine.Workload, mine.CurrentWeek), l))
            .Produces<WorkloadDto>().ProducesProblem(StatusCodes.Status403Forbidden)
            .WithName("GetMyWorkload").WithSummary("Your weeks: capacity, load by phase kind, side activities, low and over; and your windows.");

        me.MapGet("/windows", async Task<IResult> (WorkloadService workloads, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
            ApiProblems.Answer(await workloads.GetMineAsync(ct), mine => mine.Workload.Windows.Select(WindowDto.From).ToList(), l))
            .Produces<IReadOnlyList<WindowDto>>().ProducesProblem(StatusCodes.Status403Forbidden)
            .WithName("GetMyWindows").WithSummary("Your low-involvement windows ahead, with their causes and confidence.");

        me.MapGet("/suggestions", async Task<IResult> (SuggestionReadService suggestions, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
            ApiProblems.Answer(await suggestions.GetMineAsync(ct), windows => windows.Select(WindowSuggestionsDto.From).ToList(), l))
            .Produces<IReadOnlyList<WindowSuggestionsDto>>().ProducesProblem(StatusCodes.Status403Forbidden)
            .WithName("GetMySuggestions").WithSummary("Side activities suggested for each of your windows, ranked, with their reasons.");

        me.MapGet("/engagements", async Task<IResult> (ActivityReadService activities, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
            ApiProblems.Answer(await activities.MyEngagementsAsync(ct), rows => rows.Select(ActivityReadService.ToDto).ToList(), l))
            .Produces<IReadOnlyList<EngagementDto>>().ProducesProblem(StatusCodes.Status403Forbidden)
            .WithName("GetMyEngagements").WithSummary("Your side activities with their dates, status and outcomes.");
        return api;
    }
}
