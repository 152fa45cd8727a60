namespace Ingest.Pdf.Layout;

/// <summary>What a block is on its page, decided across the whole document.</summary>
public enum PdfBlockRole
{
    /// <summary>Content: paragraphs, headings, captions, list items.</summary>
    Body,

    /// <summary>Text repeated at the top of pages.</summary>
    RunningHeader,

    /// <summary>Text repeated at the bottom of pages.</summary>
    RunningFooter,

    /// <summary>A page number (alone or with a fixed label), counting up across pages.</summary>
    PageNumber,

    /// <summary>Other text repeated at the same place on many pages (a logo's text, a credit line).</summary>
    RepeatedArtifact,

    /// <summary>A pull quote: text that repeats words of the body of the same page.</summary>
    DuplicateQuote,
}
