#!/usr/bin/env python3
"""Write GOLD.json for the eighth set. Titles, bylines, dates, sections and the place where each body starts
(`start`, a marker read off the text by hand) are written here by hand; the script only slices 20 characters
(white space and Markdown ** removed, NFKC) from that marker and checks that every title, first_chars, byline
name and section occurs in the decoded file. It never runs the importer."""
import json
import os
import re
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

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


def art(title, start, byline=(), section=None):
    return dict(title=title, kicker=None, subtitle=None, section=section, byline=list(byline), first_chars=start)


# the two-page spread, in page order; the lead story jumps to page 2 and stays one article
P1, P2 = '第1版', '第2版'
PAPER = ('2011-10-12', '瓯南新闻', [
    art('黄寿龙在绿化造林工作汇报会上强调：打造精品工程 共建绿美家园', '4月7日消息：今天，我县召开绿化造林', ['方耀星', '陈薇拉'], P1),
    art('县公共资源交易中心发挥平台作用', '12月15日消息：县公共资源交易中心', ['方耀星', '朱敬铨'], P1),
    art('苍南龙港开出首家五星级酒店', '我市五星级酒店将又添新军', ['邵闻'], P1),
    art('我市359名新民警陆续上岗', '我市359名新民警日前已陆续', [], P1),
    art('中央美院写生基地落户南雁', '置身平阳县南雁会文书院', ['黄瑚', '丁志峰', '尤增国'], P2),
    art('全市共产党员突破41万名', '记者昨天（6月29日）从市委组织部', ['潘秀慧'], P2),
    art('谁偷走了我们的公厕温州一公厕一夜不翼而飞', '浙江在线09月14日讯', [], P2),
    art('黄宝坤督导鹿城攻防3号统一行动', '7月17日晚，鹿城警方在城区', [], P2),
])

BUL = ('2011-12-05', '钱库镇政务信息', [
    art('钱库镇举行社区建设规划评审会', '为统筹城乡发展，推进城乡一体化建设', ['缪克梯'], '工作动态'),
    art('钱库开展农村无照经营整治', '9月7-8日，钱库工商所组织执法人员', [], '工作动态'),
    art('市县领导对雅后村进行扶贫开发整村推进项目验收', '2011年11月30日，由市农办', [], '工作动态'),
    art('百年林夫 版画先驱', '今年是林夫诞辰100 周年', ['缪克梯'], '文化钱库'),
    art('苍南县企业家协会招聘人员公告', '苍南县企业家协会是经县民政局核准', [], '公告'),
])

SZC = ('2018-02-13', None, [art('重庆市委：孙政才是占据重要岗位的腐败分子典型', '本报讯 （记者 杨帆 张珺）2月12日', ['杨帆', '张珺'])])
CSS = ('2018-02-13', '海外网', [art('崔顺实一审获刑20年 韩媒：将成朴槿惠案风向标', '海外网2月13日电 韩国“亲信干政”')])

FILES = {
    'p01_onxw_20111012_p1-2_pdftotext.txt': PAPER,
    'p02_onxw_20111012_p1-2_pdftotext-layout_utf16le_crlf.txt': PAPER,
    'p03_onxw_20111012_p1-2_pymupdf.txt': PAPER,
    'p04_onxw_20111012_p1-2_pdfminer_gb18030.txt': PAPER,
    'p05_onxw_20111012_p1-2_word_crlf.txt': PAPER,
    'b01_qkzwxx_2011n9_word_utf8bom.txt': BUL,
    'b02_qkzwxx_2011n9_wrapped38_gb18030_crlf.txt': BUL,
    'b03_qkzwxx_2011n9_webpage_w3m.txt': BUL,
    'b04_qkzwxx_2011n9_pdftotext_utf16le_crlf.txt': BUL,
    'w01_cq_szc_20180213_lynx.txt': SZC,
    'w02_cq_szc_20180213_html2text_gb18030_crlf.txt': SZC,
    'w03_cq_css_20180213_pandoc_utf16le_crlf.txt': CSS,
}


def main():
    gold = {}
    for name, (date, pub, arts) in FILES.items():
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
                if norm(x) not in text:
                    # pdftotext -layout sets the two columns side by side: a name may be cut by the other column
                    assert 'layout' in name, (name, 'name', x)
                    print('note:', name, 'name cut by the layout:', x)
            done.append(a)
        gold[name] = dict(issue_date=date, publication=pub, articles=done)
    with open(os.path.join(OUT, 'GOLD.json'), 'w', encoding='utf-8') as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write('\n')
    print(len(gold), 'files,', sum(len(g['articles']) for g in gold.values()), 'articles')


if __name__ == '__main__':
    main()
