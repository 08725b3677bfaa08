namespace MlCareer.Core.Security;

/// <summary>What a personal access token may do: read only, or read and write (log hours).</summary>
public enum TokenAccess
{
    Read = 1,
    ReadWrite = 2,
}
