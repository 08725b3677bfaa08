using Bunit;
using MlCareer.Core.Projects;
using MlCareer.Web.Features;
using MlCareer.Web.Features.Timesheet;
using MudBlazor;

namespace MlCareer.Web.Tests.Components;

public class TimesheetGridTests : MudBunitContext
{
    private static readonly IReadOnlyList<TimesheetRow> Rows =
    [
        new(1, "Customer churn prediction", PhaseKind.ModelDevelopment, 0, null, null),
        new(2, "Invoice document OCR", PhaseKind.DataLabeling, 6, "Vendor sync", Guid.NewGuid()),
    ];

    [Fact]
    public void Render_LoadedRows_ShowsPhasesAndTheTotalAgainstCapacity()
    {
        var grid = RenderGrid();

        Assert.Contains("Model development", grid.Markup, StringComparison.Ordinal);
        Assert.Contains("Data labeling", grid.Markup, StringComparison.Ordinal);
        Assert.Equal("6 of 40 h", grid.Find("[data-testid=total-chip]").TextContent.Trim());
    }

    [Fact]
    public void TypeHours_TotalUpdatesAgainstCapacity()
    {
        var grid = RenderGrid();

        grid.Find("[data-testid=hours-cell-1] input").Input("12.5");

        grid.WaitForAssertion(() => Assert.Equal("18.5 of 40 h", grid.Find("[data-testid=total-chip]").TextContent.Trim()));
    }

    [Fact]
    public void TypeHours_OverCapacity_SaysByHowMuch()
    {
        var grid = RenderGrid();

        grid.Find("[data-testid=hours-cell-1] input").Input("40");

        grid.WaitForAssertion(() => Assert.Contains("6 h over your weekly capacity", grid.Find("[data-testid=timesheet-total]").TextContent, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("200")]
    [InlineData("-1")]
    public void TypeHours_OutOfRange_MessageNextToTheField(string hours)
    {
        var grid = RenderGrid();

        grid.Find("[data-testid=hours-cell-1] input").Input(hours);

        grid.WaitForAssertion(() => Assert.Contains("Enter between 0 and 168 hours.", grid.Find("[data-testid=hours-cell-1]").TextContent, StringComparison.Ordinal));
        Assert.DoesNotContain("Enter between", grid.Find("[data-testid=hours-cell-2]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void TypeHours_TotalOver168_MessageAtTheTotal()
    {
        var grid = RenderGrid();

        grid.Find("[data-testid=hours-cell-1] input").Input("165");

        grid.WaitForAssertion(() => Assert.Equal("These rows add up to 171 hours; a week holds at most 168.", grid.Find("[data-testid=total-error]").TextContent.Trim()));
    }

    [Fact]
    public void Submit_ValidRows_RaisesOnSaveWithTheTypedHoursAndNotes()
    {
        IReadOnlyList<TimesheetRow>? saved = null;
        var grid = RenderGrid(onSave: rows => saved = rows);
        grid.Find("[data-testid=hours-cell-1] input").Input("7");
        grid.Find("[data-testid=note-cell-1] input").Input("Retraining");

        grid.Find("form").Submit();

        grid.WaitForAssertion(() => Assert.NotNull(saved));
        Assert.Equal([(1, 7.0, "Retraining"), (2, 6.0, "Vendor sync")], saved!.Select(r => (r.PhaseId, r.Hours, r.Note)));
        Assert.Equal(Rows[1].Version, saved![1].Version);
    }

    [Fact]
    public void Submit_HoursOutOfRange_DoesNotSave()
    {
        var saves = 0;
        var grid = RenderGrid(onSave: _ => saves++);
        grid.Find("[data-testid=hours-cell-2] input").Input("169");

        grid.Find("form").Submit();

        grid.WaitForAssertion(() => Assert.Contains("Enter between 0 and 168 hours.", grid.Find("[data-testid=hours-cell-2]").TextContent, StringComparison.Ordinal));
        Assert.Equal(0, saves);
    }

    [Theory]
    [InlineData("1e9")]
    [InlineData("12,5")]
    [InlineData("abc")]
    [InlineData("7.5.1")]
    public void TypeHours_NotANumber_KeepsTheTextRefusesTheRowAndLeavesItOutOfTheTotal(string typed)
    {
        var saves = 0;
        var grid = RenderGrid(onSave: _ => saves++);
        var input = grid.Find("[data-testid=hours-cell-1] input");

        input.Input(typed);
        grid.Find("form").Submit();

        grid.WaitForAssertion(() =>
        {
            Assert.Contains("Enter a number, such as 12.5.", grid.Find("[data-testid=hours-cell-1]").TextContent, StringComparison.Ordinal);
            Assert.Equal(typed, grid.Find("[data-testid=hours-cell-1] input").GetAttribute("value"));
            Assert.Equal("6 of 40 h", grid.Find("[data-testid=total-chip]").TextContent.Trim());
        });
        Assert.Equal(0, saves);
    }

    [Fact]
    public void TypeHours_MalformedThenCorrected_SavesTheCorrectedHours()
    {
        IReadOnlyList<TimesheetRow>? saved = null;
        var grid = RenderGrid(onSave: rows => saved = rows);
        grid.Find("[data-testid=hours-cell-1] input").Input("12,5");
        grid.Find("[data-testid=hours-cell-1] input").Input("12.5");

        grid.Find("form").Submit();

        grid.WaitForAssertion(() => Assert.NotNull(saved));
        Assert.Equal(12.5, saved![0].Hours);
    }

    [Fact]
    public void Render_ServerErrorForANote_ShowsItNextToThatNote()
    {
        var error = new ResultError(ErrorKind.Invalid, "Validation.MaxLength", TimesheetFields.Note(2), "Note", 1000);

        var grid = RenderGrid(error: error);

        Assert.Contains("Use at most 1000 characters.", grid.Find("[data-testid=note-cell-2]").TextContent, StringComparison.Ordinal);
    }

    private IRenderedComponent<TimesheetGrid> RenderGrid(Action<IReadOnlyList<TimesheetRow>>? onSave = null, ResultError? error = null)
    {
        Render<MudPopoverProvider>();
        return Render<TimesheetGrid>(parameters => parameters
            .Add(g => g.Rows, Rows)
            .Add(g => g.CapacityHours, 40)
            .Add(g => g.Error, error)
            .Add(g => g.OnSave, rows => onSave?.Invoke(rows)));
    }
}
