using MlCareer.Web.Features.Calendar;

namespace MlCareer.Web.Endpoints;

public static class CalendarEndpoints
{
    /// <summary>
    /// <c>GET /calendar/{secret}.ics</c>: a person's calendar feed for calendar clients, which send no cookie; the
    /// secret in the URL is the key. An unknown or revoked secret, or a deactivated owner, answers 404.
    /// </summary>
    public static IEndpointRouteBuilder MapCalendarEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(CalendarFeedService.PathPrefix + "{file}", async Task<IResult> (string file, CalendarFeedService feeds, CancellationToken ct) =>
        {
            var secret = file.EndsWith(".ics", StringComparison.OrdinalIgnoreCase) ? file[..^4] : file;
            return await feeds.ReadAsync(secret, ct) is { Value: { } calendar }
                ? TypedResults.Text(calendar, CalendarFeedWriter.ContentType)
                : TypedResults.NotFound();
        }).AllowAnonymous().ExcludeFromDescription();
        return endpoints;
    }
}
