using System.Globalization;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using MlCareer.Core.Common;
using MlCareer.Data;
using MlCareer.Web.Hosting;

namespace MlCareer.LoadWriter;

/// <summary>
/// The app, composed and started as Program.cs does, plus engineers saving hours in parallel. Each save the
/// service confirmed is printed as "ack <engineer id> <phase id> <week> <hours>" before the next one starts,
/// so whoever kills this process knows exactly which writes were acknowledged. Its clock stands at a fixed
/// moment (Wednesday of 2026-W48, as the in-process tests' clock), so no run depends on the day it runs.
/// </summary>
internal static class Writer
{
    public static async Task<int> Main(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.AddMlCareerHosting();
        builder.AddMlCareerData();
        builder.AddMlCareerIdentity();
        builder.AddMlCareerUi();
        builder.Services.Replace(ServiceDescriptor.Singleton<TimeProvider>(new FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 9, 30, 0, TimeSpan.Zero))));
        var app = builder.Build();
        app.UseMlCareerPipeline();
        app.MapDefaultEndpoints();
        app.MapMlCareerUi();
        await app.StartAsync();

        var load = builder.Configuration.GetSection("Load");
        var engineers = await LoadOrganisation.EnsureAsync(
            app.Services, load.GetValue("Engineers", 8), load.GetValue("Projects", 5), load.GetValue("Weeks", 100), new IsoWeek(2030, 1));
        var work = new List<(LoadEngineer Engineer, IReadOnlyList<LoadSlot> Slots)>();
        foreach (var engineer in engineers)
        {
            work.Add((engineer, await TimesheetLoad.RemainingAsync(app.Services, engineer)));
        }

        await Console.Out.WriteLineAsync($"ready {work.Sum(w => w.Slots.Count)}");
        var results = await Task.WhenAll(work.Select(w => Task.Run(() => TimesheetLoad.WriteAsync(app.Services, w.Engineer, w.Slots, slot =>
            Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ack {w.Engineer.EngineerId} {slot.PhaseId} {slot.Week} {TimesheetLoad.HoursFor(slot)}"))))));
        foreach (var error in results.SelectMany(r => r.Errors))
        {
            await Console.Out.WriteLineAsync($"error {error}");
        }

        await Console.Out.WriteLineAsync($"done {results.Sum(r => r.Saved)} saved, {results.Sum(r => r.Errors.Count)} errors");
        await app.StopAsync();
        return results.Any(r => r.Errors.Count > 0) ? 1 : 0;
    }
}
