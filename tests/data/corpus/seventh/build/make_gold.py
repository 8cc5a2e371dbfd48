#!/usr/bin/env python3
"""Write GOLD.json for the seventh set. Titles, bylines, dates, sections and the place where each body starts
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
sys.path.insert(0, HERE)
from agri_items import ITEMS as AGRI  # noqa: E402
from aiw_items import ITEMS as AIW  # noqa: E402

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
    '163': ('2019-09-07', '新京报', [art('女警打百个电话遭停机 评:运营商识别诈骗智商感人', '认定诈骗和骚扰，不能省略必要的核实程序')]),
    'njxfhn': ('2019-09-11', '南方都市报', [art('[诗婷露雅化妆品]江门七旬阿婆接来电称其涉黑被骗上百万！冒充公检法电诈团伙被端',
                                           '冒充银行经理来电骗事主称其有巨额信用卡', ['余毅菁', '向雪妮'])]),
    'sina': ('2019-10-23', '环球网', [art('陈同佳刑满出狱 向潘晓颖家人鞠躬致歉', '出狱了。据港媒刚刚消息')]),
    'toutiao': ('2020-03-09', '华夏人文', [art('顺丰小哥汪勇连升3级，国家授予特别奖：时代永远在奖励解决问题的摆渡人',
                                          '最近，武汉一个顺丰小哥汪勇直升3级')]),
    'guancha': ('2019-09-07', 'EETOP', [art('我国集成电路进口突破3000亿美元！魏少军：产业结构扭曲，没将产品作为中心',
                                          '9月3日，在第二届全球IC企业家大会')]),
    'ifeng': ('2019-11-25', '澎湃新闻网', [art('女童眼睛被塞几十片纸，“无法用科学解释”', '7岁小花（化名）“眼睛被塞纸”事件',
                                          ['段彦超', '廖艳'])]),
}

# the digest: order and sections as build.py prints them; sign-off persons only (see SOURCES.md)
AIW_SECTIONS = [('党风廉政', ['lgb']), ('疫情防控', ['hld']), ('社会民生', ['bj', 'ybg']),
                ('基层动态', ['sx', 'hy', 'xn']), ('外媒关注', ['mm'])]
AIW_BYLINE = {'hld': ['李承泽'], 'bj': ['赵学荣'], 'sx': ['王珊珊'], 'hy': ['姚永军'], 'xn': ['贺美玲']}
AIW_START = {'lgb': '中央纪委国家监委网站讯', 'hld': '今天（3月3日），葫芦岛市召开', 'ybg': '澎湃新闻记者从东北师范大学',
             'mm': '参考消息网3月3日报道', 'bj': '3月4日，北京2022年冬奥会火炬', 'sx': '3月1日，莘县副县长贾国顺',
             'hy': '衡阳日报3月3日讯', 'xn': '红网时刻3月2日讯'}

AGRI_SECTIONS = [('质量安全', ['qh1', 'gx5', 'qh6']), ('品牌建设', ['bs4', 'bs3']), ('保供稳价', ['bs2'])]
AGRI_BYLINE = {'bs2': ['唐志强', '李素芳'], 'bs3': ['欧丽萍'], 'gx5': ['蓝于涵', '尤凤至']}
AGRI_START = {'qh1': '青藏高原，雪域净土', 'bs2': '央广网南宁2月15日消息', 'bs3': '广西新闻网百色10月25日讯',
              'bs4': '2015年7月25日，广西国家级', 'gx5': '广西新闻网南宁10月24日讯', 'qh6': '12月11日，记者从青海省'}


def issue(items, sections, bylines, starts):
    by_key = {it['key']: it for it in items}
    out = []
    for sec, keys in sections:
        for k in keys:
            out.append(art(by_key[k]['title'], starts[k], bylines.get(k, []), sec))
    return out


def aiw():
    return ('2022-03-03', '舆情信息摘报', issue(AIW, AIW_SECTIONS, AIW_BYLINE, AIW_START))


def agri():
    return ('2022-12-15', '农业农村工作动态', issue(AGRI, AGRI_SECTIONS, AGRI_BYLINE, AGRI_START))


FILES = {
    'n01_163_police_fraud_20190907_w3m.txt': '163',
    'n02_163_police_fraud_20190907_html2text_gb18030_crlf.txt': '163',
    'n03_njxfhn_jiangmen_fraud_20190911_lynx.txt': 'njxfhn',
    'n04_sina_hk_chentongjia_20191023_pandoc_utf16le_crlf.txt': 'sina',
    'n05_sina_hk_chentongjia_20191023_bs4_utf8bom.txt': 'sina',
    'n06_toutiao_wangyong_20200309_w3m_gb18030.txt': 'toutiao',
    'n07_guancha_chips_20190907_html2text.txt': 'guancha',
    'n08_ifeng_girl_eye_20191125_lynx_crlf.txt': 'ifeng',
    'a01_yqzb_2022n42_word_gb18030_crlf.txt': 'aiw',
    'a02_yqzb_2022n42_pdftotext.txt': 'aiw',
    'a03_yqzb_2022n42_pdftotext-layout_utf16le_crlf.txt': 'aiw',
    'a04_yqzb_2022n42_markdown_utf8bom.txt': 'aiw',
    'a05_yqzb_2022n42_wrapped36.txt': 'aiw',
    'g01_nyncdt_2022n12_word_utf16le_crlf.txt': 'agri',
    'g02_nyncdt_2022n12_pymupdf.txt': 'agri',
    'g03_nyncdt_2022n12_lines_gb18030.txt': 'agri',
}


def main():
    gold = {}
    for name, key in FILES.items():
        date, pub, arts = aiw() if key == 'aiw' else agri() if key == 'agri' else PAGES[key]
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
