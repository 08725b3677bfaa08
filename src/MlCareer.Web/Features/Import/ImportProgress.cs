namespace MlCareer.Web.Features.Import;

public enum ImportStage
{
    Reading = 1,
    Checking = 2,
    Storing = 3,
}

/// <summary>How far an upload has got: the stage and the share of it done (0–1), for the progress bar.</summary>
public sealed record ImportProgress(ImportStage Stage, double Fraction);
