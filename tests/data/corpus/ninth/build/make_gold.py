#!/usr/bin/env python3
"""Write GOLD.json for the ninth set. Titles, bylines, dates, sections and the place where each body starts
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
        return b.decode('cp950' if 'big5' in path else 'gb18030')


def art(title, start, byline=(), section=None):
    return dict(title=title, kicker=None, subtitle=None, section=section, byline=list(byline), first_chars=start)


# the digest paper, in page order; pages are named by number only
P1, P2, P3 = '第1版', '第2版', '第3版'
PAPER = ('2021-04-03', '港台新聞摘錄', [
    art('人大政改決定　愈管愈細緻', '全國人大常委會重寫香港選舉制度', ['林勵'], P1),
    art('話你知：雙議席單票制係法西斯所用', '中共改惡 [1] 香港選制方案出爐', ['假才子'], P1),
    art('台灣太魯閣號列車出軌　至少50人死亡　146人受傷　台鐵百年史上死亡人數第二高', '今天是台灣清明連續假期第一天', [], P2),
    art('太魯閣號至少51死　致命工程車何時滑落鐵軌？　台鐵：須調閱車廂內錄影帶釐清', '台灣台鐵太魯閣號造成至少51人死亡', [], P2),
    art('「耕地中的大熊貓」黑土遭盜挖　疑犯訛稱改良土地租農田　花半個月挖光黑土', '黑龍江五常市被稱為「中國優質稻米之鄉」', [], P3),
])

# the notice collection: the body starts at the addressee line (主送机关), as the notice's first paragraph
COLL = ('2019-02-01', '政策文件选编', [
    art('太湖县人民政府关于印发《太湖县人民政府工作规则》的通知', '各乡、镇人民政府,县政府各部门'),
    art('中共岳阳市委办公室岳阳市人民政府办公室印发《关于全面推进政务公开工作的实施意见》的通知', '各县市区委、人民政府,岳阳经济技术开发区'),
    art('关于立即开展落实民生19项核查点情况意见通知', '各市（州）、县（市、区）人民政府，省政府各部门'),
])

FILES = {
    'n01_gtxwzl_20210403_word_big5hkscs_crlf.txt': PAPER,
    'n02_gtxwzl_20210403_pdftotext_big5.txt': PAPER,
    'n03_gtxwzl_20210403_pdftotext-layout_utf8bom.txt': PAPER,
    'n04_gtxwzl_20210403_pymupdf_utf16le.txt': PAPER,
    'n05_gtxwzl_20210403_pdfminer_gb18030_crlf.txt': PAPER,
    'n06_gtxwzl_20210403_wrapped36_big5hkscs.txt': PAPER,
    'n07_gtxwzl_20210403_webpage_w3m.txt': PAPER,
    'n08_gtxwzl_20210403_html2text_utf8bom_crlf.txt': PAPER,
    'c01_zcwjxb_2019n3_word_gb18030_crlf.txt': COLL,
    'c02_zcwjxb_2019n3_pdftotext.txt': COLL,
    'c03_zcwjxb_2019n3_pandoc_utf16le_crlf.txt': COLL,
    'c04_zcwjxb_2019n3_lynx.txt': COLL,
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
        assert norm(pub) in text, (name, 'publication')
        gold[name] = dict(issue_date=date, publication=pub, articles=done)
    with open(os.path.join(OUT, 'GOLD.json'), 'w', encoding='utf-8') as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write('\n')
    print(len(gold), 'files,', sum(len(g['articles']) for g in gold.values()), 'articles')


if __name__ == '__main__':
    main()
