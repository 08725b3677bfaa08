using MlCareer.Web.Features;
using MlCareer.Web.Features.Export;
using MlCareer.Web.Hosting;

namespace MlCareer.Web.Endpoints;

/// <summary>
/// The CSV downloads behind the pages' export buttons, for the signed-in browser (the sign-in cookie). Each
/// calls the service its page uses, so an engineer gets their own data and a lead their team's with
/// <c>?scope=team</c>; anything else is refused as the page would refuse it.
/// </summary>
public static class ExportEndpoints
{
    public const string Prefix = "/export";

    public static string HoursPath(ExportScope scope, IsoWeek? from = null, IsoWeek? to = null) =>
        $"{Prefix}/hours.csv?scope={Scope(scope)}" + (from is { } f ? $"&from={f}" : "") + (to is { } t ? $"&to={t}" : "");

    public static string WorkloadPath(ExportScope scope) => $"{Prefix}/workload.csv?scope={Scope(scope)}";

    public static string WindowsPath(ExportScope scope) => $"{Prefix}/windows.csv?scope={Scope(scope)}";

    public static string EngagementsPath(ExportScope scope) => $"{Prefix}/engagements.csv?scope={Scope(scope)}";

    public static string PlanPath(int projectId) => $"{Prefix}/projects/{projectId}/plan.csv";

    public static IEndpointRouteBuilder MapExportEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var export = endpoints.MapGroup(Prefix).RequireAuthorization().ExcludeFromDescription();
        export.MapGet("/hours.csv", async Task<IResult> (string? scope, string? from, string? to, ExportService exports, TimeProvider time,
            IStringLocalizer<SharedResource> l, CancellationToken ct) =>
        {
            if (ParseScope(scope, l, out var parsed) is { } bad)
            {
                return bad;
            }

            if ((ApiProblems.BadWeek(from, "from", l) ?? ApiProblems.BadWeek(to, "to", l)) is { } badWeek)
            {
                return badWeek;
            }

            var current = time.CurrentWeek();
            var first = from is null ? current.AddWeeks(-52) : IsoWeek.Parse(from);
            var last = to is null ? current.AddWeeks(52) : IsoWeek.Parse(to);
            return File(await exports.HoursAsync(parsed, first, last, ct), l);
        });
        export.MapGet("/workload.csv", (string? scope, ExportService exports, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
            WithScope(scope, l, async s => File(await exports.WorkloadAsync(s, ct), l)));
        export.MapGet("/windows.csv", (string? scope, ExportService exports, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
            WithScope(scope, l, async s => File(await exports.WindowsAsync(s, ct), l)));
        export.MapGet("/engagements.csv", (string? scope, ExportService exports, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
            WithScope(scope, l, async s => File(await exports.EngagementsAsync(s, ct), l)));
        export.MapGet("/projects/{id:int}/plan.csv", async Task<IResult> (int id, ExportService exports, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
            File(await exports.PlanAsync(id, ct), l));
        return endpoints;
    }

    private static async Task<IResult> WithScope(string? scope, IStringLocalizer l, Func<ExportScope, Task<IResult>> export) =>
        ParseScope(scope, l, out var parsed) ?? await export(parsed);

    private static IResult? ParseScope(string? scope, IStringLocalizer l, out ExportScope parsed)
    {
        parsed = scope is null || scope.Equals("mine", StringComparison.OrdinalIgnoreCase) ? ExportScope.Mine
            : scope.Equals("team", StringComparison.OrdinalIgnoreCase) ? ExportScope.Team : default;
        return parsed == default ? ApiProblems.From(new ResultError(ErrorKind.Invalid, "Export.BadScope", "scope", scope!), l) : null;
    }

    private static IResult File(Result<CsvFile> result, IStringLocalizer l) =>
        result.Value is { } file ? TypedResults.File(file.Content, CsvFile.ContentType, file.FileName) : ApiProblems.From(result.Error!, l);

    private static string Scope(ExportScope scope) => scope == ExportScope.Team ? "team" : "mine";
}
