using System.Collections.Frozen;

namespace Ingest.Core.Stages.Language;

/// <summary>Marker words that tell the members of a group of close languages apart where their character n-grams
/// cannot (<see cref="ShtokavianMarkers"/>, <see cref="MarkerGroup"/>): they rule members out, and the n-grams choose
/// among the rest.</summary>
internal interface ICloseLanguageMarkers
{
    /// <summary>Every group Ingest has markers for.</summary>
    static readonly IReadOnlyList<ICloseLanguageMarkers> All =
        [ShtokavianMarkers.Instance, MarkerGroup.MalayIndonesian, MarkerGroup.ZuluXhosa, MarkerGroup.FaroeseIcelandic];

    /// <summary>The members, in the order <see cref="Decide"/> takes their n-gram scores.</summary>
    IReadOnlyList<string> Members { get; }

    /// <summary>The members as a set.</summary>
    FrozenSet<string> Languages { get; }

    /// <summary>The member the marker words of <paramref name="text"/> leave with the best n-gram score, or null when
    /// they rule no member out (or all of them).</summary>
    /// <param name="text">The text.</param>
    /// <param name="ngramScores">Each member's best n-gram score, in the order of <see cref="Members"/>.</param>
    /// <param name="cyrillic">The text is written in Cyrillic.</param>
    string? Decide(string text, ReadOnlySpan<double> ngramScores, bool cyrillic = false);

    /// <summary>The group <paramref name="language"/> belongs to, or null.</summary>
    static ICloseLanguageMarkers? Of(string language) => All.FirstOrDefault(group => group.Languages.Contains(language));
}
