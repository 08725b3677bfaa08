using System.Text.Json;
using System.Text.Json.Serialization;
using MlCareer.Core.Activities;

namespace MlCareer.Data.Seeding;

/// <summary>
/// Adds the catalog entries of the brief that are missing (matched by key). Entries already stored,
/// edited or archived by an admin, are left as they are, so seeding can run at every start.
/// </summary>
public static class CatalogSeeder
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    /// <summary>The seeded entries, each built through <see cref="SideActivity.Create"/> and so checked by the catalog rules.</summary>
    public static IReadOnlyList<SideActivity> LoadDefaults()
    {
        using var stream = typeof(CatalogSeeder).Assembly.GetManifestResourceStream("MlCareer.Data.Seeding.catalog.json")
            ?? throw new InvalidOperationException("The activity catalog resource is missing.");
        var entries = JsonSerializer.Deserialize<List<CatalogEntry>>(stream, JsonOptions) ?? [];
        return [.. entries.Select(e => SideActivity.Create(e.Key, e.ToDraft()))];
    }

    public static async Task<int> SeedAsync(MlCareerDbContext db, CancellationToken cancellationToken)
    {
        var existing = await db.SideActivities.Select(a => a.Key).ToListAsync(cancellationToken);
        var missing = LoadDefaults().Where(a => !existing.Contains(a.Key)).ToList();
        db.SideActivities.AddRange(missing);
        await db.SaveChangesAsync(cancellationToken);
        return missing.Count;
    }

    private sealed record CatalogEntry(
        string Key,
        ActivityKind Kind,
        string Title,
        string TitleZh,
        string? Description,
        string? DescriptionZh,
        string? Link,
        double MinHoursPerWeek,
        double MaxHoursPerWeek,
        int MinWeeks,
        CommitmentShape Commitment,
        int? CommitmentWeeks,
        bool IsInterruptible,
        bool NeedsTeam,
        PayBasis Pay,
        decimal? PayAmount,
        string? PayCurrency,
        ActivityBenefits Benefits,
        List<string>? Skills,
        string? Industry)
    {
        public SideActivityDraft ToDraft() => new(
            Kind, Title, TitleZh, Description, DescriptionZh, Link, MinHoursPerWeek, MaxHoursPerWeek, MinWeeks, Commitment, CommitmentWeeks,
            IsInterruptible, NeedsTeam, Pay, PayAmount, PayCurrency, Benefits, Skills ?? [], Industry);
    }
}
