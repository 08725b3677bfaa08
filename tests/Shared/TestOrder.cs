using Xunit.Sdk;
using Xunit.v3;

[assembly: TestCaseOrderer(typeof(MlCareer.Testing.TestOrder))]
[assembly: TestCollectionOrderer(typeof(MlCareer.Testing.TestOrder))]
[assembly: TestClassOrderer(typeof(MlCareer.Testing.TestOrder))]
[assembly: TestMethodOrderer(typeof(MlCareer.Testing.TestOrder))]

namespace MlCareer.Testing;

/// <summary>
/// Runs test collections, the classes in each, the test methods in each class and the cases of each method in
/// the order of their names, wherever the assembly lies, so a run in one folder is a run in any other. xunit's
/// own order is a hash that includes the assembly's path: a clean clone in another folder ran tests that share
/// a fixture in another order, and a test that read what another had changed failed only there. (xunit v3 orders
/// each level with its own orderer: ordering only cases and collections left the methods of a class in hash
/// order, so the same tests ran in one order on SQLite and in another on PostgreSQL.) With <c>MLCAREER_TEST_ORDER_SEED</c> set, the order is shuffled by that seed,
/// so that a test depending on another's leftovers shows up on purpose, and again with the same seed.
/// </summary>
public sealed class TestOrder : ITestCaseOrderer, ITestMethodOrderer, ITestClassOrderer, ITestCollectionOrderer
{
    public const string SeedVariable = "MLCAREER_TEST_ORDER_SEED";

    /// <summary>The seed of a shuffled run, or null for the order of names.</summary>
    public static int? Seed => int.TryParse(Environment.GetEnvironmentVariable(SeedVariable), out var seed) ? seed : null;

    public IReadOnlyCollection<TTestCase> OrderTestCases<TTestCase>(IReadOnlyCollection<TTestCase> testCases)
        where TTestCase : notnull, ITestCase =>
        Arrange(testCases, c => c.TestCaseDisplayName);

    public IReadOnlyCollection<TTestMethod?> OrderTestMethods<TTestMethod>(IReadOnlyCollection<TTestMethod?> testMethods)
        where TTestMethod : notnull, ITestMethod =>
        Arrange(testMethods, m => m?.MethodName ?? string.Empty);

    public IReadOnlyCollection<TTestClass?> OrderTestClasses<TTestClass>(IReadOnlyCollection<TTestClass?> testClasses)
        where TTestClass : notnull, ITestClass =>
        Arrange(testClasses, c => c?.TestClassName ?? string.Empty);

    public IReadOnlyCollection<TTestCollection> OrderTestCollections<TTestCollection>(IReadOnlyCollection<TTestCollection> testCollections)
        where TTestCollection : ITestCollection =>
        Arrange(testCollections, c => c.TestCollectionDisplayName);

    private static List<T> Arrange<T>(IEnumerable<T> items, Func<T, string> name)
    {
        var ordered = items.OrderBy(name, StringComparer.Ordinal).ToList();
        if (Seed is { } seed)
        {
            var random = new Random(seed);
            for (var i = ordered.Count - 1; i > 0; i--)
            {
                var j = random.Next(i + 1);
                (ordered[i], ordered[j]) = (ordered[j], ordered[i]);
            }
        }

        return ordered;
    }
}
