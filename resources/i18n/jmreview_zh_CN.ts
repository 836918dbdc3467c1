<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;About jmreview</source>
        <translation>关于 jmreview(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Accept entity</source>
        <translation>接受实体(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation>文章(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Assign pages and double review…</source>
        <translation>分配版面与双人审校(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Block</source>
        <translation>行(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Curate double review…</source>
        <translation>裁定双人审校(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Delete entity</source>
        <translation>删除实体(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Duplicate / clear</source>
        <translation>标为重复 / 清除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Find in page and corpus</source>
        <translation>在本版和语料中查找(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Import files…</source>
        <translation>导入文件(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Join to previous / undo join</source>
        <translation>接续上一行 / 取消接续(&amp;J)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Labels…</source>
        <translation>标签(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>放大文字(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Move lines to…</source>
        <translation>移动行到(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;New article at this line</source>
        <translation>从此行开始新文章(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation>正常文字大小(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Re-run automation on this file</source>
        <translation>对本文件重新自动处理(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Reject entity</source>
        <translation>拒绝实体(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>缩小文字(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Accept all &amp;suggestions</source>
        <translation>接受全部建议(&amp;S)</translation>
    </message>
    <message>
        <source>Accept the suggested continuation lin&amp;k</source>
        <translation>接受建议的续稿链接(&amp;K)</translation>
    </message>
    <message>
        <source>Apply what was lear&amp;ned to the corpus…</source>
        <translation>将学到的内容应用到整个语料(&amp;N)…</translation>
    </message>
    <message>
        <source>E&amp;ntities</source>
        <translation>实体(&amp;N)</translation>
    </message>
    <message>
        <source>Import &amp;folder…</source>
        <translation>导入文件夹(&amp;F)…</translation>
    </message>
    <message>
        <source>Import an edited E&amp;xcel workbook…</source>
        <translation>导入修改过的 Excel(&amp;X)…</translation>
    </message>
    <message>
        <source>Import corpus &amp;JSON…</source>
        <translation>导入语料 JSON(&amp;J)…</translation>
    </message>
    <message>
        <source>Import entity &amp;annotations…</source>
        <translation>导入实体标注(&amp;A)…</translation>
    </message>
    <message>
        <source>Issue and &amp;page of this file…</source>
        <translation>本文件的期和版(&amp;P)…</translation>
    </message>
    <message>
        <source>Label all in &amp;corpus</source>
        <translation>在整个语料中全部标注(&amp;C)</translation>
    </message>
    <message>
        <source>Label all in &amp;file</source>
        <translation>在本文件中全部标注(&amp;F)</translation>
    </message>
    <message>
        <source>Le&amp;xicon…</source>
        <translation>学到的词库(&amp;X)…</translation>
    </message>
    <message>
        <source>Link to the &amp;continuation…</source>
        <translation>链接到续稿(&amp;C)…</translation>
    </message>
    <message>
        <source>Mark &amp;in review</source>
        <translation>标为审校中(&amp;I)</translation>
    </message>
    <message>
        <source>Mark &amp;reviewed and go to next</source>
        <translation>标为已审并转到下一篇(&amp;R)</translation>
    </message>
    <message>
        <source>Mark as &amp;noise / bring back</source>
        <translation>标为噪声 / 恢复(&amp;N)</translation>
    </message>
    <message>
        <source>Mark re&amp;jected</source>
        <translation>标为退回(&amp;J)</translation>
    </message>
    <message>
        <source>Merge with &amp;next</source>
        <translation>与下一篇合并(&amp;N)</translation>
    </message>
    <message>
        <source>Merge with &amp;previous</source>
        <translation>与上一篇合并(&amp;P)</translation>
    </message>
    <message>
        <source>Ne&amp;xt article</source>
        <translation>下一篇文章(&amp;X)</translation>
    </message>
    <message>
        <source>Next &amp;line</source>
        <translation>下一行(&amp;L)</translation>
    </message>
    <message>
        <source>Next automatic join or duplicate to chec&amp;k</source>
        <translation>下一处待检查的自动接续或重复(&amp;K)</translation>
    </message>
    <message>
        <source>Pre&amp;vious article</source>
        <translation>上一篇文章(&amp;V)</translation>
    </message>
    <message>
        <source>Previous l&amp;ine</source>
        <translation>上一行(&amp;I)</translation>
    </message>
    <message>
        <source>Reject the suggested continuation link</source>
        <translation>拒绝建议的续稿链接</translation>
    </message>
    <message>
        <source>Restore a &amp;backup…</source>
        <translation>恢复备份(&amp;B)…</translation>
    </message>
    <message>
        <source>Show &amp;Simplified</source>
        <translation>显示简体(&amp;S)</translation>
    </message>
    <message>
        <source>Show the story &amp;whole</source>
        <translation>显示整篇稿件(&amp;W)</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <source>Database on a network drive</source>
        <translation>数据库在网络驱动器上</translation>
    </message>
    <message>
        <source>JMREVIEW_EDITOR ({given}) is no editor's name: it holds a line break, a control or invisible character, or is too long; your corrections are recorded as {name} (Edit → Settings changes it)</source>
        <translation>JMREVIEW_EDITOR（{given}）不是编辑的名字：其中有换行、控制字符或不可见字符，或者太长；您的修改将以 {name} 的名义记录（可在 编辑 → 设置 中更改）</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>以只读方式打开</translation>
    </message>
    <message>
        <source>Opened with a warning</source>
        <translation>已打开，但有警告</translation>
    </message>
    <message>
        <source>Restore the newest backup</source>
        <translation>恢复最新的备份</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>数据库已损坏</translation>
    </message>
    <message>
        <source>Word segmenter ready</source>
        <translation>分词词典已就绪</translation>
    </message>
    <message>
        <source>Your corrections are recorded as {name}; change it in Edit → Settings</source>
        <translation>您的修改将以“{name}”的名义记录；可在 编辑 → 设置 中更改</translation>
    </message>
    <message>
        <source>Your database role {role} cannot name an editor (it holds a line break, a control or invisible character, or is too long): your corrections are recorded as {name} (Edit → Settings changes it); ask the administrator for a role with a plain name</source>
        <translation>您的数据库角色 {role} 不能当作编辑的名字（其中有换行、控制字符或不可见字符，或者太长）：您的修改将以 {name} 的名义记录（可在 编辑 → 设置 中更改）；请管理员给您一个名字普通的角色</translation>
    </message>
    <message>
        <source>{path} could not be read: the server said: {detail}. Nothing was changed; ask the database's administrator.</source>
        <translation>无法读取 {path}：服务器的回答是：{detail}。没有任何改动；请联系数据库管理员。</translation>
    </message>
    <message>
        <source>{path} is on a network drive. Only one computer may open it at a time; copy it to this computer to work safely.</source>
        <translation>{path} 在网络驱动器上。同一时间只能有一台电脑打开它；请复制到本机再工作。</translation>
    </message>
    <message>
        <source>{path} is too damaged to be read, even read-only ({detail}), and it has no backup. Nothing was changed: keep the file for a technician.</source>
        <translation>{path} 损坏严重，连只读也无法读取（{detail}），而且它没有备份。没有做任何修改：请保留该文件交给技术人员。</translation>
    </message>
    <message>
        <source>{path} is too damaged to be read, even read-only ({detail}). Open it again and choose Restore the newest backup, or keep the file for a technician.</source>
        <translation>{path} 损坏严重，连只读也无法读取（{detail}）。请重新打开它并选择“恢复最新的备份”，或保留该文件交给技术人员。</translation>
    </message>
    <message>
        <source>{path} was put back from its backup {backup}. What was changed after that backup is only in the damaged file, kept as {kept}: keep it for a technician.</source>
        <translation>{path} 已从其备份 {backup} 恢复。该备份之后所做的修改只在损坏的文件中，它已保存为 {kept}：请保留它，交给技术人员。</translation>
    </message>
    <message>
        <source>{path}, the database last worked on, could not be opened: this is jmreview's own database; File → Recent databases opens it again</source>
        <translation>上次使用的数据库 {path} 无法打开：现在打开的是 jmreview 自己的数据库；可通过“文件 → 最近的数据库”再次打开它</translation>
    </message>
</context>
<context>
    <name>ArticleEditor</name>
    <message>
        <source> It is kept in {file} too.</source>
        <translation>这些内容也已保存在 {file}。</translation>
    </message>
    <message>
        <source>Article text as read</source>
        <translation>文章正文（按阅读顺序）</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Check: {why}</source>
        <translation>请核对：{why}</translation>
    </message>
    <message>
        <source>Correspondents</source>
        <translation>通讯员</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Edit {field}</source>
        <translation>修改{field}</translation>
    </message>
    <message>
        <source>Kicker</source>
        <translation>引题</translation>
    </message>
    <message>
        <source>Photographers</source>
        <translation>摄影</translation>
    </message>
    <message>
        <source>Reporters</source>
        <translation>记者</translation>
    </message>
    <message>
        <source>Set status</source>
        <translation>设置状态</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>供稿</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation>副题</translation>
    </message>
    <message>
        <source>This page was replaced by a newer version of its file while you typed in {field}, and the article you typed in has no line left in it: what you typed is not saved; it is on the clipboard: {text}</source>
        <translation>您在{field}中输入时，此版面已被新版本文件替换，而您输入时所在的文章在新版本中已没有任何一行：您输入的内容没有保存，已复制到剪贴板：{text}</translation>
    </message>
    <message>
        <source>This page was replaced by a newer version of its file while you typed in {field}: what you typed is not saved, and stays in the field, now that of 《{title}》 on the new version — press Return to save it there</source>
        <translation>您在{field}中输入时，此版面已被新版本文件替换：您输入的内容尚未保存，仍留在字段中，现属于新版本上的《{title}》——按回车即保存到那里</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>What you typed in {field} could not be saved on the article you left: {text}</source>
        <translation>你在 {field} 中输入的内容未能保存到刚离开的那篇文章上：{text}</translation>
    </message>
    <message>
        <source>What you typed was not saved (you left the article without Return) and is on the clipboard: {text}</source>
        <translation>您输入的内容没有保存（未按回车就离开了这篇文章），已复制到剪贴板：{text}</translation>
    </message>
    <message>
        <source>text changed in a new version of the file: check this article against the old one</source>
        <translation>文件的新版本改动了这篇文章的文字：请与旧版本核对</translation>
    </message>
    <message>
        <source>《{old}》 was merged or made anew in another window while you typed: what you typed stays in the fields, now those of 《{new}》, which holds its lines — Return saves it there</source>
        <translation>您输入时，《{old}》在另一个窗口中被合并或重新生成：您输入的内容仍留在字段中，现属于包含其各行的《{new}》——按回车即保存到这篇文章</translation>
    </message>
    <message>
        <source>《{old}》 was removed in another window while you typed; what you typed could not be saved and is on the clipboard: {text}</source>
        <translation>您输入时，《{old}》在另一个窗口中被删除；您输入的内容无法保存，已复制到剪贴板：{text}</translation>
    </message>
    <message>
        <source>《{title}》: {field} → “{value}”</source>
        <translation>《{title}》：{field}改为“{value}”</translation>
    </message>
    <message>
        <source>《{title}》: {status}</source>
        <translation>《{title}》：标为{status}</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>before a backup was restored</source>
        <translation>恢复备份前</translation>
    </message>
    <message>
        <source>before a corpus JSON import</source>
        <translation>导入语料 JSON 前</translation>
    </message>
    <message>
        <source>before a recovery</source>
        <translation>修复前</translation>
    </message>
    <message>
        <source>before an import</source>
        <translation>导入前</translation>
    </message>
    <message>
        <source>before automation was re-run</source>
        <translation>重新自动处理前</translation>
    </message>
    <message>
        <source>before the database was upgraded (schema {n})</source>
        <translation>数据库升级前（第 {n} 版结构）</translation>
    </message>
    <message>
        <source>when a backup was restored (what it put back)</source>
        <translation>恢复备份后（恢复所得的内容）</translation>
    </message>
    <message>
        <source>when the database was opened</source>
        <translation>打开数据库时</translation>
    </message>
</context>
<context>
    <name>Carry</name>
    <message>
        <source>duplicate mark</source>
        <translation>重复标记</translation>
    </message>
    <message>
        <source>entities a person decided found again by their text on other lines</source>
        <translation>有人确定过的实体按其文字在别的行上重新找到了位置</translation>
    </message>
    <message>
        <source>entities not carried over: {names}</source>
        <translation>没有带过来的实体：{names}</translation>
    </message>
    <message>
        <source>entities not carried over: {names} and {n} more</source>
        <translation>没有带过来的实体：{names}，另有 {n} 个</translation>
    </message>
    <message>
        <source>join</source>
        <translation>接续</translation>
    </message>
    <message>
        <source>line {n}</source>
        <translation>第 {n} 行</translation>
    </message>
    <message>
        <source>line {n} of the old version</source>
        <translation>旧版本第 {n} 行</translation>
    </message>
    <message>
        <source>no line of it is left in the new version</source>
        <translation>新版本中没有留下它的任何一行</translation>
    </message>
    <message>
        <source>on {page}, its story link to “{title}” of this page is taken away: no line of that story is left in the new version, link it again where the story is now</source>
        <translation>它在 {page} 上，与本版“{title}”的续稿链接已取消：新版本中没有留下那篇稿件的任何一行，请在稿件现在所在之处重新链接</translation>
    </message>
    <message>
        <source>role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>taken out as noise by a person on line {was} of the old version, moved here and changed in the new version: look at it again, it may be back in an article</source>
        <translation>这一行在旧版本中是第 {was} 行，曾被人标为噪声，新版本把它移到了这里并改动了它：请再看一下，它可能又回到了某篇文章里</translation>
    </message>
    <message>
        <source>taken out as noise by a person, and changed in the new version: it stays out, look at it again</source>
        <translation>这一行曾被人标为噪声，新版本改动了它：它仍在文章之外，请再看一下</translation>
    </message>
    <message>
        <source>taken out as noise by a person, and the lines around it changed in the new version: look at them again, it may be back in an article</source>
        <translation>这一行曾被人标为噪声，新版本改动了它周围的几行：请再看一下，它可能又回到了某篇文章里</translation>
    </message>
    <message>
        <source>the lines where it stood hold other text in the new version (another story): it is not carried over</source>
        <translation>新版本中它原来所在的几行换成了别的内容（另一篇稿件）：它没有带过来</translation>
    </message>
    <message>
        <source>the {mark} a person set on line {line} is not carried: set it again</source>
        <translation>有人在第 {line} 行设定的{mark}没有带过来：请重新设定</translation>
    </message>
    <message>
        <source>{n} new lines joined it</source>
        <translation>新版本中有 {n} 行新内容并入了它</translation>
    </message>
    <message>
        <source>{n} of {m} lines changed</source>
        <translation>{m} 行中有 {n} 行改动了</translation>
    </message>
    <message>
        <source>{n} of {m} lines moved</source>
        <translation>{m} 行中有 {n} 行移动了位置</translation>
    </message>
</context>
<context>
    <name>Corrections</name>
    <message>
        <source> (where they are now)</source>
        <translation>（现在所在）</translation>
    </message>
    <message>
        <source>Accept all suggestions</source>
        <translation>接受全部建议</translation>
    </message>
    <message>
        <source>Change label</source>
        <translation>更改标签</translation>
    </message>
    <message>
        <source>Clear duplicate on line {n}</source>
        <translation>清除第 {n} 行的重复标记</translation>
    </message>
    <message>
        <source>Delete entity</source>
        <translation>删除实体</translation>
    </message>
    <message>
        <source>Delete entity “{text}”</source>
        <translation>删除实体“{text}”</translation>
    </message>
    <message>
        <source>Delete entity “{text}” ({label})</source>
        <translation>删除实体“{text}”（{label}）</translation>
    </message>
    <message>
        <source>Duplicate on line {n}</source>
        <translation>第 {n} 行为重复</translation>
    </message>
    <message>
        <source>Entity {s}</source>
        <translation>实体{s}</translation>
    </message>
    <message>
        <source>Join line {n}</source>
        <translation>接续第 {n} 行</translation>
    </message>
    <message>
        <source>Label all occurrences</source>
        <translation>标注所有出现</translation>
    </message>
    <message>
        <source>Label all “{t}” as {label}</source>
        <translation>全部标注“{t}”为 {label}</translation>
    </message>
    <message>
        <source>Label {label}</source>
        <translation>标注为 {label}</translation>
    </message>
    <message>
        <source>Label “{text}” as {label}</source>
        <translation>将“{text}”标注为 {label}</translation>
    </message>
    <message>
        <source>Line {n}: back into an article</source>
        <translation>第 {n} 行恢复到文章中</translation>
    </message>
    <message>
        <source>Line {n}: duplicate of line {of}</source>
        <translation>第 {n} 行标为第 {of} 行的重复</translation>
    </message>
    <message>
        <source>Line {n}: noise</source>
        <translation>第 {n} 行标为噪声</translation>
    </message>
    <message>
        <source>Line {n}: role {role}</source>
        <translation>第 {n} 行改为{role}</translation>
    </message>
    <message>
        <source>Line {n}: {text}</source>
        <translation>第 {n} 行：{text}</translation>
    </message>
    <message>
        <source>Lines {a}–{b}: role {role}</source>
        <translation>第 {a}–{b} 行改为{role}</translation>
    </message>
    <message>
        <source>Merge articles</source>
        <translation>合并文章</translation>
    </message>
    <message>
        <source>Merge 《{gone}》 into 《{keep}》</source>
        <translation>把《{gone}》并入《{keep}》</translation>
    </message>
    <message>
        <source>Move lines {lines} to 《{title}》</source>
        <translation>把第 {lines} 行移到《{title}》</translation>
    </message>
    <message>
        <source>Move these {n} lines:
{lines}

to the article:</source>
        <translation>移动这 {n} 行：
{lines}

到文章：</translation>
    </message>
    <message>
        <source>Move to article</source>
        <translation>移动到文章</translation>
    </message>
    <message>
        <source>New article at line {n}</source>
        <translation>从第 {n} 行开始新文章</translation>
    </message>
    <message>
        <source>No earlier line of this article has the same text.</source>
        <translation>本文章前面没有文字相同的行。</translation>
    </message>
    <message>
        <source>Noise on line {n}</source>
        <translation>第 {n} 行噪声</translation>
    </message>
    <message>
        <source>Put the cursor on a line of the page first.</source>
        <translation>请先把光标放在版面的某一行上。</translation>
    </message>
    <message>
        <source>Select text in the page, or an entity in the list, first.</source>
        <translation>请先在版面中选中文字，或在列表中选中实体。</translation>
    </message>
    <message>
        <source>Select the lines to move in the page first.</source>
        <translation>请先在版面中选中要移动的行。</translation>
    </message>
    <message>
        <source>Set role of line {n}</source>
        <translation>设置第 {n} 行的角色</translation>
    </message>
    <message>
        <source>Set status</source>
        <translation>设置状态</translation>
    </message>
    <message>
        <source>The selection is not inside an article.</source>
        <translation>所选文字不在任何文章内。</translation>
    </message>
    <message>
        <source>There is no article to merge with.</source>
        <translation>没有可合并的文章。</translation>
    </message>
    <message>
        <source>Undo the join of line {n}</source>
        <translation>取消第 {n} 行的接续</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <source>in the corpus</source>
        <translation>在全部语料中</translation>
    </message>
    <message>
        <source>in this file</source>
        <translation>在本文件中</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>“{text}” ({label}): {s}</source>
        <translation>“{text}”（{label}）：{s}</translation>
    </message>
    <message>
        <source>“{text}”: label {label}</source>
        <translation>“{text}”：标签改为 {label}</translation>
    </message>
    <message>
        <source>“{text}”: {s}</source>
        <translation>“{text}”：{s}</translation>
    </message>
    <message>
        <source>“{t}” {where} labelled {label}: {added} added, {relabelled} relabelled, {accepted} accepted</source>
        <translation>“{t}”{where}全部标注为 {label}：新增 {added} 处，改标 {relabelled} 处，接受 {accepted} 处</translation>
    </message>
    <message>
        <source>… and {n} more lines</source>
        <translation>……另有 {n} 行</translation>
    </message>
    <message>
        <source>《{title}》: accept all suggestions</source>
        <translation>《{title}》：接受全部建议</translation>
    </message>
    <message>
        <source>《{title}》: {status}</source>
        <translation>《{title}》：标为{status}</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>A part of the database is damaged and could not be read ({error}). Nothing was changed. It has no backup: export what can still be read, and keep the file for a technician.</source>
        <translation>数据库有一部分已损坏，无法读取（{error}）。没有做任何修改。它没有备份：请导出仍能读取的内容，并保留该文件交给技术人员。</translation>
    </message>
    <message>
        <source>A part of the database is damaged and could not be read ({error}). Nothing was changed. Restore one of its backups (File → Restore a backup), or export what can still be read.</source>
        <translation>数据库有一部分已损坏，无法读取（{error}）。没有做任何修改。请恢复它的一个备份（文件 → 恢复备份），或导出仍能读取的内容。</translation>
    </message>
    <message>
        <source>Part of the database is damaged</source>
        <translation>数据库有一部分已损坏</translation>
    </message>
    <message>
        <source>Something went wrong: {error}

What was saved before stays saved; the change being made when this happened may not have been saved: check it. Details are in {log}.</source>
        <translation>出错了：{error}

此前已保存的内容都还在；出错时正在做的修改可能没有保存，请核对。详细信息在 {log}。</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
</context>
<context>
    <name>Cues</name>
    <message>
        <source>applied from a corpus file</source>
        <translation>从语料文件应用</translation>
    </message>
    <message>
        <source>body</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>body: advertisement text</source>
        <translation>正文：广告文字</translation>
    </message>
    <message>
        <source>body: dateline</source>
        <translation>正文：电头</translation>
    </message>
    <message>
        <source>body: line of the notice's signature</source>
        <translation>正文：落款中的一行</translation>
    </message>
    <message>
        <source>body: paragraph displaced by layout, returned to its story (it closes with the story's byline)</source>
        <translation>正文：被排版挪开的段落，已放回其稿件（它以该稿的署名结尾）</translation>
    </message>
    <message>
        <source>body: paragraph displaced by layout, returned to the story it reads like</source>
        <translation>正文：被排版挪开的段落，已放回内容相近的稿件</translation>
    </message>
    <message>
        <source>body: the signed end of an earlier story, displaced by layout</source>
        <translation>正文：前面某篇稿件带署名的结尾，被排版挪开</translation>
    </message>
    <message>
        <source>byline: a body signing the notice</source>
        <translation>署名：落款的单位</translation>
    </message>
    <message>
        <source>byline: names in parentheses close the article</source>
        <translation>署名：括号中的姓名结束本文</translation>
    </message>
    <message>
        <source>byline: reporter named at the end of the article</source>
        <translation>署名：文末署名的记者</translation>
    </message>
    <message>
        <source>byline: reporter named at the start of the article</source>
        <translation>署名：文首署名的记者</translation>
    </message>
    <message>
        <source>byline: reporter named inside the article</source>
        <translation>署名：文中署名的记者</translation>
    </message>
    <message>
        <source>byline: reporter named under the headline</source>
        <translation>署名：标题下署名的记者</translation>
    </message>
    <message>
        <source>byline: the advertiser's name</source>
        <translation>署名：广告主名称</translation>
    </message>
    <message>
        <source>byline: the organisation that supplied the story</source>
        <translation>署名：供稿单位</translation>
    </message>
    <message>
        <source>caption: a line between the headline and its repeat (under a photo)</source>
        <translation>图说：标题与其重复之间的一行（图片说明）</translation>
    </message>
    <message>
        <source>caption: a short phrase between paragraphs</source>
        <translation>图说：段落之间的短语</translation>
    </message>
    <message>
        <source>caption: an unmarked short line inside a story, on a page that marks its headings</source>
        <translation>图说：在标注了标题的版面上，稿件中没有标注的短行</translation>
    </message>
    <message>
        <source>caption: one of a strip of short lines printed close together</source>
        <translation>图说：排得很紧的一串短行之一</translation>
    </message>
    <message>
        <source>caption: one short sentence set apart by extra blank lines</source>
        <translation>图说：用额外空行隔开的一个短句</translation>
    </message>
    <message>
        <source>caption: photo credit (摄/供图/图为)</source>
        <translation>图说：摄影署名（摄/供图/图为）</translation>
    </message>
    <message>
        <source>caption: photo credit after the article's byline</source>
        <translation>图说：文章署名之后的摄影署名</translation>
    </message>
    <message>
        <source>headline: first heading of an article that began without one</source>
        <translation>标题：开头没有标题的文章中的第一个标题</translation>
    </message>
    <message>
        <source>headline: first line of an advertisement</source>
        <translation>标题：广告的第一行</translation>
    </message>
    <message>
        <source>headline: short line without final punctuation</source>
        <translation>标题：末尾没有标点的短行</translation>
    </message>
    <message>
        <source>headline: the headline repeated by layout</source>
        <translation>标题：排版重复出现的标题</translation>
    </message>
    <message>
        <source>headline: the top markdown heading (#) of the group</source>
        <translation>标题：这组中级别最高的 Markdown 标题（#）</translation>
    </message>
    <message>
        <source>join: the previous paragraph stops mid-sentence</source>
        <translation>接续：上一段在句子中间断开</translation>
    </message>
    <message>
        <source>kicker: a speaker's name and title</source>
        <translation>引题：发言人的姓名和职务</translation>
    </message>
    <message>
        <source>kicker: learned from {n} corrections by {who}</source>
        <translation>引题：从{who}的 {n} 次更正中学到</translation>
    </message>
    <message>
        <source>kicker: line above the headline</source>
        <translation>引题：标题上方的一行</translation>
    </message>
    <message>
        <source>kicker: line above the headline or bold banner</source>
        <translation>引题：标题或加粗横幅上方的一行</translation>
    </message>
    <message>
        <source>kicker: the number of a series (第N期) above the headline</source>
        <translation>引题：标题上方的栏目期数（第N期）</translation>
    </message>
    <message>
        <source>learned from {n} corrections by {who}</source>
        <translation>从{who}的 {n} 次更正中学到</translation>
    </message>
    <message>
        <source>learned pattern {pattern} from {n} corrections by {who}</source>
        <translation>从{who}的 {n} 次更正中学到的规律“{pattern}”</translation>
    </message>
    <message>
        <source>new article: a byline with nothing before it</source>
        <translation>新文章：前面没有内容的署名</translation>
    </message>
    <message>
        <source>new article: a dateline set apart by extra blank lines, as stories are on this page</source>
        <translation>新文章：电头，与上文隔着额外的空行，本版的稿件都是这样分隔的</translation>
    </message>
    <message>
        <source>new article: a numbered piece of a roundup (its number, then its title)</source>
        <translation>新文章：综述中带编号的一篇（先是编号，后是标题）</translation>
    </message>
    <message>
        <source>new article: a photo caption set apart by extra blank lines, as stories are on this page</source>
        <translation>新文章：图片说明，与上文隔着额外的空行，本版的稿件都是这样分隔的</translation>
    </message>
    <message>
        <source>new article: a reporter byline opens a feature whose headline may come later</source>
        <translation>新文章：记者署名开启一篇通讯，标题可能在后面</translation>
    </message>
    <message>
        <source>new article: a reporter byline set apart by extra blank lines, as stories are on this page</source>
        <translation>新文章：记者署名，与上文隔着额外的空行，本版的稿件都是这样分隔的</translation>
    </message>
    <message>
        <source>new article: a speaker line with a colon heads a roundup piece</source>
        <translation>新文章：带冒号的发言人行，是综述中的一篇的开头</translation>
    </message>
    <message>
        <source>new article: a 上接/紧接 note continues a story from another page</source>
        <translation>新文章：“上接/紧接”转版提示，续接其他版面的稿件</translation>
    </message>
    <message>
        <source>new article: first heading on the page</source>
        <translation>新文章：本版的第一个标题</translation>
    </message>
    <message>
        <source>new article: heading after the previous article closed with its byline</source>
        <translation>新文章：上一篇已以署名结束，其后的标题</translation>
    </message>
    <message>
        <source>new article: heading followed by a reporter byline</source>
        <translation>新文章：标题后紧跟记者署名</translation>
    </message>
    <message>
        <source>new article: heading followed by a 江门日报讯 dateline</source>
        <translation>新文章：标题后紧跟“江门日报讯”电头</translation>
    </message>
    <message>
        <source>new article: heading set apart by extra blank lines, as stories are on this page</source>
        <translation>新文章：标题，与上文隔着额外的空行，本版的稿件都是这样分隔的</translation>
    </message>
    <message>
        <source>new article: markdown heading (#/##)</source>
        <translation>新文章：Markdown 标题（#/##）</translation>
    </message>
    <message>
        <source>new article: short lines with contact details read as an advertisement</source>
        <translation>新文章：带联系方式的短行，看作广告</translation>
    </message>
    <message>
        <source>new article: starts with a cross-page note</source>
        <translation>新文章：以转版提示开头</translation>
    </message>
    <message>
        <source>new article: text with no headline after a finished article</source>
        <translation>新文章：上一篇结束后没有标题的文字</translation>
    </message>
    <message>
        <source>new article: text with no headline set apart by extra blank lines, as stories are on this page</source>
        <translation>新文章：没有标题的文字，与上文隔着额外的空行，本版的稿件都是这样分隔的</translation>
    </message>
    <message>
        <source>noise: learned from {n} corrections by {who}</source>
        <translation>噪声：从{who}的 {n} 次更正中学到</translation>
    </message>
    <message>
        <source>noise: punctuation or layout debris in no article</source>
        <translation>噪声：不属于任何文章的标点或排版残留</translation>
    </message>
    <message>
        <source>note: continued from another page</source>
        <translation>转版：续接其他版面</translation>
    </message>
    <message>
        <source>note: points to another page</source>
        <translation>转版：指向其他版面</translation>
    </message>
    <message>
        <source>restored from a corpus file</source>
        <translation>从语料文件恢复</translation>
    </message>
    <message>
        <source>set by hand</source>
        <translation>人工设定</translation>
    </message>
    <message>
        <source>set by hand ({who})</source>
        <translation>人工设定（{who}）</translation>
    </message>
    <message>
        <source>subhead: numbered section heading</source>
        <translation>小标题：带编号的小节标题</translation>
    </message>
    <message>
        <source>subhead: short box label under the headline</source>
        <translation>小标题：标题下方的短栏目名</translation>
    </message>
    <message>
        <source>subhead: short heading inside an article</source>
        <translation>小标题：文中的短标题</translation>
    </message>
    <message>
        <source>subheadline: a bold deck right under the headline</source>
        <translation>副题：紧接标题下方的加粗提要</translation>
    </message>
    <message>
        <source>subheadline: line right under the headline</source>
        <translation>副题：紧接标题下方的一行</translation>
    </message>
    <message>
        <source>suggested by jieba's word segmentation</source>
        <translation>由结巴分词建议</translation>
    </message>
    <message>
        <source>suggested by the rules (patterns and word lists)</source>
        <translation>由规则建议（模式和词表）</translation>
    </message>
</context>
<context>
    <name>Curation</name>
    <message>
        <source>A reviewer's answer at line {line} changed a moment ago; it is shown now. Nothing was taken: look at it, then press the key again.</source>
        <translation>第 {line} 行有位审校人的答案刚刚改了，现在显示的是新答案。这次没有采用任何一方：请看清后再按一次。</translation>
    </message>
    <message>
        <source>Agreement: boundaries F1 {b}, roles F1 {r} (kappa {k}), entities F1 {e}</source>
        <translation>一致性：分篇 F1 {b}，行身份 F1 {r}（kappa {k}），实体 F1 {e}</translation>
    </message>
    <message>
        <source>Article boundaries</source>
        <translation>分篇</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Correspondents</source>
        <translation>通讯员</translation>
    </message>
    <message>
        <source>Curation</source>
        <translation>裁定</translation>
    </message>
    <message>
        <source>Curation: both reviewers agree</source>
        <translation>裁定：两位审校意见一致</translation>
    </message>
    <message>
        <source>Curation: {kind} at line {line} → {side}</source>
        <translation>裁定：第 {line} 行的{kind}，{side}</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>重复</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>实体</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>复审标记</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>接续</translation>
    </message>
    <message>
        <source>Keep the page as I edited it</source>
        <translation>保留我在本版上的修改</translation>
    </message>
    <message>
        <source>Kicker</source>
        <translation>引题</translation>
    </message>
    <message>
        <source>Next unsettled</source>
        <translation>下一处未裁定</translation>
    </message>
    <message>
        <source>Photographers</source>
        <translation>摄影</translation>
    </message>
    <message>
        <source>Replace a colleague's decision?</source>
        <translation>替换同事的裁定？</translation>
    </message>
    <message>
        <source>Reporters</source>
        <translation>记者</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>行身份</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>供稿</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation>副题</translation>
    </message>
    <message>
        <source>Take A</source>
        <translation>采用 A</translation>
    </message>
    <message>
        <source>Take B</source>
        <translation>采用 B</translation>
    </message>
    <message>
        <source>The difference you had selected was settled or went away a moment ago; the one at line {line} is selected now. Nothing was taken: look at it, then press the key again.</source>
        <translation>你选中的那处差异刚刚已被裁定或已不存在；现在选中的是第 {line} 行的差异。这次没有采用任何一方：请看清后再按一次。</translation>
    </message>
    <message>
        <source>The differences could not be read: {why}</source>
        <translation>无法读取两份副本的分歧：{why}</translation>
    </message>
    <message>
        <source>This page</source>
        <translation>本版（现为）</translation>
    </message>
    <message>
        <source>This page is not under double review by two editors.</source>
        <translation>本版没有由两位编辑进行双人审校。</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Title and fields</source>
        <translation>标题与字段</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>in review</source>
        <translation>审校中</translation>
    </message>
    <message>
        <source>line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>noise</source>
        <translation>噪声</translation>
    </message>
    <message>
        <source>own answer</source>
        <translation>自定答案</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>退回</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>已审</translation>
    </message>
    <message>
        <source>took A</source>
        <translation>采用 A</translation>
    </message>
    <message>
        <source>took B</source>
        <translation>采用 B</translation>
    </message>
    <message>
        <source>unsettled</source>
        <translation>未裁定</translation>
    </message>
    <message>
        <source>{page}: A = {a}, B = {b} agree on everything: Alt+Left (or Alt+Right) writes their answer onto the page and ends its review</source>
        <translation>{page}：A = {a}，B = {b} 意见完全一致：按 Alt+Left（或 Alt+Right）把他们的答案写入本版，结束双人审校</translation>
    </message>
    <message>
        <source>{page}: A = {a}, B = {b}; every difference settled</source>
        <translation>{page}：A = {a}，B = {b}；分歧已全部裁定</translation>
    </message>
    <message>
        <source>{page}: A = {a}, B = {b}; {left} of {n} differences unsettled</source>
        <translation>{page}：A = {a}，B = {b}；{n} 处分歧中 {left} 处未裁定</translation>
    </message>
    <message>
        <source>{page}: neither A = {a} nor B = {b} has decided anything on their copy yet (each is as the page was given to them): wait for their review; Alt+Left (or Alt+Right) would end a review nobody did</source>
        <translation>{page}：A = {a} 和 B = {b} 都还没有在各自的副本上做任何决定（副本与交给他们时一样）：请等他们审校；现在按 Alt+Left（或 Alt+Right）会结束一次没有人做过的审校</translation>
    </message>
    <message>
        <source>{who} settled this difference ({taken}). Replace their decision with yours?</source>
        <translation>{who} 已裁定这处差异（{taken}）。要用你的裁定替换吗？</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>About jmreview</source>
        <translation>关于 jmreview</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>Editor name</source>
        <translation>编辑姓名</translation>
    </message>
    <message>
        <source>File name patterns</source>
        <translation>文件名模式</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <source>Interface language (after restart)</source>
        <translation>界面语言（重启后生效）</translation>
    </message>
    <message>
        <source>Issue and page from file names (read before the usual patterns)</source>
        <translation>从文件名读取期和版（先于内置模式）</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>Name recorded with your corrections:</source>
        <translation>记录在您每次修改中的姓名：</translation>
    </message>
    <message>
        <source>One regular expression a line, with the named groups y, m and d (the issue date) and/or page</source>
        <translation>每行一个正则表达式，用命名分组 y、m、d（出版日期）和/或 page（版次）</translation>
    </message>
    <message>
        <source>Sample pages</source>
        <translation>示例版面</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>文字大小</translation>
    </message>
    <message>
        <source>Text size (Ctrl+= / Ctrl+- / Ctrl+0)</source>
        <translation>文字大小（Ctrl+= / Ctrl+- / Ctrl+0）</translation>
    </message>
    <message>
        <source>This database is empty. Import the bundled sample pages to start?</source>
        <translation>数据库是空的。要导入随附的示例版面开始吗？</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>您的姓名</translation>
    </message>
    <message>
        <source>editor</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>jmreview {version}
Review 江门日报 page dumps into a clean corpus.</source>
        <translation>jmreview {version}
把江门日报版面文本整理审校为干净的语料。</translation>
    </message>
    <message>
        <source>{pattern} is not a file name pattern: name the groups y, m and d (all three) and/or page.</source>
        <translation>{pattern} 不是可用的文件名模式：请命名分组 y、m、d（三个都要）和/或 page。</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>All articles</source>
        <translation>全部文章</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>As in the source</source>
        <translation>与原文相同</translation>
    </message>
    <message>
        <source>Entities: CoNLL BIO by character (.bio)</source>
        <translation>实体：CoNLL BIO，逐字 (.bio)</translation>
    </message>
    <message>
        <source>Entities: Label Studio tasks (.json)</source>
        <translation>实体：Label Studio 任务 (.json)</translation>
    </message>
    <message>
        <source>Entities: brat standoff (.zip)</source>
        <translation>实体：brat 标注 (.zip)</translation>
    </message>
    <message>
        <source>Entities: doccano JSONL (.jsonl)</source>
        <translation>实体：doccano JSONL (.jsonl)</translation>
    </message>
    <message>
        <source>Entities: spaCy JSONL (.jsonl)</source>
        <translation>实体：spaCy JSONL (.jsonl)</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel 工作簿 (.xlsx)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Export corpus</source>
        <translation>导出语料</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Include each file's source text (a complete backup)</source>
        <translation>包含每个文件的原文（完整备份）</translation>
    </message>
    <message>
        <source>JSON corpus (.json)</source>
        <translation>JSON 语料 (.json)</translation>
    </message>
    <message>
        <source>JSON lines (.jsonl)</source>
        <translation>JSON 行 (.jsonl)</translation>
    </message>
    <message>
        <source>Script (Excel)</source>
        <translation>字体（Excel）</translation>
    </message>
    <message>
        <source>Script (Excel, entities)</source>
        <translation>字体（Excel、实体）</translation>
    </message>
    <message>
        <source>Sheet language (Excel)</source>
        <translation>表头语言（Excel）</translation>
    </message>
    <message>
        <source>Simplified</source>
        <translation>简体</translation>
    </message>
    <message>
        <source>corpus</source>
        <translation>语料</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>Accept all suggestions</source>
        <translation>接受全部建议</translation>
    </message>
    <message>
        <source>Accept or reject a link</source>
        <translation>接受或拒绝续稿链接</translation>
    </message>
    <message>
        <source>Add a label</source>
        <translation>添加标签</translation>
    </message>
    <message>
        <source>Add an entity</source>
        <translation>添加实体</translation>
    </message>
    <message>
        <source>Add label {name} ({title})</source>
        <translation>添加标签 {name}（{title}）</translation>
    </message>
    <message>
        <source>Apply what was learned</source>
        <translation>应用学到的内容</translation>
    </message>
    <message>
        <source>Change a lexicon entry</source>
        <translation>修改词表条目</translation>
    </message>
    <message>
        <source>Change an entity</source>
        <translation>修改实体</translation>
    </message>
    <message>
        <source>Clear duplicate on line {n}</source>
        <translation>清除第 {n} 行的重复标记</translation>
    </message>
    <message>
        <source>Curation</source>
        <translation>裁定</translation>
    </message>
    <message>
        <source>Curation: both reviewers agree</source>
        <translation>裁定：两位审校意见一致</translation>
    </message>
    <message>
        <source>Curation: {kind} → {side}</source>
        <translation>裁定：{kind}，{side}</translation>
    </message>
    <message>
        <source>Delete a lexicon entry</source>
        <translation>删除词表条目</translation>
    </message>
    <message>
        <source>Delete an entity</source>
        <translation>删除实体</translation>
    </message>
    <message>
        <source>Delete entity “{text}” ({label})</source>
        <translation>删除实体“{text}”（{label}）</translation>
    </message>
    <message>
        <source>Double review by {a} and {b}</source>
        <translation>由 {a} 和 {b} 双人审校</translation>
    </message>
    <message>
        <source>Duplicate mark</source>
        <translation>重复标记</translation>
    </message>
    <message>
        <source>Edit a field</source>
        <translation>修改字段</translation>
    </message>
    <message>
        <source>Edit a label</source>
        <translation>修改标签</translation>
    </message>
    <message>
        <source>Edit label {name}</source>
        <translation>修改标签 {name}</translation>
    </message>
    <message>
        <source>Give pages to an editor</source>
        <translation>分配版面给编辑</translation>
    </message>
    <message>
        <source>Give {n} pages to {editor}</source>
        <translation>将 {n} 个版面分配给 {editor}</translation>
    </message>
    <message>
        <source>Import an edited workbook</source>
        <translation>导入改过的工作簿</translation>
    </message>
    <message>
        <source>Import corpus JSON</source>
        <translation>导入语料 JSON</translation>
    </message>
    <message>
        <source>Import entity annotations</source>
        <translation>导入实体标注</translation>
    </message>
    <message>
        <source>Import entity annotations from {name}</source>
        <translation>从 {name} 导入实体标注</translation>
    </message>
    <message>
        <source>Import lexicon entries</source>
        <translation>导入词表条目</translation>
    </message>
    <message>
        <source>Import the edited workbook {name}</source>
        <translation>导入改过的工作簿 {name}</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>接续</translation>
    </message>
    <message>
        <source>Join line {n}</source>
        <translation>接续第 {n} 行</translation>
    </message>
    <message>
        <source>Label all “{text}” as {label}</source>
        <translation>全部标注“{text}”为 {label}</translation>
    </message>
    <message>
        <source>Label every occurrence</source>
        <translation>全部标注</translation>
    </message>
    <message>
        <source>Label “{text}” as {label}</source>
        <translation>将“{text}”标注为 {label}</translation>
    </message>
    <message>
        <source>Line {lines}: role {role}</source>
        <translation>第 {lines} 行改为{role}</translation>
    </message>
    <message>
        <source>Line {n}: back into an article</source>
        <translation>第 {n} 行恢复到文章中</translation>
    </message>
    <message>
        <source>Line {n}: duplicate of line {of}</source>
        <translation>第 {n} 行标为第 {of} 行的重复</translation>
    </message>
    <message>
        <source>Line {n}: noise</source>
        <translation>第 {n} 行标为噪声</translation>
    </message>
    <message>
        <source>Link the parts of a story</source>
        <translation>链接续稿</translation>
    </message>
    <message>
        <source>Link 《{first}》 to 《{then}》: {status}</source>
        <translation>《{first}》与《{then}》的续稿链接：{status}</translation>
    </message>
    <message>
        <source>Mark for double review</source>
        <translation>标为双人审校</translation>
    </message>
    <message>
        <source>Merge articles</source>
        <translation>合并文章</translation>
    </message>
    <message>
        <source>Merge 《{gone}》 into 《{keep}》</source>
        <translation>把《{gone}》并入《{keep}》</translation>
    </message>
    <message>
        <source>Move lines</source>
        <translation>移动行</translation>
    </message>
    <message>
        <source>Move lines {lines} to 《{title}》</source>
        <translation>把第 {lines} 行移到《{title}》</translation>
    </message>
    <message>
        <source>New article</source>
        <translation>新建文章</translation>
    </message>
    <message>
        <source>New article at line {n}</source>
        <translation>从第 {n} 行开始新文章</translation>
    </message>
    <message>
        <source>Noise / back into an article</source>
        <translation>标为噪声 / 恢复</translation>
    </message>
    <message>
        <source>Set a file's issue and page</source>
        <translation>设置文件的期和版</translation>
    </message>
    <message>
        <source>Set a line's role</source>
        <translation>设置行的角色</translation>
    </message>
    <message>
        <source>Set status</source>
        <translation>设置状态</translation>
    </message>
    <message>
        <source>Take pages back from an editor</source>
        <translation>从编辑收回版面</translation>
    </message>
    <message>
        <source>Take {n} pages back from {editor}</source>
        <translation>从 {editor} 收回 {n} 个版面</translation>
    </message>
    <message>
        <source>Undo the join of line {n}</source>
        <translation>取消第 {n} 行的接续</translation>
    </message>
    <message>
        <source>Unlink the parts of a story</source>
        <translation>取消续稿链接</translation>
    </message>
    <message>
        <source>Unlink 《{first}》 from 《{then}》</source>
        <translation>取消《{first}》与《{then}》的续稿链接</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <source>back to a suggestion</source>
        <translation>改回建议</translation>
    </message>
    <message>
        <source>label {label}</source>
        <translation>标签改为 {label}</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>role {role}</source>
        <translation>身份改为 {role}</translation>
    </message>
    <message>
        <source>{kind} ({what})</source>
        <translation>{kind}（{what}）</translation>
    </message>
    <message>
        <source>{name}: issue {issue}, page {page}</source>
        <translation>{name}：{issue} 期，{page} 版</translation>
    </message>
    <message>
        <source>“{text}” ({label}): {values}</source>
        <translation>“{text}”（{label}）：{values}</translation>
    </message>
    <message>
        <source>“{text}”: {values}</source>
        <translation>“{text}”：{values}</translation>
    </message>
    <message>
        <source>《{first}》 continues in 《{then}》</source>
        <translation>《{first}》转至《{then}》</translation>
    </message>
    <message>
        <source>《{title}》: accept all suggestions</source>
        <translation>《{title}》：接受全部建议</translation>
    </message>
    <message>
        <source>《{title}》: {field} → “{value}”</source>
        <translation>《{title}》：{field}改为“{value}”</translation>
    </message>
    <message>
        <source>《{title}》: {status}</source>
        <translation>《{title}》：标为{status}</translation>
    </message>
</context>
<context>
    <name>IssueBars</name>
    <message>
        <source>In articles {a}%, noise {n}%, unassigned {u}%; reviewed {r}% of the text in articles</source>
        <translation>在文章中 {a}%，噪声 {n}%，未归属 {u}%；文章文字已审 {r}%</translation>
    </message>
    <message>
        <source>Progress per issue</source>
        <translation>每期进度</translation>
    </message>
    <message>
        <source>no issue</source>
        <translation>未知期</translation>
    </message>
    <message>
        <source>nothing unassigned</source>
        <translation>无未归属</translation>
    </message>
    <message>
        <source>reviewed {p}%</source>
        <translation>已审 {p}%</translation>
    </message>
    <message>
        <source>unassigned {p}%</source>
        <translation>未归属 {p}%</translation>
    </message>
    <message>
        <source>{issue} · {n} pages</source>
        <translation>{issue} · {n} 版</translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message>
        <source> That file-name pattern is one saved in Edit → Settings: correct or remove it there.</source>
        <translation>这个文件名式样是保存在 编辑 → 设置 中的：请在那里改正或删除它。</translation>
    </message>
    <message>
        <source>; {n} files not in this database</source>
        <translation>；{n} 个文件不在本数据库中</translation>
    </message>
    <message>
        <source>; {n} left as they are</source>
        <translation>；{n} 篇保持原样</translation>
    </message>
    <message>
        <source>; {n} lines are in none of its articles and not said to be noise (an export of part of the corpus?): left unassigned, to be decided</source>
        <translation>；有 {n} 行不在文件的任何文章中，也没有标为噪声（只导出了语料的一部分？）：这些行未分配，待决定</translation>
    </message>
    <message>
        <source>Already there as {where} (the same bytes): {name}</source>
        <translation>已作为 {where} 导入（内容完全相同）：{name}</translation>
    </message>
    <message>
        <source>Already there as {where} (the same text in another encoding or with other line breaks): {name}</source>
        <translation>已作为 {where} 导入（文字相同，只是编码或换行不同）：{name}</translation>
    </message>
    <message>
        <source>Already there: {name}</source>
        <translation>已存在：{name}</translation>
    </message>
    <message>
        <source>Applied {n} articles of {files} files</source>
        <translation>已应用 {files} 个文件中的 {n} 篇文章</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancelled: nothing was exported; any previous file of that name is unchanged.</source>
        <translation>已取消：没有导出任何内容，同名的原有文件保持不变。</translation>
    </message>
    <message>
        <source>Cancelled: the files done so far are kept.</source>
        <translation>已取消：已完成的文件都已保存。</translation>
    </message>
    <message>
        <source>Cells cut at Excel's 32,767-character limit:</source>
        <translation>超过 Excel 32,767 字上限而被截断的单元格：</translation>
    </message>
    <message>
        <source>Characters a workbook cannot hold were replaced in:</source>
        <translation>工作簿无法保存的字符已被替换（显示为替换符 U+FFFD）：</translation>
    </message>
    <message>
        <source>Doctor finds what the program would not have written in this database ({n} in all, another program changed them). This export holds them as they are: run jmreview doctor to see each, then restore a backup or correct each as it says.</source>
        <translation>数据库检查发现这个数据库中有本程序不会写出的内容（共 {n} 处，被别的程序改过）。这次导出照原样包含了它们：请运行 jmreview doctor 逐一查看，然后恢复备份，或按它说的逐一更正。</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Export corpus</source>
        <translation>导出语料</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <source>Flagged for review: {what}</source>
        <translation>已标记待复审：{what}</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Import corpus JSON</source>
        <translation>导入语料 JSON</translation>
    </message>
    <message>
        <source>Import folder</source>
        <translation>导入文件夹</translation>
    </message>
    <message>
        <source>Import page dumps</source>
        <translation>导入版面文本</translation>
    </message>
    <message>
        <source>Import them as those pages' new versions? What people did there is kept (an article whose lines changed goes back to review, flagged); the old versions are kept too.</source>
        <translation>要把它们作为这些版面的新版本导入吗？人工处理过的内容会保留（行有改动的文章会被标记并放回审校中）；旧版本也会保留。</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>JSON (*.json);;JSON lines (*.jsonl)</source>
        <translation>JSON (*.json);;JSON 行 (*.jsonl)</translation>
    </message>
    <message>
        <source>Kept {k} articles decided by people, redid {r}.</source>
        <translation>保留了 {k} 篇人工处理过的文章，重新处理了 {r} 篇。</translation>
    </message>
    <message>
        <source>New versions of imported files</source>
        <translation>已导入文件的新版本</translation>
    </message>
    <message>
        <source>Not carried over (what was decided stays on the old version, which is kept): {what}</source>
        <translation>没有沿用（所做的决定留在旧版本上，旧版本已保留）：{what}</translation>
    </message>
    <message>
        <source>Not in this database: {name}</source>
        <translation>不在本数据库中：{name}</translation>
    </message>
    <message>
        <source>Not in this database: {name} (its text is in the file, but a snapshot adds pages only to an empty database: import the page itself, or restore the snapshot into a new database)</source>
        <translation>不在本数据库中：{name}（文件里有它的原文，但快照只会把版面加入空数据库：请导入该版面文件本身，或把快照恢复到一个新数据库）</translation>
    </message>
    <message>
        <source>Not in this file: the team's work on earlier versions of pages (replaced by a newer import); jmreview copy to another database keeps it.</source>
        <translation>这个文件不含页面较早版本（已被新导入取代）上的团队工作；用 jmreview copy 复制到另一个数据库可以保留。</translation>
    </message>
    <message>
        <source>Re-run automation</source>
        <translation>重新自动处理</translation>
    </message>
    <message>
        <source>Re-running automation…</source>
        <translation>正在重新自动处理…</translation>
    </message>
    <message>
        <source>Refused: {name}: {why}</source>
        <translation>拒绝导入：{name}：{why}</translation>
    </message>
    <message>
        <source>Restored {n} articles of {files} files</source>
        <translation>已从 {files} 个文件恢复 {n} 篇文章</translation>
    </message>
    <message>
        <source>Stopping: the file being read is finished first (a file is kept whole or not at all)…</source>
        <translation>正在停止：先处理完正在读取的文件（每个文件要么完整保留，要么完全不留）…</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>文本文件 (*.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>The team's work holds {n} things the program would not have made (another program changed it): restoring this snapshot is refused until they are mended. Run jmreview doctor to see them.</source>
        <translation>团队工作中有 {n} 处是本程序不会写出的（被别的程序改过）：修好之前，这个快照恢复时会被拒绝。请运行 jmreview doctor 查看。</translation>
    </message>
    <message>
        <source>The text of {n} pages in this database is no longer the text of the files imported (another program changed it). This export holds it as it is: restore a backup (a page's text cannot be corrected in the window; jmreview doctor names the pages).</source>
        <translation>这个数据库中有 {n} 个版面的文本已不是导入时文件的文本（被别的程序改过）。这次导出照原样包含了它：请恢复备份（版面文本无法在窗口中更正；jmreview doctor 会列出这些版面）。</translation>
    </message>
    <message>
        <source>Unexpected error: {error}. Nothing was exported: any previous file of that name is unchanged; details are in {log}.</source>
        <translation>意外错误：{error}。没有导出任何内容：同名的原有文件保持不变；详情见 {log}。</translation>
    </message>
    <message>
        <source>Unexpected error: {error}. What was finished is kept; details are in {log}.</source>
        <translation>意外错误：{error}。已完成的部分都已保存；详情见 {log}。</translation>
    </message>
    <message>
        <source>a field does not fit jmreview's corpus format; the details say which</source>
        <translation>其中有字段不符合 jmreview 的语料格式，详细信息中写明了是哪一处</translation>
    </message>
    <message>
        <source>{file} was not imported: {reason}. Nothing was changed.</source>
        <translation>{file} 没有导入：{reason}。数据库没有任何改动。</translation>
    </message>
    <message>
        <source>{names}: new versions of imported files change articles people worked on.</source>
        <translation>{names}：已导入文件的新版本改动了人工处理过的文章。</translation>
    </message>
    <message>
        <source>{name}: a hidden or system folder (a trash, the old versions a sync tool keeps, a tool's own copies): the page files inside it were passed over; one imported by its own name is a page of its own, beside any page of its name (to make it a page's new version, put it in that page's folder)</source>
        <translation>{name}：是隐藏文件夹或系统文件夹（回收站、同步工具保存的旧版本、某个工具自己的副本），其中的版面文件已跳过；按文件名单独导入其中的文件，会成为一个独立的版面，与同名版面并存（要让它成为某个版面的新版本，请把它放到那个版面所在的文件夹中）</translation>
    </message>
    <message>
        <source>{name}: imported, but it holds no Chinese character: is it a page of the newspaper? (a README or a licence beside the pages is not)</source>
        <translation>{name}：已导入，但其中一个汉字也没有：它是报纸的版面吗？（版面旁边的说明或许可文件不是）</translation>
    </message>
    <message>
        <source>{name}: imported, but no longer in the database: it was restored from a backup while the import ran; import it again</source>
        <translation>{name}：已导入，但已不在数据库中：导入期间数据库被恢复成了备份；请重新导入</translation>
    </message>
    <message>
        <source>{name}: taken for a new delivery of page {page}, renamed (its text is that page's but for a few lines; its name differs by a copy's mark, case or its ending).</source>
        <translation>{name}：被当作版面 {page} 改了名的重新交稿（文字除少数几行外与该版面相同；名字只差副本标记、大小写或扩展名）。</translation>
    </message>
    <message>
        <source>{name}: the date in its name, {day}, is no day of the calendar: no issue date was read</source>
        <translation>{name}：文件名中的日期 {day} 不存在：未读出期号日期</translation>
    </message>
    <message>
        <source>{name}: the same page ({page}) as {other}, under another name: both are kept</source>
        <translation>{name}：与 {other} 是同一版（{page}），只是名字不同：两个都保留</translation>
    </message>
    <message>
        <source>{n} articles written to {path}</source>
        <translation>已写入 {n} 篇文章到 {path}</translation>
    </message>
    <message>
        <source>{n} files imported, {a} articles.</source>
        <translation>已导入 {n} 个文件，{a} 篇文章。</translation>
    </message>
    <message>
        <source>{n} other files in the folders were passed over, their types not a page's (a page is a .txt file, or a file without a type): {names}</source>
        <translation>文件夹中另有 {n} 个文件已跳过，它们的类型不是版面（版面是 .txt 文件或没有扩展名的文件）：{names}</translation>
    </message>
    <message>
        <source>{reason}. Nothing was changed.</source>
        <translation>{reason}。数据库没有任何改动。</translation>
    </message>
    <message>
        <source>… and {n} more lines: Show Details…</source>
        <translation>……另有 {n} 行：请点“显示详细信息…”</translation>
    </message>
</context>
<context>
    <name>LabelsDialog</name>
    <message>
        <source>&amp;Add label…</source>
        <translation>添加标签(&amp;A)…</translation>
    </message>
    <message>
        <source>Add label</source>
        <translation>添加标签</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Edit label</source>
        <translation>修改标签</translation>
    </message>
    <message>
        <source>Hotkey (Ctrl+…)</source>
        <translation>快捷键（Ctrl+…）</translation>
    </message>
    <message>
        <source>Key used with Ctrl (a digit):</source>
        <translation>与 Ctrl 同按的键（一个数字）：</translation>
    </message>
    <message>
        <source>Label colour</source>
        <translation>标签颜色</translation>
    </message>
    <message>
        <source>Label hotkey</source>
        <translation>标签快捷键</translation>
    </message>
    <message>
        <source>Label title</source>
        <translation>标签名称</translation>
    </message>
    <message>
        <source>Label:</source>
        <translation>标签：</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>代号</translation>
    </message>
    <message>
        <source>Name (capital letters, e.g. EVT):</source>
        <translation>代号（大写字母，如 EVT）：</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Title shown to editors:</source>
        <translation>显示给编辑的名称：</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>名称：</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <source>Legend</source>
        <translation>图例</translation>
    </message>
    <message>
        <source>Legend:</source>
        <translation>图例：</translation>
    </message>
    <message>
        <source>dashed underline: a suggestion; solid: accepted</source>
        <translation>虚下划线：建议；实下划线：已接受</translation>
    </message>
    <message>
        <source>duplicate (struck through, left out)</source>
        <translation>重复（划掉，不计入正文）</translation>
    </message>
    <message>
        <source>noise (in no article)</source>
        <translation>噪声（不属于任何文章）</translation>
    </message>
    <message>
        <source>tint: one article; rule: where it starts</source>
        <translation>底色：同一篇文章；横线：文章开头</translation>
    </message>
    <message>
        <source>↳ joined to the paragraph before</source>
        <translation>↳ 与上一段接续</translation>
    </message>
</context>
<context>
    <name>LexiconWindow</name>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>修改(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Apply to the whole &amp;corpus…</source>
        <translation>应用到整个语料(&amp;C)…</translation>
    </message>
    <message>
        <source>Apply what was learned</source>
        <translation>应用学到的内容</translation>
    </message>
    <message>
        <source>Apply what was learned ({n} changes)</source>
        <translation>应用学到的内容（{n} 处改动）</translation>
    </message>
    <message>
        <source>Apply what was learned to the articles nobody has decided about?

{added} suggestions added, {removed} taken away, {kickers} lines set to kicker, {noise} lines set to noise, in {articles} articles. One step: Ctrl+Z undoes it.</source>
        <translation>将学到的内容应用到还没有人处理过的文章？

新增 {added} 条建议，去掉 {removed} 条，{kickers} 行设为引题，{noise} 行设为噪声，涉及 {articles} 篇文章。一步完成：Ctrl+Z 可撤销。</translation>
    </message>
    <message>
        <source>Choose an entry of the lexicon first.</source>
        <translation>请先选择词库中的一个条目。</translation>
    </message>
    <message>
        <source>Corrections</source>
        <translation>更正次数</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>Editors</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Export the lexicon</source>
        <translation>导出词库</translation>
    </message>
    <message>
        <source>Import a lexicon</source>
        <translation>导入词库</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>最近</translation>
    </message>
    <message>
        <source>Lexicon entry</source>
        <translation>词库条目</translation>
    </message>
    <message>
        <source>Lexicon files (*.csv *.json)</source>
        <translation>词库文件 (*.csv *.json)</translation>
    </message>
    <message>
        <source>Lexicon: add {text}</source>
        <translation>词库：添加 {text}</translation>
    </message>
    <message>
        <source>Lexicon: delete {text}</source>
        <translation>词库：删除 {text}</translation>
    </message>
    <message>
        <source>Lexicon: edit {text}</source>
        <translation>词库：修改 {text}</translation>
    </message>
    <message>
        <source>Lexicon: import {name}</source>
        <translation>词库：导入 {name}</translation>
    </message>
    <message>
        <source>Lexicon: what was learned from corrections</source>
        <translation>词库：从更正中学到的内容</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>未导出</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>未导入</translation>
    </message>
    <message>
        <source>Nothing to apply</source>
        <translation>没有可应用的内容</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Search the lexicon</source>
        <translation>搜索词库</translation>
    </message>
    <message>
        <source>Suggest it (unchecked: never suggest it)</source>
        <translation>建议它（不勾选：永不建议）</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>用法</translation>
    </message>
    <message>
        <source>What was learned is already applied everywhere automation may change.</source>
        <translation>学到的内容已应用到自动处理可以改动的所有地方。</translation>
    </message>
    <message>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>cut this tail off</source>
        <translation>去掉这个结尾</translation>
    </message>
    <message>
        <source>edited by hand</source>
        <translation>人工修改</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>jieba</source>
        <translation>结巴分词</translation>
    </message>
    <message>
        <source>kicker line</source>
        <translation>引题行</translation>
    </message>
    <message>
        <source>learned from corrections</source>
        <translation>从更正中学到</translation>
    </message>
    <message>
        <source>learned pattern</source>
        <translation>学到的规律</translation>
    </message>
    <message>
        <source>never suggest</source>
        <translation>永不建议</translation>
    </message>
    <message>
        <source>noise line</source>
        <translation>噪声行</translation>
    </message>
    <message>
        <source>pattern: cut this ending off suggestions</source>
        <translation>规律：从建议中去掉这个结尾</translation>
    </message>
    <message>
        <source>pattern: never suggest such names from {source}</source>
        <translation>规律：不再建议{source}给出的这类名称</translation>
    </message>
    <message>
        <source>pattern: suggest names ending so</source>
        <translation>规律：建议以此结尾的名称</translation>
    </message>
    <message>
        <source>suggest</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>the rules</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>{n} entries</source>
        <translation>{n} 条</translation>
    </message>
    <message>
        <source>{n} entries imported from {name}</source>
        <translation>已从 {name} 导入 {n} 条</translation>
    </message>
    <message>
        <source>{n} entries written to {path}</source>
        <translation>已将 {n} 条写入 {path}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source> (read-only)</source>
        <translation>（只读）</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;打开时&gt;</translation>
    </message>
    <message>
        <source>A change the server had not confirmed was saved after all: Ctrl+Z undoes it</source>
        <translation>服务器当时没有确认的一项修改最终已经保存：按 Ctrl+Z 可以撤销它</translation>
    </message>
    <message>
        <source>Another program or window changed this database while the list was open. Restoring the backup takes that work back too (what the database holds now is kept in a backup made before the restore). Restore it anyway?</source>
        <translation>列表打开期间，另一个程序或窗口修改了这个数据库。恢复这个备份也会撤回那些修改（数据库现在的内容会先另存为“恢复前”备份）。仍要恢复吗？</translation>
    </message>
    <message>
        <source>Backup:</source>
        <translation>备份：</translation>
    </message>
    <message>
        <source>Backups of a server database are the server's job; File → Export with each file's source text is the portable snapshot</source>
        <translation>服务器数据库的备份由服务器负责；“文件 → 导出”时包含每个文件的原文，即是可带走的完整快照</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>Every article is reviewed.</source>
        <translation>所有文章都已审完。</translation>
    </message>
    <message>
        <source>Label as {name} ({title})</source>
        <translation>标注为 {name}（{title}）</translation>
    </message>
    <message>
        <source>Line {n}: {cue}</source>
        <translation>第 {n} 行：{cue}</translation>
    </message>
    <message>
        <source>Lost touch with the server: other editors' changes are not shown until it answers again</source>
        <translation>与服务器的联系中断：在服务器重新响应之前，不会显示其他编辑所做的修改</translation>
    </message>
    <message>
        <source>No automatic join or duplicate left to check after this line.</source>
        <translation>此行之后没有待检查的自动接续或重复。</translation>
    </message>
    <message>
        <source>Not closed</source>
        <translation>未关闭</translation>
    </message>
    <message>
        <source>Not closed: an import or export is running. Wait for it, or cancel it first.</source>
        <translation>未关闭：导入或导出正在进行。请等它完成，或先取消。</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>Nothing was restored: what you typed is still in its field</source>
        <translation>没有恢复任何备份：你输入的内容仍在原来的栏中</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>Other editors' changes are not shown: the window hears them on a second connection, and the server's connection limit (of this role or database) allows no more; ask the administrator to raise it by one</source>
        <translation>不显示其他编辑的修改：窗口要通过第二个连接接收这些修改，而服务器的连接数上限（本角色或本数据库的）不允许再多一个连接；请管理员把上限调高一个</translation>
    </message>
    <message>
        <source>Other editors' changes not shown</source>
        <translation>不显示其他编辑的修改</translation>
    </message>
    <message>
        <source>Read-only: this database is open read-only. You may browse and export it; nothing can be changed.</source>
        <translation>只读：本数据库以只读方式打开。您可以浏览和导出，但不能做任何修改。</translation>
    </message>
    <message>
        <source>Read-only: your database role {role} may browse and export this corpus but not change it; ask the database's administrator for an editor's role to make corrections.</source>
        <translation>只读：您的数据库角色 {role} 可以浏览和导出本语料，但不能修改；如需修改，请向数据库管理员申请编辑角色。</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>Recent databases</source>
        <translation>最近的数据库</translation>
    </message>
    <message>
        <source>Redone: {what}</source>
        <translation>已重做：{what}</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>Role: {role}</source>
        <translation>角色：{role}</translation>
    </message>
    <message>
        <source>The database was restored from a backup by another window or program: {n} of your changes were taken back with it (a backup made before the restore keeps them); the history shows what is left</source>
        <translation>数据库已被另一个窗口或程序从备份恢复：你的 {n} 项修改随之撤回（恢复前所做的备份保留着它们）；历史记录显示的是剩下的修改</translation>
    </message>
    <message>
        <source>The server ends sessions idle for a short while (its idle_session_timeout setting): other editors' changes may show a moment late; the administrator can turn that setting off for editors</source>
        <translation>服务器会结束空闲片刻的会话（其 idle_session_timeout 设置）：其他编辑的修改可能稍晚才显示；管理员可以为编辑关闭这个设置</translation>
    </message>
    <message>
        <source>There is no backup of this database yet.</source>
        <translation>这个数据库还没有备份。</translation>
    </message>
    <message>
        <source>This page was replaced by a newer version of its file; you are now working on the new version</source>
        <translation>此版面已被新版本文件替换，现在编辑的是新版本</translation>
    </message>
    <message>
        <source>This server is no longer a standby: it is the primary server now. Open the database again (File → Recent databases) to make corrections.</source>
        <translation>这台服务器已不再是备用服务器，现在是主服务器。请重新打开该数据库（文件 → 最近的数据库）后再做修改。</translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation>撤销历史</translation>
    </message>
    <message>
        <source>Undone: {what}</source>
        <translation>已撤销：{what}</translation>
    </message>
    <message>
        <source>Updated with changes made in another window</source>
        <translation>已显示另一个窗口所做的修改</translation>
    </message>
    <message>
        <source>What you typed in {fields} could not be kept in {file} either (the disk is full, or the file cannot be written), so nothing was restored. It is on the clipboard: paste it somewhere safe first.</source>
        <translation>你在 {fields} 中输入的内容也未能保存到 {file}（磁盘已满，或该文件无法写入），因此没有恢复任何备份。这些内容在剪贴板上：请先粘贴到安全的地方。</translation>
    </message>
    <message>
        <source>What you typed in {fields} could not be kept in {file} either (the disk is full, or the file cannot be written):
{text}

It is on the clipboard: paste it somewhere safe, then close again.</source>
        <translation>你在 {fields} 中输入的内容也无法保存到 {file}（磁盘已满，或这个文件不能写入）：
{text}

这些内容在剪贴板上：请先粘贴到安全的地方，再关闭一次。</translation>
    </message>
    <message>
        <source>What you typed in {fields} could not be saved:
{text}

Restore the backup anyway? The text is then kept in {file} (and put on the clipboard).</source>
        <translation>你在 {fields} 中输入的内容未能保存：
{text}

仍要恢复备份吗？这些内容将保存在 {file}（并放到剪贴板上）。</translation>
    </message>
    <message>
        <source>What you typed in {fields} could not be saved:
{text}

Save it with Return in the field, or close again (Ctrl+Q) to close anyway: the text is then kept in {file} (and put on the clipboard).</source>
        <translation>你在 {fields} 中输入的内容未能保存：
{text}

请在该栏中按回车保存；或再关闭一次（Ctrl+Q）直接关闭：这些内容会保存在 {file}（并放到剪贴板上）。</translation>
    </message>
    <message>
        <source>What you typed in {fields} could not be saved: it was refused, as said when you pressed Return:
{text}

Close again (Ctrl+Q) to close: the text is then kept in {file} (and put on the clipboard).</source>
        <translation>你在 {fields} 中输入的内容未能保存：按回车时它已被拒绝（见当时的说明）：
{text}

再关闭一次（Ctrl+Q）即可关闭：这些内容会保存在 {file}（并放到剪贴板上）。</translation>
    </message>
    <message>
        <source>jmreview databases (*.sqlite3 *.db);;All files (*)</source>
        <translation>jmreview 数据库 (*.sqlite3 *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>jmreview — {path}</source>
        <translation>jmreview — {path}</translation>
    </message>
    <message>
        <source>{n} of your changes are no longer in the database: another window or program restored a backup, or the server lost them as it switched to a standby. They were taken back from the history, which shows what is left: make them again if they are needed.</source>
        <translation>你的 {n} 项修改已不在数据库中：另一个窗口或程序恢复了备份，或者服务器在切换到备用服务器时丢失了它们。它们已从历史记录中撤下，历史记录显示的是剩下的修改：如有需要，请重新修改。</translation>
    </message>
    <message>
        <source>{path} does not exist (any more): nothing was opened.</source>
        <translation>{path} 不存在（或已被移走）：没有打开任何数据库。</translation>
    </message>
    <message>
        <source>{why}. You may browse and export it.</source>
        <translation>{why}。您可以浏览和导出。</translation>
    </message>
</context>
<context>
    <name>Newspaper</name>
    <message>
        <source> ({status})</source>
        <translation>（{status}）</translation>
    </message>
    <message>
        <source>(no page)</source>
        <translation>（无版次）</translation>
    </message>
    <message>
        <source>Accept link</source>
        <translation>接受链接</translation>
    </message>
    <message>
        <source>Choose a file first.</source>
        <translation>请先选择一个文件。</translation>
    </message>
    <message>
        <source>Choose an article first.</source>
        <translation>请先选择一篇文章。</translation>
    </message>
    <message>
        <source>Continued story</source>
        <translation>续稿</translation>
    </message>
    <message>
        <source>Continues from {page}《{title}》</source>
        <translation>续自 {page}《{title}》</translation>
    </message>
    <message>
        <source>Continues in {page}《{title}》</source>
        <translation>转至 {page}《{title}》</translation>
    </message>
    <message>
        <source>Go to this part</source>
        <translation>转到这一部分</translation>
    </message>
    <message>
        <source>Issue and page of {name}</source>
        <translation>{name} 的期和版</translation>
    </message>
    <message>
        <source>Issue date</source>
        <translation>出版日期</translation>
    </message>
    <message>
        <source>Link to the continuation</source>
        <translation>链接到续稿</translation>
    </message>
    <message>
        <source>Link to the continuation {page}《{title}》</source>
        <translation>链接到续稿 {page}《{title}》</translation>
    </message>
    <message>
        <source>Link to the continuation…</source>
        <translation>链接到续稿…</translation>
    </message>
    <message>
        <source>Link with {page}《{title}》: {status}</source>
        <translation>与 {page}《{title}》的链接：{status}</translation>
    </message>
    <message>
        <source>No article on another page of this issue to link to.</source>
        <translation>本期其他版面上没有可链接的文章。</translation>
    </message>
    <message>
        <source>Not continued on another page.</source>
        <translation>没有转到其他版面。</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>版次</translation>
    </message>
    <message>
        <source>Part {n} of {total} · {issue} page {page} · 《{title}》</source>
        <translation>第 {n}/{total} 部分 · {issue} {page} 版 · 《{title}》</translation>
    </message>
    <message>
        <source>Reject link</source>
        <translation>拒绝链接</translation>
    </message>
    <message>
        <source>Show the story whole</source>
        <translation>显示整篇稿件</translation>
    </message>
    <message>
        <source>The issue date is known</source>
        <translation>已知出版日期</translation>
    </message>
    <message>
        <source>The story whole: 《{title}》</source>
        <translation>整篇稿件：《{title}》</translation>
    </message>
    <message>
        <source>This article continues in:</source>
        <translation>本文转至：</translation>
    </message>
    <message>
        <source>This article has no suggested link to decide.</source>
        <translation>本文没有待决定的建议链接。</translation>
    </message>
    <message>
        <source>This article is not linked to another part.</source>
        <translation>本文没有链接到其他部分。</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <source>like A03 or 3</source>
        <translation>如 A03 或 3</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>suggested</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>{name}: issue {issue}, page {page}</source>
        <translation>{name}：{issue} 期，{page} 版</translation>
    </message>
</context>
<context>
    <name>PageView</name>
    <message>
        <source>Body</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>Byline</source>
        <translation>署名</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>图说</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>重复</translation>
    </message>
    <message>
        <source>Duplicate of line {n}: left out of the article's text</source>
        <translation>与第 {n} 行重复：不计入文章正文</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Joined to the paragraph before it (no line break in the article's text): {why}</source>
        <translation>与上一段接续（文章正文中此处不换行）：{why}</translation>
    </message>
    <message>
        <source>Kicker</source>
        <translation>引题</translation>
    </message>
    <message>
        <source>Line {n}: {cue}</source>
        <translation>第 {n} 行：{cue}</translation>
    </message>
    <message>
        <source>Noise</source>
        <translation>噪声</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>转版</translation>
    </message>
    <message>
        <source>Page text</source>
        <translation>版面文字</translation>
    </message>
    <message>
        <source>Set by automation: F7 goes to the next one to check, Ctrl+J / Ctrl+D change it</source>
        <translation>由自动处理设定：按 F7 转到下一处待检查，Ctrl+J / Ctrl+D 修改</translation>
    </message>
    <message>
        <source>Subhead</source>
        <translation>小标题</translation>
    </message>
    <message>
        <source>Subheadline</source>
        <translation>副题</translation>
    </message>
</context>
<context>
    <name>Panels</name>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>实体</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Filter by category</source>
        <translation>按类别筛选</translation>
    </message>
    <message>
        <source>Filter by label</source>
        <translation>按标签筛选</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>按状态筛选</translation>
    </message>
    <message>
        <source>Filter by what is left unassigned</source>
        <translation>按未归属筛选</translation>
    </message>
    <message>
        <source>Filter files</source>
        <translation>筛选文件</translation>
    </message>
    <message>
        <source>My work</source>
        <translation>我的任务</translation>
    </message>
    <message>
        <source>Nothing left unassigned</source>
        <translation>无未归属</translation>
    </message>
    <message>
        <source>Only the pages given to you, each as your review copy when it is under double review</source>
        <translation>只显示分配给您的版面；双人审校中的版面显示您自己的复审副本</translation>
    </message>
    <message>
        <source>Still unassigned</source>
        <translation>仍有未归属</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>驱动器</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>文件类型(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>Refusals</name>
    <message>
        <source>Japanese</source>
        <translation>日文</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>韩文</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>另一个程序</translation>
    </message>
    <message>
        <source>cannot be read: {detail}</source>
        <translation>无法读取：{detail}</translation>
    </message>
    <message>
        <source>contains NUL bytes: this is a binary file, not a page dump</source>
        <translation>含有 NUL 字节：这是二进制文件，不是版面文本</translation>
    </message>
    <message>
        <source>ends in the middle of a character: the file is cut short (a copy or a download that did not finish); copy it again in full and import it again</source>
        <translation>在一个字符的中间结束：文件不完整（复制或下载没有完成）；请重新完整复制后再导入</translation>
    </message>
    <message>
        <source>has a line of {longest} characters: this is not a page dump (lines over {limit} characters are refused)</source>
        <translation>有一行长达 {longest} 个字符：这不是版面文本（超过 {limit} 个字符的行不予导入）</translation>
    </message>
    <message>
        <source>has the name of page {page} but for case, width, its ending or a copy's mark (a new delivery of it, renamed?): nothing was done; to replace that page, import it with --replace (it then keeps what people did there), or give it another name if it is another page</source>
        <translation>与版面 {page} 同名，只是大小写、全角半角、扩展名或副本标记（如“(1)”“- 副本”）不同（是改了名的重新交稿吗？）：未做任何操作；要替换那个版面，请再导入一次并在询问时选“是”（命令行加 --replace；人工处理过的内容会保留），如果它是另一个版面，请给它另起一个名字</translation>
    </message>
    <message>
        <source>has {chars} characters: this is not a page dump (a printed page holds some ten thousand; files over {limit} characters are refused)</source>
        <translation>有 {chars} 个字符：这不是版面文本（一个印刷版面约有一万字；超过 {limit} 个字符的文件不予导入）</translation>
    </message>
    <message>
        <source>has {lines} lines: this is not a page dump (a printed page holds a few hundred; files over {limit} lines are refused)</source>
        <translation>有 {lines} 行：这不是版面文本（一个印刷版面只有几百行；超过 {limit} 行的文件会被拒绝）</translation>
    </message>
    <message>
        <source>holds only white space</source>
        <translation>只有空白字符</translation>
    </message>
    <message>
        <source>is Chinese written in {encoding}, a 7-bit encoding jmreview does not read (imported, the page would be its escape codes): save it as UTF-8 or GB18030 and import it again</source>
        <translation>是用 {encoding} 编码的中文，jmreview 不读这种 7 位编码（若导入，版面将只是其转义码）：请另存为 UTF-8 或 GB18030 后再导入</translation>
    </message>
    <message>
        <source>is a Word document, not a page dump: save it as plain text (.txt) and import that</source>
        <translation>是 Word 文档，不是版面文本：请另存为纯文本（.txt）后导入</translation>
    </message>
    <message>
        <source>is a compressed archive (.gz, .tar, .rar, .7z…), not a page dump: extract it and import the pages in it</source>
        <translation>是压缩包（.gz、.tar、.rar、.7z 等），不是版面文本：请解压后导入其中的版面</translation>
    </message>
    <message>
        <source>is a folder that could not be read ({detail}): none of the pages inside it was imported; move them to a folder with a shorter path, or make it readable, and import again</source>
        <translation>是一个无法读取的文件夹（{detail}）：其中的版面都没有导入；请把它们移到路径较短的文件夹中，或让该文件夹可读，然后重新导入</translation>
    </message>
    <message>
        <source>is a link that leads back to itself (a loop of links): remove it, or point it at a page file</source>
        <translation>是一个绕回自身的链接（链接循环）：请删除它，或让它指向一个版面文件</translation>
    </message>
    <message>
        <source>is a link to a file that does not exist: remove it, or point it at a page file</source>
        <translation>是指向一个不存在的文件的链接：请删除它，或让它指向一个版面文件</translation>
    </message>
    <message>
        <source>is a link to a folder that holds the folder imported: passed over (the pages of its other folders are not this import's; import them by their own folder)</source>
        <translation>是指向包含所导入文件夹的上级文件夹的链接：已跳过（其他文件夹里的版面不属于这次导入；请按它们自己的文件夹导入）</translation>
    </message>
    <message>
        <source>is a new version of a page under double review by {editors}, not curated yet: nothing was done (their review copies belong to this version); curate the page first (jmreview curate {name}), then import the new version</source>
        <translation>是双人审校（{editors}）中、尚未裁定的版面的新版本：未做任何操作（他们的复审副本属于当前版本）；请先裁定该版面（jmreview curate {name}），再导入新版本</translation>
    </message>
    <message>
        <source>is a new version of an imported file and {n} articles people worked on have changed lines ({titles}); import it with --replace to keep them, flagged for review</source>
        <translation>是已导入文件的新版本，其中 {n} 篇人工处理过的文章有行被改动（{titles}）；要保留它们，请以替换方式导入，这些文章会被标记待复审</translation>
    </message>
    <message>
        <source>is a web page (HTML), not a page dump: save it from the browser as text (.txt), or paste its text into a .txt file, and import that</source>
        <translation>是网页（HTML），不是版面文本：请在浏览器中另存为文本（.txt），或把其中文字粘贴到一个 .txt 文件里，再导入</translation>
    </message>
    <message>
        <source>is a zip archive, not a page dump: unzip it and import the pages in it (jmreview's export for brat is read back by no command)</source>
        <translation>是 zip 压缩包，不是版面文本：请解压后导入其中的版面（jmreview 为 brat 导出的压缩包不能读回）</translation>
    </message>
    <message>
        <source>is a {kind} export, not a page dump: read it back with `jmreview {command}`</source>
        <translation>是 {kind} 格式的导出文件，不是版面文本：请用 `jmreview {command}` 读回</translation>
    </message>
    <message>
        <source>is an Excel workbook, not a page dump: a workbook jmreview exported is read back with `jmreview import-xlsx`; a page kept in a workbook must be saved as text (.txt) first</source>
        <translation>是 Excel 工作簿，不是版面文本：jmreview 导出的工作簿请用“文件”菜单中导入修改过的工作簿的命令读回；存在工作簿里的版面须先另存为文本（.txt）再导入</translation>
    </message>
    <message>
        <source>is an OpenDocument file (LibreOffice, WPS), not a page dump: save it as plain text (.txt) and import that</source>
        <translation>是 OpenDocument 文档（LibreOffice、WPS），不是版面文本：请另存为纯文本（.txt）后导入</translation>
    </message>
    <message>
        <source>is an RTF document (WordPad, Word), not a page dump: save it as plain text (.txt) and import that</source>
        <translation>是 RTF 文档（写字板、Word），不是版面文本：请另存为纯文本（.txt）后导入</translation>
    </message>
    <message>
        <source>is an old Office document (.doc, .xls, .wps), not a page dump: save it as plain text (.txt) and import that</source>
        <translation>是旧版 Office 文档（.doc、.xls、.wps），不是版面文本：请另存为纯文本（.txt）后导入</translation>
    </message>
    <message>
        <source>is empty (0 bytes)</source>
        <translation>是空文件（0 字节）</translation>
    </message>
    <message>
        <source>is full of control characters: this is a binary file, not a page dump</source>
        <translation>含有大量控制字符：这是二进制文件，不是版面文本</translation>
    </message>
    <message>
        <source>is jmreview's JSON Lines export, made for other programs, not a page dump; no command reads it back: import the pages themselves, or a snapshot (`export --format json --with-source`) with `jmreview import-json`</source>
        <translation>是 jmreview 为其他程序导出的 JSONL 文件，不是版面文本；本程序不能把它读回：请导入版面文件本身，或导出附带原文的语料 JSON 快照，再用“导入语料 JSON”恢复</translation>
    </message>
    <message>
        <source>is not a regular file (a FIFO): only page dump files are imported</source>
        <translation>不是普通文件（是管道）：只导入版面文本文件</translation>
    </message>
    <message>
        <source>is not a regular file (a device): only page dump files are imported</source>
        <translation>不是普通文件（是设备）：只导入版面文本文件</translation>
    </message>
    <message>
        <source>is not a regular file (a folder): only page dump files are imported</source>
        <translation>不是普通文件（是文件夹）：只导入版面文本文件</translation>
    </message>
    <message>
        <source>is not a regular file (a socket): only page dump files are imported</source>
        <translation>不是普通文件（是套接字）：只导入版面文本文件</translation>
    </message>
    <message>
        <source>is not a regular file (special): only page dump files are imported</source>
        <translation>不是普通文件（是特殊文件）：只导入版面文本文件</translation>
    </message>
    <message>
        <source>is not text in UTF-8, UTF-16, GB18030 or Big5</source>
        <translation>不是 UTF-8、UTF-16、GB18030 或 Big5 编码的文本</translation>
    </message>
    <message>
        <source>is still being written by {program} (a copy, a sync or a download not finished): import it once it is complete</source>
        <translation>仍在被 {program} 写入（复制、同步或下载尚未完成）：请等它完成后再导入</translation>
    </message>
    <message>
        <source>is the same as an earlier version of this page, which a newer import replaced: nothing was done (the newer version stays current; its old versions are all kept in the database)</source>
        <translation>与此版面的一个较早版本相同，而该版本已被更新的导入替换：未做任何操作（较新版本仍为当前版本；所有旧版本都保存在数据库中）</translation>
    </message>
    <message>
        <source>is {encoding} text but for a damaged character on line {line} (the file was changed or copied with an error); ask for the file again, or mend that place in an editor and save it as UTF-8</source>
        <translation>是 {encoding} 文本，但第 {line} 行有一个损坏的字符（文件被改动过或复制出错）；请重新索取文件，或在编辑器中修好那一处并另存为 UTF-8</translation>
    </message>
    <message>
        <source>is {language} text ({encoding}), not Chinese: read as Chinese it would be nonsense, so nothing was imported; if it is a page of the newspaper, ask for it again as Chinese text</source>
        <translation>是{language}文本（{encoding}），不是中文：当作中文读取会成为乱码，因此未导入任何内容；如果它确是本报的版面，请重新索取中文文本</translation>
    </message>
    <message>
        <source>is {size} MB; page dumps over {limit} MB are refused</source>
        <translation>有 {size} MB；超过 {limit} MB 的版面文本不予导入</translation>
    </message>
    <message>
        <source>may not be read by you (no permission): change its permissions, or ask its owner</source>
        <translation>无法读取：您没有读取它的权限（请修改其权限，或询问其所有者）</translation>
    </message>
    <message>
        <source>mixes two encodings: it is {encoding}, but line {line} is {other} (text pasted from another file?); save it in one encoding and import it again</source>
        <translation>混用了两种编码：文件是 {encoding}，但第 {line} 行是 {other}（从别的文件粘贴来的文字？）；请用同一种编码保存后再导入</translation>
    </message>
    <message>
        <source>not imported: a table of the corpus on the server of {path} is not as jmreview made it (another program changed its columns or added a rule), nothing of this file was saved; ask the administrator to put it back, then import again</source>
        <translation>未导入：{path} 所在服务器上语料的一张表已不是 jmreview 建立时的样子（别的程序改了它的列或加了规则），这个文件没有保存任何内容；请管理员把它恢复原样，然后再导入一次</translation>
    </message>
    <message>
        <source>not imported: a table of the corpus on the server of {path} is not as jmreview made it (another program changed its columns or added a rule), nothing of this file was saved; the import stopped here, {left} more files were not tried; ask the administrator to put it back, then import again</source>
        <translation>未导入：{path} 所在服务器上语料的一张表已不是 jmreview 建立时的样子（别的程序改了它的列或加了规则），这个文件没有保存任何内容；导入在此停止，另有 {left} 个文件没有尝试；请管理员把它恢复原样，然后再导入一次</translation>
    </message>
    <message>
        <source>not imported: the disk holding {path} is full, nothing of this file was saved; free some space and import again (files already imported are skipped)</source>
        <translation>未导入：{path} 所在的磁盘已满，这个文件的内容都没有保存；请腾出一些空间后重新导入（已导入的文件会跳过）</translation>
    </message>
    <message>
        <source>not imported: the disk holding {path} is full, nothing of this file was saved; the import stopped here, {left} more files were not tried; free some space and import again (files already imported are skipped)</source>
        <translation>未导入：{path} 所在的磁盘已满，这个文件的内容都没有保存；导入在此停止，还有 {left} 个文件没有尝试；请腾出一些空间后重新导入（已导入的文件会跳过）</translation>
    </message>
    <message>
        <source>not imported: the disk of the server holding {path} is full, nothing of this file was saved; ask the administrator to free space on it, then import again (files already imported are skipped)</source>
        <translation>未导入：存放 {path} 的服务器磁盘已满，这个文件没有保存任何内容；请管理员在服务器上腾出空间，然后再导入一次（已导入的文件会跳过）</translation>
    </message>
    <message>
        <source>not imported: the disk of the server holding {path} is full, nothing of this file was saved; the import stopped here, {left} more files were not tried; ask the administrator to free space on it, then import again (files already imported are skipped)</source>
        <translation>未导入：存放 {path} 的服务器磁盘已满，这个文件没有保存任何内容；导入在此停止，另有 {left} 个文件没有尝试；请管理员在服务器上腾出空间，然后再导入一次（已导入的文件会跳过）</translation>
    </message>
    <message>
        <source>not imported: the numbering of the table {table} on the server of {path} is behind its rows (an administrator restarted its sequence), nothing of this file was saved; ask the administrator to set it past the highest number, then import again</source>
        <translation>未导入：{path} 所在服务器上 {table} 表的编号落后于表中已有的行（管理员重置了它的序列），这个文件没有保存任何内容；请管理员把编号设到最大值之后，然后再导入一次</translation>
    </message>
    <message>
        <source>not imported: the numbering of the table {table} on the server of {path} is behind its rows (an administrator restarted its sequence), nothing of this file was saved; the import stopped here, {left} more files were not tried; ask the administrator to set it past the highest number, then import again</source>
        <translation>未导入：{path} 所在服务器上 {table} 表的编号落后于表中已有的行（管理员重置了它的序列），这个文件没有保存任何内容；导入在此停止，另有 {left} 个文件没有尝试；请管理员把编号设到最大值之后，然后再导入一次</translation>
    </message>
    <message>
        <source>not imported: the server of {path} refused this file by a rule of its own, saying: {detail}; nothing of this file was saved; ask the administrator</source>
        <translation>未导入：{path} 所在的服务器按它自己的规则拒绝了这个文件，理由是：{detail}；这个文件没有保存任何内容；请联系管理员</translation>
    </message>
    <message>
        <source>not imported: the server of {path} refused this file by a rule of its own, saying: {detail}; nothing of this file was saved; the import stopped here, {left} more files were not tried; ask the administrator</source>
        <translation>未导入：{path} 所在的服务器按它自己的规则拒绝了这个文件，理由是：{detail}；这个文件没有保存任何内容；导入在此停止，另有 {left} 个文件没有尝试；请联系管理员</translation>
    </message>
    <message>
        <source>not imported: this file went past a limit the server of {path} sets (temp_file_limit), nothing of it was saved; ask the administrator to raise or remove it, then import again (files already imported are skipped)</source>
        <translation>未导入：这个文件超出了 {path} 所在服务器设定的上限（temp_file_limit），没有保存任何内容；请管理员调高或取消这个上限，然后再导入一次（已导入的文件会跳过）</translation>
    </message>
    <message>
        <source>not imported: this file went past a limit the server of {path} sets (temp_file_limit), nothing of it was saved; the import stopped here, {left} more files were not tried; ask the administrator to raise or remove it, then import again (files already imported are skipped)</source>
        <translation>未导入：这个文件超出了 {path} 所在服务器设定的上限（temp_file_limit），没有保存任何内容；导入在此停止，另有 {left} 个文件没有尝试；请管理员调高或取消这个上限，然后再导入一次（已导入的文件会跳过）</translation>
    </message>
    <message>
        <source>not imported: {path} did not finish this file (the server was busy, a time limit of the database ran out, or another session cancelled it), nothing of this file was saved; import again (files already imported are skipped)</source>
        <translation>未导入：{path} 没有完成这个文件（服务器正忙、数据库的时间限制已到，或另一个会话取消了它），这个文件的内容都没有保存；请重新导入（已导入的文件会跳过）</translation>
    </message>
    <message>
        <source>not imported: {path} did not finish this file (the server was busy, a time limit of the database ran out, or another session cancelled it), nothing of this file was saved; the import stopped here, {left} more files were not tried; import again (files already imported are skipped)</source>
        <translation>未导入：{path} 没有完成这个文件（服务器正忙、数据库的时间限制已到，或另一个会话取消了它），这个文件的内容都没有保存；导入在此停止，另有 {left} 个文件没有尝试；请重新导入（已导入的文件会跳过）</translation>
    </message>
    <message>
        <source>not imported: {path} ended this session though the server is running (an administrator, or a setting of the address), nothing of this file was saved; import again (files already imported are skipped)</source>
        <translation>未导入：服务器仍在运行，但 {path} 结束了这次会话（管理员所为，或地址中的某项设置），这个文件的内容都没有保存；请重新导入（已导入的文件会跳过）</translation>
    </message>
    <message>
        <source>not imported: {path} ended this session though the server is running (an administrator, or a setting of the address), nothing of this file was saved; the import stopped here, {left} more files were not tried; import again (files already imported are skipped)</source>
        <translation>未导入：服务器仍在运行，但 {path} 结束了这次会话（管理员所为，或地址中的某项设置），这个文件的内容都没有保存；导入在此停止，还有 {left} 个文件没有尝试；请重新导入（已导入的文件会跳过）</translation>
    </message>
    <message>
        <source>not imported: {path} is locked by another program or window, nothing of this file was saved; import again when it has finished (files already imported are skipped)</source>
        <translation>未导入：{path} 正被另一个程序或窗口锁定，这个文件的内容都没有保存；请等它完成后重新导入（已导入的文件会跳过）</translation>
    </message>
    <message>
        <source>not imported: {path} is locked by another program or window, nothing of this file was saved; the import stopped here, {left} more files were not tried; import again when it has finished (files already imported are skipped)</source>
        <translation>未导入：{path} 正被另一个程序或窗口锁定，这个文件的内容都没有保存；导入在此停止，还有 {left} 个文件没有尝试；请等它完成后重新导入（已导入的文件会跳过）</translation>
    </message>
    <message>
        <source>not imported: {path} no longer exists on the server (it was dropped or renamed as the import ran): the import stopped here, {left} more files were not tried; waiting will not bring it back: ask the database's administrator</source>
        <translation>未导入：服务器上已没有 {path}（导入进行时它被删除或改名了）：导入在此停止，另有 {left} 个文件没有尝试；等待也不会让它回来：请联系数据库管理员</translation>
    </message>
    <message>
        <source>not imported: {path} no longer exists on the server (it was dropped or renamed as the import ran): the import stopped here; waiting will not bring it back: ask the database's administrator</source>
        <translation>未导入：服务器上已没有 {path}（导入进行时它被删除或改名了）：导入在此停止；等待也不会让它回来：请联系数据库管理员</translation>
    </message>
    <message>
        <source>not imported: {path} stopped answering as this file was written (if it went as the file was committed, the file may be in whole); import again when the server is back (a file already in is skipped)</source>
        <translation>未导入：写入这个文件时 {path} 没有响应（若恰在提交时中断，这个文件可能已完整存入）；请等服务器恢复后重新导入（已存入的文件会跳过）</translation>
    </message>
    <message>
        <source>not imported: {path} stopped answering as this file was written (if it went as the file was committed, the file may be in whole); the import stopped here, {left} more files were not tried; import again when the server is back (a file already in is skipped)</source>
        <translation>未导入：写入这个文件时 {path} 没有响应（若恰在提交时中断，这个文件可能已完整存入）；导入在此停止，还有 {left} 个文件没有尝试；请等服务器恢复后重新导入（已存入的文件会跳过）</translation>
    </message>
    <message>
        <source>not imported: {path} was replaced, moved or deleted on disk since the import began, nothing of this file was saved; open the database again and import again (files already imported are skipped)</source>
        <translation>未导入：{path} 在导入开始后被替换、移动或删除，这个文件的内容都没有保存；请重新打开数据库后再导入（已导入的文件会跳过）</translation>
    </message>
    <message>
        <source>not imported: {path} was replaced, moved or deleted on disk since the import began, nothing of this file was saved; the import stopped here, {left} more files were not tried; open the database again and import again (files already imported are skipped)</source>
        <translation>未导入：{path} 在导入开始后被替换、移动或删除，这个文件的内容都没有保存；导入在此停止，还有 {left} 个文件没有尝试；请重新打开数据库后再导入（已导入的文件会跳过）</translation>
    </message>
    <message>
        <source>not tried: {path} ended this session though the server is running (an administrator, or a setting of the address) as the file before this one was committed — that one is in whole; the import stopped here, {left} files were not tried (this one among them); import again (files already imported are skipped)</source>
        <translation>未尝试：服务器仍在运行，但 {path} 在提交上一个文件时结束了这次会话（管理员所为，或地址中的某项设置）——上一个文件已完整存入；导入在此停止，有 {left} 个文件没有尝试（包括这一个）；请重新导入（已导入的文件会跳过）</translation>
    </message>
    <message>
        <source>starts with a {encoding} mark but does not decode at byte {detail} (a damaged character there: the file was changed or copied with an error); ask for the file again, or mend that place in an editor and save it as UTF-8</source>
        <translation>以 {encoding} 标记开头，却在第 {detail} 字节处无法解码（那里有一个损坏的字符：文件被改动过或复制出错）；请重新索取文件，或在编辑器中修好那一处并另存为 UTF-8</translation>
    </message>
    <message>
        <source>starts with a {encoding} mark but its text behind it is {actual} (a program put the mark in front of it): nothing was imported; save it as UTF-8 (or remove the mark) and import it again</source>
        <translation>开头有 {encoding} 标记，但标记后面的文字是 {actual} 编码（某个程序把这个标记加在了文件前面）：未导入任何内容；请把它另存为 UTF-8（或去掉这个标记）后重新导入</translation>
    </message>
    <message>
        <source>starts with a {encoding} mark but its text is UTF-8 (a program put the wrong mark in front): save it as UTF-8 and import it again</source>
        <translation>开头是 {encoding} 标记，但内容其实是 UTF-8（某个程序在前面加错了标记）：请另存为 UTF-8 后重新导入</translation>
    </message>
    <message>
        <source>was to replace a page, and its text is that of page {page} but for a few lines, named as it is but for case, width, its ending or a copy's mark — a page that comes from {others}, not from {folder}; nothing was done: put the new version in that page's folder, named {name}, or import it without --replace to add it as another page</source>
        <translation>本应替换一个版面：它的文字除少数几行外与版面 {page} 相同，名字也只差大小写、全角半角、扩展名或副本标记——但那个版面来自 {others}，不是 {folder}；未做任何操作：请把新版本以 {name} 为名放到那个版面所在的文件夹中，或不加 --replace 导入，作为另一个版面加入</translation>
    </message>
    <message>
        <source>was to replace a page, but no page of its name comes from {folder}: pages named {name} come from {others}; nothing was done: put the new version in the folder of the page it replaces, or import it without --replace to add it as another page</source>
        <translation>本应替换一个版面，但没有来自 {folder} 的同名版面：名为 {name} 的版面来自 {others}；未做任何操作：请把新版本放到它所替换的版面所在的文件夹中，或不加 --replace 导入，作为另一个版面加入</translation>
    </message>
</context>
<context>
    <name>RoundTrips</name>
    <message>
        <source>; {k} deleted here since the file was made, left deleted</source>
        <translation>；{k} 个在文件生成后已在这里删除，保持删除</translation>
    </message>
    <message>
        <source>; {n} entities on duplicate lines left as they are (such files leave them out: their first copy is in them)</source>
        <translation>；重复行上的 {n} 个实体保持原样（这类文件不含它们：其中只有第一处）</translation>
    </message>
    <message>
        <source>Annotations (*.json *.jsonl *.bio *.conll *.txt)</source>
        <translation>标注文件 (*.json *.jsonl *.bio *.conll *.txt)</translation>
    </message>
    <message>
        <source>As decisions (accepted)</source>
        <translation>作为决定（已接受）</translation>
    </message>
    <message>
        <source>As suggestions</source>
        <translation>作为建议</translation>
    </message>
    <message>
        <source>Changes in {name}</source>
        <translation>{name} 中的修改</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>How should the entities of {file} be taken?</source>
        <translation>{file} 中的实体按什么处理？</translation>
    </message>
    <message>
        <source>Import an edited workbook</source>
        <translation>导入修改过的 Excel</translation>
    </message>
    <message>
        <source>Import entity annotations</source>
        <translation>导入实体标注</translation>
    </message>
    <message>
        <source>Import {file}</source>
        <translation>导入 {file}</translation>
    </message>
    <message>
        <source>Left as they are</source>
        <translation>保持原样</translation>
    </message>
    <message>
        <source>{file} changes nothing.</source>
        <translation>{file} 没有任何修改。</translation>
    </message>
    <message>
        <source>{file} was not imported; nothing was changed:</source>
        <translation>{file} 没有导入，数据库没有任何改动：</translation>
    </message>
    <message>
        <source>{m} of {n} documents matched ({i} by id, {t} by text): {a} entities added, {c} accepted, {r} relabelled, {j} rejected</source>
        <translation>{n} 篇文档中 {m} 篇已对应（按编号 {i} 篇，按文字 {t} 篇）：新增实体 {a} 个，接受 {c} 个，改标签 {r} 个，拒绝 {j} 个</translation>
    </message>
    <message>
        <source>{n} articles changed from {file}</source>
        <translation>已按 {file} 修改 {n} 篇文章</translation>
    </message>
    <message>
        <source>{n} changes in {a} articles. Nothing is written until you press OK; one undo takes them all back.</source>
        <translation>{a} 篇文章共 {n} 处修改。按“确定”才会写入；撤销一次即可全部恢复。</translation>
    </message>
    <message>
        <source>…and {n} more</source>
        <translation>……另有 {n} 处</translation>
    </message>
    <message>
        <source>《{title}》 changed while its changes were shown; nothing was imported — import the workbook again</source>
        <translation>显示修改期间《{title}》又被改动；没有导入任何内容——请重新导入该工作簿</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Search (Simplified or Traditional)</source>
        <translation>搜索（简体或繁体）</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>搜索结果</translation>
    </message>
    <message>
        <source>Whole corpus</source>
        <translation>整个语料</translation>
    </message>
    <message>
        <source>first {n} results</source>
        <translation>前 {n} 处</translation>
    </message>
    <message>
        <source>{file} · line {n}</source>
        <translation>{file} · 第 {n} 行</translation>
    </message>
    <message>
        <source>{n} results</source>
        <translation>共 {n} 处</translation>
    </message>
</context>
<context>
    <name>StoreMessages</name>
    <message>
        <source>, idle in its transaction</source>
        <translation>，且在事务中闲置</translation>
    </message>
    <message>
        <source>, idle, outside any transaction (a lock another program took for the session)</source>
        <translation>，闲置，不在任何事务中（另一个程序为整个会话取得的锁）</translation>
    </message>
    <message>
        <source>An article cannot continue in itself; nothing was changed</source>
        <translation>文章不能接续到它自己，未做任何更改</translation>
    </message>
    <message>
        <source>Article numbers have reached their limit ({limit}); nothing was changed</source>
        <translation>文章编号已达上限（{limit}），未做任何更改</translation>
    </message>
    <message>
        <source>Article {id} has reached the limit of {limit} changes; nothing was changed</source>
        <translation>文章 {id} 的修改次数已达上限（{limit} 次），未做任何更改</translation>
    </message>
    <message>
        <source>Disk quota exceeded</source>
        <translation>已超出磁盘配额</translation>
    </message>
    <message>
        <source>File exists</source>
        <translation>已有同名文件</translation>
    </message>
    <message>
        <source>File name too long</source>
        <translation>文件名太长</translation>
    </message>
    <message>
        <source>File too large</source>
        <translation>文件太大</translation>
    </message>
    <message>
        <source>Input/output error</source>
        <translation>输入/输出错误</translation>
    </message>
    <message>
        <source>Is a directory</source>
        <translation>这是一个文件夹</translation>
    </message>
    <message>
        <source>Line {line} already starts its article</source>
        <translation>第 {line} 行已经是其文章的开头</translation>
    </message>
    <message>
        <source>Line {line} is in no article</source>
        <translation>第 {line} 行不属于任何文章</translation>
    </message>
    <message>
        <source>Line {line} was changed in another window since it was shown; nothing was changed — look at it again and retry</source>
        <translation>第 {line} 行在显示之后已在另一窗口中被修改，未做任何更改——请重新查看后再试</translation>
    </message>
    <message>
        <source>Lines can only move to an article of their own file</source>
        <translation>行只能移到本文件的文章中</translation>
    </message>
    <message>
        <source>No space left on device</source>
        <translation>磁盘空间已满</translation>
    </message>
    <message>
        <source>No such file or directory</source>
        <translation>文件或文件夹不存在</translation>
    </message>
    <message>
        <source>Not a directory</source>
        <translation>路径中的一部分是文件，不是文件夹</translation>
    </message>
    <message>
        <source>Nothing of this change was saved in {path}: the disk is full; free some space and try again</source>
        <translation>这次修改没有保存到 {path}：磁盘已满；请腾出一些空间后再试。</translation>
    </message>
    <message>
        <source>Only two different articles of the same file can be merged</source>
        <translation>只能合并同一文件中的两篇不同文章</translation>
    </message>
    <message>
        <source>Operation not permitted</source>
        <translation>不允许此操作</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>没有写入权限</translation>
    </message>
    <message>
        <source>Read-only file system</source>
        <translation>文件系统是只读的</translation>
    </message>
    <message>
        <source>The two articles are in different issues; a story continues within one issue; nothing was changed</source>
        <translation>两篇文章不在同一期报纸中；稿件只在同一期内转版，未做任何更改</translation>
    </message>
    <message>
        <source>This change was not written: the database did not store it (a trigger or rule its administrator added skips it); nothing was changed</source>
        <translation>这项修改没有写入：数据库没有保存它（管理员添加的触发器或规则跳过了它）；没有任何改动</translation>
    </message>
    <message>
        <source>This edit cannot be undone or redone: its record in the edit log is damaged (another program changed it); nothing was changed</source>
        <translation>无法撤销或重做这项修改：它在修改日志中的记录已损坏（被别的程序改动过）；没有任何改动</translation>
    </message>
    <message>
        <source>This edit is already undone; nothing was changed</source>
        <translation>这项修改已经撤销过，未做任何更改</translation>
    </message>
    <message>
        <source>This edit is no longer in the database (it was restored from a backup or replaced); nothing was changed</source>
        <translation>这项修改已不在数据库中（数据库已从备份恢复或被替换），未做任何更改</translation>
    </message>
    <message>
        <source>This edit is not undone; nothing was changed</source>
        <translation>这项修改并未撤销，未做任何更改</translation>
    </message>
    <message>
        <source>This file has no article to put the line into</source>
        <translation>本文件没有可放入此行的文章</translation>
    </message>
    <message>
        <source>Too many levels of symbolic links</source>
        <translation>链接层数太多（链接指回了自己？）</translation>
    </message>
    <message>
        <source>What this change was about was removed in another window; nothing was changed</source>
        <translation>这项更改涉及的内容已在另一窗口中被删除，未做任何更改</translation>
    </message>
    <message>
        <source>a FIFO</source>
        <translation>命名管道</translation>
    </message>
    <message>
        <source>a block device</source>
        <translation>块设备</translation>
    </message>
    <message>
        <source>a character device</source>
        <translation>字符设备</translation>
    </message>
    <message>
        <source>a colour is written #rrggbb</source>
        <translation>颜色要写成 #rrggbb</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>a label name is 2–16 capital letters, digits or _</source>
        <translation>标签名是 2 到 16 个大写字母、数字或 _</translation>
    </message>
    <message>
        <source>a label's hotkey is one digit from 1 to 9 (pressed with Ctrl)</source>
        <translation>标签的快捷键是 1 到 9 中的一个数字（与 Ctrl 同按）</translation>
    </message>
    <message>
        <source>a label's name cannot change; add a new label instead</source>
        <translation>标签名不能修改；请另加一个新标签</translation>
    </message>
    <message>
        <source>a review copy names no editor</source>
        <translation>有一份审校副本没有写明编辑</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>套接字</translation>
    </message>
    <message>
        <source>a special file</source>
        <translation>特殊文件</translation>
    </message>
    <message>
        <source>article {first} already continues in article {other}; reject that link first; nothing was changed</source>
        <translation>文章 {first} 已经转至文章 {other}；请先拒绝那个链接；没有任何改动</translation>
    </message>
    <message>
        <source>article {first} cannot continue in article {then}: article {then} already leads to article {first} ({chain}), so the story would be a circle; nothing was changed</source>
        <translation>文章 {first} 不能转至文章 {then}：文章 {then} 已经续接到文章 {first}（{chain}），稿件会首尾相连成环；没有任何改动</translation>
    </message>
    <message>
        <source>article {first} continues in more than one article ({others}); a story is a chain: one continuation each way</source>
        <translation>文章 {first} 转至不止一篇文章（{others}）；一篇稿件是一条链：前后各只有一个续接</translation>
    </message>
    <message>
        <source>article {id} is in {editor}'s review copy of {name}: a story links articles of the corpus, never those of a review copy; nothing was changed</source>
        <translation>文章 {id} 属于 {editor} 对 {name} 的复审副本：续稿只链接语料中的文章，不能链接复审副本中的文章；没有任何改动</translation>
    </message>
    <message>
        <source>article {id} is no longer in this database: it was merged into another article, split, deleted or made anew by re-running automation here after the export; its entity rows were left as they are</source>
        <translation>文章 {id} 已不在这个数据库中：导出后它在这里被合并到另一篇文章、拆分、删除，或因重新运行自动处理而重新生成；它的实体行保持原样</translation>
    </message>
    <message>
        <source>article {id} 《{title}》</source>
        <translation>文章 {id}《{title}》</translation>
    </message>
    <message>
        <source>article {id} 《{title}》 is no longer in this database: it was merged into another article, split, deleted or made anew by re-running automation here after the export; left as it is (export a new workbook and make the change there)</source>
        <translation>文章 {id}《{title}》已不在这个数据库中：导出后它在这里被合并到另一篇文章、拆分、删除，或因重新运行自动处理而重新生成；保持原样（请重新导出工作簿，在新的工作簿中修改）</translation>
    </message>
    <message>
        <source>article {id} 《{title}》 was changed here ({here_at}) and, apart, in the copy of the database the file was exported from ({theirs_at}); left as it is</source>
        <translation>文章 {id}《{title}》在这里（{here_at}）和导出此文件的那份数据库副本中（{theirs_at}）各自被修改过；保持原样</translation>
    </message>
    <message>
        <source>article {id} 《{title}》 was changed here ({here_at}) and, apart, in the copy of the database the workbook was exported from ({theirs_at}); left as it is</source>
        <translation>文章 {id}《{title}》在这里（{here_at}）和导出此工作簿的那份数据库副本中（{theirs_at}）各自被修改过；保持原样</translation>
    </message>
    <message>
        <source>article {id} 《{title}》 was changed here after the export (version {here}, the file has {theirs}); left as it is</source>
        <translation>文章 {id}《{title}》在导出之后又在这里被修改过（这里是第 {here} 版，文件中是第 {theirs} 版）；保持原样</translation>
    </message>
    <message>
        <source>article {id} 《{title}》 was changed here after the export (version {here}, the workbook has {theirs}); left as it is</source>
        <translation>文章 {id}《{title}》在导出后又在这里修改过（版本 {here}，工作簿中为 {theirs}）；保持原样</translation>
    </message>
    <message>
        <source>article {id} 《{title}》 was made anew by re-running automation here after the export; left as it is (export again, and make the change there)</source>
        <translation>文章 {id}《{title}》在导出后因在这里重新运行自动处理而重新生成；保持原样（请重新导出，在新导出的文件中修改）</translation>
    </message>
    <message>
        <source>article {id} 《{title}》 was merged into another article here after the export; not re-created</source>
        <translation>文章 {id}《{title}》在导出之后已在这里并入另一篇文章；不再重建</translation>
    </message>
    <message>
        <source>article {id} 《{title}》: applied over its version here, changed here at {here_at}, which the file does not show it knew of: if the file was made without that change, undo the import to get it back</source>
        <translation>文章 {id}《{title}》：已用文件中的内容覆盖这里的版本（这里在 {here_at} 改过，文件并不显示它知道这处修改）：如果文件是在没有这处修改的情况下做出的，请撤销这次导入把它找回来</translation>
    </message>
    <message>
        <source>article {id} 《{title}》: its line {line} goes to article {other}, which is left as it is; so is this one</source>
        <translation>文章 {id}《{title}》：它的第 {line} 行要归入文章 {other}，该文章保持原样；本文也保持原样</translation>
    </message>
    <message>
        <source>article {id} 《{title}》: its line {line} now belongs to article {other}, which is left as it is; so is this one</source>
        <translation>文章 {id}《{title}》：它的第 {line} 行现在属于文章 {other}，该文章保持原样；本文也保持原样</translation>
    </message>
    <message>
        <source>article {id} 《{title}》: its line {line} now belongs to article {other}, which is not in the file; left as it is</source>
        <translation>文章 {id}《{title}》：它的第 {line} 行现在属于文章 {other}，而该文章不在文件中；保持原样</translation>
    </message>
    <message>
        <source>article {id} 《{title}》: its page was replaced by a newer version after the export; left as it is (export a new workbook and make the change there)</source>
        <translation>文章 {id}《{title}》：导出后其版面已被新版本替换；保持原样（请重新导出工作簿，在新的工作簿中修改）</translation>
    </message>
    <message>
        <source>article {id} 《{title}》: its page was replaced by a newer version after the export; left as it is (its text is article {new} of the newer version: export a new workbook and make the change there)</source>
        <translation>文章 {id}《{title}》：导出后其版面已被新版本替换；保持原样（它的正文现在是新版本中的文章 {new}：请重新导出工作簿，在新的工作簿中修改）</translation>
    </message>
    <message>
        <source>article {other} already continues in article {then}; reject that link first; nothing was changed</source>
        <translation>文章 {other} 已经转至文章 {then}；请先拒绝那个链接；没有任何改动</translation>
    </message>
    <message>
        <source>articles {others} all continue in article {then}; a story is a chain: one continuation each way</source>
        <translation>文章 {others} 都转至文章 {then}；一篇稿件是一条链：前后各只有一个续接</translation>
    </message>
    <message>
        <source>both review copies are one person's</source>
        <translation>两份审校副本属于同一个人</translation>
    </message>
    <message>
        <source>database disk image is malformed</source>
        <translation>数据库文件已损坏</translation>
    </message>
    <message>
        <source>disk I/O error</source>
        <translation>磁盘读写出错</translation>
    </message>
    <message>
        <source>document {doc}: a person here accepted “{text}” as {here}, which the file accepts as {label}: kept as {here} — change it in the window if the file is right</source>
        <translation>第 {doc} 篇文档：这里有人把“{text}”接受为 {here}，文件却把它接受为 {label}：保持 {here}——如果文件是对的，请在窗口中修改</translation>
    </message>
    <message>
        <source>document {doc}: a person here rejected “{text}”, which the file accepts as {label}: kept rejected — change it in the window if the file is right</source>
        <translation>第 {doc} 篇文档：这里有人拒绝了“{text}”，文件却把它接受为 {label}：保持拒绝——如果文件是对的，请在窗口中修改</translation>
    </message>
    <message>
        <source>document {doc}: article {id} is no longer in this database: it was merged into another article, split, deleted or made anew by re-running automation here after the export; left out (export the file again and annotate it there)</source>
        <translation>第 {doc} 篇文档：文章 {id} 已不在这个数据库中：导出后它在这里被合并到另一篇文章、拆分、删除，或因重新运行自动处理而重新生成；已略过（请重新导出文件，在新文件中标注）</translation>
    </message>
    <message>
        <source>document {doc}: article {id} is not in this database; left out</source>
        <translation>第 {doc} 篇文档：本数据库中没有文章 {id}；已略过</translation>
    </message>
    <message>
        <source>document {doc}: article {id} is on a version of its page that a newer delivery replaced after the export, and its text is not in the new version; left out (export the file again and annotate it there)</source>
        <translation>第 {doc} 篇文档：文章 {id} 所在的版面在导出之后被新送来的版本替换了，新版本里没有这段文字；已略过（请重新导出文件，在新文件上标注）</translation>
    </message>
    <message>
        <source>document {doc}: its text is that of articles on {n} pages here ({pages}: a reprint?), and the file names no article of this database to tell which; left out (export the file from this database to match by article)</source>
        <translation>第 {doc} 篇文档：它的正文与这里 {n} 个版面（{pages}：转载？）上的文章相同，而文件中没有本数据库的文章编号来区分是哪一篇；已略过（请从本数据库导出文件，以便按文章对应）</translation>
    </message>
    <message>
        <source>document {doc}: label {label} is not a label of this database; its spans were left out (a suggestion of ours on one of them is left as it is)</source>
        <translation>第 {doc} 篇文档：{label} 不是本数据库的标签；这些区间已略过（本库在这些区间上的建议保持不变）</translation>
    </message>
    <message>
        <source>document {doc}: no article of this database has this text; left out</source>
        <translation>第 {doc} 篇文档：本数据库中没有文字相同的文章；已略过</translation>
    </message>
    <message>
        <source>document {doc}: some of its spans could not be read, so none of the suggestions it lacks is rejected</source>
        <translation>第 {doc} 篇文档：其中有些区间无法读取，所以它没有的建议一个也不驳回</translation>
    </message>
    <message>
        <source>document {doc}: the file labels {n} of our suggestions otherwise (the first: “{text}” as {label}, here {here}); left as suggestions — `--as accepted` takes the file's labels</source>
        <translation>第 {doc} 篇文档：文件给本库的 {n} 个建议标了不同的标签（第一个：“{text}”标为 {label}，这里是 {here}）；仍保留为建议——要采用文件的标签，请“作为决定（已接受）”再导入一次</translation>
    </message>
    <message>
        <source>document {doc}: the span {start}–{end} (“{text}”) runs over two lines of the page that the export shows joined, and an entity lies on one line; left out — mark it in the window, on the line it belongs to</source>
        <translation>第 {doc} 篇文档：区间 {start}–{end}（“{text}”）跨过了版面上的两行（导出时这两行接成了一段），而实体只在一行之内；已略过——如有需要，请在窗口中把它标在所属的那一行上</translation>
    </message>
    <message>
        <source>document {doc}: the span {start}–{end} does not fit its text; left out</source>
        <translation>第 {doc} 篇文档：区间 {start}–{end} 与文字不符；已略过</translation>
    </message>
    <message>
        <source>document {doc}: the span {start}–{end} runs across a line break, and an entity lies on one line; left out</source>
        <translation>第 {doc} 篇文档：区间 {start}–{end} 跨过了换行，而实体只在一行之内；已略过</translation>
    </message>
    <message>
        <source>document {doc}: the span {value} is not one jmreview reads ([start, end, label], or an object with start and end — or start_offset and end_offset — and label or labels); left out</source>
        <translation>第 {doc} 篇文档：区间 {value} 的写法 jmreview 读不懂（应为 [起点, 终点, 标签]，或带有 start 和 end（或 start_offset 和 end_offset）以及 label 或 labels 的对象）；已略过</translation>
    </message>
    <message>
        <source>document {doc}: the text of article {id} is not the text in the file (the article was changed here since it was exported, or the file was written for another database or by hand); left out</source>
        <translation>第 {doc} 篇文档：文章 {id} 的文字与文件中的不同（导出后这篇文章在这里改过，或这个文件是为另一个数据库写的、或手写的）；已略过</translation>
    </message>
    <message>
        <source>document {doc}: “{key}” is “{value}”, not a list of spans [start, end, label]; left out</source>
        <translation>第 {doc} 篇文档：“{key}”是“{value}”，不是区间列表 [起点, 终点, 标签]；已略过</translation>
    </message>
    <message>
        <source>double review needs two different editors (given: {names}); nothing was changed</source>
        <translation>双人审校需要两位不同的编辑（所给：{names}）；没有任何改动</translation>
    </message>
    <message>
        <source>entity “{text}” ×{n}: label {old} → {new}</source>
        <translation>实体“{text}” ×{n}：标签 {old} → {new}</translation>
    </message>
    <message>
        <source>entity “{text}” ×{n}: row deleted → rejected</source>
        <translation>实体“{text}” ×{n}：行已删除 → 退回</translation>
    </message>
    <message>
        <source>entity “{text}” ×{n}: {old} → {new}</source>
        <translation>实体“{text}” ×{n}：{old} → {new}</translation>
    </message>
    <message>
        <source>file is not a database</source>
        <translation>不是数据库文件</translation>
    </message>
    <message>
        <source>file {id} is not a current page of the corpus; nothing was changed</source>
        <translation>文件 {id} 不是语料中的当前版面；没有任何改动</translation>
    </message>
    <message>
        <source>file {name} has no source text: export with --with-source to restore a corpus</source>
        <translation>文件 {name} 不带原文：要恢复语料，请导出时选择“附带原文”（--with-source）</translation>
    </message>
    <message>
        <source>file {name}: its source text cannot be written in {encoding}, so it is not the file its sha256 names</source>
        <translation>文件 {name}：其原文无法用 {encoding} 编码写出，因此不是其 sha256 所指的文件</translation>
    </message>
    <message>
        <source>file {name}: its source text differs from the file with the same sha256 in this database</source>
        <translation>文件 {name}：其原文与本数据库中 sha256 相同的文件不一致</translation>
    </message>
    <message>
        <source>file {name}: its source text does not match its sha256 (it was changed after the export, or belongs to another file)</source>
        <translation>文件 {name}：其原文与 sha256 不符（导出后被改动过，或属于另一个文件）</translation>
    </message>
    <message>
        <source>file {name}: its source text is larger than any page dump jmreview imports</source>
        <translation>文件 {name}：其原文比 jmreview 能导入的任何版面文本都大</translation>
    </message>
    <message>
        <source>it has more than two review copies</source>
        <translation>它有两份以上的审校副本</translation>
    </message>
    <message>
        <source>it is an empty file (0 bytes)</source>
        <translation>它是一个空文件（0 字节）</translation>
    </message>
    <message>
        <source>it is empty or cut short</source>
        <translation>它是空的或不完整</translation>
    </message>
    <message>
        <source>it is not a SQLite database</source>
        <translation>它不是 SQLite 数据库</translation>
    </message>
    <message>
        <source>it is not a SQLite database any more</source>
        <translation>它已不再是 SQLite 数据库</translation>
    </message>
    <message>
        <source>it is not a jmreview database</source>
        <translation>它不是 jmreview 数据库</translation>
    </message>
    <message>
        <source>it is not under double review</source>
        <translation>它不在双人审校中</translation>
    </message>
    <message>
        <source>it was never finished (a -journal lies beside it)</source>
        <translation>它从未写完（旁边有一个 -journal 文件）</translation>
    </message>
    <message>
        <source>its issue and page were set by hand here ({issue} {page}); the file says {file_issue} {file_page}: left as it is</source>
        <translation>它的期和版是在这里人工设置的（{issue} {page}）；文件中为 {file_issue} {file_page}：保持不变</translation>
    </message>
    <message>
        <source>its parts are not a workbook's</source>
        <translation>其中的内容不是工作簿的组成部分</translation>
    </message>
    <message>
        <source>its review state is not one jmreview sets</source>
        <translation>它的审校状态不是 jmreview 会设的值</translation>
    </message>
    <message>
        <source>jmreview's own folder {folder}, where it keeps its database, cannot be made ({detail}: a file of that name may be in the way); nothing was opened: move that file away, or open a database of your choice (jmreview --db FILE)</source>
        <translation>无法建立 jmreview 存放数据库的文件夹 {folder}（{detail}：可能有同名文件挡住了它）；没有打开任何内容：请把那个文件移走，或打开你选择的数据库（jmreview --db 文件）</translation>
    </message>
    <message>
        <source>label {name} already has that name or hotkey</source>
        <translation>标签 {name} 已经用了这个名字或快捷键</translation>
    </message>
    <message>
        <source>password file</source>
        <translation>密码文件</translation>
    </message>
    <message>
        <source>service file</source>
        <translation>服务文件</translation>
    </message>
    <message>
        <source>sheet {sheet}, row 1, column {column}: “{found}” where “{expected}” belongs (columns moved, added or deleted?)</source>
        <translation>工作表“{sheet}”第 1 行 {column} 列：应为“{expected}”，却是“{found}”（列被移动、插入或删除了？）</translation>
    </message>
    <message>
        <source>sheet {sheet}, row {row}, column {column} ({header}): article {value} is on row {other} too</source>
        <translation>工作表“{sheet}”第 {row} 行 {column} 列（{header}）：文章 {value} 在第 {other} 行也有</translation>
    </message>
    <message>
        <source>sheet {sheet}, row {row}, column {column} ({header}): article {value} is on the row that was written for article {written} (was this column sorted or changed on its own? sort whole rows)</source>
        <translation>工作表“{sheet}”第 {row} 行 {column} 列（{header}）：文章 {value} 所在的行原本是为文章 {written} 写的（这一列被单独排序或修改了吗？请整行排序）</translation>
    </message>
    <message>
        <source>sheet {sheet}, row {row}, column {column} ({header}): this row was not written for article {value} (the row's file {row_file} or its text length differs from the article's, of {file}) — was this column sorted or changed on its own? Sort whole rows</source>
        <translation>工作表“{sheet}”第 {row} 行 {column} 列（{header}）：这一行不是为文章 {value} 写的（这一行的文件 {row_file} 或正文字数与该文章（属于 {file}）不同）——这一列被单独排序或修改了吗？请整行排序</translation>
    </message>
    <message>
        <source>sheet {sheet}, row {row}, column {column} ({header}): “{value}” are not the ids written for its text “{text}” (was this column sorted or pasted on its own? Sort whole rows)</source>
        <translation>工作表“{sheet}”第 {row} 行 {column} 列（{header}）：“{value}”不是为这一行的文字“{text}”写的编号（这一列被单独排序或粘贴了吗？请整行排序）</translation>
    </message>
    <message>
        <source>sheet {sheet}, row {row}, column {column} ({header}): “{value}” is no text but a spreadsheet's error or truth value (a formula gone wrong?); write the text itself</source>
        <translation>工作表“{sheet}”第 {row} 行 {column} 列（{header}）：“{value}”不是文字，而是电子表格的错误值或逻辑值（公式出错了？）；请直接写入文字</translation>
    </message>
    <message>
        <source>sheet {sheet}, row {row}, column {column} ({header}): “{value}” is not a date (write it as 2024-03-01)</source>
        <translation>工作表“{sheet}”第 {row} 行 {column} 列（{header}）：“{value}”不是有效日期（请写成 2024-03-01）</translation>
    </message>
    <message>
        <source>sheet {sheet}, row {row}, column {column} ({header}): “{value}” is not a label (the labels are {allowed})</source>
        <translation>工作表“{sheet}”第 {row} 行 {column} 列（{header}）：“{value}”不是标签（标签有：{allowed}）</translation>
    </message>
    <message>
        <source>sheet {sheet}, row {row}, column {column} ({header}): “{value}” is not an id of this database</source>
        <translation>工作表“{sheet}”第 {row} 行 {column} 列（{header}）：“{value}”不是本数据库的编号</translation>
    </message>
    <message>
        <source>sheet {sheet}, row {row}, column {column} ({header}): “{value}” is not one of {allowed}</source>
        <translation>工作表“{sheet}”第 {row} 行 {column} 列（{header}）：“{value}”不在可选值之中：{allowed}</translation>
    </message>
    <message>
        <source>sheet {sheet}, row {row}, column {column} ({header}): “{value}” is not the moment jmreview wrote there (a hidden column: leave it as it is)</source>
        <translation>工作表“{sheet}”第 {row} 行 {column} 列（{header}）：“{value}”不是 jmreview 写入的修改时间（这是隐藏列，请勿修改）</translation>
    </message>
    <message>
        <source>sheet {sheet}, row {row}, column {column} ({header}): “{value}” is not the version jmreview wrote there (a hidden column: leave it as it is)</source>
        <translation>工作表“{sheet}”第 {row} 行 {column} 列（{header}）：“{value}”不是 jmreview 写入的版本号（这是隐藏列，请勿修改）</translation>
    </message>
    <message>
        <source>sheet {sheet}, row {row}, column {column}: “{value}” is outside the table (no header above it)</source>
        <translation>工作表“{sheet}”第 {row} 行 {column} 列：“{value}”在表格之外（上方没有标题）</translation>
    </message>
    <message>
        <source>sheet {sheet}, row {row}: a cell cannot be read ({detail})</source>
        <translation>工作表“{sheet}”第 {row} 行：有单元格无法读取（{detail}）</translation>
    </message>
    <message>
        <source>sheet {sheet}, row {row}: an entity row without jmreview's ids (added by hand?) — a workbook cannot add entities; label them in the window</source>
        <translation>工作表“{sheet}”第 {row} 行：实体行没有 jmreview 的编号（手工添加的？）——工作簿不能新增实体，请在窗口中标注</translation>
    </message>
    <message>
        <source>sheet {sheet}, row {row}: article {id} is not on sheet {articles}; its entity row was left as it is</source>
        <translation>工作表“{sheet}”第 {row} 行：文章 {id} 不在工作表“{articles}”中；该实体行保持原样</translation>
    </message>
    <message>
        <source>sheet {sheet}: not read from row {row} on (a sheet holds at most 1,048,576 rows, and a workbook with a thousand problems is no workbook jmreview wrote)</source>
        <translation>工作表“{sheet}”：从第 {row} 行起没有再读（一个工作表最多 1,048,576 行，有上千处问题的工作簿不是 jmreview 写出的）</translation>
    </message>
    <message>
        <source>sheet {sheet}: {n} rows (rows {rows}) name articles that are other articles in this database (another page, or another text): a workbook of another database, whose articles are numbered otherwise; nothing was imported (open the database it was exported from)</source>
        <translation>工作表“{sheet}”：有 {n} 行（第 {rows} 行）所写的文章编号在这个数据库里是别的文章（另一个版面或另一段文字）：这是另一个数据库的工作簿，其文章编号不同；没有导入任何内容（请打开导出它的那个数据库）</translation>
    </message>
    <message>
        <source>special</source>
        <translation>特殊文件</translation>
    </message>
    <message>
        <source>the check failed</source>
        <translation>检查未通过</translation>
    </message>
    <message>
        <source>the database role {role} cannot name an editor (it holds a line break, a control or invisible character, or is too long): nothing was changed; give your name with --editor NAME (`work`: --for NAME)</source>
        <translation>数据库角色 {role} 不能用作编辑的名字（含有换行、控制字符或不可见字符，或者太长）：没有任何改动；请用 --editor 名字 给出您的名字（列出任务时用 --for 名字）</translation>
    </message>
    <message>
        <source>the link article {first} → article {then} is given more than once ({statuses}); say each link once</source>
        <translation>文章 {first} → 文章 {then} 的链接出现了不止一次（{statuses}）；每个链接只能写一次</translation>
    </message>
    <message>
        <source>the link article {first} → article {then} joins two issues ({one}, {other}); a story continues within one issue</source>
        <translation>文章 {first} → 文章 {then} 的链接跨越了两期（{one}、{other}）；稿件只在同一期内续接</translation>
    </message>
    <message>
        <source>the links of articles {chain} make a circle; a story is a chain, with a first part and a last</source>
        <translation>文章 {chain} 的链接 首尾相连成了一个环；一篇稿件是一条链，有头有尾</translation>
    </message>
    <message>
        <source>the search index of {path} is damaged: nothing can be searched while it is open read-only; open it writable and the index is made anew</source>
        <translation>{path} 的搜索索引已损坏：以只读方式打开时无法搜索；以可写方式打开它，索引就会重新建立</translation>
    </message>
    <message>
        <source>the team work this file holds ({copies} review copies, {assignments} assignments, {decisions} curation decisions) is restored only into an empty database: left as it is here</source>
        <translation>此文件中的团队工作（{copies} 份复审副本、{assignments} 项分配、{decisions} 项裁定）只在恢复到空数据库时才会还原：此处保持原样</translation>
    </message>
    <message>
        <source>the workbook has no sheet “{sheet}” (renamed or deleted?)</source>
        <translation>工作簿中没有工作表“{sheet}”（被改名或删除了？）</translation>
    </message>
    <message>
        <source>unable to open database file</source>
        <translation>无法打开数据库文件</translation>
    </message>
    <message>
        <source>{editor} reviews {page}, which is under double review and not curated yet: taking it back would take her review copy out of her work; curate the page first (or undo its marking); nothing was changed</source>
        <translation>{editor} 正在审校 {page}，该版面处于双人审校中、尚未裁定：收回它会把她的复审副本从她的任务中拿走；请先裁定该版面（或撤销其标记）；没有任何改动</translation>
    </message>
    <message>
        <source>{editor}'s review copy of {page} is still in the database, but not under the page (another program moved it): nothing was changed; `jmreview doctor` names it — restore a backup, or put it back</source>
        <translation>{editor} 的 {page} 复审副本还在数据库里，但已不在该版面之下（另一个程序移动了它）：没有任何改动；`jmreview doctor` 会指出它——请恢复备份，或把它放回去</translation>
    </message>
    <message>
        <source>{field}: “{old}” → “{new}”</source>
        <translation>{field}：“{old}” → “{new}”</translation>
    </message>
    <message>
        <source>{file} beside {path} is a link to another file: SQLite does not follow it, and what it points to may be another database's; nothing was opened; move {file} out of the folder and try again</source>
        <translation>{path} 旁边的 {file} 是指向另一个文件的链接：SQLite 不会跟随它，而它指向的可能属于另一个数据库；没有打开数据库；请把 {file} 移出该文件夹后再试</translation>
    </message>
    <message>
        <source>{file} beside {path} is not a regular file ({kind}): SQLite would wait on it or read it without end, so nothing was opened; move {file} out of the folder and try again</source>
        <translation>{path} 旁边的 {file} 不是普通文件（{kind}）：SQLite 会一直等待它或无休止地读取它，所以没有打开数据库；请把 {file} 移出该文件夹后再试</translation>
    </message>
    <message>
        <source>{file} cannot be read: {detail}</source>
        <translation>无法读取 {file}：{detail}</translation>
    </message>
    <message>
        <source>{file} holds a number thousands of digits long, which no corpus file has</source>
        <translation>{file} 含有一个长达数千位的数字，语料文件中不会有这样的数字</translation>
    </message>
    <message>
        <source>{file} holds a number thousands of digits long, which no lexicon file has</source>
        <translation>{file} 含有长达数千位的数字，词库文件不会有这样的数字</translation>
    </message>
    <message>
        <source>{file} holds more than {limit} records (objects and lists), far more than any corpus jmreview writes (one of 2,000 pages holds about a million): it is no corpus file of jmreview; nothing was imported</source>
        <translation>{file} 含有超过 {limit} 条记录（对象和列表），远多于 jmreview 写出的任何语料（2,000 版的语料约有一百万条）：它不是 jmreview 的语料文件；没有导入任何内容</translation>
    </message>
    <message>
        <source>{file} holds one JSON record per line, as the jsonl export writes for other programs: import-json reads a corpus file, exported with --format json (or --with-source); nothing was imported</source>
        <translation>{file} 每行一条 JSON 记录，这是供其他程序使用的 jsonl 导出：这里读取的是以 JSON 格式（或含原文的快照）导出的语料文件；没有导入任何内容</translation>
    </message>
    <message>
        <source>{file} is a workbook of another database: none of the {pages} pages its rows name is in this one (open the database it was exported from, or import those pages first)</source>
        <translation>{file} 是另一个数据库的工作簿：它各行所属的 {pages} 个版面没有一个在这个数据库里（请打开导出它的那个数据库，或先导入那些版面）</translation>
    </message>
    <message>
        <source>{file} is a workbook, not a corpus file: read an edited workbook back with `jmreview import-xlsx` (nothing was imported)</source>
        <translation>{file} 是工作簿，不是语料文件：修改过的工作簿请用“文件”菜单中导入修改过的工作簿的命令读回；什么也没有导入</translation>
    </message>
    <message>
        <source>{file} is a workbook, not an annotation file: read an edited workbook back with `jmreview import-xlsx` (nothing was imported)</source>
        <translation>{file} 是工作簿，不是标注文件：修改过的工作簿请用“文件”菜单中导入修改过的工作簿的命令读回；什么也没有导入</translation>
    </message>
    <message>
        <source>{file} is a zip file (the brat export is one, made for brat, and is not read back): import a doccano, Label Studio, spaCy or BIO file instead (nothing was imported)</source>
        <translation>{file} 是一个 zip 文件（brat 导出就是 zip，供 brat 使用，不能读回）：请改为导入 doccano、Label Studio、spaCy 或 BIO 文件（没有导入任何内容）</translation>
    </message>
    <message>
        <source>{file} is a zip file, not a corpus file (the brat export is one: it is made for brat and is not read back); a corpus file is exported with --format json (nothing was imported)</source>
        <translation>{file} 是 zip 压缩包，不是语料文件（brat 导出就是这种文件：它是给 brat 用的，不能读回）；语料文件要以 JSON 格式导出（没有导入任何内容）</translation>
    </message>
    <message>
        <source>{file} is a {kind} file, made for an annotation tool, not a corpus file: read it back with `jmreview import-annotations` (nothing was imported)</source>
        <translation>{file} 是 {kind} 标注文件，不是语料文件：请用“文件”菜单中的“导入实体标注”读回（没有导入任何内容）</translation>
    </message>
    <message>
        <source>{file} is an OpenDocument spreadsheet (.ods, LibreOffice's own format), not an Excel workbook: nothing was imported; in LibreOffice save it as Excel 2007-365 (.xlsx), then import that</source>
        <translation>{file} 是开放文档格式的电子表格（某些电子表格程序默认保存的格式），不是可导入的工作簿：没有导入任何内容；请在电子表格程序中另存为与导出时相同格式的工作簿，再导入那个文件</translation>
    </message>
    <message>
        <source>{file} is cut short (it stops in the middle, as a copy, a download or a sync that did not finish leaves a file): nothing was imported; copy the whole file again, or export it again</source>
        <translation>{file} 不完整（它在中途断了，没有完成的复制、下载或同步会留下这样的文件）：什么也没有导入；请重新复制整个文件，或重新导出</translation>
    </message>
    <message>
        <source>{file} is jmreview's JSON Lines export, made for other programs, not an annotation file; no command reads it back: import a doccano, Label Studio, spaCy or BIO file instead, or a snapshot (`export --format json --with-source`) with `jmreview import-json` (nothing was imported)</source>
        <translation>{file} 是 jmreview 为其他程序导出的 JSONL 文件，不是标注文件；本程序不能把它读回：请改为导入 doccano、Label Studio、spaCy 或 BIO 文件，或导出附带原文的语料 JSON 快照，再用“导入语料 JSON”恢复（没有导入任何内容）</translation>
    </message>
    <message>
        <source>{file} is jmreview's corpus JSON, not an annotation file: read it back with `jmreview import-json` (nothing was imported)</source>
        <translation>{file} 是 jmreview 的语料 JSON，不是标注文件：请用“导入语料 JSON”读回（没有导入任何内容）</translation>
    </message>
    <message>
        <source>{file} is neither Label Studio tasks, doccano or spaCy JSONL nor a BIO file; nothing was imported</source>
        <translation>{file} 既不是 Label Studio 任务、doccano 或 spaCy JSONL，也不是 BIO 文件；没有导入任何内容</translation>
    </message>
    <message>
        <source>{file} is neither UTF-8, UTF-16 nor GB18030 text; save it as “CSV UTF-8” and try again</source>
        <translation>{file} 既不是 UTF-8、UTF-16 也不是 GB18030 文本；请另存为“CSV UTF-8”后再试</translation>
    </message>
    <message>
        <source>{file} is nested too deeply</source>
        <translation>{file} 嵌套层数过多</translation>
    </message>
    <message>
        <source>{file} is not UTF-8 text (a corpus file is saved as UTF-8, as jmreview exports it); save it as UTF-8 and try again</source>
        <translation>{file} 不是 UTF-8 文本（语料文件以 UTF-8 保存，jmreview 导出的就是这样）；请另存为 UTF-8 后再试</translation>
    </message>
    <message>
        <source>{file} is not UTF-8 text; save it as UTF-8 and try again (nothing was imported)</source>
        <translation>{file} 不是 UTF-8 文本；请另存为 UTF-8 后再试（没有导入任何内容）</translation>
    </message>
    <message>
        <source>{file} is not a jmreview lexicon (format “jmreview-lexicon” with a list of entries)</source>
        <translation>{file} 不是 jmreview 词库（应为 format “jmreview-lexicon”，并有条目列表）</translation>
    </message>
    <message>
        <source>{file} is not a regular file ({kind}): nothing was read</source>
        <translation>{file} 不是普通文件（{kind}）：什么也没有读取</translation>
    </message>
    <message>
        <source>{file} is not a regular file: nothing was read</source>
        <translation>{file} 不是普通文件：什么也没有读取</translation>
    </message>
    <message>
        <source>{file} is not a workbook (not a zip archive): nothing was read</source>
        <translation>{file} 不是工作簿（不是 zip 压缩包）：什么也没有读取</translation>
    </message>
    <message>
        <source>{file} is not a workbook jmreview can read ({detail})</source>
        <translation>{file} 不是 jmreview 能读取的工作簿（{detail}）</translation>
    </message>
    <message>
        <source>{file} is not valid JSON (line {line}, column {column})</source>
        <translation>{file} 不是有效的 JSON（第 {line} 行第 {column} 列）</translation>
    </message>
    <message>
        <source>{file} is over {limit} MB; corpus files that big are refused</source>
        <translation>{file} 超过 {limit} MB，不接受这么大的语料文件</translation>
    </message>
    <message>
        <source>{file} is over {limit} MB; files that big are refused: nothing was read</source>
        <translation>{file} 超过 {limit} MB，不接受这么大的文件：什么也没有读取</translation>
    </message>
    <message>
        <source>{file} is protected by a password, or is an old .xls workbook: nothing was read; open it in Excel or WPS and save it as .xlsx without a password, then import that</source>
        <translation>{file} 设有密码保护，或是旧格式的工作簿：什么也没有读取；请在电子表格程序中打开，另存为不带密码的新格式工作簿后再导入</translation>
    </message>
    <message>
        <source>{file} is text (a workbook saved as CSV or text?), not a workbook: nothing was read; the changes are read back from the .xlsx jmreview exported only — make them in that workbook and save it as .xlsx, then import that</source>
        <translation>{file} 是文本（工作簿另存成了 CSV 或文本？），不是工作簿：什么也没有读取；修改只能从 jmreview 导出的工作簿读回——请在那个工作簿里修改，按原来的工作簿格式保存，再导入</translation>
    </message>
    <message>
        <source>{file} lies beside {path}, which does not exist: it holds the last changes of a database that was there (renamed or moved without it?); nothing was created — put that database back beside it and open it, or move {file} out of the folder (keep it) to start a new database here</source>
        <translation>{path} 不存在，但它旁边有 {file}：其中是曾在此处的数据库最后的修改（数据库被改名或移走而它没有跟着？）；没有新建数据库——请把那个数据库放回它旁边再打开，或把 {file} 移出该文件夹（请保留）后在此新建数据库</translation>
    </message>
    <message>
        <source>{file} names {n} pages that are not in this database ({pages}): a workbook of another database, or of pages not imported here; nothing was changed (open the database it was exported from, or import those pages first)</source>
        <translation>{file} 中有 {n} 个版面不在这个数据库里（{pages}）：这是另一个数据库的工作簿，或其中的版面没有在这里导入；没有任何改动（请打开导出它的那个数据库，或先导入那些版面）</translation>
    </message>
    <message>
        <source>{file} would unpack to over {limit} MB (a zip bomb?); workbooks that big are refused: nothing was read</source>
        <translation>{file} 解压后将超过 {limit} MB（压缩炸弹？），不接受这么大的工作簿：什么也没有读取</translation>
    </message>
    <message>
        <source>{file}, entry {n}: a cell is longer than {limit} characters (a lexicon entry is a word, a name or a line)</source>
        <translation>{file} 第 {n} 条：有单元格超过 {limit} 个字符（词库条目应是一个词、一个名字或一行）</translation>
    </message>
    <message>
        <source>{file}, entry {n}: not a CSV row ({detail})</source>
        <translation>{file} 第 {n} 条：不是 CSV 行（{detail}）</translation>
    </message>
    <message>
        <source>{file}, entry {n}: not a lexicon entry (an object with a text and a label; editors a list of names)</source>
        <translation>{file} 第 {n} 条：不是词库条目（应有文字和标签；编辑者是名字列表）</translation>
    </message>
    <message>
        <source>{file}, entry {n}: the count “{count}” is not a whole number from 1 to {limit}</source>
        <translation>{file} 第 {n} 条：次数“{count}”不是 1 到 {limit} 之间的整数</translation>
    </message>
    <message>
        <source>{file}, entry {n}: the editor's name {name} is no name an editor may have (a control or invisible character, or over 100 characters)</source>
        <translation>{file} 第 {n} 条：编辑名 {name} 不能用作编辑的名字（含控制字符或不可见字符，或超过 100 个字符）</translation>
    </message>
    <message>
        <source>{file}, entry {n}: the label is missing</source>
        <translation>{file} 第 {n} 条：缺少标签</translation>
    </message>
    <message>
        <source>{file}, entry {n}: the row has {found} cells where the header has {expected}</source>
        <translation>{file} 第 {n} 条：这一行有 {found} 个单元格，标题行有 {expected} 个</translation>
    </message>
    <message>
        <source>{file}, entry {n}: the text holds a line break or another control character</source>
        <translation>{file} 第 {n} 条：文字中有换行或其他控制字符</translation>
    </message>
    <message>
        <source>{file}, entry {n}: the text holds a lone surrogate, which is no character</source>
        <translation>{file} 第 {n} 条：文字中有孤立的代理码元，不是有效字符</translation>
    </message>
    <message>
        <source>{file}, entry {n}: the text holds an invisible character ({point}), which no page's word holds</source>
        <translation>{file} 第 {n} 条：文字中含有不可见字符（{point}），版面上的词不会含有它</translation>
    </message>
    <message>
        <source>{file}, entry {n}: the text is blank</source>
        <translation>{file} 第 {n} 条：文字是空的</translation>
    </message>
    <message>
        <source>{file}, entry {n}: “{label}” is not a lexicon label (the labels are {allowed})</source>
        <translation>{file} 第 {n} 条：“{label}”不是词库标签（标签有：{allowed}）</translation>
    </message>
    <message>
        <source>{file}, entry {n}: “{text}” ({label}) is said yes and no in two rows of the file; keep the one meant</source>
        <translation>{file} 第 {n} 条：“{text}”（{label}）在文件的两行中一行为“是”、一行为“否”；请只保留想要的那一行</translation>
    </message>
    <message>
        <source>{file}, entry {n}: “{value}” in the column positive is neither yes nor no (write yes, or no for a name the desk rejected)</source>
        <translation>{file} 第 {n} 条：positive 列中的“{value}”既不是“是”也不是“否”（请写 是；编辑部否定的名字写 否）</translation>
    </message>
    <message>
        <source>{file}, line {n}: a cell is longer than {limit} characters (a lexicon entry is a word, a name or a line)</source>
        <translation>{file} 第 {n} 行：有单元格超过 {limit} 个字符（词库条目应是一个词、一个名字或一行）</translation>
    </message>
    <message>
        <source>{file}, line {n}: not a CSV row ({detail})</source>
        <translation>{file} 第 {n} 行：不是 CSV 行（{detail}）</translation>
    </message>
    <message>
        <source>{file}, line {n}: not a lexicon entry (an object with a text and a label; editors a list of names)</source>
        <translation>{file} 第 {n} 行：不是词库条目（应有文字和标签；编辑者是名字列表）</translation>
    </message>
    <message>
        <source>{file}, line {n}: the count “{count}” is not a whole number from 1 to {limit}</source>
        <translation>{file} 第 {n} 行：次数“{count}”不是 1 到 {limit} 之间的整数</translation>
    </message>
    <message>
        <source>{file}, line {n}: the editor's name {name} is no name an editor may have (a control or invisible character, or over 100 characters)</source>
        <translation>{file} 第 {n} 行：编辑名 {name} 不能用作编辑的名字（含控制字符或不可见字符，或超过 100 个字符）</translation>
    </message>
    <message>
        <source>{file}, line {n}: the label is missing</source>
        <translation>{file} 第 {n} 行：缺少标签</translation>
    </message>
    <message>
        <source>{file}, line {n}: the row has {found} cells where the header has {expected}</source>
        <translation>{file} 第 {n} 行：这一行有 {found} 个单元格，标题行有 {expected} 个</translation>
    </message>
    <message>
        <source>{file}, line {n}: the text holds a line break or another control character</source>
        <translation>{file} 第 {n} 行：文字中有换行或其他控制字符</translation>
    </message>
    <message>
        <source>{file}, line {n}: the text holds a lone surrogate, which is no character</source>
        <translation>{file} 第 {n} 行：文字中有孤立的代理码元，不是有效字符</translation>
    </message>
    <message>
        <source>{file}, line {n}: the text holds an invisible character ({point}), which no page's word holds</source>
        <translation>{file} 第 {n} 行：文字中含有不可见字符（{point}），版面上的词不会含有它</translation>
    </message>
    <message>
        <source>{file}, line {n}: the text is blank</source>
        <translation>{file} 第 {n} 行：文字是空的</translation>
    </message>
    <message>
        <source>{file}, line {n}: “{label}” is not a lexicon label (the labels are {allowed})</source>
        <translation>{file} 第 {n} 行：“{label}”不是词库标签（标签有：{allowed}）</translation>
    </message>
    <message>
        <source>{file}, line {n}: “{text}” ({label}) is said yes and no in two rows of the file; keep the one meant</source>
        <translation>{file} 第 {n} 行：“{text}”（{label}）在文件的两行中一行为“是”、一行为“否”；请只保留想要的那一行</translation>
    </message>
    <message>
        <source>{file}, line {n}: “{value}” in the column positive is neither yes nor no (write yes, or no for a name the desk rejected)</source>
        <translation>{file} 第 {n} 行：positive 列中的“{value}”既不是“是”也不是“否”（请写 是；编辑部否定的名字写 否）</translation>
    </message>
    <message>
        <source>{file}: line {line} holds a number thousands of digits long; nothing was imported</source>
        <translation>{file}：第 {line} 行含有长达数千位的数字；没有导入任何内容</translation>
    </message>
    <message>
        <source>{file}: line {line} is JSON but no document (a JSON object {{…}} on each line); nothing was imported</source>
        <translation>{file}：第 {line} 行是 JSON，但不是文档（每行应是一个 JSON 对象 {{…}}）；没有导入任何内容</translation>
    </message>
    <message>
        <source>{file}: line {line} is nested too deeply; nothing was imported</source>
        <translation>{file}：第 {line} 行嵌套层数过多；没有导入任何内容</translation>
    </message>
    <message>
        <source>{file}: line {line} is not JSON ({detail}); nothing was imported</source>
        <translation>{file}：第 {line} 行不是 JSON（{detail}）；没有导入任何内容</translation>
    </message>
    <message>
        <source>{file}: line {line}: “{text}” does not name an article (jmreview:ID, an id up to {limit}); nothing was imported</source>
        <translation>{file}：第 {line} 行“{text}”没有指明文章（应为 jmreview:编号，编号不超过 {limit}）；没有导入任何内容</translation>
    </message>
    <message>
        <source>{file}: line {line}: “{text}” is not a character and a BIO tag; nothing was imported</source>
        <translation>{file}：第 {line} 行“{text}”不是“字 标记”格式；没有导入任何内容</translation>
    </message>
    <message>
        <source>{file}: the first row is not the header; a lexicon CSV starts with the row {header} (text and label at least)</source>
        <translation>{file}：第一行不是标题行；词库 CSV 以 {header} 这一行开头（至少要有 text 和 label）</translation>
    </message>
    <message>
        <source>{folder} cannot be written: choose another folder for the database</source>
        <translation>{folder} 不可写入：请为数据库另选一个文件夹</translation>
    </message>
    <message>
        <source>{journal} does not belong to {name} or is damaged (replayed on a copy, {problem}); nothing was changed: move {file} out of the folder to open the database as it was when last closed, or restore a backup from {folder}/</source>
        <translation>{journal} 不属于 {name} 或已损坏（在副本上重放后：{problem}）；没有任何改动：请把 {file} 移出这个文件夹，数据库即按上次关闭时的样子打开，或从 {folder}/ 恢复备份</translation>
    </message>
    <message>
        <source>{journal} does not continue {name} as it is now (an older copy of its -wal, or one left by another file of that name): replayed, it would take back corrections made since; nothing was changed: move {file} out of the folder (keep it) and open the database again</source>
        <translation>{journal} 与 {name} 现在的内容接不上（是其 -wal 的较早副本，或同名的另一个文件留下的）：重放它会撤掉此后所做的修改；没有任何改动：请把 {file} 移出这个文件夹（留着备查），再重新打开数据库</translation>
    </message>
    <message>
        <source>{journal} holds changes another program made (none of them counted as jmreview counts its writes), and whether they come before or after the work in {name} cannot be told; nothing was changed: if that program has just stopped, open the database with it once to keep its changes; otherwise move {file} out of the folder (keep it) and open the database again</source>
        <translation>{journal} 里是另一个程序所做的修改（其中没有一次是 jmreview 记了数的写入），无法判断它们在 {name} 现有的工作之前还是之后；没有任何改动：如果那个程序刚刚中止，请用它把数据库打开一次，以保留它的修改；否则请把 {file} 移出这个文件夹（留着备查），再重新打开数据库</translation>
    </message>
    <message>
        <source>{journal} holds changes not yet in {name} and could not be checked on a copy in {tmp} ({why}); nothing was opened: free some space there (or set TMPDIR to a folder with room) and open it again</source>
        <translation>{journal} 中有尚未并入 {name} 的修改，但无法在 {tmp} 中的副本上检查（{why}）；没有打开数据库：请在那里腾出空间（或把 TMPDIR 设为有空间的文件夹）后再打开</translation>
    </message>
    <message>
        <source>{journal} lies beside {name}, which keeps its changes in a -wal and never writes a -journal: it is left from an older copy of the file, and replaying it would undo later work; nothing was changed: move {file} out of the folder (keep it) and open the database again</source>
        <translation>{journal} 位于 {name} 旁边，但这个数据库把修改记在 -wal 里，从不写 -journal：它是文件较早的某个副本留下的，重放它会撤掉后来的工作；没有任何改动：请把 {file} 移出这个文件夹（留着备查），再重新打开数据库</translation>
    </message>
    <message>
        <source>{name} cannot be written (read-only): nothing was saved</source>
        <translation>{name} 不可写入（只读）：什么也没有保存</translation>
    </message>
    <message>
        <source>{name} cannot be written now: {file} beside it was made unwritable by another program (an immutable attribute, or its permissions) while it was open; nothing was saved — ask whoever did it to undo it, then try again</source>
        <translation>现在无法写入 {name}：它旁边的 {file} 在打开期间被别的程序设为不可写（不可变属性或权限）；没有保存任何内容——请让做这件事的人撤销它，然后再试</translation>
    </message>
    <message>
        <source>{name} cannot move to issue {issue}: its link article {first} → article {then} would join two issues (a story continues within one issue); reject or unlink it first; nothing was changed</source>
        <translation>{name} 不能改到 {issue} 期：它的链接 文章 {first} → 文章 {then} 会跨越两期（稿件只在同一期内续接）；请先拒绝或取消该链接；没有任何改动</translation>
    </message>
    <message>
        <source>{name} could not be written: the system refused to write it or its journal (a disk I/O error: a file locked by a backup or security program, or a failing disk): nothing was saved; try again, and if it stays so, ask whoever looks after this computer</source>
        <translation>{name} 无法写入：系统拒绝写入它或它的日志文件（磁盘读写错误：文件被备份或安全软件锁住，或磁盘有故障）：没有保存任何内容；请再试一次，若一直如此，请联系这台电脑的管理人员</translation>
    </message>
    <message>
        <source>{name} has no two review copies to curate; mark it for double review first</source>
        <translation>{name} 没有两份可裁定的复审副本；请先将其标为双人审校</translation>
    </message>
    <message>
        <source>{name} is a review copy whose page's curation has begun (or ended): the curator decides on what it says, so it is not redone; left as it is</source>
        <translation>{name} 是复审副本，其版面的裁定已经开始（或已结束）：裁定人依据它的内容作决定，因此不重做；保持原样</translation>
    </message>
    <message>
        <source>{name} is being curated from the double review by {editors}: its automatic articles are not redone; left as it is</source>
        <translation>{name} 正在根据 {editors} 的双人审校进行裁定：不重做其自动分出的文章；保持原样</translation>
    </message>
    <message>
        <source>{name} is being curated, and you are one of its reviewers: the curator decides on what you two said; nothing was changed</source>
        <translation>{name} 正在裁定中，而您是它的审校人之一：由裁定人对你们两人的答案作出决定；没有任何改动</translation>
    </message>
    <message>
        <source>{name} is being curated: its curator decides it (in the window's curation view, Ctrl+Alt+U, or with the curate command) and its review copies no longer change; left as it is</source>
        <translation>{name} 正在裁定中：由裁定人在裁定视图（文件 → 裁定双人审校）中决定，审校副本不再改动；保持原样</translation>
    </message>
    <message>
        <source>{name} is being restored from a backup, or another program holds its backups folder locked ({folder}): nothing was done; try again when it has finished</source>
        <translation>{name} 正在从备份恢复，或另一个程序锁住了它的备份文件夹（{folder}）：什么也没有做；请等它完成后再试</translation>
    </message>
    <message>
        <source>{name} is not an editor's name (1 to 100 characters, no line break nor other control or invisible character); nothing was changed</source>
        <translation>{name} 不是编辑的名字（1 到 100 个字符，不能有换行或其他控制字符、不可见字符）；没有任何改动</translation>
    </message>
    <message>
        <source>{name} is open read-only: nothing can be changed</source>
        <translation>{name} 以只读方式打开：不能做任何修改</translation>
    </message>
    <message>
        <source>{name} is under double review by {editors}, and you are one of its reviewers: correct your review copy (tick My work: it is listed there); the page itself is written by curation; nothing was changed</source>
        <translation>{name} 正由 {editors} 双人审校，而您是审校人之一：请在您的复审副本上修改（勾选“我的任务”即可看到它）；本版由裁定写入；没有任何改动</translation>
    </message>
    <message>
        <source>{name} is under double review by {editors}: it is corrected on their review copies and written here by curation (File → Curate double review); nothing was changed</source>
        <translation>{name} 正由 {editors} 双人审校：请在他们的复审副本上修改，裁定后再写入本版（文件 → 裁定双人审校）；没有任何改动</translation>
    </message>
    <message>
        <source>{name} is under double review by {editors}: it is corrected on their review copies; left as it is</source>
        <translation>{name} 正由 {editors} 双人审校：在他们的审校副本上修改；保持原样</translation>
    </message>
    <message>
        <source>{name} is under double review by {editors}: its automatic articles are not redone; left as it is</source>
        <translation>{name} 正由 {editors} 双人审校：不重做其自动分出的文章；保持原样</translation>
    </message>
    <message>
        <source>{name} is under double review, but {n} of its two review copies is left (another program moved or deleted one): nothing can be curated; mark it for double review again by the same two editors (the lost copy is made anew from the page, the other kept), or restore a backup; `jmreview doctor` names the copy</source>
        <translation>{name} 正在双人审校，但两份复审副本只剩 {n} 份（另一个程序移走或删除了一份）：无法裁定；请由同样的两位编辑重新标记双人审校（丢失的副本会从本版重新生成，另一份保留），或恢复备份；`jmreview doctor` 会指出是哪一份</translation>
    </message>
    <message>
        <source>{name} was curated by a double review ({editors}): its answers are the curator's decisions, so its automatic articles are not redone; left as it is</source>
        <translation>{name} 已经过双人审校（{editors}）的裁定：其中的答案是裁定人的决定，因此不重做其自动分出的文章；保持原样</translation>
    </message>
    <message>
        <source>{name} was replaced by a newer version of the file; nothing was changed — work on the new version</source>
        <translation>{name} 已被新版本文件替换，未做任何更改——请在新版本上工作</translation>
    </message>
    <message>
        <source>{name}-shm is gone while another program has {path} open (deleted by a cleanup tool?): opening it now would lose changes; nothing was opened — close every other window and program using {name} (what they did is then saved), and open it again</source>
        <translation>{name}-shm 不见了，而另一个程序正打开着 {path}（被清理工具删掉了？）：现在打开会丢失修改；没有打开——请关闭所有正在使用 {name} 的窗口和程序（它们所做的会随之保存），然后再打开</translation>
    </message>
    <message>
        <source>{name}: its lines in the database are not the lines of its text (another program changed them), so its automatic articles are not redone; left as it is (jmreview doctor names what changed)</source>
        <translation>{name}：数据库中它的各行与它文字中的各行不一致（别的程序改动过），所以不重新生成它的自动文章；保持原样（jmreview doctor 会指出改动了什么）</translation>
    </message>
    <message>
        <source>{name}: its review is not as jmreview makes it ({why}; another program changed the database): nothing can curate it; doctor names what is wrong: restore a backup, or take the page back from double review and mark it again; nothing was changed</source>
        <translation>{name}：它的审校数据有误（{why}；别的程序改动了数据库）：无法裁定；doctor 会指出问题所在：请恢复备份，或把该版面从双人审校中收回后重新标记；没有任何改动</translation>
    </message>
    <message>
        <source>{name}: the answers for “{key}” changed since they were shown (a reviewer or an editor changed them); look at them again; nothing was changed</source>
        <translation>{name}：“{key}”的答案在显示之后被改动了（某位审校或编辑改了它们）；请重新查看；没有任何改动</translation>
    </message>
    <message>
        <source>{name}: the curation of this review copy's page has begun, so the copy is no longer corrected (the curator decides on what it said); tell the curator, who can write it as their own answer; nothing was changed</source>
        <translation>{name}：这份复审副本的版面已开始裁定，副本不再修改（裁定依据的是它原来的内容）；请告诉裁定人，由其作为自己的答案写入；没有任何改动</translation>
    </message>
    <message>
        <source>{name}: the reviewers differ in {n} places (or its curation has begun): settle each difference; nothing was changed</source>
        <translation>{name}：两位审校有 {n} 处分歧（或裁定已经开始）：请逐处裁定；没有任何改动</translation>
    </message>
    <message>
        <source>{name}: there is no difference “{key}” between the review copies of {a} and {b} (they changed since, or the page went to a new round of double review: list its differences again); nothing was changed</source>
        <translation>{name}：{a} 和 {b} 的审校副本之间没有分歧“{key}”（副本此后改过了，或者本版已进入新一轮双人审校：请重新列出它的分歧）；没有任何改动</translation>
    </message>
    <message>
        <source>{name}: this is {owner}'s review copy, corrected only by {owner}; nothing was changed</source>
        <translation>{name}：这是 {owner} 的复审副本，只能由 {owner} 修改；没有任何改动</translation>
    </message>
    <message>
        <source>{name}: this review copy's page was curated, so the review is over and the copy is no longer read; correct the page itself; nothing was changed</source>
        <translation>{name}：这份复审副本的版面已经裁定，复审已结束，副本不再被采用；请直接修改版面本身；没有任何改动</translation>
    </message>
    <message>
        <source>{name}: {editor}'s review copy no longer holds the page's text and lines as they were copied (another program changed the database): it cannot be curated; restore a backup, or take the page back from double review and mark it again; nothing was changed</source>
        <translation>{name}：{editor} 的复审副本已不再是复制时本版的文字和行（别的程序改动了数据库）：无法裁定；请恢复一个备份，或撤销本版的双人审校后重新标记；没有任何改动</translation>
    </message>
    <message>
        <source>{name}: {who} settled “{key}” since it was shown (taking {whose}'s answer); look at it again; nothing was changed</source>
        <translation>{name}：在显示之后，{who} 已裁定“{key}”（采用 {whose} 的答案）；请重新查看；没有任何改动</translation>
    </message>
    <message>
        <source>{name}: “{key}” was settled, and the page's answer has been corrected since ({page}): a new take would replace that correction; look at it in the window's curation view, or correct the page itself; nothing was changed</source>
        <translation>{name}：“{key}”已经裁定，而此后版面上的答案又被修改过（{page}）：再次裁定会覆盖那次修改；请在窗口的裁定视图中查看，或直接修改版面；没有任何改动</translation>
    </message>
    <message>
        <source>{n} articles of pages replaced by a newer version after the export have no change in the workbook's article rows; left as they are (entity rows of replaced pages are never applied: export a new workbook and make such changes there)</source>
        <translation>有 {n} 篇文章所在的版面在导出之后被新版本替换了，工作簿里这些文章的行没有改动；保持原样（被替换版面的实体行一律不会应用：请导出新的工作簿，在那里修改）</translation>
    </message>
    <message>
        <source>{n} articles of {name} were made anew by re-running automation here after the export ({ids}); left as they are (export again, and make the changes there)</source>
        <translation>{name} 有 {n} 篇文章在导出后因在这里重新运行自动处理而重新生成（{ids}）；保持原样（请重新导出，在新导出的文件中修改）</translation>
    </message>
    <message>
        <source>{n} changed cells in column {column} of sheet {sheet} are not read back (they are not corrected through a workbook): correct them in the window</source>
        <translation>工作表“{sheet}”的“{column}”列有 {n} 个单元格被修改，但这一列不会读回（不能通过工作簿修改）：请在窗口中修改</translation>
    </message>
    <message>
        <source>{page} is already under double review by {editors}, not curated yet: curate it first (or undo that marking) before giving it to another pair; nothing was changed</source>
        <translation>{page} 已由 {editors} 进行双人审校，尚未裁定：请先裁定（或撤销那次标记），再交给另一对编辑；没有任何改动</translation>
    </message>
    <message>
        <source>{page} is not a page label (like A03 or 3); nothing was changed</source>
        <translation>{page} 不是版次（如 A03 或 3），未做任何更改</translation>
    </message>
    <message>
        <source>{page} was replaced by a new version a moment ago (someone imported it meanwhile): nothing was changed; do it again, on the new version</source>
        <translation>{page} 刚刚被新版本替换（有人在此期间导入了它）：未做任何改动；请再做一次，这次会用新版本</translation>
    </message>
    <message>
        <source>{path} cancelled the work after its statement_timeout (a setting of the database, the role or the address's options) ran out; nothing was saved — remove that option, or ask the administrator to raise it</source>
        <translation>{path} 因 statement_timeout（数据库、角色或地址 options 中的设置）到时而取消了操作；没有保存任何内容——请去掉该选项，或请管理员调大它</translation>
    </message>
    <message>
        <source>{path} cannot be opened now: the server allows no more connections (the connection limit of the database, the role or the server is reached; each window takes two); close a window or a program that has it open, or ask the administrator to raise the limit</source>
        <translation>现在无法打开 {path}：服务器不再接受新的连接（已达到数据库、角色或服务器的连接数上限；每个窗口占用两个）；请关闭一个打开着它的窗口或程序，或请管理员提高上限</translation>
    </message>
    <message>
        <source>{path} cannot be opened now: the server is starting up, shutting down or recovering after a crash; try again in a minute, and if it stays so, ask whoever runs the server</source>
        <translation>{path} 现在打不开：服务器正在启动、关闭或在崩溃后恢复；请过一分钟再试，若一直如此，请联系服务器的管理人员</translation>
    </message>
    <message>
        <source>{path} cannot be opened: libpq's {what} {file} is not a regular file ({kind}): libpq would wait on it or read it without end, so nothing was opened; move it away, or name another with {variable}</source>
        <translation>无法打开 {path}：libpq 的{what} {file} 不是普通文件（{kind}）：libpq 会一直等待它或无休止地读取它，所以没有打开数据库；请把它移走，或用 {variable} 指定另一个文件</translation>
    </message>
    <message>
        <source>{path} cannot be opened: no server answers at that address (it is stopped, or the address, its host, port or socket folder, is not the server's): start the server, or ask whoever runs it, and check the address ({detail})</source>
        <translation>无法打开 {path}：这个地址上没有服务器应答（服务器已停止，或者地址中的主机、端口或套接字文件夹不是该服务器的）：请启动服务器或联系服务器的管理人员，并核对地址（{detail}）</translation>
    </message>
    <message>
        <source>{path} cannot be opened: the PostgreSQL driver (psycopg2) is not installed; pip install psycopg2-binary</source>
        <translation>{path} 无法打开：未安装 PostgreSQL 驱动（psycopg2）；请运行 pip install psycopg2-binary</translation>
    </message>
    <message>
        <source>{path} cannot be opened: the address asks for an encrypted connection (sslmode), and this server offers none; take sslmode out of the address, or ask the administrator to turn SSL on</source>
        <translation>无法打开 {path}：地址要求加密连接（sslmode），而这台服务器不提供；请从地址中去掉 sslmode，或请管理员开启 SSL</translation>
    </message>
    <message>
        <source>{path} cannot be opened: the address is not one the PostgreSQL driver understands ({detail}); check its spelling: postgresql://ROLE@HOST:PORT/DATABASE</source>
        <translation>无法打开 {path}：PostgreSQL 驱动读不懂这个地址（{detail}）；请核对其写法：postgresql://角色@主机:端口/数据库</translation>
    </message>
    <message>
        <source>{path} cannot be opened: the address names the service “{service}”, and no service file defines it ({file} is not there); make that file with a section [{service}] giving the server's host, port, database and role, or set PGSERVICEFILE to the file that has it</source>
        <translation>无法打开 {path}：地址中指定了服务“{service}”，但没有服务文件定义它（{file} 不存在）；请建立这个文件，在其中加一节 [{service}]，写明服务器的主机、端口、数据库和角色，或把 PGSERVICEFILE 设为含有它的文件</translation>
    </message>
    <message>
        <source>{path} cannot be opened: the disk is full; free some space and try again</source>
        <translation>无法打开 {path}：磁盘已满；请腾出一些空间后再试</translation>
    </message>
    <message>
        <source>{path} cannot be opened: the folder {folder} does not exist; create it, or choose another place</source>
        <translation>无法打开 {path}：文件夹 {folder} 不存在；请先创建它，或另选位置</translation>
    </message>
    <message>
        <source>{path} cannot be opened: the server asks the role {role} for a password, and the password file {file} has a line for it on {theirs}, where the address says {ours} (host:port/database; libpq matches each field as written); add a line as the address says and open again</source>
        <translation>无法打开 {path}：服务器要求角色 {role} 提供密码，密码文件 {file} 中有它的一行，但写的是 {theirs}，而地址是 {ours}（主机:端口/数据库；libpq 按原样逐项比对）；请照地址再加一行后再打开</translation>
    </message>
    <message>
        <source>{path} cannot be opened: the server asks the role {role} for a password, and the password file {file} has a line for it on {theirs}, where the address says {ours} (host:port/database; libpq matches each field as written: localhost is not 127.0.0.1); add a line as the address says and open again</source>
        <translation>无法打开 {path}：服务器要求角色 {role} 提供密码，密码文件 {file} 中有它的一行，但写的是 {theirs}，而地址是 {ours}（主机:端口/数据库；libpq 按原样逐项比对：localhost 不等于 127.0.0.1）；请照地址再加一行后再打开</translation>
    </message>
    <message>
        <source>{path} cannot be opened: the server asks the role {role} for a password, and the password file {file} holds no line for it on {ours} (host:port/database); add one (HOST:PORT:DATABASE:ROLE:PASSWORD) and open again</source>
        <translation>无法打开 {path}：服务器要求角色 {role} 提供密码，而密码文件 {file} 中没有它在 {ours}（主机:端口/数据库）上的一行；请加上一行（主机:端口:数据库:角色:密码）后再打开</translation>
    </message>
    <message>
        <source>{path} cannot be opened: the server asks this role for a password and none was given; put it in the file ~/.pgpass (or a service file), never in an address others may see</source>
        <translation>无法打开 {path}：服务器要求这个角色提供密码，但没有给出；请把密码写在 ~/.pgpass 文件（或服务文件）中，不要写在别人可能看到的地址里</translation>
    </message>
    <message>
        <source>{path} cannot be opened: the server asks this role for a password, and the password file {file} (named by PGPASSFILE) does not exist; put the password there, or name the right file</source>
        <translation>无法打开 {path}：服务器要求这个角色提供密码，而 PGPASSFILE 指定的密码文件 {file} 不存在；请把密码写在那里，或指定正确的文件</translation>
    </message>
    <message>
        <source>{path} cannot be opened: the server asks this role for a password, and the password file {file} is not used because others may read it; make it yours alone (chmod 600 {file}) and open again</source>
        <translation>{path} 无法打开：服务器要求这个角色提供密码，而密码文件 {file} 别人也能读取，因此没有被使用；请把它设为只有您能读写（chmod 600 {file}），然后再打开</translation>
    </message>
    <message>
        <source>{path} cannot be opened: the server asks this role for a password, and the password file {file} is saved as UTF-16 (Notepad's "Unicode"), which libpq cannot read; save it as UTF-8 without BOM (or ANSI) and open again</source>
        <translation>无法打开 {path}：服务器要求这个角色提供密码，而密码文件 {file} 保存成了 UTF-16（记事本的“Unicode”），libpq 无法读取；请另存为 UTF-8 无 BOM（或 ANSI）后再打开</translation>
    </message>
    <message>
        <source>{path} cannot be opened: the server asks this role for a password, and the password file {file} starts with a byte-order mark (as Notepad saves UTF-8), which libpq cannot read past; save it without one (UTF-8 without BOM, or ANSI) and open again</source>
        <translation>无法打开 {path}：服务器要求这个角色提供密码，而密码文件 {file} 以字节顺序标记（BOM）开头（记事本保存 UTF-8 时会加上），libpq 无法读取；请不带 BOM 另存（UTF-8 无 BOM，或 ANSI）后再打开</translation>
    </message>
    <message>
        <source>{path} cannot be opened: the server does not let this database role in (its right to connect was taken away, or the role may not log in); nothing was opened: ask the administrator (GRANT CONNECT ON DATABASE …, or ALTER ROLE … LOGIN)</source>
        <translation>无法打开 {path}：服务器不让这个数据库角色进入（它连接的权限被收回，或该角色不能登录）；没有打开任何内容：请联系管理员（GRANT CONNECT ON DATABASE …，或 ALTER ROLE … LOGIN）</translation>
    </message>
    <message>
        <source>{path} cannot be opened: the server has no database of that name; check the name in the address (a server database is made by its administrator, with CREATE DATABASE)</source>
        <translation>无法打开 {path}：服务器上没有这个名字的数据库；请核对地址中的名字（服务器上的数据库由管理员用 CREATE DATABASE 建立）</translation>
    </message>
    <message>
        <source>{path} cannot be opened: the server has no role of that name; check the name in the address, or ask the administrator for a role</source>
        <translation>无法打开 {path}：服务器上没有这个名字的角色；请核对地址中的名字，或向管理员申请一个角色</translation>
    </message>
    <message>
        <source>{path} cannot be opened: the server lets no one into this database now (its administrator closed it to connections, or it is being dropped or was left unfinished); nothing was opened: ask the administrator</source>
        <translation>{path} 无法打开：服务器现在不允许任何人进入这个数据库（管理员关闭了它的连接，或者它正在被删除、或没有建完）；什么也没有打开：请询问管理员</translation>
    </message>
    <message>
        <source>{path} cannot be opened: the server refused the database named in the address, in words it could not send (its messages are Chinese, under a locale that cannot write them): the database may not exist, this role may not connect to it, or it has all its connections in use; check the name in the address, or ask the administrator (who may also give the server a UTF-8 locale for its messages)</source>
        <translation>无法打开 {path}：服务器拒绝了地址中的数据库，但它的说明无法送达（它的消息是中文，而它的区域设置写不出中文）：这个数据库可能不存在、这个角色不允许连接它，或它的连接数已用尽；请核对地址中的名字，或询问管理员（管理员也可以让服务器用 UTF-8 区域设置写消息）</translation>
    </message>
    <message>
        <source>{path} cannot be opened: the server refused the role named in the address, in words it could not send (its messages are Chinese, under a locale that cannot write them): the role may not exist, may not log in, or has all its connections in use; check the name in the address, or ask the administrator (who may also give the server a UTF-8 locale for its messages)</source>
        <translation>无法打开 {path}：服务器拒绝了地址中的角色，但它的说明无法送达（它的消息是中文，而它的区域设置写不出中文）：这个角色可能不存在、不允许登录，或它的连接数已用尽；请核对地址中的名字，或询问管理员（管理员也可以让服务器用 UTF-8 区域设置写消息）</translation>
    </message>
    <message>
        <source>{path} cannot be opened: the server refused this role's login (a wrong password, or its rules reject the role); check the password in the service file (or ~/.pgpass), or ask the administrator</source>
        <translation>无法打开 {path}：服务器拒绝了这个角色的登录（密码不对，或服务器的规则拒绝该角色）；请核对服务文件（或 ~/.pgpass）中的密码，或联系管理员</translation>
    </message>
    <message>
        <source>{path} cannot be opened: the server refused this role's login (a wrong password, or its rules reject the role); check the password in {source}, or ask the administrator</source>
        <translation>无法打开 {path}：服务器拒绝了这个角色的登录（密码不对，或服务器的规则拒绝该角色）；请核对 {source} 中的密码，或联系管理员</translation>
    </message>
    <message>
        <source>{path} cannot be opened: the server refused this role's login (a wrong password, or its rules reject the role); check the password in ~/.pgpass, or ask the administrator</source>
        <translation>无法打开 {path}：服务器拒绝了这个角色的登录（密码不对，或服务器的规则拒绝该角色）；请核对 ~/.pgpass 中的密码，或联系管理员</translation>
    </message>
    <message>
        <source>{path} cannot be opened: the server refused this role's login (a wrong password, or its rules reject the role); check the password written in the address (better kept in ~/.pgpass), or ask the administrator</source>
        <translation>无法打开 {path}：服务器拒绝了这个角色的登录（密码不对，或服务器的规则拒绝该角色）；请核对地址中写的密码（最好改存在 ~/.pgpass 中），或联系管理员</translation>
    </message>
    <message>
        <source>{path} cannot be opened: the server refused this role's login; the password for it in {file} ends in {n} spaces or tabs, which libpq takes as part of the password: take them away if they are not in it, or ask the administrator</source>
        <translation>无法打开 {path}：服务器拒绝了这个角色的登录；{file} 中它的密码末尾有 {n} 个空格或制表符，libpq 会把它们当作密码的一部分：如果密码里没有它们，请删掉，或者联系管理员</translation>
    </message>
    <message>
        <source>{path} cannot be opened: the server refused this role's login; the password for it in {file} holds a “\” or “:” written as it is, which libpq reads as an escape or as the end of the password: write each as \\ and \: in that file, or ask the administrator</source>
        <translation>无法打开 {path}：服务器拒绝了这个角色的登录；{file} 中它的密码含有未转义的“\”或“:”，libpq 会把它读作转义符或密码的结尾：请在该文件中把它们分别写成 \\ 和 \:，或者联系管理员</translation>
    </message>
    <message>
        <source>{path} cannot be opened: the service file {file} defines no service “{service}”; add a section [{service}] there giving the server's host, port, database and role, or check the service's name in the address</source>
        <translation>无法打开 {path}：服务文件 {file} 中没有定义服务“{service}”；请在其中加一节 [{service}]，写明服务器的主机、端口、数据库和角色，或检查地址中的服务名</translation>
    </message>
    <message>
        <source>{path} cannot be opened: the service file {file} starts with a byte-order mark ({kind}, as Notepad saves it), which libpq cannot read past, so the service named is not found there; save it as UTF-8 without BOM (or ANSI) and open again</source>
        <translation>无法打开 {path}：服务文件 {file} 以字节顺序标记（BOM，{kind}，记事本保存时会加上）开头，libpq 无法读取，所以在其中找不到指定的服务；请另存为 UTF-8 无 BOM（或 ANSI）后再打开</translation>
    </message>
    <message>
        <source>{path} cannot be opened: {detail}</source>
        <translation>无法打开 {path}：{detail}</translation>
    </message>
    <message>
        <source>{path} cannot be used: its name is too long ({length} bytes) for the files SQLite keeps beside it; a database's name may be at most {most} bytes long: choose a shorter name</source>
        <translation>无法使用 {path}：它的名字太长（{length} 字节），SQLite 无法在旁边建立它的附属文件；数据库名最长 {most} 字节：请换一个短一些的名字</translation>
    </message>
    <message>
        <source>{path} cannot be used: its search_path setting (of the database, the role or the address's options) names no schema jmreview can use; nothing was changed — remove that setting, or ask the administrator to set it to public</source>
        <translation>{path} 无法使用：它的 search_path 设置（数据库、角色或地址 options 中）没有指向 jmreview 可用的模式；没有任何改动——请去掉该设置，或请管理员把它设为 public</translation>
    </message>
    <message>
        <source>{path} cannot be written (permission denied for this database role): nothing was saved</source>
        <translation>{path} 无法写入（此数据库角色没有权限）：没有保存任何内容</translation>
    </message>
    <message>
        <source>{path} cannot be written: the server makes every session read-only (default_transaction_read_only in the server's own settings, set by its administrator, who can reset it), though the role may write; nothing was saved</source>
        <translation>{path} 无法写入：服务器让所有会话只读（管理员在服务器自身的设置中设了 default_transaction_read_only，可由管理员取消），虽然该角色有写权限；没有保存任何内容</translation>
    </message>
    <message>
        <source>{path} cannot be written: the server makes this role's sessions read-only (default_transaction_read_only set on the role or the database by an administrator, who can reset it), though the role may write; nothing was saved</source>
        <translation>{path} 无法写入：服务器让这个角色的会话只读（管理员在角色或数据库上设了 default_transaction_read_only，可由管理员取消），虽然该角色有写权限；没有保存任何内容</translation>
    </message>
    <message>
        <source>{path} cannot be written: this connection is read-only (default_transaction_read_only in the address's options), though the role may write; nothing was saved — connect without that option</source>
        <translation>{path} 无法写入：这个连接是只读的（地址的 options 里设了 default_transaction_read_only），虽然该角色有写权限；没有保存任何内容——请去掉该选项再连接</translation>
    </message>
    <message>
        <source>{path} cannot be written: this database role lacks a right on {table} (permission denied); nothing was saved: ask the administrator to grant the role what an editor needs (INSERT, UPDATE, DELETE on the corpus's tables; USAGE, SELECT, UPDATE on its sequences)</source>
        <translation>{path} 无法写入：这个数据库角色缺少对 {table} 的权限（权限被拒绝）；没有保存任何内容：请管理员授予该角色编辑所需的权限（语料各数据表的 INSERT、UPDATE、DELETE；各序列的 USAGE、SELECT、UPDATE）</translation>
    </message>
    <message>
        <source>{path} cannot be written: this server is a standby, a read-only copy of another; nothing was saved — connect to the primary server</source>
        <translation>{path} 无法写入：这台服务器是备用服务器，只是另一台的只读副本；没有保存任何内容——请连接主服务器</translation>
    </message>
    <message>
        <source>{path} ended this session though the server is running (an administrator, or a setting of the address) as this change was being committed: it may be saved all the same — look at it again before making it again</source>
        <translation>服务器仍在运行，但 {path} 在提交这次修改时结束了这次会话（管理员所为，或地址中的某项设置）：修改可能已经保存——请先查看一下，再决定是否重做</translation>
    </message>
    <message>
        <source>{path} ended this session though the server is running (an administrator, or a setting of the address): what it was doing stopped — a change under way was not saved, what was saved before is kept; try again</source>
        <translation>{path} 结束了这个会话，但服务器仍在运行（管理员所为，或地址中的某个设置）：正在做的事已中止——进行中的修改没有保存，之前保存的内容都还在；请再试一次</translation>
    </message>
    <message>
        <source>{path} ended this session: its idle_in_transaction_session_timeout (in the address's options or the server's settings) is shorter than a change takes; nothing was saved — remove that option or ask the administrator to raise it</source>
        <translation>{path} 结束了这个会话：它的 idle_in_transaction_session_timeout（在地址的 options 里或服务器设置中）比一次修改所需的时间还短；没有保存任何内容——请去掉该选项，或请管理员调大它</translation>
    </message>
    <message>
        <source>{path} has changes in {name}-wal that SQLite reads only with a {name}-shm file beside it, and none can be made on this read-only disk; copy the whole folder to a writable disk and open it there (nothing was changed)</source>
        <translation>{path} 在 {name}-wal 中有未并入的修改，SQLite 只有在旁边有 {name}-shm 文件时才能读取，而这个只读磁盘上无法创建它；请把整个文件夹复制到可写的磁盘上再打开（没有任何改动）</translation>
    </message>
    <message>
        <source>{path} has lost the record of its version (its schemainfo table is empty or changed: another program, or a restore cut short): nothing was changed; restore one of its backups, or ask the administrator</source>
        <translation>{path} 丢失了版本记录（其 schemainfo 表是空的或被改动过：另一个程序所为，或恢复没有完成）：什么也没有改动；请恢复它的一个备份，或联系管理员</translation>
    </message>
    <message>
        <source>{path} has {n} names on this disk (hard links; the others: {others}): SQLite keeps a journal beside each name, so changes made under one name would be lost under the other; nothing was opened — remove the other names (or copy the file and open the copy)</source>
        <translation>{path} 在磁盘上有 {n} 个名字（硬链接；其他名字：{others}）：SQLite 在每个名字旁各记一份日志，用一个名字所做的修改会在另一个名字下丢失；没有打开——请删除其他名字（或复制这个文件，打开副本）</translation>
    </message>
    <message>
        <source>{path} holds bytes that are not text in its column {column} (another program wrote them there): nothing was done; `jmreview doctor` names the rows — restore a backup, or have them corrected</source>
        <translation>{path} 的 {column} 列里有不是文字的字节（另一个程序写进去的）：什么也没有做；`jmreview doctor` 会指出是哪些行——请恢复备份，或请人改正</translation>
    </message>
    <message>
        <source>{path} holds its corpus in schema {schemas}, which this database role may not use; nothing was opened: ask the administrator to GRANT USAGE ON SCHEMA {schemas} to the role</source>
        <translation>{path} 的语料在模式 {schemas} 中，而这个数据库角色无权使用它；没有打开：请管理员执行 GRANT USAGE ON SCHEMA {schemas} 授权给该角色</translation>
    </message>
    <message>
        <source>{path} holds jmreview tables in more than one schema ({schemas}) and its search_path names none of them first; nothing was opened: choose one with ?options=-c%20search_path%3DSCHEMA in the address</source>
        <translation>{path} 中有不止一个模式（{schemas}）存有 jmreview 的数据表，而它的 search_path 没有把其中任何一个放在最前；没有打开：请在地址中用 ?options=-c%20search_path%3D模式名 选定一个</translation>
    </message>
    <message>
        <source>{path} holds no jmreview database yet, and the database role {role} may not create its tables: the first editor to open it must be allowed to (GRANT CREATE ON SCHEMA public TO {role}), or open a database already set up</source>
        <translation>{path} 中还没有 jmreview 数据库，而数据库角色 {role} 无权创建其数据表：第一位打开它的编辑必须有此权限（GRANT CREATE ON SCHEMA public TO {role}），或者打开一个已经建好的数据库</translation>
    </message>
    <message>
        <source>{path} holds no jmreview database yet: there is nothing to read or check (an editor's command that writes, by a role allowed to create tables, sets it up)</source>
        <translation>{path} 中还没有 jmreview 数据库：没有可读取或检查的内容（由有建表权限的角色执行一次写入的命令，即会建立）</translation>
    </message>
    <message>
        <source>{path} holds tables of another program named as jmreview's ({tables}) and no jmreview corpus: jmreview sets up its corpus only where no such table is; nothing was done; use a new, empty database (or ask the administrator for one)</source>
        <translation>{path} 中有别的程序建立的、与 jmreview 的表同名的表（{tables}），却没有 jmreview 的语料：jmreview 只在没有这样的表的地方建立语料；什么也没有做；请使用一个新的空数据库（或向管理员要一个）</translation>
    </message>
    <message>
        <source>{path} is a backup (a file of a backups folder): it is open read-only, since a change to it would be pruned with it; to go back to it use File → Restore a backup, to work on it copy it out of the folder</source>
        <translation>{path} 是一个备份（备份文件夹中的文件）：它以只读方式打开，因为对它的修改会随它一起被清理掉；要回到它，请用“文件 → 恢复备份”；要在它上面工作，请先把它复制到文件夹外</translation>
    </message>
    <message>
        <source>{path} is a database in the {encoding} encoding, which cannot hold every character of these pages (their Traditional and Simplified Chinese alike): nothing was set up in it; ask the administrator for a UTF-8 database (CREATE DATABASE … ENCODING 'UTF8' TEMPLATE template0)</source>
        <translation>{path} 是一个 {encoding} 编码的数据库，存不下这些版面的全部字符（繁体和简体中文都在其中）：没有在其中建立任何内容；请向管理员申请一个 UTF-8 数据库（CREATE DATABASE … ENCODING 'UTF8' TEMPLATE template0）</translation>
    </message>
    <message>
        <source>{path} is a database of another program (it holds tables such as {tables}, and none of jmreview's): nothing was changed; choose a jmreview database, or a new file name to start one</source>
        <translation>{path} 是另一个程序的数据库（其中有 {tables} 等表，没有 jmreview 的表）：没有做任何改动；请选择一个 jmreview 数据库，或用一个新文件名新建</translation>
    </message>
    <message>
        <source>{path} is a database of another program: its tables {tables} are named as jmreview's but are not jmreview's (they lack its columns): nothing was changed; choose a jmreview database, or a new file name to start one</source>
        <translation>{path} 是另一个程序的数据库：其中的表 {tables} 与 jmreview 的表同名，却不是 jmreview 的（缺少它的列）：没有做任何改动；请选择一个 jmreview 数据库，或用一个新文件名新建</translation>
    </message>
    <message>
        <source>{path} is a file SQLite keeps beside the database {db} (its latest changes, or what its open sessions share), not a database: open {db} instead; never delete or move {path} while {db} is open anywhere</source>
        <translation>{path} 是 SQLite 放在数据库 {db} 旁边的文件（其中是最近的修改，或各个打开它的会话共用的内容），不是数据库：请改为打开 {db}；{db} 在任何地方打开着时，切勿删除或移动 {path}</translation>
    </message>
    <message>
        <source>{path} is a folder, not a jmreview database</source>
        <translation>{path} 是一个文件夹，不是 jmreview 数据库</translation>
    </message>
    <message>
        <source>{path} is an empty file (0 bytes), not a jmreview database; choose another file or delete this one to start a new project</source>
        <translation>{path} 是一个空文件（0 字节），不是 jmreview 数据库；请另选文件，或删除它以开始新项目</translation>
    </message>
    <message>
        <source>{path} is busy (another session holds a lock on it): nothing was done; try again in a moment</source>
        <translation>{path} 正忙（另一个会话锁定了它）：没有做任何操作；请稍后再试</translation>
    </message>
    <message>
        <source>{path} is busy with another editor's change: nothing was saved; try again in a moment</source>
        <translation>{path} 正在保存另一位编辑的修改：没有保存任何内容；请稍后再试</translation>
    </message>
    <message>
        <source>{path} is busy: the session of {role} (pid {pid}, {app}) has held its write turn for {seconds} s and is working: nothing was saved; try again in a moment — if it stays so, ask {role} what it is doing</source>
        <translation>{path} 正忙：{role} 的会话（进程 {pid}，{app}）占用写入已 {seconds} 秒，正在工作：没有保存任何内容；请稍后再试——若一直如此，请问问 {role} 在做什么</translation>
    </message>
    <message>
        <source>{path} is busy: the session of {role} (pid {pid}, {app}) has held its write turn for {seconds} s{idle}: nothing was saved; try again in a moment — a session left idle so (a program stopped or frozen) keeps it until it ends: ask {role} to close it, or the administrator to end it (SELECT pg_terminate_backend({pid}))</source>
        <translation>{path} 正忙：{role} 的会话（pid {pid}，{app}）已占用写入权 {seconds} 秒{idle}：没有保存任何内容；请稍后再试——这样闲置的会话（程序停住或卡死）会一直占着，直到它结束：请 {role} 关掉它，或请管理员结束它（SELECT pg_terminate_backend({pid})）</translation>
    </message>
    <message>
        <source>{path} is busy: the session of {role} (pid {pid}, {app}) holds its write turn, and this role may not see what that session is doing: nothing was saved; try again in a moment — if it stays so, ask {role}, or the administrator, who can see whether it is stalled and end it (SELECT pg_terminate_backend({pid}))</source>
        <translation>{path} 正忙：{role} 的会话（进程 {pid}，{app}）占着写入权，而当前角色无权查看那个会话在做什么：没有保存任何内容；请稍后再试——若一直如此，请问问 {role}，或请管理员查看它是否卡住并结束它（SELECT pg_terminate_backend({pid})）</translation>
    </message>
    <message>
        <source>{path} is damaged ({detail}) and has no backup: open it read-only and export what it still holds.</source>
        <translation>{path} 已损坏（{detail}），且没有备份：请以只读方式打开并导出其中仍可读取的内容。</translation>
    </message>
    <message>
        <source>{path} is damaged ({detail}), and its backups folder holds backups of more than one database: which are its own cannot be told on this computer, so none is offered. Open it on the computer that made it, or open it read-only and export what it still holds.</source>
        <translation>{path} 已损坏（{detail}），而它的备份文件夹中有不止一个数据库的备份：在这台电脑上无法分辨哪些是它自己的，因此不提供任何备份。请在建立它的那台电脑上打开它，或以只读方式打开并导出其中仍可读取的内容。</translation>
    </message>
    <message>
        <source>{path} is damaged ({detail}). Its newest complete backup is {backup}: restore it, or open the damaged file read-only and export what it still holds.</source>
        <translation>{path} 已损坏（{detail}）。它最新的完整备份是 {backup}：请恢复该备份，或以只读方式打开损坏的文件并导出其中仍可读取的内容。</translation>
    </message>
    <message>
        <source>{path} is locked by another program or window: nothing was saved; try again when it has finished</source>
        <translation>{path} 正被另一个程序或窗口锁定：什么也没有保存；请等它完成后再试。</translation>
    </message>
    <message>
        <source>{path} is mounted under another path too ({others}: a bind mount of the file): SQLite keeps a journal beside each path, so changes made under one would be lost under the other; nothing was opened — open it under one path only (unmount the other)</source>
        <translation>{path} 也挂载在另一个路径下（{others}：对这个文件的绑定挂载）：SQLite 在每个路径旁各记一份日志，在一个路径下所做的修改会在另一个路径下丢失；没有打开——请只用一个路径打开它（卸载另一个）</translation>
    </message>
    <message>
        <source>{path} is no longer empty (another import filled it meanwhile): nothing was restored; import the file again to apply it to what is there now</source>
        <translation>{path} 已不再是空的（另一次导入刚刚写入了内容）：没有恢复任何内容；请再导入一次这个文件，把它应用到现有内容上</translation>
    </message>
    <message>
        <source>{path} is not a SQLite database; jmreview will not overwrite it</source>
        <translation>{path} 不是 SQLite 数据库；jmreview 不会覆盖它</translation>
    </message>
    <message>
        <source>{path} is not a regular file ({kind}), not a jmreview database</source>
        <translation>{path} 不是普通文件（{kind}），不是 jmreview 数据库</translation>
    </message>
    <message>
        <source>{path} is not made: a name ending in {suffix} is the one SQLite gives the companion of the database {db}, and a database made there later would take this one for its own and delete it (its work with it); nothing was written: choose a name ending in .sqlite3</source>
        <translation>没有建立 {path}：以 {suffix} 结尾的名字是 SQLite 给数据库 {db} 的附属文件用的，以后在那里建立的数据库会把它当作自己的附属文件并删掉它（连同其中的工作）；没有写入任何内容：请选择一个以 .sqlite3 结尾的名字</translation>
    </message>
    <message>
        <source>{path} is open read-only: its backups folder {folder} cannot be written (its permissions, or an attribute such as immutable); ask for the right to write in it, or copy the database to a folder of your own</source>
        <translation>{path} 以只读方式打开：它的备份文件夹 {folder} 不可写入（其权限，或“不可更改”之类的属性）；请申请在其中写入的权限，或把数据库复制到你自己的文件夹。</translation>
    </message>
    <message>
        <source>{path} is open read-only: its backups folder {folder} is a link that leads nowhere (or to itself); remove that link (a new folder is made) or point it at a folder to make changes</source>
        <translation>{path} 以只读方式打开：它的备份文件夹 {folder} 是一个无处可达（或指向自身）的链接；请删除该链接（会新建文件夹）或让它指向一个文件夹，才能修改。</translation>
    </message>
    <message>
        <source>{path} is open read-only: its folder {folder} cannot be written (a read-only folder or disk), and SQLite needs to write beside the file; to make changes, copy it to a folder you can write to, with {name}-wal beside it if there is one (it holds the latest changes), and open the copy</source>
        <translation>{path} 以只读方式打开：它所在的文件夹 {folder} 不可写入（只读文件夹或只读磁盘），而 SQLite 需要在文件旁写入；如需修改，请把它复制到一个可写入的文件夹，旁边若有 {name}-wal 也一并复制（其中是最近的修改），然后打开副本</translation>
    </message>
    <message>
        <source>{path} is open read-only: nothing can be changed</source>
        <translation>{path} 以只读方式打开：不能做任何修改</translation>
    </message>
    <message>
        <source>{path} is open read-only: the database role {role} may not change this corpus (it may browse and export); nothing was changed</source>
        <translation>{path} 以只读方式打开：数据库角色 {role} 不能修改本语料（可以浏览和导出）；没有任何改动</translation>
    </message>
    <message>
        <source>{path} is open read-only: the disk holding it is full; free some space to make changes</source>
        <translation>{path} 以只读方式打开：它所在的磁盘已满；请腾出一些空间后才能修改。</translation>
    </message>
    <message>
        <source>{path} is open read-only: the disk is full, so no backup could be made, and changes left in {name}-wal are merged only after a backup; free some space and open it again</source>
        <translation>{path} 以只读方式打开：磁盘已满，无法备份，而 {name}-wal 中留下的修改只有在备份之后才会并入；请腾出一些空间后重新打开。</translation>
    </message>
    <message>
        <source>{path} is open read-only: the file cannot be written (a read-only file or disk); to make changes, copy it to a folder you can write to, with {name}-wal beside it if there is one (it holds the latest changes), and open the copy</source>
        <translation>{path} 以只读方式打开：这个文件不可写入（只读文件或只读磁盘）；如需修改，请把它复制到一个可写入的文件夹，旁边若有 {name}-wal 也一并复制（其中是最近的修改），然后打开副本</translation>
    </message>
    <message>
        <source>{path} is open read-only: this server is a standby, a read-only copy of another; connect to the primary server to make changes</source>
        <translation>{path} 以只读方式打开：这台服务器是备用服务器，只是另一台的只读副本；要做修改，请连接主服务器</translation>
    </message>
    <message>
        <source>{path} is open read-only: {detail}, and changes left in {name}-wal are merged only after a backup</source>
        <translation>{path} 以只读方式打开：{detail}；{name}-wal 中留下的修改只有在备份之后才会并入。</translation>
    </message>
    <message>
        <source>{path} is open read-only: {file} beside it cannot be written (a read-only or locked file; a backup or antivirus program may hold it); close that program and open the database again, or copy it, with {name}-wal beside it if there is one, to a folder of your own</source>
        <translation>{path} 以只读方式打开：它旁边的 {file} 不可写入（只读或被锁定的文件，可能是备份或杀毒程序占用了它）；请关闭那个程序后重新打开数据库，或把数据库（旁边若有 {name}-wal 也一并）复制到你自己的文件夹</translation>
    </message>
    <message>
        <source>{path} is open read-only: {folder} should be its backups folder but is a file; move that file away to make changes</source>
        <translation>{path} 以只读方式打开：{folder} 本应是它的备份文件夹，却是一个文件；请把该文件移走后再修改。</translation>
    </message>
    <message>
        <source>{path} is open without a new backup: its backups folder {folder} lets files be made but not deleted or renamed (its permissions or attributes, such as append-only); ask for the right to delete in it, or copy the database to a folder of your own</source>
        <translation>{path} 已打开，但没有做新的备份：它的备份文件夹 {folder} 允许新建文件，却不允许删除或改名（其权限或属性，例如只允许追加）；请申请在其中删除文件的权限，或把数据库复制到你自己的文件夹</translation>
    </message>
    <message>
        <source>{path} is open without a new backup: the disk is full; free some space soon</source>
        <translation>{path} 已打开，但没有做新的备份：磁盘已满；请尽快腾出一些空间。</translation>
    </message>
    <message>
        <source>{path} is open without a new backup: {detail}</source>
        <translation>{path} 已打开，但没有做新的备份：{detail}</translation>
    </message>
    <message>
        <source>{path} no longer exists on the server (it was dropped or renamed): nothing of this change was saved, and waiting will not bring it back; ask the database's administrator (the server's backups hold it), and once it is restored, open it again</source>
        <translation>服务器上已没有 {path}（它被删除或改名了）：本次修改没有保存任何内容，等待也不会让它回来；请联系数据库管理员（服务器的备份中有它），恢复之后请重新打开它</translation>
    </message>
    <message>
        <source>{path} stopped answering (the server was stopped or the connection lost): nothing of this change was saved; try again when the server is back</source>
        <translation>{path} 没有响应（服务器已停止或连接已断开）：本次修改没有保存任何内容；请在服务器恢复后再试</translation>
    </message>
    <message>
        <source>{path} stopped answering as this change was being committed: it may be saved all the same (a server waiting for a standby, or lost at that moment) — look at it again once the server answers, before making it again</source>
        <translation>{path} 在提交这次修改时没有响应：修改可能已经保存（服务器在等待备用服务器，或恰在此刻断开）——请在服务器恢复后先查看一下，再决定是否重做</translation>
    </message>
    <message>
        <source>{path} was made by a newer jmreview (schema {version}); update jmreview to open it</source>
        <translation>{path} 由更新版本的 jmreview 创建（结构版本 {version}）；请升级 jmreview 后再打开</translation>
    </message>
    <message>
        <source>{path} was made by an older jmreview (schema {version}) and cannot be brought up to date where it is (it is read-only): nothing was opened; copy it where it can be written (jmreview copy) and open the copy</source>
        <translation>{path} 是旧版 jmreview 建的（第 {version} 版结构），放在这里无法升级（它是只读的）：没有打开；请把它复制到可以写入的地方（jmreview copy），再打开复制出来的那份</translation>
    </message>
    <message>
        <source>{path} was moved, renamed or deleted on disk since it was opened: nothing was saved; open the database where it is now (File → Open database…, Ctrl+Shift+D)</source>
        <translation>{path} 在打开之后已在磁盘上被移走、改名或删除：什么也没有保存；请到它现在所在的位置重新打开（文件 → 打开数据库…，Ctrl+Shift+D）</translation>
    </message>
    <message>
        <source>{path} was not restored from {backup} ({detail}); the database is as it was</source>
        <translation>{path} 没有从 {backup} 恢复（{detail}）；数据库保持原样。</translation>
    </message>
    <message>
        <source>{path} was not restored from {backup}: another program or window is writing to it (an import, a re-run, a copy…); the database is as it was — try again when it has finished</source>
        <translation>{path} 没有从 {backup} 恢复：另一个程序或窗口正在写入它（导入、重新运行自动处理、复制……）；数据库保持原样——请等它完成后再试</translation>
    </message>
    <message>
        <source>{path} was not restored from {backup}: it is a backup of another database (copied into this backups folder); the database is as it was</source>
        <translation>{path} 没有从 {backup} 恢复：它是另一个数据库的备份（被复制进了这个备份文件夹）；数据库保持原样</translation>
    </message>
    <message>
        <source>{path} was not restored from {backup}: it is damaged ({detail}), so no sound copy of it can be made first; the database is as it was</source>
        <translation>{path} 没有从 {backup} 恢复：它已损坏（{detail}），无法先为它做一份完好的副本；数据库保持原样</translation>
    </message>
    <message>
        <source>{path} was not restored from {backup}: its current content could not be backed up first ({detail}); the database is as it was</source>
        <translation>{path} 没有从 {backup} 恢复：无法先备份它当前的内容（{detail}）；数据库保持原样。</translation>
    </message>
    <message>
        <source>{path} was not restored from {backup}: that backup cannot be used ({detail}); the database is as it was</source>
        <translation>{path} 没有从 {backup} 恢复：该备份无法使用（{detail}）；数据库保持原样。</translation>
    </message>
    <message>
        <source>{path} was not restored from {backup}: the disk is full; the database is as it was — free some space and try again</source>
        <translation>{path} 没有从 {backup} 恢复：磁盘已满；数据库保持原样——请腾出一些空间后再试。</translation>
    </message>
    <message>
        <source>{path} was replaced, moved or deleted on disk since it was opened: nothing was saved (it would have gone to the file that was there before); open {path} again</source>
        <translation>{path} 在打开之后已在磁盘上被替换、移走或删除：什么也没有保存（否则会存进原先那个文件里）；请重新打开 {path}。</translation>
    </message>
    <message>
        <source>{path}: a row of the corpus holds a value that is not the JSON jmreview writes (another program cut it short or changed it): nothing was done; `jmreview doctor` names the row</source>
        <translation>{path}：语料中有一行的值不是 jmreview 写下的 JSON（别的程序截短或改动了它）：什么也没有做；`jmreview doctor` 会指出是哪一行</translation>
    </message>
    <message>
        <source>{path}: a rule named “{name}” on the table {table}, added by the administrator, may change or skip the rows written: a whole corpus is not copied or restored into such a database, and nothing was written; ask for it to be removed ({drop}), or use a new, empty database</source>
        <translation>{path}：表 {table} 上有一个名为“{name}”的规则（管理员加的），它可能改动或跳过写入的行：整个语料不会复制或恢复到这样的数据库中，什么也没有写入；请让管理员删掉它（{drop}），或者使用一个新的空数据库</translation>
    </message>
    <message>
        <source>{path}: a table of the corpus on the server is not as jmreview made it (another program renamed, dropped, added or narrowed a column, or changed its type): nothing was done; `jmreview doctor` names the column — ask the database's administrator to put it back (the server's backups hold it)</source>
        <translation>{path}：服务器上语料的一张表已不是 jmreview 建立时的样子（别的程序改名、删除、增加或缩窄了一列，或改了它的类型）：什么也没有做；`jmreview doctor` 会指出是哪一列——请数据库管理员把它恢复原样（服务器的备份里有它）</translation>
    </message>
    <message>
        <source>{path}: a trigger named “{name}” on the table {table}, added by the administrator or another program, may change or skip the rows written: a whole corpus is not copied or restored into such a database, and nothing was written; ask for it to be removed ({drop}), or use a new, empty database</source>
        <translation>{path}：表 {table} 上有一个名为“{name}”的触发器（管理员或别的程序加的），它可能改动或跳过写入的行：整个语料不会复制或恢复到这样的数据库中，什么也没有写入；请让人删掉它（{drop}），或者使用一个新的空数据库</translation>
    </message>
    <message>
        <source>{path}: another session (an administrator) cancelled this change; nothing of it was saved; try again</source>
        <translation>{path}：另一个会话（管理员）取消了这次修改；没有保存任何内容；请再试一次</translation>
    </message>
    <message>
        <source>{path}: cannot be written: {detail}; any previous file of that name is unchanged</source>
        <translation>无法写入 {path}：{detail}；同名的原有文件（如有）保持不变</translation>
    </message>
    <message>
        <source>{path}: is a database (or its journal, or one of its backups); an export never overwrites one — choose another file name</source>
        <translation>{path} 是数据库（或它的日志文件，或它的备份之一）；导出绝不会覆盖它——请另选文件名</translation>
    </message>
    <message>
        <source>{path}: is not a regular file ({kind}); nothing was written to it — choose a file name</source>
        <translation>{path} 不是普通文件（{kind}）；没有向它写入任何内容——请另选文件名</translation>
    </message>
    <message>
        <source>{path}: is the page {page} this database was imported from, or a new delivery of it; an export never overwrites one (the next import would take the export for a new version of it) — choose another file name</source>
        <translation>{path} 是这个数据库导入时所用的版面 {page}，或它新送来的版本；导出绝不会覆盖它（否则下次导入会把导出文件当作它的新版本）——请另选文件名</translation>
    </message>
    <message>
        <source>{path}: its address, or a setting of the database, the role or the whole server, chooses the schema {first} (search_path), which holds no jmreview corpus, while {rest} holds one; nothing was opened: leave search_path out of the address (or ask the administrator to reset that setting) to work on that corpus (a second corpus belongs in a database of its own)</source>
        <translation>{path}：其地址（或数据库、角色、整个服务器的某项设置）选择了模式 {first}（search_path），其中没有 jmreview 语料，而 {rest} 中有一个；没有打开任何内容：要使用那个语料，请从地址中去掉 search_path（或请管理员重置该设置）（第二个语料应放在单独的数据库中）</translation>
    </message>
    <message>
        <source>{path}: row-level security hides rows of {tables} from the role {role}, which would see only part of the corpus (and export it so): nothing was done; ask the database's administrator to turn it off for jmreview's tables (ALTER TABLE … DISABLE ROW LEVEL SECURITY)</source>
        <translation>{path}：行级安全策略对角色 {role} 隐藏了 {tables} 中的一些行，它只能看到语料的一部分（导出也会如此）：什么也没有做；请数据库管理员为 jmreview 的表关闭它（ALTER TABLE … DISABLE ROW LEVEL SECURITY）</translation>
    </message>
    <message>
        <source>{path}: row-level security is on for {tables}: its policies let the role {role} see every row but check the rows it writes, so a change could be refused or kept only in part: nothing was done; ask the database's administrator to turn it off for jmreview's tables (ALTER TABLE … DISABLE ROW LEVEL SECURITY)</source>
        <translation>{path}：{tables} 上开启了行级安全策略：角色 {role} 能看到所有行，但它写入的行要受策略检查，修改可能被拒绝或只保存一部分：什么也没有做；请数据库管理员为 jmreview 的表关闭它（ALTER TABLE … DISABLE ROW LEVEL SECURITY）</translation>
    </message>
    <message>
        <source>{path}: the column {column} another program added on the server may not be empty, and jmreview never fills it: nothing was done; ask the database's administrator to drop it or give it a default (`jmreview doctor` names every such column)</source>
        <translation>{path}：别的程序在服务器上加了一列 {column}，它不能为空，而 jmreview 从不填写它：什么也没有做；请数据库管理员删掉这一列或给它一个默认值（`jmreview doctor` 会列出所有这样的列）</translation>
    </message>
    <message>
        <source>{path}: the column {column} jmreview reads is missing on the server (another program renamed or dropped it): nothing was done; `jmreview doctor` names every such column — ask the database's administrator to put it back (the server's backups hold it)</source>
        <translation>{path}：服务器上缺少 jmreview 要读的列 {column}（被别的程序改名或删除了）：什么也没有做；`jmreview doctor` 会列出每个这样的列——请数据库管理员把它恢复（服务器的备份里有它）</translation>
    </message>
    <message>
        <source>{path}: the column {column} of the corpus is missing (another program dropped or renamed it): nothing was opened or changed; restore a backup, or put the column back</source>
        <translation>{path}：语料的列 {column} 不见了（别的程序把它删除或改名了）：什么也没有打开或改动；请恢复一个备份，或把这一列放回去</translation>
    </message>
    <message>
        <source>{path}: the connection was lost, and the server does not let this database role in again (its right to connect was taken away, or it may not log in): nothing of this change was saved; ask the administrator</source>
        <translation>{path}：连接断开了，而服务器不再允许这个数据库角色连接（连接权限被收回，或该角色不能登录）：本次修改没有保存任何内容；请询问管理员</translation>
    </message>
    <message>
        <source>{path}: the connection was lost, and the server lets no new one in now (its connection limit is reached): nothing of this change was saved; close a window or a program that has it open, or ask the administrator to raise the limit, then try again</source>
        <translation>{path}：连接断开了，而服务器现在不接受新的连接（已达到连接数上限）：本次修改没有保存任何内容；请关闭一个打开它的窗口或程序，或请管理员提高上限，然后再试</translation>
    </message>
    <message>
        <source>{path}: the connection was lost, and the server lets no one into this database now (its administrator closed it to connections): nothing of this change was saved; ask the administrator, and try again once it is open again</source>
        <translation>{path}：连接断开了，而服务器现在不允许任何人进入这个数据库（管理员关闭了它的连接）：本次修改没有保存任何内容；请询问管理员，等它重新开放后再试</translation>
    </message>
    <message>
        <source>{path}: the connection was lost, and the server refuses this database role's password now (changed, or expired: VALID UNTIL): nothing of this change was saved; ask the administrator</source>
        <translation>{path}：连接断开了，而服务器现在不接受这个数据库角色的密码（密码已更改，或已过期：VALID UNTIL）：本次修改没有保存任何内容；请询问管理员</translation>
    </message>
    <message>
        <source>{path}: the corpus's table {table} is missing (another program renamed or dropped it): nothing was opened or changed; restore a backup, or put the table back</source>
        <translation>{path}：语料的表 {table} 不见了（别的程序把它改名或删除了）：什么也没有打开或改动；请恢复一个备份，或把这张表放回去</translation>
    </message>
    <message>
        <source>{path}: the corpus's table {table} is missing on the server (another program renamed or dropped it, or a restore of the database was not finished): nothing was done; ask the database's administrator to put it back (the server's backups hold it)</source>
        <translation>{path}：服务器上缺少语料的数据表 {table}（被其他程序改名或删除，或数据库的恢复没有完成）：什么也没有做；请数据库管理员把它放回去（服务器的备份中有它）</translation>
    </message>
    <message>
        <source>{path}: the corpus's tables are no longer where they were when it was opened (an administrator renamed or dropped their schema): nothing of this change was saved; close it and open it again</source>
        <translation>{path}：语料的数据表已不在打开时所在的位置（管理员把它们所在的模式改名或删除了）：本次修改没有保存任何内容；请关闭它再重新打开</translation>
    </message>
    <message>
        <source>{path}: the database refused this by a rule another program added to it (a trigger or a check), saying: {detail}; nothing of it was saved; `jmreview doctor` names that rule — remove it, or restore a backup</source>
        <translation>{path}：数据库按另一个程序给它加上的规则（触发器或检查）拒绝了这项操作，理由是：{detail}；什么也没有保存；`jmreview doctor` 会指出这条规则——请删掉它，或恢复备份</translation>
    </message>
    <message>
        <source>{path}: the numbering of the table {table} on the server is behind the rows it holds (an administrator restarted its sequence), so no new row can be added: nothing of it was saved; ask the administrator to set it past the highest number (SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT max(id) FROM {table})))</source>
        <translation>{path}：服务器上 {table} 表的编号落后于表中已有的行（管理员重置了它的序列），因此无法添加新行：没有保存任何内容；请管理员把编号设到最大值之后（SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT max(id) FROM {table}))）</translation>
    </message>
    <message>
        <source>{path}: the password in this address holds “{char}”, which an address must write as {code} (libpq ends the user part there and would misread the rest): write it so, or leave the password out of the address and keep it in ~/.pgpass; nothing was done</source>
        <translation>{path}：这个地址中的密码含有“{char}”，地址里必须把它写成 {code}（libpq 会在那里结束用户部分，把后面的内容读错）：请这样写，或者不在地址中写密码，而把它保存在 ~/.pgpass 中；什么也没有做</translation>
    </message>
    <message>
        <source>{path}: the schema {first}, which holds the corpus, lacks its tables {rest}, which the schema public holds (another program made or changed a schema on the search_path): nothing was opened; ask the administrator which schema holds the corpus, and choose it with ?options=-c%20search_path%3DSCHEMA in the address</source>
        <translation>{path}：存放语料的模式 {first} 缺少数据表 {rest}，而模式 public 中有这些表（别的程序在 search_path 上新建或改动了模式）：没有打开；请问管理员语料在哪个模式中，并在地址中用 ?options=-c%20search_path%3DSCHEMA 选定它</translation>
    </message>
    <message>
        <source>{path}: the server refused this because it would break a unique key of its tables ({detail}): another session may have made the same at the same moment, or the administrator added the key; nothing of it was saved; try again, and ask the administrator if it comes back</source>
        <translation>{path}：服务器拒绝了这项操作，因为它会违反表的唯一键（{detail}）：可能另一个会话同时做了同样的操作，或者管理员添加了这个键；没有保存任何内容；请再试一次，如果仍然出现，请询问管理员</translation>
    </message>
    <message>
        <source>{path}: the server refused this by a rule of its own (a trigger or check its administrator added), saying: {detail}; nothing of it was saved; ask the administrator</source>
        <translation>{path}：服务器按它自己的规则（管理员添加的触发器或检查）拒绝了这项操作，它说：{detail}；没有保存任何内容；请询问管理员</translation>
    </message>
    <message>
        <source>{path}: the server's disk is full: nothing of this change was saved; ask the administrator to free space on it</source>
        <translation>{path}：服务器的磁盘已满：本次修改没有保存任何内容；请管理员在服务器上腾出空间</translation>
    </message>
    <message>
        <source>{path}: the work went past a limit the server sets (temp_file_limit, by the administrator): nothing was done; ask the administrator to raise or remove it</source>
        <translation>{path}：这项工作超出了服务器设定的上限（管理员设置的 temp_file_limit）：什么也没有做；请管理员调高或取消这个上限</translation>
    </message>
    <message>
        <source>{path}: this change was not stored as written: a trigger or rule the administrator added to the table {table} changed it; nothing of it was saved; ask the administrator</source>
        <translation>{path}：这次修改没有按原样保存：管理员给表 {table} 加的触发器或规则改动了它；没有保存任何内容；请联系管理员</translation>
    </message>
    <message>
        <source>{path}: this change was not written: a rule the administrator added to a table of the corpus rewrites or skips it (the server says: {detail}); nothing of it was saved; ask the administrator</source>
        <translation>{path}：这次修改没有写入：管理员给语料的一张表加的规则改写或跳过了它（服务器说：{detail}）；没有保存任何内容；请联系管理员</translation>
    </message>
    <message>
        <source>{path}: this database role may not read the table {table} (permission denied); nothing was done: ask the administrator to grant the role the corpus's tables (GRANT SELECT ON ALL TABLES IN SCHEMA … TO the role, and the rights to write if it edits)</source>
        <translation>{path}：这个数据库角色无权读取数据表 {table}（权限被拒绝）；什么也没有做：请管理员把语料的数据表授权给该角色（GRANT SELECT ON ALL TABLES IN SCHEMA … TO 该角色；如需修改，还要授予写入的权限）</translation>
    </message>
    <message>
        <source>{path}: {tables} of the corpus on the server is not jmreview's table but a view (another program put it in the table's place), which may show only part of the corpus (and export it so): nothing was done; ask the database's administrator to put the table back</source>
        <translation>{path}：服务器上语料的 {tables} 不是 jmreview 的表，而是一个视图（别的程序把它放在了表的位置上），它可能只显示语料的一部分（导出时也只导出那一部分）：什么也没有做；请数据库管理员把表恢复原样</translation>
    </message>
    <message>
        <source>{pattern} is not a regular expression ({detail})</source>
        <translation>{pattern} 不是正则表达式（{detail}）</translation>
    </message>
    <message>
        <source>{pattern}: a file-name pattern is at most {limit} characters</source>
        <translation>{pattern}：文件名式样最多 {limit} 个字符</translation>
    </message>
    <message>
        <source>{pattern}: name the groups (?P&lt;y&gt;…)(?P&lt;m&gt;…)(?P&lt;d&gt;…) for the issue date and/or (?P&lt;page&gt;…)</source>
        <translation>{pattern}：请为期号日期命名分组 (?P&lt;y&gt;…)(?P&lt;m&gt;…)(?P&lt;d&gt;…)，和/或为版面命名分组 (?P&lt;page&gt;…)</translation>
    </message>
    <message>
        <source>{pattern}: on some file names this pattern would try more than {limit} ways to match at each place, which can take hours: every optional item (?), alternative (|) and repeat of varying length (*, +, {{m,n}}) multiplies them, and a repeat inside a repeat or around a choice (like (a+)+, (a|b)* or (?:a?){{30}}) has no limit; write the pattern more exactly</source>
        <translation>{pattern}：遇到某些文件名时，这个式样在每个位置要尝试超过 {limit} 种匹配方式，可能耗上几个小时：每个可有可无的部分（?）、每个“|”分支、每个次数不定的重复（*、+、{{m,n}}）都会让匹配方式成倍增加，而重复之中再套重复或套着选择（如 (a+)+、(a|b)*、(?:a?){{30}}）则多到没有上限；请把式样写得更确切些</translation>
    </message>
    <message>
        <source>{who} is one of the two reviewers of {name}: another editor curates it (a decision freezes both review copies, the other reviewer's too); nothing was changed</source>
        <translation>{who} 是 {name} 的两位复审人之一：应由另一位编辑裁定（一经裁定，两份复审副本都会冻结，另一位复审人的也一样）；没有任何改动</translation>
    </message>
    <message>
        <source>{why}; nothing can be changed</source>
        <translation>{why}；不能做任何修改</translation>
    </message>
    <message>
        <source>“{issue}” is not a day (YYYY-MM-DD); nothing was changed</source>
        <translation>“{issue}”不是一个日期（年-月-日），未做任何更改</translation>
    </message>
    <message>
        <source>“{summary}” cannot be redone: the first decision on {name} is undone, so the page is under double review again; redo that one first (or settle this difference anew); nothing was changed</source>
        <translation>“{summary}”无法重做：{name} 的第一个裁定已撤销，版面又回到双人审校；请先重做那一个（或重新裁定此处分歧）；没有任何改动</translation>
    </message>
    <message>
        <source>“{summary}” cannot be redone: the reviewers changed their copies of {name} since this decision; settle it again; nothing was changed</source>
        <translation>“{summary}”无法重做：此决定之后，审校人又修改了 {name} 的审校副本；请重新裁定；没有任何改动</translation>
    </message>
    <message>
        <source>“{summary}” cannot be redone: what it changed was changed again since (in another window or by another editor); nothing was changed</source>
        <translation>无法重做“{summary}”：它改动的内容此后又被（另一窗口或另一位编辑）改过，未做任何更改</translation>
    </message>
    <message>
        <source>“{summary}” cannot be redone: {key} of {name} was settled again since it was undone (by {who}); look at it again; nothing was changed</source>
        <translation>“{summary}”无法重做：撤销之后，{name} 的 {key} 已由 {who} 重新裁定；请再看一遍；没有任何改动</translation>
    </message>
    <message>
        <source>“{summary}” cannot be undone: what it changed was changed again since (in another window or by another editor); nothing was changed</source>
        <translation>无法撤销“{summary}”：它改动的内容此后又被（另一窗口或另一位编辑）改过，未做任何更改</translation>
    </message>
    <message>
        <source>“{summary}” cannot be undone: you settled {key} of {name} anew since, elsewhere (the command line or another window: taking {taken}); that later decision stands — to change it, take the difference again; nothing was changed</source>
        <translation>“{summary}”无法撤销：此后你在别处（命令行或另一个窗口）重新裁定了 {name} 的 {key}（采用 {taken}）；那个较晚的裁定仍然有效——要改变它，请重新裁定这处分歧；没有任何改动</translation>
    </message>
    <message>
        <source>“{summary}” cannot be undone: {name} was sent to a new round of double review since, which set this decision aside with the rest of its round (undoing that marking brings them back); nothing was changed</source>
        <translation>“{summary}”无法撤销：此后 {name} 已进入新一轮双人审校，这个裁定和同一轮的其他裁定一起被搁置了（撤销那次标记就能把它们恢复）；没有任何改动</translation>
    </message>
    <message>
        <source>“{summary}” cannot be undone: {n} other differences of {name} were settled after it (the page would be under double review again with those decisions standing); undo those first; nothing was changed</source>
        <translation>“{summary}”无法撤销：此后 {name} 又有 {n} 处分歧已裁定（撤销后版面会回到双人审校，而那些裁定仍然有效）；请先撤销那些裁定；没有任何改动</translation>
    </message>
    <message>
        <source>“{summary}” cannot be undone: {n} other differences of {name} were settled after it, by {who} (the page would be under double review again with those decisions standing); to change this decision, take the difference again (in the curation view, or `jmreview curate --take KEY=a|b --again`); nothing was changed</source>
        <translation>“{summary}”无法撤销：此后 {who} 又裁定了 {name} 的 {n} 处分歧（撤销后版面会回到双人审校，而那些裁定仍然有效）；要改变这个裁定，请重新裁定这处分歧（在裁定视图中，或用 `jmreview curate --take KEY=a|b --again`）；没有任何改动</translation>
    </message>
    <message>
        <source>“{summary}” cannot be undone: {who} settled {key} of {name} anew since (taking {taken}); that decision is theirs and stands; nothing was changed</source>
        <translation>“{summary}”无法撤销：此后 {who} 重新裁定了 {name} 的 {key}（采用 {taken}）；那是对方的裁定，仍然有效；没有任何改动</translation>
    </message>
    <message>
        <source>“{summary}” changed several pages, and {name} is now under double review by {editors}: it is undone whole or not at all; undo the marking for double review first (or correct the other pages one by one); nothing was changed</source>
        <translation>“{summary}”改动了多个版面，而 {name} 现正由 {editors} 双人审校：这项修改只能整体撤销；请先撤销双人审校的标记（或逐个修改其他版面）；没有任何改动</translation>
    </message>
    <message>
        <source>“{value}” is not a day of the calendar: type it as 2024-01-05 (or 2024/1/5, 2024年1月5日); nothing was changed</source>
        <translation>“{value}”不是日历上的日期：请输入 2024-01-05 这样的格式（或 2024/1/5、2024年1月5日）；没有任何改动</translation>
    </message>
    <message>
        <source>“{value}” is not an answer for {key}: a role difference takes a role (kicker, headline, subheadline, byline, subhead, caption, note, body); nothing was changed</source>
        <translation>“{value}”不是 {key} 的有效答案：角色分歧只能填角色（kicker 引题、headline 标题、subheadline 副题、byline 署名、subhead 小标题、caption 图片说明、note 附注、body 正文）；没有任何改动</translation>
    </message>
    <message>
        <source>“{value}” is not an answer for {key}: an entity difference takes one of the database's labels (PER, LOC, ORG, DATE…) or nothing, to have no entity there; nothing was changed</source>
        <translation>“{value}”不是 {key} 的有效答案：实体分歧只能填本数据库已有的标签（PER、LOC、ORG、DATE 等），或留空表示此处没有实体；没有任何改动</translation>
    </message>
    <message>
        <source>“{value}” is not an answer for {key}: this difference takes a, b, or own with no value (the page's own answer, as the curator corrected it); nothing was changed</source>
        <translation>“{value}”不是 {key} 的有效答案：这类分歧只能选 a、b，或不带值的 own（采用版面自己的答案，即裁定人改好的样子）；没有任何改动</translation>
    </message>
    <message>
        <source>《{title}》 was changed in another window since it was shown; nothing was changed — look at it again and retry</source>
        <translation>《{title}》在显示之后已在另一窗口中被修改，未做任何更改——请重新查看后再试</translation>
    </message>
</context>
<context>
    <name>TableModels</name>
    <message>
        <source>#</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>文章数</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>次数</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>期</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>版</translation>
    </message>
    <message>
        <source>Resolved day</source>
        <translation>解析日期</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>已审</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>未归属</translation>
    </message>
    <message>
        <source>Why it starts here</source>
        <translation>为何从此开始</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <source>advertisement</source>
        <translation>广告</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>人工</translation>
    </message>
    <message>
        <source>commentary</source>
        <translation>评论</translation>
    </message>
    <message>
        <source>document</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>feature</source>
        <translation>通讯</translation>
    </message>
    <message>
        <source>in review</source>
        <translation>审校中</translation>
    </message>
    <message>
        <source>news</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>not an entity</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>photo</source>
        <translation>图片新闻</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>退回</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>已审</translation>
    </message>
    <message>
        <source>roundup</source>
        <translation>综述</translation>
    </message>
    <message>
        <source>suggested</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>{name} (my review copy)</source>
        <translation>{name}（我的复审副本）</translation>
    </message>
    <message>
        <source>⚠ unresolved</source>
        <translation>⚠ 未能解析</translation>
    </message>
</context>
<context>
    <name>TeamDialog</name>
    <message>
        <source> and </source>
        <translation> 和 </translation>
    </message>
    <message>
        <source>; {n} of them were curated: a new round, the last round's review copies and decisions set aside (an undo brings them back)</source>
        <translation>；其中 {n} 个已裁定过：开始新一轮，上一轮的审校副本和裁定已撤下（撤销可恢复）</translation>
    </message>
    <message>
        <source>; {n} under double review not curated yet, left as they are: {pages}</source>
        <translation>；{n} 个版面正在双人审校、尚未裁定，保持原样：{pages}</translation>
    </message>
    <message>
        <source>Assign pages and double review</source>
        <translation>分配版面与双人审校</translation>
    </message>
    <message>
        <source>Double review by both</source>
        <translation>交两位编辑双人审校</translation>
    </message>
    <message>
        <source>Double review of {page} by {a} and {b}</source>
        <translation>{page} 由 {a} 和 {b} 双人审校</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Every page of its issue, {date} ({n})</source>
        <translation>本期全部版面，{date}（{n} 个）</translation>
    </message>
    <message>
        <source>Every page the file list shows ({n})</source>
        <translation>文件列表显示的全部版面（{n} 个）</translation>
    </message>
    <message>
        <source>Give to the editor</source>
        <translation>分配给该编辑</translation>
    </message>
    <message>
        <source>Give {n} pages to {editor}</source>
        <translation>将 {n} 个版面分配给 {editor}</translation>
    </message>
    <message>
        <source>Marking pages for double review…</source>
        <translation>正在标记双人审校的版面……</translation>
    </message>
    <message>
        <source>Marking pages for double review… {n} of {total}</source>
        <translation>正在标记双人审校的版面……（{total} 个中的第 {n} 个）</translation>
    </message>
    <message>
        <source>No page is shown: the commands act on the pages of the file list.</source>
        <translation>没有显示版面：命令作用于文件列表中的版面。</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>版面</translation>
    </message>
    <message>
        <source>Second reviewer</source>
        <translation>第二位审校</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Take back from the editor</source>
        <translation>从该编辑收回</translation>
    </message>
    <message>
        <source>Take {n} pages back from {editor}</source>
        <translation>从 {editor} 收回 {n} 个版面</translation>
    </message>
    <message>
        <source>This page ({name})</source>
        <translation>本版（{name}）</translation>
    </message>
    <message>
        <source>being curated</source>
        <translation>裁定中</translation>
    </message>
    <message>
        <source>curated</source>
        <translation>已裁定</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>无人</translation>
    </message>
    <message>
        <source>not under double review</source>
        <translation>未进行双人审校</translation>
    </message>
    <message>
        <source>under double review</source>
        <translation>双人审校中</translation>
    </message>
    <message>
        <source>{n} of these pages were curated. A new round sets aside their review copies and curation decisions (an undo brings them back). Mark them again?</source>
        <translation>其中 {n} 个版面已裁定过。开始新一轮会撤下它们的审校副本和裁定（撤销可恢复）。仍要重新标记吗？</translation>
    </message>
    <message>
        <source>{n} of {total} pages marked for double review by {a} and {b}; the rest were not</source>
        <translation>{total} 个版面中已有 {n} 个标为由 {a} 和 {b} 双人审校；其余的没有标记</translation>
    </message>
    <message>
        <source>{n} pages marked for double review by {a} and {b}</source>
        <translation>已将 {n} 个版面标为由 {a} 和 {b} 双人审校</translation>
    </message>
    <message>
        <source>{page} is under double review by {editors}: it is corrected on their review copies (My work) and written here by curation (Ctrl+Alt+U)</source>
        <translation>{page} 正由 {editors} 双人审校：请在复审副本上修改（我的任务），裁定后写入本版（Ctrl+Alt+U）</translation>
    </message>
    <message>
        <source>{page}: given to {who}; {state}.</source>
        <translation>{page}：已分配给 {who}；{state}。</translation>
    </message>
    <message>
        <source>{state} by {a} and {b}</source>
        <translation>{state}（{a} 和 {b}）</translation>
    </message>
</context>
<context>
    <name>Upgrade</name>
    <message>
        <source>Upgrading the database</source>
        <translation>正在升级数据库</translation>
    </message>
    <message>
        <source>Upgrading {name} for this version of jmreview: a backup first, then its tables (once; a large database takes a minute)…</source>
        <translation>正在为这一版 jmreview 升级 {name}：先做备份，再重建数据表（只需一次；大的数据库约需一分钟）…</translation>
    </message>
</context>
</TS>
