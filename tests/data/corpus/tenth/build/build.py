#!/usr/bin/env python3
"""Rebuild the *.txt files of the tenth held-out set from the hand copies in build/src/items.py.

Needs w3m, lynx, pandoc, pdftotext on PATH and (in the running interpreter) html2text, reportlab, pymupdf.
Prints a sha256 prefix per file so two runs can be compared. Everything this script adds to the copied texts
(bulletin names, issue numbers, dates of issues, section names, 编者按, distribution blocks, web-page chrome,
WeChat furniture, OCR noise) is invented furniture, named in SOURCES.md."""
import hashlib
import html
import os
import random
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, 'src')
OUT = os.path.dirname(HERE)
sys.path.insert(0, SRC)
import items  # noqa: E402

UMING = '/usr/share/fonts/truetype/arphic/uming.ttc'
NUM = '一二三四五六七八九十'


def run(cmd):
    return subprocess.run(cmd, capture_output=True, check=True).stdout.decode('utf-8')


def w3m(path):
    return run(['w3m', '-dump', '-T', 'text/html', '-cols', '80', '-I', 'UTF-8', '-O', 'UTF-8', path])


def lynx(path):
    return run(['lynx', '-dump', '-nolist', '-width=80', '-assume_charset=utf-8', '-display_charset=utf-8', path])


def pandoc_md(path):
    return run(['pandoc', '-f', 'html', '-t', 'markdown', '--wrap=none', path])


def html2text_md(path):
    import html2text
    h = html2text.HTML2Text()
    h.body_width = 0
    return h.handle(open(path, encoding='utf-8').read())


def pymupdf_text(path):
    import fitz
    return ''.join(pg.get_text() for pg in fitz.open(path))


def write(name, text, enc='utf-8', bom=False, crlf=False, raw=None):
    if raw is None:
        text = text.replace('\r\n', '\n')
        if crlf:
            text = text.replace('\n', '\r\n')
        if enc == 'utf-16le':
            data = b'\xff\xfe' + text.encode('utf-16-le')
        else:
            data = (b'\xef\xbb\xbf' if bom else b'') + text.encode(enc)
    else:
        data = raw
    with open(os.path.join(OUT, name), 'wb') as f:
        f.write(data)
    print(hashlib.sha256(data).hexdigest()[:12], len(data), name)


def wrap(text, width):
    return [text[i:i + width] for i in range(0, len(text), width)] or ['']


def title_lines(t, width=26):
    """A long title set on two lines the way a typesetter breaks it: after the last 「,」 「:」 or 「|」 that
    leaves the first line within `width`."""
    if len(t) <= width:
        return [t]
    cut = max(t.rfind(c, 0, width) for c in ',:|，：')
    cut = cut + 1 if cut > 0 else width
    return [t[:cut]] + title_lines(t[cut:], width)


# ---------------------------------------------------------------- a PDF writer shared by the typeset issues
class Pdf:
    """A4 pages, one font; lines centred, right-aligned or flush left, wrapped by character count; a folio."""

    def __init__(self, path, font='uming'):
        from reportlab.lib.pagesizes import A4
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfgen import canvas
        if font == 'uming':
            from reportlab.pdfbase.ttfonts import TTFont
            pdfmetrics.registerFont(TTFont('UMing', UMING, subfontIndex=0))
            self.F = 'UMing'
        else:
            from reportlab.pdfbase.cidfonts import UnicodeCIDFont
            pdfmetrics.registerFont(UnicodeCIDFont('STSong-Light'))
            self.F = 'STSong-Light'
        self.W, self.H = A4
        self.c = canvas.Canvas(path, pagesize=A4, invariant=1)
        self.y = self.H - 60
        self.page = 1

    def foot(self):
        self.c.setFont(self.F, 10)
        self.c.drawCentredString(self.W / 2, 30, '- %d -' % self.page)

    def line(self, t, size=12, x=60, centre=False, right=False, lead=None):
        lead = lead or size * 1.7
        if self.y - lead < 60:
            self.foot()
            self.c.showPage()
            self.page += 1
            self.y = self.H - 60
        self.c.setFont(self.F, size)
        if centre:
            self.c.drawCentredString(self.W / 2, self.y, t)
        elif right:
            self.c.drawRightString(self.W - 60, self.y, t)
        else:
            self.c.drawString(x, self.y, t)
        self.y -= lead

    def rule(self):
        self.c.line(60, self.y + 8, self.W - 60, self.y + 8)
        self.y -= 14

    def para(self, p, width=34, size=12):
        """An indented paragraph: the first line two characters in, the rest flush left."""
        first = True
        for t in ([p[:width - 2]] + wrap(p[width - 2:], width)) if len(p) > width - 2 else [p]:
            if t:
                self.line(t, size, x=60 + (2 * size if first else 0), lead=size * 1.7)
            first = False

    def save(self):
        self.foot()
        self.c.save()


# ---------------------------------------------------------------- Macau government news digests (traditional)
MO = {
    '20251117': dict(items=items.MO_2025, date='2025年11月17日', iso='2025-11-17', no='第201期'),
    '20240927': dict(items=items.MO_2024, date='2024年9月27日', iso='2024-09-27', no='第152期'),
}
MO_NAME = '政府新聞摘錄'


def mo_word(d):
    """A desk copy: name, issue line, rule, titles on their own line, paragraphs indented with ideographic
    spaces, a closing line."""
    L = [MO_NAME, '%s　%s' % (d['no'], d['date']), '─' * 28, '']
    for it in d['items']:
        L += [it['title'], ''] + ['　　' + p for p in it['paras']] + ['']
    L += ['─' * 28, '（資料來源：澳門特別行政區政府入口網站）', '']
    return '\n'.join(L)


def mo_html(d, path):
    """The digest as a web page (chrome invented): trail 首頁 > 新聞 > 新聞摘錄, an info line with 發佈時間 and
    來源, one <h2> per item, share/print links, a footer."""
    e = html.escape
    B = ['<!DOCTYPE html><html lang="zh-Hant"><head><meta charset="utf-8"><title>%s %s</title></head><body>'
         % (e(MO_NAME), e(d['no'])),
         '<div class="skip"><a href="#main">跳過導航</a></div>',
         '<div class="crumb">首頁 &gt; 新聞 &gt; 新聞摘錄</div>',
         '<h1>%s（%s）</h1>' % (e(MO_NAME), e(d['no'])),
         '<div class="info">發佈時間：%s　來源：澳門特別行政區政府入口網站</div>' % d['iso'],
         '<div id="main">']
    for it in d['items']:
        B.append('<h2>%s</h2>' % e(it['title']))
        B += ['<p>%s</p>' % e(p) for p in it['paras']]
    B += ['</div>', '<div class="tools">分享　列印　返回頁首</div>',
          '<div class="foot">版權所有　澳門特別行政區政府</div></body></html>']
    with open(path, 'w', encoding='utf-8') as f:
        f.write('\n'.join(B))


def mo_pdf(d, path):
    p = Pdf(path, 'uming')
    p.line(MO_NAME, 24, centre=True, lead=40)
    p.line('%s　　%s' % (d['no'], d['date']), 12, centre=True)
    p.rule()
    for it in d['items']:
        for t in it['title'].split(' '):
            p.line(t, 15, centre=True, lead=24)
        p.y -= 6
        for para in it['paras']:
            p.para(para)
        p.y -= 18
    p.save()


# ---------------------------------------------------------------- 人大 work bulletin (simplified)
RD = dict(name='人大工作信息', no='第2期', org='县人大常委会办公室编', date='2026年2月10日')
RD_NOTE = '编者按：本期摘编县、区人大常委会主任会议和人代会主席团会议情况，供参阅。'
RD_DIST = ['报：市人大常委会办公室', '送：县委办公室，县政府办公室', '发：各乡镇人大主席团，县人大常委会各委室']


def rd_word():
    """A Word copy of a 简报: head block, 编者按, numbered item titles 「一、…」, indented paragraphs, the
    sign-off in parentheses at the end of its paragraph as the source has it, a distribution block."""
    L = [RD['name'], '', RD['no'], '', '%s　　　　　　%s' % (RD['org'], RD['date']), '━' * 26, '', RD_NOTE, '']
    for i, it in enumerate(items.RD):
        L.append('%s、%s' % (NUM[i], it['title']))
        paras = list(it['paras'])
        if it['sign']:
            paras[-1] += '　　' + it['sign']
        L += ['　　' + p for p in paras] + ['']
    L += ['━' * 26] + RD_DIST + ['　' * 16 + '（共印40份）', '']
    return '\n'.join(L)


def rd_pdf(path):
    p = Pdf(path, 'stsong')
    p.line(RD['name'], 26, centre=True, lead=40)
    p.line(RD['no'], 12, centre=True)
    p.c.setFont(p.F, 11)
    p.c.drawString(60, p.y, RD['org'])
    p.c.drawRightString(p.W - 60, p.y, RD['date'])
    p.y -= 14
    p.rule()
    p.para(RD_NOTE)
    p.y -= 10
    for i, it in enumerate(items.RD):
        p.line('%s、%s' % (NUM[i], it['title']), 13, lead=24)
        for para in it['paras']:
            p.para(para)
        if it['sign']:
            p.line(it['sign'], 12, right=True)
        p.y -= 10
    p.rule()
    for t in RD_DIST:
        p.line(t, 11)
    p.line('（共印40份）', 11, right=True)
    p.save()


def ocr_noise(text, seed=10):
    """What an OCR of a scanned copy gives (invented noise, deterministic): lines broken at 23-26 characters,
    now and then a space inside a line, a stray mark 「'」 「|」 「·」 alone on a line or at a line's end, the
    page folio as 「— 2 —」, blank lines lost between paragraphs."""
    rnd = random.Random(seed)
    out, n = [], 0
    for ln in text.split('\n'):
        if not ln.strip():
            if rnd.random() < 0.5:
                out.append('')
            continue
        for part in wrap(ln, rnd.randint(23, 26)):
            if len(part) > 8 and rnd.random() < 0.3:
                k = rnd.randint(3, len(part) - 3)
                part = part[:k] + ' ' + part[k:]
            if rnd.random() < 0.08:
                part += rnd.choice([" '", ' |', ' ·'])
            out.append(part)
            n += 1
            if n % 40 == 0:
                out += ['', '— %d —' % (n // 40), '']
            elif rnd.random() < 0.03:
                out.append(rnd.choice(['|', '·', "'"]))
    return '\n'.join(out) + '\n'


# ---------------------------------------------------------------- 政协 information (simplified)
ZX = dict(name='政协信息', no='2023年第3期', date='2023-02-10')
ZX_SECTIONS = [('工作动态', ['zx3', 'zx4', 'zx1', 'zx2']), ('提案选登', ['zx5'])]
ZX_BY_KEY = {it['key']: it for it in items.ZX}


def zx_body(it):
    """An item's own lines as its source has them: paragraphs, a photo caption, 案由 / 内容 / 建议 labels of a
    提案, the credit lines of an app article."""
    L = []
    if it['key'] == 'zx5':
        L += ['案由:%s%s' % (it['anyou'], it['title']), '内    容:'] + ['  ' + p for p in it['paras']]
        L += ['建    议:'] + ['  ' + p for p in it['advice']]
        return L
    for i, p in enumerate(it['paras']):
        L.append(p)
        if i == 0 and it.get('caption'):
            L += ['[图片]', it['caption']]
    if it.get('source'):
        L += ['【来源】%s' % it['source'], '编辑 %s' % it['editor']]
    L += it.get('credits', [])
    return L


def zx_wechat():
    """The issue as a WeChat 公众号 post copied from the phone (furniture invented): account line, 原创 line,
    「点击蓝字 关注我们」, 【section】 heads, ▍ before each title, after the last item 来源：/编辑：/审核：
    lines and the page's 阅读原文 / 分享 / 在看 buttons."""
    L = ['%s丨%s' % (ZX['name'], ZX['no']), '', '原创 政协信息 %s 18:30 广东' % ZX['date'], '', '点击蓝字 关注我们', '']
    for sec, keys in ZX_SECTIONS:
        L += ['【%s】' % sec, '']
        for k in keys:
            it = ZX_BY_KEY[k]
            L += ['▍' + it['title'], ''] + [x for ln in zx_body(it) for x in (ln, '')]
    L += ['来源：政协办公室', '编辑：信息科', '审核：办公室', '', '阅读原文', '', '分享 收藏 在看 点赞', '']
    return '\n'.join(L)


def zx_html(path):
    """The issue as a web page (chrome invented) for pandoc's Markdown export: <h2> sections, <h3> titles."""
    e = html.escape
    B = ['<!DOCTYPE html><html><head><meta charset="utf-8"><title>%s %s</title></head><body>' % (ZX['name'], ZX['no']),
         '<div class="crumb"><a href="/">首页</a> &gt; <a href="/zxxx/">政协信息</a></div>',
         '<h1>%s（%s）</h1>' % (ZX['name'], ZX['no']),
         '<div class="info">发布时间：%s　来源：政协办公室</div>' % ZX['date']]
    for sec, keys in ZX_SECTIONS:
        B.append('<h2>%s</h2>' % sec)
        for k in keys:
            it = ZX_BY_KEY[k]
            B.append('<h3>%s</h3>' % e(it['title']))
            B += ['<p>%s</p>' % e(x) for x in zx_body(it)]
    B += ['<div class="foot">主办：政协办公室</div></body></html>']
    with open(path, 'w', encoding='utf-8') as f:
        f.write('\n'.join(B))


def zx_pdf(path):
    p = Pdf(path, 'stsong')
    p.line(ZX['name'], 26, centre=True, lead=40)
    p.line(ZX['no'], 12, centre=True)
    p.c.setFont(p.F, 11)
    p.c.drawString(60, p.y, '政协办公室编')
    p.c.drawRightString(p.W - 60, p.y, '2023年2月10日')
    p.y -= 14
    p.rule()
    for sec, keys in ZX_SECTIONS:
        p.line('【%s】' % sec, 14, lead=28)
        for k in keys:
            it = ZX_BY_KEY[k]
            for t in title_lines(it['title']):
                p.line(t, 15, centre=True, lead=24)
            p.y -= 4
            for ln in zx_body(it):
                p.para(ln.strip())
            p.y -= 14
    p.save()


# ---------------------------------------------------------------- long single texts
def report_org():
    """The report as an Org-mode export: #+TITLE, its 一、/二、 heads as Org headings, paragraphs as lines."""
    r = items.REPORT
    L = ['#+TITLE: %s' % r['title'], '#+OPTIONS: toc:nil num:nil', '']
    for p in r['paras']:
        if p[:2] in ('一、', '二、'):
            L += ['* ' + p, '']
        else:
            L += [p, '']
    return '\n'.join(L)


def npc_mojibake():
    """The summary saved in GBK and read back as Latin-1 by a tool that did not know (the bytes then written out
    as UTF-8): every GBK byte becomes one Latin-1 character; heads and paragraphs on their own lines."""
    r = items.NPC
    text = '\r\n'.join([r['title'], ''] + [x for p in r['paras'] for x in (p, '')])
    return text.encode('gbk').decode('latin-1').encode('utf-8')


def main():
    for stamp, d in MO.items():
        page = os.path.join(SRC, 'xwzl_%s.html' % stamp)
        mo_html(d, page)
    d = MO['20251117']
    write('m01_xwzl_20251117_webpage_w3m.txt', w3m(os.path.join(SRC, 'xwzl_20251117.html')))
    write('m02_xwzl_20251117_word_big5hkscs_crlf.txt', mo_word(d), enc='big5hkscs', crlf=True)
    pdf = os.path.join(HERE, 'xwzl_20251117.pdf')
    mo_pdf(d, pdf)
    write('m03_xwzl_20251117_pdftotext.txt', run(['pdftotext', pdf, '-']))
    page = os.path.join(SRC, 'xwzl_20240927.html')
    write('m04_xwzl_20240927_lynx_gb18030_crlf.txt', lynx(page), enc='gb18030', crlf=True)
    write('m05_xwzl_20240927_html2text_utf8bom.txt', html2text_md(page), bom=True)

    word = rd_word()
    write('r01_rdgzxx_2026n2_word_gb18030_crlf.txt', word, enc='gb18030', crlf=True)
    pdf = os.path.join(HERE, 'rdgzxx_2026n2.pdf')
    rd_pdf(pdf)
    write('r02_rdgzxx_2026n2_pdftotext-layout.txt', run(['pdftotext', '-layout', pdf, '-']))
    write('r03_rdgzxx_2026n2_ocr_gbk.txt', ocr_noise(word), enc='gbk')

    write('z01_zxxx_2023n3_wechat.txt', zx_wechat())
    pdf = os.path.join(HERE, 'zxxx_2023n3.pdf')
    zx_pdf(pdf)
    write('z02_zxxx_2023n3_pymupdf_gbk.txt', pymupdf_text(pdf), enc='gbk')
    page = os.path.join(SRC, 'zxxx_2023n3.html')
    zx_html(page)
    write('z03_zxxx_2023n3_pandoc-md_utf16le.txt', pandoc_md(page), enc='utf-16le')

    write('l01_qzgzbg_org.txt', report_org())
    write('l02_npcscbg_2016_gbk-as-latin1_crlf.txt', None, raw=npc_mojibake())


if __name__ == '__main__':
    main()
