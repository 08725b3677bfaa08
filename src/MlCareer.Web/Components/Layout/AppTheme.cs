using MudBlazor;

namespace MlCareer.Web.Components.Layout;

/// <summary>
/// The MudBlazor theme: indigo primary, teal secondary, system fonts (no web fonts to fetch). Every colour
/// that text is written in, or that text is written on, meets WCAG 2.2 AA (4.5:1 for normal text) on the
/// surfaces of its palette, so chips, alerts, links and labels pass wherever a page uses them: the light
/// palette takes the 700–800 shades, the dark one the 200–300 shades with dark text on filled colours.
/// </summary>
public static class AppTheme
{
    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#3949ab",
            Secondary = "#00796b",
            Info = "#1565c0",
            Success = "#2e7d32",
            Warning = "#a84f00",
            Error = "#c62828",
            AppbarBackground = "#3949ab",
            AppbarText = "#ffffff",
            TextSecondary = "rgba(0,0,0,0.64)",
            TextDisabled = "rgba(0,0,0,0.5)",
            ActionDisabled = "rgba(0,0,0,0.42)",
        },
        PaletteDark = new PaletteDark
        {
            Primary = "#9fa8da",
            PrimaryContrastText = "rgba(0,0,0,0.87)",
            Secondary = "#80cbc4",
            SecondaryContrastText = "rgba(0,0,0,0.87)",
            Info = "#90caf9",
            InfoContrastText = "rgba(0,0,0,0.87)",
            Success = "#81c784",
            SuccessContrastText = "rgba(0,0,0,0.87)",
            Warning = "#ffcc80",
            WarningContrastText = "rgba(0,0,0,0.87)",
            Error = "#ef9a9a",
            ErrorContrastText = "rgba(0,0,0,0.87)",
            AppbarBackground = "#283593",
            AppbarText = "#ffffff",
            TextPrimary = "rgba(255,255,255,0.87)",
            TextSecondary = "rgba(255,255,255,0.68)",
            TextDisabled = "rgba(255,255,255,0.55)",
            ActionDefault = "rgba(255,255,255,0.75)",
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
