using Ingest.Core.Stages.Group;
using NUnit.Framework;

namespace Ingest.Core.Tests.Stages.Group;

public sealed class DocumentGrouperTests
{
    private static GroupInput Doc(double length, params string[] anchors) => new(anchors.ToHashSet(StringComparer.Ordinal), length);

    private static string[] Names(string prefix, int count) => [.. Enumerable.Range(0, count).Select(i => $"name:{prefix}{i}")];

    private static IReadOnlyList<IReadOnlyList<int>> Group(params GroupInput[] inputs) =>
        new DocumentGrouper(new GroupOptions()).Group(inputs).Bundles;

    [Test]
    public void Group_JoinsTranslations_ThatShareRareAnchorsAndLength()
    {
        var bundles = Group(
            Doc(1000, [.. Names("a", 8), "name:de1", "name:de2"]),
            Doc(1100, [.. Names("a", 8), "name:pl1"]),
            Doc(900, [.. Names("b", 8)]));

        Assert.That(bundles, Is.EqualTo(new[] { new[] { 0, 1 }, new[] { 2 } }));
    }

    [Test]
    public void Group_KeepsDocumentsApart_WhenOneNameIsAllTheyShare()
    {
        var bundles = Group(
            Doc(1000, "name:gent", "name:x1", "name:x2", "name:x3"),
            Doc(1000, "name:gent", "name:y1", "name:y2", "name:y3"));

        Assert.That(bundles, Has.Count.EqualTo(2));
    }

    [Test]
    public void Group_DoesNotChainTwoBundles_ThroughOneBridgingPair()
    {
        // 0–1 and 2–3 are translation pairs; 1 and 2 also share a few anchors, but 0 and 3 share none.
        var bridge = new[] { "name:bridge1", "name:bridge2", "name:bridge3", "name:bridge4" };
        var bundles = Group(
            Doc(1000, [.. Names("a", 6)]),
            Doc(1000, [.. Names("a", 6), .. bridge]),
            Doc(1000, [.. Names("b", 6), .. bridge]),
            Doc(1000, [.. Names("b", 6)]));

        Assert.That(bundles, Is.EqualTo(new[] { new[] { 0, 1 }, new[] { 2, 3 } }));
    }

    [Test]
    public void Group_AttachesLoneSummary_ToTheReportThatCoversIt()
    {
        var bundles = Group(
            Doc(10000, [.. Names("r", 40)]),
            Doc(800, [.. Names("r", 6)]));

        Assert.That(bundles, Is.EqualTo(new[] { new[] { 0, 1 } }));
    }

    [Test]
    public void Group_KeepsTranslatedSummaries_ApartFromTheReport()
    {
        var bundles = Group(
            Doc(10000, [.. Names("r", 40)]),
            Doc(800, [.. Names("r", 6)]),
            Doc(820, [.. Names("r", 6)]));

        Assert.That(bundles, Is.EqualTo(new[] { new[] { 0 }, new[] { 1, 2 } }));
    }

    [Test]
    public void Group_LeavesDocumentAlone_WhenItHasNoCounterpart()
    {
        var bundles = Group(Doc(500, "num:2022", "name:brussel"), Doc(500, "num:1999", "name:gent"));

        Assert.That(bundles, Is.EqualTo(new[] { new[] { 0 }, new[] { 1 } }));
    }

    private const string ReleaseA = "This release fixes a crash in the merge machinery when the index is locked by another process, "
        + "and teaches the fetch command to retry after a network timeout. The documentation of the config file was clarified.";

    private const string ReleaseB = "Two regressions in rebase are corrected, one of them losing commits when the upstream was rewritten; "
        + "the pack writer uses less memory on large repositories and the test suite runs faster on slow disks.";

    private static GroupInput Text(string language, string text, params string[] anchors) =>
        new(anchors.ToHashSet(StringComparer.Ordinal), text.Length, null, language, TextShingles.Of(text));

    [Test]
    public void Group_KeepsSameLanguageTexts_Apart_WhenTheyShareAnchorsButNotWording()
    {
        var bundles = Group(Text("en", ReleaseA, Names("v", 8)), Text("en", ReleaseB, Names("v", 8)));

        Assert.That(bundles, Has.Count.EqualTo(2));
    }

    [Test]
    public void Group_JoinsSameLanguageVersions_ThatShareTheirWording()
    {
        // The same notes as a web page and as a file: one adds a line, the other drops the last sentence.
        var page = "Release notes. " + ReleaseA;
        var file = ReleaseA[..ReleaseA.LastIndexOf(" The", StringComparison.Ordinal)];
        var bundles = Group(Text("en", page, Names("v", 8)), Text("en", file, Names("v", 8)));

        Assert.That(bundles, Is.EqualTo(new[] { new[] { 0, 1 } }));
    }

    [Test]
    public void Group_JoinsTranslations_WhoseWordingCannotBeCompared()
    {
        var bundles = Group(Text("en", ReleaseA, Names("v", 8)), Text("de", ReleaseB, Names("v", 8)));

        Assert.That(bundles, Is.EqualTo(new[] { new[] { 0, 1 } }));
    }

    private static GroupInput Words(string language, string text, params string[] anchors) =>
        new(anchors.ToHashSet(StringComparer.Ordinal), text.Length, null, language, TextShingles.Of(text), TextShingles.Vocabulary(text));

    [Test]
    public void Group_JoinsTexts_TaggedAlike_ThatShareAlmostNoWords()
    {
        // Article 1 of the declaration in Kinyarwanda and in Shona, both read as Swahili by an identifier that knows
        // neither: they share no wording because they are two languages, not two texts.
        const string kinyarwanda = "Abantu bose bavuka ari bangana mu gaciro no mu burenganzira. Bafite ubwenge n'umutimanama, "
            + "bagomba gufatana kivandimwe.";
        const string shona = "Vanhu vose vanoberekwa vakasununguka uye vakaenzana pahunhu nekodzero. Vanhu vose vakapiwa "
            + "njere nehana uye vanofanira kubatana nomweya wehukama.";

        var bundles = Group(Words("sw", kinyarwanda, Names("udhr", 8)), Words("sw", shona, Names("udhr", 8)));

        Assert.That(bundles, Is.EqualTo(new[] { new[] { 0, 1 } }));
    }

    [Test]
    public void Group_StillKeepsSameLanguageTexts_Apart_ThatShareTheirWordsButNotTheirWording()
    {
        var bundles = Group(Words("en", ReleaseA, Names("v", 8)), Words("en", ReleaseB, Names("v", 8)));

        Assert.That(bundles, Has.Count.EqualTo(2));
    }

    [Test]
    public void Group_JoinsTranslations_ThatAreMostOfTheCollection()
    {
        // Twelve translations of one readme and two unrelated pages: the readme's names are in 12 of 14 documents,
        // but in one document per language, so they still link it.
        string[] languages = ["cs", "de", "en", "es", "fr", "it", "ja", "pl", "pt", "ru", "sk", "sr"];
        var inputs = languages.Select(l => new GroupInput(Names("readme", 6).Append("name:" + l).ToHashSet(), 1000, null, l))
            .Append(new GroupInput(Names("other", 6).ToHashSet(), 1000, null, "en"))
            .Append(new GroupInput(Names("third", 6).ToHashSet(), 1000, null, "de"))
            .ToArray();

        var bundles = Group(inputs);

        Assert.That(bundles, Has.Count.EqualTo(3));
        Assert.That(bundles[0], Has.Count.EqualTo(12));
    }

    [Test]
    public void Group_JoinsTranslations_OfWhichThereAreMoreThanABlockCanPairInFull()
    {
        // Sixty translations of one declaration (its article numbers in all of them) where a block of more than ten
        // documents pairs only neighbours in length: they still make one bundle, and two other texts stay apart.
        var options = new GroupOptions { MaxPostings = 10, LargeBlockWindow = 3 };
        var declaration = Enumerable.Range(10, 21).Select(n => $"num:{n}").ToArray();
        var inputs = Enumerable.Range(0, 60).Select(i => new GroupInput(declaration.Append($"name:l{i}").ToHashSet(), 1000 + (7 * i), null, $"l{i}"))
            .Append(new GroupInput(Names("other", 8).ToHashSet(), 1200, null, "en"))
            .Append(new GroupInput(Names("third", 8).ToHashSet(), 1300, null, "de"))
            .ToArray();

        var bundles = new DocumentGrouper(options).Group(inputs).Bundles;

        Assert.That(bundles, Has.Count.EqualTo(3));
        Assert.That(bundles[0], Is.EqualTo(Enumerable.Range(0, 60)));
    }

    [Test]
    public void Group_JoinsTranslations_InLanguagesTheIdentifierDoesNotKnow()
    {
        // Twelve translations whose language is undetermined share their numbers: they are no one language whose
        // documents repeat a site's furniture, so the document-frequency cap does not apply to them.
        var declaration = Enumerable.Range(10, 21).Select(n => $"num:{n}").ToArray();
        var inputs = Enumerable.Range(0, 12).Select(i => new GroupInput(declaration.ToHashSet(), 1000 + (7 * i))).ToArray();

        Assert.That(Group(inputs), Has.Count.EqualTo(1));
    }

    [Test]
    public void Group_IgnoresSiteFurniture_ThatMostDocumentsOfALanguageShare()
    {
        // Twelve different English pages of one site: its name, licence and maintainer are on every page.
        var site = new[] { "name:site", "name:licence", "name:maintainer" };
        var inputs = Enumerable.Range(0, 12).Select(i => new GroupInput(Names($"page{i}-", 4).Concat(site).ToHashSet(), 1000, null, "en")).ToArray();

        Assert.That(Group(inputs), Has.Count.EqualTo(12));
    }

    [Test]
    public void Containment_IsTheSame_WhetherMergedOrSearched()
    {
        var random = new Random(7);
        var large = Enumerable.Range(0, 5000).Select(_ => (ulong)random.NextInt64()).Distinct().Order().ToArray();
        var small = large.Where((_, i) => i % 97 == 0).Concat(Enumerable.Range(0, 20).Select(_ => (ulong)random.NextInt64())).Distinct().Order().ToArray();
        var expected = small.Count(large.Contains) / (double)small.Length;

        Assert.That(TextShingles.Containment(small, large), Is.EqualTo(expected), "searched: the small set is under 1/16 of the large");
        Assert.That(TextShingles.Containment(large, small), Is.EqualTo(expected), "the order of the arguments does not matter");
        var medium = large.Where((_, i) => i % 3 == 0).ToArray();
        Assert.That(TextShingles.Containment(medium, large), Is.EqualTo(1.0), "merged");
    }

    [Test]
    public void Shingles_AreOneCharacterWords_InScriptsWithoutSpaces()
    {
        var a = TextShingles.Of("人人生而自由，在尊严和权利上一律平等。");
        var b = TextShingles.Of("人人生而自由，在尊严和权利上一律平等。他们赋有理性和良心。");

        Assert.That(a, Is.Not.Empty);
        Assert.That(TextShingles.Containment(a, b), Is.EqualTo(1.0));
        Assert.That(TextShingles.Containment(a, TextShingles.Of("Wszyscy ludzie rodzą się wolni")), Is.EqualTo(0.0));
    }

    private static readonly double[] Declaration = [139, 420, 54, 91, 78, 63, 212, 139, 300, 45, 120, 88];

    [Test]
    public void Group_JoinsAnchorPoorTranslations_ByTheirSectionLengths()
    {
        var bundles = Group(
            new GroupInput(new HashSet<string> { "name:declaration", "name:nations" }, 2000, Declaration),
            new GroupInput(new HashSet<string>(), 1300, [.. Declaration.Select((l, i) => l * (0.6 + (0.02 * (i % 3))))]));

        Assert.That(bundles, Is.EqualTo(new[] { new[] { 0, 1 } }));
    }

    [Test]
    public void Group_KeepsNameRichDocumentsApart_EvenWithTheSameTemplate()
    {
        var bundles = Group(
            new GroupInput(Names("ghent", 50).ToHashSet(), 2000, Declaration),
            new GroupInput(Names("leipzig", 50).ToHashSet(), 2000, Declaration));

        Assert.That(bundles, Has.Count.EqualTo(2));
    }

    [Test]
    public void Group_KeepsAnchorPoorDocumentsApart_WhenSectionLengthsDoNotCorrelate()
    {
        var bundles = Group(
            new GroupInput(new HashSet<string>(), 2000, Declaration),
            new GroupInput(new HashSet<string>(), 2000, [.. Declaration.Reverse()]));

        Assert.That(bundles, Has.Count.EqualTo(2));
    }
}
