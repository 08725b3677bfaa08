using Microsoft.AspNetCore.WebUtilities;
using MlCareer.Web.Features;

namespace MlCareer.Web.Hosting;

/// <summary>
/// RFC 9457 problem details for the API, with messages in the caller's language (<c>Accept-Language</c>):
/// a failed <see cref="Result"/> becomes 400 with its field's error, 403, 404 or 409; never a stack trace.
/// </summary>
public static class ApiProblems
{
    public static Task WriteAsync(HttpContext context, int status, string messageKey, params object[] args)
    {
        ArgumentNullException.ThrowIfNull(context);
        var localizer = context.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
        return Problem(status, localizer[messageKey, args]).ExecuteAsync(context);
    }

    public static IResult Problem(int status, string detail) =>
        TypedResults.Problem(detail: detail, statusCode: status, title: ReasonPhrases.GetReasonPhrase(status));

    /// <summary>200 with the DTO of a successful result, or the problem details of a failed one.</summary>
    internal static IResult Answer<T, TDto>(Result<T> result, Func<T, TDto> map, IStringLocalizer l) =>
        result.Succeeded ? TypedResults.Ok(map(result.Value!)) : From(result.Error!, l);

    /// <summary>400 naming <paramref name="field"/> when <paramref name="text"/> is given and is no ISO week ("2026-W48"); null otherwise.</summary>
    internal static IResult? BadWeek(string? text, string field, IStringLocalizer l) =>
        text is null || IsoWeek.TryParse(text, out _) ? null : From(new ResultError(ErrorKind.Invalid, "Api.BadWeek", field, text), l);

    /// <summary>The HTTP answer for a failed result; an invalid input names its field in <c>errors</c>.</summary>
    public static IResult From(ResultError error, IStringLocalizer localizer)
    {
        ArgumentNullException.ThrowIfNull(error);
        var message = localizer.Message(error);
        return error.Kind switch
        {
            ErrorKind.Invalid => TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { [Camel(error.Field ?? string.Empty)] = [message] },
                detail: message,
                title: ReasonPhrases.GetReasonPhrase(StatusCodes.Status400BadRequest)),
            ErrorKind.NotFound => Problem(StatusCodes.Status404NotFound, message),
            ErrorKind.Conflict => Problem(StatusCodes.Status409Conflict, message),
            _ => Problem(StatusCodes.Status403Forbidden, message),
        };
    }

    /// <summary>A field as a JSON client names it: <c>Rows[12].Hours</c> becomes <c>rows[12].hours</c>.</summary>
    public static string Camel(string field) =>
        string.Join('.', field.Split('.').Select(part => part.Length == 0 ? part : char.ToLowerInvariant(part[0]) + part[1..]));
}
