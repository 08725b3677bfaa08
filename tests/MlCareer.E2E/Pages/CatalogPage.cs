using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace MlCareer.E2E.Pages;

/// <summary>The admin's activity catalog: the grid, its filters, and the create and edit dialog.</summary>
public sealed class CatalogPage(IPage page)
{
    public ILocator Grid => page.GetByTestId("catalog-grid");

    public ILocator Dialog => page.GetByRole(AriaRole.Dialog);

    public async Task GotoAsync()
    {
        await page.GotoAsync("/admin/catalog");
        await new ShellPage(page).WaitInteractiveAsync();
        await Assertions.Expect(Grid.GetByText("Mentor a cohort in an online program").First).ToBeVisibleAsync();
    }

    public ILocator Row(string title) =>
        Grid.GetByRole(AriaRole.Row).Filter(new() { Has = page.GetByTestId("catalog-title").GetByText(title, new() { Exact = true }) });

    /// <summary>Creates a writing activity any engineer with free hours can take on: 3–4 h a week, one-off, paused at will, in another industry.</summary>
    public async Task CreateWritingAsync(string title, string titleZh, string skills, string industry)
    {
        await page.GetByTestId("new-activity").ClickAsync();
        await Dialog.GetByTestId("activity-title").FillAsync(title);
        await Dialog.GetByTestId("activity-title-zh").FillAsync(titleZh);
        await Dialog.GetByTestId("activity-min-hours").FillAsync("3");
        await Dialog.GetByTestId("activity-max-hours").FillAsync("4");
        await Dialog.GetByText(new Regex("^Can be paused")).ClickAsync();
        await Dialog.GetByTestId("activity-skills").FillAsync(skills);
        await Dialog.GetByTestId("activity-industry").FillAsync(industry);
        await Dialog.GetByTestId("save-activity").ClickAsync();
        await Assertions.Expect(Dialog).ToHaveCountAsync(0);
    }

    public async Task ArchiveAsync(string title) => await Row(title).GetByTestId("archive-activity").ClickAsync();
}
