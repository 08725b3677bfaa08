namespace MlCareer.Web.Tests.Security.Matrix;

/// <summary>The service matrix's rows, by feature area, and the services they must cover.</summary>
public static class ServiceMatrix
{
    /// <summary>Public static helpers of services: they take no caller, so there is nobody to check.</summary>
    public static readonly IReadOnlyDictionary<string, string> NoCaller = new Dictionary<string, string>
    {
        ["WhatIfService.Shift"] = "moves a plan it is given; reads and writes nothing",
        ["ActivityReadService.ToDto"] = "shapes a row it is given",
        ["BackupService.IsAdminAsync"] = "the admin check itself, on a user id the service got from its caller",
        ["CalendarFeedService.PathFor"] = "formats a secret it is given",
    };

    public static IReadOnlyList<MethodCells> All { get; } =
    [
        .. PersonalCells.All(), .. ProjectCells.All(), .. ActivityCells.All(), .. DataCells.All(), .. TeamCells.All(), .. AdminCells.All(),
    ];

    /// <summary>The feature services: public classes named *Service under <c>MlCareer.Web.Features</c>.</summary>
    public static IReadOnlyList<Type> ServiceTypes() =>
        [.. typeof(Program).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsPublic: true, IsAbstract: false } && t.Name.EndsWith("Service", StringComparison.Ordinal)
                && t.Namespace?.StartsWith("MlCareer.Web.Features", StringComparison.Ordinal) == true)
            .OrderBy(t => t.Name, StringComparer.Ordinal)];
}
