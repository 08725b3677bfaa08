using MlCareer.Web.Features.Api;
using MlCareer.Web.Features.Timesheet;
using MlCareer.Web.Hosting;

namespace MlCareer.Web.Endpoints;

/// <summary>The caller's hour logs: list a range, read a week, and create or update a week with the timesheet's conflict rule.</summary>
public static class HoursApiEndpoints
{
    public static RouteGroupBuilder MapHoursApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var hours = api.MapGroup("/me/hours").WithTags("Hours");

        hours.MapGet("/", async Task<IResult> (string? from, string? to, HourLogService logs, TimesheetService timesheets, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
        {
            var current = timesheets.CurrentWeek();
            if ((ApiProblems.BadWeek(from, "from", l) ?? ApiProblems.BadWeek(to, "to", l)) is { } bad)
            {
                return bad;
            }

            var last = to is null ? current : IsoWeek.Parse(to);
            var first = from is null ? last.AddWeeks(-12) : IsoWeek.Parse(from);
            return ApiProblems.Answer(await logs.ListMineAsync(first, last, ct), rows => rows.Select(HourLogDto.From).ToList(), l);
        }).Produces<IReadOnlyList<HourLogDto>>().ProducesValidationProblem()
            .WithName("ListMyHours").WithSummary("Your hour logs from week `from` to week `to` (ISO weeks such as 2026-W53; by default the last 12 weeks).");

        hours.MapGet("/{week}", async Task<IResult> (string week, TimesheetService timesheets, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
            ApiProblems.BadWeek(week, "week", l) ?? ApiProblems.Answer(await timesheets.GetWeekAsync(IsoWeek.Parse(week), ct), TimesheetWeekDto.From, l))
            .Produces<TimesheetWeekDto>().ProducesValidationProblem()
            .WithName("GetMyWeek").WithSummary("One week as the timesheet shows it, with each row's version.");

        hours.MapPut("/{week}", async Task<IResult> (string week, WeekHoursInput body, TimesheetService timesheets, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
        {
            if (ApiProblems.BadWeek(week, "week", l) is { } bad)
            {
                return bad;
            }

            if (body?.Rows is not { } rows)
            {
                return ApiProblems.From(new Features.ResultError(Features.ErrorKind.Invalid, "Rules.Required", "Rows"), l);
            }

            var input = new TimesheetInput(IsoWeek.Parse(week), [.. rows.Select(r => new TimesheetRowInput(r.PhaseId, r.Hours, r.Note, r.Version))]);
            return ApiProblems.Answer(await timesheets.SaveWeekAsync(input, ct), TimesheetWeekDto.From, l);
        }).RequireAuthorization(ApiExtensions.WritePolicy)
            .Produces<TimesheetWeekDto>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status409Conflict)
            .WithName("SaveMyWeek").WithSummary("Creates or updates your hours of one week (a read-write token); a stale version is a 409 and nothing is stored.");
        return api;
    }
}
