using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using MlCareer.Data;
using MlCareer.Data.Backup;

namespace MlCareer.Web.Features.Backup;

/// <summary>A backup file in the backup folder: its name, size in bytes and when it was taken (UTC).</summary>
public sealed record BackupFile(string Name, long SizeBytes, DateTimeOffset TakenAt);

/// <summary>
/// The backup folder of this node. Backups are named <c>mlcareer-yyyyMMdd-HHmmss.db</c> (UTC) and only such
/// names are ever listed or served, so a download can never reach another file. One backup runs at a time.
/// </summary>
public sealed partial class BackupStore(IDbContextFactory<MlCareerDbContext> contexts, IOptions<BackupOptions> options, IHostEnvironment environment) : IDisposable
{
    private const string TimeFormat = "yyyyMMdd-HHmmss";

    private readonly SemaphoreSlim _oneAtATime = new(1, 1);

    public string Folder { get; } = Path.GetFullPath(options.Value.Folder, environment.ContentRootPath);

    public IReadOnlyList<BackupFile> List() =>
        !Directory.Exists(Folder)
            ? []
            : [.. Directory.EnumerateFiles(Folder).Select(path => Describe(new FileInfo(path))).OfType<BackupFile>().OrderByDescending(f => f.Name, StringComparer.Ordinal)];

    /// <summary>The backup of that exact name, or null for any other name.</summary>
    public FileInfo? Find(string name) =>
        BackupName().IsMatch(name) && new FileInfo(Path.Combine(Folder, name)) is { Exists: true } file ? file : null;

    /// <summary>Takes a backup of the live SQLite database now, named after <paramref name="now"/>.</summary>
    public async Task<BackupFile> BackUpAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        await _oneAtATime.WaitAsync(cancellationToken);
        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var stem = $"mlcareer-{now.UtcDateTime.ToString(TimeFormat, CultureInfo.InvariantCulture)}";
            var name = Enumerable.Range(1, int.MaxValue).Select(n => n == 1 ? $"{stem}.db" : $"{stem}-{n}.db")
                .First(candidate => !File.Exists(Path.Combine(Folder, candidate)));
            var path = Path.Combine(Folder, name);
            await SqliteBackup.BackUpAsync(db.Database.GetConnectionString()!, path, cancellationToken);
            return Describe(new FileInfo(path))!;
        }
        finally
        {
            _oneAtATime.Release();
        }
    }

    public void Dispose() => _oneAtATime.Dispose();

    private static BackupFile? Describe(FileInfo file)
    {
        var match = BackupName().Match(file.Name);
        return match.Success
            ? new BackupFile(file.Name, file.Length, DateTime.SpecifyKind(DateTime.ParseExact(match.Groups[1].Value, TimeFormat, CultureInfo.InvariantCulture), DateTimeKind.Utc))
            : null;
    }

    [GeneratedRegex(@"^mlcareer-(\d{8}-\d{6})(-\d+)?\.db$")]
    private static partial Regex BackupName();
}
