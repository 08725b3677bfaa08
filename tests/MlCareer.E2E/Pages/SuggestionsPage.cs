using Microsoft.Playwright;

namespace MlCareer.E2E.Pages;

/// <summary>The engineer's suggestions: one section per upcoming window, a card per suggestion with its reasons and actions.</summary>
public sealed class SuggestionsPage(IPage page)
{
    public ILocator Windows => page.GetByTestId("suggestion-window");

    public ILocator Dialog => page.GetByRole(AriaRole.Dialog);

    public async Task GotoAsync()
    {
        await page.GotoAsync("/suggestions");
        await new ShellPage(page).WaitInteractiveAsync();
        await Assertions.Expect(page.GetByTestId("suggestion-windows").Or(page.GetByTestId("no-suggestion-windows"))).ToBeVisibleAsync();
    }

    public ILocator Window(int index) => Windows.Nth(index);

    /// <summary>The card of the activity titled <paramref name="title"/> in the window at <paramref name="windowIndex"/>.</summary>
    public ILocator Card(string title, int windowIndex = 0) =>
        Window(windowIndex).GetByTestId("suggestion").Filter(new() { Has = page.GetByTestId("suggestion-title").GetByText(title, new() { Exact = true }) });

    /// <summary>Opens Accept on the card, optionally changes the hours, and takes it on.</summary>
    public async Task AcceptAsync(string title, string? hours = null, int windowIndex = 0)
    {
        await Card(title, windowIndex).GetByTestId("accept").ClickAsync();
        if (hours is not null)
        {
            await Dialog.GetByTestId("accept-hours").FillAsync(hours);
        }

        await Dialog.GetByTestId("save-accept").ClickAsync();
        await Assertions.Expect(Dialog).ToHaveCountAsync(0);
    }
}
