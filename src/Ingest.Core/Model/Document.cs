using System.Collections.Immutable;

namespace Ingest.Core.Model;

/// <summary>One input document as it moves through the per-document stages; each stage returns a new record.</summary>
/// <param name="Id">Stable identifier derived from the content.</param>
/// <param name="Source">Path, hash, size and format.</param>
/// <param name="Raw">The file's bytes; read by the read stage, released after parsing.</param>
/// <param name="Encoding">How the bytes were decoded.</param>
/// <param name="Text">The decoded (later repaired) text.</param>
/// <param name="Hints">What the document claims about itself.</param>
/// <param name="Language">The document's language.</param>
/// <param name="Title">The document's title (first heading or front matter), or null.</param>
/// <param name="Repairs">Every change to the text beyond decoding.</param>
/// <param name="Blocks">Parsed blocks in reading order.</param>
/// <param name="Sections">The section tree in reading order.</param>
/// <param name="TextMap">Maps offsets in <paramref name="Text"/> back to the decoded text, across repairs.</param>
/// <param name="Layout">Page geometry keyed by decoded-text offsets (PDF), set by the read stage; null for unpaged formats.</param>
public sealed record Document(
    string Id,
    SourceInfo Source,
    ReadOnlyMemory<byte> Raw,
    DetectedEncoding Encoding,
    string Text,
    DocumentHints Hints,
    LanguageResult Language,
    string? Title,
    ImmutableArray<Repair> Repairs,
    ImmutableArray<Block> Blocks,
    ImmutableArray<Section> Sections,
    TextMap? TextMap = null,
    DocumentLayout? Layout = null)
{
    /// <summary>Maps offsets of <see cref="Text"/> to the decoded text (identity before any repair).</summary>
    public TextMap Map => TextMap ?? Model.TextMap.Identity;

    /// <summary>A span of <see cref="Text"/> (a block's or section's) in the decoded text, for diagnostics.</summary>
    public Span ToSource(Span span) => Map.ToSource(span);

    /// <summary>A document that has been found but not yet read.</summary>
    public static Document Create(string id, SourceInfo source, ReadOnlyMemory<byte> raw) =>
        new(id, source, raw, DetectedEncoding.Unknown, string.Empty, DocumentHints.None,
            LanguageResult.Undetermined, null, [], [], []);
}
