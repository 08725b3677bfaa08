using AngleSharp.Dom;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MlCareer.Core.Activities;
using MlCareer.Web.Features;
using MlCareer.Web.Features.Catalog;
using MudBlazor;

namespace MlCareer.Web.Tests.Components;

/// <summary>The catalog editor's validation: every broken rule shows under its own field and nothing is saved.</summary>
public class ActivityDialogTests : MudBunitContext
{
    private readonly List<ActivityInput> _saved = [];

    private static ActivityInput Valid() => new()
    {
        Kind = ActivityKind.Writing, Title = "Write a case study", TitleZh = "撰写案例研究", MinHoursPerWeek = 3, MaxHoursPerWeek = 4, MinWeeks = 1,
    };

    private IRenderedComponent<MudDialogProvider> Open(ActivityInput input, Result? answer = null)
    {
        var provider = Render<MudDialogProvider>();
        Func<ActivityInput, Task<Result>> save = i =>
        {
            _saved.Add(i);
            return Task.FromResult(answer ?? Result.Ok());
        };
        var parameters = new DialogParameters<ActivityDialog> { { d => d.Input, input }, { d => d.Save, save } };
        provider.InvokeAsync(() => Services.GetRequiredService<IDialogService>().ShowAsync<ActivityDialog>("New activity", parameters));
        provider.WaitForElement("[data-testid=save-activity]");
        return provider;
    }

    private static IElement Field(IRenderedComponent<MudDialogProvider> dialog, string testId) =>
        dialog.Find($"[data-testid={testId}]").Closest(".mud-input-control") ?? throw new InvalidOperationException(testId);

    private static void Submit(IRenderedComponent<MudDialogProvider> dialog) => dialog.Find("form").Submit();

    [Fact]
    public void Save_MostHoursBelowTheLeast_MessageUnderMostHoursAndNothingSaved()
    {
        var dialog = Open(Valid());

        dialog.Find("[data-testid=activity-max-hours]").Input("2");
        Submit(dialog);

        dialog.WaitForAssertion(() => Assert.Contains("The most hours must be at least the least (3).", Field(dialog, "activity-max-hours").TextContent, StringComparison.Ordinal));
        Assert.DoesNotContain("must be at least", Field(dialog, "activity-min-hours").TextContent, StringComparison.Ordinal);
        Assert.Empty(_saved);
    }

    [Fact]
    public void Save_BlankTitlesAndHours_RequiredUnderEachField()
    {
        var input = Valid();
        (input.Title, input.TitleZh, input.MinHoursPerWeek) = (null, " ", null);
        var dialog = Open(input);

        Submit(dialog);

        dialog.WaitForAssertion(() =>
        {
            Assert.Contains("This field is required.", Field(dialog, "activity-title").TextContent, StringComparison.Ordinal);
            Assert.Contains("This field is required.", Field(dialog, "activity-title-zh").TextContent, StringComparison.Ordinal);
            Assert.Contains("This field is required.", Field(dialog, "activity-min-hours").TextContent, StringComparison.Ordinal);
        });
        Assert.Empty(_saved);
    }

    [Theory]
    [InlineData("activity-link", "www.example.com", "Enter a full web address starting with http:// or https://.")]
    [InlineData("activity-skills", "writing, Writing", "“Writing” is listed twice.")]
    [InlineData("activity-min-weeks", "200", "Enter 1 to 156 weeks.")]
    [InlineData("activity-min-hours", "0", "Enter more than 0 and at most 168 hours a week.")]
    public void Save_ABrokenRule_ItsMessageUnderItsField(string testId, string typed, string message)
    {
        var dialog = Open(Valid());

        var field = dialog.Find($"[data-testid={testId}]");
        if (testId.Contains("weeks", StringComparison.Ordinal) || testId.Contains("hours", StringComparison.Ordinal))
        {
            field.Input(typed);
        }
        else
        {
            field.Change(typed);
        }

        Submit(dialog);

        dialog.WaitForAssertion(() => Assert.Contains(message, Field(dialog, testId).TextContent, StringComparison.Ordinal));
        Assert.Empty(_saved);
    }

    [Fact]
    public void Save_PaidWithoutAmountOrCurrency_BothRequired()
    {
        var input = Valid();
        input.PayBasis = PayBasis.PerPiece;
        var dialog = Open(input);

        Submit(dialog);

        dialog.WaitForAssertion(() =>
        {
            Assert.Contains("This field is required.", Field(dialog, "activity-pay-amount").TextContent, StringComparison.Ordinal);
            Assert.Contains("This field is required.", Field(dialog, "activity-pay-currency").TextContent, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Save_AStaleEdit_TheConflictIsShownAndTheDialogStaysOpen()
    {
        var dialog = Open(Valid(), Result.Fail(InputValidation.Conflict()));

        Submit(dialog);

        dialog.WaitForAssertion(() => Assert.Contains("Someone saved a change here", dialog.Find("[data-testid=form-error]").TextContent, StringComparison.Ordinal));
        Assert.Single(_saved);
        Assert.NotNull(dialog.Find("[data-testid=save-activity]"));
    }

    [Fact]
    public void Save_Valid_HandsTheDraftToTheCatalogAndCloses()
    {
        var dialog = Open(Valid());

        dialog.Find("[data-testid=activity-skills]").Change("writing, healthcare");
        Submit(dialog);

        dialog.WaitForAssertion(() => Assert.Empty(dialog.FindAll("[data-testid=save-activity]")));
        Assert.Equal(["writing", "healthcare"], Assert.Single(_saved).ToDraft().Skills);
    }
}
