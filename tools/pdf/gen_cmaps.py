#!/usr/bin/env python3
"""Regenerates the predefined CJK CMap tables of Ingest.Pdf from Adobe's cmap-resources files.

Outputs in src/Ingest.Pdf/Fonts/Data/ (gzip-compressed, embedded as resources):
  cmaps.txt.gz       every predefined byte-code CMap of ISO 32000-1 Table 118 except the Uni* ones
                     (whose codes are Unicode already): '%%CMAP name' then the CMap body with
                     comments and header removed, parsed at run time by Fonts/CMapParser.
  cid2unicode.txt.gz '%%ORDERING Japan1' (GB1, CNS1, Korea1) then 'skip delta count' lines: a run of
                     count CIDs starting skip CIDs after the previous run's end maps to consecutive
                     code points starting delta (signed) after the previous run's last code point + 1. Made by inverting
                     Uni*-UTF16-H (when several map to one CID, one that is
                     its own NFKC form wins, then the lowest).
Usage: python3 tools/pdf/gen_cmaps.py [DATA_DIR]
"""
import gzip, os, re, shutil, sys, unicodedata

data = sys.argv[1] if len(sys.argv) > 1 else '/work/shared/data/pdf'
source = os.path.join(data, 'cmaps')
root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
out = os.path.join(root, 'src', 'Ingest.Pdf', 'Fonts', 'Data')
KEEP = re.compile(r'(codespacerange|cidrange|cidchar|notdefrange|usecmap|/WMode|^\s*<)')


def body(path):
    lines = []
    for line in open(path, encoding='latin-1'):
        line = line.strip()
        if not line or line.startswith('%'):
            continue
        if KEEP.search(line) or re.match(r'^\d+ begin', line):
            lines.append(' '.join(line.split()))
    return '\n'.join(lines)


text = []
for name in sorted(os.listdir(source)):
    if name.startswith('Uni') or name.startswith('LICENSE') or name.startswith('Identity'):
        continue
    text.append('%%CMAP ' + name + '\n' + body(os.path.join(source, name)) + '\n')
with gzip.GzipFile(os.path.join(out, 'cmaps.txt.gz'), 'wb', mtime=0) as f:
    f.write(''.join(text).encode('ascii'))


def utf16_to_cp(hexcode):
    raw = bytes.fromhex(hexcode)
    if len(raw) not in (2, 4):
        return None
    text = raw.decode('utf-16-be', errors='strict') if len(raw) == 4 else chr(int(hexcode, 16))
    return ord(text) if len(text) == 1 else None


def better(cp, old):
    """Prefers code points that are their own NFKC form (U+65E5 over the Kangxi radical U+2F47), then the lowest."""
    if old is None:
        return True
    plain, old_plain = unicodedata.normalize('NFKC', chr(cp)) == chr(cp), unicodedata.normalize('NFKC', chr(old)) == chr(old)
    return (plain, -cp) > (old_plain, -old)


def invert(path):
    cid_to_cp = {}
    mode = None
    for line in open(path, encoding='latin-1'):
        if 'begincidrange' in line:
            mode = 'range'
            continue
        if 'begincidchar' in line:
            mode = 'char'
            continue
        if 'endcid' in line:
            mode = None
            continue
        if mode == 'range':
            m = re.match(r'\s*<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(\d+)', line)
            if m:
                low, high, cid = utf16_to_cp(m.group(1)), utf16_to_cp(m.group(2)), int(m.group(3))
                if low is not None and high is not None:
                    for offset in range(high - low + 1):
                        cp = low + offset
                        if better(cp, cid_to_cp.get(cid + offset)):
                            cid_to_cp[cid + offset] = cp
        elif mode == 'char':
            m = re.match(r'\s*<([0-9a-fA-F]+)>\s*(\d+)', line)
            if m:
                cp, cid = utf16_to_cp(m.group(1)), int(m.group(2))
                if cp is not None and better(cp, cid_to_cp.get(cid)):
                    cid_to_cp[cid] = cp
    return cid_to_cp


lines = []
for ordering, file in (('Japan1', 'UniJIS-UTF16-H'), ('GB1', 'UniGB-UTF16-H'), ('CNS1', 'UniCNS-UTF16-H'),
                       ('Korea1', 'UniKS-UTF16-H')):
    lines.append('%%ORDERING ' + ordering)
    mapping = invert(os.path.join(source, file))
    cids = sorted(mapping)
    i = 0
    next_cid, next_cp = 0, 0
    while i < len(cids):
        start = cids[i]
        count = 1
        while i + count < len(cids) and cids[i + count] == start + count and mapping[start + count] == mapping[start] + count:
            count += 1
        lines.append('%d %d %d' % (start - next_cid, mapping[start] - next_cp, count))
        next_cid, next_cp = start + count, mapping[start] + count
        i += count
with gzip.GzipFile(os.path.join(out, 'cid2unicode.txt.gz'), 'wb', mtime=0) as f:
    f.write(('\n'.join(lines) + '\n').encode('ascii'))
shutil.copy(os.path.join(source, 'LICENSE.md'), os.path.join(out, 'LICENSE-cmaps.md'))
print('wrote', out)
