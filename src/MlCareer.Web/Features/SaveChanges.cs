using MlCareer.Data;

namespace MlCareer.Web.Features;

public static class SaveChanges
{
    /// <summary>
    /// Saves, turning a concurrency conflict (someone saved first) or a unique-key race (someone added the
    /// same row at the same moment) into a <see cref="ErrorKind.Conflict"/> result instead of a crash.
    /// </summary>
    public static async Task<Result> TrySaveAsync(this MlCareerDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return Result.Ok();
        }
        catch (DbUpdateConcurrencyException)
        {
            return Result.Fail(InputValidation.Conflict());
        }
        catch (DbUpdateException exception) when (DbErrors.IsUniqueViolation(exception))
        {
            return Result.Fail(InputValidation.Conflict());
        }
    }
}
