using System.Net;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using MlCareer.Web.Tests.Infrastructure;

namespace MlCareer.Web.Tests.Hosting;

/// <summary>The shipped nginx example (docs/deploy/nginx.conf) in front of two nodes: TLS, sign-in, Blazor's WebSocket.</summary>
public sealed class ProxyTests(NginxProxy proxy) : IClassFixture<NginxProxy>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Health_ThroughTheProxy_IsHealthyOverTls()
    {
        NginxProxy.Require();
        using var client = proxy.CreateClient();

        var response = await client.GetAsync("/health", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task SignIn_ThroughTheProxy_HomeShowsThePerson()
    {
        NginxProxy.Require();
        using var client = proxy.CreateClient();

        var signIn = await SignIn.PostAsync(client, "ana@mlcareer.example", MlCareerWebFactory.DemoPassword);
        var home = await client.GetAsync("/", Ct);

        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Contains("Ana Souza", await home.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task BlazorConnection_ThroughTheProxy_UpgradesToAWebSocketOnTheNodeThatNegotiated()
    {
        NginxProxy.Require();
        using var client = proxy.CreateClient();
        var negotiated = await client.PostAsync("/_blazor/negotiate?negotiateVersion=1", null, Ct);
        using var json = JsonDocument.Parse(await negotiated.Content.ReadAsStringAsync(Ct));
        var token = json.RootElement.GetProperty("connectionToken").GetString();
        using var socket = new ClientWebSocket();
        socket.Options.RemoteCertificateValidationCallback = (_, certificate, _, _) => certificate?.GetCertHashString() == proxy.CertificateHash;

        await socket.ConnectAsync(new Uri($"wss://localhost:{proxy.HttpsPort}/_blazor?id={token}"), Ct);
        await socket.SendAsync(Encoding.UTF8.GetBytes("{\"protocol\":\"blazorpack\",\"version\":1}\u001e"), WebSocketMessageType.Text, true, Ct);
        var buffer = new byte[256];
        var received = await socket.ReceiveAsync(buffer, Ct);

        Assert.Equal(WebSocketState.Open, socket.State);
        Assert.Equal("{}\u001e", Encoding.UTF8.GetString(buffer, 0, received.Count));
    }

    [Fact]
    public async Task PlainHttp_ThroughTheProxy_RedirectsToHttps()
    {
        NginxProxy.Require();
        using var client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri($"http://localhost:{proxy.HttpPort}") };

        var response = await client.GetAsync("/timesheet", Ct);

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("https://localhost/timesheet", response.Headers.Location!.ToString());
    }
}
