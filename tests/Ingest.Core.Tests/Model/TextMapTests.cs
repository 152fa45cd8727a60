using Ingest.Core.Model;
using Ingest.Core.Stages.Repair;
using Ingest.Core.Tests.TestSupport;

namespace Ingest.Core.Tests.Model;

public sealed class TextMapTests
{
    [Test]
    public void CleanupMap_PointsEveryRepairedOffsetBackToTheSameCharacter()
    {
        const string decoded = "ab\r\ncd\u0001\u0002ef\uFFFD\uFFFDgh\rij";
        var cleanup = new RepairStage(new RepairOptions()).Run(TestDocuments.FromText(decoded) with { Text = decoded }, TestDocuments.Context());
        Assert.That(cleanup.Text, Is.EqualTo("ab\ncdefgh\nij"));
        for (var i = 0; i < cleanup.Text.Length; i++)
        {
            var source = cleanup.Map.ToSource(i);
            var expected = cleanup.Text[i] == '\n' ? '\r' : cleanup.Text[i];
            Assert.That(decoded[source], Is.EqualTo(expected), $"offset {i}");
        }
    }

    [Test]
    public void ChainedMaps_ComposeFromLatestToEarliest()
    {
        // First repair removed 3 chars at 2..5; a later one removed 2 chars at 4..6 of the first result.
        var first = new TextMap([new TextMapPoint(2, 5)]);
        var second = new TextMap([new TextMapPoint(4, 6)]);
        var chained = first.Then(second);
        Assert.That(chained.ToSource(1), Is.EqualTo(1));
        Assert.That(chained.ToSource(3), Is.EqualTo(6));
        Assert.That(chained.ToSource(4), Is.EqualTo(9));
        Assert.That(TextMap.Identity.Then(second), Is.SameAs(second));
    }

    [Test]
    public void ByteSpans_PassUnchanged()
    {
        var map = new TextMap([new TextMapPoint(0, 10)]);
        Assert.That(map.ToSource(Span.Bytes(1, 2)), Is.EqualTo(Span.Bytes(1, 2)));
        Assert.That(map.ToSource(Span.Chars(1, 2)), Is.EqualTo(Span.Chars(11, 12)));
    }
}
