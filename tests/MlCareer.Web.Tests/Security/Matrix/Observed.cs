using System.Collections;
using System.Text.Json;
using System.Text.Json.Serialization;
using MlCareer.Web.Features;
using MlCareer.Web.Features.Import;
using MlCareer.Web.Features.TeamWorkload;

namespace MlCareer.Web.Tests.Security.Matrix;

/// <summary>What a call gave back, reduced to the matrix's outcomes, with the payload of a success.</summary>
public sealed record Observed(Outcome Outcome, object? Payload, string Detail)
{
    private static readonly JsonSerializerOptions Json = new() { ReferenceHandler = ReferenceHandler.IgnoreCycles, MaxDepth = 256 };

    public static Observed Of(object? value) => value switch
    {
        null => new(Outcome.Nothing, null, "null"),
        Result { Succeeded: true } ok => new(Outcome.Allowed, ValueOf(ok), "succeeded"),
        Result failed => new(KindOf(failed.Error!.Kind), null, $"{failed.Error.Kind} {failed.Error.MessageKey}"),
        ImportPreview { FileError: { } error } => new(KindOf(error.Kind), null, $"{error.Kind} {error.MessageKey}"),
        ImportPreview preview => preview.CanImport ? new(Outcome.Allowed, preview, "can import") : new(Outcome.Invalid, null, $"{preview.ErrorCount} rows refused"),
        TeamChoices choices => choices.Teams.Count > 0 ? new(Outcome.Allowed, choices, "teams") : new(Outcome.Nothing, null, "no teams"),
        string text => new(Outcome.Allowed, text, "text"),
        IEnumerable items => items.Cast<object?>().Any() ? new(Outcome.Allowed, items, "items") : new(Outcome.Nothing, null, "empty"),
        _ => new(Outcome.Allowed, value, value.ToString() ?? "a value"),
    };

    /// <summary>Whether the payload is what <paramref name="expected"/> asks for (Own is a success too).</summary>
    public bool Matches(Outcome expected) => Outcome == expected || (expected == Outcome.Own && Outcome == Outcome.Allowed);

    /// <summary>The first of <see cref="MatrixWorld.SelfMarkers"/> found in the payload, or null.</summary>
    public string? NamesSelf()
    {
        if (Payload is null)
        {
            return null;
        }

        var text = Payload switch
        {
            string plain => plain,
            MlCareer.Web.Features.Export.CsvFile csv => System.Text.Encoding.UTF8.GetString(csv.Content),
            _ => JsonSerializer.Serialize(Payload, Payload.GetType(), Json),
        };
        return MatrixWorld.SelfMarkers.FirstOrDefault(m => text.Contains(JsonEncodedText.Encode(m).Value, StringComparison.Ordinal) || text.Contains(m, StringComparison.Ordinal));
    }

    private static object? ValueOf(Result result) =>
        result.GetType().IsGenericType ? result.GetType().GetProperty(nameof(Result<int>.Value))!.GetValue(result) : null;

    private static Outcome KindOf(ErrorKind kind) => kind switch
    {
        ErrorKind.Forbidden => Outcome.Forbidden,
        ErrorKind.NotFound => Outcome.NotFound,
        _ => Outcome.Invalid,
    };
}
