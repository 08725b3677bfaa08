using System.Globalization;
using System.Text;
using MlCareer.Core.Common;
using MlCareer.Web.Tests.Infrastructure;

namespace MlCareer.Web.Tests.Import;

/// <summary>CSV files for import tests, with dates taken from the app's fixed clock.</summary>
public static class ImportFiles
{
    public const string PlanHeader = "project,phase,kind,period,start,end,share_percent,tentative,actual_start,actual_end,notes";

    public static byte[] Utf8(params string[] lines) => Encoding.UTF8.GetBytes(string.Join("\r\n", lines) + "\r\n");

    public static string Day(int weeksFromThisMonday, int day = 0) =>
        MlCareerWebFactory.ThisWeek.AddWeeks(weeksFromThisMonday).Monday.AddDays(day).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Week(int weeksFromThisWeek) => MlCareerWebFactory.ThisWeek.AddWeeks(weeksFromThisWeek).ToString();

    /// <summary>A plan of <paramref name="project"/>: two phases ahead and a training run in the second.</summary>
    public static string[] Plan(string project) =>
    [
        PlanHeader,
        $"{project},1,DataWrangling,,{Day(2)},{Day(5, 6)},,false,,,",
        $"{project},2,ModelDevelopment,,{Day(6)},{Day(11, 6)},,true,,,Tentative until the data is in",
        $"{project},2,,Training run,{Day(8)},{Day(9, 6)},15,,,,",
    ];
}
