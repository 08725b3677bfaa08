using MlCareer.Core.Common;
using MlCareer.Core.Notifications;
using MlCareer.Core.Suggestions;
using MlCareer.Core.Workload;
using static MlCareer.Core.Tests.Suggestions.SuggestionBuilder;

namespace MlCareer.Core.Tests.Notifications;

public class NoticeBoardTests
{
    private static WindowSuggestions Window(int from) => new(new SuggestionWindow(Week(from), Week(from + 2), 20, 20, [], 0.9), [], []);

    private static readonly SlipWarning Slip = new(new OpenEngagement(7, "Cohort", Week(4).Monday, Week(8).Sunday, 10), [Week(5), Week(6)], 46, 40, []);

    [Fact]
    public void Build_WindowsWithinTwoWeeks_AnnouncedLaterOnesNot()
    {
        var notices = NoticeBoard.Build(Now, [Window(0), Window(2), Window(3)], [], [], new HashSet<string>());

        Assert.Equal([$"window:{Week(0)}", $"window:{Week(2)}"], notices.Select(n => n.Key));
    }

    [Fact]
    public void Build_ReadNotice_AfterTheUnreadOnesAndMarkedRead()
    {
        var read = new HashSet<string> { $"slip:7:{Week(5)}:{Week(6)}:2" };

        var notices = NoticeBoard.Build(Now, [Window(1)], [Slip], [], read);

        Assert.Equal([(NoticeKind.WindowSoon, false), (NoticeKind.Slip, true)], notices.Select(n => (n.Kind, n.IsRead)));
    }

    [Fact]
    public void Build_SlipReachesAnotherWeek_IsANewNotice()
    {
        var read = new HashSet<string> { $"slip:7:{Week(5)}:{Week(6)}:2" };
        var grown = Slip with { Weeks = [Week(5), Week(6), Week(7)] };

        var notices = NoticeBoard.Build(Now, [], [grown], [], read);

        Assert.False(Assert.Single(notices).IsRead);
    }
}
