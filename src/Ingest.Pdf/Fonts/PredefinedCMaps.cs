using System.Collections.Frozen;
using System.Text;

namespace Ingest.Pdf.Fonts;

/// <summary>The predefined byte-code CJK CMaps of ISO 32000-1, Table 118 (Adobe cmap-resources, generated table).</summary>
internal static class PredefinedCMaps
{
    private const int MaxUseDepth = 4;
    private static readonly Lazy<FrozenDictionary<string, string>> Bodies = new(Load);

    public static bool Exists(string name) => Bodies.Value.ContainsKey(name);

    /// <summary>The parsed CMap with its /usecmap parents merged in, or null when the name is unknown.</summary>
    public static CMap? Find(string name) => Find(name, 0);

    private static CMap? Find(string name, int depth)
    {
        if (depth > MaxUseDepth || !Bodies.Value.TryGetValue(name, out var body))
        {
            return null;
        }
        var cmap = CMapParser.Parse(Encoding.ASCII.GetBytes(body));
        cmap.IsVertical |= name.EndsWith("-V", StringComparison.Ordinal);
        if (cmap.UseCMap is { } parentName && Find(parentName, depth + 1) is { } parent)
        {
            cmap.Codespaces.AddRange(parent.Codespaces);
            cmap.CidRanges.AddRange(parent.CidRanges);
            foreach (var (key, cid) in parent.CidSingles)
            {
                cmap.CidSingles.TryAdd(key, cid);
            }
        }
        return cmap;
    }

    private static FrozenDictionary<string, string> Load()
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        string? name = null;
        var body = new StringBuilder();
        foreach (var line in DataFile.Lines("cmaps.txt.gz").Append("%%CMAP"))
        {
            if (!line.StartsWith("%%CMAP", StringComparison.Ordinal))
            {
                body.Append(line).Append('\n');
                continue;
            }
            if (name is not null)
            {
                result[name] = body.ToString();
            }
            name = line.Length > 7 ? line[7..] : null;
            body.Clear();
        }
        return result.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
