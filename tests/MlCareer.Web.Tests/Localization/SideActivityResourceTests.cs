using MlCareer.Core.Common;
using System.Globalization;
using System.Resources;
using MlCareer.Core.Activities;
using MlCareer.Core.Suggestions;
using MlCareer.Web.Features.Catalog;

namespace MlCareer.Web.Tests.Localization;

/// <summary>The side-activity pages build some keys from enum values; every value has its words in both languages.</summary>
public class SideActivityResourceTests
{
    private static readonly ResourceManager Resources = new("MlCareer.Web.Resources.SharedResource", typeof(SharedResource).Assembly);

    public static TheoryData<string> Keys()
    {
        var keys = new TheoryData<string>();
        foreach (var key in Enum.GetValues<ActivityKind>().Select(k => $"ActivityKind.{k}")
            .Concat(Enum.GetValues<EngagementStatus>().Select(s => $"Activities.Status.{s}"))
            .Concat(Enum.GetValues<CommitmentShape>().Select(s => $"Catalog.Shape.{s}"))
            .Concat(Enum.GetValues<CommitmentShape>().Where(s => s != CommitmentShape.OneOff).Select(s => $"Catalog.Shape.{s}Weeks"))
            .Concat(Enum.GetValues<PayBasis>().Select(b => $"Catalog.PayBasis.{b}"))
            .Concat(Enum.GetValues<SideActivityViolationCode>().Select(CatalogMessages.KeyOf))
            .Concat(Enum.GetValues<SuggestionFilter>().Select(f => $"Suggestions.Filter.{f}"))
            .Concat(Enum.GetValues<RuleCode>().Select(c => $"Rules.{c}")))
        {
            keys.Add(key);
        }

        return keys;
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public void Key_FromAnEnumValue_InEnglishAndChinese(string key)
    {
        var english = Resources.GetString(key, CultureInfo.InvariantCulture);
        var chinese = Resources.GetResourceSet(CultureInfo.GetCultureInfo("zh-Hans"), createIfNotExists: true, tryParents: false)!.GetString(key);

        Assert.False(string.IsNullOrWhiteSpace(english), key);
        Assert.False(string.IsNullOrWhiteSpace(chinese), key);
    }
}
