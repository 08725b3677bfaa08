namespace MlCareer.Web.Tests.BadInput;

/// <summary>
/// One bad input: the category of the mutation (as printed when a case fails), the field whose message
/// the refusal must carry (null when the rule has none, such as a week's total), and the input itself.
/// </summary>
public sealed record Bad<T>(string Case, string? Field, T Input)
{
    public override string ToString() => $"{Case} on {Field ?? "(no field)"}";
}
