namespace MlCareer.Core.Notifications;

/// <summary>That an engineer marked a notice (by its <see cref="Notice.Key"/>) as read, and when.</summary>
public sealed class NoticeRead
{
    public int Id { get; set; }

    public int EngineerId { get; set; }

    public required string Key { get; set; }

    public DateOnly ReadOn { get; set; }
}
