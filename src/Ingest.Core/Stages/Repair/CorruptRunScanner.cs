using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Ingest.Core.Model;

namespace Ingest.Core.Stages.Repair;

/// <summary>One pass over the text that removes runs of U+FFFD and C0 controls and unifies line ends.</summary>
/// <remarks>All offsets are in chars of the text given, so every record points into the same text.</remarks>
public static class CorruptRunScanner
{
    public const string CorruptRunKind = "corrupt-run";
    public const string ControlKind = "control-chars";
    public const string LineEndingKind = "line-endings";

    public static TextCleanup Clean(string text, RepairOptions options)
    {
        var output = new StringBuilder(text.Length);
        var repairs = ImmutableArray.CreateBuilder<Model.Repair>();
        var lineEndings = 0;
        var points = ImmutableArray.CreateBuilder<TextMapPoint>();
        void Resume(int source) => points.Add(new TextMapPoint(output.Length, source));
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '\uFFFD')
            {
                var end = RunEnd(text, i, ch => ch == '\uFFFD');
                if (end - i >= options.MinCorruptRun)
                {
                    repairs.Add(new Model.Repair(CorruptRunKind, Span.Chars(i, end), end - i,
                        $"removed {Count(end - i)} replacement characters (U+FFFD)"));
                    i = end;
                    Resume(i);
                    continue;
                }
                output.Append(text, i, end - i);
                i = end;
                continue;
            }
            if (c == '\r' && options.NormalizeLineEndings)
            {
                output.Append('\n');
                lineEndings++;
                i += i + 1 < text.Length && text[i + 1] == '\n' ? 2 : 1;
                Resume(i);
                continue;
            }
            if (IsRemovableControl(c))
            {
                var end = RunEnd(text, i, IsRemovableControl);
                repairs.Add(new Model.Repair(ControlKind, Span.Chars(i, end), end - i,
                    $"removed {Count(end - i)} control characters (first U+{(int)c:X4})"));
                i = end;
                Resume(i);
                continue;
            }
            output.Append(c);
            i++;
        }
        if (lineEndings > 0)
        {
            repairs.Insert(0, new Model.Repair(LineEndingKind, Span.Chars(0, text.Length), lineEndings,
                $"converted {Count(lineEndings)} CR or CRLF line ends to LF"));
        }
        return new TextCleanup(output.ToString(), repairs.ToImmutable(), new TextMap(points.ToImmutable()));
    }

    /// <summary>C0 controls and DEL, except tab, line feed and carriage return (handled as line ends).</summary>
    private static bool IsRemovableControl(char c) =>
        (c < 0x20 && c is not '\t' and not '\n' and not '\r') || c == '\u007F' || c == '\f';

    private static int RunEnd(string text, int start, Func<char, bool> belongs)
    {
        var end = start;
        while (end < text.Length && belongs(text[end]))
        {
            end++;
        }
        return end;
    }

    private static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);
}
