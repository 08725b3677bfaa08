using System.Globalization;

namespace MlCareer.Web.Features.Import;

/// <summary>
/// Reads one cell the way the documented columns say: ISO 8601 dates (2026-11-25), ISO weeks (2026-W53),
/// numbers with a dot, <c>true</c>/<c>false</c>. A cell that is not in its form is an error naming the column,
/// never a guess.
/// </summary>
internal static class ImportCells
{
    public static ResultError Error(string column, string key, params object[] args) => new(ErrorKind.Invalid, key, column, args);

    public static ResultError Rule(RuleViolation violation, string column) => ResultError.From(violation, column);

    public static ResultError? Date(CsvRecord row, string column, out DateOnly? date)
    {
        date = null;
        var text = row[column];
        if (text.Length == 0)
        {
            return null;
        }

        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            return Error(column, "Import.BadDate", text);
        }

        date = parsed;
        return null;
    }

    public static ResultError? RequiredDate(CsvRecord row, string column, out DateOnly date)
    {
        var error = Date(row, column, out var parsed);
        date = parsed ?? default;
        return error ?? (parsed is null ? Error(column, "Rules.Required") : null);
    }

    public static ResultError? Whole(CsvRecord row, string column, out int? number)
    {
        number = null;
        var text = row[column];
        if (text.Length == 0)
        {
            return null;
        }

        if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed))
        {
            return Error(column, "Import.BadWhole", text);
        }

        number = parsed;
        return null;
    }

    public static ResultError? PhaseNumber(CsvRecord row, out int number)
    {
        var error = Whole(row, "phase", out var parsed);
        number = parsed ?? 0;
        return error ?? (parsed is null ? Error("phase", "Rules.Required") : parsed < 1 ? Error("phase", "Import.BadPhaseNumber", row["phase"]) : null);
    }

    public static ResultError? Hours(CsvRecord row, string column, out double hours)
    {
        hours = 0;
        var text = row[column];
        if (text.Length == 0)
        {
            return Error(column, "Rules.Required");
        }

        if (!double.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out hours) || !double.IsFinite(hours))
        {
            return Error(column, "Import.BadNumber", text);
        }

        return null;
    }

    public static ResultError? Flag(CsvRecord row, string column, out bool flag)
    {
        var text = row[column];
        flag = text.Equals("true", StringComparison.OrdinalIgnoreCase);
        return text.Length == 0 || flag || text.Equals("false", StringComparison.OrdinalIgnoreCase) ? null : Error(column, "Import.BadFlag", text);
    }

    public static ResultError? Share(CsvRecord row, string column, out Share? share)
    {
        share = null;
        if (Whole(row, column, out var percent) is { } error)
        {
            return error;
        }

        if (percent is not { } p)
        {
            return null;
        }

        if (Core.Common.Share.TryFromPercent(p, column, out var parsed) is { } violation)
        {
            return Rule(violation, column);
        }

        share = parsed;
        return null;
    }
}
