using Ingest.Core.Stages.Repair;

namespace Ingest.Core.Tests.Stages.Repair;

/// <summary>Every join is its own record, at its own place, naming the words it joined.</summary>
public sealed class BreakJoinerRecordTests
{
    [Test]
    public void EachHyphenJoin_GetsItsOwnRecord_WithTheWords()
    {
        const string text = "So organisierte bei-\n\nspielsweise die Stadt eine Ver-\nanstaltung für alle Mit-\nbürger.";
        var pass = BreakJoiner.Join(text, new RepairOptions(), plainText: true);
        Assert.That(pass.Text, Is.EqualTo("So organisierte beispielsweise die Stadt eine Veranstaltung für alle Mitbürger."));
        var joins = pass.Repairs.Where(r => r.Kind == BreakJoiner.HyphenKind).ToList();
        Assert.That(joins, Has.Count.EqualTo(3));
        Assert.That(joins.Select(r => r.Span.Start), Is.EqualTo(new[] { text.IndexOf("bei-", StringComparison.Ordinal) + 3,
            text.IndexOf("Ver-", StringComparison.Ordinal) + 3, text.IndexOf("Mit-", StringComparison.Ordinal) + 3 }));
        Assert.That(joins[0].Detail, Does.Contain("'bei-'").And.Contain("'spielsweise'"));
        Assert.That(joins.Select(r => text[r.Span.Start]), Is.All.EqualTo('-'));
    }
}
