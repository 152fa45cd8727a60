using System.Globalization;
using System.Text;

namespace Ingest.Core.Stages.Sections;

/// <summary>Decides whether two printed headings name the same section despite case, punctuation, small spelling drift or an added subtitle.</summary>
internal static class TitleMatcher
{
    public const double MinDice = 0.8;
    public const int MinPrefixLength = 8;

    /// <summary>Lower-case letters and digits, words separated by single spaces.</summary>
    public static string Key(string title)
    {
        var builder = new StringBuilder(title.Length);
        foreach (var c in title.ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != ' ')
            {
                builder.Append(' ');
            }
        }
        return builder.ToString().TrimEnd();
    }

    public static bool Same(string a, string b) => SameKeys(Key(a), Key(b));

    /// <summary><see cref="Same"/> on titles already reduced by <see cref="Key"/>.</summary>
    public static bool SameKeys(string x, string y)
    {
        if (x.Length == 0 || y.Length == 0)
        {
            return false;
        }
        if (x == y)
        {
            return true;
        }
        var (shorter, longer) = x.Length <= y.Length ? (x, y) : (y, x);
        if (shorter.Length >= MinPrefixLength && longer.StartsWith(shorter + " ", StringComparison.Ordinal))
        {
            return true;
        }
        return Dice(x, y) >= MinDice;
    }

    /// <summary>Sørensen–Dice coefficient over character bigrams.</summary>
    public static double Dice(string x, string y)
    {
        if (x.Length < 2 || y.Length < 2)
        {
            return x == y ? 1 : 0;
        }
        var bigrams = new Dictionary<int, int>();
        for (var i = 0; i + 1 < x.Length; i++)
        {
            var key = (x[i] << 16) | x[i + 1];
            bigrams[key] = bigrams.GetValueOrDefault(key) + 1;
        }
        var shared = 0;
        for (var i = 0; i + 1 < y.Length; i++)
        {
            var key = (y[i] << 16) | y[i + 1];
            if (bigrams.GetValueOrDefault(key) > 0)
            {
                bigrams[key]--;
                shared++;
            }
        }
        return 2.0 * shared / (x.Length - 1 + y.Length - 1);
    }

    public static string Describe(string? number, string title) =>
        number is null ? $"'{title}'" : string.Create(CultureInfo.InvariantCulture, $"'{number} {title}'");
}
