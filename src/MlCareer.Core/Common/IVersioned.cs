namespace MlCareer.Core.Common;

/// <summary>
/// An aggregate edited by people, with an app-managed concurrency token: every save stamps a new
/// <see cref="Version"/>, and an update whose original version no longer matches is a conflict.
/// The app assigns it (rather than the database) so that it works the same on SQLite and PostgreSQL.
/// </summary>
public interface IVersioned
{
    Guid Version { get; set; }
}
