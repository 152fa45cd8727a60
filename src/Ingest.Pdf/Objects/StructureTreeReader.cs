using System.Collections.Immutable;
using Ingest.Pdf.Io;

namespace Ingest.Pdf.Objects;

/// <summary>
/// Reads the headings (H, H1..H6, also through /RoleMap) of the tagged structure (ISO 32000-1, 14.7): each with
/// the marked-content references under it. Loops are cut; a malformed tree gives what could be read.
/// </summary>
internal sealed class StructureTreeReader(ObjectStore store, IReadOnlyDictionary<int, int> pageByObject)
{
    private const int MaxElements = 200_000;
    private readonly HashSet<PdfObject> _visited = new(ReferenceEqualityComparer.Instance);
    private Dictionary<string, string>? _roleMap;

    public ImmutableArray<StructureHeading> Read()
    {
        var root = store.Dictionary(store.Dictionary(store.Trailer["Root"])?["StructTreeRoot"]);
        if (root is null)
        {
            return [];
        }
        _roleMap = ReadRoleMap(store.Dictionary(root["RoleMap"]));
        var headings = ImmutableArray.CreateBuilder<StructureHeading>();
        Visit(root["K"], null, 0, headings);
        return headings.ToImmutable();
    }

    private Dictionary<string, string> ReadRoleMap(PdfDictionary? map)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        if (map is null)
        {
            return result;
        }
        foreach (var (key, value) in map.Entries)
        {
            if (store.Name(value) is { } target)
            {
                result[key] = target;
            }
        }
        return result;
    }

    private void Visit(PdfObject? kids, int? page, int depth, ImmutableArray<StructureHeading>.Builder headings)
    {
        if (depth > store.Options.MaxNestingDepth || _visited.Count > MaxElements)
        {
            return;
        }
        switch (store.Resolve(kids))
        {
            case PdfArray array:
                foreach (var item in array.Items)
                {
                    Visit(item, page, depth + 1, headings);
                }
                break;
            case PdfDictionary element when _visited.Add(element) && store.Name(element["Type"]) is not ("MCR" or "OBJR"):
                var elementPage = PageOf(element) ?? page;
                if (HeadingLevel(store.Name(element["S"])) is { } level)
                {
                    var parts = new List<(int, int)>();
                    Collect(element["K"], elementPage, depth + 1, parts);
                    var actual = store.Resolve(element["ActualText"]) is PdfString text ? PdfTextString.Decode(text.Bytes) : null;
                    headings.Add(new StructureHeading(level, parts.Count > 0 ? parts[0].Item1 : elementPage, [.. parts], actual));
                }
                else
                {
                    Visit(element["K"], elementPage, depth + 1, headings);
                }
                break;
        }
    }

    /// <summary>Every marked-content reference under a heading, in order.</summary>
    private void Collect(PdfObject? kids, int? page, int depth, List<(int Page, int Mcid)> parts)
    {
        if (depth > store.Options.MaxNestingDepth || _visited.Count > MaxElements)
        {
            return;
        }
        switch (store.Resolve(kids))
        {
            case PdfNumber number when page is { } p:
                parts.Add((p, number.IntValue));
                break;
            case PdfArray array:
                foreach (var item in array.Items)
                {
                    Collect(item, page, depth + 1, parts);
                }
                break;
            case PdfDictionary reference when store.Name(reference["Type"]) == "MCR":
                if ((PageOf(reference) ?? page) is { } mcrPage && store.Resolve(reference["MCID"]) is PdfNumber mcid)
                {
                    parts.Add((mcrPage, mcid.IntValue));
                }
                break;
            case PdfDictionary element when _visited.Add(element) && store.Name(element["Type"]) != "OBJR":
                Collect(element["K"], PageOf(element) ?? page, depth + 1, parts);
                break;
        }
    }

    private int? PageOf(PdfDictionary dictionary) =>
        dictionary["Pg"] is PdfReference reference && pageByObject.TryGetValue(reference.Id.Number, out var number) ? number : null;

    private int? HeadingLevel(string? type)
    {
        for (var i = 0; i < 8 && type is not null && _roleMap!.TryGetValue(type, out var mapped) && mapped != type; i++)
        {
            if (Level(type) is not null)
            {
                break;
            }
            type = mapped;
        }
        return Level(type);
    }

    private static int? Level(string? type) => type switch
    {
        "H" or "H1" => 1,
        "H2" => 2,
        "H3" => 3,
        "H4" => 4,
        "H5" => 5,
        "H6" => 6,
        _ => null,
    };
}
