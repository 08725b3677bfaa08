using Microsoft.EntityFrameworkCore;
using MlCareer.Core.Activities;
using MlCareer.Web.Features;
using MlCareer.Web.Features.Catalog;
using MlCareer.Web.Tests.Infrastructure;

namespace MlCareer.Web.Tests.Features.SideActivities;

/// <summary>The catalog service called as a crafted circuit call would call it; this class changes the catalog, so it has its own app.</summary>
public abstract class CatalogServiceTests(AppFixture app)
{
    private const string DemoAdmin = "admin@mlcareer.example";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static ActivityInput NewWriting(string title) => new()
    {
        Kind = ActivityKind.Writing, Title = title, TitleZh = "案例研究", MinHoursPerWeek = 3, MaxHoursPerWeek = 4, MinWeeks = 1,
        IsInterruptible = true, SkillsText = "writing, healthcare", Industry = "healthcare",
    };

    [Theory]
    [InlineData("ana@mlcareer.example")]
    [InlineData("lin@mlcareer.example")]
    public async Task EveryCall_NotAnAdmin_ForbiddenAndNothingChanges(string email)
    {
        await using var user = await AsUser.SignInAsync(app.Factory, email);
        var catalog = user.Service<CatalogService>();
        await using var db = user.Db();
        var cohort = await db.SideActivities.AsNoTracking().SingleAsync(a => a.Key == "mentoring-cohort", Ct);
        var edit = ActivityInput.From(cohort);
        edit.Title = "Renamed";

        var results = new Result[]
        {
            await catalog.ListAsync(Ct),
            await catalog.CreateAsync(NewWriting("Case study"), Ct),
            await catalog.UpdateAsync(edit, Ct),
            await catalog.ArchiveAsync(cohort.Id, cohort.Version, Ct),
            await catalog.RestoreAsync(cohort.Id, cohort.Version, Ct),
        };

        Assert.All(results, r => Assert.Equal(ErrorKind.Forbidden, r.Error?.Kind));
        var stored = await db.SideActivities.AsNoTracking().SingleAsync(a => a.Id == cohort.Id, Ct);
        Assert.Equal((cohort.Title, false), (stored.Title, stored.IsArchived));
        Assert.False(await db.SideActivities.AnyAsync(a => a.Title == "Case study", Ct));
    }

    [Fact]
    public async Task Create_Admin_StoresTheEntryWithAKeyFromItsTitle()
    {
        await using var admin = await AsUser.SignInAsync(app.Factory, DemoAdmin);

        var result = await admin.Service<CatalogService>().CreateAsync(NewWriting("Write a clinical ML case study"), Ct);

        Assert.True(result.Succeeded);
        await using var db = admin.Db();
        var stored = await db.SideActivities.AsNoTracking().SingleAsync(a => a.Id == result.Value, Ct);
        Assert.Equal(("write-a-clinical-ml-case-study", "healthcare"), (stored.Key, stored.Industry));
        Assert.Equal(["writing", "healthcare"], stored.Skills);
    }

    [Fact]
    public async Task Create_MostHoursBelowTheLeast_InvalidOnThatFieldAndNothingStored()
    {
        await using var admin = await AsUser.SignInAsync(app.Factory, DemoAdmin);
        var input = NewWriting("Too few hours");
        input.MaxHoursPerWeek = 2;

        var result = await admin.Service<CatalogService>().CreateAsync(input, Ct);

        Assert.Equal((ErrorKind.Invalid, nameof(ActivityInput.MaxHoursPerWeek)), (result.Error?.Kind, result.Error?.Field));
        await using var db = admin.Db();
        Assert.False(await db.SideActivities.AnyAsync(a => a.Title == "Too few hours", Ct));
    }

    [Fact]
    public async Task Update_ASeededEntry_IsEditableAndAStaleEditIsAConflict()
    {
        await using var admin = await AsUser.SignInAsync(app.Factory, DemoAdmin);
        var catalog = admin.Service<CatalogService>();
        var talk = (await catalog.ListAsync(Ct)).Value!.Single(a => a.Key == "conference-talk");
        var first = ActivityInput.From(talk);
        first.MaxHoursPerWeek = 5;
        var stale = ActivityInput.From(talk);
        stale.Title = "A talk at a meetup";

        var saved = await catalog.UpdateAsync(first, Ct);
        var conflict = await catalog.UpdateAsync(stale, Ct);

        Assert.True(saved.Succeeded);
        Assert.Equal(ErrorKind.Conflict, conflict.Error?.Kind);
        var stored = (await catalog.ListAsync(Ct)).Value!.Single(a => a.Key == "conference-talk");
        Assert.Equal((5.0, talk.Title), (stored.HoursPerWeek.Max, stored.Title));
    }

    [Fact]
    public async Task ArchiveThenRestore_Admin_KeepsTheEntry()
    {
        await using var admin = await AsUser.SignInAsync(app.Factory, DemoAdmin);
        var catalog = admin.Service<CatalogService>();
        var tutoring = (await catalog.ListAsync(Ct)).Value!.Single(a => a.Key == "one-to-one-tutoring");

        var archived = await catalog.ArchiveAsync(tutoring.Id, tutoring.Version, Ct);
        var afterArchive = (await catalog.ListAsync(Ct)).Value!.Single(a => a.Id == tutoring.Id);
        var restored = await catalog.RestoreAsync(afterArchive.Id, afterArchive.Version, Ct);
        var afterRestore = (await catalog.ListAsync(Ct)).Value!.Single(a => a.Id == tutoring.Id);

        Assert.True(archived.Succeeded && restored.Succeeded);
        Assert.True(afterArchive.IsArchived);
        Assert.False(afterRestore.IsArchived);
    }
}
