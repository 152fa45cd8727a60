"""Training text from the Firefox ESR language packs of Debian (firefox-esr-l10n-*, MPL-2.0; see SOURCE.md).

Each package holds a language pack (.xpi, a zip) of Fluent (.ftl) and .properties files: the strings of the browser's
user interface. The strings are cleaned of what is not running text of the language: placeables (`{ $count }`,
`{ -brand-short-name }`), printf placeholders (`%S`, `%1$S`, `#1`), markup and entities, access keys, keyboard
shortcuts and style attributes, brand names (the values of the en-US Fluent terms, e.g. Firefox, Mozilla), and
strings a locale left in English: a value equal to the en-US value of the same key, or to any en-US value.
The en-US strings come from the firefox-esr package itself (its omni.ja files) and also train `en`.
"""
import re
import zipfile
from collections import defaultdict
from pathlib import Path

from debian_text import add_line, print_sizes

# The language packs read; a locale absent here has no profile to feed (the identifier knows about 94 languages).
# Firefox locale -> profile. sr (Cyrillic) also feeds sr-Latn by transliteration (debian_text.SERBIAN_LATIN).
LOCALES = {
    "af": "af", "ar": "ar", "az": "az-Latn", "be": "be", "bg": "bg", "bn": "bn", "br": "br", "bs": "bs-Latn",
    "ca": "ca", "cs": "cs", "cy": "cy", "da": "da", "de": "de", "el": "el", "eo": "eo", "es-AR": "es", "es-CL": "es",
    "es-ES": "es", "es-MX": "es", "et": "et", "eu": "eu", "fa": "fa", "fi": "fi", "fr": "fr", "fy-NL": "fy",
    "ga-IE": "ga", "gd": "gd", "gl": "gl", "gu-IN": "gu", "he": "he", "hi-IN": "hi", "hr": "hr", "hu": "hu",
    "hy-AM": "hy", "id": "id", "is": "is", "it": "it", "ja": "ja", "ka": "ka", "kk": "kk", "km": "km", "kn": "kn",
    "ko": "ko", "lt": "lt", "lv": "lv", "mk": "mk", "mr": "mr", "ms": "ms", "my": "my", "nb-NO": "nb",
    "ne-NP": "ne", "nl": "nl", "nn-NO": "nn", "oc": "oc", "pa-IN": "pa", "pl": "pl", "pt-BR": "pt-BR",
    "pt-PT": "pt-PT", "ro": "ro", "ru": "ru", "si": "si", "sk": "sk", "sl": "sl", "sq": "sq", "sr": "sr-Cyrl",
    "sv-SE": "sv", "ta": "ta", "te": "te", "tg": "tg", "th": "th", "tl": "tl", "tr": "tr", "uk": "uk", "ur": "ur",
    "uz": "uz-Latn", "vi": "vi", "xh": "xh", "zh-CN": "zh", "zh-TW": "zh",
}
PACKAGES = ["firefox-esr"] + sorted({f"firefox-esr-l10n-{locale.lower()}" for locale in LOCALES})
FIREFOX = Path("usr/lib/firefox-esr")
# Attributes and message ids that hold keys, shortcuts, sizes or styles rather than words.
NOT_TEXT = re.compile(r"(accesskey|commandkey|accessKey|\.key|-key\d*|shortcut|\.style|\.width|\.height|"
                      r"-width|-height|\.size|-size|-style|\.ltr|\.rtl|-dir|\.dir|\.pattern|\.href|\.url|-url|"
                      r"\.src|\.keycode)$", re.I)
PLACEABLE = re.compile(r"\{[^{}]*\}")
PRINTF = re.compile(r"%(\d+\$)?[-+ #0]*\d*(\.\d+)?(l{0,2}[sSdiufxXcp@]|ld|lu)|#\d+|\$[A-Za-z_]+\$?")
MARKUP = re.compile(r"<[^>]*>|&[#\w]+;|\\[nt]|https?://\S+")
ESCAPE = re.compile(r"\\u([0-9a-fA-F]{4})")


def ftl_strings(text):
    """(key, value) of every message and attribute of a Fluent file; terms (brand names) are left out."""
    message = None
    key = None
    parts = []

    def flush():
        if key is not None and parts:
            yield key, " ".join(parts)

    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        head = re.match(r"^(-?[A-Za-z][\w-]*)\s*=\s*(.*)$", line)
        if head:
            yield from flush()
            message = head.group(1)
            key = None if message.startswith("-") else message
            parts = [head.group(2)]
            continue
        if message is None or message.startswith("-"):
            continue
        attribute = re.match(r"^\s+\.([\w-]+)\s*=\s*(.*)$", line)
        if attribute:
            yield from flush()
            key = f"{message}.{attribute.group(1)}"
            parts = [attribute.group(2)]
            continue
        variant = re.match(r"^\s+\*?\[[^\]]*\]\s*(.*)$", line)
        parts.append(variant.group(1) if variant else line.strip())
    yield from flush()


def ftl_terms(text):
    """The values of a Fluent file's terms (`-brand-short-name = Firefox`): brand and product names."""
    for match in re.finditer(r"^-[\w-]+\s*=\s*([^{\n]+)$", text, re.M):
        yield match.group(1).strip()


def properties_strings(text):
    """(key, value) of a .properties file; plural forms (separated by ;) become one value each."""
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith(("#", "!")):
            continue
        match = re.match(r"^([^=:\s]+)\s*[=:]\s*(.*)$", line)
        if match and not NOT_TEXT.search(match.group(1)):
            value = ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), match.group(2))
            for i, form in enumerate(value.split(";")):
                yield f"{match.group(1)}#{i}", form


def strings(archive, prefix):
    """(file name, key, value) of the .ftl and .properties files of a zip under folders matching prefix."""
    for name in sorted(archive.namelist()):
        if not re.match(prefix, name) or not name.endswith((".ftl", ".properties")):
            continue
        text = archive.read(name).decode("utf-8", "replace")
        read = ftl_strings if name.endswith(".ftl") else properties_strings
        for key, value in read(text):
            if not NOT_TEXT.search(key):
                yield Path(name).name, key, value


def clean(value, brands):
    """The words of a string: placeables, placeholders, markup and brand names removed."""
    previous = None
    while previous != value:
        previous, value = value, PLACEABLE.sub(" ", value)
    value = MARKUP.sub(" ", PRINTF.sub(" ", value))
    value = brands.sub(" ", value)
    return " ".join(value.replace("&", " ").split())


def english(root):
    """en-US strings by (file name, key), and the brand names, from the firefox-esr package's omni.ja files."""
    values = {}
    brands = set()
    for omni in (root / FIREFOX / "omni.ja", root / FIREFOX / "browser/omni.ja"):
        with zipfile.ZipFile(omni) as archive:
            for file, key, value in strings(archive, r"(localization|chrome)/en-US/"):
                values[(file, key)] = value
            for name in archive.namelist():
                if re.match(r"localization/en-US/.*\.ftl$", name):
                    brands.update(ftl_terms(archive.read(name).decode("utf-8", "replace")))
    brands = {b for b in brands if len(b) > 1}
    pattern = re.compile(r"\b(" + "|".join(re.escape(b) for b in sorted(brands, key=len, reverse=True)) + r")\b")
    return values, pattern


def texts(root):
    """Profile tag -> text (one string a line), from packages extracted under root."""
    originals, brands = english(root)
    english_values = set(originals.values())
    result = defaultdict(list)
    result["en"] = [clean(v, brands) for v in originals.values()]
    for locale, tag in LOCALES.items():
        pack = root / FIREFOX / f"browser/extensions/langpack-{locale}@firefox-esr.mozilla.org.xpi"
        if not pack.exists():
            continue
        with zipfile.ZipFile(pack) as archive:
            for file, key, value in strings(archive, r"(browser/)?(localization|chrome)/"):
                if value == originals.get((file, key)) or value in english_values:
                    continue
                line = clean(value, brands)
                if line:
                    add_line(result, tag, line)
    return {tag: "\n".join(lines) + "\n" for tag, lines in result.items()}


if __name__ == "__main__":
    import sys
    print_sizes(texts(Path(sys.argv[1])))
