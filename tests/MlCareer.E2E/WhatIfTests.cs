using Microsoft.Playwright;
using MlCareer.E2E.Infrastructure;
using MlCareer.E2E.Pages;
using MlCareer.Web.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace MlCareer.E2E;

/// <summary>
/// Reads the demo organisation's windows as seeded, so it has an app of its own: the project journeys create
/// projects for Ana, which take load in the weeks this test expects free.
/// </summary>
[Trait("Category", "E2E")]
public class WhatIfTests(AppServer app) : IClassFixture<AppServer>
{
    [Fact]
    public async Task WhatIf_MovingModelDevelopmentFourWeeks_ShowsAnasWindowMoving()
    {
        AppServer.RequireBrowser();
        var page = await app.SignedInPageAsync("ana@mlcareer.example");
        var now = MlCareerWebFactory.ThisWeek;
        await page.GotoAsync("/projects");
        await new ShellPage(page).WaitInteractiveAsync();
        await page.GetByTestId("projects-table").GetByText("Customer churn prediction").ClickAsync();

        await new ProjectPage(page).ChoosePhaseActionAsync(5, "whatif");
        var dialog = page.GetByRole(AriaRole.Dialog);
        await Expect(dialog.GetByTestId("whatif-table")).ToContainTextAsync($"{now.AddWeeks(1)} – {now.AddWeeks(3)}");
        var slider = dialog.GetByRole(AriaRole.Slider);
        await slider.FocusAsync();
        for (var i = 0; i < 4; i++)
        {
            await slider.PressAsync("ArrowRight");
        }

        var anaAfter = dialog.Locator("tr", new() { HasText = "Ana Souza" }).GetByTestId("whatif-after");
        await Expect(anaAfter).ToContainTextAsync($"{now.AddWeeks(5)} – ");
        await Expect(anaAfter).Not.ToContainTextAsync($"{now.AddWeeks(1)} – {now.AddWeeks(3)}");
        await Screenshots.TakeAsync(page, "what-if");
    }
}
