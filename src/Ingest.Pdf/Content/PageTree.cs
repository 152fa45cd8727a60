using Ingest.Pdf.Io;
using Ingest.Pdf.Objects;

namespace Ingest.Pdf.Content;

/// <summary>Flattens the page tree (ISO 32000-1, 7.7.3) with inherited resources, boxes and rotation; cycles are cut.</summary>
internal sealed class PageTree(ObjectStore store)
{
    public List<PageNode> Collect()
    {
        var pages = new List<PageNode>();
        var root = store.Dictionary(store.Trailer["Root"]);
        var visited = new HashSet<int>();
        Walk(root?["Pages"], new Inherited(null, null, null, 0), pages, visited, 0);
        return pages;
    }

    private void Walk(PdfObject? reference, Inherited inherited, List<PageNode> pages, HashSet<int> visited, int depth)
    {
        if (reference is PdfReference r && !visited.Add(r.Id.Number))
        {
            store.Diagnostics.Report(PdfRules.ReferenceCycle, $"page tree node {r.Id.Number} appears twice; skipped", r.Id.Number);
            return;
        }
        if (depth > store.Options.MaxNestingDepth)
        {
            store.Diagnostics.Report(PdfRules.TooDeep, "the page tree nests too deeply; deeper pages skipped");
            return;
        }
        var node = store.Dictionary(reference);
        if (node is null)
        {
            return;
        }
        var here = new Inherited(
            store.Dictionary(node["Resources"]) ?? inherited.Resources,
            store.Array(node["MediaBox"]) ?? inherited.MediaBox,
            store.Array(node["CropBox"]) ?? inherited.CropBox,
            store.Number(node["Rotate"]) is { } rotate ? (int)rotate : inherited.Rotate);
        var kids = store.Array(node["Kids"]);
        var type = store.Name(node["Type"]);
        if (type == "Page" || (type is null && kids is null))
        {
            pages.Add(new PageNode(node, reference is PdfReference pr ? pr.Id.Number : -1, here));
            return;
        }
        foreach (var kid in kids?.Items ?? [])
        {
            Walk(kid, here, pages, visited, depth + 1);
        }
    }
}
