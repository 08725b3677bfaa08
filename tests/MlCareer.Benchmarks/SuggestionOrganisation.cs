using MlCareer.Core.Activities;
using MlCareer.Core.Common;
using MlCareer.Core.Engineers;
using MlCareer.Core.Projects;
using MlCareer.Core.Suggestions;
using MlCareer.Core.Workload;

namespace MlCareer.Benchmarks;

/// <summary>
/// The suggestion engine's input for every engineer of a generated organisation: windows and weeks from
/// the workload engine (through <see cref="SuggestionInputs"/>), the side activities they took on, the
/// model-development and deployment phases of their projects that end from 8 weeks back to the horizon,
/// and their team's windows. The generator sets no preferences, so each engineer gets seeded ones: one or
/// two liked kinds, a disliked kind for one in two, two skills held and one to learn, a home industry and
/// a minimum freelance rate of 40–90 USD.
/// </summary>
public static class SuggestionOrganisation
{
    private static readonly string[] SkillPool = ["writing", "teaching", "communication", "modeling", "feature-engineering", "public-speaking", "consulting", "software-engineering", "learning", "new-libraries"];
    private static readonly string[] Industries = ["banking", "retail", "healthcare", "insurance", "telecom"];

    public static IReadOnlyList<SuggestionInput> Inputs(Organisation organisation, IReadOnlyList<EngineerWorkload> workloads)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        ArgumentNullException.ThrowIfNull(workloads);
        var now = organisation.CurrentWeek;
        var kinds = organisation.SideActivities.ToDictionary(a => a.Id, a => a.Kind);
        var engagements = organisation.Engagements.ToLookup(e => e.EngineerId, e => new RecentEngagement(e.SideActivityId, kinds[e.SideActivityId], e.Start, e.End, e.HoursPerWeek.Value));
        var today = DateOnly.FromDateTime(BenchmarkDatabase.Today.DateTime);
        var from = now.AddWeeks(-8).Monday;
        var to = now.AddWeeks(organisation.Rules.HorizonWeeks).Sunday;
        var phases = organisation.Projects
            .SelectMany(p => p.Assignments.SelectMany(a => p.Phases
                .Select(ph => (Phase: ph, End: ph.InForce(today).End))
                .Where(ph => ph.Phase.Kind is PhaseKind.ModelDevelopment or PhaseKind.Deployment && ph.End >= from && ph.End <= to)
                .Select(ph => (a.EngineerId, Phase: new FinishedPhase(p.Name, ph.Phase.Kind, ph.End)))))
            .ToLookup(x => x.EngineerId, x => x.Phase);
        var byId = workloads.ToDictionary(w => w.EngineerId);
        var teamWindows = organisation.Engineers.ToLookup(e => e.TeamId, e => e)
            .ToDictionary(g => g.Key ?? 0, g => g.SelectMany(e => SuggestionInputs.TeammateWindows(e.Id, e.DisplayName, byId[e.Id])).ToList());

        return [.. organisation.Engineers.Select(engineer =>
        {
            var workload = byId[engineer.Id];
            var random = new Random(engineer.Id);
            var likes = Enumerable.Range(0, random.Next(1, 3)).Select(_ => (ActivityKind)random.Next(1, 8)).Distinct().ToList();
            var dislike = (ActivityKind)random.Next(1, 8);
            var profile = new EngineerProfile
            {
                Id = engineer.Id,
                UserId = engineer.UserId,
                DisplayName = engineer.DisplayName,
                CapacityHours = engineer.CapacityHours,
            };
            // Drawn in the order the generated organisation has always been drawn in.
            ActivityKind[] dislikes = random.Next(2) == 0 && !likes.Contains(dislike) ? [dislike] : [];
            string[] skills = [.. new[] { SkillPool[random.Next(SkillPool.Length)], SkillPool[random.Next(SkillPool.Length)] }.Distinct()];
            var industry = Industries[random.Next(Industries.Length)];
            var rate = random.Next(40, 91);
            string[] toLearn = [SkillPool[random.Next(SkillPool.Length)]];
            var preferences = new SidePreferences(profile.SideActivityBudgetHours.Value, likes, dislikes, skills, toLearn, industry, rate, "USD");
            if (profile.TrySetPreferences(preferences) is { } violation)
            {
                throw new InvalidOperationException($"Generated preferences break {violation.Code} on {violation.Field}.");
            }
            return new SuggestionInput(
                SuggestionInputs.Facts(profile),
                now,
                SuggestionInputs.Windows(workload),
                SuggestionInputs.Weeks(workload, now),
                [.. engagements[engineer.Id]],
                [.. phases[engineer.Id]],
                teamWindows[engineer.TeamId ?? 0]);
        })];
    }
}
