using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MlCareer.Core.Projects;
using MlCareer.Web.Features;
using MlCareer.Web.Features.Settings;
using MlCareer.Web.Features.Workload;
using MlCareer.Web.Tests.Infrastructure;

namespace MlCareer.Web.Tests.Features;

/// <summary>The tests share one database; each one puts back what it changed.</summary>
public abstract class SettingsServiceTests(AppFixture app)
{
    private const string Admin = "admin@mlcareer.example";
    private const string Ana = "ana@mlcareer.example";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Save_Admin_StoresEveryValueAndEveryoneReadsThemBack()
    {
        await using var admin = await AsUser.SignInAsync(app.Factory, Admin);
        await using var ana = await AsUser.SignInAsync(app.Factory, Ana);
        var settings = admin.Service<SettingsService>();
        var original = await ReadAsync(admin);
        var changed = Changed(original);

        try
        {
            var saved = await settings.SaveAsync(changed, Ct);

            Assert.True(saved.Succeeded);
            var readByAna = await ReadAsync(ana);
            Assert.NotEqual(original.Version, readByAna.Version);
            Assert.Equal(saved.Value!.Version, readByAna.Version);
            Assert.Equal(Values(changed), Values(readByAna));
        }
        finally
        {
            await RestoreAsync(admin, original);
        }
    }

    [Fact]
    public async Task Save_NotAnAdmin_IsForbiddenAndChangesNothing()
    {
        await using var ana = await AsUser.SignInAsync(app.Factory, Ana);
        var before = await ReadAsync(ana);

        var result = await ana.Service<SettingsService>().SaveAsync(Changed(before), Ct);

        Assert.Equal(ErrorKind.Forbidden, result.Error!.Kind);
        var after = await ReadAsync(ana);
        Assert.Equal((before.Version, Values(before)), (after.Version, Values(after)));
    }

    [Theory]
    [InlineData(nameof(SettingsInput.DataLabelingPercent), 101)]
    [InlineData(nameof(SettingsInput.DeploymentPercent), -1)]
    [InlineData(nameof(SettingsInput.MonitoringPercent), 101)]
    [InlineData(nameof(SettingsInput.LowWeekThresholdPercent), 4)]
    [InlineData(nameof(SettingsInput.LowWeekThresholdPercent), 96)]
    [InlineData(nameof(SettingsInput.MinWindowWeeks), 0)]
    [InlineData(nameof(SettingsInput.MinWindowWeeks), 27)]
    [InlineData(nameof(SettingsInput.HorizonWeeks), 3)]
    [InlineData(nameof(SettingsInput.HorizonWeeks), 105)]
    [InlineData(nameof(SettingsInput.DefaultCapacityHours), 0.5)]
    [InlineData(nameof(SettingsInput.DefaultCapacityHours), 168.5)]
    public async Task Save_ValueOutOfRange_IsInvalidOnThatFieldAndStoresNothing(string field, double value)
    {
        await using var admin = await AsUser.SignInAsync(app.Factory, Admin);
        var before = await ReadAsync(admin);
        var input = Changed(before);
        var property = typeof(SettingsInput).GetProperty(field)!;
        property.SetValue(input, Convert.ChangeType(value, Nullable.GetUnderlyingType(property.PropertyType)!, CultureInfo.InvariantCulture));

        var result = await admin.Service<SettingsService>().SaveAsync(input, Ct);

        Assert.Equal((ErrorKind.Invalid, field), (result.Error!.Kind, result.Error.Field));
        Assert.Equal("Rules.OutOfRange", result.Error.MessageKey);
        var after = await ReadAsync(admin);
        Assert.Equal((before.Version, Values(before)), (after.Version, Values(after)));
    }

    [Fact]
    public async Task Save_ShortestWindowLongerThanTheLookAhead_IsInvalidOnTheWindowField()
    {
        await using var admin = await AsUser.SignInAsync(app.Factory, Admin);
        var before = await ReadAsync(admin);
        var input = Changed(before);
        input.MinWindowWeeks = 10;
        input.HorizonWeeks = 8;

        var result = await admin.Service<SettingsService>().SaveAsync(input, Ct);

        Assert.Equal((ErrorKind.Invalid, nameof(SettingsInput.MinWindowWeeks)), (result.Error!.Kind, result.Error.Field));
        Assert.Equal("Rules.WindowLongerThanHorizon", result.Error.MessageKey);
        Assert.Equal(before.Version, (await ReadAsync(admin)).Version);
    }

    [Fact]
    public async Task Save_StaleVersion_IsAConflictAndKeepsTheFirstSave()
    {
        await using var admin = await AsUser.SignInAsync(app.Factory, Admin);
        var settings = admin.Service<SettingsService>();
        var original = await ReadAsync(admin);
        var first = await ReadAsync(admin);
        var second = await ReadAsync(admin);
        first.DataLabelingPercent = original.DataLabelingPercent + 1;
        second.DataLabelingPercent = original.DataLabelingPercent + 2;

        try
        {
            var firstResult = await settings.SaveAsync(first, Ct);
            var secondResult = await settings.SaveAsync(second, Ct);

            Assert.True(firstResult.Succeeded);
            Assert.Equal(ErrorKind.Conflict, secondResult.Error!.Kind);
            Assert.Equal(original.DataLabelingPercent + 1, (await ReadAsync(admin)).DataLabelingPercent);
        }
        finally
        {
            await RestoreAsync(admin, original);
        }
    }

    [Fact]
    public async Task Save_Admin_AnEngineersNextWorkloadComputesWithItWithoutTheClockMoving()
    {
        await using var admin = await AsUser.SignInAsync(app.Factory, Admin);
        await using var ana = await AsUser.SignInAsync(app.Factory, Ana);
        var workload = ana.Service<WorkloadService>();
        var original = await ReadAsync(admin);
        var changed = await ReadAsync(admin);
        changed.HorizonWeeks = Other(original.HorizonWeeks, 40);
        var before = (await workload.GetMineAsync(Ct)).Value!.Rules.HorizonWeeks;

        try
        {
            var saved = await admin.Service<SettingsService>().SaveAsync(changed, Ct);

            Assert.True(saved.Succeeded);
            Assert.Equal(original.HorizonWeeks, before);
            Assert.Equal(changed.HorizonWeeks, (await workload.GetMineAsync(Ct)).Value!.Rules.HorizonWeeks);
        }
        finally
        {
            await RestoreAsync(admin, original);
        }
    }

    [Fact]
    public async Task Settings_ChangedPastThisNode_AreComputedWithOnceTheHeldOnesAreOlderThanTheirMaxAge()
    {
        await using var ana = await AsUser.SignInAsync(app.Factory, Ana);
        var workload = ana.Service<WorkloadService>();
        var horizon = (await workload.GetMineAsync(Ct)).Value!.Rules.HorizonWeeks;
        await SetHorizonStraightAsync(ana, horizon + 1);

        try
        {
            var held = (await workload.GetMineAsync(Ct)).Value!.Rules.HorizonWeeks;
            app.Factory.Clock.Advance(SettingsCache.MaxAge + TimeSpan.FromSeconds(1));
            var afterMaxAge = (await workload.GetMineAsync(Ct)).Value!.Rules.HorizonWeeks;

            Assert.Equal((horizon, horizon + 1), (held, afterMaxAge));
        }
        finally
        {
            await SetHorizonStraightAsync(ana, horizon);
            app.Factory.Services.GetRequiredService<SettingsCache>().Forget();
        }
    }

    /// <summary>As another node (or a database admin) would change the row: the settings cache of this node hears nothing of it.</summary>
    private static async Task SetHorizonStraightAsync(AsUser user, int weeks)
    {
        await using var db = user.Db();
        await db.PlanningSettings.ExecuteUpdateAsync(s => s.SetProperty(x => x.HorizonWeeks, weeks), Ct);
    }

    private static async Task<SettingsInput> ReadAsync(AsUser user)
    {
        var result = await user.Service<SettingsService>().GetAsync(Ct);
        Assert.True(result.Succeeded);
        return result.Value!;
    }

    /// <summary>A copy of <paramref name="current"/> with every value moved, each to a different valid one.</summary>
    private static SettingsInput Changed(SettingsInput current)
    {
        var input = new SettingsInput
        {
            Version = current.Version,
            MonitoringPercent = Other(current.MonitoringPercent, 22),
            LowWeekThresholdPercent = Other(current.LowWeekThresholdPercent, 35),
            MinWindowWeeks = Other(current.MinWindowWeeks, 3),
            HorizonWeeks = Other(current.HorizonWeeks, 40),
            DefaultCapacityHours = current.DefaultCapacityHours == 37.5 ? 32 : 37.5,
        };
        foreach (var kind in PhaseKinds.All)
        {
            input.SetSharePercent(kind, Other(current.SharePercent(kind), 30 + (int)kind));
        }

        return input;
    }

    private static int Other(int? current, int wanted) => current == wanted ? wanted + 1 : wanted;

    private static string Values(SettingsInput input) => string.Join(
        " ",
        [.. PhaseKinds.All.Select(k => $"{k}={input.SharePercent(k)}"),
         $"monitoring={input.MonitoringPercent}", $"low={input.LowWeekThresholdPercent}", $"window={input.MinWindowWeeks}",
         $"horizon={input.HorizonWeeks}", $"capacity={input.DefaultCapacityHours?.ToString(CultureInfo.InvariantCulture)}"]);

    private static async Task RestoreAsync(AsUser admin, SettingsInput original)
    {
        original.Version = (await ReadAsync(admin)).Version;
        Assert.True((await admin.Service<SettingsService>().SaveAsync(original, Ct)).Succeeded);
    }
}
