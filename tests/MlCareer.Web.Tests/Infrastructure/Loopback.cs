using System.Net;
using System.Net.Sockets;

namespace MlCareer.Web.Tests.Infrastructure;

/// <summary>Ports on 127.0.0.1 for servers a test starts outside .NET (nginx).</summary>
public static class Loopback
{
    /// <summary>A port free a moment ago; the server that takes it should start right away.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>A server with no readiness signal but its listening socket: poll it for up to ten seconds.</summary>
    public static async Task WaitForPortAsync(int port)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException) when (attempt < 100)
            {
                await Task.Delay(100);
            }
        }
    }
}
