using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace MlCareer.Web.Tests.Infrastructure;

/// <summary>
/// Every answer's <c>Date</c> header on the app's clock. Kestrel writes the machine's date there, and Chromium reads
/// a cookie's expiry against the server's <c>Date</c>: on a machine past 2027-11-25, the language cookie the app
/// set for a year from the tests' now looked expired to a browser at that now, and was dropped.
/// </summary>
internal sealed class ClockDateHeader(TimeProvider clock) : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            context.Response.OnStarting(() =>
            {
                context.Response.Headers.Date = clock.GetUtcNow().ToString("R", CultureInfo.InvariantCulture);
                return Task.CompletedTask;
            });
            return nextMiddleware(context);
        });
        next(app);
    };
}
