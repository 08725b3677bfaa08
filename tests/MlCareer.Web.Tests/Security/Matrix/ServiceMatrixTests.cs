using System.Reflection;

namespace MlCareer.Web.Tests.Security.Matrix;

/// <summary>
/// Every public method of every feature service × the seven actors, called as a crafted circuit call would.
/// Refused cells run first: each must give its rule's refusal and, for a write, leave every table as it was.
/// </summary>
public abstract class ServiceMatrixTests(ServiceMatrixApp app)
{
    public static TheoryData<string> Rows => [.. ServiceMatrix.All.Select(r => r.Key)];

    [Theory]
    [MemberData(nameof(Rows))]
    public async Task ServiceMethod_EachActor_GetsWhatTheRuleSays(string key)
    {
        var world = await app.WorldAsync();
        var row = ServiceMatrix.All.Single(r => r.Key == key);

        var failures = new List<string>();
        foreach (var actor in MatrixApp.Actors.OrderBy(a => Access.IsRefusal(row.Rule.Of(a)) ? 0 : 1))
        {
            failures.AddRange(await RunAsync(row, new Cell(actor, world, app)));
        }

        Assert.True(failures.Count == 0, $"{row.Key} under {row.Rule.Name}:\n" + string.Join("\n", failures));
    }

    [Fact]
    public void ServiceMatrix_EveryPublicServiceMethod_HasARow()
    {
        var services = ServiceMatrix.ServiceTypes();
        var covered = ServiceMatrix.All.Select(r => (r.Service, r.Method)).ToHashSet();

        var missing = services
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly).Select(m => (Type: t, Method: m)))
            .Where(x => !x.Method.IsSpecialName && x.Method.Name != nameof(IDisposable.Dispose))
            .Where(x => x.Method.IsStatic ? !ServiceMatrix.NoCaller.ContainsKey($"{x.Type.Name}.{x.Method.Name}") : !covered.Contains((x.Type, x.Method.Name)))
            .Select(x => $"{x.Type.Name}.{x.Method.Name}")
            .Distinct()
            .ToList();

        Assert.True(services.Count >= 28, $"Only {services.Count} feature services were found.");
        Assert.True(missing.Count == 0, "Not in the authorization matrix: " + string.Join(", ", missing));
    }

    private static async Task<List<string>> RunAsync(MethodCells row, Cell cell)
    {
        var expected = row.Rule.Of(cell.Actor);
        var failures = new List<string>();
        if (row.Arrange is { } arrange)
        {
            cell.Arranged = await arrange(cell);
        }

        var checkStore = row.Writes && Access.IsRefusal(expected);
        var before = checkStore ? await DbFingerprint.TakeAsync(cell.Admin) : null;
        Observed observed;
        try
        {
            observed = Observed.Of(await row.Act(cell));
        }
        catch (Exception e) when (e is not Xunit.Sdk.XunitException)
        {
            return [$"  {cell.Actor}: expected {expected}, threw {e.GetType().Name}: {e.Message}"];
        }

        if (!observed.Matches(expected))
        {
            failures.Add($"  {cell.Actor}: expected {expected}, got {observed.Outcome} ({observed.Detail})");
        }
        else if (expected == Outcome.Own && MatrixWorld.IsOutsider(cell.Actor) && observed.NamesSelf() is { } leaked)
        {
            failures.Add($"  {cell.Actor}: its own answer names \"{leaked}\"");
        }

        if (before is not null && DbFingerprint.Changed(before, await DbFingerprint.TakeAsync(cell.Admin)) is [_, ..] changed)
        {
            failures.Add($"  {cell.Actor}: refused, yet changed {string.Join(", ", changed)}");
        }

        return failures;
    }
}
