using Microsoft.AspNetCore.Components.Forms;

namespace MlCareer.Web.Features.Import;

/// <summary>Reads a file the browser uploads over the circuit, in pieces, reporting the share read.</summary>
public static class ImportUpload
{
    private const int Piece = 64 * 1024;

    public static async Task<byte[]> ReadAsync(IBrowserFile file, Action<double> progress, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(progress);
        await using var stream = file.OpenReadStream(CsvInput.MaxBytes, cancellationToken);
        using var buffer = new MemoryStream((int)file.Size);
        var piece = new byte[Piece];
        int read;
        while ((read = await stream.ReadAsync(piece, cancellationToken)) > 0)
        {
            buffer.Write(piece, 0, read);
            progress(file.Size == 0 ? 1 : (double)buffer.Length / file.Size);
        }

        return buffer.ToArray();
    }
}
