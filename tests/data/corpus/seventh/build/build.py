#!/usr/bin/env python3
"""Rebuild the n*/a*/g*.txt files of the seventh held-out set from the byte copies in build/src/.

Needs w3m, lynx, pandoc, pdftotext on PATH and (in the running interpreter) beautifulsoup4, html2text,
reportlab, pymupdf. Prints a sha256 prefix per file so two runs can be compared."""
import hashlib
import os
import subprocess
import sys

from bs4 import BeautifulSoup

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, 'src')
OUT = os.path.dirname(HERE)
sys.path.insert(0, SRC)
from agri_items import ITEMS as AGRI  # noqa: E402
from aiw_items import ITEMS as AIW  # noqa: E402


def src(name):
    return os.path.join(SRC, name)


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


def bs4_text(path):
    soup = BeautifulSoup(open(path, 'rb').read(), 'html.parser')
    for t in soup(['script', 'style']):
        t.decompose()
    return soup.get_text('\n')


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


# ---------------------------------------------------------------- a public-opinion digest (AIW, assembled)
AIW_ISSUE = dict(name='舆情信息摘报', no='2022年第42期（总第318期）', org='市委网信办舆情信息科　编',
                 date='2022年3月3日')
AIW_BY_KEY = {it['key']: it for it in AIW}
AIW_SECTIONS = [('党风廉政', ['lgb']), ('疫情防控', ['hld']), ('社会民生', ['bj', 'ybg']),
                ('基层动态', ['sx', 'hy', 'xn']), ('外媒关注', ['mm'])]


def aiw_sections():
    return [(sec, [AIW_BY_KEY[k] for k in keys]) for sec, keys in AIW_SECTIONS]


def aiw_source(it):
    """A 「（来源：… 时间）」 line is what a digest editor adds; the url and time are the item's own."""
    t = it['time']
    return '（网址：%s　发布时间：%s-%s-%s %s）' % (it['url'], t[:4], t[4:6], t[6:8], t[9:14])


def aiw_word():
    """Word 'save as plain text': one line per paragraph, ideographic indents, table of contents."""
    L = [AIW_ISSUE['name'], '', AIW_ISSUE['no'], '', AIW_ISSUE['org'] + '　　　　　' + AIW_ISSUE['date'],
         '━' * 30, '', '本期要目']
    for sec, items in aiw_sections():
        L.append('【%s】' % sec)
        for it in items:
            L.append('　　' + it['title'])
    L.append('')
    for sec, items in aiw_sections():
        L += ['【%s】' % sec, '']
        for it in items:
            L += [it['title'], '']
            L += ['　　' + p for p in it['paras']]
            L += ['　　' + aiw_source(it), '']
    L += ['━' * 30, '报：市委常委，市人大常委会、市政府、市政协领导', '送：市委办公室，市政府办公室',
          '　　　　　　　　　　　　　　　　　　　　（共印25份）', '']
    return '\n'.join(L)


def aiw_markdown():
    L = ['# %s' % AIW_ISSUE['name'], '', '**%s**' % AIW_ISSUE['no'], '',
         '%s　%s' % (AIW_ISSUE['org'], AIW_ISSUE['date']), '', '---', '']
    for sec, items in aiw_sections():
        L += ['## 【%s】' % sec, '']
        for it in items:
            L += ['### %s' % it['title'], '']
            for p in it['paras']:
                L += [p, '']
            L += ['> ' + aiw_source(it), '']
    L += ['---', '', '报：市委常委，市人大常委会、市政府、市政协领导　送：市委办公室，市政府办公室（共印25份）', '']
    return '\n'.join(L)


def aiw_wrapped():
    """A mail/console copy: hard-wrapped at 36 characters, numbered titles, no indents, no TOC."""
    L = ['%s　%s' % (AIW_ISSUE['name'], AIW_ISSUE['no']), AIW_ISSUE['org'], AIW_ISSUE['date'], '']
    n = 0
    for sec, items in aiw_sections():
        L += ['〓%s〓' % sec, '']
        for it in items:
            n += 1
            L += ['%d.%s' % (n, it['title']), '']
            for p in it['paras']:
                L += wrap(p, 36)
            L += ['']
    L += ['（完）', '']
    return '\n'.join(L)


class Pdf:
    """A4 pages with the CID font STSong-Light (reportlab cannot embed Noto CJK), footer - N -."""

    def __init__(self, path):
        from reportlab.lib.pagesizes import A4
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.cidfonts import UnicodeCIDFont
        from reportlab.pdfgen import canvas
        pdfmetrics.registerFont(UnicodeCIDFont('STSong-Light'))
        self.F = 'STSong-Light'
        self.W, self.H = A4
        self.c = canvas.Canvas(path, pagesize=A4, invariant=1)
        self.page = 1
        self.y = self.H - 60

    def foot(self):
        self.c.setFont(self.F, 10)
        self.c.drawCentredString(self.W / 2, 30, '- %d -' % self.page)

    def need(self, h):
        if self.y - h < 60:
            self.foot()
            self.c.showPage()
            self.page += 1
            self.y = self.H - 60

    def line(self, t, size=12, x=60, centre=False, lead=None):
        lead = lead or size * 1.7
        self.need(lead)
        self.c.setFont(self.F, size)
        if centre:
            self.c.drawCentredString(self.W / 2, self.y, t)
        else:
            self.c.drawString(x, self.y, t)
        self.y -= lead

    def masthead(self, name, no, org, date):
        self.line(name, 26, centre=True, lead=40)
        self.line(no, 12, centre=True)
        self.c.setFont(self.F, 11)
        self.c.drawString(60, self.y, org)
        self.c.drawRightString(self.W - 60, self.y, date)
        self.y -= 10
        self.c.line(60, self.y, self.W - 60, self.y)
        self.y -= 26

    def para(self, p, width=34, size=12):
        first = True
        for t in wrap(p, width):
            self.line(t, size, x=84 if first else 60, lead=20)
            first = False

    def rule(self):
        self.y -= 10
        self.need(80)
        self.c.line(60, self.y, self.W - 60, self.y)
        self.y -= 20

    def save(self):
        self.foot()
        self.c.save()


def aiw_pdf(path):
    p = Pdf(path)
    p.masthead(AIW_ISSUE['name'], AIW_ISSUE['no'], AIW_ISSUE['org'], AIW_ISSUE['date'])
    for sec, items in aiw_sections():
        p.line('【%s】' % sec, 13)
        for it in items:
            p.y -= 6
            for t in wrap(it['title'], 24):
                p.line(t, 15, centre=True, lead=24)
            for q in it['paras']:
                p.para(q)
            t = it['time']
            p.line('（发布时间：%s-%s-%s %s）' % (t[:4], t[4:6], t[6:8], t[9:14]), 10, x=84, lead=18)
    p.rule()
    p.line('报：市委常委，市人大常委会、市政府、市政协领导', 11)
    p.line('送：市委办公室，市政府办公室　　　　　　　（共印25份）', 11)
    p.save()


# ---------------------------------------------------------------- an agricultural work bulletin (AGRI, assembled)
AGRI_ISSUE = dict(top='农业农村工作动态', no='第12期', org='农产品质量安全监管处　编', date='2022年12月15日')
AGRI_BY_KEY = {it['key']: it for it in AGRI}
AGRI_SECTIONS = [('质量安全', ['qh1', 'gx5', 'qh6']), ('品牌建设', ['bs4', 'bs3']), ('保供稳价', ['bs2'])]


def agri_sections():
    return [(sec, [AGRI_BY_KEY[k] for k in keys]) for sec, keys in AGRI_SECTIONS]


def agri_word():
    L = ['工 作 动 态', '', AGRI_ISSUE['top'], AGRI_ISSUE['no'], '',
         AGRI_ISSUE['org'] + '　　　　　　' + AGRI_ISSUE['date'], '―' * 30, '']
    for sec, items in agri_sections():
        L += ['▲%s' % sec, '']
        for it in items:
            L += [it['title'], '']
            L += ['　　' + p for p in it['paras']]
            L += ['']
    L += ['―' * 30, '送：厅领导，厅机关各处室、直属各单位', '']
    return '\n'.join(L)


def agri_lines():
    """One line per block, no blank lines inside the issue, ◆ before each title."""
    L = ['%s（%s）' % (AGRI_ISSUE['top'], AGRI_ISSUE['no']), '%s　%s' % (AGRI_ISSUE['org'], AGRI_ISSUE['date'])]
    for sec, items in agri_sections():
        L.append('【%s】' % sec)
        for it in items:
            L.append('◆' + it['title'])
            L += it['paras']
    L.append('（本期共印40份）')
    return '\n'.join(L) + '\n'


def agri_pdf(path):
    p = Pdf(path)
    p.line(AGRI_ISSUE['top'], 26, centre=True, lead=40)
    p.line(AGRI_ISSUE['no'], 12, centre=True)
    p.c.setFont(p.F, 11)
    p.c.drawString(60, p.y, AGRI_ISSUE['org'])
    p.c.drawRightString(p.W - 60, p.y, AGRI_ISSUE['date'])
    p.y -= 10
    p.c.line(60, p.y, p.W - 60, p.y)
    p.y -= 26
    for sec, items in agri_sections():
        p.line('▲%s' % sec, 13)
        for it in items:
            p.y -= 6
            for t in wrap(it['title'], 22):
                p.line(t, 16, centre=True, lead=26)
            for q in it['paras']:
                p.para(q, width=33)
    p.rule()
    p.line('送：厅领导，厅机关各处室、直属各单位', 11)
    p.save()


def pymupdf_text(path):
    import fitz
    doc = fitz.open(path)
    return ''.join(pg.get_text() for pg in doc)


def main():
    # web pages (GNE sdist fixtures), whole page given to the tool
    write('n01_163_police_fraud_20190907_w3m.txt', w3m(src('gne_163_5.html')))
    write('n02_163_police_fraud_20190907_html2text_gb18030_crlf.txt', html2text_md(src('gne_163_5.html')),
          enc='gb18030', crlf=True)
    write('n03_njxfhn_jiangmen_fraud_20190911_lynx.txt', lynx(src('gne_njxfhn_1.html')))
    write('n04_sina_hk_chentongjia_20191023_pandoc_utf16le_crlf.txt', pandoc(src('gne_sina_5.html')),
          enc='utf-16le', crlf=True)
    write('n05_sina_hk_chentongjia_20191023_bs4_utf8bom.txt', bs4_text(src('gne_sina_5.html')), bom=True)
    write('n06_toutiao_wangyong_20200309_w3m_gb18030.txt', w3m(src('gne_toutiao_5.html')), enc='gb18030')
    write('n07_guancha_chips_20190907_html2text.txt', html2text_md(src('gne_guancha_2.html')))
    write('n08_ifeng_girl_eye_20191125_lynx_crlf.txt', lynx(src('gne_ifeng_1.html')), crlf=True)
    # the digest
    write('a01_yqzb_2022n42_word_gb18030_crlf.txt', aiw_word(), enc='gb18030', crlf=True)
    pdf = os.path.join(HERE, 'yqzb_2022n42.pdf')
    aiw_pdf(pdf)
    write('a02_yqzb_2022n42_pdftotext.txt', run(['pdftotext', pdf, '-']))
    write('a03_yqzb_2022n42_pdftotext-layout_utf16le_crlf.txt', run(['pdftotext', '-layout', pdf, '-']),
          enc='utf-16le', crlf=True)
    write('a04_yqzb_2022n42_markdown_utf8bom.txt', aiw_markdown(), bom=True)
    write('a05_yqzb_2022n42_wrapped36.txt', aiw_wrapped())
    # the agricultural bulletin
    write('g01_nyncdt_2022n12_word_utf16le_crlf.txt', agri_word(), enc='utf-16le', crlf=True)
    pdf = os.path.join(HERE, 'nyncdt_2022n12.pdf')
    agri_pdf(pdf)
    write('g02_nyncdt_2022n12_pymupdf.txt', pymupdf_text(pdf))
    write('g03_nyncdt_2022n12_lines_gb18030.txt', agri_lines(), enc='gb18030')


if __name__ == '__main__':
    main()
