using System.Collections.Immutable;
using System.Globalization;
using Ingest.Core.Model;

namespace Ingest.Core.Stages.Repair;

/// <summary>Finds runs of binary data decoded as if it were text: dense mixes of controls, symbols, private-use and unassigned characters.</summary>
/// <remarks>
/// A run is a stretch of at least <c>minRun</c> chars with no whitespace in which at least half are junk and at least one
/// is a control or U+FFFD: text has words and spaces, binary decoded as text has neither.
/// </remarks>
internal static class GarbageFinder
{
    public static ImmutableArray<Span> Find(string text, int minRun)
    {
        var runs = ImmutableArray.CreateBuilder<Span>();
        var i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }
            var start = i;
            var (junk, hard, lost) = (0, 0, 0);
            while (i < text.Length && !char.IsWhiteSpace(text[i]))
            {
                var pair = char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
                // A surrogate pair is one character (an emoji, a mathematical letter): classify the code point.
                var kind = pair ? Classify(CharUnicodeInfo.GetUnicodeCategory(text, i)) : Classify(text[i]);
                lost += text[i] == '\uFFFD' ? 1 : 0;
                junk += kind > 0 ? 1 : 0;
                hard += kind > 1 ? 1 : 0;
                i += pair ? 2 : 1;
            }
            // A run of nothing but U+FFFD is lost text, not garbage: the corrupt-run repair owns it.
            if (i - start >= minRun && junk * 2 >= i - start && hard > 0 && lost < i - start)
            {
                runs.Add(Span.Chars(start, i));
            }
        }
        return runs.ToImmutable();
    }

    /// <summary>0 for text, 1 for a symbol text rarely has, 2 for a control, U+FFFD, private use or unassigned.</summary>
    private static int Classify(char c)
    {
        if (c < 0x20 || c is >= '\u007F' and <= '\u009F' or '\uFFFD')
        {
            return 2;
        }
        return c >= 0x80 && c < 0x100 && !char.IsLetter(c) && !char.IsWhiteSpace(c) ? 1 : Classify(CharUnicodeInfo.GetUnicodeCategory(c));
    }

    private static int Classify(UnicodeCategory category)
    {
        return category switch
        {
            UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned or UnicodeCategory.Surrogate => 2,
            UnicodeCategory.OtherSymbol or UnicodeCategory.MathSymbol or UnicodeCategory.ModifierSymbol
                or UnicodeCategory.CurrencySymbol or UnicodeCategory.OtherNumber => 1,
            _ => 0,
        };
    }
}
