using CsCheck;
using Microsoft.Data.Sqlite;
using MlCareer.Core.Common;
using MlCareer.Web.Features.Import;
using MlCareer.Web.Tests.Infrastructure;
using static MlCareer.Web.Tests.BadInput.BadValues;
using static MlCareer.Web.Tests.Import.ImportFiles;

namespace MlCareer.Web.Tests.BadInput;

/// <summary>
/// An hours file with one bad cell among good rows: the row says what is wrong and the import stores nothing. A NUL
/// refuses the whole file (binary), and cells are trimmed of whitespace, NEL included, so the control characters
/// here sit inside the note.
/// </summary>
[Collection(BadInputApp.Name)]
public sealed class ImportBadInputTests(SqliteApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Gen<(string Column, string Week, string Phase, string Hours, string Note)> BadCell => Gen.OneOf(
        Gen.OneOf(Gen.Const("abc"), Gen.Const("1e9"), Gen.Const("12,5"), Gen.Const("NaN"), Gen.Const("∞"), Gen.Const("0x20"), Gen.Const("4h"), Gen.Const("--2"))
            .Select(h => ("hours", Week(0), "5", h, "")),
        Outside(0, Hours.MaxPerWeek).Where(double.IsFinite).Select(h => ("hours", Week(0), "5", h.ToString("R", System.Globalization.CultureInfo.InvariantCulture), "")),
        Gen.OneOf(Gen.Const("1.5"), Gen.Const("x"), Gen.Const("0"), Gen.Const("-1"), Gen.Const("99999999999")).Select(p => ("phase", Week(0), p, "2", "")),
        Gen.OneOf(Gen.Const("2026-W99"), Gen.Const("2025-W53"), Gen.Const("26-W1"), Gen.Const("2026/48"), Gen.Const("abc")).Select(w => ("week", w, "5", "2", "")),
        Gen.OneOf(Overlong(FieldLengths.Note), Word.SelectMany(w => WithControl(w, multiline: true)).Where(n => !n.Contains('\0', StringComparison.Ordinal) && !char.IsWhiteSpace(n[0]) && !char.IsWhiteSpace(n[^1])))
            .Select(n => ("note", Week(0), "5", "2", n)));

    [Fact]
    public async Task ImportHours_OneBadCell_TheRowSaysWhyAndNothingIsStored()
    {
        await using var ana = await AsUser.SignInAsync(app.Factory, BadInputApp.Ana);
        var imports = ana.Service<ImportService>();
        await using var db = new SqliteConnection(app.Factory.ConnectionString);
        await db.OpenAsync(Ct);

        await BadCell.SampleAsync(async c =>
        {
            var file = Utf8("week,project,phase,hours,note", $"{Week(1)},{BadInputApp.Churn},5,3,good", $"\"{c.Week}\",{BadInputApp.Churn},\"{c.Phase}\",\"{c.Hours}\",\"{c.Note}\"");
            var before = await Refusal.SnapshotAsync(db, ["HourLogs"]);

            var preview = await imports.PreviewAsync(ImportKind.Hours, file, cancellationToken: Ct);
            var imported = await imports.ImportAsync(ImportKind.Hours, file, cancellationToken: Ct);

            Assert.Null(preview.FileError);
            Assert.True(preview.Rows[0].IsValid, preview.Rows[0].Error?.MessageKey);
            Refusal.IsRefused(Web.Features.Result.Fail(preview.Rows[1].Error ?? new(Web.Features.ErrorKind.Conflict, "accepted")), c.Column, $"row with {c}");
            Refusal.IsRefused(imported, null, $"import with {c}");
            Assert.Equal(before, await Refusal.SnapshotAsync(db, ["HourLogs"]));
        }, iter: Refusal.Cases, threads: 1, print: c => $"{c.Column}: {c.Week},{c.Phase},{c.Hours},{c.Note[..Math.Min(c.Note.Length, 40)]}");
    }
}
