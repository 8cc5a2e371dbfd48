"""Hand copies of three real government notices (cover letters), laid out by us as one 文件选编 issue.

TH and YY were copied from the `search` tool's stored-page excerpts (corpus `pages`), which hold each page
from its beginning; the stored text uses ASCII punctuation where the sites presumably had full-width
(「,」 「:」 「(」), kept as stored. Only each page's cover letter is used: the attached 规则 / 实施意见 that follow
it on the page are cut off in the excerpt and are not copied. JG was copied with read_file from
micklq/jiangeplatform @ 39662cd3910858525fea4cc62e1cc4dd2b31bbac, web/src/main/webapp/letter/ndetail.jsp
(tags removed; the <b> heads as their own paragraphs)."""

ITEMS = [
    dict(
        key='th', source='http://zwgkw.thx.gov.cn/openness/detail/content/5c4829ad7f8b9a6f388be521.html',
        docno=None, date='2019-01-17',
        title='太湖县人民政府关于印发《太湖县人民政府工作规则》的通知',
        to='各乡、镇人民政府,县政府各部门、各直属机构:',
        paras=['《太湖县人民政府工作规则》已经2019年1月4日县政府第三次全体会议通过,现予印发,请遵照执行。'],
        sign=['太湖县人民政府', '2019年1月17日'],
    ),
    dict(
        key='yy', source='https://pingjiang.gov.cn/35048/40718/40820/40821/content_1202379.html',
        docno='岳办发〔2017〕2号', date='2017-01-10',
        # stored title: 「…的通知(岳办发〔2017〕2号)」; the 文号 is set on its own line above the title by us
        title='中共岳阳市委办公室岳阳市人民政府办公室印发《关于全面推进政务公开工作的实施意见》的通知',
        to='各县市区委、人民政府,岳阳经济技术开发区、城陵矶新港区、南湖新区、屈原管理区,市直各单位,中央、省驻岳单位:',
        paras=['《关于全面推进政务公开工作的实施意见》已经市委、市人民政府同意,现印发给你们,请结合实际认真贯彻执行。'],
        sign=['中共岳阳市委办公室', '岳阳市人民政府办公室', '2017年1月10日'],
    ),
    dict(
        key='jg', source='micklq/jiangeplatform web/src/main/webapp/letter/ndetail.jsp',
        docno=None, date='2016-07-08',
        title='关于立即开展落实民生19项核查点情况意见通知',
        to='各市（州）、县（市、区）人民政府，省政府各部门、各直属机构：',
        paras=[
            '现将《国务院关于对稳增长促改革调结构惠民生政策措施落实情况开展全面督查的通知》（国发明电〔2014〕1号）转发你们，请按照通知要求立即开展自查，要对4个方面、19个重点领域的60项重点内容逐一对照检查，确保国务院政策措施落实到位。现就有关工作通知如下。',
            '一、各地自查',
            '各市（州）、县（市、区）要按照督查的内容和重点，对本地区贯彻实施情况开展逐项自查。对落实较好的，要认真总结经验做法；对落实进展缓慢的，要逐一查明原因，抓紧贯彻落实。各市（州）于6月20日18：00前通过全省政府系统公文无纸化传输平台向省政府报送自查报告（含电子文档）。',
            '二、部门自查',
            '省级部门要按照职责分工，从行业主管部门的角度进行深入自查，客观反映工作进展情况及成效，抓紧落实相关措施，梳理发现执行中存在的问题，确保决策措施的贯彻落实取得实质进展。19个方面督查重点，由所涉及的省政府办公厅、住房城乡建设厅、省发展改革委、环境保护厅、民政厅、省经济和信息化委、文化厅、省政府金融办、商务厅、科技厅、农业厅、水利厅、省扶贫移民局、财政厅、人力资源社会保障厅等省级主管部门（单位）牵头完成自查报告，其他相关部门（单位）配合，于6月20日18：00前通过全省政府系统公文无纸化传输平台向省政府报送自查报告（含电子文档）。',
            '三、重点抽查',
            '省政府将对省级重点部门、重点地区稳增长促改革调结构惠民生政策措施落实情况开展抽查，了解掌握具体情况，及时发现具有倾向性、苗头性、典型性的问题，确保决策措施的贯彻落实取得实质进展。',
            '特此通知。',
        ],
        sign=[],
    ),
]
