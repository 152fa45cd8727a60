using System.Security.Cryptography;
using System.Text;

namespace Ingest.Core.Stages.Group;

/// <summary>Readable, unique bundle keys: a slug of the dominant title and a short hash of the member ids.</summary>
public static class BundleKeys
{
    private const int MaxSlugLength = 40;

    public static string For(string? title, IEnumerable<string> documentIds)
    {
        var ids = string.Join("\n", documentIds.Order(StringComparer.Ordinal));
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(ids)))[..8];
        var slug = Slug(title ?? string.Empty);
        return (slug.Length == 0 ? "bundle" : slug) + "-" + hash;
    }

    /// <summary>Lower-case ASCII letters and digits joined by '-': diacritics folded, other scripts left out.</summary>
    public static string Slug(string title)
    {
        var folded = Folding.Fold(title);
        var builder = new StringBuilder();
        foreach (var c in folded)
        {
            if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
            if (builder.Length >= MaxSlugLength)
            {
                break;
            }
        }
        return builder.ToString().Trim('-');
    }
}
