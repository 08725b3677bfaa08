using Microsoft.EntityFrameworkCore;
using MlCareer.Core.Projects;
using MlCareer.Web.Features.Projects;
using MlCareer.Web.Tests.Infrastructure;

namespace MlCareer.Web.Tests.Security.Matrix;

/// <summary>
/// A fresh project of Self's team made by Self (so Self is on it) for one write cell, with its phases in plan order.
/// It is on hold, so it counts nothing ahead and leaves Self's windows (and suggestions) as they were.
/// </summary>
public sealed record ScratchProject(int Id, Guid Version, IReadOnlyList<int> PhaseIds, string Name)
{
    public static async Task<ScratchProject> CreateAsync(Cell cell)
    {
        var projects = cell.Self.Resolve<ProjectService>();
        var name = cell.Unique("Matrix scratch");
        var input = new ProjectInput
        {
            Name = name,
            Status = ProjectStatus.OnHold,
            StartDate = MlCareerWebFactory.ThisWeek.Monday.ToDateTime(TimeOnly.MinValue),
            MyAllocationPercent = 10,
        };
        var created = await projects.CreateAsync(input, await projects.TemplateAsync(Cell.Ct), Cell.Ct);
        return await ReadAsync(cell, created.Value);
    }

    /// <summary>The project as stored now (its version changes with every save).</summary>
    public static async Task<ScratchProject> ReadAsync(Cell cell, int id)
    {
        await using var db = cell.Self.Db();
        var project = await db.Projects.AsNoTracking().Include(p => p.Phases).SingleAsync(p => p.Id == id, Cell.Ct);
        return new ScratchProject(id, project.Version, [.. project.Phases.OrderBy(p => p.Order).Select(p => p.Id)], project.Name);
    }

    public ProjectInput Edit() => new()
    {
        Id = Id,
        Version = Version,
        Name = Name,
        Status = ProjectStatus.OnHold,
        StartDate = MlCareerWebFactory.ThisWeek.Monday.ToDateTime(TimeOnly.MinValue),
    };
}
