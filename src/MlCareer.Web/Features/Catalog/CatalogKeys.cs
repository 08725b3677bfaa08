using System.Text;
using MlCareer.Core.Activities;

namespace MlCareer.Web.Features.Catalog;

/// <summary>
/// The stable key of a new catalog entry, made from its English title: lower-case letters, digits and
/// dashes (<c>Kaggle team sprint</c> → <c>kaggle-team-sprint</c>), with a number added when it is taken.
/// </summary>
public static class CatalogKeys
{
    public static string For(string? title, IReadOnlyCollection<string> taken)
    {
        ArgumentNullException.ThrowIfNull(taken);
        var slug = Slug(title ?? string.Empty);
        var key = slug;
        for (var n = 2; taken.Contains(key, StringComparer.Ordinal); n++)
        {
            var suffix = $"-{n}";
            key = slug[..Math.Min(slug.Length, FieldLengths.Key - suffix.Length)] + suffix;
        }

        return key;
    }

    private static string Slug(string title)
    {
        var builder = new StringBuilder();
        foreach (var c in title.Trim().ToLowerInvariant())
        {
            if (char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c))
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        var slug = builder.ToString().Trim('-');
        slug = slug.Length > FieldLengths.Key - 4 ? slug[..(FieldLengths.Key - 4)].TrimEnd('-') : slug;
        return SideActivityRules.IsValidKey(slug) ? slug : "activity" + (slug.Length > 0 ? "-" + slug : string.Empty);
    }
}
