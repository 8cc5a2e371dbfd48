#!/usr/bin/env python3
"""Rebuild the p*/b*/w*.txt files of the eighth held-out set from the hand copies in build/src/.

Needs w3m, lynx, pandoc, pdftotext on PATH and (in the running interpreter) html2text, reportlab, pymupdf,
pdfminer.six. Prints a sha256 prefix per file so two runs can be compared. Everything this script adds to the
copied texts (mastheads, page header lines, jump lines, contents, distribution lists, HTML page chrome) is
invented furniture, named in SOURCES.md."""
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
from cq_items import ITEMS as CQ  # noqa: E402
from wz_items import ITEMS as WZ  # noqa: E402

WZ_BY_KEY = {it['key']: it for it in WZ}


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


# ---------------------------------------------------------------- a two-page newspaper spread (WZ, assembled)
PAPER = dict(name='瓯南新闻', date='2011年10月12日　星期三')
JUMP_OUT, JUMP_IN = '（下转第2版）', '（上接第1版）'
# (page, page name, [(key, paragraph slice)]); the lead story jumps from page 1 to page 2 after 2 paragraphs
SPREAD = [
    (1, '要闻', [('hsl', slice(0, 2)), ('gg', None), ('lg', None), ('xmj', None)]),
    (2, '综合', [('hsl', slice(2, None)), ('my', None), ('dy', None), ('lq', None), ('hbk', None)]),
]


def spread():
    """Yield (page, page name, item, paragraphs, kind) with kind 'start', 'jump-out' or 'jump-in'."""
    for page, pname, entries in SPREAD:
        for key, sl in entries:
            it = WZ_BY_KEY[key]
            paras = it['paras'][sl] if sl else it['paras']
            kind = 'start'
            if sl is not None and sl.start == 0:
                kind = 'jump-out'
            elif sl is not None:
                kind = 'jump-in'
            yield page, pname, it, paras, kind


def page_head(page, pname):
    return '%s　%s　第%d版　%s' % (PAPER['name'], PAPER['date'], page, pname)


def paper_word():
    """A Word/desk copy of the two pages: header line per page, titles, indented paragraphs, jump lines."""
    L, cur = [], None
    for page, pname, it, paras, kind in spread():
        if page != cur:
            if cur is not None:
                L += ['', '―' * 30, '']
            L += [page_head(page, pname), '']
            cur = page
        if kind == 'jump-in':
            L += ['　　' + JUMP_IN + paras[0]] + ['　　' + p for p in paras[1:]] + ['']
            continue
        L += [it['title'], '']
        if it['key'] == 'xmj':
            L += ['［图片］']
        L += ['　　' + p if p not in it.get('heads', ()) else p for p in paras]
        if kind == 'jump-out':
            L += ['　　' + JUMP_OUT]
        L += ['']
    return '\n'.join(L) + '\n'


class NewsPdf:
    """A3 newspaper pages: a header line and rule per page, centred titles, bodies in two columns (CID font
    STSong-Light, as the seventh set; reportlab cannot embed Noto CJK)."""

    def __init__(self, path):
        from reportlab.lib.pagesizes import A3
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.cidfonts import UnicodeCIDFont
        from reportlab.pdfgen import canvas
        pdfmetrics.registerFont(UnicodeCIDFont('STSong-Light'))
        self.F = 'STSong-Light'
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
        for part in wrap(t, 30):
            self.need(size * 1.6)
            self.c.setFont(self.F, size)
            self.c.drawCentredString(self.W / 2, self.y, part)
            self.y -= size * 1.6
        self.y -= 4

    def body(self, paras, heads=(), size=10, width=34, lead=14):
        lines = []
        for p in paras:
            if p in heads:
                lines.append(('h', p))
                continue
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
                    self.c.setFont(self.F, size + (1 if kind == 'h' else 0))
                    self.c.drawString(x0 + (2 * size if kind == 'i' else 0), y, t)
                    y -= lead
            self.y -= half * lead + 18

    def small(self, t, size=9):
        self.need(size * 1.8)
        self.c.setFont(self.F, size)
        self.c.drawRightString(self.W - 50, self.y, t)
        self.y -= size * 2.2

    def save(self):
        self.c.save()


def paper_pdf(path):
    p = NewsPdf(path)
    cur = None
    for page, pname, it, paras, kind in spread():
        if page != cur:
            p.new_page(page_head(page, pname))
            cur = page
        if kind == 'jump-in':
            p.small(JUMP_IN)
            p.body(paras)
            continue
        p.title(it['title'], 16 if it['key'] == 'xmj' else 20)
        p.body(paras, it.get('heads', ()))
        if kind == 'jump-out':
            p.small(JUMP_OUT)
    p.save()


# ---------------------------------------------------------------- a town government-affairs bulletin (WZ, assembled)
BUL = dict(name='钱库镇政务信息', no='2011年第9期（总第57期）', org='钱库镇党政办公室　编', date='2011年12月5日')
BUL_SECTIONS = [('工作动态', ['gh', 'wz', 'yh']), ('文化钱库', ['lf']), ('公告', ['zp'])]
NUM = '一二三四五六七八九十'


def bul_items():
    n = 0
    for sec, keys in BUL_SECTIONS:
        for k in keys:
            yield sec, NUM[n], WZ_BY_KEY[k]
            n += 1


def bul_sign(it):
    return it.get('sign', [])


def bul_word():
    """Word 'save as text': spaced masthead, 本期目录 with numbered titles, 【section】 heads, ideographic
    indents, a right-aligned sign-off for the notice, 报/送/发 block."""
    L = ['政　务　信　息', '', BUL['no'], '', BUL['org'] + '　　　　　　' + BUL['date'], '═' * 28, '', '本期目录', '']
    for sec, num, it in bul_items():
        L.append('　　%s、%s' % (num, it['title']))
    L += ['', '═' * 28, '']
    last = None
    for sec, num, it in bul_items():
        if sec != last:
            L += ['【%s】' % sec, '']
            last = sec
        L += [it['title'], '']
        L += ['　　' + p for p in it['paras']]
        L += ['　' * 16 + s for s in bul_sign(it)]
        L += ['']
    L += ['═' * 28, '报：县委办、县府办', '送：镇党政领导班子成员', '发：各村（社区）、镇属各单位　　　　　　（共印60份）', '']
    return '\n'.join(L)


def bul_wrapped():
    """A copy hard-wrapped at 38 characters: numbered titles 「一、…」, paragraphs indented once."""
    L = ['%s　%s' % (BUL['name'], BUL['no']), '%s　%s' % (BUL['org'], BUL['date']), '']
    last = None
    for sec, num, it in bul_items():
        if sec != last:
            L += ['〖%s〗' % sec, '']
            last = sec
        L += ['%s、%s' % (num, it['title']), '']
        for p in it['paras']:
            L += wrap('　　' + p, 38)
        L += bul_sign(it)
        L += ['']
    L += ['（共印60份）', '']
    return '\n'.join(L)


def bul_html(path):
    """A town web site's page for the issue (page chrome invented)."""
    e = html.escape
    B = ['<!DOCTYPE html><html><head><meta charset="utf-8"><title>%s（%s）_钱库镇人民政府</title></head><body>'
         % (e(BUL['name']), e(BUL['no'])),
         '<div class="nav"><a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwxx/">政务信息</a></div>',
         '<h1>%s（%s）</h1>' % (e(BUL['name']), e(BUL['no'])),
         '<div class="info">发布时间：2011-12-05　来源：%s　浏览次数：216</div>' % e(BUL['org'].replace('　编', '')),
         '<div class="content">']
    last = None
    for sec, num, it in bul_items():
        if sec != last:
            B.append('<h2>【%s】</h2>' % e(sec))
            last = sec
        B.append('<h3>%s</h3>' % e(it['title']))
        B += ['<p>%s</p>' % e(p) for p in it['paras']]
        B += ['<p style="text-align:right">%s</p>' % e(s) for s in bul_sign(it)]
    B += ['</div>', '<div class="tools">【<a href="#">打印本页</a>】【<a href="#">关闭窗口</a>】</div>',
          '<div class="foot">主办：钱库镇人民政府　技术支持：信息中心</div></body></html>']
    with open(path, 'w', encoding='utf-8') as f:
        f.write('\n'.join(B))


def bul_pdf(path):
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
        c.drawCentredString(W / 2, 30, '— %d —' % st['page'])

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

    line('政务信息', 30, centre=True, lead=44)
    line(BUL['no'], 12, centre=True)
    c.setFont(F, 11)
    c.drawString(60, st['y'], BUL['org'])
    c.drawRightString(W - 60, st['y'], BUL['date'])
    st['y'] -= 10
    c.line(60, st['y'], W - 60, st['y'])
    st['y'] -= 26
    last = None
    for sec, num, it in bul_items():
        if sec != last:
            line('【%s】' % sec, 13)
            last = sec
        st['y'] -= 6
        for t in wrap(it['title'], 24):
            line(t, 15, centre=True, lead=24)
        for p in it['paras']:
            first = True
            for t in [p[:32]] + wrap(p[32:], 34) if len(p) > 32 else [p]:
                if t:
                    line(t, 12, x=84 if first else 60, lead=20)
                first = False
        for s in bul_sign(it):
            line(s, 12, right=True, lead=20)
    st['y'] -= 10
    c.line(60, st['y'], W - 60, st['y'])
    st['y'] -= 20
    line('报：县委办、县府办　　送：镇党政领导班子成员', 11)
    line('发：各村（社区）、镇属各单位　　　　　　（共印60份）', 11)
    foot()
    c.save()


# ---------------------------------------------------------------- two news web pages (CQ, page chrome invented)
def cq_html(it, path):
    e = html.escape
    B = ['<!DOCTYPE html><html><head><meta charset="utf-8"><title>%s_新闻中心</title></head><body>' % e(it['title']),
         '<div class="top"><a href="/">首页</a> | <a href="/news/">新闻</a> | <a href="/gn/">国内</a> | '
         '<a href="/gj/">国际</a> | <a href="/app/">客户端</a></div>',
         '<div class="crumb">新闻中心 &gt; 正文</div>',
         '<h1>%s</h1>' % e(it['title']),
         '<div class="meta">%s 14:48</div>' % it['date'],
         '<div class="article">']
    if it.get('orig'):
        B.append('<p>%s</p>' % e(it['orig']))
    for p in it['paras']:
        if it.get('bold') and it['bold'] in p:
            a, b = p.split(it['bold'], 1)
            B.append('<p>%s<b>%s</b>%s</p>' % (e(a), e(it['bold']), e(b)))
        elif it.get('dateline') and p.startswith(it['dateline']):
            B.append('<p><b>%s</b>%s</p>' % (e(it['dateline']), e(p[len(it['dateline']):])))
        else:
            B.append('<p>%s</p>' % e(p))
    if it.get('related'):
        B.append('<p><b>相关新闻</b></p>')
        B += ['<p>%s</p>' % e(r) for r in it['related']]
    if it.get('editor'):
        B.append('<p class="show_author" style="text-align:right">%s</p>' % e(it['editor']))
    if it.get('keywords'):
        B.append('<p><label>关键字 :&nbsp;</label>%s</p>' % e(it['keywords']))
    B += ['</div>', '<div class="share">分享到：微博 微信 QQ空间</div>',
          '<div class="foot">关于我们 | 联系方式 | 版权声明</div></body></html>']
    with open(path, 'w', encoding='utf-8') as f:
        f.write('\n'.join(B))


def main():
    pdf = os.path.join(HERE, 'onxw_20111012_p1-2.pdf')
    paper_pdf(pdf)
    write('p01_onxw_20111012_p1-2_pdftotext.txt', run(['pdftotext', pdf, '-']))
    write('p02_onxw_20111012_p1-2_pdftotext-layout_utf16le_crlf.txt', run(['pdftotext', '-layout', pdf, '-']),
          enc='utf-16le', crlf=True)
    write('p03_onxw_20111012_p1-2_pymupdf.txt', pymupdf_text(pdf))
    write('p04_onxw_20111012_p1-2_pdfminer_gb18030.txt', pdfminer_text(pdf), enc='gb18030')
    write('p05_onxw_20111012_p1-2_word_crlf.txt', paper_word(), crlf=True)

    write('b01_qkzwxx_2011n9_word_utf8bom.txt', bul_word(), bom=True)
    write('b02_qkzwxx_2011n9_wrapped38_gb18030_crlf.txt', bul_wrapped(), enc='gb18030', crlf=True)
    page = os.path.join(HERE, 'src', 'qkzwxx_2011n9.html')
    bul_html(page)
    write('b03_qkzwxx_2011n9_webpage_w3m.txt', w3m(page))
    pdf = os.path.join(HERE, 'qkzwxx_2011n9.pdf')
    bul_pdf(pdf)
    write('b04_qkzwxx_2011n9_pdftotext_utf16le_crlf.txt', run(['pdftotext', pdf, '-']), enc='utf-16le', crlf=True)

    by = {it['key']: it for it in CQ}
    page = os.path.join(HERE, 'src', 'cq_szc.html')
    cq_html(by['szc'], page)
    write('w01_cq_szc_20180213_lynx.txt', lynx(page))
    write('w02_cq_szc_20180213_html2text_gb18030_crlf.txt', html2text_md(page), enc='gb18030', crlf=True)
    page = os.path.join(HERE, 'src', 'cq_css.html')
    cq_html(by['css'], page)
    write('w03_cq_css_20180213_pandoc_utf16le_crlf.txt', pandoc(page), enc='utf-16le', crlf=True)


if __name__ == '__main__':
    main()
