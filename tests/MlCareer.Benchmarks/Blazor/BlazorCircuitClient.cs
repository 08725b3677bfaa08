using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.AspNetCore.SignalR.Protocol;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace MlCareer.Benchmarks.Blazor;

/// <summary>
/// One browser tab as the server sees it, without a browser: it loads a page (the prerendered HTML with its
/// component markers and persisted state), opens the page's circuit on <c>/_blazor</c> as Blazor's script does
/// (StartCircuit, then UpdateRootComponents with the markers), acknowledges every render batch, answers every
/// JavaScript call the server makes (void, a value of null, or an object reference), and dispatches clicks through
/// the renderer's <c>DispatchEventAsync</c>, as the script does when a user clicks.
/// </summary>
internal sealed partial class BlazorCircuitClient : IAsyncDisposable
{
    private readonly HubConnection _connection;
    private readonly HttpClient _http;
    private readonly Uri _page;
    private readonly ConcurrentDictionary<string, TaskCompletionSource<bool>> _pendingCalls = new();
    private readonly List<byte[]> _batches = [];
    private readonly Lock _gate = new();
    private TaskCompletionSource<bool>? _nextBatch;
    // The id of the renderer's interop object (attachWebRendererInterop), which clicks are dispatched to.
    private readonly TaskCompletionSource<long> _interop = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _jsObjects;
    private int _calls;
    private ulong? _target;
    private int _targetComponent;
    private string _circuitId = string.Empty;

    private BlazorCircuitClient(HubConnection connection, HttpClient http, Uri page) => (_connection, _http, _page) = (connection, http, page);

    /// <summary>The error the server reported for the circuit (JS.Error), if any.</summary>
    public string? Error { get; private set; }

    [GeneratedRegex("<!--Blazor:(\\{.*?\\})-->", RegexOptions.Singleline)]
    private static partial Regex Marker();

    [GeneratedRegex("<!--Blazor-Server-Component-State:([A-Za-z0-9+/=]+)-->")]
    private static partial Regex State();

    /// <summary>Loads <paramref name="page"/> with <paramref name="http"/> and opens its circuit, until its first render arrived.</summary>
    public static async Task<BlazorCircuitClient> OpenAsync(HttpClient http, CookieContainer cookies, Uri page, CancellationToken cancellationToken)
    {
        // A page's status may be 404 (a page not found is rendered by the app, with its circuit).
        using var response = await http.GetAsync(page, cancellationToken);
        var html = await response.Content.ReadAsStringAsync(cancellationToken);
        var markers = Marker().Matches(html).Select(m => JsonNode.Parse(m.Groups[1].Value)!.AsObject())
            .Where(m => m["type"]?.GetValue<string>() == "server" && m["descriptor"] is not null).ToList();
        if (markers.Count == 0)
        {
            throw new InvalidOperationException($"{page} holds no interactive server component (signed out?).");
        }

        var state = State().Match(html) is { Success: true } found ? found.Groups[1].Value : string.Empty;
        var builder = new HubConnectionBuilder()
            .WithUrl(new Uri(page, "/_blazor"), HttpTransportType.WebSockets, options =>
            {
                options.Cookies = cookies;
                options.HttpMessageHandlerFactory = handler =>
                {
                    if (handler is HttpClientHandler client)
                    {
                        client.ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator;
                    }

                    return handler;
                };
#pragma warning disable CA5359 // A loopback load test against the run's own self-signed certificate.
                options.WebSocketConfiguration = socket => socket.RemoteCertificateValidationCallback = (_, _, _, _) => true;
#pragma warning restore CA5359
            });

        builder.Services.RemoveAll<IHubProtocol>();
        builder.Services.AddSingleton<IHubProtocol, BlazorPackProtocol>();
        var client = new BlazorCircuitClient(builder.Build(), http, page);
        client.Listen();
        await client._connection.StartAsync(cancellationToken);
        var baseUri = new Uri(page, "/").ToString();
        var circuit = await client._connection.InvokeAsync<string?>("StartCircuit", baseUri, page.ToString(), "[]", state, cancellationToken);
        if (string.IsNullOrEmpty(circuit))
        {
            throw new InvalidOperationException($"The server refused to start a circuit for {page}.");
        }

        client._circuitId = circuit;

        var first = client.ExpectBatch();
        var operations = new JsonObject
        {
            ["batchId"] = 1,
            ["operations"] = new JsonArray([.. markers.Select((m, i) => (JsonNode)new JsonObject { ["type"] = "add", ["ssrComponentId"] = i + 1, ["marker"] = m })]),
        };
        await client._connection.SendAsync("UpdateRootComponents", operations.ToJsonString(), state, cancellationToken);
        await first.WaitAsync(TimeSpan.FromSeconds(60), cancellationToken);
        await client._interop.Task.WaitAsync(TimeSpan.FromSeconds(60), cancellationToken);
        return client;
    }

    /// <summary>
    /// Finds the click handler of the element with <paramref name="attribute"/> = <paramref name="value"/> in the
    /// renders so far, waiting up to <paramref name="limit"/> for a render that holds it (the layout renders as its
    /// data arrives), and follows it from then on as renders replace it. False when no render held it in time.
    /// </summary>
    public async Task<bool> TargetAsync(string attribute, string value, TimeSpan limit)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (waited.Elapsed < limit)
        {
            lock (_gate)
            {
                var found = _batches.Select(b => new RenderBatchReader(b).FindHandler(attribute, value, "onclick")).LastOrDefault(h => h is not null);
                if (found is { } target)
                {
                    (_targetComponent, _target) = (target.Component, target.Handler);
                    _batches.Clear();
                    return true;
                }
            }

            await Task.Delay(50);
        }

        return false;
    }

    /// <summary>Clicks the handler and returns when the render it caused has arrived.</summary>
    public async Task ClickAsync(CancellationToken cancellationToken)
    {
        ulong handler;
        lock (_gate)
        {
            handler = _target ?? throw new InvalidOperationException("No click target: call TargetAsync first.");
        }

        var rendered = ExpectBatch();
        var callId = Interlocked.Increment(ref _calls).ToString(CultureInfo.InvariantCulture);
        var done = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pendingCalls[callId] = done;
        var args = $$"""[{"eventHandlerId":{{handler}},"eventName":"click","eventFieldInfo":null},{"detail":1,"screenX":0,"screenY":0,"clientX":0,"clientY":0,"offsetX":0,"offsetY":0,"pageX":0,"pageY":0,"movementX":0,"movementY":0,"button":0,"buttons":0,"ctrlKey":false,"shiftKey":false,"altKey":false,"metaKey":false,"type":"click"}]""";
        await _connection.SendAsync("BeginInvokeDotNetFromJS", callId, null, "DispatchEventAsync", await _interop.Task, args, cancellationToken);
        await rendered.WaitAsync(TimeSpan.FromSeconds(30), cancellationToken);
        if (!await done.Task.WaitAsync(TimeSpan.FromSeconds(30), cancellationToken))
        {
            throw new InvalidOperationException($"The click on {_page} failed on the server.");
        }
    }

    /// <summary>Closes the tab: the connection, and the circuit at once with the beacon Blazor's script sends on unload.</summary>
    public async ValueTask DisposeAsync()
    {
        await _connection.DisposeAsync();
        using var beacon = new FormUrlEncodedContent([new("circuitId", _circuitId)]);
        using var answer = await _http.PostAsync(new Uri(_page, "/_blazor/disconnect"), beacon);
    }

    private Task<bool> ExpectBatch()
    {
        lock (_gate)
        {
            _nextBatch = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
            return _nextBatch.Task;
        }
    }

    private void Listen()
    {
        _connection.On<long, byte[]>("JS.RenderBatch", async (id, batch) =>
        {
            TaskCompletionSource<bool>? waiting;
            lock (_gate)
            {
                if (_target is null)
                {
                    _batches.Add(batch);
                }
                else
                {
                    var reader = new RenderBatchReader(batch);
                    if (reader.DisposedEventHandlers().Contains(_target.Value))
                    {
                        // The element re-rendered with a new delegate: its new handler is among those the batch set.
                        var replaced = reader.ReplacedHandlers("onclick", _targetComponent);
                        _target = replaced.Count == 1 ? replaced[0] : null;
                        Error ??= replaced.Count == 1 ? null : $"a render replaced the click target's handler with {replaced.Count} candidates";
                    }
                }

                (waiting, _nextBatch) = (_nextBatch, null);
            }

            await _connection.SendAsync("OnRenderCompleted", id, null);
            waiting?.TrySetResult(true);
        });
        // (task id, identifier, arguments, result type, target instance, call type), as blazor.web.js receives them.
        _connection.On<long, string, string, int, long, int>("JS.BeginInvokeJS", async (handle, identifier, argsJson, resultType, _, _) =>
        {
            if (identifier == "Blazor._internal.attachWebRendererInterop")
            {
                _interop.TrySetResult(FindDotNetObject(JsonNode.Parse(argsJson)) ?? 0);
            }

            if (handle == 0)
            {
                return;
            }

            // 1: a JS object reference (a module or an instance); anything else: void or a value, answered with null.
            var result = resultType == 1 ? $$"""{"__jsObjectId":{{Interlocked.Increment(ref _jsObjects)}}}""" : "null";
            await _connection.SendAsync("EndInvokeJSFromDotNet", handle, true, $"[{handle},true,{result}]");
        });
        // (call id, success, result or error), as RemoteJSRuntime.EndInvokeDotNet sends them.
        _connection.On<string, bool, string?>("JS.EndInvokeDotNet", (callId, success, _) =>
        {
            if (_pendingCalls.TryRemove(callId, out var call))
            {
                call.TrySetResult(success);
            }
        });
        _connection.On<string>("JS.Error", error => Error = error);
        _connection.On<int, string>("JS.AttachComponent", (_, _) => { });
        _connection.On<long>("JS.EndUpdateRootComponents", _ => { });
    }

    private static long? FindDotNetObject(JsonNode? node) => node switch
    {
        JsonObject o when o["__dotNetObject"] is { } id => id.GetValue<long>(),
        JsonObject o => o.Select(p => FindDotNetObject(p.Value)).FirstOrDefault(v => v is not null),
        JsonArray a => a.Select(FindDotNetObject).FirstOrDefault(v => v is not null),
        _ => null,
    };
}
