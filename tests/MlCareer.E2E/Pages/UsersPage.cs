using Microsoft.Playwright;

namespace MlCareer.E2E.Pages;

/// <summary>The admin's Users page: the table of people and the dialogs opened from a row.</summary>
public sealed class UsersPage(IPage page)
{
    public ILocator Table => page.GetByTestId("users-table");

    public ILocator Dialog => page.GetByRole(AriaRole.Dialog);

    public async Task GotoAsync()
    {
        await page.GotoAsync("/admin/users");
        await new ShellPage(page).WaitInteractiveAsync();
        await Assertions.Expect(Table.GetByText("Ana Souza")).ToBeVisibleAsync();
    }

    public ILocator Row(string name) => Table.GetByRole(AriaRole.Row).Filter(new LocatorFilterOptions { HasText = name });

    public async Task OpenCapacityAsync(string name) => await Row(name).GetByTestId("set-capacity").ClickAsync();

    /// <summary>Types <paramref name="hours"/> into the open capacity dialog and presses Save.</summary>
    public async Task EnterCapacityAsync(string hours)
    {
        await Dialog.GetByTestId("capacity-hours").FillAsync(hours);
        await Dialog.GetByTestId("save-capacity").ClickAsync();
    }

    /// <summary>Opens the edit dialog of <paramref name="name"/>, unticks Admin and saves.</summary>
    public async Task RemoveAdminAsync(string name)
    {
        await Row(name).GetByTestId("edit-user").ClickAsync();
        await Dialog.GetByLabel("Admin").UncheckAsync();
        await Dialog.GetByTestId("save-user").ClickAsync();
        await Assertions.Expect(Dialog).ToHaveCountAsync(0);
    }

    public async Task DeactivateAsync(string name)
    {
        await Row(name).GetByTestId("deactivate-user").ClickAsync();
        await Dialog.GetByRole(AriaRole.Button, new() { Name = "Deactivate" }).ClickAsync();
    }
}
