namespace MlCareer.Web.Hosting;

/// <summary>
/// What the process was started to do: serve the app (no command), or one operation and exit —
/// <c>migrate</c>, <c>backup &lt;file&gt;</c> or <c>restore &lt;file&gt;</c>. The command comes first;
/// configuration arguments such as <c>--Database:Provider=Postgres</c> may follow.
/// </summary>
public sealed record AppCommand(string? Name, string? File, string[] HostArgs)
{
    public const string Migrate = "migrate";
    public const string Backup = "backup";
    public const string Restore = "restore";

    public bool IsServe => Name is null;

    public static AppCommand Parse(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args is not [var first, ..] || first.StartsWith('-'))
        {
            return new AppCommand(null, null, args);
        }

        return first is Backup or Restore && args is [_, var file, ..] && !file.StartsWith('-')
            ? new AppCommand(first, file, args[2..])
            : new AppCommand(first, null, args[1..]);
    }
}
