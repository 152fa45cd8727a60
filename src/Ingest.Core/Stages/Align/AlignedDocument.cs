using Ingest.Core.Model;

namespace Ingest.Core.Stages.Align;

/// <summary>A document of a bundle with its body sections as <see cref="SectionUnit"/>s.</summary>
public sealed record AlignedDocument(Document Document, IReadOnlyList<SectionUnit> Units)
{
    public static AlignedDocument Of(Document document) => new(document, SectionUnits.Of(document));

    public string Tag => Document.Language.Tag;

    /// <summary>Script-adjusted length of the body, to pick the most complete document as pivot.</summary>
    public double ContentLength { get; } = Units.Sum(u => Group.ContentLength.Of(u.Section.Text));
}
