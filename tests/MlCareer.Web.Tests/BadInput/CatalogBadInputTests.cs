using CsCheck;
using MlCareer.Core.Activities;
using MlCareer.Core.Common;
using MlCareer.Web.Features.Catalog;
using MlCareer.Web.Tests.Infrastructure;
using static MlCareer.Web.Tests.BadInput.BadValues;

namespace MlCareer.Web.Tests.BadInput;

/// <summary>The admin's catalog of side activities: every field of a new or changed entry.</summary>
[Collection(BadInputApp.Name)]
public sealed class CatalogBadInputTests(SqliteApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Gen<ActivityInput> Valid => Gen.Select(Word, Gen.Double[1, 4], Gen.Double[0, 4], Gen.Int[1, 4], (title, min, extra, weeks) => new ActivityInput
    {
        Kind = ActivityKind.Writing, Title = title, TitleZh = "标题" + title, Description = "About " + title, Link = "https://example.org/" + title,
        MinHoursPerWeek = min, MaxHoursPerWeek = min + extra, MinWeeks = weeks, CommitmentShape = CommitmentShape.FixedTerm, CommitmentWeeks = weeks + 2,
        PayBasis = PayBasis.PerHour, PayAmount = 80, PayCurrency = "USD", Income = true, SkillsText = "writing, nlp", Industry = "media",
    });

    private static Gen<Bad<ActivityInput>> Bad => Gen.OneOf(
        Gen.Select(Valid, Unknown<ActivityKind>(), (a, k) => Mutate(a, $"unknown kind {(int)k}", nameof(a.Kind), x => x.Kind = k)),
        Gen.Select(Valid, Unknown<CommitmentShape>(), (a, k) => Mutate(a, $"unknown commitment {(int)k}", nameof(a.CommitmentShape), x => x.CommitmentShape = k)),
        Gen.Select(Valid, Unknown<PayBasis>(), (a, k) => Mutate(a, $"unknown pay basis {(int)k}", nameof(a.PayBasis), x => x.PayBasis = k)),
        Gen.Select(Valid, Gen.OneOf(Overlong(FieldLengths.ShortText), ControlText()), (a, s) => Mutate(a, "bad title", nameof(a.Title), x => x.Title = s)),
        Gen.Select(Valid, Gen.OneOf(Overlong(FieldLengths.ShortText), ControlText()), (a, s) => Mutate(a, "bad Chinese title", nameof(a.TitleZh), x => x.TitleZh = s)),
        Gen.Select(Valid, Gen.OneOf(Overlong(FieldLengths.Description), ControlText(multiline: true)), (a, s) => Mutate(a, "bad description", nameof(a.Description), x => x.Description = s)),
        Gen.Select(Valid, Gen.OneOf(BadLink, Overlong(FieldLengths.Url).Select(s => "https://example.org/" + s), ControlText().Select(s => "https://example.org/" + s)), (a, s) =>
            Mutate(a, "bad link", nameof(a.Link), x => x.Link = s)),
        Gen.Select(Valid, Outside(1e-9, Hours.MaxPerWeek), (a, h) => Mutate(a, $"least {h} h/week", nameof(a.MinHoursPerWeek), x => x.MinHoursPerWeek = h)),
        Gen.Select(Valid, Outside(1e-9, Hours.MaxPerWeek), (a, h) => Mutate(a, $"most {h} h/week", nameof(a.MaxHoursPerWeek), x => x.MaxHoursPerWeek = h)),
        Gen.Select(Valid, Gen.Double[0.01, 0.99], (a, f) => Mutate(a, "most below the least", nameof(a.MaxHoursPerWeek), x => x.MaxHoursPerWeek = x.MinHoursPerWeek * f)),
        Gen.Select(Valid, Outside(1, Commitment.MaxWeeks), (a, w) => Mutate(a, $"least {w} weeks", nameof(a.MinWeeks), x => x.MinWeeks = w)),
        Gen.Select(Valid, Outside(1, Commitment.MaxWeeks), (a, w) => Mutate(a, $"term {w} weeks", nameof(a.CommitmentWeeks), x => x.CommitmentWeeks = w)),
        Gen.Select(Valid, Outside(0.01m, ActivityPay.MaxAmount), (a, m) => Mutate(a, $"pay {m}", nameof(a.PayAmount), x => x.PayAmount = m)),
        Gen.Select(Valid, BadCurrency, (a, c) => Mutate(a, $"currency {c}", nameof(a.PayCurrency), x => x.PayCurrency = c)),
        Gen.Select(Valid, Gen.OneOf(Overlong(FieldLengths.Skill), ControlText()), (a, s) => Mutate(a, "bad skill", nameof(a.SkillsText), x => x.SkillsText = $"writing, {s}")),
        Gen.Select(Valid, Gen.OneOf(Overlong(FieldLengths.Industry), ControlText()), (a, s) => Mutate(a, "bad industry", nameof(a.Industry), x => x.Industry = s)));

    [Fact]
    public async Task CreateAndUpdateActivity_BadField_RefusedOnTheFieldAndNothingStored()
    {
        await using var admin = await AsUser.SignInAsync(app.Factory, BadInputApp.Admin);
        var catalog = admin.Service<CatalogService>();
        var first = (await catalog.ListAsync(Ct)).Value![0];

        await Refusal.CheckAsync(app, Bad, async a => await catalog.CreateAsync(a, Ct), ["SideActivities"]);
        await Refusal.CheckAsync(app, Bad, async a =>
        {
            (a.Id, a.Version) = (first.Id, first.Version);
            return await catalog.UpdateAsync(a, Ct);
        }, ["SideActivities"]);
    }
}
