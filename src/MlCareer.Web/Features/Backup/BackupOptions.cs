using System.ComponentModel.DataAnnotations;

namespace MlCareer.Web.Features.Backup;

/// <summary>Where the admin page keeps SQLite backups; a relative folder is under the content root.</summary>
public sealed class BackupOptions
{
    public const string SectionName = "Backup";

    [Required]
    public string Folder { get; set; } = "data/backups";
}
