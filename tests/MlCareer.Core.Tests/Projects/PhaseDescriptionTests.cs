using MlCareer.Core.Common;
using MlCareer.Core.Projects;

namespace MlCareer.Core.Tests.Projects;

public class PhaseDescriptionTests
{
    [Theory]
    [InlineData(PhaseKind.ProblemUnderstanding)]
    [InlineData(PhaseKind.DataLabeling)]
    [InlineData(PhaseKind.Deployment)]
    public void TrySetKind_OneOfTheSix_Stored(PhaseKind kind)
    {
        var phase = new Phase { Kind = PhaseKind.DataWrangling };

        var violation = phase.TrySetKind(kind);

        Assert.Null(violation);
        Assert.Equal(kind, phase.Kind);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(7)]
    [InlineData(-1)]
    [InlineData(int.MaxValue)]
    public void TrySetKind_UnknownValue_RefusedAndKeepsTheOld(int kind)
    {
        var phase = new Phase { Kind = PhaseKind.DataWrangling };

        var violation = phase.TrySetKind((PhaseKind)kind);

        Assert.Equal((RuleCode.UnknownValue, nameof(Phase.Kind)), (violation!.Code, violation.Field));
        Assert.Equal(PhaseKind.DataWrangling, phase.Kind);
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("", null)]
    [InlineData("   ", null)]
    [InlineData("  Labels from the vendor  ", "Labels from the vendor")]
    [InlineData("Round one\r\nRound two\tdone", "Round one\r\nRound two\tdone")]
    public void TrySetNotes_GoodNotes_StoredTrimmedAndBlankAsNone(string? notes, string? stored)
    {
        var phase = new Phase();
        phase.TrySetNotes("Before");

        var violation = phase.TrySetNotes(notes);

        Assert.Null(violation);
        Assert.Equal(stored, phase.Notes);
    }

    [Theory]
    [InlineData("Bad\u0000", RuleCode.ControlCharacters)]
    [InlineData("Bad\u202Eevil", RuleCode.ControlCharacters)]
    [InlineData("Bad\u0007", RuleCode.ControlCharacters)]
    public void TrySetNotes_BadNotes_RefusedAndKeepsTheOld(string notes, RuleCode code)
    {
        var phase = new Phase();
        phase.TrySetNotes("Before");

        var violation = phase.TrySetNotes(notes);
        var overlong = phase.TrySetNotes(new string('x', FieldLengths.Note + 1));

        Assert.Equal((code, nameof(Phase.Notes)), (violation!.Code, violation.Field));
        Assert.Equal((RuleCode.TooLong, (object)FieldLengths.Note), (overlong!.Code, overlong.Args[0]));
        Assert.Equal("Before", phase.Notes);
    }

    [Theory]
    [InlineData(80)]
    [InlineData(0)]
    [InlineData(null)]
    public void SetShare_ShareOrNone_OverridesOrFollowsTheKind(int? percent)
    {
        var phase = new Phase { Kind = PhaseKind.ModelDevelopment };
        phase.SetShare(new Share(0.3));

        phase.SetShare(percent is { } p ? Share.FromPercent(p) : null);

        Assert.Equal(percent, phase.InvolvementShare?.ToPercent());
    }
}
