using System.Numerics;
using Ingest.Core.Stages.Language;

namespace Ingest.Core.Tests.Stages.Language;

public sealed class RowSumsTests
{
    [TestCase(1)]
    [TestCase(2)]
    [TestCase(3)]
    public void Add_MatchesAColumnByColumnSum_ForRowsOfAnyWidth(int vectors)
    {
        var stride = vectors * Vector<byte>.Count;
        var random = new Random(vectors);
        var rows = new byte[40 * stride];
        random.NextBytes(rows);
        // The most rows one call may take, all at their largest weights, still fit the 16-bit lanes.
        Array.Fill(rows, (byte)255, 0, stride);
        var offsets = Enumerable.Range(0, RowSums.MaxRows).Select(i => i % 3 == 0 ? 0 : random.Next(40) * stride).ToArray();
        var totals = new int[stride];
        totals[1] = 7;
        RowSums.Add(rows, stride, offsets, totals);
        var expected = new int[stride];
        expected[1] = 7;
        foreach (var offset in offsets)
        {
            for (var column = 0; column < stride; column++)
            {
                expected[column] += rows[offset + column];
            }
        }
        Assert.That(totals, Is.EqualTo(expected));
    }

    [Test]
    public void Add_Rejects_MoreRowsThanTheLanesHold()
    {
        var stride = Vector<byte>.Count;
        Assert.That(() => RowSums.Add(new byte[stride], stride, new int[RowSums.MaxRows + 1], new int[stride]),
            Throws.InstanceOf<ArgumentOutOfRangeException>());
    }
}
