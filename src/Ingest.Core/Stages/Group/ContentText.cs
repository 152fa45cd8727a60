using Ingest.Core.Model;

namespace Ingest.Core.Stages.Group;

/// <summary>The text a document says, without markup: its parsed blocks, else its sections, else its decoded text.</summary>
/// <remarks>The decoded text of an HTML file is its source: tag names, attributes and numbers in them
/// (<c>data-number="12"</c>) are not content and would pass for shared anchors.</remarks>
public static class ContentText
{
    public static string Of(Document document)
    {
        if (!document.Blocks.IsDefaultOrEmpty)
        {
            return string.Join("\n", document.Blocks.Select(b => b.Text));
        }
        if (!document.Sections.IsDefaultOrEmpty)
        {
            return string.Join("\n", document.Sections.Select(s => s.Title + "\n" + s.Text));
        }
        return document.Text;
    }

    /// <summary>What the document says without the navigation and credits a site repeats on every page: the text its
    /// wording is compared on.</summary>
    public static string Wording(Document document) => document.Blocks.IsDefaultOrEmpty
        ? Of(document)
        : string.Join("\n", document.Blocks.Where(b => b.Kind != BlockKind.Boilerplate).Select(b => b.Text));
}
