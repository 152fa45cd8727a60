using Ingest.Core.Tests.TestSupport;

namespace Ingest.Core.Tests.Stages.Group;

/// <summary>What every version of the group stage must do (issue 2's contract).</summary>
public sealed class GroupStageContractTests
{
    private const string English = """
        # Tallinn

        ## 1. Housing

        Mayor Mihhail Kõlvart opened the Kopli Lines quarter in 2019 with 1,240 flats for 3,500 residents.

        ## 2. Transport

        Since 2013 public transport has been free for the 437,000 inhabitants registered in Tallinn; Rail Baltica reaches Ülemiste in 2030.
        """;

    private const string German = """
        # Tallinn

        ## 1. Wohnen

        Bürgermeister Mihhail Kõlvart eröffnete 2019 das Viertel Kopli Lines mit 1.240 Wohnungen für 3.500 Einwohner.

        ## 2. Verkehr

        Seit 2013 ist der Nahverkehr für die 437.000 in Tallinn gemeldeten Einwohner kostenlos; Rail Baltica erreicht Ülemiste 2030.
        """;

    private const string Unrelated = """
        # Porto

        ## 1. Wine

        The cellars of Vila Nova de Gaia have aged port since the seventeenth century, along the Douro river.
        """;

    [Test]
    public void Translations_ShareABundle_AndAnUnrelatedDocumentStandsAlone()
    {
        var corpus = TestCorpus.Run(("a/en.md", English), ("b/de.md", German), ("c/porto.md", Unrelated));
        Assert.That(TestCorpus.BundlePaths(corpus), Is.EqualTo(new[] { new[] { "a/en.md", "b/de.md" }, new[] { "c/porto.md" } }));
    }

    [Test]
    public void BundleKeys_AreReadableUniqueAndIndependentOfInputOrder()
    {
        var first = TestCorpus.Run(("a/en.md", English), ("b/de.md", German), ("c/porto.md", Unrelated));
        var second = TestCorpus.Run(("c/porto.md", Unrelated), ("b/de.md", German), ("a/en.md", English));
        var keys = first.Bundles.Select(b => b.Key).ToList();
        Assert.That(second.Bundles.Select(b => b.Key), Is.EqualTo(keys));
        Assert.That(keys, Is.Unique);
        Assert.That(keys, Is.All.Matches<string>(k => System.Text.RegularExpressions.Regex.IsMatch(k!, "^[a-z0-9][a-z0-9-]*$")));
        Assert.That(keys, Has.Some.StartsWith("tallinn"));
    }

    [Test]
    public void EveryDocument_IsInExactlyOneBundle()
    {
        var corpus = TestCorpus.Run(("a/en.md", English), ("b/de.md", German), ("c/porto.md", Unrelated));
        Assert.That(corpus.Bundles.SelectMany(b => b.Documents).Order(), Is.EqualTo(corpus.Documents.Select(d => d.Id).Order()));
    }

    [Test]
    public void ADocumentLeftAlone_IsReported_AsInfo()
    {
        var documents = new[] { ("a/en.md", English), ("b/de.md", German), ("c/porto.md", Unrelated) }
            .Select(f => TestDocuments.Process(f.Item2, f.Item1)).ToList();
        var corpus = new Ingest.Core.Model.Corpus([], [.. documents], [], []);
        var context = TestDocuments.Context();
        new Ingest.Core.Stages.Group.GroupStage(new()).Run(corpus, context);
        var alone = context.Diagnostics.Where(d => d.Code == Ingest.Core.Stages.Group.GroupRules.Ungrouped.Code).ToList();
        Assert.That(alone.Select(d => d.Path), Is.EqualTo(new[] { "c/porto.md" }));
        Assert.That(alone.Single().Severity, Is.EqualTo(Ingest.Core.Diagnostics.Severity.Info));
    }

    internal static string EnglishText => English;

    internal static string GermanText => German;
}
