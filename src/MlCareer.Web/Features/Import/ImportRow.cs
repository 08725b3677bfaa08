namespace MlCareer.Web.Features.Import;

/// <summary>A row of the preview: its line in the file, its cells, and what is wrong with it (null when it can be imported).</summary>
public sealed record ImportRow(int Line, IReadOnlyList<string> Cells, ResultError? Error)
{
    public bool IsValid => Error is null;
}

/// <summary>
/// What an upload would import: every row checked, or the file refused as a whole (<see cref="FileError"/>).
/// Nothing is stored by a preview; an import stores all rows or none.
/// </summary>
public sealed record ImportPreview(ImportKind Kind, IReadOnlyList<string> Columns, IReadOnlyList<ImportRow> Rows, ResultError? FileError)
{
    public int ErrorCount => Rows.Count(r => !r.IsValid);

    public bool CanImport => FileError is null && Rows.Count > 0 && Rows.All(r => r.IsValid);

    public static ImportPreview Refused(ImportKind kind, ResultError error) => new(kind, [], [], error);
}

/// <summary>What an import stored: the number of rows, and the projects it created (for a plan).</summary>
public sealed record ImportOutcome(int Rows, IReadOnlyList<int> ProjectIds);
