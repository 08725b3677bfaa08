namespace MlCareer.Web.Features.Import;

/// <summary>One data row of an uploaded CSV file: its line in the file (the header is line 1) and its cells by column.</summary>
public sealed record CsvRecord(int Line, IReadOnlyDictionary<string, string> Cells)
{
    /// <summary>The trimmed cell of <paramref name="column"/>, or an empty string when the file has no such column.</summary>
    public string this[string column] => Cells.TryGetValue(column, out var value) ? value : string.Empty;
}

/// <summary>The columns and rows of an uploaded CSV file that passed the file checks.</summary>
public sealed record CsvTable(IReadOnlyList<string> Columns, IReadOnlyList<CsvRecord> Rows);
