using CsCheck;
using MlCareer.Core.Common;
using MlCareer.Core.Engineers;
using MlCareer.Core.Involvement;
using MlCareer.Core.Projects;
using MlCareer.Core.Security;
using MlCareer.Web.Features.AccessTokens;
using MlCareer.Web.Features.Settings;
using MlCareer.Web.Features.Teams;
using MlCareer.Web.Features.Users;
using MlCareer.Web.Tests.Infrastructure;
using static MlCareer.Web.Tests.BadInput.BadValues;

namespace MlCareer.Web.Tests.BadInput;

/// <summary>What an admin types: settings, capacity, users, passwords, teams; and anyone's access tokens.</summary>
[Collection(BadInputApp.Name)]
public sealed class AdminBadInputTests(SqliteApp app)
{
    private static readonly string[] UserTables = ["AspNetUsers", "AspNetUserRoles", "Engineers", "Teams"];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly Gen<string> BadName = Gen.OneOf(
        Overlong(FieldLengths.Name), ControlText(), Gen.Const(""), Gen.Const("   "));

    [Fact]
    public async Task SaveSettings_OutOfRangeNumber_RefusedOnTheFieldAndNothingStored()
    {
        await using var admin = await AsUser.SignInAsync(app.Factory, BadInputApp.Admin);
        var settings = admin.Service<SettingsService>();
        var shown = (await settings.GetAsync(Ct)).Value!;
        string[] percents = [.. PhaseKinds.All.Select(k => $"{k}Percent"), nameof(SettingsInput.MonitoringPercent)];
        var bad = Gen.OneOf(
            Gen.Select(Gen.OneOf(percents), Outside(0, Share.MaxPercent), (field, v) => Settings(shown, $"{field} {v}", field, s => Set(s, field, v))),
            Outside(PlanningSettings.MinThresholdPercent, PlanningSettings.MaxThresholdPercent).Select(v =>
                Settings(shown, $"threshold {v}%", nameof(SettingsInput.LowWeekThresholdPercent), s => s.LowWeekThresholdPercent = v)),
            Outside(1, PlanningSettings.MaxWindowWeeks).Select(v => Settings(shown, $"window {v} weeks", nameof(SettingsInput.MinWindowWeeks), s => s.MinWindowWeeks = v)),
            Outside(PlanningSettings.MinHorizonWeeks, PlanningSettings.MaxHorizonWeeks).Select(v =>
                Settings(shown, $"horizon {v} weeks", nameof(SettingsInput.HorizonWeeks), s => s.HorizonWeeks = v)),
            Outside(EngineerProfile.MinCapacityHours, Hours.MaxPerWeek).Select(v =>
                Settings(shown, $"capacity {v} h", nameof(SettingsInput.DefaultCapacityHours), s => s.DefaultCapacityHours = v)));

        await Refusal.CheckAsync(app, bad, async s => await settings.SaveAsync(s, Ct), ["PlanningSettings", "PhaseShares"]);
    }

    [Fact]
    public async Task SetCapacity_MalformedOrOutOfRange_RefusedOnTheFieldAndNothingStored()
    {
        await using var admin = await AsUser.SignInAsync(app.Factory, BadInputApp.Admin);
        var capacity = admin.Service<CapacityAdminService>();
        var ana = (await admin.Service<UserAdminService>().ListAsync(Ct)).Value!.Single(u => u.Email == BadInputApp.Ana);
        var malformed = Gen.OneOf(
            Gen.Const("abc"), Gen.Const("1e9"), Gen.Const("12,5"), Gen.Const("1,000"), Gen.Const("0x20"), Gen.Const("NaN"), Gen.Const("∞"),
            Gen.Const("Infinity"), Gen.Const("40h"), Gen.Const("4 0"), Gen.Const("--4"), Gen.Const("\u001b40"), Gen.Const("40\u0000"));
        var outside = Outside(EngineerProfile.MinCapacityHours, Hours.MaxPerWeek).Where(double.IsFinite).Select(v => v.ToString("R", System.Globalization.CultureInfo.InvariantCulture));
        var bad = Gen.OneOf(malformed.Select(t => ("malformed", t)), outside.Select(t => ("out of range", t)))
            .Select(c => new Bad<CapacityInput>($"{c.Item1} '{c.Item2}'", nameof(CapacityInput.Hours), new() { UserId = ana.Id, Version = ana.ProfileVersion!.Value, Hours = c.Item2 }));

        await Refusal.CheckAsync(app, bad, async c => await capacity.SetAsync(c, Ct), ["Engineers"]);
    }

    [Fact]
    public async Task CreateUser_BadNameEmailOrTeam_RefusedOnTheFieldAndNothingStored()
    {
        await using var admin = await AsUser.SignInAsync(app.Factory, BadInputApp.Admin);
        var users = admin.Service<UserAdminService>();
        var teams = (await users.TeamsAsync(Ct)).Select(t => t.Id).ToHashSet();
        var valid = Word.Select(w => new UserInput { Email = $"{w}@people.example", DisplayName = w, Password = People.Password, TeamId = teams.First() });
        var bad = Gen.OneOf(
            Gen.Select(valid, BadName, (u, n) => Mutate(u, "bad display name", nameof(UserInput.DisplayName), x => x.DisplayName = n)),
            Gen.Select(valid, Overlong(256), (u, s) => Mutate(u, "overlong email", nameof(UserInput.Email), x => x.Email = s + "@people.example")),
            Gen.Select(valid, Gen.OneOf(Gen.Const("no-at-sign"), Gen.Const("a@"), Gen.Const("@people.example"), Gen.Const("a@b@c")), (u, e) =>
                Mutate(u, $"malformed email {e}", nameof(UserInput.Email), x => x.Email = e)),
            Gen.Select(valid, Overlong(100), (u, s) => Mutate(u, "overlong password", nameof(UserInput.Password), x => x.Password = $"Aa1-{s}")),
            Gen.Select(valid, ControlText(), (u, w) => Mutate(u, "control character in the email", nameof(UserInput.Email), x => x.Email = $"{w}@people.example")),
            Gen.Select(valid, Gen.Int.Where(id => !teams.Contains(id)), (u, id) => Mutate(u, $"unknown team {id}", nameof(UserInput.TeamId), x => x.TeamId = id)));

        await Refusal.CheckAsync(app, bad, async u => await users.SaveAsync(u, Ct), UserTables);
    }

    [Fact]
    public async Task ResetPassword_TooShortOrOverlong_RefusedOnTheFieldAndNothingStored()
    {
        await using var admin = await AsUser.SignInAsync(app.Factory, BadInputApp.Admin);
        var accounts = admin.Service<AccountAdminService>();
        var ana = (await admin.Service<UserAdminService>().ListAsync(Ct)).Value!.Single(u => u.Email == BadInputApp.Ana);
        var bad = Gen.OneOf(
            Gen.Int[0, Web.Hosting.IdentityExtensions.PasswordMinLength - 1].Select(n => ("too short", People.Password[..n])),
            Overlong(100).Select(s => ("overlong", $"Aa1-{s}")))
            .Select(c => new Bad<PasswordInput>($"{c.Item1} ({c.Item2.Length} characters)", nameof(PasswordInput.Password), new() { Password = c.Item2 }));

        await Refusal.CheckAsync(app, bad, async p => await accounts.ResetPasswordAsync(ana.Id, p.Password, Ct), ["AspNetUsers"]);
    }

    [Fact]
    public async Task CreateAndRenameTeam_BadName_RefusedOnTheFieldAndNothingStored()
    {
        await using var admin = await AsUser.SignInAsync(app.Factory, BadInputApp.Admin);
        var teams = admin.Service<TeamAdminService>();
        var first = (await teams.ListAsync(Ct)).Value![0];

        await Refusal.CheckAsync(app, BadName.Select(n => new Bad<TeamNameInput>("bad name", nameof(TeamNameInput.Name), new() { Name = n })),
            async t => await teams.CreateAsync(t, Ct), UserTables);
        await Refusal.CheckAsync(app, BadName.Select(n => new Bad<TeamNameInput>("bad name", nameof(TeamNameInput.Name), new() { Name = n, Version = first.Version })),
            async t => await teams.RenameAsync(first.Id, t, Ct), UserTables);
    }

    [Fact]
    public async Task CreateToken_BadNameAccessOrDays_RefusedOnTheFieldAndNothingStored()
    {
        await using var ana = await AsUser.SignInAsync(app.Factory, BadInputApp.Ana);
        var tokens = ana.Service<AccessTokenService>();
        var bad = Gen.OneOf(
            BadName.Select(n => new Bad<TokenInput>("bad name", nameof(TokenInput.Name), new() { Name = n })),
            Unknown<TokenAccess>().Select(a => new Bad<TokenInput>($"unknown access {(int)a}", nameof(TokenInput.Access), new() { Name = "CI", Access = a })),
            Outside(1, AccessToken.MaxDays).Select(d => new Bad<TokenInput>($"{d} days", nameof(TokenInput.Days), new() { Name = "CI", Days = d })));

        await Refusal.CheckAsync(app, bad, async t => await tokens.CreateAsync(t, Ct), ["AccessTokens"]);
    }

    private static Bad<SettingsInput> Settings(SettingsInput shown, string what, string field, Action<SettingsInput> change)
    {
        var input = new SettingsInput();
        foreach (var property in typeof(SettingsInput).GetProperties().Where(p => p.CanWrite))
        {
            property.SetValue(input, property.GetValue(shown));
        }

        change(input);
        return new Bad<SettingsInput>(what, field, input);
    }

    private static void Set(SettingsInput input, string field, int value) => typeof(SettingsInput).GetProperty(field)!.SetValue(input, value);
}
