using Microsoft.Playwright;

namespace MlCareer.E2E.Pages;

/// <summary>The projects list, the new-project form and a project's page.</summary>
public sealed class ProjectPage(IPage page)
{
    public ILocator Title => page.GetByTestId("project-title");

    public ILocator Assignments => page.GetByTestId("assignments-table");

    public ILocator PeriodChips => page.GetByTestId("period-chip");

    public async Task CreateFromTemplateAsync(string name)
    {
        await page.GotoAsync("/projects");
        await new ShellPage(page).WaitInteractiveAsync();
        await page.GetByTestId("new-project").ClickAsync();
        await page.GetByTestId("project-name").FillAsync(name);
        await page.GetByTestId("create-project").ClickAsync();
    }

    /// <summary>Adds a training-run period, with the dialog's defaults, to the phase at <paramref name="order"/>.</summary>
    public async Task AddTrainingRunAsync(int order)
    {
        await ChoosePhaseActionAsync(order, "add-period");
        await page.GetByTestId("save-period").ClickAsync();
    }

    /// <summary>Opens the actions menu of the phase at <paramref name="order"/> and chooses the action with that test id.</summary>
    public async Task ChoosePhaseActionAsync(int order, string action)
    {
        var row = page.Locator("tr", new PageLocatorOptions { Has = page.GetByTestId($"phase-{order}") });
        await row.GetByTestId("phase-menu").Locator("button").ClickAsync();
        await page.GetByTestId(action).ClickAsync();
    }

    public async Task AssignAsync(string engineer, int percent)
    {
        await page.GetByTestId("add-assignment").ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await dialog.GetByTestId("assignment-engineer").ClickAsync();
        await page.GetByRole(AriaRole.Option, new PageGetByRoleOptions { Name = engineer }).ClickAsync();
        await SaveAllocationAsync(dialog, percent);
    }

    /// <summary>Changes the allocation of someone already on the project, through their row's edit button.</summary>
    public async Task ChangeAllocationAsync(string engineer, int percent)
    {
        await Assignments.Locator("tr", new LocatorLocatorOptions { HasText = engineer }).GetByTestId("edit-assignment").ClickAsync();
        await SaveAllocationAsync(page.GetByRole(AriaRole.Dialog), percent);
    }

    private static async Task SaveAllocationAsync(ILocator dialog, int percent)
    {
        await dialog.GetByTestId("assignment-allocation").FillAsync(percent.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await dialog.GetByTestId("save-assignment").ClickAsync();
        await Assertions.Expect(dialog).ToHaveCountAsync(0);
    }
}
