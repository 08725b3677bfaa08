using System.Diagnostics;
using System.Threading.Channels;

namespace MlCareer.Web.Tests.Infrastructure;

/// <summary>
/// A built app (<c>MlCareer.Web.dll</c>, or the load writer) run as its own OS process with <c>dotnet</c>,
/// in a working folder of the test's choosing, its standard output read line by line.
/// </summary>
public sealed class AppProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly Channel<string> _lines = Channel.CreateUnbounded<string>();
    private readonly List<string> _errors = [];

    private AppProcess(Process process) => _process = process;

    public static string WebDll => Path.Combine(AppContext.BaseDirectory, "MlCareer.Web.dll");

    public static string LoadWriterDll => Path.Combine(AppContext.BaseDirectory, "MlCareer.LoadWriter.dll");

    public string ErrorOutput
    {
        get
        {
            lock (_errors)
            {
                return string.Join('\n', _errors);
            }
        }
    }

    public static AppProcess Start(string dll, string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment.Remove("ASPNETCORE_ENVIRONMENT");
        var process = new Process { StartInfo = start };
        var app = new AppProcess(process);
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                app._lines.Writer.TryComplete();
            }
            else
            {
                app._lines.Writer.TryWrite(e.Data);
            }
        };
        process.ErrorDataReceived += (_, e) =>
        {
            lock (app._errors)
            {
                if (e.Data is not null)
                {
                    app._errors.Add(e.Data);
                }
            }
        };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return app;
    }

    /// <summary>Runs the app to its end: exit code and everything it printed.</summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(string dll, string workingDirectory, params string[] args)
    {
        await using var app = Start(dll, workingDirectory, args);
        var output = new List<string>();
        await foreach (var line in app.ReadLinesAsync())
        {
            output.Add(line);
        }

        var exitCode = await app.WaitForExitAsync();
        return (exitCode, string.Join('\n', output) + '\n' + app.ErrorOutput);
    }

    /// <summary>Every line printed so far and from now on, until the process ends.</summary>
    public IAsyncEnumerable<string> ReadLinesAsync() => _lines.Reader.ReadAllAsync(TestContext.Current.CancellationToken);

    /// <summary><c>kill -9</c>: SIGKILL, no shutdown code runs.</summary>
    public void KillHard() => _process.Kill(entireProcessTree: true);

    public async Task<int> WaitForExitAsync()
    {
        await _process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }
}
