"""Layout samples for the PDF reader, part 2 (used by make_samples.py): multi-page documents with running headers,
footers, page numbers, two columns, hyphenation and a pull quote, each with its known text (NAME.txt, blocks in
reading order, one per line, without page furniture) and its known outline (NAME.outline.txt, one heading per
line, its level as leading '#'s, the heading text as printed).

Needs pdfLaTeX (texlive-latex-base, texlive-latex-extra for fancyhdr, lmodern) and LibreOffice.
"""
import html, os, re, shutil, subprocess, tempfile

LATEX_SPECIAL = {'\\': r'\textbackslash{}', '&': r'\&', '%': r'\%', '$': r'\$', '#': r'\#', '_': r'\_',
                 '{': r'\{', '}': r'\}', '~': r'\textasciitilde{}', '^': r'\textasciicircum{}'}
NUMBERED = re.compile(r'^(\d+)(\.\d+)*\.? +\S')


def seed_blocks(path):
    """(level, text) per non-empty line of a seed: level 1-3 for '#' headings, 0 for paragraphs. Rules ('---') and
    the table of contents (after a line 'Inhalt' or 'Table of Contents', up to the next '#' heading or the first
    entry seen again) are left out."""
    result = []
    toc = None
    for line in open(path, encoding='utf-8'):
        line = line.strip()
        level = len(line) - len(line.lstrip('#'))
        text = ' '.join(line.lstrip('#').replace('**', '').replace('\ufffd', '').split())
        if not text or set(text) == {'-'}:
            continue
        if text in ('Inhalt', 'Table of Contents'):
            toc = []
            continue
        if toc is not None:
            if level == 0 and (not toc or text != toc[0]):
                toc.append(text)
                continue
            toc = None
        result.append((min(level, 3), text))
    return result


def numbered_headings(blocks):
    """For a seed without '#' marks: lines numbered like '2.' or '3.1' are headings, their level the depth."""
    result = []
    for level, text in blocks:
        match = NUMBERED.match(text)
        if level == 0 and match and len(text) < 90 and not text.endswith('.'):
            level = min(text.split(' ')[0].rstrip('.').count('.') + 1, 3)
        result.append((level, text))
    return result


def tex_safe(text):
    """Leaves out characters that T1 fonts and inputenc cannot set (symbols such as U+25C6), from source and known text."""
    allowed = set('\u2013\u2014\u2018\u2019\u201a\u201c\u201d\u201e\u2026\u20ac')
    return ' '.join(''.join(c for c in text if c < '\u0180' or c in allowed).split())


def printed_by_tex(text):
    """What TeX prints for its input ligatures: --- em dash, -- en dash, ' right single quote."""
    return text.replace('---', '\u2014').replace('--', '\u2013').replace("'", '\u2019')


def write_known(out, name, blocks):
    with open(os.path.join(out, name + '.txt'), 'w', encoding='utf-8') as known:
        known.write('\n'.join(text for _, text in blocks) + '\n')
    with open(os.path.join(out, name + '.outline.txt'), 'w', encoding='utf-8') as outline:
        outline.write(''.join('%s %s\n' % ('#' * level, text) for level, text in blocks if level))


def write_furniture(out, name, patterns):
    """NAME.furniture.txt: regular expressions (one a line) matching the page furniture as it may be extracted."""
    with open(os.path.join(out, name + '.furniture.txt'), 'w', encoding='utf-8') as furniture:
        furniture.write(''.join(p + '\n' for p in patterns))


def make_latex(out, name, source, known, header_left, header_right):
    """Runs pdfLaTeX twice (for the outline) on source, copies NAME.pdf to out and writes its known text (as TeX
    prints it) and its furniture patterns (the two header texts and the page number)."""
    with tempfile.TemporaryDirectory() as work:
        open(os.path.join(work, name + '.tex'), 'w', encoding='utf-8').write(source)
        for _ in range(2):
            subprocess.run(['pdflatex', '-interaction=nonstopmode', name + '.tex'], cwd=work, check=True,
                           capture_output=True)
        shutil.copy(os.path.join(work, name + '.pdf'), os.path.join(out, name + '.pdf'))
    write_known(out, name, [(level, printed_by_tex(text)) for level, text in known])
    write_furniture(out, name, [re.escape(header_left), re.escape(header_right), r'^\d+$'])


def latex_twocolumn(out, name, blocks, header_left, header_right, bookmarks):
    """pdfLaTeX two-column article, justified with hyphenation on (English patterns, the only ones installed),
    fancyhdr running header (two fixed texts) and the page number centred in the footer. The first heading is
    a full-width title above the columns. With bookmarks, hyperref writes each heading into the PDF outline."""
    blocks = [(level, text) for level, text in ((level, tex_safe(text)) for level, text in blocks) if text]

    def escape(text):
        return ''.join(LATEX_SPECIAL.get(c, c) for c in text)
    commands = {1: 'section', 2: 'subsection', 3: 'subsubsection'}
    body = []
    for index, (level, text) in enumerate(blocks):
        if not level:
            body.append(escape(text) + '\n')
            continue
        mark = '\\pdfbookmark[%d]{%s}{h%d}' % (level - 1, escape(text), index) if bookmarks else ''
        heading = '%s\\%s*{%s}' % (mark, commands[level], escape(text))
        body.append('\\twocolumn[{%s}]' % heading if index == 0 else heading)
    source = ('\\documentclass[twocolumn,a4paper,10pt]{article}\n\\usepackage[T1]{fontenc}\n\\usepackage{lmodern}\n'
              '\\usepackage[utf8]{inputenc}\n\\usepackage{fancyhdr}\n\\pagestyle{fancy}\n\\fancyhf{}\n'
              '\\fancyhead[L]{%s}\n\\fancyhead[R]{%s}\n\\fancyfoot[C]{\\thepage}\n%s'
              '\\begin{document}\n\\thispagestyle{fancy}\n%s\n\\end{document}\n') % (
                  escape(header_left), escape(header_right),
                  '\\usepackage[hidelinks]{hyperref}\n' if bookmarks else '', '\n'.join(body))
    make_latex(out, name, source, blocks, header_left, header_right)


FODT = '''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls><style:font-face style:name="{font}" svg:font-family="'{font}'"/><style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'"/></office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph"><style:text-properties style:font-name="{font}" fo:font-size="10.5pt" fo:language="{lang}"/></style:default-style>
 <style:style style:name="Standard" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.2cm" fo:text-align="{align}" style:writing-mode="{writing}"/></style:style>
 <style:style style:name="H1" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="1">
  <style:paragraph-properties fo:margin-top="0.5cm" fo:margin-bottom="0.25cm" fo:keep-with-next="always" fo:text-align="start"/><style:text-properties fo:font-size="17pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="H2" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="2">
  <style:paragraph-properties fo:margin-top="0.4cm" fo:margin-bottom="0.2cm" fo:keep-with-next="always" fo:text-align="start"/><style:text-properties fo:font-size="13.5pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="H3" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="3">
  <style:paragraph-properties fo:margin-top="0.3cm" fo:margin-bottom="0.15cm" fo:keep-with-next="always" fo:text-align="start"/><style:text-properties fo:font-size="11.5pt" fo:font-weight="bold" fo:font-style="italic"/></style:style>
 <style:style style:name="Furniture" style:family="paragraph"><style:paragraph-properties fo:text-align="{furniture_align}" style:writing-mode="{writing}"/><style:text-properties fo:font-size="8.5pt" fo:color="#555555"/></style:style>
 <style:style style:name="Quote" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="14pt" fo:font-style="italic" fo:color="#1f4e79"/></style:style>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="PL"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" fo:margin-left="2.2cm" fo:margin-right="2.2cm" style:writing-mode="{writing}">{columns}</style:page-layout-properties>
  <style:header-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.6cm"/></style:header-style>
  <style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.6cm"/></style:footer-style></style:page-layout>
 <style:style style:name="QuoteFrame" style:family="graphic"><style:graphic-properties style:wrap="parallel" style:number-wrapped-paragraphs="no-limit" fo:border-top="1.5pt solid #1f4e79" fo:border-bottom="1.5pt solid #1f4e79" fo:border-left="none" fo:border-right="none" fo:padding="0.2cm" fo:margin-left="0.4cm" style:horizontal-pos="right" style:horizontal-rel="paragraph" style:vertical-pos="top" style:vertical-rel="paragraph"/></style:style>
 <style:style style:name="SidebarTitle" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.1cm" fo:text-align="start"/><style:text-properties style:font-name="Liberation Sans" fo:font-size="9.5pt" fo:font-weight="bold"/></style:style>
 <style:style style:name="SidebarText" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.1cm" fo:text-align="start"/><style:text-properties style:font-name="Liberation Sans" fo:font-size="8.5pt"/></style:style>
 <style:style style:name="SidebarFrame" style:family="graphic"><style:graphic-properties style:wrap="parallel" style:number-wrapped-paragraphs="no-limit" fo:border="0.5pt solid #7f7f7f" fo:background-color="#eeeeee" fo:padding="0.2cm" fo:margin-left="0.4cm" style:horizontal-pos="right" style:horizontal-rel="paragraph" style:vertical-pos="top" style:vertical-rel="paragraph"/></style:style>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="PL">
 <style:header><text:p text:style-name="Furniture">{header}</text:p></style:header>
 <style:footer><text:p text:style-name="Furniture">{footer}</text:p></style:footer>
</style:master-page></office:master-styles>
<office:body><office:text>
{body}
</office:text></office:body></office:document>
'''


def libreoffice_report(out, name, blocks, lang, header, footer_label, font='Liberation Serif', columns=1,
                       quote=None, align='justify', right_to_left=False, sidebars=None):
    """A LibreOffice Writer report from a flat ODF file: header text and a footer 'LABEL N / M' (page number and
    count fields) on every page, headings with outline levels (exported as bookmarks and, in the tagged PDF, as
    H1..H3), optionally page columns and a pull quote: a framed sentence of the body shown again beside the
    paragraph at index quote (the quote is not part of the known text: it is the same words again). Right to left:
    paragraphs and page in writing mode rl-tb, so columns run from the right. sidebars maps a paragraph's index to
    (title, text): a grey framed box 5.5 cm wide at the right of that paragraph, anchored to it and wrapped by it,
    holding a bold title and a paragraph in smaller sans type (automatic styles: LibreOffice does not apply the
    common styles of office:styles inside a frame's text box); the known text has the title and the text as blocks
    of their own right after that paragraph."""
    sidebars = sidebars or {}
    body = []
    known = []
    for index, (level, text) in enumerate(blocks):
        known.append((level, text))
        if level:
            body.append('<text:h text:style-name="H%d" text:outline-level="%d">%s</text:h>' % (level, level, html.escape(text)))
            continue
        frame = ''
        if index in sidebars:
            title, aside = sidebars[index]
            frame = ('<draw:frame draw:style-name="SidebarFrame" draw:name="Sidebar%d" text:anchor-type="paragraph" '
                     'svg:width="5.5cm" draw:z-index="0"><draw:text-box fo:min-height="1cm">'
                     '<text:p text:style-name="SidebarTitle">%s</text:p><text:p text:style-name="SidebarText">%s</text:p>'
                     '</draw:text-box></draw:frame>') % (index, html.escape(title), html.escape(aside))
            known.extend([(0, title), (0, aside)])
        if quote is not None and index == quote:
            sentence = text.split('. ')[0].rstrip('.') + '.'
            frame = ('<draw:frame draw:style-name="QuoteFrame" draw:name="PullQuote" text:anchor-type="paragraph" '
                     'svg:width="6.5cm" draw:z-index="0"><draw:text-box fo:min-height="2cm">'
                     '<text:p text:style-name="Quote">%s</text:p></draw:text-box></draw:frame>') % html.escape(sentence)
        body.append('<text:p text:style-name="Standard">%s%s</text:p>' % (frame, html.escape(text)))
    document = (FODT.replace('{font}', font).replace('{lang}', lang).replace('{align}', align)
                .replace('{furniture_align}', 'end').replace('{writing}', 'rl-tb' if right_to_left else 'lr-tb')
                .replace('{columns}', '<style:columns fo:column-count="%d" fo:column-gap="0.8cm"/>' % columns if columns > 1 else '')
                .replace('{header}', html.escape(header))
                .replace('{footer}', '%s <text:page-number text:select-page="current">1</text:page-number> / '
                         '<text:page-count>1</text:page-count>' % html.escape(footer_label))
                .replace('{body}', '\n'.join(body)))
    export = ('pdf:writer_pdf_Export:{"UseTaggedPDF":{"type":"boolean","value":"true"},'
              '"ExportBookmarks":{"type":"boolean","value":"true"}}')
    with tempfile.TemporaryDirectory() as work:
        source = os.path.join(work, name + '.fodt')
        open(source, 'w', encoding='utf-8').write(document)
        subprocess.run(['soffice', '--headless', '--convert-to', export, '--outdir', work, source], check=True,
                       capture_output=True)
        shutil.copy(os.path.join(work, name + '.pdf'), os.path.join(out, name + '.pdf'))
    write_known(out, name, known)
    write_furniture(out, name, [re.escape(header), r'^%s \d+ / \d+$' % re.escape(footer_label)])


def first_words(text, count):
    """The first sentence of a block, cut after `count` words (a margin note or sidebar is short)."""
    words = text.split('. ')[0].rstrip('.').split()
    return ' '.join(words[:count]) + '.'


def latex_marginpar(out, name, blocks, notes, figure_after, caption, header_left, header_right):
    """pdfLaTeX one-column report (article 11pt, geometry: 110 mm text, 50 mm margin notes, the default
    marginparsep of 10 pt, 25 mm top and bottom margins), justified with hyphenation, fancyhdr header and centred
    page number. notes maps a
    paragraph's index to a note, set with \\marginpar in \\small after the paragraph's first sentence, so that the
    note starts beside a line of that paragraph; the known text has the note as a block of its own right after
    that paragraph. After the paragraph at index figure_after: an empty framed box and its caption 'Figure 1:
    ...', not floating, so it stays where it is in the known text."""
    blocks = [(level, tex_safe(text)) for level, text in blocks]

    def escape(text):
        return ''.join(LATEX_SPECIAL.get(c, c) for c in text)
    commands = {1: 'section', 2: 'subsection', 3: 'subsubsection'}
    body = []
    known = []
    for index, (level, text) in enumerate(blocks):
        if level:
            body.append('\\%s*{%s}' % (commands[level], escape(text)))
            known.append((level, text))
            continue
        source = escape(text)
        if index in notes:
            first, dot, rest = source.partition('. ')
            source = '%s%s\\marginpar{\\small %s} %s' % (first, dot.rstrip(), escape(notes[index]), rest)
        body.append(source + '\n')
        known.append((0, text))
        if index in notes:
            known.append((0, tex_safe(notes[index])))
        if index == figure_after:
            body.append('\\begin{center}\\fbox{\\rule{0pt}{35mm}\\rule{70mm}{0pt}}\\par\\medskip\\makeatletter'
                        '\\def\\@captype{figure}\\makeatother\\caption{%s}\\end{center}\n' % escape(caption))
            known.append((0, 'Figure 1: ' + tex_safe(caption)))
    source = ('\\documentclass[11pt]{article}\n\\usepackage[T1]{fontenc}\n\\usepackage{lmodern}\n'
              '\\usepackage[utf8]{inputenc}\n\\usepackage[a4paper,textwidth=110mm,marginparwidth=50mm,left=25mm,vmargin=25mm]{geometry}\n'
              '\\usepackage{fancyhdr}\n\\pagestyle{fancy}\n\\fancyhf{}\n'
              '\\fancyhead[L]{%s}\n\\fancyhead[R]{%s}\n\\fancyfoot[C]{\\thepage}\n'
              '\\begin{document}\n%s\n\\end{document}\n') % (escape(header_left), escape(header_right), '\n'.join(body))
    make_latex(out, name, source, known, header_left, header_right)
