using System.Diagnostics;
using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using MlCareer.Data;
using MlCareer.Testing;
using MlCareer.Web.Tests.Infrastructure;

namespace MlCareer.Web.Tests.Hosting;

/// <summary>
/// Debian's nginx, configured with the shipped <c>docs/deploy/nginx.conf</c> (placeholders filled in), ending
/// TLS with a self-signed certificate in front of two app nodes on one PostgreSQL database. Without nginx or
/// PostgreSQL the tests skip locally and fail under <c>CI=true</c>.
/// </summary>
public sealed class NginxProxy : IAsyncLifetime
{
    public const string NginxPath = "/usr/sbin/nginx";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "mlcareer-tests", Guid.NewGuid().ToString("N"));
    private readonly List<MlCareerWebFactory> _nodes = [];
    private string? _database;
    private Process? _nginx;

    public int HttpsPort { get; private set; }

    public int HttpPort { get; private set; }

    public string CertificateHash { get; private set; } = string.Empty;

    public static bool IsAvailable => File.Exists(NginxPath) && PostgresServer.IsAvailable;

    public static void Require()
    {
        PostgresServer.Require();
        var reason = $"No nginx at {NginxPath}: install Debian's nginx package (.ci/run does).";
        Assert.SkipWhen(!File.Exists(NginxPath) && !PostgresServer.IsCi, reason);
        Assert.True(File.Exists(NginxPath), reason);
    }

    public async ValueTask InitializeAsync()
    {
        if (!IsAvailable)
        {
            return;
        }

        Directory.CreateDirectory(_folder);
        _database = PostgresServer.NewDatabaseName();
        await PostgresServer.CreateDatabaseAsync(_database);
        await SeveralNodesTests.MigrateAsync(_database);
        var nodes = new[] { StartNode(), StartNode() };
        var ports = Loopback.FreePorts(2);
        (HttpPort, HttpsPort) = (ports[0], ports[1]);
        var (certificate, key) = WriteCertificate();
        var site = (await File.ReadAllTextAsync(Path.Combine(RepositoryRoot(), "docs", "deploy", "nginx.conf")))
            .Replace("{{SERVER_NAME}}", "localhost", StringComparison.Ordinal)
            .Replace("{{HTTP_PORT}}", $"127.0.0.1:{HttpPort}", StringComparison.Ordinal)
            .Replace("{{HTTPS_PORT}}", $"127.0.0.1:{HttpsPort}", StringComparison.Ordinal)
            .Replace("{{CERTIFICATE}}", certificate, StringComparison.Ordinal)
            .Replace("{{CERTIFICATE_KEY}}", key, StringComparison.Ordinal)
            .Replace("{{NODE_1}}", nodes[0], StringComparison.Ordinal)
            .Replace("{{NODE_2}}", nodes[1], StringComparison.Ordinal);
        Assert.DoesNotContain("{{", site, StringComparison.Ordinal);
        await File.WriteAllTextAsync(Path.Combine(_folder, "mlcareer.conf"), site);
        await File.WriteAllTextAsync(Path.Combine(_folder, "nginx.conf"), MainConfig());

        var check = await RunNginxAsync("-t");
        Assert.True(check.ExitCode == 0, check.Output);
        _nginx = Process.Start(NginxStart("-g", "daemon off;"))!;
        await Loopback.WaitForPortAsync(HttpsPort);
    }

    public HttpClient CreateClient(CookieContainer? cookies = null)
    {
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            CookieContainer = cookies ?? new CookieContainer(),
            SslOptions = { RemoteCertificateValidationCallback = (_, certificate, _, _) => certificate?.GetCertHashString() == CertificateHash },
        };
        return new HttpClient(handler) { BaseAddress = new Uri($"https://localhost:{HttpsPort}") };
    }

    public async ValueTask DisposeAsync()
    {
        if (_nginx is not null)
        {
            _nginx.Kill(entireProcessTree: true);
            await _nginx.WaitForExitAsync();
            _nginx.Dispose();
        }

        foreach (var node in _nodes)
        {
            await node.DisposeAsync();
        }

        if (_database is not null)
        {
            await PostgresServer.DropDatabaseAsync(_database);
        }

        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private string StartNode()
    {
        var node = new MlCareerWebFactory(DatabaseProvider.Postgres, _database);
        _nodes.Add(node);
        node.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        node.StartServer();
        return new Uri(node.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()).Authority;
    }

    private (string Certificate, string Key) WriteCertificate()
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=localhost", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName("localhost");
        request.CertificateExtensions.Add(names.Build());
        // The clients pin the certificate by its hash and never check its dates, so they come from the tests' clock.
        var now = MlCareerWebFactory.FixedNow;
        using var certificate = request.CreateSelfSigned(now.AddDays(-1), now.AddDays(30));
        CertificateHash = certificate.GetCertHashString();
        var (certificatePath, keyPath) = (Path.Combine(_folder, "proxy.crt"), Path.Combine(_folder, "proxy.key"));
        File.WriteAllText(certificatePath, certificate.ExportCertificatePem());
        File.WriteAllText(keyPath, rsa.ExportPkcs8PrivateKeyPem());
        return (certificatePath, keyPath);
    }

    /// <summary>The main nginx.conf of a test run: everything in the temp folder, the shipped site included as is.</summary>
    private string MainConfig() => $$"""
        {{(Environment.UserName == "root" ? "user root;" : string.Empty)}}
        worker_processes 1;
        pid {{_folder}}/nginx.pid;
        error_log {{_folder}}/error.log warn;
        events { worker_connections 256; }
        http {
            access_log {{_folder}}/access.log;
            client_body_temp_path {{_folder}}/client_body;
            proxy_temp_path {{_folder}}/proxy;
            fastcgi_temp_path {{_folder}}/fastcgi;
            uwsgi_temp_path {{_folder}}/uwsgi;
            scgi_temp_path {{_folder}}/scgi;
            include {{_folder}}/mlcareer.conf;
        }
        """;

    private ProcessStartInfo NginxStart(params string[] args)
    {
        var start = new ProcessStartInfo(NginxPath) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var arg in (string[])["-p", _folder, "-c", Path.Combine(_folder, "nginx.conf"), .. args])
        {
            start.ArgumentList.Add(arg);
        }

        return start;
    }

    private async Task<(int ExitCode, string Output)> RunNginxAsync(params string[] args)
    {
        using var process = Process.Start(NginxStart(args))!;
        var output = await process.StandardError.ReadToEndAsync() + await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, output);
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "MlCareer.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("MlCareer.sln not found above the test output.");
    }
}
