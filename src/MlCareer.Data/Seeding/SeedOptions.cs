using System.ComponentModel.DataAnnotations;

namespace MlCareer.Data.Seeding;

/// <summary>The first admin. Without a password in configuration, one is generated and printed once.</summary>
public sealed class AdminOptions
{
    public const string SectionName = "Admin";

    [Required]
    [EmailAddress]
    public string Email { get; set; } = "admin@mlcareer.local";

    public string? Password { get; set; }
}

/// <summary>Whether to create the demo organisation on first run.</summary>
public sealed class DemoOptions
{
    public const string SectionName = "Demo";

    public bool Enabled { get; set; }
}
