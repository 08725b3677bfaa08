using Bunit;
using MlCareer.Core.Projects;
using MlCareer.Web.Features.Projects;
using static MlCareer.Web.Tests.Infrastructure.TestPhases;

namespace MlCareer.Web.Tests.Components;

public class PhaseActionsTests : MudBunitContext
{
    [Fact]
    public void Render_PlannedPhase_EveryActionIsNamedAndShowsItsNameOnHover()
    {
        var monday = new DateOnly(2026, 11, 30);
        var phase = Phase(PhaseKind.DataWrangling, monday, monday.AddDays(13));

        var actions = Render<PhaseActions>(p => p.Add(a => a.Phase, phase));

        var buttons = actions.FindAll("button");
        Assert.Equal(
            ["Start phase today", "Finish phase today", "What if this phase moved?", "Add period (e.g. training run)", "Edit phase", "Move up", "Move down", "Remove phase"],
            buttons.Select(b => b.GetAttribute("aria-label")));
        Assert.All(buttons, b => Assert.Equal(b.GetAttribute("aria-label"), b.GetAttribute("title")));
    }
}
