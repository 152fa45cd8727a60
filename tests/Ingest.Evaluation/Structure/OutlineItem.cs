namespace Ingest.Evaluation.Structure;

/// <summary>One line of an outline: printed number, title, tree level, the parent's label and the section kind.</summary>
internal sealed record OutlineItem(string? Number, string Title, int Level, string? Parent, string Kind)
{
    /// <summary>Case- and space-insensitive title key for matching.</summary>
    public string Key => string.Join(' ', Title.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Reads a golden outline line: "3.2 | Jobteam Gent | 2 | parent 3 | kind".</summary>
    public static OutlineItem? Parse(string line)
    {
        if (line.StartsWith('!') || line.Length == 0)
        {
            return null;
        }
        var parts = line.Split(" | ");
        var parent = parts[3] == "-" ? null : parts[3]["parent ".Length..];
        return new OutlineItem(parts[0] == "-" ? null : parts[0], parts[1], int.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture),
            parent, parts.Length > 4 ? parts[4] : "body");
    }
}
