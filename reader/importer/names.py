"""Chinese surnames, in simplified and traditional script, for telling a byline name from a short heading.

Single surnames from the 百家姓 and modern frequency lists (the same facts as
``reader/data/dictionaries/surnames.txt``), with their traditional forms; compound
surnames separately.  Facts, not data fitted to any file.
"""

from __future__ import annotations

import re

from reader.importer.script import either_script, simplified

SINGLE = frozenset(
    "洪习赖庹荀郗隗么竺笪逄缑萨郇贲税黑闾王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭"
    "曾肖萧田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫"
    "阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷"
    "詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻"
    "祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧"
    "闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原"
    "栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋"
    "相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公"
    "哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由滑鄂郦酆宓晃訾蔚蓟禄暴汝汲籍凤"
    "丘钮励張劉陳楊黃趙吳孫馬羅鄭謝許韓馮鄧蕭蔣葉蘇呂盧鍾譚陸賈韋鄒閆閻龍賀顧龔萬錢嚴湯溫齊喬龐顏莊聶魯"
    "歐關蘭寧紀畢單塗駱藍鮑華饒陽時農繆簡車項連蘆麥婁竇黨宮費衛應閔鄔邊師欒榮叢鞏遲鄺談荊樂儲勞諶藺樓"
    "盤滿聞厲區闞權強帥樸蓋練豐國計晉門雲來闕烏況鮮諸戰銀賓陰堯閉酈薊祿鳳鈕勵賴習"
)
COMPOUND = frozenset(
    """欧阳 司马 上官 诸葛 东方 皇甫 尉迟 公孙 慕容 长孙 宇文 司徒 夏侯 轩辕 令狐 钟离
    端木 独孤 南宫 西门 呼延 百里 第五 万俟 澹台 公冶 太叔 申屠 闻人 赫连 淳于 单于
    拓跋 濮阳 歐陽 司馬 諸葛 東方 尉遲 公孫 長孫 軒轅 鍾離 獨孤 南宮 西門 澹臺 聞人
    赫連 單于 濮陽""".split()  # noqa: SIM905 - a word list reads best as words
)
_PERSON_CHARS = re.compile(r"^[\u4e00-\u9fff]{2,4}$")
_NOT_NAME_ENDS = frozenset("区县乡镇村市省州局委办院队部厅处科室站所社组团协")
"""Endings of places and offices (``胡庙乡``, ``高新区``): a short line ending so is not a person."""


def looks_like_name(text: str) -> bool:
    """``李心萍``, ``欧阳修``: two or three Han characters after a surname, four after a compound one."""
    if not _PERSON_CHARS.match(text) or text[-1] in _NOT_NAME_ENDS:
        return False
    if len(text) == 4:
        return text[:2] in COMPOUND  # 欧阳晓明; after a single surname, four are a phrase (国内资讯)
    return text[:2] in COMPOUND or text[0] in SINGLE


_WRITER_LINE = re.compile(r"^[\u4e00-\u9fff]{2,10}$")
_DESK_ENDS = ("组", "組", "编辑部", "編輯部", "工作室")
_PEN_NAME_CHARS = 3


def is_desk(text: str) -> bool:
    """``眾新聞中國組``, ``要闻编辑部``: a newsroom's desk signing a story in its writer's place."""
    return 3 <= len(text) <= 10 and text.endswith(_DESK_ENDS) and _WRITER_LINE.match(text) is not None


def is_writer_line(text: str, pen_chars: int | None = None) -> bool:
    """A line naming only who wrote a story, as a paper prints it under the title: a person
    (``李心萍``), a pen name of two or three characters (``假才子``) or a desk (``眾新聞中國組``).  Han
    characters only — a subtitle has more words, a page name a digit — and never a place or an office
    (``胡庙乡``): the caller still has to find the line between a title and the text."""
    if _WRITER_LINE.match(text) is None:
        return False
    if is_desk(text) or looks_like_name(text):
        return True
    return len(text) <= (pen_chars or _PEN_NAME_CHARS) and text[-1] not in _NOT_NAME_ENDS


_OPEN_CLOSE = ("“”", "「」", "『』", "（）", "()", "《》", "【】")


def writer_under(title: str, text: str, heading: bool, pen_chars: int | None = None) -> bool:
    """``text`` on the line under ``title`` names the writer: a writer line (see ``is_writer_line``)
    under a longer, whole title — every bracket and quote it opens closed, no sentence in it.  A title
    that reads as text (``heading`` false) is one only with a question or an exclamation in it
    (``致命工程車何時滑落鐵軌？``), the marks that kept it from reading as a heading.  ``pen_chars``: the
    longest name read as a pen name where the caller knows only a writer can stand (default three)."""
    if not is_writer_line(text, pen_chars) or len(title) <= len(text) or not 4 <= len(title) <= _TITLE_CHARS:
        return False
    if any(title.count(pair[0]) != title.count(pair[1]) for pair in _OPEN_CLOSE) or "。" in title:
        return False
    return heading or any(mark in title for mark in "？！?!")


_TITLE_CHARS = 50


_ISSUER_END = (
    "局", "队", "隊", "办", "辦", "委", "厅", "廳", "院", "部", "中心", "政府",
    "委员会", "委員會", "协会", "協會", "学会", "學會", "公司", "集团", "集團", "所", "站", "处",
    "處", "科", "室", "社", "馆", "館", "总会", "總會", "联合会", "聯合會", "红十字会", "紅十字會",
    "基金会", "基金會", "工会", "工會", "商会", "商會", "研究会", "研究會", "促进会", "促進會",
)  # fmt: skip


def is_issuer(text: str) -> bool:
    """``宜春市统计局 国家统计局宜春调查队``: the offices that issue a bulletin, not a heading."""
    return either_script(_offices, text)


_NOT_AN_OFFICE = (
    "开局", "布局", "格局", "结局", "大局", "全局", "变局", "破局", "新局", "僵局", "定局", "终局",
    "全部", "内部", "外部", "局部", "干部", "实处", "到处", "好处", "深处", "网站", "车站", "驿站",
    "场所", "住所", "督办", "承办", "举办", "主办", "创办", "代办", "帮办", "交办", "查办", "开办",
)  # fmt: skip
"""Words that end like an office (局, 部, 处, 站, 所, 办) but name none: ``…实现良好开局``, ``…落到实处``,
``…帮办代办`` close a headline, never an issuing office's name."""


def _offices(text: str) -> bool:
    parts = text.split()
    return (
        bool(parts)
        and len(parts) <= 4
        and all(3 <= len(p) <= 20 and p.endswith(_ISSUER_END) for p in parts)
        and not any(simplified(p).endswith(_NOT_AN_OFFICE) for p in parts)  # 開局 as 开局: either script
    )
