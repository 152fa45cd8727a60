using System.Globalization;
using System.Text;

namespace Ingest.Pdf.Layout;

/// <summary>
/// Turns a visually ordered line (as painted, left to right) with right-to-left text back into logical order:
/// the line's pieces (glyphs with their marks) are reversed, then runs of left-to-right text and numbers are restored (a reduced
/// inverse of UAX #9 for single-level lines).
/// </summary>
internal static class BidiReorder
{
    public static string ToLogical(List<string> pieces)
    {
        var rtl = 0;
        var ltr = 0;
        foreach (var c in pieces.SelectMany(p => p))
        {
            if (ScriptClass.IsRightToLeft(c) && char.IsLetter(c))
            {
                rtl++;
            }
            else if (ScriptClass.IsStrongLeftToRight(c))
            {
                ltr++;
            }
        }
        if (rtl == 0 || rtl < ltr)
        {
            return string.Concat(pieces);
        }
        var elements = new List<string>(pieces);
        elements.Reverse();
        var result = new StringBuilder();
        var i = 0;
        while (i < elements.Count)
        {
            if (!IsLeftToRightRun(elements[i]))
            {
                result.Append(elements[i]);
                i++;
                continue;
            }
            var end = i;
            while (end + 1 < elements.Count && (IsLeftToRightRun(elements[end + 1])
                || (elements[end + 1] is "." or "," or ":" or "-" or "/" && end + 2 < elements.Count && IsLeftToRightRun(elements[end + 2]))))
            {
                end++;
            }
            for (var k = end; k >= i; k--)
            {
                result.Append(elements[k]);
            }
            i = end + 1;
        }
        return result.ToString();
    }

    private static bool IsLeftToRightRun(string element) =>
        ScriptClass.IsStrongLeftToRight(element[0]) || ScriptClass.IsNumberLike(element[0]);
}
