using System.Collections;
using System.Globalization;
using MlCareer.Web.Tests.Infrastructure;

namespace MlCareer.E2E.Infrastructure;

/// <summary>
/// Chromium on the tests' clock. The app's "now" is <see cref="MlCareerWebFactory.FixedNow"/>; a browser on the
/// machine's clock would judge the app's cookies by the day the tests run (the language cookie, set for a year
/// from FixedNow, would be gone from 2027-11-25 on) and its <c>Date</c> would name another day than the page.
/// libfaketime (Debian's faketime package), preloaded into the browser alone, moves its clock, for its pages and
/// its cookie jar alike, by the offset from the machine's clock to FixedNow when the browser starts.
/// </summary>
/// <remarks>
/// The offset form (<c>FAKETIME=-1036800</c>) is the one Chromium runs under: with an absolute start time, or
/// with monotonic clocks left real, its network service crashes. When the tests themselves run on a moved
/// clock (<c>.ci/run-at</c>), the machine's clock is ours less our own offset.
/// </remarks>
public static class BrowserClock
{
    public const string Library = "/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1";

    public static bool IsAvailable => File.Exists(Library);

    /// <summary>The test process's environment, with the clock of the tests for the browser.</summary>
    public static IEnumerable<KeyValuePair<string, string>> Environment()
    {
        var variables = System.Environment.GetEnvironmentVariables().Cast<DictionaryEntry>()
            .ToDictionary(e => (string)e.Key, e => (string?)e.Value ?? string.Empty, StringComparer.Ordinal);
        // libfaketime offsets the browser from the machine's clock, so the offset is measured from that clock on purpose.
        var machineNow = TimeProvider.System.GetUtcNow().AddSeconds(-OwnOffsetSeconds(variables));
        var offset = (long)Math.Round((MlCareerWebFactory.FixedNow - machineNow).TotalSeconds);
        variables["LD_PRELOAD"] = Library;
        variables["FAKETIME"] = offset.ToString("+0;-0", CultureInfo.InvariantCulture);
        variables.Remove("DONT_FAKE_MONOTONIC");
        variables.Remove("FAKETIME_DONT_RESET");
        return variables;
    }

    /// <summary>How far this process's own clock is moved, in seconds: 0 unless it runs under a libfaketime offset.</summary>
    private static long OwnOffsetSeconds(Dictionary<string, string> variables) =>
        variables.TryGetValue("LD_PRELOAD", out var preload) && preload.Contains("faketime", StringComparison.Ordinal)
        && variables.TryGetValue("FAKETIME", out var faked) && long.TryParse(faked, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var seconds)
            ? seconds
            : 0;
}
