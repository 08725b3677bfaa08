using System.Collections.Concurrent;

namespace MlCareer.Web.Features;

/// <summary>
/// Answers read from the database and held on this node, by key: the one cache pattern of the app. An answer
/// is served for at most <see cref="MaxAge"/> by the app's <see cref="TimeProvider"/> (so another node's writes
/// show within that), and, when a stamp is given, only while the stamp is the one read before the answer was
/// (the node's data version: any write through this node ends it). A write through this app also drops what it
/// changed with <see cref="Invalidate"/> or <see cref="InvalidateAll"/>, so this node sees it at the very next
/// read. A load that raced an invalidation answers its caller but is not held: it may have read the old rows.
/// </summary>
/// <remarks>Held answers are shared by every circuit and request of the node; readers never change them.</remarks>
public sealed class HeldAnswers<TKey, TValue>(TimeProvider time, TimeSpan maxAge, Func<long>? stamp = null)
    where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, Entry> _entries = new();
    private readonly Lock _storing = new();
    private long _generation;
    private DateTimeOffset _nextSweep = DateTimeOffset.MinValue;

    /// <summary>How long one answer is served on this node.</summary>
    public TimeSpan MaxAge => maxAge;

    /// <summary>The held answer for <paramref name="key"/>, or the one <paramref name="load"/> reads now (then held).</summary>
    public async Task<TValue> GetAsync(TKey key, Func<CancellationToken, Task<TValue>> load, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(load);
        var now = time.GetUtcNow();
        var readStamp = stamp?.Invoke() ?? 0;
        if (_entries.TryGetValue(key, out var held) && IsCurrent(held, now, readStamp))
        {
            return held.Value;
        }

        var generation = Interlocked.Read(ref _generation);
        var value = await load(cancellationToken);
        lock (_storing)
        {
            if (Interlocked.Read(ref _generation) == generation)
            {
                Store(key, value, now, readStamp);
            }
        }

        return value;
    }

    /// <summary>Whether a current answer is held for <paramref name="key"/>, and which.</summary>
    public bool TryGet(TKey key, out TValue value)
    {
        if (_entries.TryGetValue(key, out var held) && IsCurrent(held, time.GetUtcNow(), stamp?.Invoke() ?? 0))
        {
            value = held.Value;
            return true;
        }

        value = default!;
        return false;
    }

    /// <summary>Holds <paramref name="value"/> for <paramref name="key"/> from now, for a caller that works the answer out itself.</summary>
    public void Hold(TKey key, TValue value)
    {
        var now = time.GetUtcNow();
        var readStamp = stamp?.Invoke() ?? 0;
        lock (_storing)
        {
            Store(key, value, now, readStamp);
        }
    }

    /// <summary>Changes the held answer for <paramref name="key"/>, if any, keeping its age: for a write that knows what it changed.</summary>
    public void Update(TKey key, Func<TValue, TValue> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        lock (_storing)
        {
            if (_entries.TryGetValue(key, out var held))
            {
                _entries[key] = held with { Value = change(held.Value) };
            }
        }
    }

    /// <summary>Drops the answer for <paramref name="key"/>; call after changing what it was read from.</summary>
    public void Invalidate(TKey key)
    {
        lock (_storing)
        {
            Interlocked.Increment(ref _generation);
            _entries.TryRemove(key, out _);
        }
    }

    /// <summary>Drops every answer; call after a change that may touch any of them.</summary>
    public void InvalidateAll()
    {
        lock (_storing)
        {
            Interlocked.Increment(ref _generation);
            _entries.Clear();
        }
    }

    /// <summary>Holds the answer as read at <paramref name="now"/> under <paramref name="readStamp"/>; call under the storing lock.</summary>
    private void Store(TKey key, TValue value, DateTimeOffset now, long readStamp)
    {
        Sweep(now);
        _entries[key] = new Entry(value, now, readStamp);
    }

    private bool IsCurrent(Entry held, DateTimeOffset now, long readStamp) =>
        now >= held.ReadAt && now - held.ReadAt < maxAge && held.Stamp == readStamp;

    /// <summary>At most once per <see cref="MaxAge"/>, forgets answers too old to serve, so keys read once do not pile up.</summary>
    private void Sweep(DateTimeOffset now)
    {
        if (now < _nextSweep)
        {
            return;
        }

        _nextSweep = now + maxAge;
        foreach (var (key, entry) in _entries)
        {
            if (now - entry.ReadAt >= maxAge || now < entry.ReadAt)
            {
                _entries.TryRemove(key, out _);
            }
        }
    }

    private sealed record Entry(TValue Value, DateTimeOffset ReadAt, long Stamp);
}
