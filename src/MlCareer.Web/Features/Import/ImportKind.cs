namespace MlCareer.Web.Features.Import;

/// <summary>What a CSV file holds: a project plan (phases and periods), or hour logs.</summary>
public enum ImportKind
{
    Plan = 1,
    Hours = 2,
}
