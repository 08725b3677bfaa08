using CsCheck;
using MlCareer.Core.Projects;
using MlCareer.Web.Tests.Infrastructure;

namespace MlCareer.Web.Tests.BadInput;

/// <summary>Generators of valid values and of the bad ones each category of the issue names.</summary>
public static class BadValues
{
    /// <summary>Characters the Core text rule refuses anywhere: NUL, BEL, ESC, DEL, NEL and the bidirectional controls.</summary>
    public static readonly char[] Controls = ['\u0000', '\u0007', '\u001b', '\u007f', '\u0085', '\u202e', '\u202a', '\u2066', '\u200f', '\u061c'];

    /// <summary>Line breaks and tabs, refused in one-line text only.</summary>
    public static readonly char[] LineControls = ['\n', '\r', '\t'];

    public static readonly Gen<string> Word = Gen.String[Gen.Char['a', 'z'], 1, 12].Select(s => "Q" + s);

    /// <summary>A day from today to about a year ahead, inside the planner's calendar.</summary>
    public static readonly Gen<DateTime> Day = Gen.Int[0, 360].Select(d => MlCareerWebFactory.Today.AddDays(d).ToDateTime(TimeOnly.MinValue));

    /// <summary>A day outside the years 2000–2100 the planner accepts (a typing slip such as year 1 or 9999).</summary>
    public static readonly Gen<DateTime> DayOutOfBounds = Gen.OneOf(
        Gen.Int[1, PlanDates.FirstYear - 1], Gen.Int[PlanDates.LastYear + 1, 9999], Gen.Const(1999), Gen.Const(2101))
        .Select(Gen.Int[1, 28], (year, day) => new DateTime(year, 1, day, 0, 0, 0, DateTimeKind.Unspecified));

    /// <summary>Text over <paramref name="limit"/> characters: just over it, or many times over.</summary>
    public static Gen<string> Overlong(int limit) =>
        Gen.OneOf(Gen.Int[limit + 1, limit + 3], Gen.Int[limit * 2, limit * 20]).Select(Gen.Char['a', 'z'], (length, c) => new string(c, length));

    /// <summary><paramref name="text"/> with a refused control character somewhere in it.</summary>
    public static Gen<string> WithControl(string text, bool multiline = false) =>
        Gen.Select(Gen.OneOf(multiline ? Controls : [.. Controls, .. LineControls]), Gen.Int[0, text.Length], (c, at) => text.Insert(at, c.ToString()));

    /// <summary>A control-character variant of a word, for a field of either kind.</summary>
    public static Gen<string> ControlText(bool multiline = false) => Word.SelectMany(w => WithControl(w, multiline));

    /// <summary>A whole number outside <paramref name="min"/>–<paramref name="max"/>: just outside, far outside, or the extremes.</summary>
    public static Gen<int> Outside(int min, int max) => Gen.OneOf(
        Gen.Const(min - 1), Gen.Const(max + 1), Gen.Int[int.MinValue, min - 1], Gen.Int[max + 1, int.MaxValue], Gen.Const(int.MinValue), Gen.Const(int.MaxValue));

    /// <summary>A number outside <paramref name="min"/>–<paramref name="max"/>, or not a number at all (NaN, ±∞).</summary>
    public static Gen<double> Outside(double min, double max) => Gen.OneOf(
        Gen.Double[1e-3, 1e9].Select(d => min - d), Gen.Double[1e-3, 1e9].Select(d => max + d),
        Gen.Const(double.NaN), Gen.Const(double.PositiveInfinity), Gen.Const(double.NegativeInfinity), Gen.Const(double.MaxValue), Gen.Const(double.MinValue));

    /// <summary>An amount of money outside <paramref name="min"/>–<paramref name="max"/>.</summary>
    public static Gen<decimal> Outside(decimal min, decimal max) => Gen.OneOf(
        Gen.Int[1, int.MaxValue].Select(d => min - (d / 100m)), Gen.Int[1, int.MaxValue].Select(d => max + (d / 100m)), Gen.Const(decimal.MinValue), Gen.Const(decimal.MaxValue));

    /// <summary>A value the enum does not define, as a crafted call could send it.</summary>
    public static Gen<TEnum> Unknown<TEnum>()
        where TEnum : struct, Enum =>
        Gen.OneOf(Gen.Int, Gen.Int[-3, 64]).Where(i => !Enum.IsDefined(typeof(TEnum), i)).Select(i => (TEnum)Enum.ToObject(typeof(TEnum), i));

    /// <summary>Not a currency code: lower case, too short or long, digits, or a control character.</summary>
    public static readonly Gen<string> BadCurrency = Gen.OneOf(Gen.Const("usd"), Gen.Const("US"), Gen.Const("USDX"), Gen.Const("U5D"), Gen.Const("€€€"), Gen.Const("US\u0000"));

    /// <summary>Not a web address: another scheme, relative, or no address at all.</summary>
    public static readonly Gen<string> BadLink = Gen.OneOf(
        Gen.Const("javascript:alert(1)"), Gen.Const("file:///etc/passwd"), Gen.Const("/relative/path"), Gen.Const("not a link"), Gen.Const("ftp://example.org/x"));

    /// <summary><paramref name="input"/> after <paramref name="change"/>, as the bad case <paramref name="what"/> on <paramref name="field"/>.</summary>
    public static Bad<T> Mutate<T>(T input, string what, string field, Action<T> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        change(input);
        return new Bad<T>(what, field, input);
    }
}
