using System.Security.Cryptography;
using System.Text;

namespace Ingest.Core.Stages.Sections;

/// <summary>Stable section identifiers from the document id and the section's path in the tree ("2/1/3").</summary>
public static class SectionIds
{
    public static string For(string documentId, string treePath)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(documentId + "/" + treePath));
        return "s-" + Convert.ToHexStringLower(hash)[..12];
    }
}
