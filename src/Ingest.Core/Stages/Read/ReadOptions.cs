using System.Collections.Immutable;

namespace Ingest.Core.Stages.Read;

/// <summary>Options of the read stage, bound from pipeline.json.</summary>
public sealed record ReadOptions
{
    /// <summary>WHATWG name of the encoding used when statistical detection is switched off and the bytes are neither marked nor UTF-8.</summary>
    public string FallbackEncoding { get; init; } = "windows-1252";

    /// <summary>Whether legacy encodings are detected from character statistics; when false, <see cref="FallbackEncoding"/> is used.</summary>
    public bool Statistical { get; init; } = true;

    /// <summary>Encodings forced for paths matching a glob (<c>*</c>, <c>**</c>, <c>?</c>), first match wins.</summary>
    public ImmutableArray<ForcedEncoding> Force { get; init; } = [];

    /// <summary>Bytes the statistical detector looks at, from the line of the first non-ASCII byte.</summary>
    public int MaxSampleBytes { get; init; } = 16384;

    /// <summary>Bytes that are mostly valid UTF-8 are read as UTF-8 (dropping the bad bytes) when at most this share of the non-ASCII bytes is invalid.</summary>
    public double MaxInvalidUtf8Share { get; init; } = 0.1;

    /// <summary>A declared charset is believed while its posterior times this factor reaches the best candidate's.</summary>
    public double DeclaredTrust { get; init; } = 20;

    /// <summary>A different-text candidate with at least this posterior share is named as the runner-up.</summary>
    public double RunnerUpMinShare { get; init; } = 0.05;

    /// <summary>Below this confidence a statistical verdict is reported (ING105) so someone checks the text.</summary>
    public double MinConfidence { get; init; } = 0.6;

    /// <summary>Password and limits for PDF files.</summary>
    public Pdf.PdfOptions Pdf { get; init; } = new();
}
