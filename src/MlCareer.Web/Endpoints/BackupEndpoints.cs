using System.Security.Claims;
using MlCareer.Data;
using MlCareer.Web.Features.Backup;

namespace MlCareer.Web.Endpoints;

public static class BackupEndpoints
{
    public const string Prefix = "/admin/backups";

    public static string PathFor(string name) => $"{Prefix}/{Uri.EscapeDataString(name)}";

    /// <summary>
    /// <c>GET /admin/backups/{name}</c>: downloads a backup file, for admins only (the role is checked in the
    /// database too). Any name that is not a backup of the backup folder is a 404 with a message.
    /// </summary>
    public static IEndpointRouteBuilder MapBackupEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet($"{Prefix}/{{name}}", async Task<IResult> (
            string name, HttpContext context, BackupStore store, IDbContextFactory<MlCareerDbContext> contexts,
            IStringLocalizer<SharedResource> localizer, CancellationToken cancellationToken) =>
        {
            await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
            {
                if (!await BackupService.IsAdminAsync(db, context.User.FindFirstValue(ClaimTypes.NameIdentifier), cancellationToken))
                {
                    return TypedResults.Forbid();
                }
            }

            return store.Find(name) is { } file
                ? TypedResults.PhysicalFile(file.FullName, "application/vnd.sqlite3", file.Name)
                : TypedResults.NotFound(localizer["Backup.NotFound", name].Value);
        }).RequireAuthorization(policy => policy.RequireRole(Roles.Admin));
        return endpoints;
    }
}
