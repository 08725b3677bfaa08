using System.Net;
using System.Net.Sockets;

namespace MlCareer.Web.Tests.Infrastructure;

/// <summary>Ports on 127.0.0.1 for servers a test starts outside .NET (nginx).</summary>
public static class Loopback
{
    /// <summary>A port free a moment ago; the server that takes it should start right away.</summary>
    public static int FreePort() => FreePorts(1)[0];

    /// <summary>
    /// <paramref name="count"/> different free ports: each is held until all are chosen, as a port let go can be
    /// the next one handed out.
    /// </summary>
    public static int[] FreePorts(int count)
    {
        var listeners = Enumerable.Range(0, count).Select(_ => new TcpListener(IPAddress.Loopback, 0)).ToList();
        try
        {
            listeners.ForEach(l => l.Start());
            return [.. listeners.Select(l => ((IPEndPoint)l.LocalEndpoint).Port)];
        }
        finally
        {
            listeners.ForEach(l => l.Dispose());
        }
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
