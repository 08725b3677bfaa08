using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using MlCareer.Web.Features;

namespace MlCareer.Web.Components.Account;

/// <summary>
/// Lets one password check per account run at a time on this node, and counts failures for emails that
/// belong to nobody, so an unknown email is "locked out" after as many failures as a real account.
/// </summary>
/// <remarks>
/// Identity counts failures with a read-modify-write of the user row; checks that run side by side all
/// read the same count, so 20 parallel guesses used to run 14–28 password checks before the lockout took.
/// Serialising them makes the fifth failure lock the account before the sixth check starts. The lock is
/// per node: with N nodes behind a load balancer, parallel guesses spread over all of them can run at
/// most N × 5 checks (Identity's concurrency stamp still refuses the lost updates); the per-account rate
/// limit bounds the rest.
/// </remarks>
internal sealed class SignInGate(IOptions<IdentityOptions> identity, TimeProvider time) : IDisposable
{
    private readonly Dictionary<string, Slot> _slots = new(StringComparer.Ordinal);
    /// <summary>Failures per unknown email, each count kept for the lockout's span (on the app's clock) after its last failure.</summary>
    private readonly HeldAnswers<string, int> _unknownFailures = new(time, identity.Value.Lockout.DefaultLockoutTimeSpan);

    /// <summary>Waits until no other check of <paramref name="account"/> runs; dispose the result to let the next one in.</summary>
    public async Task<IDisposable> EnterAsync(string account, CancellationToken cancellationToken)
    {
        Slot slot;
        lock (_slots)
        {
            if (!_slots.TryGetValue(account, out slot!))
            {
                slot = new Slot();
                _slots[account] = slot;
            }

            slot.Users++;
        }

        try
        {
            await slot.Semaphore.WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            Leave(account, slot, entered: false);
            throw;
        }

        return new Releaser(() => Leave(account, slot, entered: true));
    }

    /// <summary>Whether an email that belongs to nobody has failed as often as it takes to lock an account.</summary>
    public bool IsUnknownLockedOut(string account) =>
        _unknownFailures.TryGet(account, out var failures) && failures >= identity.Value.Lockout.MaxFailedAccessAttempts;

    /// <summary>Counts a failure for an email that belongs to nobody; returns the count in the lockout window.</summary>
    public int CountUnknownFailure(string account)
    {
        var failures = _unknownFailures.TryGet(account, out var count) ? count + 1 : 1;
        _unknownFailures.Hold(account, failures);
        return failures;
    }

    public void Dispose()
    {
        lock (_slots)
        {
            foreach (var slot in _slots.Values)
            {
                slot.Semaphore.Dispose();
            }

            _slots.Clear();
        }
    }

    private void Leave(string account, Slot slot, bool entered)
    {
        if (entered)
        {
            slot.Semaphore.Release();
        }

        lock (_slots)
        {
            if (--slot.Users == 0)
            {
                _slots.Remove(account);
                slot.Semaphore.Dispose();
            }
        }
    }

    private sealed class Slot
    {
        public SemaphoreSlim Semaphore { get; } = new(1, 1);

        public int Users { get; set; }
    }

    private sealed class Releaser(Action release) : IDisposable
    {
        private Action? _release = release;

        public void Dispose() => Interlocked.Exchange(ref _release, null)?.Invoke();
    }
}
