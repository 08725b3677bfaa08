using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using MlCareer.Core.Activities;
using MlCareer.Core.Common;
using MlCareer.Core.Engineers;
using MlCareer.Core.Involvement;
using MlCareer.Core.Projects;
using MlCareer.Core.Security;
using MlCareer.Core.Teams;
using MlCareer.Core.Workload;
using MlCareer.Data;

namespace MlCareer.Benchmarks;

/// <summary>One generated weekly log: hours an engineer spent on a phase in an ISO week (by its key).</summary>
public readonly record struct GeneratedLog(int EngineerId, int PhaseId, PhaseKind Kind, int WeekKey, double Hours);

/// <summary>
/// A realistic organisation, generated deterministically from a seed: <c>N</c> engineers (capacity
/// 32–40 h) in teams of ten, 20 projects per 100 engineers, each project running the six phase kinds
/// in sequence (labeling overlapping collection) and then retraining cycles (a second collection or
/// labeling round, model development, deployment) until past the horizon; a training run in about half
/// of the model-development phases; tentative phases ahead; each engineer on 1–3 projects (of their own
/// team and the next one) with allocations summing to at most 100% for most and over 100% for some;
/// three years (156 weeks) of weekly logs up to the current week, per engineer and active phase; and a
/// few side activities. It yields the engine's <see cref="EngineerPlan"/>s in memory and can fill a
/// SQLite file, migrated as the app migrates it, with the same rows and ids.
/// </summary>
public sealed class OrganisationGenerator
{
    public const int DefaultSeed = 20260311;

    /// <summary>Weeks of logs before the current week.</summary>
    public const int LoggedWeeks = 156;

    public const int TeamSize = 10;

    public const int ProjectsPer100Engineers = 20;

    private static readonly (string Key, ActivityKind Kind, string Title, double Hours)[] Catalog =
    [
        ("bench-mentoring", ActivityKind.Mentoring, "Mentor a junior engineer", 2),
        ("bench-blog", ActivityKind.Writing, "Write a technical blog post", 4),
        ("bench-talk", ActivityKind.Speaking, "Give a meetup talk", 3),
        ("bench-kaggle", ActivityKind.Competition, "Kaggle competition", 6),
        ("bench-freelance", ActivityKind.Freelancing, "Freelance data project", 8),
        ("bench-course", ActivityKind.Learning, "Online course", 4),
        ("bench-oss", ActivityKind.OpenSource, "Open-source contribution", 3),
    ];

    private readonly Random _random;
    private readonly WorkloadRules _rules = WorkloadRules.Default;
    private readonly DateOnly _today;
    private readonly IsoWeek _currentWeek;
    private readonly int _currentMonday;
    private int _phaseId;
    private int _periodId;
    private int _assignmentId;

    private OrganisationGenerator(int seed, DateOnly today)
    {
        _random = new Random(seed);
        _today = today;
        _currentWeek = IsoWeek.FromDate(today);
        _currentMonday = _currentWeek.Monday.DayNumber;
    }

    /// <summary>Generates an organisation of <paramref name="engineers"/> engineers around <see cref="BenchmarkDatabase.Today"/>.</summary>
    public static Organisation Generate(int engineers, int seed = DefaultSeed) =>
        new OrganisationGenerator(seed, DateOnly.FromDateTime(BenchmarkDatabase.Today.DateTime)).Build(engineers);

    private Organisation Build(int engineerCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(engineerCount);
        var teamCount = (engineerCount + TeamSize - 1) / TeamSize;
        var teams = Enumerable.Range(1, teamCount).Select(t => new Team { Id = t, Name = $"Team {t:D4}", Version = NextGuid() }).ToList();

        var users = new List<AppUser>(engineerCount);
        var engineers = new List<EngineerProfile>(engineerCount);
        for (var i = 1; i <= engineerCount; i++)
        {
            var email = $"engineer{i:D6}@mlcareer.benchmark";
            users.Add(new AppUser
            {
                Id = $"bench-{i:D6}",
                UserName = email,
                NormalizedUserName = email.ToUpperInvariant(),
                Email = email,
                NormalizedEmail = email.ToUpperInvariant(),
                EmailConfirmed = true,
                SecurityStamp = NextGuid().ToString("N"),
                ConcurrencyStamp = NextGuid().ToString(),
                DisplayName = $"Engineer {i:D6}",
            });
            engineers.Add(new EngineerProfile
            {
                Id = i,
                UserId = $"bench-{i:D6}",
                DisplayName = $"Engineer {i:D6}",
                TeamId = ((i - 1) / TeamSize) + 1,
                CapacityHours = new Hours(_random.Next(64, 81) / 2.0),
                Version = NextGuid(),
            });
        }

        var projectCount = Math.Max(1, engineerCount * ProjectsPer100Engineers / 100);
        var projects = new List<Project>(projectCount);
        for (var p = 1; p <= projectCount; p++)
        {
            projects.Add(BuildProject(p, teamId: ((p - 1) * teamCount / projectCount) + 1));
        }

        var projectsByTeam = projects.ToLookup(p => p.TeamId);
        foreach (var engineer in engineers)
        {
            Assign(engineer, projectsByTeam, teamCount);
        }

        var activities = Catalog.Select((c, i) =>
        {
            var activity = SideActivity.Create(c.Key, new SideActivityDraft(
                c.Kind, c.Title, c.Title, null, null, null, c.Hours, c.Hours, 2, CommitmentShape.OneOff, null, false, false, PayBasis.None, null, null, ActivityBenefits.None, [], null));
            activity.Id = i + 1;
            activity.Version = NextGuid();
            return activity;
        }).ToList();
        var engagements = BuildEngagements(engineers, activities);
        var logs = BuildLogs(engineers, projects);
        return new Organisation(_currentWeek, _rules, teams, users, engineers, projects, activities, engagements, logs);
    }

    /// <summary>
    /// The six kinds in sequence (labeling overlapping collection, wrangling overlapping labeling), then
    /// retraining cycles until 30 weeks past the current week. Most projects began before the three years
    /// of logs or during them; one in ten starts in the coming weeks; a few are on hold.
    /// </summary>
    private Project BuildProject(int id, int teamId)
    {
        var startWeeks = _random.NextDouble() < 0.1 ? _random.Next(1, 20) : -_random.Next(20, 190);
        var start = DateOnly.FromDayNumber(_currentMonday + (startWeeks * 7));
        var project = new Project { Id = id, TeamId = teamId, Name = $"Project {id:D5}", Version = NextGuid() };
        RuleViolationException.ThrowIf(project.TrySetStartDate(start));
        var end = _currentMonday + (30 * 7);
        var cursor = start.DayNumber;

        cursor = AddPhase(project, PhaseKind.ProblemUnderstanding, cursor, _random.Next(2, 5), overlapWeeks: 0);
        cursor = AddPhase(project, PhaseKind.DataCollection, cursor, _random.Next(3, 9), overlapWeeks: 0);
        cursor = AddPhase(project, PhaseKind.DataLabeling, cursor, _random.Next(2, 7), overlapWeeks: _random.Next(1, 3));
        cursor = AddPhase(project, PhaseKind.DataWrangling, cursor, _random.Next(4, 11), overlapWeeks: _random.Next(0, 2));
        cursor = AddPhase(project, PhaseKind.ModelDevelopment, cursor, _random.Next(6, 15), overlapWeeks: 0);
        cursor = AddPhase(project, PhaseKind.Deployment, cursor, _random.Next(10, 31), overlapWeeks: 0);
        while (cursor < end)
        {
            // A retraining: sometimes new data or a second labeling round, then a new model and its rollout,
            // starting while the previous deployment is still being maintained.
            cursor -= 7 * _random.Next(0, 4);
            if (_random.NextDouble() < 0.5)
            {
                cursor = AddPhase(project, PhaseKind.DataCollection, cursor, _random.Next(2, 5), overlapWeeks: 0);
            }

            if (_random.NextDouble() < 0.5)
            {
                cursor = AddPhase(project, PhaseKind.DataLabeling, cursor, _random.Next(2, 5), overlapWeeks: 1);
            }

            cursor = AddPhase(project, PhaseKind.ModelDevelopment, cursor, _random.Next(4, 9), overlapWeeks: 0);
            cursor = AddPhase(project, PhaseKind.Deployment, cursor, _random.Next(10, 31), overlapWeeks: 0);
        }

        var current = _today.DayNumber;
        RuleViolationException.ThrowIf(project.TrySetStatus(project.Phases[0].InForce(_today).Start.DayNumber > current ? ProjectStatus.Planned
            : _random.NextDouble() < 0.03 ? ProjectStatus.OnHold
            : ProjectStatus.Active));
        return project;
    }

    /// <summary>Adds a phase of <paramref name="weeks"/> weeks starting <paramref name="overlapWeeks"/> before the cursor; returns its end + 1 day.</summary>
    private int AddPhase(Project project, PhaseKind kind, int cursor, int weeks, int overlapWeeks)
    {
        var start = cursor - (overlapWeeks * 7);
        var end = start + (weeks * 7) - 1;
        var phase = new Phase { Id = ++_phaseId, ProjectId = project.Id, Kind = kind, Version = NextGuid() };
        phase.Plan(DateOnly.FromDayNumber(start), DateOnly.FromDayNumber(end));
        if (_random.NextDouble() < 0.1)
        {
            phase.SetShare(new Share(_random.Next(6, 19) * 0.05));
        }

        if (kind == PhaseKind.ModelDevelopment && _random.NextDouble() < 0.5)
        {
            var runStart = start + (7 * _random.Next(1, Math.Max(2, weeks - 2)));
            var runEnd = Math.Min(end, runStart + (7 * _random.Next(1, 5)) - 1);
            RuleViolationException.ThrowIf(phase.TryAddPeriod("Training run", DateOnly.FromDayNumber(runStart), DateOnly.FromDayNumber(runEnd), null, _today, out var period));
            (period!.Id, period.PhaseId) = (++_periodId, phase.Id);
        }

        var today = _today.DayNumber;
        if (end < today)
        {
            // Done: the actual dates drift a few days from the plan.
            var actualStart = start + _random.Next(0, 4);
            var actualEnd = Math.Min(today - 1, Math.Max(actualStart, end + _random.Next(-3, 8)));
            RuleViolationException.ThrowIf(phase.TryRecord(DateOnly.FromDayNumber(actualStart), DateOnly.FromDayNumber(actualEnd), _today));
        }
        else if (start <= today)
        {
            RuleViolationException.ThrowIf(phase.TryRecord(DateOnly.FromDayNumber(Math.Min(today, start + _random.Next(0, 3))), null, _today));
        }
        else
        {
            RuleViolationException.ThrowIf(phase.TrySetTentative(start > today + (8 * 7) && _random.NextDouble() < 0.5));
        }

        project.AddPhase(phase);
        return end + 1;
    }

    /// <summary>1–3 projects of the engineer's team and the next; allocations total 60–100%, or 105–140% for one in seven.</summary>
    private void Assign(EngineerProfile engineer, ILookup<int, Project> projectsByTeam, int teamCount)
    {
        var team = engineer.TeamId!.Value;
        var candidates = projectsByTeam[team].Concat(projectsByTeam[(team % teamCount) + 1]).Distinct().ToList();
        if (candidates.Count == 0)
        {
            candidates = [.. projectsByTeam.First()];
        }

        var roll = _random.NextDouble();
        var count = Math.Min(candidates.Count, roll < 0.3 ? 1 : roll < 0.75 ? 2 : 3);
        var chosen = candidates.OrderBy(_ => _random.Next()).Take(count).ToList();
        var total = _random.NextDouble() < 1.0 / 7 ? _random.Next(21, 29) * 0.05 : _random.Next(12, 21) * 0.05;
        var weights = chosen.Select(_ => 0.5 + _random.NextDouble()).ToList();
        var sum = weights.Sum();
        for (var i = 0; i < chosen.Count; i++)
        {
            var allocation = Math.Clamp(Math.Round(total * weights[i] / sum / 0.05) * 0.05, Allocation.MinPercent / 100.0, 1);
            chosen[i].Assignments.Add(new Assignment
            {
                Id = ++_assignmentId, ProjectId = chosen[i].Id, EngineerId = engineer.Id, Allocation = new Share(Math.Round(allocation, 2)), Version = NextGuid(),
            });
        }
    }

    /// <summary>About one engineer in three has a side activity: done in the past, running now, or planned ahead.</summary>
    private List<Engagement> BuildEngagements(List<EngineerProfile> engineers, List<SideActivity> activities)
    {
        var engagements = new List<Engagement>();
        foreach (var engineer in engineers)
        {
            if (_random.NextDouble() >= 0.35)
            {
                continue;
            }

            var activity = activities[_random.Next(activities.Count)];
            var startWeeks = _random.Next(-40, 20);
            var weeks = _random.Next(2, 13);
            var engagement = new Engagement
            {
                Id = engagements.Count + 1,
                EngineerId = engineer.Id,
                SideActivityId = activity.Id,
                HoursPerWeek = new Hours(activity.HoursPerWeek.Min),
                Version = NextGuid(),
            };
            engagement.Schedule(DateOnly.FromDayNumber(_currentMonday + (startWeeks * 7)), DateOnly.FromDayNumber(_currentMonday + ((startWeeks + weeks) * 7) - 1));
            if (startWeeks + weeks <= 0)
            {
                RuleViolationException.ThrowIf(engagement.TryComplete(engagement.End, _today));
            }
            else
            {
                engagement.Reopen(active: startWeeks <= 0);
            }

            engagements.Add(engagement);
        }

        return engagements;
    }

    /// <summary>
    /// For each of the 156 weeks before the current one (minus one week in 25, a holiday), a log per phase
    /// of the engineer's projects active that week: the planned hours (share in force of allocated time,
    /// overlapping phases sharing the allocation) times 0.75–1.25, in half hours.
    /// </summary>
    private GeneratedLog[] BuildLogs(List<EngineerProfile> engineers, List<Project> projects)
    {
        var weekKeys = new int[LoggedWeeks];
        var firstMonday = _currentMonday - (LoggedWeeks * 7);
        for (var w = 0; w < LoggedWeeks; w++)
        {
            weekKeys[w] = IsoWeek.FromDate(DateOnly.FromDayNumber(firstMonday + (w * 7))).Key;
        }

        // Per project and week: the phases active that week with their share in force, scaled so they share the allocation.
        var active = new Dictionary<int, List<(Phase Phase, double Share)>[]>();
        foreach (var project in projects)
        {
            var weeks = new List<(Phase, double)>[LoggedWeeks];
            for (var w = 0; w < LoggedWeeks; w++)
            {
                var monday = firstMonday + (w * 7);
                var list = new List<(Phase, double)>();
                foreach (var phase in project.Phases)
                {
                    var inForce = phase.InForce(_today);
                    if (inForce.Start.DayNumber <= monday + 6 && inForce.End.DayNumber >= monday)
                    {
                        list.Add((phase, ShareInForce(phase, monday)));
                    }
                }

                var sum = list.Sum(x => x.Item2);
                weeks[w] = sum > 1 ? [.. list.Select(x => (x.Item1, x.Item2 / sum))] : list;
            }

            active[project.Id] = weeks;
        }

        var assignmentsBy = projects.SelectMany(p => p.Assignments).ToLookup(a => a.EngineerId);
        var logs = new List<GeneratedLog>(engineers.Count * LoggedWeeks * 3);
        foreach (var engineer in engineers)
        {
            var capacity = engineer.CapacityHours.Value;
            for (var w = 0; w < LoggedWeeks; w++)
            {
                if (_random.Next(25) == 0)
                {
                    continue;
                }

                foreach (var assignment in assignmentsBy[engineer.Id])
                {
                    foreach (var (phase, share) in active[assignment.ProjectId][w])
                    {
                        var hours = Math.Round(capacity * assignment.Allocation.Value * share * (0.75 + (_random.NextDouble() * 0.5)) * 2) / 2;
                        if (hours > 0)
                        {
                            logs.Add(new GeneratedLog(engineer.Id, phase.Id, phase.Kind, weekKeys[w], Math.Min(hours, 60)));
                        }
                    }
                }
            }
        }

        return [.. logs];
    }

    private double ShareInForce(Phase phase, int monday)
    {
        var share = phase.InvolvementShare?.Value ?? _rules.ShareFor(phase.Kind);
        foreach (var period in phase.Periods)
        {
            if (period.Start.DayNumber <= monday + 6 && period.End.DayNumber >= monday)
            {
                share = Math.Min(share, period.Share?.Value ?? _rules.MonitoringShare);
            }
        }

        return share;
    }

    private Guid NextGuid()
    {
        Span<byte> bytes = stackalloc byte[16];
        _random.NextBytes(bytes);
        return new Guid(bytes);
    }
}

/// <summary>A generated organisation: its rows, the engine's plans built from them, and a SQLite fill.</summary>
public sealed class Organisation(
    IsoWeek currentWeek,
    WorkloadRules rules,
    List<Team> teams,
    List<AppUser> users,
    List<EngineerProfile> engineers,
    List<Project> projects,
    List<SideActivity> sideActivities,
    List<Engagement> engagements,
    GeneratedLog[] logs)
{
    private const int LogBatch = 20_000;

    public IsoWeek CurrentWeek { get; } = currentWeek;

    public WorkloadRules Rules { get; } = rules;

    public IReadOnlyList<EngineerProfile> Engineers => engineers;

    public IReadOnlyList<Project> Projects => projects;

    public IReadOnlyList<GeneratedLog> Logs => logs;

    public IReadOnlyList<SideActivity> SideActivities => sideActivities;

    public IReadOnlyList<Engagement> Engagements => engagements;

    public IReadOnlyList<int> EngineerIds => [.. engineers.Select(e => e.Id)];

    public int TeamCount => teams.Count;

    public int PhaseCount => projects.Sum(p => p.Phases.Count);

    public int PeriodCount => projects.Sum(p => p.Phases.Sum(ph => ph.Periods.Count));

    public int AssignmentCount => projects.Sum(p => p.Assignments.Count);

    public int EngagementCount => engagements.Count;

    public string Describe() =>
        $"{engineers.Count} engineers, {teams.Count} teams, {projects.Count} projects, {AssignmentCount} assignments, "
        + $"{PhaseCount} phases ({projects.Sum(p => p.Phases.Count(ph => ph.Status == PhaseStatus.Tentative))} tentative), "
        + $"{PeriodCount} training runs, {logs.Length} hour logs, {engagements.Count} side activities taken on";

    /// <summary>
    /// The plans as <c>WorkloadReader.TeamAsync</c> reads them: every assignment with its project's phases
    /// in force and whether it counts ahead, logs from <paramref name="logsFrom"/> on (all of them when null),
    /// side activities that still count from then on.
    /// </summary>
    public IReadOnlyList<EngineerPlan> Plans(IsoWeek? logsFrom = null)
    {
        var fromKey = logsFrom?.Key ?? int.MinValue;
        var today = DateOnly.FromDateTime(BenchmarkDatabase.Today.DateTime);
        var phasePlans = projects.ToDictionary(p => p.Id, p => (IReadOnlyList<PhasePlan>)[.. p.Phases.Select(ph => PhasePlan.From(ph, today))]);
        var assignmentsBy = projects
            .SelectMany(p => p.Assignments.Select(a => (a.EngineerId, Plan: new ProjectPlan(p.Id, p.Name, a.Allocation.Value, phasePlans[p.Id], p.CountsAhead))))
            .ToLookup(x => x.EngineerId, x => x.Plan);
        var weeks = new Dictionary<int, IsoWeek>();
        var logsBy = logs.Where(l => l.WeekKey >= fromKey).ToLookup(l => l.EngineerId);
        var titles = sideActivities.ToDictionary(a => a.Id, a => a.Title);
        var projectNames = projects.SelectMany(p => p.Phases.Select(ph => (ph.Id, p.Name))).ToDictionary(x => x.Id, x => x.Name);
        var engagementsBy = engagements.Where(e => e.End.DayNumber >= (logsFrom?.Monday.DayNumber ?? int.MinValue)).ToLookup(e => e.EngineerId);
        return [.. engineers.Select(e => new EngineerPlan(
            e.Id,
            e.CapacityHours.Value,
            [.. assignmentsBy[e.Id]],
            [.. logsBy[e.Id].Select(l => new LoggedHours(Week(l.WeekKey), l.Kind, l.Hours, projectNames[l.PhaseId]))],
            [.. engagementsBy[e.Id].Select(x => SideCommitment.From(x, titles[x.SideActivityId])).OfType<SideCommitment>()]))];

        IsoWeek Week(int key) => weeks.TryGetValue(key, out var week) ? week : weeks[key] = IsoWeek.FromKey(key);
    }

    /// <summary>
    /// Creates (or replaces) a SQLite file holding this organisation: migrated with the app's SQLite
    /// migrations, in WAL mode, with default settings, the roles, an Identity user, profile and Engineer
    /// role per engineer, and every team, project, phase, period, assignment, side activity, engagement
    /// and log, with the generated ids. One transaction; AddRange in batches with change detection off.
    /// </summary>
    public async Task FillAsync(string path, CancellationToken cancellationToken = default)
    {
        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
        {
            File.Delete(file);
        }

        await using (var db = CreateContext(path))
        {
            await db.Database.MigrateAsync(cancellationToken);
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

            db.PlanningSettings.Add(PlanningSettings.CreateDefault());
            var roles = Roles.All.Select(r => new IdentityRole(r) { Id = $"role-{r.ToLowerInvariant()}", NormalizedName = r.ToUpperInvariant(), ConcurrencyStamp = r }).ToList();
            db.Roles.AddRange(roles);
            db.Teams.AddRange(teams);
            db.SideActivities.AddRange(sideActivities);
            await SaveAsync(db, cancellationToken);

            foreach (var chunk in users.Zip(engineers).Chunk(5_000))
            {
                db.Users.AddRange(chunk.Select(x => x.First));
                db.Engineers.AddRange(chunk.Select(x => x.Second));
                db.UserRoles.AddRange(chunk.Select(x => new IdentityUserRole<string> { UserId = x.First.Id, RoleId = roles[0].Id }));
                await SaveAsync(db, cancellationToken);
            }

            foreach (var chunk in projects.Chunk(200))
            {
                db.Projects.AddRange(chunk);
                await SaveAsync(db, cancellationToken);
            }

            db.Engagements.AddRange(engagements);
            await SaveAsync(db, cancellationToken);

            foreach (var chunk in logs.Chunk(LogBatch))
            {
                db.HourLogs.AddRange(chunk.Select(l => new HourLog
                {
                    EngineerId = l.EngineerId, PhaseId = l.PhaseId, Week = IsoWeek.FromKey(l.WeekKey), Hours = new Hours(l.Hours), Version = LogVersion(l),
                }));
                await SaveAsync(db, cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
            await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE);", cancellationToken);
        }

        SqliteConnection.ClearAllPools();
    }

    /// <summary>A context on the file, configured as the app configures it for SQLite (without the version-stamp interceptor).</summary>
    public static MlCareerDbContext CreateContext(string path) => new(Options(path));

    public static DbContextOptions<MlCareerDbContext> Options(string path)
    {
        var builder = new DbContextOptionsBuilder<MlCareerDbContext>();
        DataServiceCollectionExtensions.Configure(builder, DatabaseProvider.Sqlite, new SqliteConnectionStringBuilder { DataSource = path }.ToString());
        return builder.Options;
    }

    private static async Task SaveAsync(MlCareerDbContext db, CancellationToken cancellationToken)
    {
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }

    private static Guid LogVersion(GeneratedLog log) => new(log.EngineerId, (short)log.WeekKey, (short)(log.WeekKey >> 16), BitConverter.GetBytes((long)log.PhaseId));
}
