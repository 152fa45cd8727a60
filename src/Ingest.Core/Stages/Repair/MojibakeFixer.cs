using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Ingest.Core.Model;
using Ingest.Core.Stages.Read;
using Ingest.Core.Stages.Read.Statistics;

namespace Ingest.Core.Stages.Repair;

/// <summary>Reverses UTF-8 that was decoded as a single-byte encoding ("Ã¤" → "ä", "Å‚" → "ł", "â€ž" → "„").</summary>
/// <remarks>
/// A run of non-ASCII chars is a candidate when re-encoding it gives valid UTF-8 with multi-byte sequences. The fix is
/// unambiguous only when one encoding explains the document (the one with most runs; a tie between encodings that
/// would give different text means no fix), every fixed run becomes fewer chars of letters or punctuation, and at least
/// <see cref="RepairOptions.MinMojibakeRuns"/> runs agree. Offsets are chars of the text given.
/// </remarks>
public static class MojibakeFixer
{
    public const string Kind = "mojibake";

    private const double AmbiguityMargin = 3.0;

    private static readonly string[] Suspects = ["windows-1252", "windows-1250", "windows-1251", "iso-8859-2", "iso-8859-15"];

    public static RepairPass Fix(string text, RepairOptions options)
    {
        var editor = new TextEditor(text);
        if (!options.FixMojibake || text.AsSpan().IndexOfAnyExceptInRange('\0', '\u007F') < 0)
        {
            return RepairPass.From(editor, []);
        }
        var found = Suspects.Select(name => (Name: name, Runs: Runs(text, LegacyEncodings.Get(name, strict: true))))
            .Where(f => f.Runs.Count >= options.MinMojibakeRuns)
            .Select(f => (f.Name, f.Runs, Score: Plausibility(text, f.Runs, fixedText: true) - Plausibility(text, f.Runs, fixedText: false)))
            .OrderByDescending(f => f.Score)
            .ToList();
        if (found.Count == 0)
        {
            return RepairPass.From(editor, []);
        }
        var best = found[0];
        var rival = found.Skip(1).FirstOrDefault(f => !Same(f.Runs, best.Runs));
        // Scores are gains over the text as it is. Unambiguous: the fix gains, and no other reading gains nearly as much.
        if ((rival.Runs is not null && rival.Score > best.Score - AmbiguityMargin) || best.Score <= 0
            || best.Runs.Count < options.MinMojibakeRunsInMixedText && HasCleanLetters(text, best.Runs))
        {
            return RepairPass.From(editor, []);
        }
        var repairs = ImmutableArray.CreateBuilder<Model.Repair>();
        foreach (var (start, end, fixedText) in best.Runs)
        {
            editor.Replace(start, end, fixedText);
            repairs.Add(new Model.Repair(Kind, Span.Chars(start, end), end - start, string.Create(CultureInfo.InvariantCulture,
                $"UTF-8 read as {best.Name}: \"{text[start..end]}\" at chars {start}-{end} of the decoded text became \"{fixedText}\"")));
        }
        return RepairPass.From(editor, repairs.ToImmutable());
    }

    /// <summary>Whether the text has non-ASCII letters outside the mojibake runs, i.e. it is correctly encoded elsewhere.</summary>
    private static bool HasCleanLetters(string text, List<(int Start, int End, string Fixed)> runs)
    {
        var at = 0;
        foreach (var (start, end, _) in runs.Append((text.Length, text.Length, string.Empty)))
        {
            for (var i = at; i < start; i++)
            {
                if (text[i] >= 0x80 && char.IsLetter(text[i]))
                {
                    return true;
                }
            }
            at = end;
        }
        return false;
    }

    private static List<(int Start, int End, string Fixed)> Runs(string text, Encoding legacy)
    {
        var runs = new List<(int, int, string)>();
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] < 0x80)
            {
                i++;
                continue;
            }
            var start = i;
            while (i < text.Length && text[i] >= 0x80)
            {
                i++;
            }
            if (Reverse(text.AsSpan(start, i - start), legacy) is { } fixedText)
            {
                runs.Add((start, i, fixedText));
            }
        }
        return runs;
    }

    /// <summary>The UTF-8 reading of <paramref name="run"/>'s bytes in <paramref name="legacy"/>, when it is one and looks like text.</summary>
    private static string? Reverse(ReadOnlySpan<char> run, Encoding legacy)
    {
        if (run.Length < 2)
        {
            return null;
        }
        var bytes = new byte[run.Length];
        if (legacy.GetBytes(run, bytes) != run.Length || legacy.GetString(bytes) != run.ToString()
            || !System.Text.Unicode.Utf8.IsValid(bytes))
        {
            return null;
        }
        var decoded = Encoding.UTF8.GetString(bytes);
        foreach (var c in decoded)
        {
            if (!char.IsLetter(c) && !char.IsPunctuation(c) && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && c is not '\u00A0' and not '€' and not '°')
            {
                return null;
            }
        }
        return decoded.Length < run.Length ? decoded : null;
    }

    /// <summary>How plausible the words around the runs are, fixed or as they are, under the best-fitting language profile.</summary>
    private static double Plausibility(string text, List<(int Start, int End, string Fixed)> runs, bool fixedText)
    {
        var words = new StringBuilder();
        foreach (var (start, end, fixedRun) in runs)
        {
            var left = start;
            while (left > 0 && char.IsLetter(text[left - 1]))
            {
                left--;
            }
            var right = end;
            while (right < text.Length && char.IsLetter(text[right]))
            {
                right++;
            }
            words.Append(text, left, start - left).Append(fixedText ? fixedRun : text[start..end]).Append(text, end, right - end).Append(' ');
        }
        var stream = SymbolStream.Build(words.ToString());
        return ProfileSet.Default.Profiles.Max(stream.Score);
    }

    private static bool Same(List<(int Start, int End, string Fixed)> a, List<(int Start, int End, string Fixed)> b) =>
        a.SequenceEqual(b);
}
