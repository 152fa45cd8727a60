"""Training text from the translations of permissively licensed Debian packages (see SOURCE.md).

Message catalogues (.mo) and translated manual pages of sudo (ISC), shadow's login and passwd (BSD-3-Clause),
xz-utils (0BSD), popt (MIT), flex (BSD-2-Clause) and libpwquality (BSD-3-Clause). None of these packages is
in the language evaluation (tests/Ingest.Evaluation/Language/corpus.sh), whose manual pages and catalogues
come from other packages.

Each package's machine-readable debian/copyright is read, and a manual page whose source file it lists under a
licence that is not permissive (a few translated pages of shadow are GPL) is left out: `excluded_pages`.
"""
import fnmatch
import gzip
import re
from collections import defaultdict
from pathlib import Path

from mo_catalogue import translations

PACKAGES = ["sudo", "login", "passwd", "xz-utils", "libpopt0", "flex", "libpwquality-common"]
# Debian locale directory -> profile; sr (Cyrillic) also gives sr-Latn by transliteration.
LOCALES = {"pt_BR": "pt-BR", "pt": "pt-PT", "sr": "sr-Cyrl", "sr@latin": "sr-Latn", "bs": "bs-Latn",
           "zh_CN": "zh", "zh_TW": "zh", "az": "az-Latn", "uz": "uz-Latn"}
SERBIAN_LATIN = dict(zip("абвгдђежзијклљмнњопрстћуфхцчџш",
                         ["a", "b", "v", "g", "d", "đ", "e", "ž", "z", "i", "j", "k", "l", "lj", "m", "n", "nj", "o",
                          "p", "r", "s", "t", "ć", "u", "f", "h", "c", "č", "dž", "š"]))
PERMISSIVE = {"isc", "bsd-2-clause", "bsd-3-clause", "expat", "mit", "0bsd", "flex", "pd", "public-domain",
              "libpwquality", "zlib"}
PLACEHOLDER = re.compile(r"%(\d+\$)?[-+ #0'I]*\d*(\.\d+)?[lhzjtLq]*[a-zA-Z%]|\\[nt]|<[^>]*>|--?[a-z][-a-z]*")
ROFF_ESCAPE = re.compile(r"\\(f[BIRPC1-4]|f\(..|f\[[^\]]*\]|\(..|\[[^\]]*\]|[-&e|^~0 ]|s[-+]?\d|\*\(..|\*.|n.|c)")


def add_line(lines, tag, line):
    """Appends a line to its profile's list; a Serbian Cyrillic line also feeds sr-Latn, transliterated."""
    lines[tag].append(line)
    if tag == "sr-Cyrl":
        lines["sr-Latn"].append("".join(SERBIAN_LATIN.get(c, c) for c in line.lower()))


def print_sizes(texts):
    """For a source module run as a script: characters and lines per profile."""
    for tag, text in sorted(texts.items()):
        print(tag, len(text), text.count("\n"))


def messages(path):
    """Translated strings of a .mo catalogue that differ from their English original."""
    for _, text in translations(path):
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


def excluded_pages(root):
    """Patterns (source paths like man/hu/man5/*) of manual pages under a licence outside PERMISSIVE."""
    patterns = []
    for copyright in sorted((root / "usr/share/doc").glob("*/copyright")):
        for stanza in re.split(r"\n\s*\n", copyright.read_text(encoding="utf-8", errors="replace")):
            files = re.search(r"^Files:(.*(?:\n[ \t].*)*)", stanza, re.M)
            licence = re.search(r"^License:\s*(.*)", stanza, re.M)
            if not files or not licence:
                continue
            # "A or B" is permissive when one choice is.
            choices = {c.strip().lower() for c in licence.group(1).split(" or ")}
            if choices & PERMISSIVE:
                continue
            patterns.extend(f for f in files.group(1).split() if f.startswith("man/"))
    return patterns


def texts(root):
    """Profile tag -> text, from packages extracted under root."""
    excluded = excluded_pages(root)
    found = defaultdict(list)
    for mo in sorted((root / "usr/share/locale").glob("*/LC_MESSAGES/*.mo")):
        found[mo.parts[-3]].extend(messages(mo))
    for page in sorted((root / "usr/share/man").glob("*/man*/*.gz")):
        source = "man/" + str(page.relative_to(root / "usr/share/man"))[:-3]
        if not page.parts[-3].startswith("man") and not any(fnmatch.fnmatch(source, x) for x in excluded):
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
    print("left out:", excluded_pages(Path(sys.argv[1])))
    for tag, text in sorted(texts(Path(sys.argv[1])).items()):
        print(tag, len(text))
