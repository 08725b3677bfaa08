using MlCareer.Core.Common;

namespace MlCareer.Core.Activities;

/// <summary>
/// What a side activity pays: nothing, an amount per hour, or an amount per piece (an article), in
/// one currency. A paid activity pays more than 0 and at most <see cref="MaxAmount"/>.
/// </summary>
public readonly record struct ActivityPay
{
    public const decimal MaxAmount = Money.MaxEntered;

    public ActivityPay(PayBasis basis, decimal? amount, string? currency)
    {
        if (!Enum.IsDefined(basis))
        {
            throw new ArgumentOutOfRangeException(nameof(basis), basis, "Unknown pay basis.");
        }

        if (basis == PayBasis.None)
        {
            if (amount is not null || currency is not null)
            {
                throw new ArgumentException("An unpaid activity has no amount or currency.", nameof(amount));
            }
        }
        else if (amount is not (> 0 and <= MaxAmount) || currency is null)
        {
            throw new ArgumentOutOfRangeException(nameof(amount), amount, "A paid activity pays more than 0 and at most 1,000,000, in a currency.");
        }

        Basis = basis;
        Amount = amount is null ? null : new Money(amount.Value, currency!).Amount;
        Currency = currency;
    }

    public PayBasis Basis { get; }

    /// <summary>The amount per hour or per piece; null when unpaid.</summary>
    public decimal? Amount { get; }

    /// <summary>ISO 4217 code such as USD; null when unpaid.</summary>
    public string? Currency { get; }

    public static ActivityPay None => default;

    public bool IsPaid => Basis != PayBasis.None;

    /// <summary>The amount with its currency; null when unpaid.</summary>
    public Money? Money => Amount is { } amount ? new Money(amount, Currency!) : null;

    public static ActivityPay PerHour(Money rate)
    {
        ArgumentNullException.ThrowIfNull(rate);
        return new(PayBasis.PerHour, rate.Amount, rate.Currency);
    }

    public static ActivityPay PerPiece(Money amount)
    {
        ArgumentNullException.ThrowIfNull(amount);
        return new(PayBasis.PerPiece, amount.Amount, amount.Currency);
    }

    /// <summary>
    /// The pay per hour: the rate itself, or a piece's amount spread over the hours one piece takes
    /// (<paramref name="hoursPerPiece"/>); null when unpaid.
    /// </summary>
    public Money? HourlyRate(double hoursPerPiece) => Basis switch
    {
        PayBasis.PerHour => Money,
        PayBasis.PerPiece when hoursPerPiece > 0 => new Money(Amount!.Value / (decimal)hoursPerPiece, Currency!),
        _ => null,
    };
}
