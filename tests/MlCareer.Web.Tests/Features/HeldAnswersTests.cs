using Microsoft.Extensions.Time.Testing;
using MlCareer.Web.Features;

namespace MlCareer.Web.Tests.Features;

/// <summary>The one cache pattern: answers held by key, for a lifetime on the app's clock, while their stamp holds, until invalidated.</summary>
public sealed class HeldAnswersTests
{
    private static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(30);

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 25, 9, 30, 0, TimeSpan.Zero));
    private int _reads;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task GetAsync_WithinMaxAge_ServesTheHeldAnswerAndReadsAgainOnceTheClockReachesIt()
    {
        var held = new HeldAnswers<string, int>(_clock, MaxAge);

        var first = await held.GetAsync("a", ReadAsync, Ct);
        _clock.Advance(MaxAge - TimeSpan.FromTicks(1));
        var second = await held.GetAsync("a", ReadAsync, Ct);
        _clock.Advance(TimeSpan.FromTicks(1));
        var third = await held.GetAsync("a", ReadAsync, Ct);

        Assert.Equal((1, 1, 2), (first, second, third));
    }

    [Fact]
    public async Task GetAsync_StampMoved_ReadsAgainWithoutTheClockMoving()
    {
        long stamp = 7;
        var held = new HeldAnswers<string, int>(_clock, MaxAge, () => stamp);

        var first = await held.GetAsync("a", ReadAsync, Ct);
        var second = await held.GetAsync("a", ReadAsync, Ct);
        stamp++;
        var third = await held.GetAsync("a", ReadAsync, Ct);

        Assert.Equal((1, 1, 2), (first, second, third));
    }

    [Fact]
    public async Task Invalidate_OneKey_ReadsThatKeyAgainAndKeepsTheOthers()
    {
        var held = new HeldAnswers<string, int>(_clock, MaxAge);
        await held.GetAsync("a", ReadAsync, Ct);
        await held.GetAsync("b", ReadAsync, Ct);

        held.Invalidate("a");

        Assert.Equal(3, await held.GetAsync("a", ReadAsync, Ct));
        Assert.Equal(2, await held.GetAsync("b", ReadAsync, Ct));
    }

    [Fact]
    public async Task InvalidateAll_ReadsEveryKeyAgain()
    {
        var held = new HeldAnswers<string, int>(_clock, MaxAge);
        await held.GetAsync("a", ReadAsync, Ct);
        await held.GetAsync("b", ReadAsync, Ct);

        held.InvalidateAll();

        Assert.Equal((3, 4), (await held.GetAsync("a", ReadAsync, Ct), await held.GetAsync("b", ReadAsync, Ct)));
    }

    [Fact]
    public async Task GetAsync_LoadRacingAnInvalidation_AnswersItsCallerButIsNotHeld()
    {
        var held = new HeldAnswers<string, int>(_clock, MaxAge);

        var raced = await held.GetAsync("a", async ct =>
        {
            held.Invalidate("a");
            return await ReadAsync(ct);
        }, Ct);
        var next = await held.GetAsync("a", ReadAsync, Ct);

        Assert.Equal((1, 2), (raced, next));
    }

    [Fact]
    public async Task Update_HeldAnswer_ChangesItAndKeepsItsAge()
    {
        var held = new HeldAnswers<string, int>(_clock, MaxAge);
        await held.GetAsync("a", ReadAsync, Ct);
        _clock.Advance(MaxAge / 2);

        held.Update("a", value => value + 100);
        held.Update("b", value => value + 100);
        var updated = await held.GetAsync("a", ReadAsync, Ct);
        _clock.Advance(MaxAge / 2);
        var expired = await held.GetAsync("a", ReadAsync, Ct);

        Assert.Equal((101, 2), (updated, expired));
        Assert.Equal(3, await held.GetAsync("b", ReadAsync, Ct));
    }

    private Task<int> ReadAsync(CancellationToken cancellationToken) => Task.FromResult(++_reads);
}
