namespace Ingest.Core.Stages.Align;

/// <summary>Precision, recall and F1 of predicted aligned section pairs against gold pairs.</summary>
/// <param name="Gold">Gold pairs resolved in the corpus.</param>
/// <param name="Predicted">Predicted pairs between the documents the gold covers (ignored sections left out).</param>
/// <param name="Correct">Predicted pairs that are gold pairs.</param>
/// <param name="Unresolved">Gold section references not found in the corpus.</param>
/// <param name="Wrong">Predicted pairs that are not gold, readable.</param>
/// <param name="Missed">Gold pairs not predicted, readable.</param>
public sealed record GoldScore(int Gold, int Predicted, int Correct, IReadOnlyList<string> Unresolved,
    IReadOnlyList<string> Wrong, IReadOnlyList<string> Missed)
{
    public double Precision => Predicted == 0 ? 0 : Correct / (double)Predicted;

    public double Recall => Gold == 0 ? 0 : Correct / (double)Gold;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}
