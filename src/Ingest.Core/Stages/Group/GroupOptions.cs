namespace Ingest.Core.Stages.Group;

/// <summary>Options of the group stage, bound from pipeline.json.</summary>
public sealed record GroupOptions
{
    /// <summary>Two documents of comparable length are versions of one text when the one with less anchor weight has
    /// this share of it in the other (weighted containment).</summary>
    public double Threshold { get; init; } = 0.3;

    /// <summary>Anchors found in more than this share of the documents of one language say nothing about pairs and are
    /// ignored (site furniture); a text translated into many languages keeps its names, which are in one document per language.</summary>
    public double MaxDocumentFrequency { get; init; } = 0.5;

    /// <summary>The document-frequency cap applies to a language from this many documents in it on (below, IDF alone weighs anchors).</summary>
    public int MinDocumentsForCap { get; init; } = 10;

    /// <summary>Two versions of one text are at least this close in length (shorter over longer, script-adjusted).</summary>
    public double MinLengthRatio { get; init; } = 0.4;

    /// <summary>A link needs at least this many distinct shared anchors.</summary>
    public int MinSharedAnchors { get; init; } = 3;

    /// <summary>A link fails when one anchor carries more than this share of the shared weight (one shared name is no link).</summary>
    public double MaxTopAnchorShare { get; init; } = 0.5;

    /// <summary>Two bundles merge only when this share of their cross pairs are links (guards against chains).</summary>
    public double MinLinkage { get; init; } = 0.5;

    /// <summary>A shorter document left alone joins the bundle of a longer one that covers this share of its anchors (a summary).</summary>
    public double SummaryCoverage { get; init; } = 0.5;

    /// <summary>Anchors (and section counts) in more documents than this pair each document only with its neighbours
    /// in length (<see cref="LargeBlockWindow"/>), not with all (keeps blocking near-linear).</summary>
    public int MaxPostings { get; init; } = 200;

    /// <summary>In a block larger than <see cref="MaxPostings"/>, each document is compared with this many documents
    /// next to it in length on either side.</summary>
    public int LargeBlockWindow { get; init; } = 8;

    /// <summary>Documents with few anchors link by structure when their section lengths correlate at least this much.</summary>
    public double StructureThreshold { get; init; } = 0.85;

    /// <summary>A structure link needs at least this many sections with text in each document.</summary>
    public int MinStructureSections { get; init; } = 8;

    /// <summary>A structure link is only made when one of the two documents has at most this many anchors: documents
    /// rich in names that share none are different texts, however alike their templates.</summary>
    public int MaxAnchorsForStructure { get; init; } = 40;

    /// <summary>Two documents in the same language are versions of one text only when this share of the shorter one's
    /// four-word runs is in the other too; names and numbers alone do not make two same-language texts one.</summary>
    public double SameLanguageMinOverlap { get; init; } = 0.5;

    /// <summary>A shorter document in the language of a longer one joins it as a summary only when this share of its
    /// four-word runs is in the longer one.</summary>
    public double SameLanguageSummaryOverlap { get; init; } = 0.2;

    /// <summary>Weights of the anchor kinds.</summary>
    public AnchorWeights Anchors { get; init; } = new();
}
