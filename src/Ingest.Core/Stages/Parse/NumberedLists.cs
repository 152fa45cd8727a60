using System.Collections.Immutable;
using System.Globalization;
using Ingest.Core.Model;

namespace Ingest.Core.Stages.Parse;

/// <summary>Turns numbered lines introduced by a colon ("We asked:" 1. … 2. … 3. …) back from headings into list items.</summary>
/// <remarks>
/// In plain text a numbered line looks like a section heading; a run of them counting 1, 2, 3 with nothing between,
/// right after a lead-in that ends with a colon, is an enumeration inside the body instead.
/// </remarks>
internal static class NumberedLists
{
    public static ImmutableArray<Block> Demote(ImmutableArray<Block> blocks)
    {
        var builder = blocks.ToBuilder();
        for (var i = 1; i < builder.Count; i++)
        {
            if (!builder[i - 1].Text.EndsWith(':') || builder[i - 1].Kind == BlockKind.Heading)
            {
                continue;
            }
            var end = i;
            while (end < builder.Count && builder[end] is { Kind: BlockKind.Heading, Number: { } number }
                && number == (end - i + 1).ToString(CultureInfo.InvariantCulture))
            {
                end++;
            }
            if (end - i < 2)
            {
                continue;
            }
            for (var k = i; k < end; k++)
            {
                builder[k] = builder[k] with { Kind = BlockKind.ListItem, Level = 1, Marker = builder[k].Number };
            }
            i = end;
        }
        return builder.ToImmutable();
    }
}
