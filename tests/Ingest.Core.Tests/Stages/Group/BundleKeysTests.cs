using Ingest.Core.Stages.Group;
using NUnit.Framework;

namespace Ingest.Core.Tests.Stages.Group;

public sealed class BundleKeysTests
{
    [Test]
    public void For_IsIndependentOfMemberOrder() =>
        Assert.That(BundleKeys.For("Ghent", ["d-2", "d-1"]), Is.EqualTo(BundleKeys.For("Ghent", ["d-1", "d-2"])));

    [Test]
    public void For_DiffersForDifferentMembers_WithSameTitle() =>
        Assert.That(BundleKeys.For("Ghent", ["d-1", "d-2"]), Is.Not.EqualTo(BundleKeys.For("Ghent", ["d-1", "d-3"])));

    [TestCase("Gent – Außergewöhnliche Maßnahmen", "gent-aussergewohnliche-massnahmen")]
    [TestCase("Всеобщая декларация", "vseobshchaia-deklaratsiia")]
    [TestCase("世界人权宣言", "")]
    public void Slug_SpellsTitleInAscii(string title, string expected) =>
        Assert.That(BundleKeys.Slug(title), Is.EqualTo(expected));

    [Test]
    public void For_FallsBackToBundle_WhenTitleHasNoLatinSpelling() =>
        Assert.That(BundleKeys.For("世界人权宣言", ["d-1"]), Does.StartWith("bundle-"));
}
