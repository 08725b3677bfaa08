using System.Globalization;
using CsvHelper;

namespace MlCareer.Web.Features.Export;

/// <summary>
/// A CSV download: UTF-8 (with a byte-order mark, so spreadsheet programs read non-Latin names right), a
/// header row, ISO weeks as <c>2026-W53</c>, ISO 8601 dates, numbers with a dot. Cells that a spreadsheet
/// would run as a formula (starting with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>) are escaped.
/// </summary>
public sealed record CsvFile(string FileName, byte[] Content)
{
    public const string ContentType = "text/csv; charset=utf-8";

    private static readonly CsvWriterOptions Options = CsvWriterOptions.Default with
    {
        WriteByteOrderMark = true,
        Injection = CsvInjection.Escape,
    };

    public static CsvFile Write(string fileName, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string?>> rows)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(rows);
        using var stream = new MemoryStream();
        using (var csv = CsvWriter.Create(stream, Options, true))
        {
            foreach (var name in header)
            {
                csv.WriteField(name);
            }

            csv.EndRecord();
            foreach (var row in rows)
            {
                foreach (var cell in row)
                {
                    csv.WriteField(cell ?? string.Empty);
                }

                csv.EndRecord();
            }
        }

        return new CsvFile(fileName, stream.ToArray());
    }

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string? Date(DateOnly? date) => date is { } d ? Date(d) : null;

    public static string Number(double value) => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);

    public static string? Number(double? value) => value is { } v ? Number(v) : null;

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Flag(bool value) => value ? "true" : "false";
}
