namespace MlCareer.Web.Tests.Security.Matrix;

/// <summary>
/// One row of the service matrix: a public method of a feature service, the access rule that governs it, how
/// to call it as a crafted circuit call would (aimed at Self's data where it takes an id), and whether it writes.
/// </summary>
public sealed record MethodCells(
    Type Service, string Method, string? Variant, Access Rule, bool Writes, Func<Cell, Task<object?>> Act, Func<Cell, Task<object?>>? Arrange)
{
    public string Key => $"{Service.Name}.{Method}{(Variant is null ? string.Empty : $" ({Variant})")}";

    public override string ToString() => Key;
}

/// <summary>Builds <see cref="MethodCells"/> for service <typeparamref name="TService"/>, resolved in the caller's circuit.</summary>
public sealed class Rows<TService>
    where TService : notnull
{
    public MethodCells Read<TResult>(string method, Access rule, Func<TService, Cell, Task<TResult>> act, Func<Cell, Task<object?>>? arrange = null, string? variant = null) =>
        Make(method, rule, writes: false, act, arrange, variant);

    public MethodCells Write<TResult>(string method, Access rule, Func<TService, Cell, Task<TResult>> act, Func<Cell, Task<object?>>? arrange = null, string? variant = null) =>
        Make(method, rule, writes: true, act, arrange, variant);

    /// <summary>A method that answers without a task (the clock's week).</summary>
    public MethodCells Now<TResult>(string method, Access rule, Func<TService, Cell, TResult> act) =>
        Make(method, rule, writes: false, (s, c) => Task.FromResult(act(s, c)), null, null);

    private static MethodCells Make<TResult>(string method, Access rule, bool writes, Func<TService, Cell, Task<TResult>> act, Func<Cell, Task<object?>>? arrange, string? variant) =>
        new(typeof(TService), method, variant, rule, writes, async cell => await act(cell.Caller.Resolve<TService>(), cell), arrange);
}
