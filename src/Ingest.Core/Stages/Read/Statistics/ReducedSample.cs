namespace Ingest.Core.Stages.Read.Statistics;

/// <summary>
/// A sample with each long run of ASCII bytes shortened to the few bytes that can change a candidate's score, so that
/// every ASCII-compatible candidate decodes and rates only what tells the candidates apart.
/// </summary>
/// <remarks>
/// <see cref="SymbolStream"/> keeps only pairs with a non-ASCII side, and its context penalties (case, script, gaps) look
/// one letter back. Within an ASCII run only its first byte (which may be a multi-byte character's trail byte), the
/// byte after it, its first letter and its last byte can meet a non-ASCII character or change that context; the bytes
/// between them decode alike in every candidate and leave no pair. Control characters among the dropped bytes are
/// counted, since each costs the same penalty in every candidate.
/// </remarks>
public sealed class ReducedSample
{
    private static readonly System.Buffers.SearchValues<byte> AsciiLetters =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"u8);

    private ReducedSample(byte[] bytes, int length, int droppedControls, int asciiControls, int[] highCounts, Adjacency adjacency)
    {
        Adjacent = adjacency;
        Bytes = new ArraySegment<byte>(bytes, 0, length);
        DroppedControls = droppedControls;
        AsciiControls = asciiControls;
        _highCounts = highCounts;
    }

    /// <summary>The kept bytes, in their original order.</summary>
    public ArraySegment<byte> Bytes { get; }

    /// <summary>ASCII control characters among the dropped bytes.</summary>
    public int DroppedControls { get; }

    /// <summary>ASCII control characters in the whole sample.</summary>
    public int AsciiControls { get; }

    /// <summary>How often each byte 0x80–0xFF occurs (index: byte − 0x80).</summary>
    public ReadOnlySpan<int> HighCounts => _highCounts;

    /// <summary>The runs of non-ASCII bytes of odd length that an ASCII byte follows, as ranges of <see cref="Bytes"/>.</summary>
    public IReadOnlyList<Range> OddHighRuns { get; private init; } = [];

    private readonly int[] _highCounts;

    /// <summary>Where ASCII letters touch non-ASCII bytes: every such place is a pair in any candidate's stream.</summary>
    public Adjacency Adjacent { get; }

    /// <summary>The places where ASCII letters (a–z, case folded) touch non-ASCII bytes, one cell per place.</summary>
    /// <param name="LetterThenHigh">Cell letter * 128 + byte − 0x80: a letter just before a non-ASCII byte.</param>
    /// <param name="HighThenLetter">Cell (byte − 0x80) * 26 + letter: a letter just after a non-ASCII byte.</param>
    /// <param name="FreeLetterThenHigh">Cell letter: a letter before a non-ASCII byte that no multi-byte character can take as a trail byte (it follows an ASCII byte, or starts the sample).</param>
    /// <param name="HighThenHigh">Cell (first − 0x80) * 128 + second − 0x80: two non-ASCII bytes in a row.</param>
    public sealed record Adjacency(List<int> LetterThenHigh, List<int> HighThenLetter, List<int> FreeLetterThenHigh, List<int> HighThenHigh);

    public static ReducedSample Of(ReadOnlySpan<byte> sample)
    {
        var adjacency = new Adjacency([], [], [], []);
        var kept = new byte[sample.Length];
        var highCounts = new int[128];
        var oddRuns = new List<Range>();
        var (length, dropped, controls, i, runStart) = (0, 0, 0, 0, 0);
        while (i < sample.Length)
        {
            if (sample[i] >= 0x80)
            {
                runStart = i == 0 || sample[i - 1] < 0x80 ? length : runStart;
                if (i + 1 < sample.Length && sample[i + 1] < 0x80 && (length + 1 - runStart) % 2 == 1)
                {
                    oddRuns.Add(runStart..(length + 1));
                }
                highCounts[sample[i] - 0x80]++;
                if (i + 1 < sample.Length && sample[i + 1] >= 0x80)
                {
                    adjacency.HighThenHigh.Add((sample[i] - 0x80) * 128 + (sample[i + 1] - 0x80));
                }
                kept[length++] = sample[i++];
                continue;
            }
            var run = sample[i..].IndexOfAnyInRange((byte)0x80, (byte)0xFF) is var next and >= 0 ? sample.Slice(i, next) : sample[i..];
            // The first letter as every candidate sees it, and as a multi-byte one does that takes the first byte as a trail byte.
            var firstLetter = run.IndexOfAny(AsciiLetters);
            var firstLetterAfterTrail = run.Length > 1 && run[1..].IndexOfAny(AsciiLetters) is var n and >= 0 ? n + 1 : -1;
            var last = run.Length - 1;
            if (i > 0 && char.IsAsciiLetter((char)run[0]))
            {
                adjacency.HighThenLetter.Add((sample[i - 1] - 0x80) * 26 + ((run[0] | 0x20) - 'a'));
            }
            if (i + run.Length < sample.Length && char.IsAsciiLetter((char)run[last]))
            {
                var letter = (run[last] | 0x20) - 'a';
                adjacency.LetterThenHigh.Add(letter * 128 + (sample[i + run.Length] - 0x80));
                if (last >= 1 || i == 0)
                {
                    adjacency.FreeLetterThenHigh.Add(letter);
                }
            }
            kept[length++] = run[0];
            if (last >= 1)
            {
                kept[length++] = run[1];
            }
            if (firstLetter > 1 && firstLetter < last)
            {
                kept[length++] = run[firstLetter];
            }
            if (firstLetterAfterTrail > 1 && firstLetterAfterTrail < last && firstLetterAfterTrail != firstLetter)
            {
                kept[length++] = run[firstLetterAfterTrail];
            }
            if (last > 1)
            {
                kept[length++] = run[last];
            }
            for (var c = run.IndexOfAnyInRange((byte)0, (byte)0x1F); c >= 0; c = NextControl(run, c))
            {
                // Letters are never controls, so a control past the second byte is dropped unless it is the last.
                var control = SymbolStream.IsControl((char)run[c]);
                controls += control ? 1 : 0;
                dropped += control && c > 1 && c != last ? 1 : 0;
            }
            i += run.Length;
        }
        return new ReducedSample(kept, length, dropped, controls, highCounts, adjacency) { OddHighRuns = oddRuns };
    }

    private static int NextControl(ReadOnlySpan<byte> run, int after) =>
        run[(after + 1)..].IndexOfAnyInRange((byte)0, (byte)0x1F) is var n and >= 0 ? after + 1 + n : -1;
}
