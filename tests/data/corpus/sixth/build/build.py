#!/usr/bin/env python3
"""Rebuild the s*.txt files of the sixth held-out set from the byte copies in build/src/.

Needs w3m, lynx, pandoc, pdftotext on PATH and (in the running interpreter) beautifulsoup4, html2text,
reportlab, pymupdf. Prints a sha256 prefix per file so two runs can be compared."""
import hashlib
import os
import re
import subprocess
import sys

from bs4 import BeautifulSoup

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, 'src')
OUT = os.path.dirname(HERE)
sys.path.insert(0, SRC)
from ztlj_items import ITEMS  # noqa: E402


def src(name):
    return os.path.join(SRC, name)


def run(cmd, data=None):
    return subprocess.run(cmd, input=data, capture_output=True, check=True).stdout.decode('utf-8')


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


# ---------------------------------------------------------------- the 中条林局 bulletin (assembled)
ISSUE = dict(top='“改革创新、奋发有为”大讨论', name='简　　报', no='第4期',
             org='中共山西省中条山国有林管理局委员会办公室', date='2019年7月5日')
SECTIONS = [('局党委动态', ITEMS[:1]), ('基层党建', ITEMS[1:])]


def signoff(it):
    return '（%s）' % it['author']


def ztlj_word():
    """Word 'save as plain text': one line per paragraph, ideographic indents, no wrapping."""
    L = [ISSUE['top'], ISSUE['name'], '', ISSUE['no'], '',
         ISSUE['org'] + '　　　　' + ISSUE['date'], '━' * 30, '', '本期目录']
    n = 0
    for _, items in SECTIONS:
        for it in items:
            n += 1
            L.append('%d．%s' % (n, it['title']))
    L.append('')
    for sec, items in SECTIONS:
        L += ['【%s】' % sec, '']
        for it in items:
            L += [it['title'], '']
            L += ['　　' + p for p in it['paras']]
            L += ['　　' + signoff(it), '']
    L += ['━' * 30, '报：省林业和草原局党组', '送：局党委班子成员', '发：局属各党支部　　　　　　　　（共印30份）', '']
    return '\n'.join(L)


def ztlj_markdown():
    L = ['# %s%s（%s）' % (ISSUE['top'], ISSUE['name'].replace('　', ''), ISSUE['no']), '',
         '%s　%s' % (ISSUE['org'], ISSUE['date']), '']
    for sec, items in SECTIONS:
        L += ['## %s' % sec, '']
        for it in items:
            L += ['### %s' % it['title'], '']
            for p in it['paras']:
                L += [p, '']
            L += ['（%s）' % it['author'], '']
    L += ['---', '', '报：省林业和草原局党组　送：局党委班子成员　发：局属各党支部', '']
    return '\n'.join(L)


def wrap(text, width):
    return [text[i:i + width] for i in range(0, len(text), width)] or ['']


def ztlj_pdf(path):
    """A4, CID font STSong-Light; titles wrap at 24, paragraphs at 36 characters; footer - N -."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas
    pdfmetrics.registerFont(UnicodeCIDFont('STSong-Light'))
    F = 'STSong-Light'
    W, H = A4
    c = canvas.Canvas(path, pagesize=A4, invariant=1)
    page = [1]
    y = [H - 60]

    def foot():
        c.setFont(F, 10)
        c.drawCentredString(W / 2, 30, '- %d -' % page[0])

    def need(h):
        if y[0] - h < 60:
            foot()
            c.showPage()
            page[0] += 1
            y[0] = H - 60

    def line(t, size=12, x=60, centre=False, lead=None):
        lead = lead or size * 1.7
        need(lead)
        c.setFont(F, size)
        if centre:
            c.drawCentredString(W / 2, y[0], t)
        else:
            c.drawString(x, y[0], t)
        y[0] -= lead

    line(ISSUE['top'], 16, centre=True)
    line(ISSUE['name'], 26, centre=True, lead=40)
    line(ISSUE['no'], 12, centre=True)
    c.setFont(F, 11)
    c.drawString(60, y[0], ISSUE['org'])
    c.drawRightString(W - 60, y[0], ISSUE['date'])
    y[0] -= 10
    c.line(60, y[0], W - 60, y[0])
    y[0] -= 26
    for sec, items in SECTIONS:
        line('【%s】' % sec, 13)
        for it in items:
            y[0] -= 6
            for t in wrap(it['title'], 24):
                line(t, 15, centre=True, lead=24)
            for p in it['paras']:
                first = True
                for t in wrap(p, 34):
                    line(t, 12, x=84 if first else 60, lead=20)
                    first = False
            line(signoff(it), 12, x=84, lead=20)
    y[0] -= 10
    need(80)
    c.line(60, y[0], W - 60, y[0])
    y[0] -= 20
    line('报：省林业和草原局党组', 11)
    line('送：局党委班子成员', 11)
    line('发：局属各党支部　　　　　　　　（共印30份）', 11)
    foot()
    c.save()


def pymupdf_text(path):
    import fitz
    doc = fitz.open(path)
    return ''.join(p.get_text() for p in doc)


# ---------------------------------------------------------------- a clippings digest (assembled)
DIGEST = [  # (html, title, source, date, byline line or None, first body line marker, stop marker)
    ('myzd_2944bd01_fragment.html', '点点滴滴民生情', '江西日报', '2015年12月13日', '郭华平 黄晓平 本报记者 鄢朝晖',
     '喝上干净水', '时间：'),
    ('gne_163_6.html', '男孩因不想上补习班 写"救命啊"纸团抛出引来警察', '华龙网', '2019年9月9日', None,
     '华龙网-新重庆客户端讯', '本文来源'),
    ('gne_sina_2.html', '60万"12306账号"外泄? 中铁总辟谣称消息不实', '新京报', '2018年12月28日', None,
     '新京报快讯', '责任编辑'),
    ('gne_toutiao_4.html', '较强冷空气来袭 全国多地开启“抖抖抖”模式', '中国网', '2019年11月25日', None,
     '综合消息', '湖北'),
    ('gne_thepaper_3.html', '新年伊始，习近平的重要文章谈了啥？', '新华社', '2020年1月3日', None,
     '【编前语】', '(本文来自澎湃新闻'),
]
SKIP = ('供图', '资料图：', '较强冷空气来袭全国多地开启')


def body_lines(html, start, stop):
    """Visible text lines of the page from the line holding `start` up to the line holding `stop`,
    photo captions and the headline repeated as picture text left out."""
    lines = [x.strip() for x in bs4_text(src(html)).split('\n')]
    lines = [x for x in lines if x]
    i = next(k for k, x in enumerate(lines) if start in x)
    j = next(k for k in range(i, len(lines)) if lines[k] == stop or lines[k].startswith(stop))
    return [x for x in lines[i:j] if not any(s in x for s in SKIP)]


def digest(blank=True):
    L = ['媒体报道摘编', '2020年第1期', '2020年1月6日', '']
    for html, title, source, date, by, start, stop in DIGEST:
        L.append(('◆' if not blank else '') + title)
        L.append('（来源：%s　%s）' % (source, date))
        if by:
            L.append(by)
        L += ['　　' + x for x in body_lines(html, start, stop)]
        if blank:
            L.append('')
    if not blank:
        L.append('')
    return '\n'.join(L)


def main():
    g = {k: src('gne_%s.html' % k) for k in ('ifeng_2', '163_6', 'sina_2', 'thepaper_3', 'toutiao_4')}
    write('s01_ifeng_xinhua_chenliqun_20190909_w3m.txt', w3m(g['ifeng_2']))
    write('s02_ifeng_xinhua_chenliqun_20190909_html2text_utf8bom.txt', html2text_md(g['ifeng_2']), bom=True)
    write('s03_163_hualong_shapingba_20190909_lynx_gb18030_crlf.txt', lynx(g['163_6']), enc='gb18030', crlf=True)
    write('s04_163_hualong_shapingba_20190909_bs4.txt', bs4_text(g['163_6']))
    write('s05_sina_bjnews_12306_20181228_pandoc_utf16le_crlf.txt', pandoc(g['sina_2']), enc='utf-16le', crlf=True)
    write('s06_sina_bjnews_12306_20181228_w3m_gb18030.txt', w3m(g['sina_2']), enc='gb18030')
    write('s07_thepaper_xinhua_qiushi_20200103_html2text.txt', html2text_md(g['thepaper_3']))
    write('s08_toutiao_chinanet_coldwave_20191125_w3m_crlf.txt', w3m(g['toutiao_4']), crlf=True)
    frag = src('myzd_2944bd01_fragment.html')
    write('s09_jxrb_dingnan_20151213_fragment_w3m.txt', w3m(frag))
    write('s10_jxrb_dingnan_20151213_fragment_pandoc_gb18030_crlf.txt', pandoc(frag), enc='gb18030', crlf=True)
    write('s11_ztlj_dataolun_2019n4_word_gb18030_crlf.txt', ztlj_word(), enc='gb18030', crlf=True)
    pdf = os.path.join(HERE, 'ztlj_dataolun_2019n4.pdf')
    ztlj_pdf(pdf)
    write('s12_ztlj_dataolun_2019n4_pdftotext.txt', run(['pdftotext', pdf, '-']))
    write('s13_ztlj_dataolun_2019n4_pdftotext-layout_utf16le_crlf.txt', run(['pdftotext', '-layout', pdf, '-']),
          enc='utf-16le', crlf=True)
    write('s14_ztlj_dataolun_2019n4_pymupdf_utf8bom.txt', pymupdf_text(pdf), bom=True)
    write('s15_ztlj_dataolun_2019n4_markdown.txt', ztlj_markdown())
    write('s16_digest_mtbd_2020n1_word.txt', digest())
    write('s17_digest_mtbd_2020n1_lines_gb18030_crlf.txt', digest(blank=False), enc='gb18030', crlf=True)


if __name__ == '__main__':
    main()
