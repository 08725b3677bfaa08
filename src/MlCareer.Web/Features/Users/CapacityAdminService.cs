using System.Globalization;
using MlCareer.Core.Engineers;
using MlCareer.Data;

namespace MlCareer.Web.Features.Users;

/// <summary>
/// Sets a person's weekly capacity (hours per ISO week), which the workload engine computes with. Only
/// admins may; the value is stored exactly as typed or refused with a message, never clamped.
/// </summary>
public sealed class CapacityAdminService(IDbContextFactory<MlCareerDbContext> contexts, ICurrentUser currentUser, AccountDirectory accounts)
{
    public const string RangeKey = "Accounts.CapacityRange";
    public const string NotANumberKey = "Accounts.CapacityNotANumber";

    /// <summary>
    /// Stores <paramref name="input"/>'s hours, read in the current culture. Invalid (under the Hours field)
    /// for text that isn't a plain number or a value outside 1–168; Conflict when the profile changed since
    /// the form was read; NotFound when the person has no profile. On any failure nothing is stored.
    /// </summary>
    public async Task<Result> SetAsync(CapacityInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!await currentUser.IsInRoleAsync(Roles.Admin))
        {
            return Result.Forbidden();
        }

        if (InputValidation.Validate(input) is { } invalid)
        {
            return Result.Fail(invalid);
        }

        var culture = CultureInfo.CurrentCulture;
        if (!input.TryReadHours(culture, out var hours))
        {
            return Result.Invalid(NotANumberKey, nameof(CapacityInput.Hours), 37.5.ToString(culture));
        }

        if (!EngineerProfile.IsValidCapacity(hours))
        {
            return Result.Invalid(RangeKey, nameof(CapacityInput.Hours), EngineerProfile.MinCapacityHours, Hours.MaxPerWeek);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var profile = await db.Engineers.FirstOrDefaultAsync(e => e.UserId == input.UserId, cancellationToken);
        if (profile is null)
        {
            return Result.Fail(InputValidation.NotFound());
        }

        db.Entry(profile).Property(p => p.Version).OriginalValue = input.Version;
        RuleViolationException.ThrowIf(profile.TrySetCapacity(hours));
        var saved = await db.TrySaveAsync(cancellationToken);
        accounts.Forget(input.UserId);
        return saved;
    }
}
