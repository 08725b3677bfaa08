using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MlCareer.Data.Seeding;
using MlCareer.Web.Features;
using MlCareer.Web.Features.Settings;
using MlCareer.Web.Features.Users;
using MlCareer.Web.Features.Workload;
using MlCareer.Web.Tests.Infrastructure;

namespace MlCareer.Web.Tests.Security;

/// <summary>An admin sets each person's weekly capacity; the engine computes with it. Each test uses its own person.</summary>
public abstract class CapacityServiceTests(AppFixture app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Set_ThirtyHours_StoredAndMyWorkloadComputesWithIt()
    {
        await using var admin = await AsUser.SignInAsync(app.Factory, MlCareerWebFactory.AdminEmail);
        await using var ana = await AsUser.SignInAsync(app.Factory, "ana@mlcareer.example");
        var before = (await ana.Service<WorkloadService>().GetMineAsync(Ct)).Value!;
        var row = await Accounts.RowAsync(admin, "ana@mlcareer.example");

        var result = await admin.Service<CapacityAdminService>().SetAsync(Input(row, "30"), Ct);
        var after = (await ana.Service<WorkloadService>().GetMineAsync(Ct)).Value!;

        Assert.True(result.Succeeded);
        Assert.All(before.Workload.Weeks, w => Assert.Equal(40, w.CapacityHours));
        Assert.All(after.Workload.Weeks, w => Assert.Equal(30, w.CapacityHours));
        Assert.Equal(30, (await Accounts.RowAsync(admin, "ana@mlcareer.example")).CapacityHours);
    }

    [Theory]
    [InlineData("en", "1e9", CapacityAdminService.NotANumberKey)]
    [InlineData("en", "abc", CapacityAdminService.NotANumberKey)]
    [InlineData("en", "12,5", CapacityAdminService.NotANumberKey)]
    [InlineData("en", "1,000", CapacityAdminService.NotANumberKey)]
    [InlineData("en", "0x20", CapacityAdminService.NotANumberKey)]
    [InlineData("en", "NaN", CapacityAdminService.NotANumberKey)]
    [InlineData("en", "∞", CapacityAdminService.NotANumberKey)]
    [InlineData("en", "-1", CapacityAdminService.RangeKey)]
    [InlineData("en", "0", CapacityAdminService.RangeKey)]
    [InlineData("en", "0.5", CapacityAdminService.RangeKey)]
    [InlineData("en", "169", CapacityAdminService.RangeKey)]
    [InlineData("en", "168.01", CapacityAdminService.RangeKey)]
    [InlineData("zh-Hans", "12,5", CapacityAdminService.NotANumberKey)]
    [InlineData("zh-Hans", "169", CapacityAdminService.RangeKey)]
    public async Task Set_MalformedOrOutOfRange_RefusedUnderTheFieldAndNothingStored(string culture, string typed, string messageKey)
    {
        await using var admin = await AsUser.SignInAsync(app.Factory, MlCareerWebFactory.AdminEmail);
        var row = await Accounts.RowAsync(admin, "ben@mlcareer.example");

        var result = await InCultureAsync(culture, () => admin.Service<CapacityAdminService>().SetAsync(Input(row, typed), Ct));

        Assert.Equal((ErrorKind.Invalid, messageKey, nameof(CapacityInput.Hours)), (result.Error?.Kind, result.Error?.MessageKey, result.Error?.Field));
        var after = await Accounts.RowAsync(admin, "ben@mlcareer.example");
        Assert.Equal((row.CapacityHours, row.ProfileVersion), (after.CapacityHours, after.ProfileVersion));
    }

    [Theory]
    [InlineData("en", "12.5", 12.5)]
    [InlineData("en", " 37.5 ", 37.5)]
    [InlineData("en", "1", 1)]
    [InlineData("en", "168", 168)]
    [InlineData("zh-Hans", "32.25", 32.25)]
    public async Task Set_PlainNumberInTheCulture_StoredExactlyAsTyped(string culture, string typed, double stored)
    {
        await using var admin = await AsUser.SignInAsync(app.Factory, MlCareerWebFactory.AdminEmail);
        var row = await Accounts.RowAsync(admin, "chen@mlcareer.example");

        var result = await InCultureAsync(culture, () => admin.Service<CapacityAdminService>().SetAsync(Input(row, typed), Ct));

        Assert.True(result.Succeeded, result.Error?.MessageKey);
        Assert.Equal(stored, (await Accounts.RowAsync(admin, "chen@mlcareer.example")).CapacityHours);
    }

    [Fact]
    public async Task Set_StaleVersionOrNotAnAdmin_RefusedAndNothingStored()
    {
        await using var admin = await AsUser.SignInAsync(app.Factory, MlCareerWebFactory.AdminEmail);
        await using var lead = await AsUser.SignInAsync(app.Factory, "lin@mlcareer.example");
        var row = await Accounts.RowAsync(admin, "dmitri@mlcareer.example");

        var byLead = await lead.Service<CapacityAdminService>().SetAsync(Input(row, "20"), Ct);
        var first = await admin.Service<CapacityAdminService>().SetAsync(Input(row, "35"), Ct);
        var stale = await admin.Service<CapacityAdminService>().SetAsync(Input(row, "25"), Ct);

        Assert.Equal(ErrorKind.Forbidden, byLead.Error?.Kind);
        Assert.True(first.Succeeded);
        Assert.Equal(ErrorKind.Conflict, stale.Error?.Kind);
        Assert.Equal(35, (await Accounts.RowAsync(admin, "dmitri@mlcareer.example")).CapacityHours);
    }

    [Fact]
    public async Task CreateUser_NewPerson_GetsTheDefaultCapacityFromTheSettings()
    {
        await using var admin = await AsUser.SignInAsync(app.Factory, MlCareerWebFactory.AdminEmail);
        var settings = admin.Service<SettingsService>();
        var current = (await settings.GetAsync(Ct)).Value!;
        current.DefaultCapacityHours = 32;
        var saved = await settings.SaveAsync(current, Ct);
        try
        {
            var created = await admin.Service<UserAdminService>().SaveAsync(
                new UserInput { Email = "new.engineer@mlcareer.example", DisplayName = "New Engineer", Password = "A-Long-Password-2026", IsEngineer = true }, Ct);

            Assert.True(created.Succeeded);
            Assert.Equal(32, (await Accounts.RowAsync(admin, "new.engineer@mlcareer.example")).CapacityHours);
        }
        finally
        {
            saved.Value!.DefaultCapacityHours = 40;
            await settings.SaveAsync(saved.Value, Ct);
        }
    }

    [Fact]
    public async Task Seeding_NewPerson_GetsTheDefaultCapacityOfTheStoredSettings()
    {
        await using var admin = await AsUser.SignInAsync(app.Factory, MlCareerWebFactory.AdminEmail);
        await using (var db = admin.Db())
        {
            await db.PlanningSettings.ExecuteUpdateAsync(s => s.SetProperty(x => x.DefaultCapacityHours, new Core.Common.Hours(36)), Ct);
        }

        var seeder = admin.Services.GetRequiredService<IdentitySeeder>();
        var user = await seeder.CreateUserAsync("seeded@mlcareer.example", "Seeded", "A-Long-Password-2026", [Core.Security.Roles.Engineer], teamId: null, Ct);
        await using (var db = admin.Db())
        {
            await db.PlanningSettings.ExecuteUpdateAsync(s => s.SetProperty(x => x.DefaultCapacityHours, new Core.Common.Hours(40)), Ct);
        }

        Assert.Equal(36, (await Accounts.RowAsync(admin, "seeded@mlcareer.example")).CapacityHours);
        Assert.Equal("Seeded", user.DisplayName);
    }

    private static CapacityInput Input(UserRow row, string hours) =>
        new() { UserId = row.Id, Version = row.ProfileVersion!.Value, Hours = hours };

    private static async Task<T> InCultureAsync<T>(string culture, Func<Task<T>> action)
    {
        var (before, beforeUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            return await action();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (before, beforeUi);
        }
    }
}
