using Microsoft.Playwright;
using MlCareer.E2E.Infrastructure;
using MlCareer.E2E.Pages;
using static Microsoft.Playwright.Assertions;

namespace MlCareer.E2E;

/// <summary>Every dialog opened, walked and closed by keyboard alone; a week of hours saved by keyboard alone.</summary>
[Trait("Category", "E2E")]
public class KeyboardTests(AppServer app) : IClassFixture<AppServer>
{
    /// <summary>
    /// Each dialog of the app: the page, who opens it, and the button that opens it; "menu | item" for a dialog
    /// opened from a menu, where focus returns to the menu's button.
    /// </summary>
    public static TheoryData<string, string, string> Dialogs => new()
    {
        { "project", AppPage.Engineer, "[data-testid=edit-project]" },
        { "project", AppPage.Engineer, "[data-testid=add-phase]" },
        { "project", AppPage.Engineer, "[data-testid=phase-menu] button | [data-testid=edit-phase]" },
        { "project", AppPage.Engineer, "[data-testid=phase-menu] button | [data-testid=add-period]" },
        { "project", AppPage.Engineer, "[data-testid=phase-menu] button | [data-testid=whatif]" },
        { "project", AppPage.Engineer, "[data-testid=phase-menu] button | [data-testid=remove-phase]" },
        { "project", AppPage.Engineer, "[data-testid=remove-period]" },
        { "project", AppPage.Engineer, "[data-testid=add-assignment]" },
        { "project", AppPage.Engineer, "[data-testid=edit-assignment]" },
        { "project", AppPage.Engineer, "[data-testid=remove-assignment]" },
        { "project", AppPage.Lead, "[data-testid=archive-project]" },
        { "users", AppPage.Admin, "[data-testid=new-user]" },
        { "users", AppPage.Admin, "[data-testid=new-team]" },
        { "users", AppPage.Admin, "[data-testid=edit-user]" },
        { "users", AppPage.Admin, "[data-testid=set-capacity]" },
        { "users", AppPage.Admin, "[data-testid=reset-password-button]" },
        { "users", AppPage.Admin, "[data-testid=deactivate-user]" },
    };

    /// <summary>
    /// What has focus when it is neither in the dialog nor on the document itself (where a modal dialog lets
    /// focus rest between its last element and its first, as a native one does); null when nothing else has.
    /// </summary>
    private const string OutsideTheDialog =
        "() => { const e = document.activeElement; return !e || e === document.body || e.closest('[role=dialog]') ? null : e.outerHTML.slice(0, 300); }";

    [Theory]
    [MemberData(nameof(Dialogs))]
    public async Task Dialog_OpenedByKeyboard_KeepsFocusInsideAndEscapeReturnsItToTheOpener(string pageName, string account, string opener)
    {
        AppServer.RequireBrowser();
        var page = await app.PageAsAsync(account);
        await AppPage.All.Single(p => p.Name == pageName).OpenAsync(page);
        await FocusOnNavigateAsync(page);
        var steps = opener.Split(" | ");
        var button = page.Locator(steps[0]).First;
        await button.FocusAsync();
        if (steps.Length > 1)
        {
            await page.Keyboard.PressAsync("Enter");
            await ArrowDownToAsync(page, page.Locator(steps[1]));
        }

        await page.Keyboard.PressAsync("Enter");

        var dialog = page.GetByRole(AriaRole.Dialog);
        await Expect(dialog).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Menu)).ToHaveCountAsync(0);
        await page.WaitForFunctionAsync("() => document.activeElement?.closest('[role=dialog]') != null");
        for (var i = 0; i < 12; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var outside = await page.EvaluateAsync<string?>(OutsideTheDialog);
            Assert.True(outside is null, $"Tab {i + 1} left the dialog of {opener} for {outside}");
        }

        await page.Keyboard.PressAsync("Escape");
        await Expect(dialog).ToHaveCountAsync(0);
        await Expect(button).ToBeFocusedAsync();
        await page.Context.CloseAsync();
    }

    /// <summary>
    /// Waits for the page to put focus on its title, as it does after each navigation once the circuit has
    /// rendered: a key pressed before that lands on whatever the title takes focus from.
    /// </summary>
    private static Task FocusOnNavigateAsync(IPage page) => Expect(page.Locator("h1")).ToBeFocusedAsync();

    /// <summary>
    /// Walks an open menu as a keyboard user does: the menu puts focus on its first item, and each ArrowDown moves
    /// it to the next one. The menu acts on the item it moved focus to, so each step waits for that focus to land.
    /// </summary>
    private static async Task ArrowDownToAsync(IPage page, ILocator item)
    {
        var items = page.Locator("[role=menu]", new() { Has = item }).Locator("[role=menuitem]");
        await Expect(items.First).ToBeFocusedAsync();
        var target = await item.EvaluateAsync<int>("e => [...e.closest('[role=menu]').querySelectorAll('[role=menuitem]')].indexOf(e)");
        for (var i = 1; i <= target; i++)
        {
            await page.Keyboard.PressAsync("ArrowDown");
            await Expect(items.Nth(i)).ToBeFocusedAsync();
        }

        await Expect(item).ToBeFocusedAsync();
    }

    [Fact]
    public async Task Dialog_EscapeWhileFocusRestsOnTheDocument_ClosesItAndReturnsFocusToTheOpener()
    {
        AppServer.RequireBrowser();
        var page = await app.PageAsAsync(AppPage.Admin);
        await AppPage.All.Single(p => p.Name == "users").OpenAsync(page);
        await FocusOnNavigateAsync(page);
        var button = page.Locator("[data-testid=new-team]").First;
        await button.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        var dialog = page.GetByRole(AriaRole.Dialog);
        await Expect(dialog).ToBeVisibleAsync();
        await page.WaitForFunctionAsync("() => document.activeElement?.closest('[role=dialog]') != null");

        // Where Tab past the dialog's last element leaves it.
        await page.EvaluateAsync("() => document.activeElement.blur()");
        await page.Keyboard.PressAsync("Escape");

        await Expect(dialog).ToHaveCountAsync(0);
        await Expect(button).ToBeFocusedAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Timesheet_HoursTypedAndSavedByKeyboardAlone_AreStored()
    {
        AppServer.RequireBrowser();
        var page = await app.PageAsAsync("dmitri@mlcareer.example");
        var timesheet = new TimesheetPage(page);
        await timesheet.GotoAsync();
        var firstHours = page.GetByTestId("timesheet-grid").Locator("[data-testid^='hours-cell-'] input").First;
        var firstNote = page.GetByTestId("timesheet-grid").Locator("[data-testid^='note-cell-'] input").First;
        await Expect(firstHours).ToBeFocusedAsync();

        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.TypeAsync("7.5");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync("Typed without a mouse");
        await page.Keyboard.PressAsync("Enter");

        await Expect(page.GetByText("Hours saved.")).ToBeVisibleAsync();
        await timesheet.GotoAsync();
        await Expect(firstHours).ToHaveValueAsync("7.5");
        await Expect(firstNote).ToHaveValueAsync("Typed without a mouse");
    }
}
