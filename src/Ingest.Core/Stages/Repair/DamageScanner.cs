using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Ingest.Core.Model;

namespace Ingest.Core.Stages.Repair;

/// <summary>Removes what cannot be text: runs of U+FFFD, controls, unpaired surrogates, noncharacters, private-use junk and binary garbage.</summary>
/// <remarks>One record per run, offsets in chars of the text given. Tab, line feed, carriage return and form feed stay (later passes handle them).</remarks>
public static class DamageScanner
{
    public const string CorruptRunKind = "corrupt-run";
    public const string ControlKind = "control-chars";
    public const string SurrogateKind = "unpaired-surrogate";
    public const string NoncharacterKind = "noncharacter";
    public const string PrivateUseKind = "private-use";
    public const string GarbageKind = "binary-garbage";

    public static RepairPass Clean(string text, RepairOptions options)
    {
        var editor = new TextEditor(text);
        var repairs = ImmutableArray.CreateBuilder<Model.Repair>();
        var garbage = GarbageFinder.Find(text, options.MinGarbageRun);
        var g = 0;
        var i = 0;
        while (i < text.Length)
        {
            while (g < garbage.Length && garbage[g].End <= i)
            {
                g++;
            }
            if (g < garbage.Length && garbage[g].Start <= i)
            {
                var run = garbage[g++];
                editor.Remove(i, run.End);
                repairs.Add(Record(GarbageKind, i, run.End, "removed a run of binary garbage"));
                i = run.End;
                continue;
            }
            var kind = KindAt(text, i, options);
            if (kind is null || (kind == CorruptRunKind && RunEnd(text, i, kind, options) - i < options.MinCorruptRun))
            {
                i += kind is null ? 1 : RunEnd(text, i, kind, options) - i;
                continue;
            }
            var end = RunEnd(text, i, kind, options);
            if (g < garbage.Length && garbage[g].Start < end)
            {
                end = garbage[g].Start;
            }
            editor.Remove(i, end);
            repairs.Add(Record(kind, i, end, Describe(kind, text[i])));
            i = end;
        }
        return RepairPass.From(editor, repairs.ToImmutable());
    }

    /// <summary>The kind of damage the char at <paramref name="i"/> is, or null when it is text.</summary>
    internal static string? KindAt(string text, int i, RepairOptions options)
    {
        var c = text[i];
        if (c == '\uFFFD')
        {
            return CorruptRunKind;
        }
        if ((c < 0x20 && c is not '\t' and not '\n' and not '\r' and not '\f') || c is >= '\u007F' and <= '\u009F')
        {
            return ControlKind;
        }
        if (char.IsHighSurrogate(c))
        {
            return i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? NoncharacterAt(text, i) : SurrogateKind;
        }
        if (char.IsLowSurrogate(c))
        {
            return i > 0 && char.IsHighSurrogate(text[i - 1]) ? null : SurrogateKind;
        }
        if (c is >= '\uFDD0' and <= '\uFDEF' or '\uFFFE' or '\uFFFF')
        {
            return NoncharacterKind;
        }
        return options.RemovePrivateUse && c is >= '\uE000' and <= '\uF8FF' ? PrivateUseKind : null;
    }

    private static string? NoncharacterAt(string text, int i)
    {
        var scalar = char.ConvertToUtf32(text[i], text[i + 1]);
        if ((scalar & 0xFFFE) == 0xFFFE)
        {
            return NoncharacterKind;
        }
        // Planes 15 and 16 are private use too.
        return scalar >= 0xF0000 ? PrivateUseKind : null;
    }

    private static int RunEnd(string text, int start, string kind, RepairOptions options)
    {
        var end = start;
        while (end < text.Length && KindAt(text, end, options) == kind)
        {
            end += char.IsHighSurrogate(text[end]) && end + 1 < text.Length && char.IsLowSurrogate(text[end + 1]) ? 2 : 1;
        }
        return Math.Max(end, start + 1);
    }

    private static string Describe(string kind, char first) => kind switch
    {
        CorruptRunKind => "removed replacement characters (U+FFFD): bytes lost before Ingest read the file",
        ControlKind => $"removed control characters (first U+{(int)first:X4})",
        SurrogateKind => "removed unpaired UTF-16 surrogates",
        NoncharacterKind => "removed Unicode noncharacters",
        _ => "removed private-use characters",
    };

    private static Model.Repair Record(string kind, int start, int end, string what) =>
        new(kind, Span.Chars(start, end), end - start,
            string.Create(CultureInfo.InvariantCulture, $"{what}: {end - start} char(s) at {start}-{end} of the decoded text"));
}
