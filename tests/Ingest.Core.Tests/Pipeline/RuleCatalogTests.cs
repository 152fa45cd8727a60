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

    [Test]
    public void EveryRuleDeclaredAnywhere_IsInTheCatalog()
    {
        // A rule a stage reports but the catalog misses would be absent from --list-rules, SARIF and RULES.md.
        var declared = typeof(RuleCatalog).Assembly.GetTypes()
            .SelectMany(t => t.GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static))
            .Where(f => f.FieldType == typeof(Ingest.Core.Diagnostics.Rule))
            .Select(f => ((Ingest.Core.Diagnostics.Rule)f.GetValue(null)!).Code)
            .ToList();
        Assert.That(declared, Is.Not.Empty);
        Assert.That(RuleCatalog.All.Select(r => r.Code), Is.SupersetOf(declared));
    }
}
