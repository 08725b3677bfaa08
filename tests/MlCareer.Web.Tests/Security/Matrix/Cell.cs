using MlCareer.Web.Tests.Infrastructure;

namespace MlCareer.Web.Tests.Security.Matrix;

/// <summary>One cell being run: who calls, the world's ids, Self's and the admin's sessions for set-up, and what set-up made.</summary>
public sealed class Cell(Actor actor, MatrixWorld world, ServiceMatrixApp app)
{
    public Actor Actor { get; } = actor;

    public MatrixWorld World { get; } = world;

    /// <summary>The caller's open circuit.</summary>
    public AsUser Caller => app.Session(Actor);

    /// <summary>Self's circuit, to set up targets Self owns.</summary>
    public AsUser Self => app.Session(Actor.Self);

    /// <summary>The admin's circuit, to set up targets only an admin makes.</summary>
    public AsUser Admin => app.Session(Actor.Admin);

    /// <summary>What the entry's set-up returned for this cell.</summary>
    public object? Arranged { get; set; }

    public static CancellationToken Ct => TestContext.Current.CancellationToken;

    public T Target<T>() => (T)Arranged!;

    /// <summary>A name no cell used before, for things a cell creates.</summary>
    public string Unique(string what) => $"{what} {Actor} {Guid.NewGuid().ToString("N")[..8]}";
}
