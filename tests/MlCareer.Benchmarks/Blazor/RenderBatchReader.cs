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
    /// The id of the <paramref name="eventName"/> handler (e.g. "onclick") of the first element whose attribute
    /// <paramref name="attribute"/> equals <paramref name="value"/>, or null when the batch holds no such element.
    /// </summary>
    public ulong? FindHandler(string attribute, string value, string eventName)
    {
        var start = Offset(1);
        var count = Int(start);
        for (var i = 0; i < count; i++)
        {
            if (Int(Frame(start, i)) != ElementFrame)
            {
                continue;
            }

            var (matches, handler) = (false, (ulong?)null);
            for (var j = i + 1; j < count && Int(Frame(start, j)) == AttributeFrame; j++)
            {
                var frame = Frame(start, j);
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

            if (matches && Environment.GetEnvironmentVariable("MLCAREER_LOAD_DEBUG") is "1")
            {
                Console.WriteLine($"element {String(Int(Frame(start, i) + 8))} with {attribute}={value}: handler {handler}; attributes {string.Join(", ", Enumerable.Range(i + 1, Math.Min(12, count - i - 1)).Select(j => Frame(start, j)).TakeWhile(f => Int(f) == AttributeFrame).Select(f => String(Int(f + 4)) + "#" + BinaryPrimitives.ReadUInt64LittleEndian(batch.AsSpan(f + 12))))}");
            }

            if (matches && handler is not null)
            {
                return handler;
            }
        }

        return null;
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
