using System.Globalization;

namespace MlCareer.Core.Common;

/// <summary>
/// A non-negative amount in one currency (ISO 4217 code such as USD or CNY): pay earned from an
/// article or talk, or an engineer's minimum hourly freelance rate.
/// </summary>
public sealed record Money
{
    public const int CurrencyLength = 3;

    /// <summary>The most an amount typed into a form may be: a million in any currency.</summary>
    public const decimal MaxEntered = 1_000_000m;

    public Money(decimal amount, string currency)
    {
        ArgumentNullException.ThrowIfNull(currency);
        if (amount < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(amount), amount, "An amount of money cannot be negative.");
        }

        if (!IsCurrency(currency))
        {
            throw new ArgumentException("A currency is a three-letter upper-case code such as USD.", nameof(currency));
        }

        Amount = decimal.Round(amount, 2);
        Currency = currency;
    }

    public decimal Amount { get; }

    public string Currency { get; }

    public static Money Usd(decimal amount) => new(amount, "USD");

    public static bool IsCurrency(string? code) => code is { Length: CurrencyLength } && code.All(char.IsAsciiLetterUpper);

    /// <summary>
    /// Checks an optional amount typed with its currency: both or neither, the amount from 0 to
    /// <see cref="MaxEntered"/>, the currency a three-letter upper-case code. Returns the first broken rule.
    /// </summary>
    public static RuleViolation? Check(decimal? amount, string? currency, string amountField, string currencyField)
    {
        var noCurrency = string.IsNullOrEmpty(currency);
        if (amount is null)
        {
            return noCurrency ? null : new RuleViolation(RuleCode.Required, amountField);
        }

        if (amount is < 0 or > MaxEntered)
        {
            return new RuleViolation(RuleCode.OutOfRange, amountField, [0, MaxEntered]);
        }

        return noCurrency ? new RuleViolation(RuleCode.Required, currencyField)
            : IsCurrency(currency) ? null : new RuleViolation(RuleCode.InvalidCurrency, currencyField);
    }

    /// <summary>The amount and currency as money when both are given (checked by <see cref="Check"/>), else null.</summary>
    public static Money? From(decimal? amount, string? currency) =>
        amount is { } value && !string.IsNullOrEmpty(currency) ? new Money(value, currency) : null;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Amount:0.00} {Currency}");
}
