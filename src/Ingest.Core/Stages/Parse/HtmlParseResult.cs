using System.Collections.Immutable;
using Ingest.Core.Model;

namespace Ingest.Core.Stages.Parse;

/// <summary>Blocks of an HTML document with what it declares about itself: <c>&lt;html lang&gt;</c> and <c>&lt;meta charset&gt;</c>.</summary>
public sealed record HtmlParseResult(ImmutableArray<Block> Blocks, string? Language, string? Charset);
