using MlCareer.Core.Activities;
using MlCareer.Core.Projects;

namespace MlCareer.Data.Seeding;

/// <summary>
/// The demo organisation, in weeks relative to the current ISO week (0 = this week): one team, its
/// lead, five engineers and four projects spread over the six phases.
/// </summary>
public static class DemoPlan
{
    /// <summary>The password of every demo account; demo data only, never used outside it.</summary>
    public const string Password = "MlCareer-Demo-2026";

    public const string TeamName = "Vision & Forecasting";

    public const string AdminEmail = "admin@mlcareer.example";

    public static IReadOnlyList<DemoPerson> People { get; } =
    [
        new("lin@mlcareer.example", "Lin Wei", IsLead: true, [ActivityKind.Speaking, ActivityKind.Mentoring], [], ["forecasting", "leadership"], "retail", 90),
        new("ana@mlcareer.example", "Ana Souza", IsLead: false, [ActivityKind.Writing, ActivityKind.Speaking], [ActivityKind.Freelancing], ["computer-vision", "pytorch"], "banking", 60),
        new("ben@mlcareer.example", "Ben Okafor", IsLead: false, [ActivityKind.Writing, ActivityKind.Competition], [], ["time-series", "sql"], "retail", 70),
        new("chen@mlcareer.example", "Chen Jing", IsLead: false, [ActivityKind.Competition, ActivityKind.Learning], [ActivityKind.Speaking], ["nlp", "ocr"], "insurance", 50),
        new("dmitri@mlcareer.example", "Dmitri Ivanov", IsLead: false, [ActivityKind.OpenSource, ActivityKind.Freelancing], [], ["mlops", "kubernetes"], "telecom", 85),
        new("emma@mlcareer.example", "Emma Laurent", IsLead: false, [ActivityKind.Mentoring, ActivityKind.Learning], [ActivityKind.Competition], ["statistics", "r"], "healthcare", 55),
    ];

    public static IReadOnlyList<DemoProject> Projects { get; } =
    [
        new("Customer churn prediction", "Predict which subscribers will cancel in the next 60 days.", ProjectStatus.Active, -16,
        [
            new(PhaseKind.ProblemUnderstanding, -16, 2),
            new(PhaseKind.DataCollection, -14, 3),
            new(PhaseKind.DataLabeling, -11, 3),
            new(PhaseKind.DataWrangling, -8, 7),
            new(PhaseKind.ModelDevelopment, -1, 8, TrainingRun: (2, 3)),
            new(PhaseKind.Deployment, 7, 6),
        ],
        [("ana@mlcareer.example", 0.7), ("ben@mlcareer.example", 0.4), ("emma@mlcareer.example", 0.3)]),
        new("Invoice document OCR", "Extract fields from scanned supplier invoices; labeling by a vendor.", ProjectStatus.Active, -6,
        [
            new(PhaseKind.ProblemUnderstanding, -6, 2),
            new(PhaseKind.DataCollection, -4, 3),
            new(PhaseKind.DataLabeling, -1, 6, Notes: "Labeling by an external vendor"),
            new(PhaseKind.DataWrangling, 5, 6),
            new(PhaseKind.ModelDevelopment, 11, 8, Tentative: true),
            new(PhaseKind.Deployment, 19, 6, Tentative: true),
        ],
        [("ana@mlcareer.example", 0.3), ("chen@mlcareer.example", 0.7), ("emma@mlcareer.example", 0.3)]),
        new("Retail demand forecasting", "Weekly demand per store and product, in production.", ProjectStatus.Active, -40,
        [
            new(PhaseKind.ProblemUnderstanding, -40, 2),
            new(PhaseKind.DataCollection, -38, 4),
            new(PhaseKind.DataWrangling, -34, 10),
            new(PhaseKind.ModelDevelopment, -24, 12),
            new(PhaseKind.Deployment, -12, 40),
            new(PhaseKind.ModelDevelopment, 8, 3, Notes: "Quarterly retraining"),
        ],
        [("lin@mlcareer.example", 0.3), ("ben@mlcareer.example", 0.6), ("dmitri@mlcareer.example", 0.5), ("emma@mlcareer.example", 0.4)]),
        new("Payment fraud detection", "Score card payments for fraud in real time.", ProjectStatus.Planned, 3,
        [
            new(PhaseKind.ProblemUnderstanding, 3, 2),
            new(PhaseKind.DataCollection, 5, 4, Tentative: true),
            new(PhaseKind.DataLabeling, 9, 4, Tentative: true),
            new(PhaseKind.DataWrangling, 13, 6, Tentative: true),
            new(PhaseKind.ModelDevelopment, 19, 8, Tentative: true),
        ],
        [("lin@mlcareer.example", 0.3), ("chen@mlcareer.example", 0.3), ("dmitri@mlcareer.example", 0.5)]),
    ];
}

public sealed record DemoPerson(
    string Email, string Name, bool IsLead, ActivityKind[] Interests, ActivityKind[] Dislikes, string[] Skills, string Industry, decimal MinRate);

public sealed record DemoProject(
    string Name, string Description, ProjectStatus Status, int StartWeek, DemoPhase[] Phases, (string Email, double Allocation)[] Assignments);

public sealed record DemoPhase(
    PhaseKind Kind, int StartWeek, int Weeks, bool Tentative = false, string? Notes = null, (int Offset, int Weeks)? TrainingRun = null);
