using MudBlazor;

namespace MlCareer.Web.Components.Layout;

/// <summary>
/// The MudBlazor theme: indigo primary, teal secondary, system fonts (no web fonts to fetch). In dark mode the
/// primary is a light indigo with dark text on it, so both text on the app bar and primary text on dark
/// surfaces keep a contrast of at least 4.5:1, as does secondary text.
/// </summary>
public static class AppTheme
{
    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight { Primary = "#3949ab", Secondary = "#00897b", AppbarBackground = "#3949ab" },
        PaletteDark = new PaletteDark
        {
            Primary = "#9fa8da",
            PrimaryContrastText = "rgba(0,0,0,0.87)",
            Secondary = "#4db6ac",
            AppbarBackground = "#283593",
            TextSecondary = "rgba(255,255,255,0.62)",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography
            {
                FontFamily = ["system-ui", "-apple-system", "Segoe UI", "Roboto", "Noto Sans", "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", "sans-serif"],
            },
        },
    };
}
