using Microsoft.Playwright;

namespace MlCareer.E2E.Pages;

/// <summary>My activities: engagements by status, the growth summary and slip warnings.</summary>
public sealed class ActivitiesPage(IPage page)
{
    public ILocator Growth => page.GetByTestId("growth");

    public ILocator Dialog => page.GetByRole(AriaRole.Dialog);

    public async Task GotoAsync()
    {
        await page.GotoAsync("/activities");
        await new ShellPage(page).WaitInteractiveAsync();
        await Assertions.Expect(Growth).ToBeVisibleAsync();
    }

    public ILocator Engagement(string title) =>
        page.GetByTestId("engagement").Filter(new() { Has = page.GetByTestId("engagement-title").GetByText(title, new() { Exact = true }) });

    public ILocator Figure(string testId) => page.GetByTestId($"growth-{testId}");

    /// <summary>Completes the engagement titled <paramref name="title"/> with a link, money, rank and note.</summary>
    public async Task CompleteAsync(string title, string link, string money, string currency, string? rank, string note)
    {
        await Engagement(title).GetByTestId("complete").ClickAsync();
        await Dialog.GetByTestId("outcome-link-input").FillAsync(link);
        await Dialog.GetByTestId("outcome-money").FillAsync(money);
        await Dialog.GetByTestId("outcome-currency").FillAsync(currency);
        if (rank is not null)
        {
            await Dialog.GetByTestId("outcome-rank").FillAsync(rank);
        }

        await Dialog.GetByTestId("outcome-note").FillAsync(note);
        await Dialog.GetByTestId("save-outcome").ClickAsync();
        await Assertions.Expect(Dialog).ToHaveCountAsync(0);
    }
}
