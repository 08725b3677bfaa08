using System.Globalization;
using MlCareer.Core.Activities;
using MlCareer.Web.Localization;

namespace MlCareer.Web.Features.Suggestions;

/// <summary>A catalog activity's title and description in the person's language: Chinese when the UI is Chinese, English otherwise.</summary>
public static class ActivityTitles
{
    public static bool IsChinese => CultureInfo.CurrentUICulture.Name.StartsWith("zh", StringComparison.OrdinalIgnoreCase)
        || string.Equals(CultureInfo.CurrentUICulture.Name, Cultures.SimplifiedChinese, StringComparison.OrdinalIgnoreCase);

    public static string Title(SideActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return IsChinese && activity.TitleZh.Length > 0 ? activity.TitleZh : activity.Title;
    }

    public static string? Description(SideActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return IsChinese && activity.DescriptionZh is { Length: > 0 } zh ? zh : activity.Description;
    }
}
