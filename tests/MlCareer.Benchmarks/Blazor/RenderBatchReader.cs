using System.Buffers.Binary;
using System.Text;

namespace MlCareer.Benchmarks.Blazor;

/// <summary>
/// Reads what a load client needs from a render batch in the binary form the server sends to
/// <c>JS.RenderBatch</c>: the reference frames (each 20 bytes: its type, then 16 bytes), the event handlers
/// the batch disposed, and the string table, located by the five offsets at the batch's end.
/// </summary>
internal sealed class RenderBatchReader(byte[] batch)
{
    private const int FrameSize = 20;
    private const int ElementFrame = 1;
    private const int AttributeFrame = 3;
    private const int PrependFrame = 1;
    private const int SetAttribute = 3;

    private int Offset(int index) => BinaryPrimitives.ReadInt32LittleEndian(batch.AsSpan(batch.Length - 20 + (4 * index)));

    private int Int(int at) => BinaryPrimitives.ReadInt32LittleEndian(batch.AsSpan(at));

    /// <summary>The event handler ids this batch disposed.</summary>
    public IReadOnlyList<ulong> DisposedEventHandlers()
    {
        var start = Offset(3);
        var count = Int(start);
        return [.. Enumerable.Range(0, count).Select(i => BinaryPrimitives.ReadUInt64LittleEndian(batch.AsSpan(start + 4 + (8 * i))))];
    }

    /// <summary>
    /// The component and the id of the <paramref name="eventName"/> handler (e.g. "onclick") of the first element
    /// whose attribute <paramref name="attribute"/> equals <paramref name="value"/>, among the frames this batch's
    /// diffs insert (PrependFrame edits, each with the subtree of its frame), or null when it holds no such element.
    /// </summary>
    public (int Component, ulong Handler)? FindHandler(string attribute, string value, string eventName)
    {
        foreach (var (component, edit) in Edits())
        {
            if (Int(edit) != PrependFrame)
            {
                continue;
            }

            var first = Int(edit + 8);
            var length = Int(Frame(Offset(1), first)) is ElementFrame ? Int(Frame(Offset(1), first) + 4) : 1;
            for (var i = first; i < first + length; i++)
            {
                if (Int(Frame(Offset(1), i)) == ElementFrame && ElementHandler(i, attribute, value, eventName) is { } handler)
                {
                    return (component, handler);
                }
            }
        }

        return null;
    }

    /// <summary>
    /// The handler ids of the <paramref name="eventName"/> attributes that <paramref name="component"/>'s diff in
    /// this batch set on its elements already on the page (SetAttribute edits): when a component re-renders an
    /// element with a new delegate, its old handler is disposed and its new one comes here.
    /// </summary>
    public IReadOnlyList<ulong> ReplacedHandlers(string eventName, int component) =>
    [
        .. Edits().Where(e => e.Component == component && Int(e.Edit) == SetAttribute)
            .Select(e => Frame(Offset(1), Int(e.Edit + 8)))
            .Where(frame => Int(frame) == AttributeFrame && String(Int(frame + 4)) == eventName)
            .Select(frame => BinaryPrimitives.ReadUInt64LittleEndian(batch.AsSpan(frame + 12)))
            .Where(id => id > 0),
    ];

    /// <summary>Every edit of every diff (16 bytes each: type, sibling index, reference frame, removed attribute name) with its component.</summary>
    private IEnumerable<(int Component, int Edit)> Edits()
    {
        var diffs = Offset(0);
        for (var d = 0; d < Int(diffs); d++)
        {
            var diff = Int(diffs + 4 + (4 * d));
            for (var e = 0; e < Int(diff + 4); e++)
            {
                yield return (Int(diff), diff + 8 + (16 * e));
            }
        }
    }

    /// <summary>The element frame's <paramref name="eventName"/> handler when one of its attributes is <paramref name="attribute"/>=<paramref name="value"/>.</summary>
    private ulong? ElementHandler(int element, string attribute, string value, string eventName)
    {
        var frames = Offset(1);
        var (matches, handler) = (false, (ulong?)null);
        for (var j = element + 1; j < Int(frames) && Int(Frame(frames, j)) == AttributeFrame; j++)
        {
            var frame = Frame(frames, j);
            var name = String(Int(frame + 4));
            if (name == attribute && String(Int(frame + 8)) == value)
            {
                matches = true;
            }
            else if (name == eventName && BinaryPrimitives.ReadUInt64LittleEndian(batch.AsSpan(frame + 12)) is > 0 and var id)
            {
                handler = id;
            }
        }

        return matches ? handler : null;
    }

    private static int Frame(int start, int index) => start + 4 + (FrameSize * index);

    /// <summary>A string of the table by index (-1 is null): a length-prefixed UTF-8 string, as BinaryWriter writes it.</summary>
    private string? String(int index)
    {
        if (index < 0)
        {
            return null;
        }

        var at = Int(Offset(4) + (4 * index));
        var (length, shift) = (0, 0);
        byte b;
        do
        {
            b = batch[at++];
            length |= (b & 0x7F) << shift;
            shift += 7;
        }
        while ((b & 0x80) != 0);
        return Encoding.UTF8.GetString(batch, at, length);
    }
}
