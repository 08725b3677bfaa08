using MlCareer.Core.Activities;
using MlCareer.Core.Common;
using MlCareer.Core.Suggestions;
using static MlCareer.Core.Tests.Suggestions.SuggestionBuilder;

namespace MlCareer.Core.Tests.Suggestions;

/// <summary>A teammate's competition invites the engineer when it shares at least two whole weeks with one of their windows.</summary>
public class TeamInvitationTests
{
    private static readonly SuggestionWindow Mine = new(Week(2), Week(5), 20, 20, [], 0.9);

    private static TeammateEngagement Competition(int from, int weeks, int engineerId = 2) =>
        new(10 + from, engineerId, "Chen Jing", 6, "Team competition", Week(from).Monday, Week(from + weeks - 1).Sunday);

    [Fact]
    public void Find_ThreeSharedWeeks_InvitesWithTheSharedWeeks()
    {
        var invitations = TeamInvitation.Find(1, [Mine], [Competition(3, 8)], [], 2);

        var invitation = Assert.Single(invitations);
        Assert.Equal(("Chen Jing", Week(3), Week(5)), (invitation.Engagement.Name, invitation.From, invitation.To));
    }

    [Fact]
    public void Find_OneSharedWeek_NoInvitation()
    {
        var invitations = TeamInvitation.Find(1, [Mine], [Competition(5, 8)], [], 2);

        Assert.Empty(invitations);
    }

    [Fact]
    public void Find_AlreadyJoined_NoInvitation()
    {
        var joined = new Engagement { SideActivityId = 6, HoursPerWeek = new Hours(6) };
        joined.Schedule(Week(3).Monday, Week(10).Sunday);

        var invitations = TeamInvitation.Find(1, [Mine], [Competition(3, 8)], [joined], 2);

        Assert.Empty(invitations);
    }

    [Fact]
    public void Find_TheEngineersOwnEngagement_NoInvitation()
    {
        var invitations = TeamInvitation.Find(2, [Mine], [Competition(3, 8, engineerId: 2)], [], 2);

        Assert.Empty(invitations);
    }
}
