using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Ingest.Core.Stages.Parse;

/// <summary>The plain text of Markdown inlines: emphasis and link markup removed, line breaks as spaces.</summary>
internal static class InlineText
{
    /// <summary>The link targets among the inlines (images left out), or null when there are none.</summary>
    public static IReadOnlyList<string>? Links(ContainerInline? inline)
    {
        var links = inline?.Descendants<Inline>().Select(i => i switch
        {
            LinkInline { IsImage: false, Url: { Length: > 0 } url } => url,
            AutolinkInline { Url: { Length: > 0 } url } => url,
            _ => null,
        }).OfType<string>().ToList();
        return links is { Count: > 0 } ? links : null;
    }

    public static string Of(ContainerInline? inline)
    {
        if (inline is null)
        {
            return string.Empty;
        }
        var builder = new StringBuilder();
        Append(inline, builder);
        return Whitespace.Collapse(builder.ToString());
    }

    private static void Append(Inline inline, StringBuilder builder)
    {
        switch (inline)
        {
            case LiteralInline literal:
                builder.Append(literal.Content.AsSpan());
                break;
            case CodeInline code:
                builder.Append(code.Content);
                break;
            case AutolinkInline autolink:
                builder.Append(autolink.Url);
                break;
            case LinkInline { IsImage: true }:
                break;
            case HtmlInline html when html.Tag.StartsWith("<br", StringComparison.OrdinalIgnoreCase):
                builder.Append(' ');
                break;
            case LineBreakInline:
                builder.Append(' ');
                break;
            case HtmlEntityInline entity:
                builder.Append(entity.Transcoded.AsSpan());
                break;
            case ContainerInline container:
                foreach (var child in container)
                {
                    Append(child, builder);
                }
                break;
        }
    }
}
