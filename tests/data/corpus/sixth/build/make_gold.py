#!/usr/bin/env python3
"""Write GOLD.json for the sixth set. Titles, bylines, dates, sections and the place where each body starts
(`start`, a marker read off the text by hand) are written here by hand; the script only slices 20 characters
(white space and Markdown ** removed) from that marker and checks that every title, first_chars, byline
name and section occurs in the decoded file. It never runs the importer."""
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(HERE, 'src'))
from ztlj_items import ITEMS  # noqa: E402

WS = re.compile(r'[\s\u3000\ufeff\u200b]+')


def norm(s):
    return WS.sub('', unicodedata.normalize('NFKC', s)).replace('**', '')


def decode(path):
    b = open(path, 'rb').read()
    if b.startswith(b'\xef\xbb\xbf'):
        return b[3:].decode('utf-8')
    if b.startswith(b'\xff\xfe'):
        return b.decode('utf-16')
    try:
        return b.decode('utf-8')
    except UnicodeDecodeError:
        return b.decode('gb18030')


def art(title, start, byline=(), section=None, kicker=None, subtitle=None):
    return dict(title=title, kicker=kicker, subtitle=subtitle, section=section, byline=list(byline),
                first_chars=start)


PAGES = {
    'ifeng': ('2019-09-09', '新华网', [art('他放弃百万年薪来到这里 唯一的要求竟是……', '杭州市学军中学校长陈立群要退休了')]),
    '163': ('2019-09-09', '华龙网', [art('男孩因不想上补习班 写"救命啊"纸团抛出引来警察', '华龙网-新重庆客户端讯今（9）日')]),
    'sina': ('2018-12-28', '新京报', [art('60万"12306账号"外泄? 中铁总辟谣称消息不实', '新京报快讯（记者裴剑飞）', ['裴剑飞'])]),
    'thepaper': ('2020-01-03', '新华社', [art('新年伊始，习近平的重要文章谈了啥？', '2020年1月1日出版的《求是》杂志')]),
    'toutiao': ('2019-11-25', '中国网', [art('较强冷空气来袭 全国多地开启“抖抖抖”模式', '综合消息，近日，较强冷空气袭击多地')]),
    'jxrb': ('2015-12-13', '江西日报', [art('点点滴滴民生情', '喝上干净水、创业有门路', ['郭华平', '黄晓平', '鄢朝晖'])]),
}
PERSONS = {'李彬彬', '武杰', '茹李军'}   # the other three `author` values are party branches, not people


def ztlj():
    out = []
    for i, it in enumerate(ITEMS):
        sec = '局党委动态' if i == 0 else '基层党建'
        by = [it['author']] if it['author'] in PERSONS else []
        out.append(art(it['title'], it['paras'][0][:12], by, sec))
    return ('2019-07-05', '“改革创新、奋发有为”大讨论简报', out)


def digest():
    order = ['jxrb', '163', 'sina', 'toutiao', 'thepaper']
    return ('2020-01-06', '媒体报道摘编', [PAGES[k][2][0] for k in order])


FILES = {
    's01_ifeng_xinhua_chenliqun_20190909_w3m.txt': 'ifeng',
    's02_ifeng_xinhua_chenliqun_20190909_html2text_utf8bom.txt': 'ifeng',
    's03_163_hualong_shapingba_20190909_lynx_gb18030_crlf.txt': '163',
    's04_163_hualong_shapingba_20190909_bs4.txt': '163',
    's05_sina_bjnews_12306_20181228_pandoc_utf16le_crlf.txt': 'sina',
    's06_sina_bjnews_12306_20181228_w3m_gb18030.txt': 'sina',
    's07_thepaper_xinhua_qiushi_20200103_html2text.txt': 'thepaper',
    's08_toutiao_chinanet_coldwave_20191125_w3m_crlf.txt': 'toutiao',
    's09_jxrb_dingnan_20151213_fragment_w3m.txt': 'jxrb',
    's10_jxrb_dingnan_20151213_fragment_pandoc_gb18030_crlf.txt': 'jxrb',
    's11_ztlj_dataolun_2019n4_word_gb18030_crlf.txt': 'ztlj',
    's12_ztlj_dataolun_2019n4_pdftotext.txt': 'ztlj',
    's13_ztlj_dataolun_2019n4_pdftotext-layout_utf16le_crlf.txt': 'ztlj',
    's14_ztlj_dataolun_2019n4_pymupdf_utf8bom.txt': 'ztlj',
    's15_ztlj_dataolun_2019n4_markdown.txt': 'ztlj',
    's16_digest_mtbd_2020n1_word.txt': 'digest',
    's17_digest_mtbd_2020n1_lines_gb18030_crlf.txt': 'digest',
}


def main():
    gold = {}
    for name, key in FILES.items():
        date, pub, arts = ztlj() if key == 'ztlj' else digest() if key == 'digest' else PAGES[key]
        text = norm(decode(os.path.join(OUT, name)))
        done = []
        for a in arts:
            a = dict(a)
            m = norm(a['first_chars'])
            at = text.find(m)
            assert at >= 0, (name, 'start', a['first_chars'])
            a['first_chars'] = text[at:at + 20]
            assert norm(a['title']) in text, (name, 'title', a['title'])
            for x in a['byline'] + [a['section'] or '']:
                assert norm(x) in text, (name, 'name', x)
            done.append(a)
        gold[name] = dict(issue_date=date, publication=pub, articles=done)
    with open(os.path.join(OUT, 'GOLD.json'), 'w', encoding='utf-8') as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write('\n')
    print(len(gold), 'files,', sum(len(g['articles']) for g in gold.values()), 'articles')


if __name__ == '__main__':
    main()
