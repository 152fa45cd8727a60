using System.Globalization;
using System.Numerics;

namespace Ingest.Core.Stages.Read.Statistics;

/// <summary>Reduces a decoded text to the detector's alphabet and collects the character pairs worth scoring.</summary>
/// <remarks>
/// Only pairs with a non-ASCII side are kept: every candidate decodes ASCII alike, so ASCII pairs cannot tell them apart.
/// Characters no language writes as text (controls, private use, unassigned, symbols such as box drawing) cost a fixed
/// penalty whatever the language, as does a capital letter inside a lower-case word.
/// </remarks>
public sealed class SymbolStream
{
    public const char Boundary = '_';
    internal const double JunkLogP = -12.0;
    internal const double ControlLogP = -20.0;
    internal const double CaseLogP = -10.0;
    internal const double TypographicLogP = -2.0;
    internal const double GapLogP = -5.0;
    internal const double ScriptMixLogP = -10.0;
    internal const double WordScriptSwitchLogP = -3.0;

    private SymbolStream(int[] pairs, int count, double penalty)
    {
        // Text repeats its pairs: scoring each distinct pair once, times its count, saves most lookups. They are
        // tallied in an open-addressing table (a pair is never 0) and sorted, so that sums add up in a fixed order.
        var size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, count * 2));
        var keys = new int[size];
        var tally = new int[size];
        var shift = 32 - BitOperations.Log2((uint)size);
        var distinct = 0;
        for (var i = 0; i < count; i++)
        {
            var slot = (int)(((uint)pairs[i] * 0x9E3779B1u) >> shift);
            while (keys[slot] != 0 && keys[slot] != pairs[i])
            {
                slot = (slot + 1) & (size - 1);
            }
            distinct += keys[slot] == 0 ? 1 : 0;
            keys[slot] = pairs[i];
            tally[slot]++;
        }
        var counts = new int[distinct];
        var next = 0;
        for (var slot = 0; slot < size; slot++)
        {
            if (keys[slot] != 0)
            {
                (pairs[next], counts[next]) = (keys[slot], tally[slot]);
                next++;
            }
        }
        Array.Sort(pairs, counts, 0, distinct);
        Pairs = new ArraySegment<int>(pairs, 0, distinct);
        Counts = new ArraySegment<int>(counts, 0, distinct);
        Penalty = penalty;
    }

    /// <summary>Distinct pairs as <c>previous &lt;&lt; 16 | current</c>, sorted.</summary>
    public ArraySegment<int> Pairs { get; }

    /// <summary>How often each of <see cref="Pairs"/> occurs.</summary>
    public ArraySegment<int> Counts { get; }

    /// <summary>Summed log-penalty of junk characters and case breaks.</summary>
    public double Penalty { get; }

    public static SymbolStream Build(ReadOnlySpan<char> text)
    {
        // Only pairs touching a non-ASCII char are kept: at most three per such char (before, after, and a boundary after).
        var pairs = new int[Math.Min(CountNonAscii(text) * 3 + 2, 1 << 20)];
        var count = 0;
        var penalty = 0.0;
        var previous = Boundary;
        var previousNonAscii = false;
        var state = new LetterState();
        foreach (var c in text)
        {
            var symbol = c < 0x80 ? Ascii(c, ref penalty, ref state) : Classify(c, ref penalty, ref state);
            if (symbol == Boundary && previous == Boundary)
            {
                // A non-ASCII boundary (a dash, a no-break space) next to an ASCII one still owes its pairs.
                previousNonAscii |= c >= 0x80;
                continue;
            }
            if ((c >= 0x80 || previousNonAscii) && count < pairs.Length)
            {
                pairs[count++] = previous << 16 | symbol;
            }
            previous = symbol;
            previousNonAscii = c >= 0x80;
        }
        return new SymbolStream(pairs, count, penalty);
    }

    private static int CountNonAscii(ReadOnlySpan<char> text)
    {
        var count = 0;
        for (var i = text.IndexOfAnyExceptInRange('\0', '\u007F'); i >= 0 && i < text.Length; i++)
        {
            count += text[i] >= 0x80 ? 1 : 0;
        }
        return count;
    }

    private static char Ascii(char c, ref double penalty, ref LetterState state)
    {
        if (char.IsAsciiLetter(c))
        {
            state.Letter(Script.Latin, char.IsAsciiLetterLower(c), isUpper: false, ref penalty);
            return (char)(c | 0x20);
        }
        if (IsControl(c))
        {
            penalty += ControlLogP;
        }
        state.Other();
        return Boundary;
    }

    private static char Classify(char c, ref double penalty, ref LetterState state)
    {
        switch (CharUnicodeInfo.GetUnicodeCategory(c))
        {
            case UnicodeCategory.LowercaseLetter:
                state.Letter(Scripts.Of(c), isLower: true, isUpper: false, ref penalty);
                return c;
            case UnicodeCategory.UppercaseLetter or UnicodeCategory.TitlecaseLetter:
                state.Letter(Scripts.Of(c), isLower: false, isUpper: true, ref penalty);
                return char.ToLowerInvariant(c);
            case UnicodeCategory.OtherLetter or UnicodeCategory.ModifierLetter:
                state.Letter(Scripts.Of(c), isLower: false, isUpper: false, ref penalty);
                return c;
            case UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark:
                return c;
            case UnicodeCategory.Control or UnicodeCategory.Surrogate or UnicodeCategory.OtherNotAssigned
                or UnicodeCategory.PrivateUse:
                penalty += ControlLogP;
                state.Other();
                return Boundary;
            default:
                // Punctuation and symbols are paid for like letters are: text has some, mis-decodings many,
                // and above all inside words, where a letter was meant.
                penalty += IsTypographic(c) ? TypographicLogP : JunkLogP;
                state.Gap(c is '\u2019' or '\u2010' or '\u2011' or '\u00B7');
                return Boundary;
        }
    }

    /// <summary>The symbol <paramref name="c"/> stands for in a stream: a lower-case letter, a mark, or <see cref="Boundary"/>.</summary>
    internal static char SymbolOf(char c)
    {
        if (c < 0x80)
        {
            return char.IsAsciiLetter(c) ? (char)(c | 0x20) : Boundary;
        }
        return CharUnicodeInfo.GetUnicodeCategory(c) switch
        {
            UnicodeCategory.LowercaseLetter or UnicodeCategory.OtherLetter or UnicodeCategory.ModifierLetter
                or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark => c,
            UnicodeCategory.UppercaseLetter or UnicodeCategory.TitlecaseLetter => char.ToLowerInvariant(c),
            _ => Boundary,
        };
    }

    /// <summary>An ASCII control character that text does not use (tab, line breaks, form feed and escape are text).</summary>
    internal static bool IsControl(char c) => c < 0x20 && c is not '\t' and not '\n' and not '\r' and not '\f' and not '\x1B';

    /// <summary>
    /// The penalty <paramref name="c"/> costs wherever it stands: controls, junk and typographic symbols. Case breaks,
    /// script mixes and gaps, which depend on the neighbours, only ever add to it.
    /// </summary>
    internal static double CharPenalty(char c) => c < 0x80
        ? (IsControl(c) ? ControlLogP : 0.0)
        : CharUnicodeInfo.GetUnicodeCategory(c) switch
        {
            UnicodeCategory.LowercaseLetter or UnicodeCategory.UppercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.OtherLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.NonSpacingMark
                or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark => 0.0,
            UnicodeCategory.Control or UnicodeCategory.Surrogate or UnicodeCategory.OtherNotAssigned
                or UnicodeCategory.PrivateUse => ControlLogP,
            _ => IsTypographic(c) ? TypographicLogP : JunkLogP,
        };

    private static bool IsTypographic(char c) => c is '\u00A0' or '\u00AB' or '\u00BB' or '\u201E' or '\u201C' or '\u201D'
        or '\u2018' or '\u2019' or '\u201A' or '\u2013' or '\u2014' or '\u2026' or '\u00B7' or '\u2022' or '\u00B0'
        or '\u20AC' or '\u00A7' or '\u00A9' or '\u00AE' or '\u2122' or '\u00A1' or '\u00BF' or '\u3000'
        || (c >= '\u3001' && c <= '\u303F') || (c >= '\uFF01' && c <= '\uFF65') || (c >= '\u2000' && c <= '\u200B');

    /// <summary>Log-likelihood of the stream under <paramref name="profile"/>.</summary>
    public double Score(LanguageProfile profile)
    {
        var total = Penalty;
        for (var i = 0; i < Pairs.Count; i++)
        {
            var pair = Pairs[i];
            total += Counts[i] * profile.LogP((char)(pair >> 16), (char)(pair & 0xFFFF));
        }
        return total;
    }
}
