using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MlCareer.Data.Configurations;

internal static class MoneyMapping
{
    /// <summary>Maps an optional <see cref="Money"/> as two columns, PREFIX_Amount and PREFIX_Currency.</summary>
    public static void OwnsMoney<T>(this EntityTypeBuilder<T> builder, System.Linq.Expressions.Expression<Func<T, Money?>> navigation, string prefix)
        where T : class =>
        builder.OwnsOne(navigation, money =>
        {
            money.Property(m => m.Amount).HasColumnName($"{prefix}Amount").HasPrecision(18, 2);
            money.Property(m => m.Currency).HasColumnName($"{prefix}Currency").HasMaxLength(Money.CurrencyLength);
        });
}
