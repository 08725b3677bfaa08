using System.Globalization;
using System.Resources;
using System.Security.Cryptography;
using System.Text;
using CsCheck;
using Microsoft.Data.Sqlite;
using MlCareer.Web.Features;
using MlCareer.Web.Tests.Infrastructure;

namespace MlCareer.Web.Tests.BadInput;

/// <summary>
/// The bad-input property: every generated bad input is refused as Invalid, with a message that exists
/// (on its field when it has one), and the database is as it was — no write was committed to the file
/// (SQLite's data version), every table has its row count, and the tables the call targets hold the same rows.
/// </summary>
public static class Refusal
{
    /// <summary>Cases per property: each one calls the service and reads the database twice.</summary>
    public const long Cases = 40;

    private static readonly ResourceManager Resources = new("MlCareer.Web.Resources.SharedResource", typeof(SharedResource).Assembly);

    public static async Task CheckAsync<T>(AppFixture app, Gen<Bad<T>> bad, Func<T, Task<Result>> call, string[] tables, long cases = Cases, ErrorKind kind = ErrorKind.Invalid)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(bad);
        await using var db = new SqliteConnection(app.Factory.ConnectionString);
        await db.OpenAsync(TestContext.Current.CancellationToken);
        await bad.SampleAsync(async b =>
        {
            var before = await SnapshotAsync(db, tables);

            var result = await call(b.Input);

            IsRefused(result, b.Field, b.ToString(), kind);
            Assert.Equal(before, await SnapshotAsync(db, tables));
        }, iter: cases, threads: 1, print: b => b.ToString());
    }

    /// <summary>Refused as <paramref name="kind"/>, with a message key of the resources and, when <paramref name="field"/> is given, on that field.</summary>
    public static void IsRefused(Result result, string? field, string what, ErrorKind kind = ErrorKind.Invalid)
    {
        ArgumentNullException.ThrowIfNull(result);
        Assert.False(result.Succeeded, $"{what}: accepted");
        Assert.True(result.Error!.Kind == kind, $"{what}: {result.Error.Kind} {result.Error.MessageKey}");
        Assert.True(Resources.GetString(result.Error.MessageKey, CultureInfo.InvariantCulture) is { Length: > 0 }, $"{what}: no message {result.Error.MessageKey}");
        if (field is not null)
        {
            Assert.True(field == result.Error.Field, $"{what}: message on {result.Error.Field ?? "no field"} ({result.Error.MessageKey})");
        }
    }

    /// <summary>
    /// The data version (it moves when any other connection commits), each table's row count, and a hash of every
    /// row of <paramref name="tables"/>.
    /// </summary>
    public static async Task<string> SnapshotAsync(SqliteConnection db, IReadOnlyCollection<string> tables)
    {
        ArgumentNullException.ThrowIfNull(db);
        var ct = TestContext.Current.CancellationToken;
        var all = await TablesAsync(db);
        Assert.Subset(all.ToHashSet(), tables.ToHashSet());
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"data_version={await ScalarAsync(db, "PRAGMA data_version")}\n");
        foreach (var table in all)
        {
            text.Append(CultureInfo.InvariantCulture, $"{table}: {await ScalarAsync(db, $"SELECT COUNT(*) FROM \"{table}\"")} rows");
            if (tables.Contains(table))
            {
                text.Append(CultureInfo.InvariantCulture, $", content {await HashAsync(db, table, ct)}");
            }

            text.Append('\n');
        }

        return text.ToString();
    }

    private static async Task<List<string>> TablesAsync(SqliteConnection db)
    {
        await using var command = db.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name";
        await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        var names = new List<string>();
        while (await reader.ReadAsync(TestContext.Current.CancellationToken))
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }

    private static async Task<string> ScalarAsync(SqliteConnection db, string sql)
    {
        await using var command = db.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(await command.ExecuteScalarAsync(TestContext.Current.CancellationToken), CultureInfo.InvariantCulture)!;
    }

    private static async Task<string> HashAsync(SqliteConnection db, string table, CancellationToken ct)
    {
        await using var command = db.CreateCommand();
        command.CommandText = $"SELECT * FROM \"{table}\" ORDER BY rowid";
        await using var reader = await command.ExecuteReaderAsync(ct);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        while (await reader.ReadAsync(ct))
        {
            for (var i = 0; i < reader.FieldCount; i++)
            {
                hash.AppendData(Encoding.UTF8.GetBytes($"{Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture)}\u001f"));
            }

            hash.AppendData("\u001e"u8);
        }

        return Convert.ToHexString(hash.GetHashAndReset())[..16];
    }
}
