#!/usr/bin/env python3
"""Rebuild the n*/c*.txt files of the ninth held-out set from the hand copies in build/src/.

Needs w3m, lynx, pandoc, pdftotext on PATH and (in the running interpreter) html2text, reportlab, pymupdf,
pdfminer.six. Prints a sha256 prefix per file so two runs can be compared. Everything this script adds to the
copied texts (mastheads, page header lines, byline placement, collection headers, signature layout, HTML page
chrome) is invented furniture, named in SOURCES.md."""
import hashlib
import html
import math
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, 'src')
OUT = os.path.dirname(HERE)
sys.path.insert(0, SRC)
from hk_items import ITEMS as HK  # noqa: E402
from notice_items import ITEMS as NT  # noqa: E402

HK_BY_KEY = {it['key']: it for it in HK}
UMING = '/usr/share/fonts/truetype/arphic/uming.ttc'


def run(cmd):
    return subprocess.run(cmd, capture_output=True, check=True).stdout.decode('utf-8')


def w3m(path):
    return run(['w3m', '-dump', '-T', 'text/html', '-cols', '80', '-I', 'UTF-8', '-O', 'UTF-8', path])


def lynx(path):
    return run(['lynx', '-dump', '-nolist', '-width=80', '-assume_charset=utf-8', '-display_charset=utf-8', path])


def pandoc(path):
    return run(['pandoc', '-f', 'html', '-t', 'plain', '--columns=80', path])


def html2text_md(path):
    import html2text
    h = html2text.HTML2Text()
    h.body_width = 0
    return h.handle(open(path, encoding='utf-8').read())


def pymupdf_text(path):
    import fitz
    return ''.join(pg.get_text() for pg in fitz.open(path))


def pdfminer_text(path):
    from pdfminer.high_level import extract_text
    return extract_text(path)


def write(name, text, enc='utf-8', bom=False, crlf=False):
    text = text.replace('\r\n', '\n')
    if crlf:
        text = text.replace('\n', '\r\n')
    if enc == 'utf-16le':
        data = b'\xff\xfe' + text.encode('utf-16-le')
    else:
        data = (b'\xef\xbb\xbf' if bom else b'') + text.encode(enc)
    with open(os.path.join(OUT, name), 'wb') as f:
        f.write(data)
    print(hashlib.sha256(data).hexdigest()[:12], len(data), name)


def wrap(text, width):
    return [text[i:i + width] for i in range(0, len(text), width)] or ['']


# ---------------------------------------------------------------- a traditional-character digest paper (HK, assembled)
PAPER = dict(name='港台新聞摘錄', date='2021年4月3日　星期六')
# pages carry numbers only (no page names); (page, [item keys])
PAGES = [(1, ['zg', 'sx']), (2, ['tl', 'tz']), (3, ['ht'])]


def paper_items():
    for page, keys in PAGES:
        for k in keys:
            yield page, HK_BY_KEY[k]


def page_head(page):
    return '%s　第%d版　%s' % (PAPER['name'], page, PAPER['date'])


def paper_word():
    """A desk copy as text: the header line per page, a bare 第N版 line, titles, the byline line, ideographic
    indents, a rule between pages."""
    L, cur = [], None
    for page, it in paper_items():
        if page != cur:
            if cur is not None:
                L += ['', '─' * 30, '']
            L += [page_head(page), '', '第%d版' % page, '']
            cur = page
        L += [it['title'], it['author'], '']
        L += ['　　' + p for p in it['paras']]
        L += ['']
    return '\n'.join(L) + '\n'


def paper_wrapped(width=36):
    """A copy hard-wrapped at `width` characters, paragraphs indented with two ideographic spaces, the page
    number as its own line 「第N版」, no header lines."""
    L, cur = ['%s　%s' % (PAPER['name'], PAPER['date']), ''], None
    for page, it in paper_items():
        if page != cur:
            L += ['第%d版' % page, '']
            cur = page
        L += wrap(it['title'], width) + [it['author'], '']
        for p in it['paras']:
            L += wrap('　　' + p, width)
        L += ['']
    return '\n'.join(L) + '\n'


class NewsPdf:
    """A3 newspaper pages: a header line and rule per page, centred titles, a right-aligned byline, bodies in
    two columns (AR PL UMing, a TrueType CJK font
    from fonts-arphic-uming, embedded as a subset: reportlab cannot embed Noto CJK's CFF outlines, and poppler
    finds no CMap for the MSung-Light CID font)."""

    def __init__(self, path):
        from reportlab.lib.pagesizes import A3
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont
        from reportlab.pdfgen import canvas
        pdfmetrics.registerFont(TTFont('UMing', UMING, subfontIndex=0))
        self.F = 'UMing'
        self.W, self.H = A3
        self.c = canvas.Canvas(path, pagesize=A3, invariant=1)
        self.started = False
        self.head = ''

    def new_page(self, head):
        if self.started:
            self.c.showPage()
        self.started = True
        self.head = head
        self.y = self.H - 50
        self.c.setFont(self.F, 11)
        self.c.drawString(50, self.y, head)
        self.y -= 8
        self.c.line(50, self.y, self.W - 50, self.y)
        self.y -= 36

    def need(self, h):
        if self.y - h < 50:
            self.new_page(self.head)

    def title(self, t, size=20):
        # a long headline is set on several centred lines, broken where the title has an ideographic space
        for part in [q for seg in t.split('　') for q in wrap(seg, 34)]:
            self.need(size * 1.6)
            self.c.setFont(self.F, size)
            self.c.drawCentredString(self.W / 2, self.y, part)
            self.y -= size * 1.6
        self.y -= 4

    def byline(self, t, size=10):
        self.c.setFont(self.F, size)
        self.c.drawRightString(self.W - 50, self.y, t)
        self.y -= size * 2.2

    def body(self, paras, size=10, width=36, lead=14):
        lines = []
        for p in paras:
            first = True
            for t in [p[:width - 2]] + wrap(p[width - 2:], width) if len(p) > width - 2 else [p]:
                if t:
                    lines.append(('i' if first else 'n', t))
                first = False
        colw = (self.W - 100 - 20) / 2
        while lines:
            rows = max(1, int((self.y - 50) // lead))
            if rows < 3:
                self.new_page(self.head)
                continue
            n = min(len(lines), 2 * rows)
            chunk, lines = lines[:n], lines[n:]
            half = math.ceil(len(chunk) / 2)
            for col, part in enumerate((chunk[:half], chunk[half:])):
                y = self.y
                x0 = 50 + col * (colw + 20)
                for kind, t in part:
                    self.c.setFont(self.F, size)
                    self.c.drawString(x0 + (2 * size if kind == 'i' else 0), y, t)
                    y -= lead
            self.y -= half * lead + 40

    def save(self):
        self.c.save()


def paper_pdf(path):
    p = NewsPdf(path)
    cur = None
    for page, it in paper_items():
        if page != cur:
            p.new_page(page_head(page))
            cur = page
        p.title(it['title'], 18)
        p.byline(it['author'])
        p.body(it['paras'])
    p.save()


def paper_html(path):
    """The digest as one web page (chrome invented): <h2> per page number, <h3> titles, an author line,
    the items' own figure captions under an image placeholder."""
    e = html.escape
    B = ['<!DOCTYPE html><html><head><meta charset="utf-8"><title>%s　%s</title></head><body>'
         % (e(PAPER['name']), e(PAPER['date'])),
         '<div class="nav"><a href="/">首頁</a> | <a href="/epaper/">電子報</a> | <a href="/archive/">往期</a></div>',
         '<h1>%s</h1>' % e(PAPER['name']),
         '<div class="info">出版日期：2021-04-03　瀏覽：88</div>']
    cur = None
    for page, it in paper_items():
        if page != cur:
            B.append('<h2>第%d版</h2>' % page)
            cur = page
        B.append('<h3>%s</h3>' % e(it['title']))
        B.append('<p class="author">作者：%s</p>' % e(it['author']))
        for i, p in enumerate(it['paras']):
            B.append('<p>%s</p>' % e(p))
            if i == 0:
                B.append('<figure><img src="img/%s.jpg" alt="圖片"><figcaption>%s</figcaption></figure>'
                         % (it['key'], e(it['captions'][0])))
    B += ['<div class="foot">版權所有　不得轉載</div></body></html>']
    with open(path, 'w', encoding='utf-8') as f:
        f.write('\n'.join(B))


# ---------------------------------------------------------------- a collection of notices (TH/YY/JG, assembled)
COLL = dict(name='政策文件选编', no='第3期', date='2019年2月1日', org='办公室　编印')


def notice_lines(it, right=28):
    """A notice as a Word copy sets it: 文号 line (when it has one), title, addressees flush left, indented
    paragraphs (heads 「一、」 not indented), signature and date pushed right with ideographic spaces."""
    L = []
    if it['docno']:
        L += [it['docno'], '']
    L += [it['title'], '', it['to']]
    for p in it['paras']:
        L.append(p if p[:2] in ('一、', '二、', '三、') else '　　' + p)
    if it['sign']:
        L.append('')
        L += ['　' * max(0, right - len(s)) + s for s in it['sign']]
    return L


def coll_word():
    L = [COLL['name'], '', COLL['no'], '', '%s　　　　%s' % (COLL['org'], COLL['date']), '━' * 26, '']
    for i, it in enumerate(NT):
        if i:
            L += ['', '━' * 26, '']
        L += notice_lines(it)
    L += ['', '━' * 26, '（本期共印发80份）', '']
    return '\n'.join(L)


def coll_pdf(path):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas
    pdfmetrics.registerFont(UnicodeCIDFont('STSong-Light'))
    F = 'STSong-Light'
    W, H = A4
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    st = dict(y=H - 60, page=1)

    def foot():
        c.setFont(F, 10)
        c.drawCentredString(W / 2, 30, '- %d -' % st['page'])

    def line(t, size=12, x=60, centre=False, right=False, lead=None):
        lead = lead or size * 1.7
        if st['y'] - lead < 60:
            foot()
            c.showPage()
            st['page'] += 1
            st['y'] = H - 60
        c.setFont(F, size)
        if centre:
            c.drawCentredString(W / 2, st['y'], t)
        elif right:
            c.drawRightString(W - 60, st['y'], t)
        else:
            c.drawString(x, st['y'], t)
        st['y'] -= lead

    line(COLL['name'], 26, centre=True, lead=40)
    line(COLL['no'], 12, centre=True)
    c.setFont(F, 11)
    c.drawString(60, st['y'], COLL['org'])
    c.drawRightString(W - 60, st['y'], COLL['date'])
    st['y'] -= 10
    c.line(60, st['y'], W - 60, st['y'])
    st['y'] -= 30
    for it in NT:
        if it['docno']:
            line(it['docno'], 12, centre=True, lead=26)
        for t in wrap(it['title'], 24):
            line(t, 15, centre=True, lead=24)
        st['y'] -= 6
        for t in wrap(it['to'], 34):
            line(t, 12, lead=20)
        for p in it['paras']:
            head = p[:2] in ('一、', '二、', '三、')
            first = True
            for t in [p[:32]] + wrap(p[32:], 34) if len(p) > 32 and not head else [p]:
                if t:
                    line(t, 12, x=84 if first and not head else 60, lead=20)
                first = False
        st['y'] -= 6
        for s in it['sign']:
            line(s, 12, right=True, lead=20)
        st['y'] -= 24
    foot()
    c.save()


def coll_html(path):
    """The collection as a government web page (chrome invented): one <h2> per notice, 文号 in a <p>, the
    signature lines right-aligned."""
    e = html.escape
    B = ['<!DOCTYPE html><html><head><meta charset="utf-8"><title>%s（%s）</title></head><body>'
         % (e(COLL['name']), e(COLL['no'])),
         '<div class="nav"><a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/wjxb/">文件选编</a></div>',
         '<h1>%s（%s）</h1>' % (e(COLL['name']), e(COLL['no'])),
         '<div class="info">发布日期：2019-02-01　信息来源：办公室　字号：[大 中 小]</div>',
         '<div class="content">']
    for it in NT:
        if it['docno']:
            B.append('<p style="text-align:center">%s</p>' % e(it['docno']))
        B.append('<h2>%s</h2>' % e(it['title']))
        B.append('<p>%s</p>' % e(it['to']))
        B += ['<p>%s</p>' % e(p) for p in it['paras']]
        B += ['<p style="text-align:right">%s</p>' % e(s) for s in it['sign']]
    B += ['</div>', '<div class="tools">【<a href="#">打印</a>】【<a href="#">关闭</a>】</div>',
          '<div class="foot">主办单位：县人民政府办公室</div></body></html>']
    with open(path, 'w', encoding='utf-8') as f:
        f.write('\n'.join(B))


def main():
    pdf = os.path.join(HERE, 'gtxwzl_20210403_p1-3.pdf')
    paper_pdf(pdf)
    write('n01_gtxwzl_20210403_word_big5hkscs_crlf.txt', paper_word(), enc='big5hkscs', crlf=True)
    write('n02_gtxwzl_20210403_pdftotext_big5.txt', run(['pdftotext', pdf, '-']), enc='cp950')
    write('n03_gtxwzl_20210403_pdftotext-layout_utf8bom.txt', run(['pdftotext', '-layout', pdf, '-']), bom=True)
    write('n04_gtxwzl_20210403_pymupdf_utf16le.txt', pymupdf_text(pdf), enc='utf-16le')
    write('n05_gtxwzl_20210403_pdfminer_gb18030_crlf.txt', pdfminer_text(pdf), enc='gb18030', crlf=True)
    write('n06_gtxwzl_20210403_wrapped36_big5hkscs.txt', paper_wrapped(36), enc='big5hkscs')
    page = os.path.join(HERE, 'src', 'gtxwzl_20210403.html')
    paper_html(page)
    write('n07_gtxwzl_20210403_webpage_w3m.txt', w3m(page))
    write('n08_gtxwzl_20210403_html2text_utf8bom_crlf.txt', html2text_md(page), bom=True, crlf=True)

    write('c01_zcwjxb_2019n3_word_gb18030_crlf.txt', coll_word(), enc='gb18030', crlf=True)
    pdf = os.path.join(HERE, 'zcwjxb_2019n3.pdf')
    coll_pdf(pdf)
    write('c02_zcwjxb_2019n3_pdftotext.txt', run(['pdftotext', pdf, '-']))
    page = os.path.join(HERE, 'src', 'zcwjxb_2019n3.html')
    coll_html(page)
    write('c03_zcwjxb_2019n3_pandoc_utf16le_crlf.txt', pandoc(page), enc='utf-16le', crlf=True)
    write('c04_zcwjxb_2019n3_lynx.txt', lynx(page))


if __name__ == '__main__':
    main()
