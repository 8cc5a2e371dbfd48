<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AnnotationsView</name>
    <message numerus="yes">
        <source>%n highlight(s)</source>
        <translation>
            <numerusform>%n highlight</numerusform>
            <numerusform>%n highlights</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArticleView</name>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CareerTimeline</name>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DiffView</name>
    <message numerus="yes">
        <source>%n difference(s)</source>
        <translation>
            <numerusform>%n difference</numerusform>
            <numerusform>%n differences</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EntityDetail</name>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n highlight(s)</source>
        <translation>
            <numerusform>%n highlight</numerusform>
            <numerusform>%n highlights</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message numerus="yes">
        <source>%n imported</source>
        <translation>
            <numerusform>%n imported</numerusform>
            <numerusform>%n imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unchanged</numerusform>
            <numerusform>%n unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KwicView</name>
    <message numerus="yes">
        <source>%Ln occurrence(s)</source>
        <translation>
            <numerusform>%Ln occurrence</numerusform>
            <numerusform>%Ln occurrences</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln article</numerusform>
            <numerusform>%Ln articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln line(s) to %1</source>
        <translation>
            <numerusform>Exported %Ln line to %1</numerusform>
            <numerusform>Exported %Ln lines to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryOps</name>
    <message numerus="yes">
        <source>%n highlight(s) re-anchored</source>
        <translation>
            <numerusform>%n highlight re-anchored</numerusform>
            <numerusform>%n highlights re-anchored</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; not placed: %n (kept in the notes list)</source>
        <translation>
            <numerusform>; not placed: %n (kept in the notes list)</numerusform>
            <numerusform>; not placed: %n (kept in the notes list)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n highlight(s)</source>
        <translation>
            <numerusform>%n highlight</numerusform>
            <numerusform>%n highlights</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a note</source>
        <translation>
            <numerusform>%n with a note</numerusform>
            <numerusform>%n with a note</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tagged article(s)</source>
        <translation>
            <numerusform>%n tagged article</numerusform>
            <numerusform>%n tagged articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %n sample bulletin(s)</source>
        <translation>
            <numerusform>the %n sample bulletin</numerusform>
            <numerusform>the %n sample bulletins</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %n issue(s)</source>
        <translation>
            <numerusform>Restored %n issue</numerusform>
            <numerusform>Restored %n issues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n issue(s) for good</source>
        <translation>
            <numerusform>Deleted %n issue for good</numerusform>
            <numerusform>Deleted %n issues for good</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replacing keeps one issue with its links, tags and notes; this file becomes its newest version and %n highlight(s) will be re-anchored to it.</source>
        <translation>
            <numerusform>Replacing keeps one issue with its links, tags and notes; this file becomes its newest version and %n highlight will be re-anchored to it.</numerusform>
            <numerusform>Replacing keeps one issue with its links, tags and notes; this file becomes its newest version and %n highlights will be re-anchored to it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Do the same for the other %n file(s)</source>
        <translation>
            <numerusform>Do the same for the other %n file</numerusform>
            <numerusform>Do the same for the other %n files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Corrected · %n article(s) updated</source>
        <translation>
            <numerusform>Corrected · %n article updated</numerusform>
            <numerusform>Corrected · %n articles updated</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message numerus="yes">
        <source>%n highlight(s)</source>
        <translation>
            <numerusform>%n highlight</numerusform>
            <numerusform>%n highlights</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not placed</source>
        <translation>
            <numerusform>%n not placed</numerusform>
            <numerusform>%n not placed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PostsPanel</name>
    <message numerus="yes">
        <source>%n post(s)</source>
        <translation>
            <numerusform>%n post</numerusform>
            <numerusform>%n posts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SavedSearchModel</name>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message numerus="yes">
        <source>%n article(s) match “%2”</source>
        <translation>
            <numerusform>%n article matches “%2”</numerusform>
            <numerusform>%n articles match “%2”</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SetAsideDialog</name>
    <message numerus="yes">
        <source>%n line(s) of the file belong to no article (line number · why · text):</source>
        <translation>
            <numerusform>%n line of the file belongs to no article (line number · why · text):</numerusform>
            <numerusform>%n lines of the file belong to no article (line number · why · text):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message numerus="yes">
        <source>Exported %n file(s) to</source>
        <translation>
            <numerusform>Exported %n file to</numerusform>
            <numerusform>Exported %n files to</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TagTreeModel</name>
    <message numerus="yes">
        <source>Tag “%1” · %n article(s)</source>
        <translation>
            <numerusform>Tag “%1” · %n article</numerusform>
            <numerusform>Tag “%1” · %n articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message numerus="yes">
        <source>Delete %n issue(s) for good?</source>
        <translation>
            <numerusform>Delete %n issue for good?</numerusform>
            <numerusform>Delete %n issues for good?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrendView</name>
    <message numerus="yes">
        <source>%Ln period(s) · %1</source>
        <translation>
            <numerusform>%Ln period · %1</numerusform>
            <numerusform>%Ln periods · %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln occurrence(s)</source>
        <translation>
            <numerusform>%Ln occurrence</numerusform>
            <numerusform>%Ln occurrences</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln article</numerusform>
            <numerusform>%Ln articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln character(s)</source>
        <translation>
            <numerusform>%Ln character</numerusform>
            <numerusform>%Ln characters</numerusform>
        </translation>
    </message>
</context>
</TS>
