using Ingest.Core.Model;
using Ingest.Core.Stages.Parse;

namespace Ingest.Core.Tests.Stages.Parse;

[TestFixture]
public sealed class PlainTextBlockParserTests
{
    private static readonly PlainTextBlockParser Parser = new(new ParseOptions());

    private static IEnumerable<TestCaseData> FirstBlockCases() =>
    [
        new TestCaseData("2.1 Priority areas for the city\nThe city has chosen three areas where it wants to act first and fast.", BlockKind.Heading, "Priority areas for the city", "2.1")
            .SetName("Parse_ReadsNumberedHeading"),
        new TestCaseData("3.3. Refu Interim\nVolunteering builds bridges between organisations and refugees in the city.", BlockKind.Heading, "Refu Interim", "3.3")
            .SetName("Parse_ReadsNumberedHeading_WithTrailingDot"),
        new TestCaseData("Co czyni miasto wyjątkowym?\nGandawa posiada aktywne społeczeństwo obywatelskie.", BlockKind.Heading, "Co czyni miasto wyjątkowym?", null)
            .SetName("Parse_ReadsQuestionLineAsHeading"),
        new TestCaseData("Focus on social rights\nGhent's policy mainly focuses on social rights over political rights, and much more.", BlockKind.Heading, "Focus on social rights", null)
            .SetName("Parse_ReadsShortTitleBeforeBodyAsHeading"),
        new TestCaseData("1. Take the bus to the station.\n2. Buy a ticket there.", BlockKind.Paragraph, "1. Take the bus to the station.", null)
            .SetName("Parse_DoesNotReadNumberedSentenceAsHeading"),
        new TestCaseData("the city then decided to act\nand it acted quickly on several fronts in the following years.", BlockKind.Paragraph, "the city then decided to act", null)
            .SetName("Parse_DoesNotReadLowerCaseLineAsHeading"),
        new TestCaseData("• Brussels municipalities informed\n• News shared", BlockKind.ListItem, "Brussels municipalities informed", null)
            .SetName("Parse_ReadsBulletAsListItem"),
        new TestCaseData("Find more city reports at www.moving-cities.eu\nimplemented by", BlockKind.LinkLine, "Find more city reports at www.moving-cities.eu", null)
            .SetName("Parse_ReadsShortLineWithLinkAsLinkLine"),
    ];

    [TestCaseSource(nameof(FirstBlockCases))]
    public void Parse_ClassifiesFirstLine(string text, BlockKind kind, string blockText, string? number)
    {
        var first = Parser.Parse(text)[0];

        Assert.That((first.Kind, first.Text, first.Number), Is.EqualTo((kind, blockText, number)));
    }

    [Test]
    public void Parse_MergesBareNumberAndText_IntoOneNumberedListItem()
    {
        var blocks = Parser.Parse("Key takeaways\n- 1\nThe collaboration between the city and civil society is unique.\n- 2\nSupport starts early.");

        var items = blocks.Where(b => b.Kind == BlockKind.ListItem).ToList();
        Assert.That(items.Select(i => i.Number), Is.EqualTo(new[] { "1", "2" }));
        Assert.That(items[0].Text, Does.StartWith("The collaboration"));
        Assert.That(blocks.Count(b => b.Kind == BlockKind.Heading), Is.EqualTo(1));
    }

    [Test]
    public void Parse_MarksLeadingMenuLinesAsBoilerplate_WhenParagraphsAreBlankSeparated()
    {
        var blocks = Parser.Parse("Moving Cities\nAbout the city\n\nGhent\n\nComprehensive policies and collaborations\n\nKey takeaways\n\nThe city works closely with civil society and has done so for many years.");

        Assert.That(blocks.Take(2).Select(b => b.Kind), Is.All.EqualTo(BlockKind.Boilerplate));
        Assert.That(blocks[0].Note, Is.Not.Null.And.Not.Empty);
        Assert.That(blocks[2].Kind, Is.Not.EqualTo(BlockKind.Boilerplate));
    }

    [Test]
    public void Parse_KeepsFirstLines_WhenTextHasNoBlankLines()
    {
        var blocks = Parser.Parse("Gent\nUmfassende Maßnahmen\nWichtigste Erkenntnisse\nDie Stadt arbeitet eng mit der Zivilgesellschaft zusammen, schon seit vielen Jahren.");

        Assert.That(blocks.Any(b => b.Kind == BlockKind.Boilerplate), Is.False);
    }

    [Test]
    public void Parse_JoinsQuoteAndAttribution()
    {
        var blocks = Parser.Parse("“Initiatives grow from the bottom up, and the city supports them without taking them over.”\n(Rudy Coddens, Alderman of Social Policy)\nNext paragraph of the body text goes here, long enough to be body.");

        Assert.That(blocks[0].Kind, Is.EqualTo(BlockKind.Quote));
        Assert.That(blocks[0].Marker, Is.EqualTo("Rudy Coddens, Alderman of Social Policy"));
    }

    [Test]
    public void Parse_PairsShortLabelsAndValues_AsFacts()
    {
        var blocks = Parser.Parse("\nPopulation\n\n263,608\n\nLocation/ region\n\nEast Flanders (province)\n\nMayor (party)\n\nMathias De Clercq (Open Vld)\n");

        Assert.That(blocks.Select(b => (b.Kind, b.Marker)), Is.EqualTo(new[]
        {
            (BlockKind.Fact, "Population"), (BlockKind.Fact, "Location/ region"), (BlockKind.Fact, "Mayor (party)"),
        }));
    }

    [Test]
    public void Parse_DoesNotPairSingleShortHeadingAndLine_AsFact()
    {
        var blocks = Parser.Parse("Publications\n\nContact");

        Assert.That(blocks.Any(b => b.Kind == BlockKind.Fact), Is.False);
    }

    [Test]
    public void Parse_SpansPointAtTheLines()
    {
        const string text = "Title here\n\nSome body text that is longer than the title.\n";
        var blocks = Parser.Parse(text);

        Assert.That(blocks.Select(b => text[b.Span.Start..b.Span.End]), Is.EqualTo(new[] { "Title here", "Some body text that is longer than the title." }));
    }

    [Test]
    public void Parse_ReadsNumberedLinesAfterColon_AsListItems_NotHeadings()
    {
        var blocks = Parser.Parse("We asked the following questions:\n1. How did you arrive?\n2. Who helped you?\n3. What was missing?");

        Assert.That(blocks.Skip(1).Select(b => (b.Kind, b.Number)), Is.EqualTo(new[]
        {
            (BlockKind.ListItem, "1"), (BlockKind.ListItem, "2"), (BlockKind.ListItem, "3"),
        }));
    }

    [Test]
    public void Parse_KeepsConsecutiveSectionNumbers_AsHeadings()
    {
        var blocks = Parser.Parse("3. Selected approaches\n3.1 Refugee Taskforce\nThe taskforce was set up to support newcomers from the first day.");

        Assert.That(blocks.Take(2).Select(b => b.Kind), Is.All.EqualTo(BlockKind.Heading));
    }

    [Test]
    public void Parse_ReadsSpanishQuestion_AsHeading()
    {
        var blocks = Parser.Parse("¿Qué hace especial a la ciudad?\nValencia ha creado una oficina municipal que acompaña a las personas recién llegadas.");

        Assert.That(blocks[0].Kind, Is.EqualTo(BlockKind.Heading));
    }

    [Test]
    public void Parse_RejoinsLinesWrappedAtFixedWidth_SoTheyAreNotHeadings()
    {
        var paragraph = string.Join(" ", Enumerable.Repeat("Ghent has an active civil society and supports its many initiatives", 6)) + ".";
        var wrapped = Wrap("Focus on social rights\n\n" + paragraph + "\n\nShortcomings of the approach\n\n" + paragraph + "\n\n" + paragraph, 72);

        var blocks = Parser.Parse(wrapped);

        Assert.That(blocks.Where(b => b.Kind == BlockKind.Heading).Select(b => b.Text), Is.EqualTo(new[] { "Focus on social rights", "Shortcomings of the approach" }));
        Assert.That(blocks.Count(b => b.Kind == BlockKind.Paragraph), Is.EqualTo(3));
    }

    [Test]
    public void Parse_DoesNotStartHeading_WhereABodyLineStopsMidSentence()
    {
        var blocks = Parser.Parse("The city brought organisations together and, building on the ideas of contact theory (which says that contact between groups\n\nReduces prejudice), set out to fight stereotypes about newcomers in the schools of the city.");

        Assert.That(blocks.Any(b => b.Kind == BlockKind.Heading), Is.False);
    }

    [Test]
    public void Parse_JoinsTitleBrokenOverTwoLines_InBlankSeparatedText()
    {
        var blocks = Parser.Parse("Intro paragraph of the page that runs for a while.\n\nActors in the migration and inclusion policy and\nCollaborations\n\nThe local practice is characterised by a broad approach that includes many actors.");

        Assert.That(blocks.Where(b => b.Kind == BlockKind.Heading).Select(b => b.Text),
            Is.EqualTo(new[] { "Actors in the migration and inclusion policy and Collaborations" }));
    }

    [Test]
    public void Parse_DoesNotReadLineWithTwoSentences_AsHeading()
    {
        var blocks = Parser.Parse("An important actor is the city. Besides the taskforce the city has\nstarted several projects with civil society organisations and city services over the last ten years.");

        Assert.That(blocks[0].Kind, Is.Not.EqualTo(BlockKind.Heading));
    }

    private static string Wrap(string text, int width)
    {
        var lines = new List<string>();
        foreach (var line in text.Split('\n'))
        {
            var current = string.Empty;
            foreach (var word in line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (current.Length > 0 && current.Length + 1 + word.Length > width)
                {
                    lines.Add(current);
                    current = word;
                }
                else
                {
                    current = current.Length == 0 ? word : current + " " + word;
                }
            }
            lines.Add(current);
        }
        return string.Join("\n", lines);
    }
}
