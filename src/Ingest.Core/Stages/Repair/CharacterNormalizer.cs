using System.Collections.Immutable;

namespace Ingest.Core.Stages.Repair;

/// <summary>Unifies line ends, space characters, soft hyphens, zero-width characters and ligatures, one record per kind.</summary>
/// <remarks>
/// Zero-width joiner and non-joiner stay: Persian, the Indic scripts and emoji need them. U+3000 (ideographic space)
/// stays: it is the space of CJK text.
/// </remarks>
public static class CharacterNormalizer
{
    public const string LineEndingKind = "line-endings";
    public const string SpaceKind = "spaces";
    public const string SoftHyphenKind = "soft-hyphens";
    public const string ZeroWidthKind = "zero-width";
    public const string LigatureKind = "ligatures";

    public static RepairPass Normalize(string text, RepairOptions options)
    {
        var editor = new TextEditor(text);
        var tally = new RepairTally();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c < 0x80 && c != '\r')
            {
                continue;
            }
            if (c == '\r' && options.NormalizeLineEndings)
            {
                var end = i + 1 < text.Length && text[i + 1] == '\n' ? i + 2 : i + 1;
                editor.Replace(i, end, "\n");
                tally.Add(LineEndingKind, i, end, "CR or CRLF line ends converted to LF");
                i = end - 1;
            }
            else if (c == '\u00AD' && options.RemoveSoftHyphens)
            {
                editor.Remove(i, i + 1);
                tally.Add(SoftHyphenKind, i, i + 1, "soft hyphens (U+00AD) removed");
            }
            else if (c is '\u200B' or '\u2060' or '\uFEFF' && options.RemoveZeroWidth)
            {
                editor.Remove(i, i + 1);
                tally.Add(ZeroWidthKind, i, i + 1, "zero-width spaces, word joiners and stray byte order marks removed");
            }
            else if (IsOddSpace(c) && options.Spaces == "ascii")
            {
                editor.Replace(i, i + 1, " ");
                tally.Add(SpaceKind, i, i + 1, "no-break, thin and other width spaces made U+0020 (spaces policy \"ascii\")");
            }
            else if (Ligature(c) is { } letters && options.ExpandLigatures)
            {
                editor.Replace(i, i + 1, letters);
                tally.Add(LigatureKind, i, i + 1, "Latin ligatures (ﬁ, ﬂ, ...) expanded to letters");
            }
        }
        var repairs = ImmutableArray.CreateBuilder<Model.Repair>();
        tally.AddTo(repairs);
        return RepairPass.From(editor, repairs.ToImmutable());
    }

    private static bool IsOddSpace(char c) => c is '\u00A0' or (>= '\u2000' and <= '\u200A') or '\u202F' or '\u205F';

    private static string? Ligature(char c) => c switch
    {
        '\uFB00' => "ff",
        '\uFB01' => "fi",
        '\uFB02' => "fl",
        '\uFB03' => "ffi",
        '\uFB04' => "ffl",
        '\uFB05' or '\uFB06' => "st",
        _ => null,
    };
}
