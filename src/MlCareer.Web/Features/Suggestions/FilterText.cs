using MlCareer.Core.Suggestions;
using static MlCareer.Web.Localization.Formats;

namespace MlCareer.Web.Features.Suggestions;

/// <summary>Why a choice was refused on accepting: a failed hard filter as a <see cref="ResultError"/> on the form field it concerns.</summary>
public static class FilterText
{
    public static ResultError Error(SuggestionFailure failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        string? Money(Money? money) => money is null ? null : MoneyText.Format(money);
        var (field, args) = failure.Filter switch
        {
            SuggestionFilter.BelowMinimumRate => (null, new object[] { Money(failure.Amount) ?? "0", Money(failure.Minimum) ?? string.Empty }),
            SuggestionFilter.RateInOtherCurrency => (null, [failure.Amount?.Currency ?? string.Empty, failure.Minimum?.Currency ?? string.Empty]),
            SuggestionFilter.NoTeammate => (null, [failure.Weeks ?? 0]),
            SuggestionFilter.WindowTooShort => (nameof(AcceptInput.Start), [failure.Weeks ?? 0, failure.OfWeeks ?? 0]),
            SuggestionFilter.NoSuchWindow => (null, [Week(failure.Week)]),
            SuggestionFilter.StartOutsideWindow => (nameof(AcceptInput.Start), [Week(failure.Week)]),
            SuggestionFilter.EndBeforeStart => (nameof(AcceptInput.End), []),
            SuggestionFilter.HoursOutsideRange => (nameof(AcceptInput.HoursPerWeek), [H(failure.Hours), H(failure.MinHours), H(failure.MaxHours)]),
            SuggestionFilter.OverFreeHours => (nameof(AcceptInput.HoursPerWeek), [H(failure.Hours), H(failure.MaxHours)]),
            SuggestionFilter.OverBudget => (nameof(AcceptInput.HoursPerWeek), [H(failure.Hours), H(failure.MaxHours), Week(failure.Week)]),
            SuggestionFilter.OverCapacity => (nameof(AcceptInput.HoursPerWeek), [Week(failure.Week), H(failure.Hours), H(failure.MaxHours)]),
            _ => ((string?)null, Array.Empty<object>()),
        };
        return new ResultError(ErrorKind.Invalid, $"Suggestions.Filter.{failure.Filter}", field, args);
    }

    private static string H(double? hours) => Hours(hours ?? 0);

    private static string Week(IsoWeek? week) => week?.ToString() ?? string.Empty;
}
