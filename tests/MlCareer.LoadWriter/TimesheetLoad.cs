using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MlCareer.Data;
using MlCareer.Web.Features;
using MlCareer.Web.Features.Timesheet;

namespace MlCareer.LoadWriter;

/// <summary>
/// One engineer logging hours slot after slot through <see cref="TimesheetService.SaveWeekAsync"/>, each save
/// in its own scope as a circuit call would be. What the service refused or threw is counted, never retried:
/// it is what a person at the keyboard would have seen.
/// </summary>
public static class TimesheetLoad
{
    /// <summary>The hours written to a slot, so a reader can tell which save a row came from.</summary>
    public static double HoursFor(LoadSlot slot)
    {
        ArgumentNullException.ThrowIfNull(slot);
        return 1 + ((slot.PhaseId + slot.Week.Week) % 8);
    }

    /// <summary>The engineer's slots that hold no hours yet (after a restart, the writer goes on from there).</summary>
    public static async Task<IReadOnlyList<LoadSlot>> RemainingAsync(IServiceProvider services, LoadEngineer engineer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(engineer);
        await using var db = await services.GetRequiredService<IDbContextFactory<MlCareerDbContext>>().CreateDbContextAsync(cancellationToken);
        var logged = (await db.HourLogs.Where(l => l.EngineerId == engineer.EngineerId).Select(l => new { l.PhaseId, l.Week }).ToListAsync(cancellationToken))
            .Select(l => new LoadSlot(l.PhaseId, l.Week)).ToHashSet();
        return [.. engineer.Slots.Where(s => !logged.Contains(s))];
    }

    /// <summary>Saves each slot; <paramref name="acknowledged"/> runs after every save the service confirmed.</summary>
    public static async Task<LoadResult> WriteAsync(
        IServiceProvider services, LoadEngineer engineer, IEnumerable<LoadSlot> slots, Action<LoadSlot>? acknowledged = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(engineer);
        ArgumentNullException.ThrowIfNull(slots);
        var principal = await SignInAsync(services, engineer.UserId);
        var saved = 0;
        var errors = new List<string>();
        foreach (var slot in slots)
        {
            await using var scope = services.CreateAsyncScope();
            var currentUser = ActivatorUtilities.CreateInstance<CurrentUser>(scope.ServiceProvider, new FixedAuthenticationState(principal));
            var timesheet = ActivatorUtilities.CreateInstance<TimesheetService>(scope.ServiceProvider, currentUser);
            try
            {
                var result = await timesheet.SaveWeekAsync(new TimesheetInput(slot.Week, [new TimesheetRowInput(slot.PhaseId, HoursFor(slot), null, null)]), cancellationToken);
                if (result.Succeeded)
                {
                    saved++;
                    acknowledged?.Invoke(slot);
                }
                else
                {
                    errors.Add($"{slot}: {result.Error!.Kind} {result.Error.MessageKey}");
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                errors.Add($"{slot}: {e.GetType().Name}: {e.Message}");
            }
        }

        return new LoadResult(saved, errors);
    }

    /// <summary>The principal a sign-in gives the engineer (with its security stamp), as a circuit holds it.</summary>
    private static async Task<ClaimsPrincipal> SignInAsync(IServiceProvider services, string userId)
    {
        await using var scope = services.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByIdAsync(userId)
            ?? throw new InvalidOperationException($"No user {userId}.");
        return await scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<AppUser>>().CreateAsync(user);
    }

    private sealed class FixedAuthenticationState(ClaimsPrincipal principal) : AuthenticationStateProvider
    {
        public override Task<AuthenticationState> GetAuthenticationStateAsync() => Task.FromResult(new AuthenticationState(principal));
    }
}

/// <summary>Saves the service confirmed, and every refusal or exception a person would have seen.</summary>
public sealed record LoadResult(int Saved, IReadOnlyList<string> Errors);
