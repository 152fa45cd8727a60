#!/usr/bin/env python3
"""Regenerates the compact font tables of Ingest.Pdf from the published reference data.

Inputs (see /work/shared/data/pdf/README.md): the Adobe Glyph List and the Core14 AFM files.
Outputs in src/Ingest.Pdf/Fonts/Data/:
  glyphlist.txt   name;HEX[ HEX...]   one glyph name per line (AGL)
  zapfdingbats.txt  the same for the ZapfDingbats glyph names (a1, a2, ...), used for that font only
  standard14.txt  '>FontName flags' then 'glyph width' lines per standard font
  encodings.txt   four lines: StandardEncoding, WinAnsiEncoding, MacRomanEncoding, PDFDocEncoding,
                  each 256 glyph names separated by spaces ('.' = undefined)
Usage: python3 tools/pdf/gen_tables.py [DATA_DIR]
"""
import os, sys, shutil

data = sys.argv[1] if len(sys.argv) > 1 else '/work/shared/data/pdf'
root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
out = os.path.join(root, 'src', 'Ingest.Pdf', 'Fonts', 'Data')
os.makedirs(out, exist_ok=True)

def read_list(path):
    result = {}
    for line in open(path, encoding='utf-8'):
        if line.startswith('#') or ';' not in line:
            continue
        name, codes = line.strip().split(';')[:2]
        result.setdefault(name, codes.split())
    return result

agl = read_list(os.path.join(data, 'agl', 'glyphlist.txt'))
zapf = read_list(os.path.join(data, 'agl', 'zapfdingbats.txt'))
for file, table in (('glyphlist.txt', agl), ('zapfdingbats.txt', zapf)):
    with open(os.path.join(out, file), 'w', encoding='utf-8', newline='\n') as f:
        for name in sorted(table):
            f.write(name + ';' + ' '.join(table[name]) + '\n')

# Reverse map, preferring the AGLFN (names for new fonts) spelling for each code point.
aglfn = {}
for line in open(os.path.join(data, 'agl', 'aglfn.txt'), encoding='utf-8'):
    if line.startswith('#'):
        continue
    parts = line.strip().split(';')
    if len(parts) >= 2:
        aglfn.setdefault(int(parts[0], 16), parts[1])
reverse = dict(aglfn)
for name, codes in agl.items():
    if len(codes) == 1:
        reverse.setdefault(int(codes[0], 16), name)

def afm(path):
    font, flags, widths, standard = None, [], [], {}
    for line in open(path, encoding='latin-1'):
        if line.startswith('FontName '):
            font = line.split()[1]
        elif line.startswith('IsFixedPitch true'):
            flags.append('fixed')
        elif line.startswith('C '):
            fields = dict(p.strip().split(' ', 1) for p in line.split(';') if p.strip() and ' ' in p.strip())
            code, name, width = int(fields['C']), fields['N'], int(float(fields['WX']))
            widths.append((name, width))
            if code >= 0:
                standard[code] = name
    return font, flags, widths, standard

standard_names = None
with open(os.path.join(out, 'standard14.txt'), 'w', encoding='utf-8', newline='\n') as f:
    for file in sorted(os.listdir(os.path.join(data, 'afm'))):
        if not file.endswith('.afm'):
            continue
        font, flags, widths, standard = afm(os.path.join(data, 'afm', file))
        if font == 'Helvetica':
            standard_names = standard
        f.write('>' + font + (' ' + ','.join(flags) if flags else '') + '\n')
        for name, width in widths:
            f.write(name + ' ' + str(width) + '\n')

def from_codec(codec, overrides=None):
    names = []
    for code in range(256):
        ch = None
        if overrides and code in overrides:
            ch = overrides[code]
        elif code >= 0x20:
            try:
                ch = ord(bytes([code]).decode(codec))
            except UnicodeDecodeError:
                ch = None
        names.append(reverse.get(ch, '.') if ch is not None and ch != 0x7f else '.')
    return names

# ISO 32000-1 Annex D: WinAnsi prints undefined 0x80-0x9F codes and 0x7F as bullet.
win = from_codec('cp1252')
for code in [0x7f, 0x81, 0x8d, 0x8f, 0x90, 0x9d]:
    win[code] = 'bullet'
win[0xa0] = 'space'
win[0xad] = 'hyphen'
mac = from_codec('mac_roman')
# PDFDocEncoding (Annex D.2): Latin-1 except these code points.
pdfdoc_overrides = {0x18: 0x02d8, 0x19: 0x02c7, 0x1a: 0x02c6, 0x1b: 0x02d9, 0x1c: 0x02dd, 0x1d: 0x02db,
    0x1e: 0x02da, 0x1f: 0x02dc, 0x80: 0x2022, 0x81: 0x2020, 0x82: 0x2021, 0x83: 0x2026, 0x84: 0x2014,
    0x85: 0x2013, 0x86: 0x0192, 0x87: 0x2044, 0x88: 0x2039, 0x89: 0x203a, 0x8a: 0x2212, 0x8b: 0x2030,
    0x8c: 0x201e, 0x8d: 0x201c, 0x8e: 0x201d, 0x8f: 0x2018, 0x90: 0x2019, 0x91: 0x201a, 0x92: 0x2122,
    0x93: 0xfb01, 0x94: 0xfb02, 0x95: 0x0141, 0x96: 0x0152, 0x97: 0x0160, 0x98: 0x0178, 0x99: 0x017d,
    0x9a: 0x0131, 0x9b: 0x0142, 0x9c: 0x0153, 0x9d: 0x0161, 0x9e: 0x017e, 0xa0: 0x20ac}
pdfdoc = from_codec('latin-1', pdfdoc_overrides)
pdfdoc[0x9f] = '.'
std = [standard_names.get(code, '.') for code in range(256)]
with open(os.path.join(out, 'encodings.txt'), 'w', encoding='utf-8', newline='\n') as f:
    for table in (std, win, mac, pdfdoc):
        f.write(' '.join(table) + '\n')

shutil.copy(os.path.join(data, 'agl', 'LICENSE.md'), os.path.join(out, 'LICENSE-agl.md'))
shutil.copy(os.path.join(data, 'afm', 'LICENSE_afm.txt'), os.path.join(out, 'LICENSE_afm.txt'))
print('wrote', out)
