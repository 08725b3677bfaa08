using System.Data.Common;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using MlCareer.Web.Tests.Infrastructure;

namespace MlCareer.Web.Tests.Security.Matrix;

/// <summary>
/// Every row of every table of the app's model, read raw and compared as text: a refused write must leave
/// the database exactly as it was, whichever table it might have touched.
/// </summary>
public static class DbFingerprint
{
    public static async Task<IReadOnlyDictionary<string, string>> TakeAsync(AsUser session)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var db = session.Db();
        var tables = db.Model.GetEntityTypes()
            .Where(t => t.GetTableName() is not null && t.GetViewName() is null && t.FindOwnership() is null)
            .Select(t => (Schema: t.GetSchema(), Name: t.GetTableName()!))
            .Distinct()
            .ToList();
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(ct);
        var tableRows = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (schema, name) in tables)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM {(schema is null ? string.Empty : $"\"{schema}\".")}\"{name}\"";
            await using var reader = await command.ExecuteReaderAsync(ct);
            tableRows[name] = await RowsAsync(reader, ct);
        }

        return tableRows;
    }

    /// <summary>The tables whose rows differ between <paramref name="before"/> and <paramref name="after"/>.</summary>
    public static IReadOnlyList<string> Changed(IReadOnlyDictionary<string, string> before, IReadOnlyDictionary<string, string> after) =>
        [.. before.Keys.Union(after.Keys).Where(t => before.GetValueOrDefault(t) != after.GetValueOrDefault(t)).Order(StringComparer.Ordinal)];

    private static async Task<string> RowsAsync(DbDataReader reader, CancellationToken ct)
    {
        var rows = new List<string>();
        while (await reader.ReadAsync(ct))
        {
            var row = new StringBuilder();
            for (var i = 0; i < reader.FieldCount; i++)
            {
                row.Append(Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture)).Append('\u001f');
            }

            rows.Add(row.ToString());
        }

        rows.Sort(StringComparer.Ordinal);
        return string.Join('\n', rows);
    }
}
