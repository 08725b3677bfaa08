using System.Text.Unicode;
using CsvHelper;

namespace MlCareer.Web.Features.Import;

/// <summary>
/// Reads an uploaded CSV file, refusing with a clear message — never guessing — a file over 5 MB, a binary
/// file, a file that is not UTF-8 (UTF-16, or a legacy code page such as Windows-1252 or GBK), a file without
/// the required columns, and a file of more than 50,000 rows. Comma, semicolon and tab separators are read.
/// </summary>
public static class CsvInput
{
    public const int MaxBytes = 5 * 1024 * 1024;
    public const int MaxRows = 50_000;

    private static readonly CsvReaderOptions Options = CsvReaderOptions.Default with
    {
        HasHeader = true,
        TrackLineNumbers = true,
        TrimWhitespace = true,
        MaxRecordSize = 64 * 1024,
        Encoding = System.Text.Encoding.UTF8,
    };

    /// <summary>The table, or the file-level error; <paramref name="progress"/> hears the share of the file read (0–1).</summary>
    public static Result<CsvTable> Read(byte[] bytes, IReadOnlyList<string> required, IProgress<double>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        ArgumentNullException.ThrowIfNull(required);
        if (CheckBytes(bytes) is { } refused)
        {
            return Result<CsvTable>.Fail(refused);
        }

        var offset = bytes.AsSpan().StartsWith("\uFEFF"u8) ? 3 : 0;
        using var csv = CsvReader.Create(bytes.AsMemory(offset), Options);
        var rows = new List<CsvRecord>();
        try
        {
            csv.ReadHeader();
            var columns = csv.Headers.Select(h => h.Trim().ToLowerInvariant()).ToList();
            var missing = required.Where(r => !columns.Contains(r)).ToList();
            if (missing.Count > 0)
            {
                return Result<CsvTable>.Invalid("Import.MissingColumns", null, string.Join(", ", missing), string.Join(", ", required));
            }

            while (csv.Read())
            {
                if (rows.Count == MaxRows)
                {
                    return Result<CsvTable>.Invalid("Import.TooManyRows", null, MaxRows);
                }

                var cells = new Dictionary<string, string>(columns.Count, StringComparer.Ordinal);
                for (var i = 0; i < columns.Count && i < csv.FieldCount; i++)
                {
                    cells.TryAdd(columns[i], (csv.GetString(i) ?? string.Empty).Trim());
                }

                rows.Add(new CsvRecord((int)csv.LineNumber, cells));
                if (rows.Count % 1000 == 0)
                {
                    progress?.Report((double)csv.ByteOffset / bytes.Length);
                }
            }

            progress?.Report(1);
            return Result<CsvTable>.Ok(new CsvTable(columns, rows));
        }
        catch (CsvFormatException)
        {
            return Result<CsvTable>.Invalid("Import.NotCsv");
        }
    }

    /// <summary>The refusal of a file of <paramref name="bytes"/> bytes, over <see cref="MaxBytes"/>.</summary>
    public static ResultError TooLarge(long bytes) =>
        new(ErrorKind.Invalid, "Import.TooLarge", null, Math.Round(bytes / (1024.0 * 1024.0), 1), MaxBytes / (1024 * 1024));

    /// <summary>The file-level refusals that need no parsing: size, binary content, encoding.</summary>
    public static ResultError? CheckBytes(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length > MaxBytes)
        {
            return TooLarge(bytes.Length);
        }

        if (bytes.Length == 0)
        {
            return new ResultError(ErrorKind.Invalid, "Import.Empty");
        }

        if (bytes.StartsWith("\uFEFF"u8) is false && (bytes.StartsWith(new byte[] { 0xFF, 0xFE }) || bytes.StartsWith(new byte[] { 0xFE, 0xFF })))
        {
            return new ResultError(ErrorKind.Invalid, "Import.NotUtf8");
        }

        if (bytes.IndexOf((byte)0) >= 0)
        {
            return new ResultError(ErrorKind.Invalid, "Import.Binary");
        }

        return Utf8.IsValid(bytes) ? null : new ResultError(ErrorKind.Invalid, "Import.NotUtf8");
    }
}
