using MlCareer.Core.Projects;
using MlCareer.Data;

namespace MlCareer.Web.Features.Import;

/// <summary>
/// Imports a project plan or hour logs from CSV. <see cref="PreviewAsync"/> checks every row and stores
/// nothing; <see cref="ImportAsync"/> checks the same file again inside one transaction (in the context's
/// execution strategy) and stores every row or none. Plans become projects of the caller's team with the caller
/// assigned; hours are always the caller's own, so a lead can't write a member's hours by import either.
/// </summary>
public sealed class ImportService(IDbContextFactory<MlCareerDbContext> contexts, ICurrentUser currentUser, TimeProvider time)
{
    /// <summary>Rows stored per round trip to the database while importing.</summary>
    public const int Batch = 2000;

    public async Task<ImportPreview> PreviewAsync(ImportKind kind, byte[] bytes, IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return (await CheckAsync(db, kind, bytes, progress, cancellationToken)).Preview;
    }

    /// <summary>Stores the file when every row passes; otherwise stores nothing and says how many rows are wrong.</summary>
    public async Task<Result<ImportOutcome>> ImportAsync(
        ImportKind kind, byte[] bytes, int allocationPercent = Allocation.DefaultPercent, IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (kind == ImportKind.Plan && Allocation.TryFromPercent(allocationPercent, "allocation", out _) is { } badAllocation)
        {
            return Result<ImportOutcome>.Invalid(badAllocation);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async ct =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var (preview, work) = await CheckAsync(db, kind, bytes, progress, ct);
            if (preview.FileError is { } refused)
            {
                return Result<ImportOutcome>.Fail(refused);
            }

            if (!preview.CanImport || work is null)
            {
                return Result<ImportOutcome>.Invalid("Import.HasErrors", null, preview.ErrorCount);
            }

            var outcome = await work.StoreAsync(db, allocationPercent, fraction => progress?.Report(new ImportProgress(ImportStage.Storing, fraction)), ct);
            await transaction.CommitAsync(ct);
            return Result<ImportOutcome>.Ok(outcome);
        }, cancellationToken);
    }

    private async Task<(ImportPreview Preview, ImportWork? Work)> CheckAsync(
        MlCareerDbContext db, ImportKind kind, byte[] bytes, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        if (await currentUser.GetCallerAsync(db, cancellationToken) is not { } caller)
        {
            return (ImportPreview.Refused(kind, new ResultError(ErrorKind.Forbidden, "Errors.Forbidden")), null);
        }

        var reading = new Progress<double>(fraction => progress?.Report(new ImportProgress(ImportStage.Reading, fraction)));
        var table = CsvInput.Read(bytes, kind == ImportKind.Plan ? PlanImport.Required : HourImport.Required, reading);
        if (table.Value is not { } rows)
        {
            return (ImportPreview.Refused(kind, table.Error!), null);
        }

        progress?.Report(new ImportProgress(ImportStage.Checking, 0));
        var checkedFile = kind == ImportKind.Plan
            ? await ImportWork.CheckPlanAsync(db, caller, rows, time.Today(), cancellationToken)
            : await ImportWork.CheckHoursAsync(db, caller, rows, time.Today(), cancellationToken);
        progress?.Report(new ImportProgress(ImportStage.Checking, 1));
        return checkedFile;
    }
}
