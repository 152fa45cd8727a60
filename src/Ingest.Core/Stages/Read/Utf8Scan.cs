using System.Buffers;
using System.Collections.Immutable;
using System.Text;
using Ingest.Core.Model;

namespace Ingest.Core.Stages.Read;

/// <summary>Walks bytes as UTF-8, counting valid multi-byte sequences and collecting the invalid byte runs.</summary>
public sealed record Utf8Scan(int ValidMultiByte, int InvalidBytes, int NonAsciiBytes, ImmutableArray<Span> InvalidRuns)
{
    /// <summary>At most this many invalid runs are listed; the counts stay exact.</summary>
    public const int MaxRuns = 10_000;

    public static Utf8Scan Of(ReadOnlySpan<byte> bytes)
    {
        var runs = ImmutableArray.CreateBuilder<Span>();
        var (valid, invalid, nonAscii) = (0, 0, 0);
        var runStart = -1;
        var i = 0;
        while (i < bytes.Length)
        {
            var ascii = bytes[i..].IndexOfAnyExceptInRange((byte)0, (byte)0x7F);
            if (ascii != 0)
            {
                CloseRun(runs, ref runStart, i);
                i = ascii < 0 ? bytes.Length : i + ascii;
                continue;
            }
            var status = Rune.DecodeFromUtf8(bytes[i..], out _, out var consumed);
            nonAscii += consumed;
            if (status == OperationStatus.Done)
            {
                CloseRun(runs, ref runStart, i);
                valid++;
            }
            else
            {
                invalid += consumed;
                runStart = runStart < 0 ? i : runStart;
            }
            i += consumed;
        }
        CloseRun(runs, ref runStart, i);
        return new Utf8Scan(valid, invalid, nonAscii, runs.ToImmutable());
    }

    /// <summary>
    /// Whether <paramref name="bytes"/> hold at least two valid multi-byte sequences and at most
    /// <paramref name="maxInvalidShare"/> of their non-ASCII bytes are invalid; stops at the first byte over that budget,
    /// so that legacy text, invalid almost everywhere, is turned away after a few bytes.
    /// </summary>
    public static bool MayBeDamaged(ReadOnlySpan<byte> bytes, double maxInvalidShare)
    {
        var nonAscii = 0;
        var rest = bytes;
        while (rest.IndexOfAnyInRange((byte)0x80, (byte)0xFF) is var next and >= 0)
        {
            rest = rest[next..];
            var run = rest.IndexOfAnyInRange((byte)0, (byte)0x7F) is var end and >= 0 ? end : rest.Length;
            nonAscii += run;
            rest = rest[run..];
        }
        var budget = nonAscii * maxInvalidShare;
        var (valid, invalid, i) = (0, 0, 0);
        while (i < bytes.Length && invalid <= budget)
        {
            var ascii = bytes[i..].IndexOfAnyExceptInRange((byte)0, (byte)0x7F);
            if (ascii < 0)
            {
                break;
            }
            i += ascii;
            var status = Rune.DecodeFromUtf8(bytes[i..], out _, out var consumed);
            (valid, invalid) = status == OperationStatus.Done ? (valid + 1, invalid) : (valid, invalid + consumed);
            i += consumed;
        }
        return valid >= 2 && invalid <= budget;
    }

    /// <summary>The text with the invalid bytes dropped.</summary>
    public static string DecodeDroppingInvalid(ReadOnlySpan<byte> bytes, ImmutableArray<Span> invalidRuns)
    {
        var builder = new StringBuilder(bytes.Length);
        var position = 0;
        foreach (var run in invalidRuns)
        {
            builder.Append(Encoding.UTF8.GetString(bytes[position..run.Start]));
            position = run.End;
        }
        builder.Append(Encoding.UTF8.GetString(bytes[position..]));
        return builder.ToString();
    }

    private static void CloseRun(ImmutableArray<Span>.Builder runs, ref int runStart, int end)
    {
        if (runStart >= 0 && runs.Count < MaxRuns)
        {
            runs.Add(Span.Bytes(runStart, end));
        }
        runStart = -1;
    }
}
