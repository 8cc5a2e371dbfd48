<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <source>Bulletin Reader</source>
        <translation>公报阅读器</translation>
    </message>
    <message>
        <source>Read, search and annotate local-government bulletins.</source>
        <translation>阅读、检索和批注地方政务信息与简报。</translation>
    </message>
    <message>
        <source>importer compiled</source>
        <translation>导入器已编译</translation>
    </message>
    <message>
        <source>importer in Python</source>
        <translation>导入器以 Python 运行</translation>
    </message>
    <message>
        <source>About Bulletin Reader</source>
        <translation>关于公报阅读器</translation>
    </message>
</context>
<context>
    <name>AlsoInBar</name>
    <message>
        <source>page %1</source>
        <translation>%1版</translation>
    </message>
    <message>
        <source>Also in:</source>
        <translation>亦见：</translation>
    </message>
    <message>
        <source>the original is in the library</source>
        <translation>原文在库中</translation>
    </message>
    <message>
        <source>the original is not in the library</source>
        <translation>原文未在库中</translation>
    </message>
</context>
<context>
    <name>AnnotationTableModel</name>
    <message>
        <source>Its issue is in the trash: File ▸ Trash restores it.</source>
        <translation>它所在的期在废纸篓中：可从“文件 ▸ 废纸篓”恢复。</translation>
    </message>
</context>
<context>
    <name>AnnotationsView</name>
    <message>
        <source>Quote</source>
        <translation>引文</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>笔记</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Note or quote text</source>
        <translation>笔记或引文</translation>
    </message>
    <message>
        <source>Entity mentioned</source>
        <translation>提及的实体</translation>
    </message>
    <message>
        <source>Since YYYY-MM-DD</source>
        <translation>起 YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Until YYYY-MM-DD</source>
        <translation>止 YYYY-MM-DD</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>全部标签</translation>
    </message>
    <message>
        <source>All colours</source>
        <translation>全部颜色</translation>
    </message>
    <message>
        <source>All sections</source>
        <translation>全部栏目</translation>
    </message>
    <message numerus="yes">
        <source>%n highlight(s)</source>
        <translation>
            <numerusform>%n 条高亮</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Appearance</name>
    <message>
        <source>System Theme</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Highlight: %1</source>
        <translation>高亮：%1</translation>
    </message>
    <message>
        <source>Legend:</source>
        <translation>图例：</translation>
    </message>
    <message>
        <source>Highlighting off</source>
        <translation>高亮已关闭</translation>
    </message>
</context>
<context>
    <name>ArticleNotesModel</name>
    <message>
        <source>⚠ Text changed, not found</source>
        <translation>⚠ 原文已更改，未能定位</translation>
    </message>
</context>
<context>
    <name>ArticleView</name>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n 篇文章</numerusform>
        </translation>
    </message>
    <message>
        <source>Not an Entity (Here)</source>
        <translation>不是实体（仅此处）</translation>
    </message>
    <message>
        <source>Not an Entity (All Occurrences)</source>
        <translation>不是实体（所有出现处）</translation>
    </message>
    <message>
        <source>Change Kind (Here)</source>
        <translation>更改类型（仅此处）</translation>
    </message>
    <message>
        <source>Change Kind (All Occurrences)</source>
        <translation>更改类型（所有出现处）</translation>
    </message>
    <message>
        <source>Mark “%1” As</source>
        <translation>将“%1”标记为</translation>
    </message>
</context>
<context>
    <name>CareerTimeline</name>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n 篇文章</numerusform>
        </translation>
    </message>
    <message>
        <source>appointed</source>
        <translation>任命</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>免去</translation>
    </message>
    <message>
        <source>No dated posts</source>
        <translation>没有带日期的职务</translation>
    </message>
</context>
<context>
    <name>CareersFeature</name>
    <message>
        <source>Posts</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Posts × years</source>
        <translation>职务 × 年份</translation>
    </message>
    <message>
        <source>Count reprints once</source>
        <translation>同稿计一次</translation>
    </message>
    <message>
        <source>A story printed several times counts as one article</source>
        <translation>转载、通稿只算一篇</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在读取…</translation>
    </message>
</context>
<context>
    <name>ColorMeaningsDialog</name>
    <message>
        <source>Highlight Colours</source>
        <translation>高亮颜色含义</translation>
    </message>
    <message>
        <source>e.g. key point / doubtful / figures</source>
        <translation>例如：要点 / 存疑 / 数据</translation>
    </message>
    <message>
        <source>What does each colour mean? Exports say so.</source>
        <translation>每种颜色代表什么？导出时会写明。</translation>
    </message>
</context>
<context>
    <name>Colours</name>
    <message>
        <source>Yellow</source>
        <translation>黄</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>红</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>绿</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>蓝</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>紫</translation>
    </message>
</context>
<context>
    <name>DiffDialog</name>
    <message>
        <source>Compare versions</source>
        <translation>版本对比</translation>
    </message>
</context>
<context>
    <name>DiffView</name>
    <message>
        <source>Next difference</source>
        <translation>下一处不同</translation>
    </message>
    <message>
        <source>Both sides to the next difference (F8)</source>
        <translation>两边同时跳到下一处不同 (F8)</translation>
    </message>
    <message>
        <source>%1 the same</source>
        <translation>%1 相同</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s)</source>
        <translation>
            <numerusform>%n 处不同</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EntityArticlesModel</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>提及次数</translation>
    </message>
</context>
<context>
    <name>EntityDetail</name>
    <message>
        <source>Often in the same articles</source>
        <translation>常在同一篇文章中出现</translation>
    </message>
    <message>
        <source>Positions: %1</source>
        <translation>职务：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n 篇文章</numerusform>
        </translation>
    </message>
    <message>
        <source>Also printed: %1</source>
        <translation>又作：%1</translation>
    </message>
    <message>
        <source>Current: %1 · Career below (click a bar or marker)</source>
        <translation>现任：%1 · 履历见下（点击条块或标记）</translation>
    </message>
    <message>
        <source>Mentions per issue date</source>
        <translation>每期提及次数</translation>
    </message>
</context>
<context>
    <name>EntityListModel</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>职务</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Could Not Finish</source>
        <translation>无法完成</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>(all)</source>
        <translation>（全部）</translation>
    </message>
    <message>
        <source>Export Notes (Markdown)</source>
        <translation>导出笔记（Markdown）</translation>
    </message>
    <message>
        <source>Name (mentioned or in the byline)</source>
        <translation>人名（文中提及或署名）</translation>
    </message>
    <message>
        <source>One file per article (into a folder)</source>
        <translation>每篇文章一个文件（写入文件夹）</translation>
    </message>
    <message>
        <source>People as [[wiki-links]] (Obsidian)</source>
        <translation>人物写成 [[维基链接]]（Obsidian）</translation>
    </message>
    <message>
        <source>Write to…</source>
        <translation>导出到…</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>期</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>起</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>止</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人物</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Preview: exactly what will be written</source>
        <translation>预览：将写入的内容</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>写入</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n 个文件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n highlight(s)</source>
        <translation>
            <numerusform>%n 条高亮</numerusform>
        </translation>
    </message>
    <message>
        <source>choose a folder</source>
        <translation>请选择文件夹</translation>
    </message>
    <message>
        <source>choose a file</source>
        <translation>请选择文件</translation>
    </message>
    <message>
        <source>Export to Folder</source>
        <translation>导出到文件夹</translation>
    </message>
    <message>
        <source>Export To</source>
        <translation>导出到</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Trad./Simp.</source>
        <translation>繁简</translation>
    </message>
    <message>
        <source>A query finds both scripts and common variant characters: 發展 also finds 发展</source>
        <translation>繁简及异体字通用：“發展”也找到“发展”</translation>
    </message>
    <message>
        <source>All sections</source>
        <translation>全部栏目</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>全部标签</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in article</source>
        <translation>在文中查找</translation>
    </message>
    <message>
        <source>Previous (Shift+Enter)</source>
        <translation>上一个（Shift+Enter）</translation>
    </message>
    <message>
        <source>Next (Enter)</source>
        <translation>下一个（Enter）</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>关闭（Esc）</translation>
    </message>
</context>
<context>
    <name>HighlightToolbar</name>
    <message>
        <source>Highlight with a note (N)</source>
        <translation>高亮并写笔记（N）</translation>
    </message>
    <message>
        <source>Highlight: %1 (%2)</source>
        <translation>高亮：%1（%2）</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message numerus="yes">
        <source>%n imported</source>
        <translation>
            <numerusform>导入 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>更新 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n 个未变</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n 个失败</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>no files found</source>
        <translation>没有找到文件</translation>
    </message>
    <message>
        <source> (cancelled)</source>
        <translation>（已取消）</translation>
    </message>
    <message>
        <source>Nothing Was Imported</source>
        <translation>没有导入任何文件</translation>
    </message>
    <message>
        <source>Import Finished with Errors</source>
        <translation>导入完成，但有错误</translation>
    </message>
    <message>
        <source>Import Finished</source>
        <translation>导入完成</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Importing file %1 of %2:
%3</source>
        <translation>正在导入第 %1 个文件（共 %2 个）：
%3</translation>
    </message>
    <message>
        <source>Finishing: saving the last files…</source>
        <translation>即将完成：正在保存最后的文件…</translation>
    </message>
    <message>
        <source>Show in Folder</source>
        <translation>在文件夹中显示</translation>
    </message>
    <message>
        <source>Import failed: %1</source>
        <translation>导入失败：%1</translation>
    </message>
    <message>
        <source>Nothing Was Imported</source>
        <translation>没有导入任何文件</translation>
    </message>
</context>
<context>
    <name>KeyboardNav</name>
    <message>
        <source>Caret Browsing</source>
        <translation>光标浏览</translation>
    </message>
    <message>
        <source>Next Region</source>
        <translation>下一区域</translation>
    </message>
    <message>
        <source>Previous Region</source>
        <translation>上一区域</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Preferences…</source>
        <translation>偏好设置…</translation>
    </message>
    <message>
        <source>Caret browsing: arrows move, Shift+arrows select, H or Ctrl+1…5 highlight; F7 turns it off</source>
        <translation>光标浏览：方向键移动，Shift+方向键选择，H 或 Ctrl+1…5 高亮；按 F7 关闭</translation>
    </message>
    <message>
        <source>Caret browsing off</source>
        <translation>光标浏览已关闭</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <source>Person</source>
        <translation>人物</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>数量</translation>
    </message>
</context>
<context>
    <name>KwicModel</name>
    <message>
        <source>Kicker</source>
        <translation>引题</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation>副题</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Left Context</source>
        <translation>左侧语境</translation>
    </message>
    <message>
        <source>Keyword</source>
        <translation>关键词</translation>
    </message>
    <message>
        <source>Right Context</source>
        <translation>右侧语境</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>%1 · %2, character %3</source>
        <translation>%1 · %2第 %3 字</translation>
    </message>
</context>
<context>
    <name>KwicView</name>
    <message>
        <source>Word or phrase (words separated by spaces must all occur)</source>
        <translation>检索词或短语（以空格分隔的几个词须同时出现）</translation>
    </message>
    <message>
        <source> chars</source>
        <translation> 字</translation>
    </message>
    <message>
        <source>Characters of context on each side</source>
        <translation>左右两侧各显示的语境字数</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Save Search…</source>
        <translation>保存检索…</translation>
    </message>
    <message>
        <source>Concordance (KWIC)</source>
        <translation>关键词语境（KWIC）</translation>
    </message>
    <message>
        <source>Searching “%1”…</source>
        <translation>正在检索“%1”…</translation>
    </message>
    <message>
        <source>No article contains “%1”</source>
        <translation>没有文章包含“%1”</translation>
    </message>
    <message numerus="yes">
        <source>%Ln occurrence(s)</source>
        <translation>
            <numerusform>%Ln 处</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln 篇文章</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in %2 · “%3”</source>
        <translation>%2中共 %1 · “%3”</translation>
    </message>
    <message>
        <source>Sorting…</source>
        <translation>正在排序…</translation>
    </message>
    <message>
        <source>Export Concordance</source>
        <translation>导出关键词语境</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln line(s) to %1</source>
        <translation>
            <numerusform>已导出 %Ln 行到 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>正在导出到 %1…</translation>
    </message>
</context>
<context>
    <name>LibraryOps</name>
    <message numerus="yes">
        <source>%n highlight(s) re-anchored</source>
        <translation>
            <numerusform>%n 条高亮已重新定位</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; not placed: %n (kept in the notes list)</source>
        <translation>
            <numerusform>；%n 条未能定位（保留在笔记列表中）</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Issue…</source>
        <translation>移除本期…</translation>
    </message>
    <message>
        <source>Remove Sample Bulletins…</source>
        <translation>移除示例公报…</translation>
    </message>
    <message>
        <source>Trash…</source>
        <translation>废纸篓…</translation>
    </message>
    <message>
        <source>No issue to remove</source>
        <translation>没有可移除的期</translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation>移到废纸篓</translation>
    </message>
    <message>
        <source>Move %1 to the trash?</source>
        <translation>将%1移到废纸篓？</translation>
    </message>
    <message>
        <source>No highlights, notes or tags are attached. File ▸ Trash brings the issues back.</source>
        <translation>没有附带高亮、笔记或标签。可从“文件 ▸ 废纸篓”恢复。</translation>
    </message>
    <message numerus="yes">
        <source>%n highlight(s)</source>
        <translation>
            <numerusform>%n 条高亮</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a note</source>
        <translation>
            <numerusform>其中 %n 条有笔记</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tagged article(s)</source>
        <translation>
            <numerusform>%n 篇加了标签的文章</numerusform>
        </translation>
    </message>
    <message>
        <source>Attached: %1. Nothing is deleted: they come back when you restore the issues (Edit ▸ Undo, or File ▸ Trash) or import the same files again.</source>
        <translation>附带：%1。不会删除任何内容：恢复这些期（编辑 ▸ 撤销，或 文件 ▸ 废纸篓）或再次导入相同文件时，它们会一并回来。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>移除%1</translation>
    </message>
    <message>
        <source>Moved %1 to the trash · Edit ▸ Undo brings it back</source>
        <translation>已将%1移到废纸篓 · 编辑 ▸ 撤销可恢复</translation>
    </message>
    <message>
        <source>No sample bulletins in this library</source>
        <translation>库中没有示例公报</translation>
    </message>
    <message numerus="yes">
        <source>the %n sample bulletin(s)</source>
        <translation>
            <numerusform>%n 期示例公报</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose an issue (or one of its articles) first</source>
        <translation>请先选择一期（或其中一篇文章）</translation>
    </message>
    <message>
        <source>the issue “%1”</source>
        <translation>“%1”这一期</translation>
    </message>
    <message>
        <source>Show Set-Aside Lines…</source>
        <translation>查看未归入文章的行…</translation>
    </message>
    <message>
        <source>Merge into Its Duplicate “%1”…</source>
        <translation>合并到重复的“%1”…</translation>
    </message>
    <message numerus="yes">
        <source>Restored %n issue(s)</source>
        <translation>
            <numerusform>已恢复 %n 期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n issue(s) for good</source>
        <translation>
            <numerusform>已永久删除 %n 期</numerusform>
        </translation>
    </message>
    <message>
        <source>Corrected Copy?</source>
        <translation>更正版？</translation>
    </message>
    <message>
        <source>Replace “%1” with this corrected file?</source>
        <translation>用这个更正后的文件替换“%1”吗？</translation>
    </message>
    <message>
        <source>It has the same publication and date, and %1% of its article titles are the same.</source>
        <translation>它的出版物和日期相同，且 %1% 的文章标题相同。</translation>
    </message>
    <message>
        <source>%1% of its article titles are the same.</source>
        <translation>它有 %1% 的文章标题相同。</translation>
    </message>
    <message>
        <source>%1 (in %2) looks like a copy of an issue already in the library.</source>
        <translation>%1（位于 %2）看起来是库中已有一期的副本。</translation>
    </message>
    <message numerus="yes">
        <source>Replacing keeps one issue with its links, tags and notes; this file becomes its newest version and %n highlight(s) will be re-anchored to it.</source>
        <translation>
            <numerusform>替换后只保留一期，链接、标签和笔记都不变；此文件成为它的最新版本，%n 条高亮将重新定位到新文本。</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace (New Version)</source>
        <translation>替换（作为新版本）</translation>
    </message>
    <message>
        <source>Keep Both</source>
        <translation>两者都保留</translation>
    </message>
    <message numerus="yes">
        <source>Do the same for the other %n file(s)</source>
        <translation>
            <numerusform>其余 %n 个文件也这样处理</numerusform>
        </translation>
    </message>
    <message>
        <source>Kept one issue: the corrected file is its newest version; %1</source>
        <translation>已合并为一期：更正后的文件是它的最新版本；%1</translation>
    </message>
    <message>
        <source>Merge Duplicate</source>
        <translation>合并重复</translation>
    </message>
    <message>
        <source>Make “%1” the newest version of “%2”?</source>
        <translation>将“%1”作为“%2”的最新版本？</translation>
    </message>
    <message>
        <source>One issue remains, with the text of the first; highlights and tags of both are kept and re-anchored. This cannot be undone with Edit ▸ Undo.</source>
        <translation>合并后只保留一期，正文采用前者；两者的高亮和标签都会保留并重新定位。此操作不能用“编辑 ▸ 撤销”撤回。</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
</context>
<context>
    <name>LibraryTreeModel</name>
    <message>
        <source>Other sources</source>
        <translation>其他来源</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>无日期</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>（无题）</translation>
    </message>
    <message>
        <source>Issues: {issues}, articles: {articles}</source>
        <translation>{issues} 期，{articles} 篇</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>标签：</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>First run: importing the sample bulletins…</source>
        <translation>首次运行：正在导入示例公报…</translation>
    </message>
    <message>
        <source>Filter by title</source>
        <translation>按标题筛选</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>期刊</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Filter names</source>
        <translation>筛选名称</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人物</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Import Files…</source>
        <translation>导入文件…</translation>
    </message>
    <message>
        <source>Import Folder…</source>
        <translation>导入文件夹…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>后退</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>前进</translation>
    </message>
    <message>
        <source>Next Article</source>
        <translation>下一篇</translation>
    </message>
    <message>
        <source>Previous Article</source>
        <translation>上一篇</translation>
    </message>
    <message>
        <source>Mark Read / Unread</source>
        <translation>标为已读/未读</translation>
    </message>
    <message>
        <source>Larger Text</source>
        <translation>放大字号</translation>
    </message>
    <message>
        <source>Smaller Text</source>
        <translation>缩小字号</translation>
    </message>
    <message>
        <source>Default Text Size</source>
        <translation>默认字号</translation>
    </message>
    <message>
        <source>Search Library</source>
        <translation>搜索全库</translation>
    </message>
    <message>
        <source>Find in Article</source>
        <translation>在文中查找</translation>
    </message>
    <message>
        <source>About Bulletin Reader</source>
        <translation>关于公报阅读器</translation>
    </message>
    <message>
        <source>Marked read</source>
        <translation>已标为已读</translation>
    </message>
    <message>
        <source>Marked unread</source>
        <translation>已标为未读</translation>
    </message>
    <message>
        <source>Applying correction: %1</source>
        <translation>正在更正：%1</translation>
    </message>
    <message numerus="yes">
        <source>Corrected · %n article(s) updated</source>
        <translation>
            <numerusform>已更正 · 更新了 %n 篇文章</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>Import Files</source>
        <translation>导入文件</translation>
    </message>
    <message>
        <source>Text and web pages (*.txt *.md *.markdown *.html *.htm);;All files (*)</source>
        <translation>文本与网页 (*.txt *.md *.markdown *.html *.htm);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Import Folder</source>
        <translation>导入文件夹</translation>
    </message>
    <message>
        <source>Imported the sample bulletins (%1) · File ▸ Remove Sample Bulletins takes them out again</source>
        <translation>已导入示例公报（%1）· 文件 ▸ 移除示例公报 可将其移除</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation>文章(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Research</source>
        <translation>研究(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>实体</translation>
    </message>
</context>
<context>
    <name>NotesController</name>
    <message>
        <source>Could not save: %1</source>
        <translation>保存失败：%1</translation>
    </message>
    <message>
        <source>Edit Note</source>
        <translation>编辑笔记</translation>
    </message>
    <message>
        <source>Change Colour</source>
        <translation>更改颜色</translation>
    </message>
    <message>
        <source>Highlight Tags</source>
        <translation>高亮标签</translation>
    </message>
</context>
<context>
    <name>NotesFeature</name>
    <message>
        <source>Notes</source>
        <translation>摘录</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Highlight with Note</source>
        <translation>高亮并写笔记</translation>
    </message>
    <message>
        <source>Delete Highlight</source>
        <translation>删除高亮</translation>
    </message>
    <message>
        <source>Highlight Colours…</source>
        <translation>高亮颜色含义…</translation>
    </message>
    <message>
        <source>Export Notes…</source>
        <translation>导出笔记…</translation>
    </message>
    <message>
        <source>All Highlights</source>
        <translation>摘录总览</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>高亮</translation>
    </message>
    <message>
        <source>Select some body text first</source>
        <translation>请先在正文中选择文字</translation>
    </message>
    <message>
        <source>Edit Note</source>
        <translation>编辑笔记</translation>
    </message>
    <message>
        <source>Change Colour</source>
        <translation>更改颜色</translation>
    </message>
    <message>
        <source>Highlight not found: %1</source>
        <translation>找不到高亮：%1</translation>
    </message>
    <message>
        <source>This highlight&apos;s issue is in the trash: File ▸ Trash restores it</source>
        <translation>此高亮所在的期在废纸篓中：可从“文件 ▸ 废纸篓”恢复</translation>
    </message>
    <message>
        <source>The article is gone; the quote was: %1</source>
        <translation>原文章已不在库中；引文为：%1</translation>
    </message>
    <message>
        <source>The text changed and this highlight could not be placed</source>
        <translation>原文已更改，此高亮未能定位</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>Article tags</source>
        <translation>文章标签</translation>
    </message>
    <message>
        <source>Delete highlight (Del)</source>
        <translation>删除高亮（Del）</translation>
    </message>
    <message>
        <source>Note — plain text or Markdown</source>
        <translation>笔记（纯文本或 Markdown）</translation>
    </message>
    <message>
        <source>Highlight tags</source>
        <translation>高亮标签</translation>
    </message>
    <message numerus="yes">
        <source>%n highlight(s)</source>
        <translation>
            <numerusform>%n 条高亮</numerusform>
        </translation>
    </message>
    <message>
        <source>No article open</source>
        <translation>未打开文章</translation>
    </message>
    <message numerus="yes">
        <source>%n not placed</source>
        <translation>
            <numerusform>%n 条未定位</numerusform>
        </translation>
    </message>
    <message>
        <source>Colours:</source>
        <translation>颜色含义：</translation>
    </message>
</context>
<context>
    <name>PanelLayout</name>
    <message>
        <source>Sidebar</source>
        <translation>侧边栏</translation>
    </message>
    <message>
        <source>Notes Panel</source>
        <translation>笔记面板</translation>
    </message>
    <message>
        <source>Reading Mode</source>
        <translation>专注阅读</translation>
    </message>
    <message>
        <source>Leave Reading Mode</source>
        <translation>退出专注阅读</translation>
    </message>
    <message>
        <source>Sidebar hidden to keep lines readable · Ctrl+B shows it</source>
        <translation>为保证每行可读，侧边栏已隐藏 · 按 Ctrl+B 显示</translation>
    </message>
    <message>
        <source>Notes panel hidden to keep lines readable · Ctrl+Shift+B shows it</source>
        <translation>为保证每行可读，笔记面板已隐藏 · 按 Ctrl+Shift+B 显示</translation>
    </message>
    <message>
        <source>Panels hidden to keep lines readable · Ctrl+B, Ctrl+Shift+B show them</source>
        <translation>为保证每行可读，两侧面板已隐藏 · 按 Ctrl+B、Ctrl+Shift+B 显示</translation>
    </message>
</context>
<context>
    <name>PostsPanel</name>
    <message>
        <source>Filter posts, places, names</source>
        <translation>筛选职务、地方或姓名</translation>
    </message>
    <message numerus="yes">
        <source>%n post(s)</source>
        <translation>
            <numerusform>%n 个职务</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n 人</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PostsTableModel</name>
    <message>
        <source>Place</source>
        <translation>地方</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>职务</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>偏好设置</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>The window reopens in the new language; nothing you are doing is lost.</source>
        <translation>窗口会以新语言重新打开，正在进行的工作不会丢失。</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <source>no such file or folder</source>
        <translation>没有这个文件或文件夹</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>没有这个文件</translation>
    </message>
    <message>
        <source>file is {size} MiB, over the {limit} MiB limit</source>
        <translation>文件大小为 {size} MiB，超过 {limit} MiB 的上限</translation>
    </message>
    <message>
        <source>file is too large ({size} bytes; the limit is {limit} bytes)</source>
        <translation>文件过大（{size} 字节；上限为 {limit} 字节）</translation>
    </message>
    <message>
        <source>cannot read: {detail}</source>
        <translation>无法读取：{detail}</translation>
    </message>
    <message>
        <source>file is empty</source>
        <translation>文件是空的</translation>
    </message>
    <message>
        <source>file is empty (it holds only white space)</source>
        <translation>文件是空的（只有空白字符）</translation>
    </message>
    <message>
        <source>file is binary, not text (it holds NUL or other control bytes)</source>
        <translation>这是二进制文件，不是文本（含有 NUL 或其他控制字节）</translation>
    </message>
    <message>
        <source>file is binary, not text (it holds NUL bytes)</source>
        <translation>这是二进制文件，不是文本（含有 NUL 字节）</translation>
    </message>
    <message>
        <source>undecodable bytes: starts with a {label} byte-order mark but {detail}</source>
        <translation>无法解码：文件以 {label} 字节顺序标记开头，但 {detail}</translation>
    </message>
    <message>
        <source>undecodable bytes at offset {offset}: not UTF-8, GB18030/GBK, Big5 or UTF-16 text</source>
        <translation>第 {offset} 字节起无法解码：不是 UTF-8、GB18030/GBK、Big5 或 UTF-16 文本</translation>
    </message>
    <message>
        <source>undecodable bytes: not UTF-8, and as GB18030 or Big5 it decodes to unprintable or unusual characters ({share}% of them)</source>
        <translation>无法解码：不是 UTF-8，按 GB18030 或 Big5 解码会得到不可打印或罕见的字符（占 {share}%）</translation>
    </message>
    <message>
        <source>not text: it starts with a {label} byte-order mark, but read that way {share}% of its characters are unusual (random bytes or another encoding)</source>
        <translation>不是文本：文件以 {label} 字节顺序标记开头，但按此解码有 {share}% 的字符不常见（随机字节或其他编码）</translation>
    </message>
    <message>
        <source>file holds no text, only rules, page numbers or web-page chrome</source>
        <translation>文件里没有正文，只有线条、页码或网页上的按钮菜单</translation>
    </message>
    <message>
        <source>set aside as not part of any article: {detail}</source>
        <translation>以下内容不属于任何文章，已另存：{detail}</translation>
    </message>
    <message>
        <source>table of contents: &apos;{title}&apos; not found in the text</source>
        <translation>目录：正文中找不到“{title}”</translation>
    </message>
    <message>
        <source>web page header</source>
        <translation>网页页眉</translation>
    </message>
    <message>
        <source>web page footer</source>
        <translation>网页页脚</translation>
    </message>
    <message>
        <source>web page toolbar</source>
        <translation>网页工具栏</translation>
    </message>
    <message>
        <source>web page information</source>
        <translation>网页信息栏</translation>
    </message>
    <message>
        <source>web page menu</source>
        <translation>网站菜单</translation>
    </message>
    <message>
        <source>web page links</source>
        <translation>网页链接列表</translation>
    </message>
    <message>
        <source>running head</source>
        <translation>页眉页脚</translation>
    </message>
    <message>
        <source>repeated title</source>
        <translation>重复的标题</translation>
    </message>
    <message>
        <source>advertisement</source>
        <translation>广告</translation>
    </message>
    <message>
        <source>page editors</source>
        <translation>版面编辑</translation>
    </message>
    <message>
        <source>distribution list</source>
        <translation>分送范围</translation>
    </message>
    <message>
        <source>empty section heading</source>
        <translation>无文章的栏目名</translation>
    </message>
    <message>
        <source>page number</source>
        <translation>页码</translation>
    </message>
    <message>
        <source>rule or table border</source>
        <translation>分隔线或表格边框</translation>
    </message>
    <message>
        <source>picture left out</source>
        <translation>图片占位</translation>
    </message>
    <message>
        <source>table of contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>heading of the full texts</source>
        <translation>全文部分的标题</translation>
    </message>
    <message>
        <source>issue title</source>
        <translation>刊头</translation>
    </message>
    <message>
        <source>web page title</source>
        <translation>网页标题</translation>
    </message>
    <message>
        <source>issue header</source>
        <translation>刊头信息</translation>
    </message>
    <message>
        <source>issue notes</source>
        <translation>刊期说明</translation>
    </message>
    <message>
        <source>front matter</source>
        <translation>文件元数据</translation>
    </message>
    <message>
        <source>time stamp</source>
        <translation>时间戳</translation>
    </message>
    <message>
        <source>heading number</source>
        <translation>标题编号</translation>
    </message>
    <message>
        <source>media tag</source>
        <translation>媒体标记</translation>
    </message>
    <message>
        <source>{kind}: {count} lines</source>
        <translation>{kind} {count} 行</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>the importer failed on this file ({detail}); please report it</source>
        <translation>导入程序处理此文件时出错（{detail}）；请反馈给开发者</translation>
    </message>
    <message>
        <source>could not write to the library: {detail}</source>
        <translation>无法写入文库：{detail}</translation>
    </message>
    <message>
        <source>layout not recognised: imported as one article titled by its first line</source>
        <translation>未能识别版式：已作为一篇文章导入，以首行作标题</translation>
    </message>
    <message>
        <source>line {line}: text before the first title kept as an article of its own</source>
        <translation>第 {line} 行：第一个标题之前的文字单独保留为一篇文章</translation>
    </message>
    <message>
        <source>line {line}: article has no title; titled by its first sentence</source>
        <translation>第 {line} 行：文章没有标题，以首句作标题</translation>
    </message>
    <message>
        <source>Markdown text before the first &apos;#&apos; title kept as an article of its own</source>
        <translation>第一个“#”标题之前的 Markdown 文字单独保留为一篇文章</translation>
    </message>
    <message>
        <source>table of contents: &apos;{title}&apos; has no page number; read as body text</source>
        <translation>目录：“{title}”没有页码，按正文处理</translation>
    </message>
    <message>
        <source>table of contents: &apos;{title}&apos; (page {page}) not found in the text</source>
        <translation>目录：在正文中找不到“{title}”（第 {page} 页）</translation>
    </message>
    <message>
        <source>the library is locked by another program; close it and try again</source>
        <translation>文库被另一个程序锁定；请关闭该程序后重试</translation>
    </message>
</context>
<context>
    <name>ResearchFeature</name>
    <message>
        <source>Research</source>
        <translation>研究</translation>
    </message>
    <message>
        <source>Concordance (KWIC)</source>
        <translation>关键词语境（KWIC）</translation>
    </message>
    <message>
        <source>Phrases over Time</source>
        <translation>提法趋势</translation>
    </message>
    <message>
        <source>Save Current Search…</source>
        <translation>保存当前检索…</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>Type a search first</source>
        <translation>请先在搜索框中输入检索词</translation>
    </message>
    <message>
        <source>Save Search</source>
        <translation>保存检索</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Replace the saved search “%1”?</source>
        <translation>已有名为“%1”的检索，要替换吗？</translation>
    </message>
    <message>
        <source>Saved “%1”</source>
        <translation>已保存“%1”</translation>
    </message>
    <message>
        <source>Delete Saved Search</source>
        <translation>删除保存的检索</translation>
    </message>
    <message>
        <source>Delete the saved search “%1”?</source>
        <translation>删除保存的检索“%1”吗？</translation>
    </message>
    <message>
        <source>Deleted “%1” (“%2”)</source>
        <translation>已删除“%1”（“%2”）</translation>
    </message>
</context>
<context>
    <name>SavedSearchModel</name>
    <message>
        <source>issue #%1</source>
        <translation>期刊 #%1</translation>
    </message>
    <message>
        <source>exact characters (no Trad./Simp. folding)</source>
        <translation>严格字形（不做繁简转换）</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n 篇文章</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SavedSearchesPanel</name>
    <message>
        <source>Concordance</source>
        <translation>语境</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>趋势</translation>
    </message>
    <message>
        <source>Save Search…</source>
        <translation>保存检索…</translation>
    </message>
    <message>
        <source>Save the search panel&apos;s query and filters</source>
        <translation>保存搜索面板中的检索词与筛选条件</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>保存的检索</translation>
    </message>
    <message>
        <source>Every occurrence in context</source>
        <translation>每一处出现及其上下文</translation>
    </message>
    <message>
        <source>How often a phrase appears, period by period</source>
        <translation>提法在各时段出现的频次</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Save a search from the search panel or the concordance; its count follows the library.</source>
        <translation>可在搜索面板或语境视图中保存检索；篇数随文库更新。</translation>
    </message>
    <message>
        <source>Open in Search</source>
        <translation>在搜索中打开</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>All sections</source>
        <translation>全部栏目</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>全部标签</translation>
    </message>
    <message>
        <source>Search the library (Ctrl+K)</source>
        <translation>搜索全库（Ctrl+K）</translation>
    </message>
    <message>
        <source>Trad./Simp.</source>
        <translation>繁简</translation>
    </message>
    <message>
        <source>A query finds both scripts and common variant characters: 發展 also finds 发展</source>
        <translation>繁简及异体字通用：“發展”也找到“发展”</translation>
    </message>
    <message>
        <source>Relevance</source>
        <translation>相关</translation>
    </message>
    <message>
        <source>Newest</source>
        <translation>最新</translation>
    </message>
    <message>
        <source>Relevance: articles with the words in their title first, then the newest</source>
        <translation>相关：标题含检索词者在前，再按日期从新到旧</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Count reprints once</source>
        <translation>同稿计一次</translation>
    </message>
    <message>
        <source>List only the first-published copy of a story</source>
        <translation>转载、通稿只列首发的一篇</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <source>%1 articles match “%2”</source>
        <translation>%1 篇文章包含“%2”</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) match “%2”</source>
        <translation>
            <numerusform>%n 篇文章包含“%2”</numerusform>
        </translation>
    </message>
    <message>
        <source> (counting…)</source>
        <translation>（计数中…）</translation>
    </message>
</context>
<context>
    <name>SetAsideDialog</name>
    <message>
        <source>Set-Aside Lines — %1</source>
        <translation>未归入文章的行 — %1</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of the file belong to no article (line number · why · text):</source>
        <translation>
            <numerusform>文件中有 %n 行不属于任何文章（行号 · 原因 · 内容）：</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>Elsewhere</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Down / Up</source>
        <translation>↓ / ↑</translation>
    </message>
    <message>
        <source>In the search box: move into the results and back</source>
        <translation>在搜索框中：进入结果列表，再返回</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>In a list of results or articles: open the article</source>
        <translation>在结果或文章列表中：打开文章</translation>
    </message>
    <message>
        <source>Shift+Arrow keys</source>
        <translation>Shift+方向键</translation>
    </message>
    <message>
        <source>With caret browsing (F7): select text to highlight</source>
        <translation>光标浏览（F7）时：选择要高亮的文字</translation>
    </message>
    <message>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Shift+Tab</translation>
    </message>
    <message>
        <source>Next / previous control (the page is one stop)</source>
        <translation>下一个 / 上一个控件（正文页只停一次）</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <source>In the notes panel: delete the chosen highlight</source>
        <translation>在笔记面板中：删除所选高亮</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Close the find bar; leave reading mode</source>
        <translation>关闭查找栏；退出专注阅读</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Nothing was written</source>
        <translation>没有写入任何内容</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n file(s) to</source>
        <translation>
            <numerusform>已导出 %n 个文件到</numerusform>
        </translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Show in its folder</source>
        <translation>在所在文件夹中显示</translation>
    </message>
</context>
<context>
    <name>TagActions</name>
    <message>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <source>Merge Into…</source>
        <translation>合并到…</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>颜色…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Rename Tag</source>
        <translation>重命名标签</translation>
    </message>
    <message>
        <source>New name for “%1”, everywhere it is used:</source>
        <translation>“%1”的新名称（所有文章和高亮上一起改）：</translation>
    </message>
    <message>
        <source>Unusable Tag Name</source>
        <translation>标签名称无效</translation>
    </message>
    <message>
        <source>Tag Exists</source>
        <translation>标签已存在</translation>
    </message>
    <message>
        <source>A tag “%1” already exists. Merge “%2” into it?</source>
        <translation>已有标签“%1”。把“%2”合并进去吗？</translation>
    </message>
    <message>
        <source>Merge Tag</source>
        <translation>合并标签</translation>
    </message>
    <message>
        <source>There is no other tag to merge into.</source>
        <translation>没有别的标签可以合并。</translation>
    </message>
    <message>
        <source>Merge “%1” into:</source>
        <translation>把“%1”合并到：</translation>
    </message>
    <message>
        <source>Colour of “%1”</source>
        <translation>“%1”的颜色</translation>
    </message>
    <message>
        <source>Delete Tag</source>
        <translation>删除标签</translation>
    </message>
    <message>
        <source>Remove the tag “%1” from %2 articles and %3 highlights? (Ctrl+Z undoes it)</source>
        <translation>从 %2 篇文章和 %3 条高亮上删除标签“%1”？（可用 Ctrl+Z 撤销）</translation>
    </message>
</context>
<context>
    <name>TagEditor</name>
    <message>
        <source>Add tag…</source>
        <translation>添加标签…</translation>
    </message>
    <message>
        <source>Remove tag “%1”</source>
        <translation>移除标签“%1”</translation>
    </message>
</context>
<context>
    <name>TagTreeModel</name>
    <message>
        <source>(untitled)</source>
        <translation>（无题）</translation>
    </message>
    <message numerus="yes">
        <source>Tag “%1” · %n article(s)</source>
        <translation>
            <numerusform>标签“%1” · %n 篇文章</numerusform>
        </translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
</context>
<context>
    <name>TaggingController</name>
    <message>
        <source>Tagging %v/%m</source>
        <translation>标注实体 %v/%m</translation>
    </message>
    <message>
        <source>Finding people, places and organisations</source>
        <translation>正在标注人名、地名、机构</translation>
    </message>
</context>
<context>
    <name>TagsPanel</name>
    <message>
        <source>No tags yet: tag an article and it is listed here under its tag.</source>
        <translation>还没有标签。给文章加上标签后，会按标签列在这里。</translation>
    </message>
</context>
<context>
    <name>TracebackDialog</name>
    <message>
        <source>Unexpected Error</source>
        <translation>程序错误</translation>
    </message>
    <message>
        <source>Something went wrong inside Bulletin Reader (a bug, not your mistake). Please copy the report below and send it to the developers.</source>
        <translation>公报阅读器内部出现了一个程序错误，这不是你的操作造成的。请复制下面的报告并反馈给开发者。</translation>
    </message>
    <message>
        <source>Copy Report</source>
        <translation>复制报告</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <source>Trash</source>
        <translation>废纸篓</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>期</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>Highlights</source>
        <translation>高亮</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>移除时间</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>废纸篓是空的。</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Delete for Good…</source>
        <translation>永久删除…</translation>
    </message>
    <message>
        <source> (imported again)</source>
        <translation>（已重新导入）</translation>
    </message>
    <message>
        <source>Delete for Good</source>
        <translation>永久删除</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n issue(s) for good?</source>
        <translation>
            <numerusform>永久删除这 %n 期？</numerusform>
        </translation>
    </message>
    <message>
        <source>Their highlights and notes stay in the library, in the notes list.</source>
        <translation>它们的高亮和笔记仍会保留在库中的笔记列表里。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>TrendView</name>
    <message>
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <source>Per 10,000 characters</source>
        <translation>每万字</translation>
    </message>
    <message>
        <source>Occurrences</source>
        <translation>出现次数</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>文章篇数</translation>
    </message>
    <message>
        <source>Add a word or phrase, then press Enter</source>
        <translation>输入词语或提法，按回车添加</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>检索词</translation>
    </message>
    <message>
        <source>Per 10k chars</source>
        <translation>每万字</translation>
    </message>
    <message>
        <source>First</source>
        <translation>首次出现</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>最近出现</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>导出 PNG 图片…</translation>
    </message>
    <message>
        <source>By</source>
        <translation>按</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Phrases over Time</source>
        <translation>提法趋势</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <source>Add terms to draw their trend</source>
        <translation>添加检索词以绘制趋势</translation>
    </message>
    <message numerus="yes">
        <source>%Ln period(s) · %1</source>
        <translation>
            <numerusform>%Ln 个时段 · %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2: %3, %4, %5 per 10,000 characters (%6 published)</source>
        <translation>%1 · %2：%3，%4，每万字 %5 次（当期刊出 %6）</translation>
    </message>
    <message numerus="yes">
        <source>%Ln occurrence(s)</source>
        <translation>
            <numerusform>%Ln 处</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln 篇文章</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln character(s)</source>
        <translation>
            <numerusform>%Ln 字</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2
%3 · %4 · %5 per 10k chars</source>
        <translation>%1 · %2
%3 · %4 · 每万字 %5 次</translation>
    </message>
    <message>
        <source>(unknown source)</source>
        <translation>（来源不详）</translation>
    </message>
    <message>
        <source>Export Trend</source>
        <translation>导出趋势数据</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>导出趋势图</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation>无法写入 %1</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>Highlight</source>
        <translation>高亮</translation>
    </message>
    <message>
        <source>Edit Highlight</source>
        <translation>编辑高亮</translation>
    </message>
    <message>
        <source>Delete Highlight</source>
        <translation>删除高亮</translation>
    </message>
    <message>
        <source>Remove Tag %1</source>
        <translation>移除标签 %1</translation>
    </message>
    <message>
        <source>Add Tag %1</source>
        <translation>添加标签 %1</translation>
    </message>
    <message>
        <source>Colour Meaning</source>
        <translation>颜色含义</translation>
    </message>
    <message>
        <source>Rename Tag %1 → %2</source>
        <translation>重命名标签 %1 → %2</translation>
    </message>
    <message>
        <source>Merge Tag %1 → %2</source>
        <translation>合并标签 %1 → %2</translation>
    </message>
    <message>
        <source>Delete Tag %1</source>
        <translation>删除标签 %1</translation>
    </message>
    <message>
        <source>Tag Colour %1</source>
        <translation>标签颜色 %1</translation>
    </message>
    <message>
        <source>Mark Read</source>
        <translation>标为已读</translation>
    </message>
    <message>
        <source>Mark Unread</source>
        <translation>标为未读</translation>
    </message>
</context>
<context>
    <name>Upgrade</name>
    <message>
        <source>Upgrading the library</source>
        <translation>正在升级文库</translation>
    </message>
    <message>
        <source>This version stores your library in a new format. A backup copy is written first, next to the library, then every article is re-indexed: for a large library this takes a few minutes. Your notes and tags are kept.</source>
        <translation>此版本以新格式保存文库。先在文库旁写入一份备份，再为每篇文章重建索引：文库较大时需要几分钟。您的笔记和标签都会保留。</translation>
    </message>
</context>
</TS>
