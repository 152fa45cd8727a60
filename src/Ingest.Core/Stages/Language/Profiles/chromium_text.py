"""Training text from Chromium's translations as Debian ships them (chromium-l10n, chromium-common; BSD-3-Clause).

Each locale is one .pak file (`usr/lib/chromium/locales/LOCALE.pak`): the browser's user-interface strings, compiled
by GRIT. The format (Chromium's tools/grit/grit/format/data_pack.py) is little-endian:
  version 5: u32 version, u8 encoding (1 UTF-8, 2 UTF-16, 0 binary), 3 bytes padding, u16 resource count,
             u16 alias count; then (resource count + 1) entries of (u16 id, u32 offset), the last one only marking
             where the data of the one before it ends; then alias count entries of (u16 id, u16 entry index);
             then the data.
  version 4: u32 version, u32 resource count, u8 encoding; then the entries as in version 5, no aliases.
An alias is a resource whose data is identical to another entry's, so the entries alone hold every distinct string
once. A resource that does not decode (gzip-compressed HTML, such as the terms of service) is skipped.

The strings are cleaned of what is not running text of the language: placeholders (`$1`), ICU message syntax (the
text of each plural or select variant is kept, one line each; `#` and `{NAME}` dropped), HTML markup and entities,
access keys (`&x`, `(&X)`), URLs and host names, brand and product names (BRANDS), and strings a locale left in
English (equal to any en-US string). Strings from the locale-settings resources (font families, dialog widths in
characters; named in the `.pak.info` files beside the packs) are not translations and are left out.
en-US.pak (in chromium-common) also trains `en`; the _FEMININE/_MASCULINE/_NEUTER packs of this version are empty.
"""
import re
import struct
from collections import defaultdict
from pathlib import Path

from debian_text import add_line, print_sizes

# Chromium locale -> profile; en-GB is left out (en takes en-US). sr (Cyrillic) also feeds sr-Latn by transliteration.
LOCALES = {
    "af": "af", "am": "am", "ar": "ar", "bg": "bg", "bn": "bn", "ca": "ca", "cs": "cs", "da": "da", "de": "de",
    "el": "el", "es": "es", "es-419": "es", "et": "et", "fa": "fa", "fi": "fi", "fil": "tl", "fr": "fr", "gu": "gu",
    "he": "he", "hi": "hi", "hr": "hr", "hu": "hu", "id": "id", "it": "it", "ja": "ja", "kn": "kn", "ko": "ko",
    "lt": "lt", "lv": "lv", "ml": "ml", "mr": "mr", "ms": "ms", "nb": "nb", "nl": "nl", "pl": "pl",
    "pt-BR": "pt-BR", "pt-PT": "pt-PT", "ro": "ro", "ru": "ru", "sk": "sk", "sl": "sl", "sr": "sr-Cyrl", "sv": "sv",
    "sw": "sw", "ta": "ta", "te": "te", "th": "th", "tr": "tr", "uk": "uk", "ur": "ur", "vi": "vi", "zh-CN": "zh",
    "zh-TW": "zh",
}
PACKAGES = ["chromium-common", "chromium-l10n"]
LOCALE_FOLDER = Path("usr/lib/chromium/locales")
# Product and company names, which no locale translates; "Google" takes the capitalized words after it (Google Pay).
BRANDS = re.compile(r"\bGoogle(?:[\s\u00a0-]+[A-Z][\w]*)*|\b(?:Chromium|ChromeOS|Chromebooks?|Chrome|Gemini|Android|"
                    r"YouTube|Gmail|Microsoft|OneDrive|Windows|Apple|iOS|iPhone|iPad|macOS|Mac|Linux|Safari|"
                    r"Firefox|Netscape|Bluetooth|Wi-Fi|JavaScript)\b")
ICU_HEAD = re.compile(r"\{\s*\w+\s*,\s*(?:plural|select|selectordinal)\s*,\s*(?:offset:\s*\d+\s*)?")
ICU_KEY = re.compile(r"\s*(=\d+|[\w-]+)\s*\{")
ARGUMENT = re.compile(r"\{\s*\w+\s*\}")
MARKUP = re.compile(r"<[^>]*>|&[#\w]+;")
ACCESS_KEY = re.compile(r"\(&\w\)|&&")
PLACEHOLDER = re.compile(r"\$\d+|%(\d+\$)?[sd]")
ADDRESS = re.compile(r"\S+://\S*|\bwww\.\S+|\S+@\S+\.\w+|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}\b(?:/\S*)?")


def read_pak(path):
    """(encoding, resource id -> bytes) of a .pak file: every entry, the aliases (which repeat an entry's data) left
    out."""
    data = path.read_bytes()
    version, = struct.unpack_from("<I", data, 0)
    if version == 5:
        encoding, = struct.unpack_from("<B", data, 4)
        count, = struct.unpack_from("<H", data, 8)
        table = 12
    elif version == 4:
        count, encoding = struct.unpack_from("<IB", data, 4)
        table = 9
    else:
        raise ValueError(f"{path}: .pak version {version} is not known")
    entries = [struct.unpack_from("<HI", data, table + 6 * i) for i in range(count + 1)]
    return encoding, {rid: data[offset:entries[i + 1][1]] for i, (rid, offset) in enumerate(entries[:-1])}


def decode(raw, encoding):
    """The text of one resource, or None when it is not text in the pack's encoding (compressed data)."""
    try:
        return raw.decode("utf-16-le" if encoding == 2 else "utf-8")
    except UnicodeDecodeError:
        return None


def read_strings(path):
    """Resource id -> text of a locale's .pak file."""
    encoding, resources = read_pak(path)
    strings = {}
    for rid, raw in resources.items():
        text = decode(raw, encoding)
        if text is not None:
            strings[rid] = text
    return strings


def settings_ids(path):
    """Ids of the locale-settings resources (fonts, sizes) named in the .pak.info file beside a pack."""
    info = path.with_name(path.name + ".info")
    if not info.exists():
        return set()
    ids = set()
    for line in info.read_text(encoding="utf-8").splitlines():
        parts = line.split(",")
        if len(parts) >= 3 and "locale_settings" in parts[2]:
            ids.add(int(parts[1]))
    return ids


def icu_segments(text):
    """The pieces of running text of an ICU message: the text outside plural/select blocks, and the text of each
    variant (nested blocks taken apart the same way). Malformed syntax is kept as text."""
    pieces = []
    current = []
    i = 0
    while i < len(text):
        head = ICU_HEAD.match(text, i)
        if not head:
            current.append(text[i])
            i += 1
            continue
        pieces.append("".join(current))
        current = []
        i = head.end()
        while True:
            key = ICU_KEY.match(text, i)
            if not key:
                break
            depth = 1
            j = key.end()
            while j < len(text) and depth:
                depth += {"{": 1, "}": -1}.get(text[j], 0)
                j += 1
            pieces.extend(icu_segments(text[key.end():j - 1]))
            i = j
        close = re.compile(r"\s*\}").match(text, i)
        i = close.end() if close else i
    pieces.append("".join(current))
    return pieces


def clean(value):
    """The lines of running text of one string: ICU variants apart; placeholders, markup, addresses, access keys
    and brand names removed."""
    lines = []
    for piece in icu_segments(value):
        piece = MARKUP.sub(" ", piece)
        piece = ACCESS_KEY.sub(" ", piece)
        piece = re.sub(r"&(?=\w)", "", piece).replace("&", " ")
        piece = ADDRESS.sub(" ", PLACEHOLDER.sub(" ", ARGUMENT.sub(" ", piece)))
        piece = BRANDS.sub(" ", piece.replace("#", " "))
        piece = " ".join(piece.replace("{", " ").replace("}", " ").split())
        if piece:
            lines.append(piece)
    return lines


def locale_strings(folder, locale):
    """Resource id -> text of one locale's pack, without the locale-settings resources."""
    path = folder / f"{locale}.pak"
    left_out = settings_ids(path)
    return {rid: text for rid, text in read_strings(path).items() if rid not in left_out}


def texts(root):
    """Profile tag -> text (one string a line), from the packages extracted under root."""
    folder = root / LOCALE_FOLDER
    originals = locale_strings(folder, "en-US")
    english_values = set(originals.values())
    result = defaultdict(list)
    result["en"] = [line for value in originals.values() for line in clean(value)]
    for locale, tag in LOCALES.items():
        if not (folder / f"{locale}.pak").exists():
            continue
        for value in locale_strings(folder, locale).values():
            if value in english_values:
                continue
            for line in clean(value):
                add_line(result, tag, line)
    return {tag: "\n".join(lines) + "\n" for tag, lines in result.items()}


if __name__ == "__main__":
    import sys
    print_sizes(texts(Path(sys.argv[1])))
