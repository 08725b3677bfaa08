using System.Collections;
using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;

namespace MlCareer.Web.Tests.Localization;

public partial class ResourceTests
{
    private static readonly ResourceManager Resources = new("MlCareer.Web.Resources.SharedResource", typeof(SharedResource).Assembly);

    [Fact]
    public void Chinese_HasEveryEnglishKey_NonEmptyAndWithTheSamePlaceholders()
    {
        var english = Read(CultureInfo.InvariantCulture);
        var chinese = Read(CultureInfo.GetCultureInfo("zh-Hans"));

        Assert.Empty(english.Keys.Except(chinese.Keys));
        Assert.Empty(chinese.Keys.Except(english.Keys));
        Assert.All(english, e =>
        {
            Assert.False(string.IsNullOrWhiteSpace(chinese[e.Key]), e.Key);
            Assert.Equal(Placeholders(e.Value), Placeholders(chinese[e.Key]));
        });
    }

    [Fact]
    public void EveryKeyUsedInTheUi_Exists()
    {
        var english = Read(CultureInfo.InvariantCulture);
        var root = FindRepositoryRoot();
        var used = Directory.EnumerateFiles(Path.Combine(root, "src", "MlCareer.Web"), "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".razor", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => UsedKey().Matches(File.ReadAllText(f)).Select(m => (File: Path.GetFileName(f), Key: m.Groups[1].Value)))
            .ToList();

        Assert.NotEmpty(used);
        Assert.Empty(used.Where(u => !english.ContainsKey(u.Key)).Select(u => $"{u.File}: {u.Key}"));
    }

    private static Dictionary<string, string> Read(CultureInfo culture) =>
        Resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false)!
            .Cast<DictionaryEntry>()
            .ToDictionary(e => (string)e.Key, e => (string)e.Value!);

    private static string[] Placeholders(string text) => [.. Placeholder().Matches(text).Select(m => m.Value).Order(StringComparer.Ordinal)];

    /// <summary>The folder holding MlCareer.sln, above the test output or, for outputs elsewhere, above the working directory.</summary>
    private static string FindRepositoryRoot() =>
        new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() }
            .Select(start => FindAbove(new DirectoryInfo(start)))
            .FirstOrDefault(found => found is not null)
        ?? throw new InvalidOperationException("MlCareer.sln not found above the test output or the working directory.");

    private static string? FindAbove(DirectoryInfo? dir)
    {
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "MlCareer.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName;
    }

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex("""L\["([A-Za-z]+\.[A-Za-z.]+)"[\],]""")]
    private static partial Regex UsedKey();
}
