using System.Globalization;

namespace Ingest.Pdf.Layout;

/// <summary>Character classes that matter for spacing and direction.</summary>
internal static class ScriptClass
{
    /// <summary>Scripts written without spaces between words: Han, kana, CJK punctuation, fullwidth forms.</summary>
    public static bool IsCjk(char c) => c is >= '\u2E80' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF'
        or >= '\uFF00' and <= '\uFF60' or >= '\u3000' and <= '\u303F';

    public static bool IsRightToLeft(char c) => c is >= '\u0590' and <= '\u08FF' or >= '\uFB1D' and <= '\uFDFF'
        or >= '\uFE70' and <= '\uFEFF';

    public static bool IsStrongLeftToRight(char c) => char.IsLetter(c) && !IsRightToLeft(c);

    public static bool IsWhitespace(string text)
    {
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                return false;
            }
        }
        return text.Length > 0;
    }

    public static bool IsNumberLike(char c) => char.IsDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.DecimalDigitNumber;
}
