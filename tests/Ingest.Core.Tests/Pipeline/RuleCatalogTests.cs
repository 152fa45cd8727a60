using System.Text.RegularExpressions;
using Ingest.Core.Pipeline;

namespace Ingest.Core.Tests.Pipeline;

public sealed class RuleCatalogTests
{
    [Test]
    public void Codes_AreUnique_AndWellFormed()
    {
        Assert.That(RuleCatalog.All.Select(r => r.Code), Is.Unique);
        Assert.That(RuleCatalog.All.Select(r => r.Code), Is.All.Matches<string>(c => Regex.IsMatch(c!, "^ING[0-9]{3}$")));
    }

    [Test]
    public void EveryRule_HasATitle_AndHelpThatSaysWhatToDo()
    {
        foreach (var rule in RuleCatalog.All)
        {
            Assert.That(rule.Title, Is.Not.Empty, rule.Code);
            Assert.That(rule.Help.Length, Is.GreaterThan(20), rule.Code);
        }
    }
}
