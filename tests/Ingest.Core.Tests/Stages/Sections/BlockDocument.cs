using System.Collections.Immutable;
using System.Text;
using Ingest.Core.Model;

namespace Ingest.Core.Tests.Stages.Sections;

/// <summary>Builds a document whose text is the given blocks, one per line, with their spans set.</summary>
internal static class BlockDocument
{
    public static Block H(string text, int level = 0, string? number = null) => new(BlockKind.Heading, text, default, level, number);

    public static Block P(string text) => new(BlockKind.Paragraph, text, default);

    public static Document Of(params Block[] blocks)
    {
        var text = new StringBuilder();
        var placed = ImmutableArray.CreateBuilder<Block>(blocks.Length);
        foreach (var block in blocks)
        {
            var start = text.Length;
            text.Append(block.Number is null ? block.Text : block.Number + " " + block.Text);
            placed.Add(block with { Span = Span.Chars(start, text.Length) });
            text.Append('\n');
        }
        return Document.Create("d-test", new SourceInfo("test.txt", "0", text.Length, DocumentFormat.Text), ReadOnlyMemory<byte>.Empty)
            with { Text = text.ToString(), Blocks = placed.ToImmutable() };
    }
}
