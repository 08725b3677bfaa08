using Microsoft.EntityFrameworkCore;
using MlCareer.Core.Activities;
using MlCareer.Web.Features;
using MlCareer.Web.Features.Preferences;
using MlCareer.Web.Tests.Infrastructure;

namespace MlCareer.Web.Tests.Features.SideActivities;

/// <summary>Preferences are the caller's own: read and saved for the signed-in engineer only, checked by the Core rules.</summary>
public abstract class PreferencesServiceTests(AppFixture app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Save_Ana_ChangesHerProfileOnlyWithSkillsToLearn()
    {
        await using var ana = await AsUser.SignInAsync(app.Factory, "ana@mlcareer.example");
        var service = ana.Service<PreferencesService>();
        var view = (await service.GetAsync(Ct)).Value!;
        await using var before = ana.Db();
        var ben = await before.Engineers.AsNoTracking().SingleAsync(e => e.DisplayName == "Ben Okafor", Ct);
        view.Input.BudgetHours = 6;
        view.Input.SkillsToLearnText = "rust, graph neural networks";

        var result = await service.SaveAsync(view.Input, Ct);

        Assert.True(result.Succeeded);
        var again = (await service.GetAsync(Ct)).Value!;
        Assert.Equal((6.0, "rust, graph neural networks", 40.0), (again.Input.BudgetHours, again.Input.SkillsToLearnText, again.CapacityHours));
        await using var after = ana.Db();
        var benAfter = await after.Engineers.AsNoTracking().SingleAsync(e => e.Id == ben.Id, Ct);
        Assert.Equal((ben.SideActivityBudgetHours, ben.Version), (benAfter.SideActivityBudgetHours, benAfter.Version));
    }

    [Fact]
    public async Task DarkMode_ChosenAfterARead_IsWhatTheNextReadSays()
    {
        await using var lin = await AsUser.SignInAsync(app.Factory, "lin@mlcareer.example");
        var service = lin.Service<PreferencesService>();
        var first = await service.GetDarkModeAsync(Ct);

        await service.SetDarkModeAsync(first != true, Ct);
        var second = await service.GetDarkModeAsync(Ct);
        await service.SetDarkModeAsync(first == true, Ct);

        Assert.Equal((first != true, first == true), (second, await service.GetDarkModeAsync(Ct)));
    }

    [Fact]
    public async Task Save_AKindLikedAndDisliked_InvalidOnDislikesAndNothingStored()
    {
        await using var chen = await AsUser.SignInAsync(app.Factory, "chen@mlcareer.example");
        var service = chen.Service<PreferencesService>();
        var input = (await service.GetAsync(Ct)).Value!.Input;
        input.BudgetHours = 3;
        input.Dislikes = [.. input.Dislikes, ActivityKind.Competition];

        var result = await service.SaveAsync(input, Ct);

        Assert.Equal((ErrorKind.Invalid, nameof(PreferencesInput.Dislikes)), (result.Error?.Kind, result.Error?.Field));
        Assert.Equal(10, (await service.GetAsync(Ct)).Value!.Input.BudgetHours);
    }

    [Theory]
    [InlineData(169, null, null)]
    [InlineData(8, 50, "us dollars")]
    public async Task Save_OutOfRangeOrMalformed_Invalid(double budget, int? rate, string? currency)
    {
        await using var emma = await AsUser.SignInAsync(app.Factory, "emma@mlcareer.example");
        var service = emma.Service<PreferencesService>();
        var input = (await service.GetAsync(Ct)).Value!.Input;
        input.BudgetHours = budget;
        input.MinimumRateAmount = rate;
        input.MinimumRateCurrency = currency;

        var result = await service.SaveAsync(input, Ct);

        Assert.Equal(ErrorKind.Invalid, result.Error?.Kind);
    }

    [Fact]
    public async Task Save_StaleForm_Conflict()
    {
        await using var dmitri = await AsUser.SignInAsync(app.Factory, "dmitri@mlcareer.example");
        var service = dmitri.Service<PreferencesService>();
        var first = (await service.GetAsync(Ct)).Value!.Input;
        var stale = (await service.GetAsync(Ct)).Value!.Input;
        first.HomeIndustry = "energy";
        stale.HomeIndustry = "media";

        var saved = await service.SaveAsync(first, Ct);
        var conflict = await service.SaveAsync(stale, Ct);

        Assert.True(saved.Succeeded);
        Assert.Equal(ErrorKind.Conflict, conflict.Error?.Kind);
        Assert.Equal("energy", (await service.GetAsync(Ct)).Value!.Input.HomeIndustry);
    }
}
