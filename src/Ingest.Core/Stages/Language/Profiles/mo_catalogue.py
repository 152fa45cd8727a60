"""Reads GNU gettext message catalogues (.mo): the language profile generator and the language evaluation's
sample maker both take their text from them, each cleaning it its own way."""
import struct


def translations(path):
    """(original, translation) for every translated form in the catalogue at `path` that differs from its original."""
    data = path.read_bytes()
    endian = "<" if struct.unpack("<I", data[:4])[0] == 0x950412DE else ">"
    _, count, originals, translated = struct.unpack(endian + "4I", data[4:20])
    for i in range(count):
        olen, ooff = struct.unpack(endian + "2I", data[originals + 8 * i:originals + 8 * i + 8])
        tlen, toff = struct.unpack(endian + "2I", data[translated + 8 * i:translated + 8 * i + 8])
        original = data[ooff:ooff + olen].split(b"\0")[0].decode("utf-8", "replace")
        for text in data[toff:toff + tlen].split(b"\0"):
            text = text.decode("utf-8", "replace")
            if original and text and text != original:
                yield original, text
