namespace Ingest.Core.Stages.Repair;

/// <summary>Options of the repair stage, bound from pipeline.json.</summary>
public sealed record RepairOptions
{
    /// <summary>Runs of U+FFFD at least this long are removed; shorter ones are kept (they may stand for one lost letter).</summary>
    public int MinCorruptRun { get; init; } = 1;

    /// <summary>Non-space stretches at least this long that are half junk (with a control or U+FFFD) are removed as binary garbage.</summary>
    public int MinGarbageRun { get; init; } = 8;

    /// <summary>Remove private-use characters (icon fonts, unmapped glyphs), which carry no text.</summary>
    public bool RemovePrivateUse { get; init; } = true;

    /// <summary>Reverse UTF-8 that was decoded as a single-byte encoding, where one encoding explains it unambiguously.</summary>
    public bool FixMojibake { get; init; } = true;

    /// <summary>How many mojibake runs must agree before any is fixed.</summary>
    public int MinMojibakeRuns { get; init; } = 1;

    /// <summary>How many mojibake runs must agree when the text also holds correctly encoded non-ASCII letters: a
    /// text that can spell "é" and shows "Ã©" once or twice is more likely showing mojibake (a code example, an
    /// article about encodings) than suffering from it.</summary>
    public int MinMojibakeRunsInMixedText { get; init; } = 3;

    /// <summary>Convert CRLF and CR line ends to LF.</summary>
    public bool NormalizeLineEndings { get; init; } = true;

    /// <summary>Bring the text to Unicode Normalization Form C.</summary>
    public bool Nfc { get; init; } = true;

    /// <summary>Space policy: <c>ascii</c> makes no-break, thin and other width spaces U+0020; <c>keep</c> leaves them.</summary>
    public string Spaces { get; init; } = "ascii";

    /// <summary>Remove soft hyphens (U+00AD).</summary>
    public bool RemoveSoftHyphens { get; init; } = true;

    /// <summary>Remove zero-width spaces, word joiners and byte order marks inside the text (joiners ZWJ/ZWNJ stay).</summary>
    public bool RemoveZeroWidth { get; init; } = true;

    /// <summary>Expand Latin ligatures (ﬁ, ﬂ, ﬀ, ﬃ, ﬄ, ﬅ, ﬆ) to their letters.</summary>
    public bool ExpandLigatures { get; init; } = true;

    /// <summary>Join words hyphenated across a line or page break.</summary>
    public bool JoinHyphenated { get; init; } = true;

    /// <summary>Join paragraphs cut by a page break (or, in plain text, a blank line) mid-sentence.</summary>
    public bool JoinParagraphs { get; init; } = true;
}
