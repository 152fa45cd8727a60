using System.Collections.Immutable;
using System.Text;

namespace Ingest.Core.Stages.Repair;

/// <summary>Brings text to Unicode Normalization Form C, run by run, so that the map back stays exact.</summary>
public static class NfcNormalizer
{
    public const string Kind = "nfc";

    public static RepairPass Normalize(string text, RepairOptions options)
    {
        var editor = new TextEditor(text);
        if (!options.Nfc || text.IsNormalized(NormalizationForm.FormC))
        {
            return RepairPass.From(editor, []);
        }
        var tally = new RepairTally();
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] < 0x80)
            {
                i++;
                continue;
            }
            // A run of non-ASCII chars with the char before it, which combining marks may attach to.
            var start = Math.Max(editor.Position, i - 1);
            while (i < text.Length && text[i] >= 0x80)
            {
                i++;
            }
            var run = text[start..i];
            if (!run.IsNormalized(NormalizationForm.FormC))
            {
                editor.Replace(start, i, run.Normalize(NormalizationForm.FormC));
                tally.Add(Kind, start, i, "text brought to Unicode NFC");
            }
        }
        var repairs = ImmutableArray.CreateBuilder<Model.Repair>();
        tally.AddTo(repairs);
        return RepairPass.From(editor, repairs.ToImmutable());
    }
}
