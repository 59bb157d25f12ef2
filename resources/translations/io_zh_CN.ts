<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>BankStatement</name>
        <message>
            <source>Columns of the saved mapping not in this file: {columns}</source>
            <translation>已保存的列对应中，本文件没有这些列：{columns}</translation>
        </message>
        <message>
            <source>The saved column mapping cannot be read</source>
            <translation>无法读取已保存的列对应关系</translation>
        </message>
        <message>
            <source>The saved column mapping names unknown fields: {fields}</source>
            <translation>已保存的列对应关系中有未知字段：{fields}</translation>
        </message>
        <message>
            <source>There is no bank format called &apos;{profile}&apos;; the formats are {profiles}</source>
            <translation>没有名为“{profile}”的银行格式；可用的格式：{profiles}</translation>
        </message>
        <message>
            <source>both 「{debit}」 and 「{credit}」 are filled; a line moves money one way</source>
            <translation>「{debit}」和「{credit}」同时有金额；一笔交易只能是收入或支出</translation>
        </message>
        <message>
            <source>the amount is 0</source>
            <translation>金额为 0</translation>
        </message>
        <message>
            <source>the amount is 0 on both sides</source>
            <translation>借贷两方金额都是 0</translation>
        </message>
        <message>
            <source>the amount is negative but the flag says it came in</source>
            <translation>金额为负数，但借贷标志表示收入</translation>
        </message>
        <message>
            <source>the debit/credit flag is not one of 借/贷, 收/支, D/C</source>
            <translation>借贷标志不是 借/贷、收/支、D/C 之一</translation>
        </message>
        <message>
            <source>the row has no amount</source>
            <translation>该行没有金额</translation>
        </message>
        <message>
            <source>{file}, sheet 「{sheet}」: {problem}</source>
            <translation>「{file}」的工作表「{sheet}」：{problem}</translation>
        </message>
        <message>
            <source>{n} counterparty account numbers are stored as numbers in column 「{column}」; digits past the 15th may have been lost by Excel</source>
            <translation>「{column}」列中有 {n} 个对方账号以数字形式保存；Excel 可能已丢失第 15 位之后的数字</translation>
        </message>
    </context>
    <context>
        <name>SheetCells</name>
        <message>
            <source>&apos;{text}&apos; is a date, not an amount</source>
            <translation>“{text}”是日期，不是金额</translation>
        </message>
        <message>
            <source>&apos;{text}&apos; is a time of day, not a date</source>
            <translation>“{text}”是时刻，不是日期</translation>
        </message>
        <message>
            <source>&apos;{text}&apos; is not a date</source>
            <translation>“{text}”不是日期</translation>
        </message>
        <message>
            <source>&apos;{text}&apos; is not a time of day</source>
            <translation>“{text}”不是时刻</translation>
        </message>
        <message>
            <source>&apos;{text}&apos; is not an amount</source>
            <translation>“{text}”不是有效的金额</translation>
        </message>
        <message>
            <source>cell {cell} holds a formula ({formula}) saved without its value; open the file in Excel, let it calculate and save it again</source>
            <translation>单元格 {cell} 是公式（{formula}），保存时没有计算结果；请在 Excel 中打开文件，待其计算后重新保存</translation>
        </message>
        <message>
            <source>the amount is empty</source>
            <translation>金额为空</translation>
        </message>
        <message>
            <source>the date is empty</source>
            <translation>日期为空</translation>
        </message>
    </context>
    <context>
        <name>SheetFile</name>
        <message>
            <source>Empty sheets passed over: {sheets}.</source>
            <translation>跳过的空工作表：{sheets}。</translation>
        </message>
        <message>
            <source>Hidden sheets not read: {sheets}.</source>
            <translation>未读取的隐藏工作表：{sheets}。</translation>
        </message>
        <message>
            <source>Other sheets not read: {sheets}.</source>
            <translation>未读取的其他工作表：{sheets}。</translation>
        </message>
        <message>
            <source>Read the sheet 「{sheet}」.</source>
            <translation>读取的工作表：「{sheet}」。</translation>
        </message>
        <message>
            <source>Table {n}</source>
            <translation>表格{n}</translation>
        </message>
        <message>
            <source>a part of the workbook ({part}) declares XML entities, which a spreadsheet never needs; it is refused as a possible entity bomb</source>
            <translation>工作簿的部件（{part}）声明了 XML 实体，正常的电子表格不会这样做；可能是“实体炸弹”，已拒绝读取</translation>
        </message>
        <message>
            <source>a part of the workbook ({part}) unpacks to {ratio} times its size; it is refused as a zip bomb</source>
            <translation>工作簿的部件（{part}）解压后是压缩大小的 {ratio} 倍；可能是“压缩炸弹”，已拒绝读取</translation>
        </message>
        <message>
            <source>a sheet has {rows} rows; at most {limit} rows can be read from one file (split it into smaller files, by month for example)</source>
            <translation>工作表有 {rows} 行；一个文件最多读取 {limit} 行（请拆成较小的文件，例如按月导出）</translation>
        </message>
        <message>
            <source>a sheet reaches column {column}, far wider than a statement or ledger; it is refused</source>
            <translation>工作表的数据延伸到第 {column} 列，远超对账单或台账的宽度；已拒绝读取</translation>
        </message>
        <message>
            <source>every sheet is empty</source>
            <translation>所有工作表都是空的</translation>
        </message>
        <message>
            <source>only the hidden sheet 「{sheet}」 holds anything; choose it by name if it is the one to read</source>
            <translation>只有隐藏的工作表「{sheet}」有内容；如果要读取它，请按名称指定该工作表</translation>
        </message>
        <message>
            <source>the HTML page cannot be read</source>
            <translation>无法读取该网页文件</translation>
        </message>
        <message>
            <source>the file cannot be read ({reason})</source>
            <translation>无法读取文件（{reason}）</translation>
        </message>
        <message>
            <source>the file is damaged (a broken zip); save it again or ask the bank for a new export</source>
            <translation>文件已损坏（压缩包不完整）；请重新保存，或从银行重新导出</translation>
        </message>
        <message>
            <source>the file is damaged (a part of the workbook cannot be unpacked)</source>
            <translation>文件已损坏（工作簿的部件无法解压）</translation>
        </message>
        <message>
            <source>the file is damaged (a part of the workbook, {part}, is not valid XML)</source>
            <translation>文件已损坏（工作簿的部件 {part} 不是有效的 XML）</translation>
        </message>
        <message>
            <source>the file is damaged and cannot be read as a workbook ({reason})</source>
            <translation>文件已损坏，无法作为工作簿读取（{reason}）</translation>
        </message>
        <message>
            <source>the file is empty</source>
            <translation>文件是空的</translation>
        </message>
        <message>
            <source>the file is too large to read ({mb} MB; at most {limit} MB)</source>
            <translation>文件太大，无法读取（{mb} MB；最多 {limit} MB）</translation>
        </message>
        <message>
            <source>the file may not be read (permission denied)</source>
            <translation>没有读取该文件的权限</translation>
        </message>
        <message>
            <source>the sheet is empty</source>
            <translation>工作表是空的</translation>
        </message>
        <message>
            <source>the sheet 「{sheet}」 is empty</source>
            <translation>工作表「{sheet}」是空的</translation>
        </message>
        <message>
            <source>the text cannot be read as CSV ({reason})</source>
            <translation>无法按 CSV 读取该文本（{reason}）</translation>
        </message>
        <message>
            <source>the text is in an unknown encoding (not UTF-8 and not GBK/GB18030); save it again as &quot;CSV UTF-8&quot; and read that file</source>
            <translation>文本编码无法识别（既不是 UTF-8，也不是 GBK/GB18030）；请另存为“CSV UTF-8”后再读取</translation>
        </message>
        <message>
            <source>the web page holds no table</source>
            <translation>网页中没有表格</translation>
        </message>
        <message>
            <source>the workbook has no worksheets</source>
            <translation>工作簿中没有工作表</translation>
        </message>
        <message>
            <source>the workbook holds formulas saved without their values; open it in Excel and save it again, then read it</source>
            <translation>工作簿中有保存时没有计算结果的公式；请在 Excel 中打开并重新保存后再读取</translation>
        </message>
        <message>
            <source>the workbook holds {n} parts, far more than a spreadsheet has; it is refused as a possible zip bomb</source>
            <translation>工作簿包含 {n} 个部件，远多于正常的电子表格；可能是“压缩炸弹”，已拒绝读取</translation>
        </message>
        <message>
            <source>the workbook is protected by a password; open it in Excel, remove the password (File → Info → Protect Workbook) and save it again</source>
            <translation>工作簿设置了打开密码；请在 Excel 中打开，取消密码（文件 → 信息 → 保护工作簿）后重新保存</translation>
        </message>
        <message>
            <source>the workbook unpacks to {mb} MB, more than {limit} MB; it is refused as a possible zip bomb</source>
            <translation>工作簿解压后有 {mb} MB，超过 {limit} MB；可能是“压缩炸弹”，已拒绝读取</translation>
        </message>
        <message>
            <source>there is no sheet named 「{sheet}」; the sheets are {sheets}</source>
            <translation>没有名为「{sheet}」的工作表；现有工作表：{sheets}</translation>
        </message>
        <message>
            <source>there is no such file</source>
            <translation>文件不存在</translation>
        </message>
        <message>
            <source>this is a PDF, not a spreadsheet; export the statement from the bank as Excel or CSV</source>
            <translation>这是 PDF 文件，不是电子表格；请从银行导出 Excel 或 CSV 格式的对账单</translation>
        </message>
        <message>
            <source>this is a PowerPoint file, not a spreadsheet</source>
            <translation>这是 PowerPoint 文件，不是电子表格</translation>
        </message>
        <message>
            <source>this is a Word document, not a spreadsheet</source>
            <translation>这是 Word 文档，不是电子表格</translation>
        </message>
        <message>
            <source>this is a compressed archive, not a spreadsheet; unpack it first</source>
            <translation>这是压缩包，不是电子表格；请先解压</translation>
        </message>
        <message>
            <source>this is a folder, not a file</source>
            <translation>这是文件夹，不是文件</translation>
        </message>
        <message>
            <source>this is a picture, not a spreadsheet</source>
            <translation>这是图片，不是电子表格</translation>
        </message>
        <message>
            <source>this is a text document, not a spreadsheet</source>
            <translation>这是文本文档，不是电子表格</translation>
        </message>
        <message>
            <source>this is a zip archive, not a spreadsheet</source>
            <translation>这是 zip 压缩包，不是电子表格</translation>
        </message>
        <message>
            <source>this is an Excel 2003 XML spreadsheet, which cannot be read; open it in Excel and save it as .xlsx</source>
            <translation>这是 Excel 2003 XML 表格，无法读取；请在 Excel 中打开并另存为 .xlsx</translation>
        </message>
        <message>
            <source>this is an Office file but not an Excel workbook</source>
            <translation>这是 Office 文件，但不是 Excel 工作簿</translation>
        </message>
        <message>
            <source>this is an XML file, not a spreadsheet</source>
            <translation>这是 XML 文件，不是电子表格</translation>
        </message>
        <message>
            <source>this is not a spreadsheet or a text (CSV) file</source>
            <translation>这不是电子表格，也不是文本（CSV）文件</translation>
        </message>
        <message>
            <source>{file}: {problem}</source>
            <translation>「{file}」：{problem}</translation>
        </message>
    </context>
    <context>
        <name>SheetTable</name>
        <message>
            <source> or </source>
            <translation>或</translation>
        </message>
        <message>
            <source>no header row found in the first {n} rows: no column for {fields}</source>
            <translation>前 {n} 行中找不到表头，缺少这些列：{fields}</translation>
        </message>
        <message>
            <source>{what} (a column named {words})</source>
            <translation>{what}（列名如 {words}）</translation>
        </message>
    </context>
</TS>
