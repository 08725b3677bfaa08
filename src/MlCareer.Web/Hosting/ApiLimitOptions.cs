using System.ComponentModel.DataAnnotations;

namespace MlCareer.Web.Hosting;

/// <summary>
/// How many API requests one personal access token may make in a fixed window (per node); beyond that the
/// answer is 429 with <c>Retry-After</c>. The default, 300 a minute, is five a second: plenty for a script
/// or a dashboard, and a runaway loop is slowed before it loads the database.
/// </summary>
public sealed class ApiLimitOptions
{
    public const string SectionName = "RateLimits:Api";

    [Range(1, 100_000_000)]
    public int PermitsPerToken { get; set; } = 300;

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);

    public bool IsValid() => Window > TimeSpan.Zero;
}
