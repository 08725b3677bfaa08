using Bunit;
using MlCareer.Core.Security;
using MlCareer.Web.Components.Layout;

namespace MlCareer.Web.Tests.Components;

public class NavMenuTests : MudBunitContext
{
    [Fact]
    public void Render_Admin_ShowsTheAdministrationLinks()
    {
        AddAuthorization().SetAuthorized("admin@mlcareer.example").SetRoles(Roles.Admin, Roles.Engineer);

        var menu = Render<NavMenu>();

        Assert.NotNull(menu.Find("a[href='admin/users']"));
        Assert.NotNull(menu.Find("a[href='admin/settings']"));
        Assert.NotNull(menu.Find("a[href='admin/catalog']"));
        Assert.Contains("Administration", menu.Markup, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Roles.Engineer)]
    [InlineData(Roles.TeamLead)]
    public void Render_NotAnAdmin_HidesTheAdministrationLinks(string role)
    {
        AddAuthorization().SetAuthorized("ana@mlcareer.example").SetRoles(role);

        var menu = Render<NavMenu>();

        Assert.Empty(menu.FindAll("a[href='admin/users']"));
        Assert.Empty(menu.FindAll("a[href='admin/settings']"));
        Assert.Empty(menu.FindAll("a[href='admin/catalog']"));
        Assert.DoesNotContain("Administration", menu.Markup, StringComparison.Ordinal);
        Assert.NotNull(menu.Find("a[href='']"));
        Assert.NotNull(menu.Find("a[href='suggestions']"));
        Assert.NotNull(menu.Find("a[href='activities']"));
        Assert.NotNull(menu.Find("a[href='me/preferences']"));
    }

    [Theory]
    [InlineData(Roles.Engineer, false, false)]
    [InlineData(Roles.TeamLead, true, false)]
    [InlineData(Roles.Admin, true, true)]
    public void Render_TeamLinks_ForLeadsAndAdminsOnly(string role, bool team, bool teams)
    {
        AddAuthorization().SetAuthorized("someone@mlcareer.example").SetRoles(role);

        var menu = Render<NavMenu>();

        Assert.Equal(team, menu.FindAll("a[href='team']").Count == 1);
        Assert.Equal(teams, menu.FindAll("a[href='admin/teams']").Count == 1);
    }
}
