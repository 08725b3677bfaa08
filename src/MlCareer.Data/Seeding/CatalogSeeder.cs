using System.Text.Json;
using System.Text.Json.Serialization;
using MlCareer.Core.Activities;

namespace MlCareer.Data.Seeding;

/// <summary>
/// Adds the catalog entries of the brief that are missing (matched by key). Entries an admin has
/// edited are left as they are, so seeding can run at every start.
/// </summary>
public static class CatalogSeeder
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public static IReadOnlyList<SideActivity> LoadDefaults()
    {
        using var stream = typeof(CatalogSeeder).Assembly.GetManifestResourceStream("MlCareer.Data.Seeding.catalog.json")
            ?? throw new InvalidOperationException("The activity catalog resource is missing.");
        var entries = JsonSerializer.Deserialize<List<CatalogEntry>>(stream, JsonOptions) ?? [];
        return [.. entries.Select(e => e.ToActivity())];
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
        string? TitleZh,
        string? Description,
        string? DescriptionZh,
        double HoursPerWeek,
        int MinWeeks,
        int? CommitmentWeeks,
        bool IsInterruptible,
        bool IsTeamActivity,
        decimal? PayPerHour,
        List<string>? Skills)
    {
        public SideActivity ToActivity() => new()
        {
            Key = Key,
            Kind = Kind,
            Title = Title,
            TitleZh = TitleZh,
            Description = Description,
            DescriptionZh = DescriptionZh,
            HoursPerWeek = new Hours(HoursPerWeek),
            MinWeeks = MinWeeks,
            CommitmentWeeks = CommitmentWeeks,
            IsInterruptible = IsInterruptible,
            IsTeamActivity = IsTeamActivity,
            PayPerHour = PayPerHour is { } pay ? Money.Usd(pay) : null,
            Skills = Skills ?? [],
        };
    }
}
