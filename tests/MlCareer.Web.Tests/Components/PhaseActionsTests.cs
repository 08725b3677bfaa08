using Bunit;
using MlCareer.Core.Projects;
using MlCareer.Web.Features.Projects;
using MudBlazor;
using static MlCareer.Web.Tests.Infrastructure.TestPhases;

namespace MlCareer.Web.Tests.Components;

public class PhaseActionsTests : MudBunitContext
{
    private static readonly DateOnly Monday = new(2026, 11, 30);

    [Fact]
    public void Render_PlannedPhase_OneMenuButtonNamedForThePhaseAndNoActionUntilItOpens()
    {
        var popovers = Render<MudPopoverProvider>();

        var actions = Render<PhaseActions>(p => p.Add(a => a.Phase, Phase(PhaseKind.DataWrangling, Monday, Monday.AddDays(13))));

        var button = Assert.Single(actions.FindAll("button"));
        Assert.Equal("Actions for Data wrangling", button.GetAttribute("aria-label"));
        Assert.Empty(popovers.FindAll("[data-testid=edit-phase]"));
    }

    [Fact]
    public void Open_PlannedFirstPhase_ListsEveryActionByNameWithMoveUpDisabled()
    {
        var popovers = Render<MudPopoverProvider>();
        var actions = Render<PhaseActions>(p => p
            .Add(a => a.Phase, Phase(PhaseKind.DataWrangling, Monday, Monday.AddDays(13)))
            .Add(a => a.IsFirst, true));

        actions.Find("button").Click();

        popovers.WaitForAssertion(() => Assert.Equal(
            ["Start phase today", "Finish phase today", "What if this phase moved?", "Add period (e.g. training run)", "Edit phase", "Move up", "Move down", "Remove phase"],
            popovers.FindAll(".mud-menu-item").Select(i => i.TextContent.Trim())));
        Assert.Contains("mud-disabled", popovers.Find("[data-testid=move-up]").ClassName, StringComparison.Ordinal);
        Assert.DoesNotContain("mud-disabled", popovers.Find("[data-testid=move-down]").ClassName ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public void Open_ThenChooseEdit_RaisesOnEdit()
    {
        var edited = 0;
        var popovers = Render<MudPopoverProvider>();
        var actions = Render<PhaseActions>(p => p
            .Add(a => a.Phase, Phase(PhaseKind.DataWrangling, Monday, Monday.AddDays(13)))
            .Add(a => a.OnEdit, () => edited++));

        actions.Find("button").Click();
        popovers.WaitForElement("[data-testid=edit-phase]").Click();

        Assert.Equal(1, edited);
    }

    [Fact]
    public void Choose_AnActionThatWaitsForADialog_ClosesTheMenuBeforeTheActionEnds()
    {
        var dialog = new TaskCompletionSource();
        var popovers = Render<MudPopoverProvider>();
        var actions = Render<PhaseActions>(p => p
            .Add(a => a.Phase, Phase(PhaseKind.DataWrangling, Monday, Monday.AddDays(13)))
            .Add(a => a.OnRemove, () => dialog.Task));

        actions.Find("button").Click();
        _ = popovers.WaitForElement("[data-testid=remove-phase]").ClickAsync(new());

        popovers.WaitForAssertion(() => Assert.Empty(popovers.FindAll(".mud-menu-item")));
        Assert.False(dialog.Task.IsCompleted);
        dialog.SetResult();
    }
}
