namespace MlCareer.Core.Activities;

/// <summary>
/// The commitment shape of a side activity: one-off, or a term of <see cref="Weeks"/> ISO weeks
/// (fixed term or recurring). A term that outlasts the window it starts in is suggested only where
/// the engineer's plan beyond the window has room for it until it ends.
/// </summary>
public readonly record struct Commitment
{
    /// <summary>The longest term, in weeks: three years.</summary>
    public const int MaxWeeks = 156;

    public Commitment(CommitmentShape shape, int? weeks)
    {
        if (!Enum.IsDefined(shape))
        {
            throw new ArgumentOutOfRangeException(nameof(shape), shape, "Unknown commitment shape.");
        }

        if (shape == CommitmentShape.OneOff ? weeks is not null : weeks is not (>= 1 and <= MaxWeeks))
        {
            throw new ArgumentOutOfRangeException(nameof(weeks), weeks, "A one-off has no term; a fixed term or recurring commitment lasts 1 to 156 weeks.");
        }

        Shape = shape;
        Weeks = weeks;
    }

    public CommitmentShape Shape { get; }

    /// <summary>The term in ISO weeks; null for a one-off.</summary>
    public int? Weeks { get; }

    public static Commitment OneOff => default;

    public static Commitment FixedTerm(int weeks) => new(CommitmentShape.FixedTerm, weeks);

    public static Commitment Recurring(int weeks) => new(CommitmentShape.Recurring, weeks);
}
