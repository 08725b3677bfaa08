using System.Globalization;

namespace MlCareer.Core.Common;

/// <summary>
/// A non-negative amount in one currency (ISO 4217 code such as USD or CNY): pay earned from an
/// article or talk, or an engineer's minimum hourly freelance rate.
/// </summary>
public sealed record Money
{
    public const int CurrencyLength = 3;

    public Money(decimal amount, string currency)
    {
        ArgumentNullException.ThrowIfNull(currency);
        if (amount < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(amount), amount, "An amount of money cannot be negative.");
        }

        if (currency.Length != CurrencyLength || !currency.All(char.IsAsciiLetterUpper))
        {
            throw new ArgumentException("A currency is a three-letter upper-case code such as USD.", nameof(currency));
        }

        Amount = decimal.Round(amount, 2);
        Currency = currency;
    }

    public decimal Amount { get; }

    public string Currency { get; }

    public static Money Usd(decimal amount) => new(amount, "USD");

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Amount:0.00} {Currency}");
}
