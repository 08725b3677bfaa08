using MlCareer.Core.Common;
using System.Text;
using MlCareer.Web.Features.Export;
using MlCareer.Web.Features.Import;
using MlCareer.Web.Tests.Infrastructure;
using static MlCareer.Web.Tests.Security.Matrix.Access;

namespace MlCareer.Web.Tests.Security.Matrix;

/// <summary>Rows for data in and out: imports naming Self's project, and every export in both scopes.</summary>
public static class DataCells
{
    private static CancellationToken Ct => Cell.Ct;

    private static IsoWeek Week => MlCareerWebFactory.ThisWeek;

    /// <summary>Hours on the churn project's model development (phase 5) this week: only Self is on that project.</summary>
    private static byte[] SelfsHours => Encoding.UTF8.GetBytes($"week,project,phase,hours\n{Week},{MatrixWorld.ChurnProject},5,4\n");

    public static IEnumerable<MethodCells> All()
    {
        var imports = new Rows<ImportService>();
        yield return imports.Read(nameof(ImportService.PreviewAsync), SelfsRows, (s, _) => s.PreviewAsync(ImportKind.Hours, SelfsHours, cancellationToken: Ct));
        yield return imports.Write(nameof(ImportService.ImportAsync), SelfsRows, (s, _) => s.ImportAsync(ImportKind.Hours, SelfsHours, cancellationToken: Ct));

        var exports = new Rows<ExportService>();
        foreach (var (scope, team) in new[] { (ExportScope.Mine, OwnData), (ExportScope.Team, OwnTeamLead) })
        {
            yield return exports.Read(nameof(ExportService.HoursAsync), team, (s, _) => s.HoursAsync(scope, Week.AddWeeks(-20), Week, Ct), variant: scope.ToString());
            yield return exports.Read(nameof(ExportService.EngagementsAsync), team, (s, _) => s.EngagementsAsync(scope, Ct), variant: scope.ToString());
        }

        foreach (var (scope, team) in new[] { (ExportScope.Mine, OwnData), (ExportScope.Team, OwnTeamLeadOrAdmin) })
        {
            yield return exports.Read(nameof(ExportService.WorkloadAsync), team, (s, _) => s.WorkloadAsync(scope, Ct), variant: scope.ToString());
            yield return exports.Read(nameof(ExportService.WindowsAsync), team, (s, _) => s.WindowsAsync(scope, Ct), variant: scope.ToString());
        }

        yield return exports.Read(nameof(ExportService.PlanAsync), ProjectViewers, (s, c) => s.PlanAsync(c.World.ChurnProjectId, Ct));
    }
}
