"""Training text from the translations of permissively licensed Debian packages (see SOURCE.md).

Message catalogues (.mo) and translated manual pages of sudo (ISC), shadow's login and passwd (BSD-3-Clause),
xz-utils (0BSD), popt (MIT), flex (BSD-2-Clause) and libpwquality (BSD-3-Clause). None of these packages is
in the language evaluation (tests/Ingest.Evaluation/Language/corpus.sh), whose manual pages and catalogues
come from other packages.
"""
import gzip
import re
import struct
from collections import defaultdict
from pathlib import Path

PACKAGES = ["sudo", "login", "passwd", "xz-utils", "libpopt0", "flex", "libpwquality-common"]
# Debian locale directory -> profile; sr (Cyrillic) also gives sr-Latn by transliteration.
LOCALES = {"pt_BR": "pt-BR", "pt": "pt-PT", "sr": "sr-Cyrl", "sr@latin": "sr-Latn", "bs": "bs-Latn",
           "zh_CN": "zh", "zh_TW": "zh", "az": "az-Latn", "uz": "uz-Latn"}
SERBIAN_LATIN = dict(zip("абвгдђежзијклљмнњопрстћуфхцчџш",
                         ["a", "b", "v", "g", "d", "đ", "e", "ž", "z", "i", "j", "k", "l", "lj", "m", "n", "nj", "o",
                          "p", "r", "s", "t", "ć", "u", "f", "h", "c", "č", "dž", "š"]))
PLACEHOLDER = re.compile(r"%(\d+\$)?[-+ #0'I]*\d*(\.\d+)?[lhzjtLq]*[a-zA-Z%]|\\[nt]|<[^>]*>|--?[a-z][-a-z]*")
ROFF_ESCAPE = re.compile(r"\\(f[BIRPC1-4]|f\(..|f\[[^\]]*\]|\(..|\[[^\]]*\]|[-&e|^~0 ]|s[-+]?\d|\*\(..|\*.|n.|c)")


def messages(path):
    """Translated strings of a .mo catalogue that differ from their English original."""
    data = path.read_bytes()
    endian = "<" if struct.unpack("<I", data[:4])[0] == 0x950412DE else ">"
    _, count, originals, translations = struct.unpack(endian + "4I", data[4:20])
    for i in range(count):
        olen, ooff = struct.unpack(endian + "2I", data[originals + 8 * i:originals + 8 * i + 8])
        tlen, toff = struct.unpack(endian + "2I", data[translations + 8 * i:translations + 8 * i + 8])
        original = data[ooff:ooff + olen].split(b"\0")[0].decode("utf-8", "replace")
        for text in data[toff:toff + tlen].split(b"\0"):
            text = text.decode("utf-8", "replace")
            if original and text and text != original:
                yield PLACEHOLDER.sub(" ", text)


def manual_page(path):
    """The prose of a roff manual page: text lines and the arguments of font requests, escapes removed."""
    lines = []
    for line in gzip.decompress(path.read_bytes()).decode("utf-8", "replace").splitlines():
        if line.startswith((".", "'")):
            if line[1:3] in ("B ", "I ", "BR", "IR", "RB", "RI", "BI", "IB", "SH", "SS"):
                lines.append(line[3:].replace('"', ""))
            continue
        lines.append(line)
    return ROFF_ESCAPE.sub(" ", "\n".join(lines))


def texts(root):
    """Profile tag -> text, from packages extracted under root."""
    found = defaultdict(list)
    for mo in sorted((root / "usr/share/locale").glob("*/LC_MESSAGES/*.mo")):
        found[mo.parts[-3]].extend(messages(mo))
    for page in sorted((root / "usr/share/man").glob("*/man*/*.gz")):
        if not page.parts[-3].startswith("man"):
            found[page.parts[-3]].append(manual_page(page))
    # The original manual pages are English text of the same kind.
    for page in sorted((root / "usr/share/man").glob("man*/*.gz")):
        found["en"].append(manual_page(page))
    result = defaultdict(str)
    for locale, parts in found.items():
        tag = LOCALES.get(locale, locale)
        text = "\n".join(parts)
        result[tag] += text + "\n"
        if locale == "sr":
            result["sr-Latn"] += "".join(SERBIAN_LATIN.get(c, c) for c in text.lower()) + "\n"
    return result


if __name__ == "__main__":
    import sys
    for tag, text in sorted(texts(Path(sys.argv[1])).items()):
        print(tag, len(text))
