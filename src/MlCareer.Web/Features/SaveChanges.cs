using MlCareer.Data;

namespace MlCareer.Web.Features;

public static class SaveChanges
{
    /// <summary>Saves, turning a concurrency conflict (someone saved first) into a <see cref="ErrorKind.Conflict"/> result.</summary>
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
    }
}
