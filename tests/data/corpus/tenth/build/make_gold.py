#!/usr/bin/env python3
"""Write GOLD.json for the tenth set. Titles, bylines, dates, sections and the place where each body starts
(`start`, a marker read off the text by hand) are written here by hand; the script only slices 20 characters
(white space removed, NFKC) from that marker and checks that every title, first_chars, byline name and section
occurs in the decoded file. It never runs the importer."""
import json
import os
import re
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

WS = re.compile(r'[\s\u3000\ufeff\u200b]+')


def norm(s):
    return WS.sub('', unicodedata.normalize('NFKC', s))


def decode(path):
    b = open(path, 'rb').read()
    if b.startswith(b'\xef\xbb\xbf'):
        return b[3:].decode('utf-8')
    if b.startswith(b'\xff\xfe'):
        return b.decode('utf-16')
    try:
        t = b.decode('utf-8')
    except UnicodeDecodeError:
        return b.decode('big5hkscs' if 'big5' in path else 'gb18030')
    if 'latin1' in path:
        # GBK bytes once read as Latin-1: undo that reading for the check
        return t.encode('latin-1').decode('gbk')
    return t


def art(title, start, byline=(), section=None):
    return dict(title=title, kicker=None, subtitle=None, section=section, byline=list(byline), first_chars=start)


# Macau government news digests (traditional): the lead paragraph of each list item is its text
MO25 = ('2025-11-17', '政府新聞摘錄', [
    art('配合市政署維修下水道及路面等工作 多處道路周三起實施交通管制', '配合市政署維修下水道、路面及伸縮縫等工作'),
    art('勞工局與休閒企業合作推出就業+培訓專項計劃 明起接受申請', '為促進本地人才職業發展'),
    art('行政長官岑浩輝明日發表2026年施政報告', '行政長官岑浩輝明(18)日下午3時'),
    art('橫琴口岸及橫琴.澳門青年創業谷增設“澳政易”自助服務機', '為促進澳琴民生融合發展'),
])
MO24 = ('2024-09-27', '政府新聞摘錄', [
    art('十七屆寰宇論壇橫琴舉行 多地共促新質生產力發展', '由中國生產力促進中心協會'),
    art('氹仔客運碼頭直升機場室內裝修工程動工', '氹仔客運碼頭直升機場室內裝修工程於今日'),
    art('衛生局呼籲國慶長假期間 居民應注意預防感染登革熱', '國慶假期將至'),
    art('中葡論壇常設秘書處參加第三屆高品會 設中國與葡語國家形象展示館', '9月27日,第三屆中國(澳門)'),
    art('澳門時尚快閃店徵集原創服飾品牌', '為推廣澳門原創服飾品牌'),
])

# the 人大 bulletin: item numbers 「一、」 are not part of the titles; the sign-off (宁艳) is a byline
RD = ('2026-02-10', '人大工作信息', [
    art('县十七届人大常委会第二十九次主任会议召开', '4月3日上午,县人大常委会主任叶云生'),
    art('县十六届人大常委会举行第33次主任会议', '10月14日,县十六届人大常委会举行第33次', ['宁艳']),
    art('区十六届人大一次会议主席团举行第四次会议', '1月14日上午,区十六届人大一次会议主席团'),
    art('区十九届人大五次会议举行主席团第三次会议', '2月4日上午,区十九届人大五次会议'),
])

# the 政协 issue: two sections; the 提案's text starts at its 案由 line; a named 记者 is a byline, an editor
# (编辑), a photographer (摄) and a unit sign-off (民盟东莞市委) are not
W, P = '工作动态', '提案选登'
ZX = ('2023-02-10', '政协信息', [
    art('图解|东莞政协这5年:提交提案1987件,立案率达92%', '今天(1月9日),东莞市政协十三届', [], W),
    art('东莞连续7年圆满完成十件民生实事(建言献策助发展)', '2月8日,政协第十四届东莞市委员会', ['何明强'], W),
    art('民盟东莞市委提案获中共市委书记督办', '民盟东莞市委《关于加快发展东莞', [], W),
    art('深圳市宝安区政协召开提案交办会', '深圳市宝安区近日召开2017年', [], W),
    art('关于在源头上精准防控疫情的建议', '案由:(20220404)关于在源头上', [], P),
])

# two single long texts: one article each, their 一、/二、 heads (and the summary's 过去一年的主要工作) inside it
BG = (None, None, [art('区长在代表会上工作汇报', '各位代表:现在,我代表区人民政府')])
NPC = (None, None, [art('全国人民代表大会常务委员会工作报告(摘要)', '新华社北京3月9日电 受全国人大常委会委托')])

FILES = {
    'm01_xwzl_20251117_webpage_w3m.txt': MO25,
    'm02_xwzl_20251117_word_big5hkscs_crlf.txt': MO25,
    'm03_xwzl_20251117_pdftotext.txt': MO25,
    'm04_xwzl_20240927_lynx_gb18030_crlf.txt': MO24,
    'm05_xwzl_20240927_html2text_utf8bom.txt': MO24,
    'r01_rdgzxx_2026n2_word_gb18030_crlf.txt': RD,
    'r02_rdgzxx_2026n2_pdftotext-layout.txt': RD,
    'r03_rdgzxx_2026n2_ocr_gbk.txt': RD,
    'z01_zxxx_2023n3_wechat.txt': ZX,
    'z02_zxxx_2023n3_pymupdf_gbk.txt': ZX,
    'z03_zxxx_2023n3_pandoc-md_utf16le.txt': ZX,
    'l01_qzgzbg_org.txt': BG,
    'l02_npcscbg_2016_gbk-as-latin1_crlf.txt': NPC,
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
            # Markdown exports escape | [ ] with a backslash; the title is checked without those escapes
            assert norm(a['title']) in text.replace('\\', ''), (name, 'title', a['title'])
            for x in a['byline'] + [a['section'] or '']:
                assert norm(x) in text, (name, 'name', x)
            done.append(a)
        assert pub is None or norm(pub) in text, (name, 'publication')
        gold[name] = dict(issue_date=date, publication=pub, articles=done)
    with open(os.path.join(OUT, 'GOLD.json'), 'w', encoding='utf-8') as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write('\n')
    print(len(gold), 'files,', sum(len(g['articles']) for g in gold.values()), 'articles')


if __name__ == '__main__':
    main()
