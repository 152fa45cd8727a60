using System.Text;
using System.Text.RegularExpressions;

namespace Ingest.Core.Stages.Read;

/// <summary>Matches relative paths against the globs of <see cref="ForcedEncoding.Paths"/>.</summary>
internal static class PathGlob
{
    public static bool IsMatch(string glob, string path)
    {
        var pattern = new StringBuilder("^");
        for (var i = 0; i < glob.Length; i++)
        {
            var c = glob[i];
            if (c == '*' && i + 1 < glob.Length && glob[i + 1] == '*')
            {
                // "**/" also matches no folder at all.
                var slash = i + 2 < glob.Length && glob[i + 2] == '/';
                pattern.Append(slash ? "(?:.*/)?" : ".*");
                i += slash ? 2 : 1;
            }
            else
            {
                pattern.Append(c switch
                {
                    '*' => "[^/]*",
                    '?' => "[^/]",
                    _ => Regex.Escape(c.ToString()),
                });
            }
        }
        pattern.Append('$');
        return Regex.IsMatch(path.Replace('\\', '/'), pattern.ToString(), RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }
}
