using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using MlCareer.Core.Common;
using MlCareer.Web.Tests.Infrastructure;

namespace MlCareer.Web.Tests.Reliability;

/// <summary>
/// The app, writing hours for eight engineers on a SQLite file, is killed with SIGKILL (kill -9) five times,
/// each time after a different number of confirmed saves. After every kill the file passes
/// <c>PRAGMA integrity_check</c> and holds every save the app had confirmed, with its hours.
/// </summary>
public sealed class KillDuringWritesTests : IDisposable
{
    private const int Kills = 5;

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "mlcareer-tests", Guid.NewGuid().ToString("N"));

    public KillDuringWritesTests() => Directory.CreateDirectory(_folder);

    [Fact]
    public async Task KillNine_DuringWriteLoad_FileIsIntactAndEveryAcknowledgedWriteIsThere()
    {
        var database = Path.Combine(_folder, "mlcareer.db");
        var acknowledged = new Dictionary<(int Engineer, int Phase, IsoWeek Week), double>();
        var random = new Random(2026);
        var clock = Stopwatch.StartNew();

        for (var kill = 1; kill <= Kills; kill++)
        {
            var acksBeforeKill = random.Next(100, 400);
            await using var app = AppProcess.Start(AppProcess.LoadWriterDll, _folder,
                "--urls=http://127.0.0.1:0", $"--ConnectionStrings:MlCareer=Data Source={database}", "--Admin:Password=Load-Admin-Password-1");
            var seen = 0;
            await foreach (var line in app.ReadLinesAsync())
            {
                if (Ack(line) is { } ack)
                {
                    acknowledged[ack.Key] = ack.Hours;
                    if (++seen == acksBeforeKill)
                    {
                        app.KillHard();
                    }
                }
            }

            await app.WaitForExitAsync();
            Assert.True(seen >= acksBeforeKill, $"Kill {kill}: the writer stopped after {seen} saves. {app.ErrorOutput}");

            Assert.Equal("ok", await IntegrityCheckAsync(database));
            var stored = await StoredAsync(database);
            var lost = acknowledged.Where(a => !stored.TryGetValue(a.Key, out var hours) || hours != a.Value).Select(a => $"{a.Key}").ToList();
            Assert.Empty(lost);
            TestContext.Current.TestOutputHelper?.WriteLine(
                $"kill {kill}: SIGKILL after {acksBeforeKill} saves of this run ({seen} acknowledged in this run), integrity ok, {acknowledged.Count} acknowledged so far, {stored.Count} rows, none lost");
        }

        TestContext.Current.TestOutputHelper?.WriteLine($"{Kills} kills, {acknowledged.Count} acknowledged saves, all present, integrity ok, {clock.Elapsed.TotalSeconds:F1} s");
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private static ((int, int, IsoWeek) Key, double Hours)? Ack(string line) =>
        line.Split(' ') is ["ack", var engineer, var phase, var week, var hours]
            ? ((int.Parse(engineer, CultureInfo.InvariantCulture), int.Parse(phase, CultureInfo.InvariantCulture), IsoWeek.Parse(week)), double.Parse(hours, CultureInfo.InvariantCulture))
            : null;

    /// <summary>Opened read-write, as the next start of the app would: SQLite first recovers the write-ahead log.</summary>
    private static async Task<string> IntegrityCheckAsync(string database)
    {
        await using var connection = new SqliteConnection($"Data Source={database};Pooling=False");
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check;";
        return (string)(await command.ExecuteScalarAsync(TestContext.Current.CancellationToken))!;
    }

    private static async Task<Dictionary<(int, int, IsoWeek), double>> StoredAsync(string database)
    {
        var stored = new Dictionary<(int, int, IsoWeek), double>();
        await using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT EngineerId, PhaseId, Week, Hours FROM HourLogs";
        await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        while (await reader.ReadAsync(TestContext.Current.CancellationToken))
        {
            stored[(reader.GetInt32(0), reader.GetInt32(1), IsoWeek.FromKey(reader.GetInt32(2)))] = reader.GetDouble(3);
        }

        return stored;
    }
}
