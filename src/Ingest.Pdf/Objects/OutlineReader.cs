using System.Collections.Immutable;
using Ingest.Pdf.Io;

namespace Ingest.Pdf.Objects;

/// <summary>Reads the document outline (bookmarks, ISO 32000-1, 12.3.3) with page targets; loops are cut.</summary>
internal sealed class OutlineReader(ObjectStore store, IReadOnlyDictionary<int, int> pageByObject)
{
    private const int MaxItems = 20_000;
    private readonly HashSet<PdfDictionary> _visited = new(ReferenceEqualityComparer.Instance);

    public ImmutableArray<PdfOutlineItem> Read()
    {
        var root = store.Dictionary(store.Trailer["Root"]);
        var outlines = store.Dictionary(root?["Outlines"]);
        return outlines is null ? [] : Children(outlines, 0);
    }

    private ImmutableArray<PdfOutlineItem> Children(PdfDictionary parent, int depth)
    {
        if (depth > store.Options.MaxNestingDepth)
        {
            return [];
        }
        var items = ImmutableArray.CreateBuilder<PdfOutlineItem>();
        var item = store.Dictionary(parent["First"]);
        while (item is not null && _visited.Count < MaxItems && _visited.Add(item))
        {
            var title = store.Resolve(item["Title"]) is PdfString text ? PdfTextString.Decode(text.Bytes).Trim() : "";
            items.Add(new PdfOutlineItem(title, TargetPage(item), Children(item, depth + 1)));
            item = store.Dictionary(item["Next"]);
        }
        return items.ToImmutable();
    }

    private int? TargetPage(PdfDictionary item)
    {
        var destination = store.Resolve(item["Dest"]);
        if (destination is PdfNull && store.Dictionary(item["A"]) is { } action && store.Name(action["S"]) == "GoTo")
        {
            destination = store.Resolve(action["D"]);
        }
        if (destination is PdfName or PdfString)
        {
            destination = NamedDestination(destination);
        }
        if (destination is PdfDictionary withD)
        {
            destination = store.Resolve(withD["D"]);
        }
        if (destination is PdfArray { Count: > 0 } array)
        {
            if (array[0] is PdfReference page && pageByObject.TryGetValue(page.Id.Number, out var number))
            {
                return number;
            }
            if (array[0] is PdfNumber index)
            {
                return index.IntValue + 1;
            }
        }
        return null;
    }

    private PdfObject NamedDestination(PdfObject name)
    {
        var root = store.Dictionary(store.Trailer["Root"]);
        if (name is PdfName n)
        {
            return store.Resolve(store.Dictionary(root?["Dests"])?[n.Value]);
        }
        var key = ((PdfString)name).Bytes;
        var tree = store.Dictionary(store.Dictionary(root?["Names"])?["Dests"]);
        return tree is null ? PdfNull.Instance : NameTreeLookup(tree, key, 0);
    }

    private PdfObject NameTreeLookup(PdfDictionary node, byte[] key, int depth)
    {
        if (depth > 32)
        {
            return PdfNull.Instance;
        }
        if (store.Array(node["Names"]) is { } names)
        {
            for (var i = 0; i + 1 < names.Count; i += 2)
            {
                if (store.Resolve(names[i]) is PdfString candidate && candidate.Bytes.AsSpan().SequenceEqual(key))
                {
                    return store.Resolve(names[i + 1]);
                }
            }
        }
        foreach (var kid in store.Array(node["Kids"])?.Items ?? [])
        {
            var found = store.Dictionary(kid) is { } child ? NameTreeLookup(child, key, depth + 1) : PdfNull.Instance;
            if (found is not PdfNull)
            {
                return found;
            }
        }
        return PdfNull.Instance;
    }
}
