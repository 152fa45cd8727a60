using Ingest.Core.Model;

namespace Ingest.Core.Stages.Sections;

/// <summary>How a block reads inside its section's text: facts as "key: value", quotes followed by their attribution.</summary>
internal static class BlockText
{
    public static string Of(Block block) => block switch
    {
        { Kind: BlockKind.Fact, Marker: { } key } => key + ": " + block.Text,
        { Kind: BlockKind.Quote, Marker: { } by } => block.Text + "\n— " + by,
        { Kind: BlockKind.ListItem, Number: { } number } => number + ". " + block.Text,
        { Kind: BlockKind.Footnote, Number: { } number } => number + " " + block.Text,
        { Kind: BlockKind.Heading, Number: { } number } => number + " " + block.Text,
        _ => block.Text,
    };
}
