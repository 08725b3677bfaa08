using MudBlazor;

namespace MlCareer.Web.Components.Layout;

/// <summary>The MudBlazor theme: indigo primary, teal secondary, system fonts (no web fonts to fetch).</summary>
public static class AppTheme
{
    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight { Primary = "#3949ab", Secondary = "#00897b", AppbarBackground = "#3949ab" },
        PaletteDark = new PaletteDark { Primary = "#7986cb", Secondary = "#4db6ac", AppbarBackground = "#283593" },
        Typography = new Typography
        {
            Default = new DefaultTypography
            {
                FontFamily = ["system-ui", "-apple-system", "Segoe UI", "Roboto", "Noto Sans", "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", "sans-serif"],
            },
        },
    };
}
