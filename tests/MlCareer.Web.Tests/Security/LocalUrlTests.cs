using MlCareer.Web.Hosting;

namespace MlCareer.Web.Tests.Security;

public class LocalUrlTests
{
    [Theory]
    [InlineData("/")]
    [InlineData("/timesheet?week=2026-W48")]
    [InlineData("/projects/1#phases")]
    [InlineData("/Account/Login?ReturnUrl=%2Fworkload")]
    public void OrHome_LocalPath_KeptAsIs(string url)
    {
        var local = LocalUrl.OrHome(url);

        Assert.Equal(url, local);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("https://evil.example/")]
    [InlineData("//evil.example")]
    [InlineData("/\\evil.example")]
    [InlineData("\\\\evil.example")]
    [InlineData("javascript:alert(1)")]
    [InlineData("/\r\nSet-Cookie: x=1")]
    [InlineData("/\0")]
    [InlineData("/./\u0007")]
    [InlineData("timesheet")]
    public void OrHome_OffSiteOrMalformed_GoesHome(string? url)
    {
        var local = LocalUrl.OrHome(url);

        Assert.Equal("/", local);
    }

    [Fact]
    public void OrHome_NormalisesToTwoSlashes_GoesHome()
    {
        var local = LocalUrl.OrHome("/.//evil.example");

        Assert.Equal("/", local);
    }

    [Fact]
    public void OrHome_Overlong_GoesHome()
    {
        var local = LocalUrl.OrHome("/" + new string('a', LocalUrl.MaxLength));

        Assert.Equal("/", local);
    }

    [Theory]
    [InlineData("/é?q=ü", "/%C3%A9?q=%C3%BC")]
    [InlineData("/a\u202Eb", "/a%E2%80%AEb")]
    public void OrHome_NonAscii_EscapedSoTheLocationHeaderIsValid(string url, string expected)
    {
        var local = LocalUrl.OrHome(url);

        Assert.Equal(expected, local);
    }
}
