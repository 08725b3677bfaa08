using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CsCheck;
using Microsoft.Data.Sqlite;
using MlCareer.Core.Common;
using MlCareer.Core.Security;
using MlCareer.Web.Features.Timesheet;
using MlCareer.Web.Tests.Infrastructure;
using static MlCareer.Web.Tests.BadInput.BadValues;

namespace MlCareer.Web.Tests.BadInput;

/// <summary>A week of hours, through the timesheet service and through the REST API with a read-write token.</summary>
[Collection(BadInputApp.Name)]
public sealed class TimesheetBadInputTests(SqliteApp app)
{
    private static readonly string[] HourTables = ["HourLogs"];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SaveWeek_OutOfRangeHoursOrBadNote_RefusedOnTheCellAndNothingStored()
    {
        await using var ana = await AsUser.SignInAsync(app.Factory, BadInputApp.Ana);
        var timesheet = ana.Service<TimesheetService>();
        var week = MlCareerWebFactory.ThisWeek;
        var rows = (await timesheet.GetWeekAsync(week, Ct)).Value!.Rows;
        var (phase, other) = (rows[0], rows[1]);
        TimesheetInput Week(TimesheetRowInput bad) => new(week, [bad, new(other.PhaseId, 4, "fine", other.Version)]);
        var bad = Gen.OneOf(
            Outside(0, Hours.MaxPerWeek).Select(h => new Bad<TimesheetInput>($"{h} hours", TimesheetFields.Hours(phase.PhaseId), Week(new(phase.PhaseId, h, null, phase.Version)))),
            Gen.OneOf(Overlong(FieldLengths.Note), ControlText(multiline: true)).Select(n =>
                new Bad<TimesheetInput>("bad note", TimesheetFields.Note(phase.PhaseId), Week(new(phase.PhaseId, 2, n, phase.Version)))),
            Gen.Select(Gen.Double[Hours.MaxPerWeek - 3.99, Hours.MaxPerWeek], h =>
                new Bad<TimesheetInput>($"{h} + 4 hours in the week", TimesheetFields.Total, Week(new(phase.PhaseId, h, null, phase.Version)))));

        await Refusal.CheckAsync(app, bad, async w => await timesheet.SaveWeekAsync(w, Ct), HourTables);
    }

    [Fact]
    public async Task PutWeek_MalformedJsonNumbersOrWeeks_400ProblemWithAMessageAndNothingStored()
    {
        using var client = await ApiClient.ForAsync(app.Factory, BadInputApp.Ana, TokenAccess.ReadWrite);
        var week = MlCareerWebFactory.ThisWeek.ToString();
        var phaseId = (await client.GetFromJsonAsync<JsonElement>($"/api/v1/me/hours/{week}", Ct)).GetProperty("rows")[0].GetProperty("phaseId").GetInt32();
        string Row(string phase, string hours, string version = "null") => $$"""{"rows":[{"phaseId":{{phase}},"hours":{{hours}},"note":null,"version":{{version}}}]}""";
        var id = phaseId.ToString(CultureInfo.InvariantCulture);
        var badBody = Gen.OneOf(
            Gen.OneOf(Gen.Const("\"abc\""), Gen.Const("\"12,5\""), Gen.Const("NaN"), Gen.Const("\"NaN\""), Gen.Const("Infinity"), Gen.Const("1e999"), Gen.Const("-1e999"),
                Gen.Const("0x20"), Gen.Const("12,5"), Gen.Const("true"), Gen.Const("[]"), Gen.Const("{}")).Select(h => (week, Row(id, h))),
            Outside(0, Hours.MaxPerWeek).Where(double.IsFinite).Select(h => (week, Row(id, h.ToString("R", CultureInfo.InvariantCulture)))),
            Gen.OneOf(Gen.Const("1.5"), Gen.Const("\"x\""), Gen.Const("99999999999"), Gen.Const("null"), Gen.Const("-1e3")).Select(p => (week, Row(p, "2"))),
            Gen.OneOf(Gen.Const("\"not-a-guid\""), Gen.Const("42")).Select(v => (week, Row(id, "2", v))),
            Gen.OneOf(Gen.Const("{\"rows\":5}"), Gen.Const("{\"rows\":null}"), Gen.Const("[]"), Gen.Const("{ not json"), Gen.Const("")).Select(b => (week, b)),
            Gen.OneOf(Gen.Const("2026-W99"), Gen.Const("2025-W53"), Gen.Const("2026-W00"), Gen.Const("0000-W01"), Gen.Const("2026-13"), Gen.Const("abc"), Gen.Const("2026-W4.8"))
                .Select(w => (w, Row(id, "2"))));
        await using var db = new SqliteConnection(app.Factory.ConnectionString);
        await db.OpenAsync(Ct);

        await badBody.SampleAsync(async c =>
        {
            var before = await Refusal.SnapshotAsync(db, HourTables);
            using var content = new StringContent(c.Item2, Encoding.UTF8, "application/json");

            using var response = await client.PutAsync($"/api/v1/me/hours/{c.Item1}", content, Ct);

            var body = await response.Content.ReadAsStringAsync(Ct);
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{c}: {(int)response.StatusCode} {body}");
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            var problem = JsonDocument.Parse(body).RootElement;
            Assert.False(string.IsNullOrWhiteSpace(problem.TryGetProperty("detail", out var detail) ? detail.GetString() : problem.GetProperty("title").GetString()), body);
            Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
            Assert.Equal(before, await Refusal.SnapshotAsync(db, HourTables));
        }, iter: Refusal.Cases, threads: 1, print: c => $"PUT {c.Item1} {c.Item2[..Math.Min(c.Item2.Length, 120)]}");
    }
}
