namespace Ingest.Core.Stages.Group;

/// <summary>How much each kind of anchor counts, on top of its IDF; bound from pipeline.json (group and align).</summary>
public sealed record AnchorWeights
{
    /// <summary>Numbers, years and dates (locale-normalized).</summary>
    public double Number { get; init; } = 1.0;

    /// <summary>URLs and e-mail addresses.</summary>
    public double Url { get; init; } = 2.0;

    /// <summary>Single capitalized words (names, but also German nouns and sentence-internal capitals).</summary>
    public double Name { get; init; } = 0.6;

    /// <summary>Runs of two or more capitalized words ("Mathias De Clercq"): rarely ordinary words.</summary>
    public double Phrase { get; init; } = 1.5;

    /// <summary>Short quoted names.</summary>
    public double Quote { get; init; } = 1.0;

    /// <summary>Phonetic prefixes of names, which meet across inflection ("Moria"/"Morii") but also by chance.</summary>
    public double Stem { get; init; } = 0.3;

    public double Of(string anchor) => anchor.AsSpan(0, anchor.IndexOf(':')) switch
    {
        "num" => Number,
        "url" => Url,
        "name" => Name,
        "phrase" => Phrase,
        "quote" => Quote,
        "stem" => Stem,
        _ => 1.0,
    };
}
