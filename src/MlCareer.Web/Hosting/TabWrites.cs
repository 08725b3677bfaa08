using Microsoft.AspNetCore.Components.Server.Circuits;
using MlCareer.Data.Interceptors;

namespace MlCareer.Web.Hosting;

/// <summary>
/// Tells one tab's components that something the tab did wrote to the database: it reads the node's
/// <see cref="DataVersion"/> around each message the tab's circuit handles (a click, a submit, a dialog's save)
/// and raises <see cref="Written"/> when the version moved. The bell reloads its notices then, so a phase edit
/// shows in the bell of the same tab at once, while other tabs' bells wait for their own next look.
/// </summary>
/// <remarks>One per circuit (scoped). A write by another tab in the same moment may raise it too: a reload more, never one less.</remarks>
public sealed class TabWrites(DataVersion dataVersion) : CircuitHandler
{
    /// <summary>Raised after a message of this tab during which the database was written.</summary>
    public event Func<Task>? Written;

    public override Func<CircuitInboundActivityContext, Task> CreateInboundActivityHandler(Func<CircuitInboundActivityContext, Task> next) =>
        async context =>
        {
            var before = dataVersion.Current;
            await next(context);
            if (dataVersion.Current != before && Written is { } written)
            {
                foreach (var listener in written.GetInvocationList().Cast<Func<Task>>())
                {
                    await listener();
                }
            }
        };
}
