using Ingest.Core.Stages.Group;
using NUnit.Framework;

namespace Ingest.Core.Tests.Stages.Group;

public sealed class AnchorExtractorTests
{
    private static readonly object[] SharedAcrossLanguages =
    [
        new object[] { "Die Stadt hat 263.608 Einwohner.", "The city has 263,608 inhabitants.", "num:263608" },
        new object[] { "Es kamen 1.500 Personen.", "Some 1,500 persons came.", "num:1500" },
        new object[] { "Ein Anteil von 12,5 %.", "A share of 12.5%.", "num:12.5" },
        new object[] { "Am 15.12.2022 in Brüssel.", "On 2022-12-15 in Brussels.", "num:2022" },
        new object[] { "Sagte Mathias De Clercq heute.", "Said Mayor Mathias De Clercq today.", "phrase:mathias de clercq" },
        new object[] { "Nach dem Brand von Moría.", "After the fire in Moria.", "name:moria" },
        new object[] { "Po pożarze w Morii miasto.", "After the fire in Moria.", "stem:mori" },
        new object[] { "Мэр города Москва сказал.", "The mayor of Moskva said.", "name:moskva" },
        new object[] { "Siehe www.gent.be/migratie für mehr.", "See https://gent.be/migratie.", "url:gent.be/migratie" },
        new object[] { "Das Projekt „Refu Interim“ hilft.", "The project \"Refu Interim\" helps.", "quote:refu interim" },
        new object[] { "由 UNESCO 发布。", "Published by UNESCO.", "name:unesco" },
    ];

    [TestCaseSource(nameof(SharedAcrossLanguages))]
    public void Extract_FindsSameAnchor_InTranslations(string first, string second, string anchor)
    {
        Assert.That(AnchorExtractor.Extract(first), Does.Contain(anchor));
        Assert.That(AnchorExtractor.Extract(second), Does.Contain(anchor));
    }

    private static readonly object[] NotAnchors =
    [
        new object[] { "Es gibt 3 Punkte.", "num:3" },
        new object[] { "The end. Many people came.", "name:many" },
        new object[] { "a b", "name:a" },
    ];

    [TestCaseSource(nameof(NotAnchors))]
    public void Extract_IgnoresWeakTokens(string text, string anchor) =>
        Assert.That(AnchorExtractor.Extract(text), Does.Not.Contain(anchor));

    [TestCase("263.608", "263608")]
    [TestCase("263,608", "263608")]
    [TestCase("3,3", "3.3")]
    [TestCase("٢٠٢٣", "2023")]
    [TestCase("7", null)]
    public void NormalizeNumber_MapsLocaleForms(string raw, string? expected) =>
        Assert.That(AnchorExtractor.NormalizeNumber(raw), Is.EqualTo(expected));
}
