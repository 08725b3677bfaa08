using System.Globalization;

namespace MlCareer.Web.Features.Suggestions;

/// <summary>Amounts of money as people read them: "$50", "€1,200", "300 CHF" — the symbol of a common currency, else its code.</summary>
public static class MoneyText
{
    private static readonly Dictionary<string, string> Symbols = new(StringComparer.Ordinal)
    {
        ["USD"] = "$",
        ["EUR"] = "€",
        ["GBP"] = "£",
        ["CNY"] = "¥",
    };

    /// <summary>An amount read as "about": whole units ("$42" for 41.67 USD).</summary>
    public static string Approximate(Money money)
    {
        ArgumentNullException.ThrowIfNull(money);
        return Format(new Money(Math.Round(money.Amount, MidpointRounding.AwayFromZero), money.Currency));
    }

    public static string Format(Money money)
    {
        ArgumentNullException.ThrowIfNull(money);
        var amount = money.Amount.ToString(money.Amount == decimal.Truncate(money.Amount) ? "#,0" : "#,0.00", CultureInfo.CurrentCulture);
        return Symbols.TryGetValue(money.Currency, out var symbol) ? symbol + amount : $"{amount} {money.Currency}";
    }
}
