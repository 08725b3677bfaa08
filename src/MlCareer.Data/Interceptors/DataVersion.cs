using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace MlCareer.Data.Interceptors;

/// <summary>
/// A number that grows after every write this process sends to the database: an insert, update or delete, a
/// schema change, a committed transaction. An answer computed from the data stays right while the number is the
/// one read before computing it, so caches key on it instead of guessing a lifetime. Writes by other processes
/// (another node) do not move it.
/// </summary>
public sealed class DataVersion
{
    private long _value;

    /// <summary>The current number; read it before reading the data an answer is computed from.</summary>
    public long Current => Interlocked.Read(ref _value);

    internal void Bump() => Interlocked.Increment(ref _value);
}

/// <summary>
/// Moves <see cref="DataVersion"/> after each command that is not a plain read, and again when a transaction
/// commits (its commands are visible to others only then). Reads — <c>SELECT</c> and <c>PRAGMA</c> — leave it.
/// </summary>
public sealed class DataVersionInterceptor(DataVersion version) : IDbCommandInterceptor, IDbTransactionInterceptor
{
    public int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        Written(command);
        return result;
    }

    public ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Written(command);
        return ValueTask.FromResult(result);
    }

    public DbDataReader ReaderExecuted(DbCommand command, CommandExecutedEventData eventData, DbDataReader result)
    {
        Written(command);
        return result;
    }

    public ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
    {
        Written(command);
        return ValueTask.FromResult(result);
    }

    public object? ScalarExecuted(DbCommand command, CommandExecutedEventData eventData, object? result)
    {
        Written(command);
        return result;
    }

    public ValueTask<object?> ScalarExecutedAsync(DbCommand command, CommandExecutedEventData eventData, object? result, CancellationToken cancellationToken = default)
    {
        Written(command);
        return ValueTask.FromResult(result);
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => version.Bump();

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        version.Bump();
        return Task.CompletedTask;
    }

    /// <summary>True when <paramref name="sql"/> only reads: after any leading blank lines and comments, SELECT or PRAGMA.</summary>
    public static bool Reads(string sql)
    {
        ArgumentNullException.ThrowIfNull(sql);
        var text = sql.AsSpan();
        while (true)
        {
            text = text.TrimStart();
            if (!text.StartsWith("--", StringComparison.Ordinal))
            {
                break;
            }

            var end = text.IndexOf('\n');
            text = end < 0 ? [] : text[(end + 1)..];
        }

        return text.StartsWith("SELECT", StringComparison.OrdinalIgnoreCase) || text.StartsWith("PRAGMA", StringComparison.OrdinalIgnoreCase);
    }

    private void Written(DbCommand command)
    {
        if (!Reads(command.CommandText))
        {
            version.Bump();
        }
    }
}
