<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>AddressCompany</name>
        <message>
            <source>you</source>
            <translation>贵司</translation>
        </message>
    </context>
    <context>
        <name>AddressPerson</name>
        <message>
            <source>you</source>
            <translation>您</translation>
        </message>
    </context>
    <context>
        <name>bank</name>
        <message>
            <source>A bank account has no field &apos;{field}&apos;</source>
            <translation>银行账户没有字段“{field}”</translation>
        </message>
        <message>
            <source>A bank line must be read from a statement (BankLineIn)</source>
            <translation>银行流水须从对账单读取（BankLineIn）</translation>
        </message>
        <message>
            <source>A book entry needs a description</source>
            <translation>账面记录须填写摘要</translation>
        </message>
        <message>
            <source>A match to a receipt already recorded names the receipt</source>
            <translation>匹配已录收款时须指明收款单</translation>
        </message>
        <message>
            <source>A reason is required to ignore a bank line</source>
            <translation>忽略银行流水须填写原因</translation>
        </message>
        <message>
            <source>A reason is required to unmatch a bank line</source>
            <translation>取消银行流水的匹配须填写原因</translation>
        </message>
        <message>
            <source>A reason is required to void a book entry</source>
            <translation>作废账面记录须填写原因</translation>
        </message>
        <message>
            <source>A reason is required to void the book entry of a booked line</source>
            <translation>作废已入账流水的账面记录须填写原因</translation>
        </message>
        <message>
            <source>Account name</source>
            <translation>账户名称</translation>
        </message>
        <message>
            <source>Account number</source>
            <translation>账号</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>启用</translation>
        </message>
        <message>
            <source>An allocation is an invoice and an amount</source>
            <translation>核销须写明应收单和金额</translation>
        </message>
        <message>
            <source>Bank</source>
            <translation>开户银行</translation>
        </message>
        <message>
            <source>Bank line {id} changed meanwhile; look again</source>
            <translation>银行流水 {id} 刚被他人改动，请重新查看</translation>
        </message>
        <message>
            <source>Bank line {id} is chosen twice</source>
            <translation>银行流水 {id} 选了两次</translation>
        </message>
        <message>
            <source>Bank line {id}: {message}</source>
            <translation>银行流水 {id}：{message}</translation>
        </message>
        <message>
            <source>Bank statement: {text}</source>
            <translation>银行流水：{text}</translation>
        </message>
        <message>
            <source>Book entry amount</source>
            <translation>账面记录金额</translation>
        </message>
        <message>
            <source>Book entry date</source>
            <translation>账面记录日期</translation>
        </message>
        <message>
            <source>Book entry {id} ({amount}) is not the same money as {line}</source>
            <translation>账面记录 {id}（{amount}）与{line}不是同一笔款项</translation>
        </message>
        <message>
            <source>Book entry {id} is linked to bank line {line} already</source>
            <translation>账面记录 {id} 已关联银行流水 {line}</translation>
        </message>
        <message>
            <source>Book entry {id} is of another bank account than {line}</source>
            <translation>账面记录 {id} 与{line}不属于同一银行账户</translation>
        </message>
        <message>
            <source>Book entry {id} is void</source>
            <translation>账面记录 {id} 已作废</translation>
        </message>
        <message>
            <source>Book entry {id} is void already</source>
            <translation>账面记录 {id} 已经作废</translation>
        </message>
        <message>
            <source>Column mapping</source>
            <translation>列对应关系</translation>
        </message>
        <message>
            <source>Import profile</source>
            <translation>导入格式</translation>
        </message>
        <message>
            <source>Invoice {number} is not open (status: {status})</source>
            <translation>应收单 {number} 不是未结状态（状态：{status}）</translation>
        </message>
        <message>
            <source>Name the customer, or the invoices the line pays</source>
            <translation>请指明客户，或该笔流水支付的应收单</translation>
        </message>
        <message>
            <source>No book entry {ref}</source>
            <translation>没有账面记录 {ref}</translation>
        </message>
        <message>
            <source>Nothing of {line} is left for invoice {number}</source>
            <translation>{line}已无余额可核销应收单 {number}</translation>
        </message>
        <message>
            <source>Opening balance per bank</source>
            <translation>银行期初余额</translation>
        </message>
        <message>
            <source>Opening balance per books</source>
            <translation>账面期初余额</translation>
        </message>
        <message>
            <source>Opening date</source>
            <translation>期初日期</translation>
        </message>
        <message>
            <source>Receipt {number} is already matched to bank line {id}</source>
            <translation>收款单 {number} 已匹配银行流水 {id}</translation>
        </message>
        <message>
            <source>Receipt {number} is reversed</source>
            <translation>收款单 {number} 已冲销</translation>
        </message>
        <message>
            <source>Receipt {number} is {amount}, not the amount of {line}</source>
            <translation>收款单 {number} 金额为 {amount}，与{line}的金额不符</translation>
        </message>
        <message>
            <source>Receipt {number} was not paid into the account of {line}</source>
            <translation>收款单 {number} 未登记收入{line}所在的账户</translation>
        </message>
        <message>
            <source>The account name is required</source>
            <translation>请填写账户名称</translation>
        </message>
        <message>
            <source>The account number is required</source>
            <translation>请填写账号</translation>
        </message>
        <message>
            <source>The amount must be more than zero, in fen</source>
            <translation>金额须大于零（以分为单位）</translation>
        </message>
        <message>
            <source>The bank account {name} is not active</source>
            <translation>银行账户 {name} 已停用</translation>
        </message>
        <message>
            <source>The column mapping is not a JSON object</source>
            <translation>列对应关系不是 JSON 对象</translation>
        </message>
        <message>
            <source>The column mapping is too long</source>
            <translation>列对应关系过长</translation>
        </message>
        <message>
            <source>The column mapping must be JSON text</source>
            <translation>列对应关系须为 JSON 文本</translation>
        </message>
        <message>
            <source>The count of rejected rows must be zero or more</source>
            <translation>被拒绝的行数须为零或以上</translation>
        </message>
        <message>
            <source>The count of rows read must be zero or more</source>
            <translation>读取的行数须为零或以上</translation>
        </message>
        <message>
            <source>The description</source>
            <translation>摘要</translation>
        </message>
        <message>
            <source>The file name</source>
            <translation>文件名</translation>
        </message>
        <message>
            <source>The file name is required</source>
            <translation>请提供文件名</translation>
        </message>
        <message>
            <source>The file&apos;s SHA-256 must be 64 hexadecimal digits</source>
            <translation>文件的 SHA-256 须为 64 位十六进制数字</translation>
        </message>
        <message>
            <source>The opening date must be a date</source>
            <translation>期初日期须为日期</translation>
        </message>
        <message>
            <source>The reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>The score must be a whole number from 0 to 100</source>
            <translation>匹配分须为 0 到 100 的整数</translation>
        </message>
        <message>
            <source>The sheet</source>
            <translation>工作表</translation>
        </message>
        <message>
            <source>The void date {date} is before the entry&apos;s date {entry_date}</source>
            <translation>作废日期 {date} 早于记录日期 {entry_date}</translation>
        </message>
        <message>
            <source>Unknown import profile &apos;{value}&apos;; choose one of: {names}</source>
            <translation>未知的导入格式“{value}”；可选：{names}</translation>
        </message>
        <message>
            <source>Unknown match rule &apos;{value}&apos;</source>
            <translation>未知的匹配规则“{value}”</translation>
        </message>
        <message>
            <source>Void date</source>
            <translation>作废日期</translation>
        </message>
        <message>
            <source>bank line {id} ({date}, {amount}, {name})</source>
            <translation>银行流水 {id}（{date}，{amount}，{name}）</translation>
        </message>
        <message>
            <source>{field} &apos;{value}&apos; is already used by the account {name}</source>
            <translation>{field}“{value}”已被账户 {name} 使用</translation>
        </message>
        <message>
            <source>{field} must be in fen (an integer)</source>
            <translation>{field}须以分为单位（整数）</translation>
        </message>
        <message>
            <source>{line} is already matched to receipt {number}</source>
            <translation>{line}已匹配收款单 {number}</translation>
        </message>
        <message>
            <source>{line} is booked in the books; void its book entry first</source>
            <translation>{line}已入账，请先作废其账面记录</translation>
        </message>
        <message>
            <source>{line} is ignored; restore it first</source>
            <translation>{line}已忽略，请先恢复</translation>
        </message>
        <message>
            <source>{line} is matched to a receipt; unmatch it instead</source>
            <translation>{line}已匹配收款单，请改为取消匹配</translation>
        </message>
        <message>
            <source>{line} is money paid out; an outgoing payment never becomes a receipt (book it instead)</source>
            <translation>{line}是付出的款项；支出流水不能生成收款单（请改为入账）</translation>
        </message>
        <message>
            <source>{line} is not matched</source>
            <translation>{line}未匹配</translation>
        </message>
        <message>
            <source>{line} is waiting already</source>
            <translation>{line}本就在待处理中</translation>
        </message>
        <message>
            <source>{new} new, {duplicates} already imported, {rejected} rejected</source>
            <translation>新增 {new} 条，已导入过 {duplicates} 条，拒绝 {rejected} 条</translation>
        </message>
    </context>
    <context>
        <name>db</name>
        <message>
            <source>Cannot open the database {where}: {error}</source>
            <translation>无法打开数据库 {where}：{error}</translation>
        </message>
        <message>
            <source>Cannot reach the database server {where}: {error}</source>
            <translation>无法连接数据库服务器 {where}：{error}</translation>
        </message>
        <message>
            <source>Cannot read {where}: {error}</source>
            <translation>无法读取 {where}：{error}</translation>
        </message>
        <message>
            <source>Migration step {version} ({name}) failed and was rolled back: {error}</source>
            <translation>数据库升级第 {version} 步（{name}）失败，已回滚：{error}</translation>
        </message>
        <message>
            <source>PostgreSQL support is not installed: install the &apos;postgres&apos; extra (psycopg).</source>
            <translation>未安装 PostgreSQL 支持：请安装“postgres”附加组件（psycopg）。</translation>
        </message>
        <message>
            <source>Reading or writing the books {where} failed (an input/output error: {error}), so nothing was saved. Check the disk or the network drive and try again.</source>
            <translation>读写账套 {where} 失败（输入/输出错误：{error}），未保存任何内容。请检查磁盘或网络驱动器后重试。</translation>
        </message>
        <message>
            <source>The backup copy {path} could not be made before upgrading the books ({reason}), so the upgrade did not start; the books are unchanged.</source>
            <translation>升级账套前无法制作备份副本 {path}（{reason}），因此没有开始升级；账套未作任何改动。</translation>
        </message>
        <message>
            <source>The books file {where} is damaged ({detail}) and cannot be read safely. Open the latest backup copy beside it (*.bak.sqlite3) or restore the file from your backups.</source>
            <translation>账套文件 {where} 已损坏（{detail}），无法安全读取。请打开同一文件夹中最新的备份副本（*.bak.sqlite3），或从您的备份中恢复该文件。</translation>
        </message>
        <message>
            <source>The books hold amounts too large to add up: {documents} (the most one document may carry is {limit}; an older version let them in). Void or reverse them, then enter them again within the limit.</source>
            <translation>账套中有金额过大、无法汇总的单据：{documents}（单张单据最多 {limit}；这些是旧版本录入的）。请将其作废或冲销，再在限额内重新录入。</translation>
        </message>
        <message>
            <source>The books hold an amount too large to add up (the most one document may carry is {limit}; an older version let it in). Void or reverse the document, then enter it again within the limit.</source>
            <translation>账套中有金额过大、无法汇总的单据（单张单据最多 {limit}；这是旧版本录入的）。请将该单据作废或冲销，再在限额内重新录入。</translation>
        </message>
        <message>
            <source>The books {where} already hold a record with the same key ({error}), so nothing was saved.</source>
            <translation>账套 {where} 中已有相同键值的记录（{error}），未保存任何内容。</translation>
        </message>
        <message>
            <source>The books {where} are in use by another program, which has held them locked for more than {seconds} seconds, so nothing was saved. Close the other program (or wait for it) and try again.</source>
            <translation>账套 {where} 正被其他程序使用，已被锁定超过 {seconds} 秒，未保存任何内容。请关闭该程序（或等待其完成）后重试。</translation>
        </message>
        <message>
            <source>The books {where} are read-only, and this program must upgrade them (schema version {have} to {newest}) before it can use them: make the file writable once so arapp can upgrade it (a backup copy is made first).</source>
            <translation>账套 {where} 是只读的，而本程序须先升级它（数据库结构版本 {have} 升到 {newest}）才能使用：请让该文件可写一次，以便 arapp 升级（升级前会先制作备份副本）。</translation>
        </message>
        <message>
            <source>The books {where} are read-only, so nothing was saved: reading works, writing does not. To write, make the file writable (or copy it to a folder you may write to).</source>
            <translation>账套 {where} 是只读的，未保存任何内容：可以查看，不能写入。如需写入，请让该文件可写（或把它复制到您有写权限的文件夹）。</translation>
        </message>
        <message>
            <source>The books {where} were changed by another user at the same moment; arapp tried {n} times and saved nothing. Please try again.</source>
            <translation>账套 {where} 同时被另一位用户修改；arapp 已尝试 {n} 次，未保存任何内容。请重试。</translation>
        </message>
        <message>
            <source>The database {where} refused the operation ({error}), so nothing was saved.</source>
            <translation>数据库 {where} 拒绝了此操作（{error}），未保存任何内容。</translation>
        </message>
        <message>
            <source>The disk holding the books {where} is full, so nothing was saved. Free some space and try again.</source>
            <translation>存放账套 {where} 的磁盘已满，未保存任何内容。请腾出空间后重试。</translation>
        </message>
        <message>
            <source>The folder {folder} does not exist, and arapp does not create folders: create it first, or choose another place for the books.</source>
            <translation>文件夹 {folder} 不存在，arapp 不会自动创建文件夹：请先创建它，或为账套选择其他位置。</translation>
        </message>
        <message>
            <source>There are no books at {where} (no such file, or an empty one). New books are made on purpose: run &apos;arapp init {where}&apos;, or use File → New books… in the window.</source>
            <translation>{where} 没有账套（文件不存在或为空）。新账套须明确新建：请运行 &apos;arapp init {where}&apos;，或在窗口中使用 文件 → 新建账套…。</translation>
        </message>
        <message>
            <source>There are no books at {where}: the folder {folder} does not exist. Check the path; new books are made on purpose, with &apos;arapp init PATH&apos; (or File → New books…) in a folder that exists.</source>
            <translation>{where} 没有账套：文件夹 {folder} 不存在。请检查路径；新账套须明确新建：在已存在的文件夹中运行 &apos;arapp init 路径&apos;（或使用 文件 → 新建账套…）。</translation>
        </message>
        <message>
            <source>These books have lost the record of their schema version (the schema_version table is missing), so arapp cannot tell how to read them. Open the latest backup copy instead; nothing was changed.</source>
            <translation>此账套丢失了数据库结构版本的记录（缺少 schema_version 表），arapp 无法判断如何读取它。请改为打开最新的备份副本；未作任何改动。</translation>
        </message>
        <message>
            <source>This database has schema version {have}, newer than this program knows ({newest}). Please install the newer version of arapp.</source>
            <translation>此数据库的结构版本为 {have}，比本程序支持的版本（{newest}）更新。请安装新版 arapp。</translation>
        </message>
        <message>
            <source>it is cut short</source>
            <translation>文件被截断</translation>
        </message>
        <message>
            <source>it is shorter than its header says: {size} of {expected} bytes</source>
            <translation>文件比其文件头所记的短：只有 {size} 字节，应为 {expected} 字节</translation>
        </message>
        <message>
            <source>the copy failed its integrity check: {verdict}</source>
            <translation>副本未通过完整性检查：{verdict}</translation>
        </message>
        <message>
            <source>the disk is full</source>
            <translation>磁盘已满</translation>
        </message>
        <message>
            <source>{where} already holds arapp books; nothing was changed. Open them with --db (or File → Open books… in the window).</source>
            <translation>{where} 已经是 arapp 账套，未作任何改动。请用 --db 打开它（或在窗口中使用 文件 → 打开账套…）。</translation>
        </message>
        <message>
            <source>{where} is a folder, not a books file.</source>
            <translation>{where} 是文件夹，不是账套文件。</translation>
        </message>
        <message>
            <source>{where} is not a database file (it is not SQLite, or its first page is destroyed). arapp changed nothing.</source>
            <translation>{where} 不是数据库文件（不是 SQLite 文件，或其首页已损坏）。arapp 没有改动它。</translation>
        </message>
        <message>
            <source>{where} is not arapp books: it is another program&apos;s database (tables: {tables}). arapp opens only its own books and changed nothing.</source>
            <translation>{where} 不是 arapp 账套：它是其他程序的数据库（表：{tables}）。arapp 只打开自己的账套，没有改动它。</translation>
        </message>
    </context>
    <context>
        <name>demo</name>
        <message>
            <source>The database already has {count} customers; demo data goes only into an empty database</source>
            <translation type="vanished">数据库中已有 {count} 个客户；演示数据只能写入空数据库</translation>
        </message>
        <message numerus="yes">
            <source>The database already has {n} customer; demo data goes only into an empty database</source>
            <comment>The database already has {n} customers; demo data goes only into an empty database</comment>
            <translation>
                <numerusform>数据库中已有 {n} 个客户；演示数据只能写入空数据库</numerusform>
            </translation>
        </message>
        <message>
            <source>The demo build was cancelled; nothing was written</source>
            <translation>已取消生成演示数据，未写入任何内容</translation>
        </message>
        <message>
            <source>The number of customers must be from 1 to 1,000,000</source>
            <translation>客户数必须在 1 到 1,000,000 之间</translation>
        </message>
        <message>
            <source>The number of years must be from 1 to 30</source>
            <translation>年数必须在 1 到 30 之间</translation>
        </message>
    </context>
    <context>
        <name>late_fees</name>
        <message>
            <source>The grace days &apos;{value}&apos; must be a whole number from 0 to {most}</source>
            <translation>宽限天数“{value}”必须是 0 到 {most} 之间的整数</translation>
        </message>
        <message>
            <source>The late-fee rate &apos;{value}&apos; is not a number</source>
            <translation>违约金比例“{value}”不是数字</translation>
        </message>
        <message>
            <source>The late-fee rate &apos;{value}&apos; is not a number of per mille a day, such as 0.5</source>
            <translation>违约金比例“{value}”不是每日千分比数字，例如 0.5</translation>
        </message>
        <message>
            <source>The late-fee rate {value}‰ has more than {places} decimals</source>
            <translation>违约金比例 {value}‰ 的小数超过 {places} 位</translation>
        </message>
        <message>
            <source>The late-fee rate {value}‰ must be above 0 and at most {most}‰ a day</source>
            <translation>违约金比例 {value}‰ 必须大于 0 且每日不超过 {most}‰</translation>
        </message>
    </context>
    <context>
        <name>letters</name>
        <message>
            <source> (in capitals: {words})</source>
            <translation>（大写：{words}）</translation>
        </message>
        <message>
            <source> The late fee on an invoice is at most its unpaid amount.</source>
            <translation>每笔款项的违约金以其未付金额为限。</translation>
        </message>
        <message>
            <source>A message is sent by sms or wechat, not {method}</source>
            <translation>消息只能通过短信或微信发送，不能通过 {method}</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <source>As agreed, overdue amounts bear a late fee of {rate}‰ a day from the day after the due date; to {date} the late fees come to CNY {fee}{fee_capitals}, included in the amount due below.</source>
            <translation>根据双方约定，逾期款项自到期日次日起按每日{rate}‰计收违约金。截至{date}，违约金合计人民币{fee}元{fee_capitals}，已计入下列应付金额。</translation>
        </message>
        <message>
            <source>As agreed, overdue amounts bear a late fee of {rate}‰ a day once a grace of {grace} days after the due date has passed; to {date} the late fees come to CNY {fee}{fee_capitals}, included in the amount due below.</source>
            <translation>根据双方约定，逾期款项在到期日后{grace}天宽限期满后按每日{rate}‰计收违约金。截至{date}，违约金合计人民币{fee}元{fee_capitals}，已计入下列应付金额。</translation>
        </message>
        <message>
            <source>Days overdue</source>
            <translation>逾期天数</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>到期日</translation>
        </message>
        <message>
            <source>Invoice</source>
            <translation>单据号</translation>
        </message>
        <message>
            <source>Issued</source>
            <translation>开单日期</translation>
        </message>
        <message>
            <source>Late fee</source>
            <translation>违约金</translation>
        </message>
        <message>
            <source>Letters {date}</source>
            <translation>催款函件 {date}</translation>
        </message>
        <message>
            <source>Name the letter to make</source>
            <translation>请指定要生成的函件</translation>
        </message>
        <message>
            <source>Task {id} belongs to another customer</source>
            <translation>任务 {id} 属于另一个客户</translation>
        </message>
        <message>
            <source>Task {id} sends no letter at its level; name the letter to make</source>
            <translation>任务 {id} 所在级别不发函件；请指定要生成的函件</translation>
        </message>
        <message>
            <source>The letter&apos;s date</source>
            <translation>函件日期</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>合计</translation>
        </message>
        <message>
            <source>Unknown letter: {code}</source>
            <translation>未知的函件：{code}</translation>
        </message>
        <message>
            <source>Unpaid</source>
            <translation>未付金额</translation>
        </message>
        <message>
            <source>{customer} has nothing coming due after {date}: no {letter} to make</source>
            <translation>{customer} 在 {date} 之后没有将要到期的款项，无需出具{letter}</translation>
        </message>
        <message>
            <source>{customer} has nothing overdue on {date}: no {letter} to make</source>
            <translation>{customer} 截至 {date} 没有逾期款项，无需出具{letter}</translation>
        </message>
        <message>
            <source>{title} (version {version}) made</source>
            <translation>{title}（第{version}版）已生成</translation>
        </message>
    </context>
    <context>
        <name>limits</name>
        <message>
            <source>Line {line}: the quantity &apos;{value}&apos; is not a number in digits (write it like 12 or 2.5)</source>
            <translation>第 {line} 行：数量“{value}”不是用数字写的数（请写成 12 或 2.5 这样）</translation>
        </message>
        <message>
            <source>Line {line}: the quantity {value} has more than three decimals</source>
            <translation>第 {line} 行：数量 {value} 超过三位小数</translation>
        </message>
        <message>
            <source>Line {line}: the quantity {value} is more than the largest quantity, {limit}</source>
            <translation>第 {line} 行：数量 {value} 超过最大数量 {limit}</translation>
        </message>
        <message>
            <source>Line {line}: the quantity {value} must be more than zero</source>
            <translation>第 {line} 行：数量 {value} 必须大于零</translation>
        </message>
        <message>
            <source>The billing period &apos;{text}&apos; is not a month or a quarter; write it like 2026-11 or 2026-Q4</source>
            <translation>所属期间“{text}”不是月份或季度；请写成 2026-11 或 2026-Q4</translation>
        </message>
        <message>
            <source>The billing period {period} is outside the dates these books accept, {earliest} to {latest}</source>
            <translation>所属期间 {period} 不在本账套接受的日期范围内（{earliest} 至 {latest}）</translation>
        </message>
        <message>
            <source>The due date {due} is before the issue date {issue}</source>
            <translation>到期日 {due} 早于开单日期 {issue}</translation>
        </message>
        <message>
            <source>The due date {due} is more than {days} days after the issue date {issue}</source>
            <translation>到期日 {due} 比开单日期 {issue} 晚了 {days} 天以上</translation>
        </message>
        <message>
            <source>{amount} is more than the largest amount one document may carry, {limit}</source>
            <translation>{amount} 超过单张单据的最大金额 {limit}</translation>
        </message>
        <message>
            <source>{what} {date} is outside the dates these books accept, {earliest} to {latest} (an administrator can change this in Settings)</source>
            <translation>{what} {date} 不在本账套接受的日期范围内（{earliest} 至 {latest}；管理员可在“设置”中修改）</translation>
        </message>
        <message>
            <source>{what}: {amount} is more than the largest amount one document may carry, {limit}</source>
            <translation>{what}：{amount} 超过单张单据的最大金额 {limit}</translation>
        </message>
    </context>
    <context>
        <name>matching</name>
        <message>
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <source>; </source>
            <translation>；</translation>
        </message>
        <message>
            <source>Only the amount fits invoice {number}; {n} customers have an open invoice of this amount</source>
            <translation>仅金额与应收单 {number} 相符；共有 {n} 位客户有此金额的未收应收单</translation>
        </message>
        <message>
            <source>Only the amount fits: invoice {number} is the one open invoice of this amount</source>
            <translation>仅金额相符：应收单 {number} 是唯一此金额的未收应收单</translation>
        </message>
        <message>
            <source>Several sets of open invoices add up to the amount; the oldest set is proposed ({numbers})</source>
            <translation>有多组未收应收单合计等于此金额，建议最早的一组（{numbers}）</translation>
        </message>
        <message>
            <source>The amount fits no set of open invoices: proposed oldest first</source>
            <translation>金额与未收应收单对不上，按最早到期顺序核销</translation>
        </message>
        <message>
            <source>The amount is more than the quoted invoices have open</source>
            <translation>金额多于所列应收单的未收金额</translation>
        </message>
        <message>
            <source>The amount is the open amount of invoice {number}</source>
            <translation>金额等于应收单 {number} 的未收金额</translation>
        </message>
        <message>
            <source>The amount is the sum of the {n} oldest open invoices</source>
            <translation>金额等于最早 {n} 张未收应收单的合计</translation>
        </message>
        <message>
            <source>The amount is the sum of {n} open invoices ({numbers})</source>
            <translation>金额等于 {n} 张未收应收单（{numbers}）的合计</translation>
        </message>
        <message>
            <source>The amount pays part of the quoted invoices</source>
            <translation>金额只付了所列应收单的一部分</translation>
        </message>
        <message>
            <source>The customer has nothing open: all of it would be credit</source>
            <translation>该客户没有未收应收单，全部作为预收</translation>
        </message>
        <message>
            <source>The description quotes customer code {code}</source>
            <translation>摘要含客户编号 {code}</translation>
        </message>
        <message>
            <source>The description quotes invoice {numbers}</source>
            <translation>摘要含应收单号 {numbers}</translation>
        </message>
        <message>
            <source>The line points at other customers too</source>
            <translation>此笔流水还指向其他客户</translation>
        </message>
        <message>
            <source>The payer&apos;s account is one of the customer&apos;s bank accounts</source>
            <translation>付款账号为客户登记的银行账号</translation>
        </message>
        <message>
            <source>The payer&apos;s account was confirmed for this customer in an earlier match</source>
            <translation>付款账号在以往匹配中已确认属于该客户</translation>
        </message>
        <message>
            <source>The payer&apos;s name is one of the customer&apos;s aliases</source>
            <translation>付款户名与客户别名一致</translation>
        </message>
        <message>
            <source>The payer&apos;s name is the customer&apos;s name</source>
            <translation>付款户名与客户名称一致</translation>
        </message>
        <message>
            <source>The purpose quotes customer code {code}</source>
            <translation>用途含客户编号 {code}</translation>
        </message>
        <message>
            <source>The purpose quotes invoice {numbers}</source>
            <translation>用途含应收单号 {numbers}</translation>
        </message>
        <message>
            <source>The reference quotes customer code {code}</source>
            <translation>参考号含客户编号 {code}</translation>
        </message>
        <message>
            <source>The reference quotes invoice {numbers}</source>
            <translation>参考号含应收单号 {numbers}</translation>
        </message>
        <message>
            <source>{amount} is left as the customer&apos;s credit</source>
            <translation>余 {amount} 作为客户预收</translation>
        </message>
        <message>
            <source>{number} (nothing open)</source>
            <translation>{number}（已无未收金额）</translation>
        </message>
        <message>
            <source>{number} (old ledger number of {own})</source>
            <translation>{number}（旧台账单号，即 {own}）</translation>
        </message>
        <message>
            <source>{n} customers go by this name</source>
            <translation>共有 {n} 位客户用此名称</translation>
        </message>
        <message>
            <source>{n} open invoices have this amount; the oldest is proposed</source>
            <translation>有 {n} 张未收应收单为此金额，建议最早的一张</translation>
        </message>
    </context>
    <context>
        <name>onboarding</name>
        <message>
            <source>&apos;{text}&apos; is not a whole number of days</source>
            <translation>“{text}”不是整数天数</translation>
        </message>
        <message>
            <source>&apos;{value}&apos; is not a bank account number (4 to 40 digits or letters)</source>
            <translation>“{value}”不是银行账号（应为 4 至 40 位数字或字母）</translation>
        </message>
        <message>
            <source>&apos;{value}&apos; is not an e-mail address</source>
            <translation>“{value}”不是有效的电子邮箱地址</translation>
        </message>
        <message>
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <source>A contact person needs a name</source>
            <translation>联系人须填写姓名</translation>
        </message>
        <message>
            <source>A customer code has no spaces</source>
            <translation>客户编号中不能有空格</translation>
        </message>
        <message>
            <source>A customer named {name} is in the books already ({code}); give a code to add another</source>
            <translation>账套中已有名为 {name} 的客户（{code}）；如要另建，请填写客户编号</translation>
        </message>
        <message>
            <source>A grouping of your own.</source>
            <translation>自定义的客户分组。</translation>
        </message>
        <message>
            <source>A month (2026-11) or a quarter (2026-Q4).</source>
            <translation>月份（2026-11）或季度（2026-Q4）。</translation>
        </message>
        <message>
            <source>Account name</source>
            <translation>账户名称</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>地址</translation>
        </message>
        <message>
            <source>Advance received (opening balance)</source>
            <translation>期初预收款</translation>
        </message>
        <message>
            <source>Aliases</source>
            <translation>别名</translation>
        </message>
        <message>
            <source>An amount in yuan; empty: no limit. Setting a limit is a manager&apos;s decision: only a manager may import a file that sets one.</source>
            <translation>金额（元）；留空表示不设额度。信用额度由经理决定：只有经理可以导入填写了信用额度的文件。</translation>
        </message>
        <message>
            <source>An e-mail address for statements and letters.</source>
            <translation>接收对账单和催款函的电子邮箱。</translation>
        </message>
        <message>
            <source>An open invoice needs its issue date</source>
            <translation>未收应收单须填写开单日期</translation>
        </message>
        <message>
            <source>Anything else about the customer.</source>
            <translation>关于该客户的其他说明。</translation>
        </message>
        <message>
            <source>At most 40 characters, no spaces. Left empty, the customer gets the next code (C000123). A code already in the books is refused.</source>
            <translation>最多 40 个字符，不含空格。留空则自动编号（C000123）。账套中已有的编号会被拒绝。</translation>
        </message>
        <message>
            <source>Bank</source>
            <translation>开户行</translation>
        </message>
        <message>
            <source>Bank account number</source>
            <translation>银行账号</translation>
        </message>
        <message>
            <source>Billing period</source>
            <translation>所属期间</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>客户分类</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>列名</translation>
        </message>
        <message>
            <source>Contact e-mail</source>
            <translation>联系人邮箱</translation>
        </message>
        <message>
            <source>Contact person</source>
            <translation>联系人</translation>
        </message>
        <message>
            <source>Contact phone</source>
            <translation>联系人电话</translation>
        </message>
        <message>
            <source>Contact title</source>
            <translation>联系人职务</translation>
        </message>
        <message>
            <source>Credit limit</source>
            <translation>信用额度</translation>
        </message>
        <message>
            <source>Customer code</source>
            <translation>客户编号</translation>
        </message>
        <message>
            <source>Customer import template</source>
            <translation>客户资料导入模板</translation>
        </message>
        <message>
            <source>Customer name</source>
            <translation>客户名称</translation>
        </message>
        <message>
            <source>Customer type</source>
            <translation>客户类型</translation>
        </message>
        <message>
            <source>Customer {code} has an opening balance on row {row} already; give one row per customer, or the invoices with their numbers</source>
            <translation>客户 {code} 的期初余额已在第 {row} 行；每个客户只填一行期初余额，或逐张填写带原单号的应收单</translation>
        </message>
        <message>
            <source>Customer {code} is in the books already ({name})</source>
            <translation>客户 {code} 已在账套中（{name}）</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>摘要</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>到期日</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>电子邮箱</translation>
        </message>
        <message>
            <source>Empty: the issue date plus the terms of this row, else the customer&apos;s terms.</source>
            <translation>留空则按开单日期加本行账期计算，本行未填账期时按客户的账期。</translation>
        </message>
        <message>
            <source>Example Trading</source>
            <translation>示例商贸</translation>
        </message>
        <message>
            <source>Example Trading Co., Ltd.</source>
            <translation>示例商贸有限公司</translation>
        </message>
        <message>
            <source>Example row: delete it before importing</source>
            <translation>示例行：导入前请删除</translation>
        </message>
        <message>
            <source>Fill one row per {what} under the header; the row under the header is an example: delete it. Columns may be in any order, and columns the program does not know are left alone.</source>
            <translation>在表头下每行填写一个{what}；表头下的第一行是示例，请删除。各列顺序不限，程序不认识的列会被忽略。</translation>
        </message>
        <message>
            <source>Finance manager</source>
            <translation>财务经理</translation>
        </message>
        <message>
            <source>ICBC Shanghai Branch</source>
            <translation>工商银行上海分行</translation>
        </message>
        <message>
            <source>Invoice number</source>
            <translation type="obsolete">应收单号</translation>
        </message>
        <message>
            <source>Invoice {number} of the old ledger</source>
            <translation>原台账应收单 {number}</translation>
        </message>
        <message>
            <source>Issue date</source>
            <translation>开单日期</translation>
        </message>
        <message>
            <source>No customer named {name} in the books; import the customer file first, or give the customer code</source>
            <translation>账套中没有名为 {name} 的客户；请先导入客户资料，或填写客户编号</translation>
        </message>
        <message>
            <source>No customer with the code {code} in the books; import the customer file first</source>
            <translation>账套中没有编号为 {code} 的客户；请先导入客户资料</translation>
        </message>
        <message>
            <source>No. 1 Example Road, Shanghai</source>
            <translation>上海市示例路1号</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Nothing is imported while any row is refused: each refusal names its row, its column and the reason.</source>
            <translation>只要有一行被拒绝，整个文件都不导入：每条拒绝都会指明行号、列名和原因。</translation>
        </message>
        <message>
            <source>Old ledger number</source>
            <translation>原单号</translation>
        </message>
        <message>
            <source>One of: {kinds} (empty: {default}).</source>
            <translation>可填：{kinds}（留空为{default}）。</translation>
        </message>
        <message>
            <source>Open amount</source>
            <translation>未收金额</translation>
        </message>
        <message>
            <source>Opening balance</source>
            <translation>期初余额</translation>
        </message>
        <message>
            <source>Optional</source>
            <translation>选填</translation>
        </message>
        <message>
            <source>Other names the customer pays under, as on bank statements ({split}).</source>
            <translation>客户付款时使用的其他名称，即银行流水上的户名（{split}）。</translation>
        </message>
        <message>
            <source>Payment terms (days)</source>
            <translation>账期（天）</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>Read when the code is empty: the customer&apos;s name or alias, naming one customer.</source>
            <translation>客户编号为空时按此列查找：客户名称或别名，须只对应一个客户。</translation>
        </message>
        <message>
            <source>Receivable ledger import template</source>
            <translation>应收台账导入模板</translation>
        </message>
        <message>
            <source>Required</source>
            <translation>必填</translation>
        </message>
        <message>
            <source>Required (or the name)</source>
            <translation>必填（或填客户名称）</translation>
        </message>
        <message>
            <source>Required for an invoice</source>
            <translation>应收单必填</translation>
        </message>
        <message>
            <source>Required?</source>
            <translation>是否必填</translation>
        </message>
        <message>
            <source>Taxpayer id</source>
            <translation>纳税人识别号</translation>
        </message>
        <message>
            <source>Terms (days)</source>
            <translation>账期（天）</translation>
        </message>
        <message>
            <source>The accounts the customer pays from (several separated by ;). An account belongs to one customer; payments from it are recognised when bank statements are matched.</source>
            <translation>客户付款使用的账号（多个用 ; 分隔）。一个账号只属于一个客户；匹配银行流水时据此识别付款客户。</translation>
        </message>
        <message>
            <source>The address letters go to.</source>
            <translation>信函的寄送地址。</translation>
        </message>
        <message>
            <source>The advance {number} of customer {code} was imported already</source>
            <translation>客户 {code} 的预收款 {number} 已导入过</translation>
        </message>
        <message>
            <source>The amount is empty</source>
            <translation>金额为空</translation>
        </message>
        <message>
            <source>The amount is not an amount in fen</source>
            <translation>金额不是以分计的整数</translation>
        </message>
        <message>
            <source>The amount is zero: nothing is owed</source>
            <translation>金额为零：没有欠款</translation>
        </message>
        <message>
            <source>The bank account {account} belongs to customer {code} already</source>
            <translation>银行账号 {account} 已属于客户 {code}</translation>
        </message>
        <message>
            <source>The bank account {account} is on row {row} already</source>
            <translation>银行账号 {account} 已在第 {row} 行出现</translation>
        </message>
        <message>
            <source>The bank of the account.</source>
            <translation>账户的开户行。</translation>
        </message>
        <message>
            <source>The code of a customer in the books: import the customer file first.</source>
            <translation>账套中客户的编号：请先导入客户资料。</translation>
        </message>
        <message>
            <source>The code {code} is on row {row} already</source>
            <translation>编号 {code} 已在第 {row} 行出现</translation>
        </message>
        <message>
            <source>The contact person&apos;s e-mail.</source>
            <translation>联系人的电子邮箱。</translation>
        </message>
        <message>
            <source>The contact person&apos;s phone.</source>
            <translation>联系人的电话。</translation>
        </message>
        <message>
            <source>The contact person&apos;s title.</source>
            <translation>联系人的职务。</translation>
        </message>
        <message>
            <source>The credit limit must be zero or more</source>
            <translation>信用额度不能为负数</translation>
        </message>
        <message>
            <source>The customer name is empty</source>
            <translation>客户名称为空</translation>
        </message>
        <message>
            <source>The customer {name} is on row {row} already</source>
            <translation>客户 {name} 已在第 {row} 行出现</translation>
        </message>
        <message>
            <source>The customer&apos;s full name. Without a code, a name already in the books is refused.</source>
            <translation>客户全称。未填编号时，账套中已有的名称会被拒绝。</translation>
        </message>
        <message>
            <source>The customer&apos;s phone.</source>
            <translation>客户的电话。</translation>
        </message>
        <message>
            <source>The date {date} is after the day the balances were taken, {as_of}</source>
            <translation>日期 {date} 晚于余额截止日 {as_of}</translation>
        </message>
        <message>
            <source>The day the balances were taken</source>
            <translation>余额截止日</translation>
        </message>
        <message>
            <source>The day the balances were taken, {date}, is after today ({today})</source>
            <translation>余额截止日 {date} 晚于今天（{today}）</translation>
        </message>
        <message>
            <source>The file has no rows to import; nothing was imported.</source>
            <translation>文件中没有可导入的行；未导入任何内容。</translation>
        </message>
        <message>
            <source>The invoice number {number} of customer {code} was imported already (it is {ours} in these books)</source>
            <translation>客户 {code} 的原单号 {number} 已导入过（本账套中为 {ours}）</translation>
        </message>
        <message>
            <source>The invoice number {number} of this customer is on row {row} already</source>
            <translation>该客户的原单号 {number} 已在第 {row} 行出现</translation>
        </message>
        <message>
            <source>The invoice&apos;s number in the old ledger: kept, shown and searchable (customers quote it in payment notes); the invoice gets the program&apos;s own number as well. Empty: the row is the customer&apos;s opening balance, one row per customer.</source>
            <translation>应收单在原台账中的单号：会保留、显示并可搜索（客户付款附言中常引用）；导入后另有本程序的应收单号。留空表示该行是客户的期初余额，每个客户一行。</translation>
        </message>
        <message>
            <source>The issue date is not a date</source>
            <translation>开单日期不是日期</translation>
        </message>
        <message>
            <source>The name on the account (empty: the customer&apos;s name).</source>
            <translation>账户上的户名（留空为客户名称）。</translation>
        </message>
        <message>
            <source>The name {name} belongs to more than one customer ({codes}); give the customer code</source>
            <translation>名称 {name} 对应多个客户（{codes}）；请填写客户编号</translation>
        </message>
        <message>
            <source>The number {number} of this customer is on row {row} already</source>
            <translation>该客户的单号 {number} 已在第 {row} 行出现</translation>
        </message>
        <message>
            <source>The opening balance of customer {code} was imported already</source>
            <translation>客户 {code} 的期初余额已导入过</translation>
        </message>
        <message>
            <source>The payment terms must be a whole number of days from 0 to {most}</source>
            <translation>账期须为 0 至 {most} 的整数天数</translation>
        </message>
        <message>
            <source>The primary contact person (needed when a contact&apos;s phone, title or e-mail is given).</source>
            <translation>主要联系人（填写了联系人电话、职务或邮箱时必填）。</translation>
        </message>
        <message>
            <source>The row names no customer (code or name)</source>
            <translation>该行没有填写客户（编号或名称）</translation>
        </message>
        <message>
            <source>The taxpayer id (统一社会信用代码).</source>
            <translation>纳税人识别号（统一社会信用代码）。</translation>
        </message>
        <message>
            <source>The terms must be a whole number of days from 0 to {most}</source>
            <translation>账期须为 0 至 {most} 的整数天数</translation>
        </message>
        <message>
            <source>This is the template&apos;s example row; delete it</source>
            <translation>这是模板的示例行，请删除</translation>
        </message>
        <message>
            <source>Trade customers</source>
            <translation>贸易客户</translation>
        </message>
        <message>
            <source>Unknown customer type &apos;{value}&apos;</source>
            <translation>未知的客户类型“{value}”</translation>
        </message>
        <message>
            <source>Unknown template &apos;{which}&apos;: customers or ledger</source>
            <translation>未知的模板“{which}”：应为 customers 或 ledger</translation>
        </message>
        <message>
            <source>User {user} ({role}) may not set credit limits (column {column}, rows {rows}): that is a manager&apos;s decision (credit.approve). Leave the column empty, or let a manager import the file.</source>
            <translation>用户 {user}（{role}）不能设置信用额度（{column} 列，第 {rows} 行）：信用额度由经理决定（credit.approve）。请清空该列，或由经理导入此文件。</translation>
        </message>
        <message>
            <source>What each column takes</source>
            <translation>各列填写说明</translation>
        </message>
        <message>
            <source>What is still owed, in yuan. A negative amount is an advance received (预收): it becomes the customer&apos;s credit, to apply to invoices later.</source>
            <translation>尚未收回的金额（元）。负数表示预收款：记为客户的预收余额，之后可冲抵应收单。</translation>
        </message>
        <message>
            <source>What it takes</source>
            <translation>填写说明</translation>
        </message>
        <message>
            <source>What the invoice was for (empty for an opening balance: 期初余额).</source>
            <translation>应收单的内容（期初余额可留空，默认为“期初余额”）。</translation>
        </message>
        <message>
            <source>Whole days from 0 to {most} (empty: 30). A ledger invoice without a due date is due this many days after its issue date.</source>
            <translation>0 至 {most} 的整数天数（留空为 30）。台账中未填到期日的应收单，按开单日期加此天数到期。</translation>
        </message>
        <message>
            <source>Whole days from 0 to {most}, for a row without a due date.</source>
            <translation>0 至 {most} 的整数天数，用于未填到期日的行。</translation>
        </message>
        <message>
            <source>Written like 2026-11-05, 2026/11/5 or 2026年11月5日. An opening balance without it is dated the day the balances were taken.</source>
            <translation>写法如 2026-11-05、2026/11/5 或 2026年11月5日。期初余额未填时记在余额截止日。</translation>
        </message>
        <message>
            <source>Zhang San</source>
            <translation>张三</translation>
        </message>
        <message>
            <source>customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <source>invoice or opening balance</source>
            <translation>应收单或期初余额</translation>
        </message>
        <message>
            <source>several separated by ; or 、</source>
            <translation>多个用 ; 或 、 分隔</translation>
        </message>
        <message>
            <source>{file}, sheet 「{sheet}」: {problem}</source>
            <translation>{file}，工作表「{sheet}」：{problem}</translation>
        </message>
        <message numerus="yes">
            <source>{n} row was refused (its row, column and reason are listed); nothing was imported. Correct the file, or import the other rows without it.</source>
            <comment>{n} rows were refused (their rows, columns and reasons are listed); nothing was imported. Correct the file, or import the other rows without them.</comment>
            <translation>
                <numerusform>有 {n} 行被拒绝（已列出行号、列名和原因）；未导入任何内容。请修改文件，或跳过这些行导入其余的行。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>outbox</name>
        <message>
            <source>&apos;{value}&apos; is not an e-mail address</source>
            <translation>“{value}”不是有效的电子邮箱地址</translation>
        </message>
        <message>
            <source>Address: {address}</source>
            <translation>地址：{address}</translation>
        </message>
        <message>
            <source>Amount applied</source>
            <translation>本次收款金额</translation>
        </message>
        <message>
            <source>Amount: {amount}</source>
            <translation>金额（小写）：{amount}</translation>
        </message>
        <message>
            <source>Cannot connect to the mail server {where}: {detail}</source>
            <translation>无法连接邮件服务器 {where}：{detail}</translation>
        </message>
        <message>
            <source>Cannot find the mail server {host}: check the server name</source>
            <translation>找不到邮件服务器 {host}：请检查服务器名称</translation>
        </message>
        <message>
            <source>Cannot write into {path}: it is not a folder</source>
            <translation>无法写入 {path}：它不是文件夹</translation>
        </message>
        <message>
            <source>Cashier: {name}</source>
            <translation>收款人：{name}</translation>
        </message>
        <message>
            <source>Connected to {where} (no login set).</source>
            <translation>已连接 {where}（未设置登录名）。</translation>
        </message>
        <message>
            <source>Connected to {where} and logged in as {user}.</source>
            <translation>已连接 {where}，并以 {user} 登录成功。</translation>
        </message>
        <message>
            <source>Customer {code} {name} has no e-mail address (neither the customer nor a contact person): add one to send {title}</source>
            <translation>客户 {code} {name} 没有电子邮箱（客户和联系人均未填写）：请先补充邮箱再发送{title}</translation>
        </message>
        <message>
            <source>Customer&apos;s copy</source>
            <translation>第二联 客户联</translation>
        </message>
        <message>
            <source>Date: {date}</source>
            <translation>日期：{date}</translation>
        </message>
        <message>
            <source>Dear {customer},

please find attached {title}.

{company}
{phone}</source>
            <translation>{customer}：

您好！附件是{title}，请查收。

{company}
{phone}</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>到期日</translation>
        </message>
        <message>
            <source>In words (RMB): {words}</source>
            <translation>人民币（大写）：{words}</translation>
        </message>
        <message>
            <source>Invoice</source>
            <translation>应收单号</translation>
        </message>
        <message>
            <source>Issue date</source>
            <translation>开单日期</translation>
        </message>
        <message>
            <source>Memo: {memo}</source>
            <translation>备注：{memo}</translation>
        </message>
        <message>
            <source>Method: {method}</source>
            <translation>付款方式：{method}</translation>
        </message>
        <message>
            <source>No mail server is set: set the SMTP settings first</source>
            <translation>尚未设置邮件服务器：请先填写 SMTP 设置</translation>
        </message>
        <message>
            <source>No secure connection to {where} ({detail}); check the connection security (SSL or STARTTLS) and the port</source>
            <translation>无法与 {where} 建立加密连接（{detail}）；请检查加密方式（SSL 或 STARTTLS）和端口</translation>
        </message>
        <message>
            <source>No sender address is set: set the SMTP settings first</source>
            <translation>尚未设置发件人地址：请先填写 SMTP 设置</translation>
        </message>
        <message>
            <source>No. {number}</source>
            <translation>编号：{number}</translation>
        </message>
        <message>
            <source>Not sent: cancelled</source>
            <translation>未发送：已取消</translation>
        </message>
        <message>
            <source>Prepayment (kept as credit)</source>
            <translation>预收款（存入客户余额）</translation>
        </message>
        <message>
            <source>RECEIPT</source>
            <translation>收　据</translation>
        </message>
        <message>
            <source>Receipt {number}</source>
            <translation>收据 {number}</translation>
        </message>
        <message>
            <source>Receipt {number} {customer}</source>
            <translation>收据 {number} {customer}</translation>
        </message>
        <message>
            <source>Receipts {date}</source>
            <translation>收据 {date}</translation>
        </message>
        <message>
            <source>Received by (seal): {company}</source>
            <translation>收款单位（盖章）：{company}</translation>
        </message>
        <message>
            <source>Received from: {payer}</source>
            <translation>交款单位/人：{payer}</translation>
        </message>
        <message>
            <source>Reference: {reference}</source>
            <translation>付款参考号：{reference}</translation>
        </message>
        <message>
            <source>Sent to {to}</source>
            <translation>已发送至 {to}</translation>
        </message>
        <message>
            <source>Sent to {to}, but the contact could not be logged: {why}</source>
            <translation>已发送至 {to}，但未能记录联络：{why}</translation>
        </message>
        <message>
            <source>Stub</source>
            <translation>第一联 存根</translation>
        </message>
        <message>
            <source>The mail could not be sent: {detail}</source>
            <translation>邮件未能发送：{detail}</translation>
        </message>
        <message>
            <source>The mail server refused the recipient {to}: {reply}</source>
            <translation>邮件服务器拒绝了收件人 {to}：{reply}</translation>
        </message>
        <message>
            <source>The mail server refused the sender address {sender}: {reply}</source>
            <translation>邮件服务器拒绝了发件人地址 {sender}：{reply}</translation>
        </message>
        <message>
            <source>The mail server {where} closed the connection: {detail}</source>
            <translation>邮件服务器 {where} 断开了连接：{detail}</translation>
        </message>
        <message>
            <source>The mail server {where} did not answer within {seconds} seconds</source>
            <translation>邮件服务器 {where} 在 {seconds} 秒内没有响应</translation>
        </message>
        <message>
            <source>The mail server {where} does not offer what the settings ask for ({detail}); check the connection security</source>
            <translation>邮件服务器 {where} 不支持设置所要求的功能（{detail}）；请检查加密方式</translation>
        </message>
        <message>
            <source>The mail server {where} refused the login of user {user}: {reply}</source>
            <translation>邮件服务器 {where} 拒绝了用户 {user} 的登录：{reply}</translation>
        </message>
        <message>
            <source>The mail server {where} refused the mail: {reply}</source>
            <translation>邮件服务器 {where} 拒收了邮件：{reply}</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>合计</translation>
        </message>
        <message>
            <source>Unit: {unit}</source>
            <translation>房号：{unit}</translation>
        </message>
        <message>
            <source>VOID</source>
            <translation>作废</translation>
        </message>
        <message>
            <source>VOID: this payment was reversed on {date} by {user}. Reason: {reason}</source>
            <translation>作废：本笔收款已于 {date} 由 {user} 冲销。原因：{reason}</translation>
        </message>
        <message>
            <source>cut here</source>
            <translation>沿此线剪开</translation>
        </message>
        <message>
            <source>the server offers no login (AUTH)</source>
            <translation>服务器不提供登录（AUTH）</translation>
        </message>
        <message>
            <source>you (a company)</source>
            <translation type="obsolete"></translation>
        </message>
        <message>
            <source>you (a person)</source>
            <translation type="obsolete"></translation>
        </message>
        <message>
            <source>{company}: {title}</source>
            <translation>{company}：{title}</translation>
        </message>
        <message>
            <source>{name} ({code})</source>
            <translation>{name}（{code}）</translation>
        </message>
        <message>
            <source>{title} for {code} {name} is the draft for the lawyer: the lawyer checks it and sends it, arapp does not e-mail it to the customer</source>
            <translation>{code} {name} 的{title}是交给律师的草稿：由律师审定后发出，arapp 不把它发邮件给客户</translation>
        </message>
        <message>
            <source>{title} is pages {first}–{last} of a combined file of {pages} pages that holds other customers&apos; documents; make it on its own to send it</source>
            <translation>{title}位于一个共 {pages} 页、含其他客户单据的合并文件的第 {first}–{last} 页；请单独生成后再发送</translation>
        </message>
    </context>
    <context>
        <name>passwords</name>
        <message>
            <source>A password has at least {n} characters (spaces at the ends do not count).</source>
            <translation>密码至少 {n} 个字符（首尾空格不计）。</translation>
        </message>
        <message>
            <source>A password has at most {n} characters.</source>
            <translation>密码最多 {n} 个字符。</translation>
        </message>
    </context>
    <context>
        <name>roles</name>
        <message>
            <source>Administrator</source>
            <translation type="vanished">系统管理员</translation>
        </message>
        <message>
            <source>Bookkeeper</source>
            <translation type="vanished">会计</translation>
        </message>
        <message>
            <source>Cashier</source>
            <translation type="vanished">收银员</translation>
        </message>
        <message>
            <source>Collector</source>
            <translation type="vanished">催收员</translation>
        </message>
        <message>
            <source>Manager</source>
            <translation type="vanished">财务负责人</translation>
        </message>
    </context>
    <context>
        <name>services</name>
        <message>
            <source>&apos;{value}&apos; is not an e-mail address</source>
            <translation>“{value}”不是有效的电子邮箱地址</translation>
        </message>
        <message>
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <source>A credit note needs an amount or at least one line</source>
            <translation>贷项通知单需要填写金额或至少一行明细</translation>
        </message>
        <message>
            <source>A draft invoice takes no credit note; change the draft instead</source>
            <translation>草稿应收单不能开贷项通知单，请直接修改草稿</translation>
        </message>
        <message>
            <source>A draft is not voided; delete it instead</source>
            <translation>草稿不需作废，请直接删除</translation>
        </message>
        <message>
            <source>A reason is required for a credit note</source>
            <translation>开具贷项通知单必须填写原因</translation>
        </message>
        <message>
            <source>A reason is required to change the customer&apos;s status</source>
            <translation>变更客户状态必须填写原因</translation>
        </message>
        <message>
            <source>A reason is required to reverse a receipt</source>
            <translation>冲销收款单必须填写原因</translation>
        </message>
        <message>
            <source>A reason is required to void a credit note</source>
            <translation>作废贷项通知单必须填写原因</translation>
        </message>
        <message>
            <source>A reason is required to void an invoice</source>
            <translation>作废应收单必须填写原因</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>地址</translation>
        </message>
        <message>
            <source>Alias</source>
            <translation>别名</translation>
        </message>
        <message>
            <source>Allocation date</source>
            <translation>核销日期</translation>
        </message>
        <message>
            <source>Always paid on time</source>
            <translation>一贯按时付款</translation>
        </message>
        <message>
            <source>Amount of line {line}</source>
            <translation>第 {line} 行金额</translation>
        </message>
        <message>
            <source>Amount with tax of line {line}</source>
            <translation>第 {line} 行价税合计</translation>
        </message>
        <message>
            <source>An allocation must be a positive amount</source>
            <translation>核销金额必须大于零</translation>
        </message>
        <message>
            <source>An invoice is {days} days overdue (the limit is {limit} days)</source>
            <translation type="vanished">有应收单已逾期 {days} 天（上限为 {limit} 天）</translation>
        </message>
        <message>
            <source>An invoice is {days} days overdue (−{points})</source>
            <translation type="vanished">有应收单已逾期 {days} 天（−{points}）</translation>
        </message>
        <message numerus="yes">
            <source>An invoice is {n} day overdue (the limit is {limit} days)</source>
            <comment>An invoice is {n} days overdue (the limit is {limit} days)</comment>
            <translation>
                <numerusform>有应收单已逾期 {n} 天（上限为 {limit} 天）</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>An invoice is {n} day overdue (−{points})</source>
            <comment>An invoice is {n} days overdue (−{points})</comment>
            <translation>
                <numerusform>有应收单已逾期 {n} 天（−{points}）</numerusform>
            </translation>
        </message>
        <message>
            <source>An invoice needs at least one line</source>
            <translation>应收单至少需要一行明细</translation>
        </message>
        <message>
            <source>Balance {balance} plus this invoice {adding} exceeds the credit limit {limit}</source>
            <translation>余额 {balance} 加上本单 {adding} 超过信用额度 {limit}</translation>
        </message>
        <message>
            <source>Bank</source>
            <translation>开户银行</translation>
        </message>
        <message>
            <source>Bank account</source>
            <translation>银行账号</translation>
        </message>
        <message>
            <source>Capacity</source>
            <translation>能力评估</translation>
        </message>
        <message>
            <source>Capital</source>
            <translation>资本评估</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>分类</translation>
        </message>
        <message>
            <source>Character</source>
            <translation>品质评估</translation>
        </message>
        <message>
            <source>Choose the invoice the credit note is applied to</source>
            <translation>请选择贷项通知单要冲抵的应收单</translation>
        </message>
        <message>
            <source>Collateral</source>
            <translation>抵押评估</translation>
        </message>
        <message>
            <source>Company address</source>
            <translation>公司地址</translation>
        </message>
        <message>
            <source>Company name</source>
            <translation>公司名称</translation>
        </message>
        <message>
            <source>Company phone</source>
            <translation>公司电话</translation>
        </message>
        <message>
            <source>Company taxpayer id</source>
            <translation>公司纳税人识别号</translation>
        </message>
        <message>
            <source>Conditions</source>
            <translation>条件评估</translation>
        </message>
        <message>
            <source>Connection security</source>
            <translation>连接加密方式</translation>
        </message>
        <message>
            <source>Contact name</source>
            <translation>联系人姓名</translation>
        </message>
        <message>
            <source>Contact person</source>
            <translation>联系人</translation>
        </message>
        <message>
            <source>Contact person {n}: {message}</source>
            <translation>第 {n} 位联系人：{message}</translation>
        </message>
        <message>
            <source>Credit note amount</source>
            <translation>贷项通知单金额</translation>
        </message>
        <message>
            <source>Credit note date</source>
            <translation>贷项通知单日期</translation>
        </message>
        <message>
            <source>Credit note {number} is already void</source>
            <translation>贷项通知单 {number} 已作废</translation>
        </message>
        <message>
            <source>Credit rating must be A, B, C or D, not &apos;{value}&apos;</source>
            <translation>信用等级只能是 A、B、C 或 D，不能是“{value}”</translation>
        </message>
        <message>
            <source>Customer code</source>
            <translation>客户编码</translation>
        </message>
        <message>
            <source>Customer code &apos;{code}&apos; is already used</source>
            <translation>客户编码“{code}”已被使用</translation>
        </message>
        <message>
            <source>Customer code &apos;{code}&apos; must be at most 40 characters without spaces</source>
            <translation>客户编码“{code}”最多 40 个字符，且不能含空格</translation>
        </message>
        <message>
            <source>Customer name</source>
            <translation>客户名称</translation>
        </message>
        <message>
            <source>Customer {code} has no alias &apos;{alias}&apos;</source>
            <translation>客户 {code} 没有别名“{alias}”</translation>
        </message>
        <message>
            <source>Customer {code} has no contact person with id {id}</source>
            <translation>客户 {code} 没有编号为 {id} 的联系人</translation>
        </message>
        <message>
            <source>Customer {code} is on credit hold: {reasons}. A manager must override with a reason.</source>
            <translation>客户 {code} 已被信用冻结：{reasons}。需由财务负责人填写理由后放行。</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>电子邮箱</translation>
        </message>
        <message>
            <source>E-mailed {title} to {to} (subject: {subject})</source>
            <translation>已通过电子邮件将{title}发送至 {to}（主题：{subject}）</translation>
        </message>
        <message>
            <source>Give a late-fee rate or no late fee, not both</source>
            <translation>请给出违约金比例或不计违约金，不能同时给出</translation>
        </message>
        <message>
            <source>Give an amount or invoice lines</source>
            <translation>请填写金额或应收单明细</translation>
        </message>
        <message>
            <source>Invoice</source>
            <translation>应收单</translation>
        </message>
        <message>
            <source>Invoice amount</source>
            <translation>应收单金额</translation>
        </message>
        <message>
            <source>Invoice total</source>
            <translation>应收单合计</translation>
        </message>
        <message>
            <source>Invoice {number} belongs to another customer</source>
            <translation>应收单 {number} 属于其他客户</translation>
        </message>
        <message>
            <source>Invoice {number} is already posted</source>
            <translation>应收单 {number} 已过账</translation>
        </message>
        <message>
            <source>Invoice {number} is already {status}</source>
            <translation>应收单 {number} 已处于 {status} 状态</translation>
        </message>
        <message>
            <source>Invoice {number} is listed twice</source>
            <translation>应收单 {number} 重复列出</translation>
        </message>
        <message>
            <source>Invoice {number} is not open (status: {status})</source>
            <translation>应收单 {number} 不是未结状态（状态：{status}）</translation>
        </message>
        <message>
            <source>Invoice {number} is posted: void it instead of deleting</source>
            <translation>应收单 {number} 已过账：请作废，不能删除</translation>
        </message>
        <message>
            <source>Invoice {number} would be over-allocated</source>
            <translation>应收单 {number} 将被超额核销</translation>
        </message>
        <message>
            <source>Issue date</source>
            <translation>开单日期</translation>
        </message>
        <message>
            <source>Line {line}</source>
            <translation>第 {line} 行</translation>
        </message>
        <message>
            <source>Line {line} needs a description and an amount</source>
            <translation>第 {line} 行需要摘要和金额</translation>
        </message>
        <message>
            <source>Line {line}: quantity &apos;{value}&apos; has more than three decimals</source>
            <translation type="vanished">第 {line} 行：数量“{value}”的小数超过三位</translation>
        </message>
        <message>
            <source>Line {line}: quantity &apos;{value}&apos; is not a number</source>
            <translation type="vanished">第 {line} 行：数量“{value}”不是数字</translation>
        </message>
        <message>
            <source>Line {line}: quantity must be more than zero</source>
            <translation type="vanished">第 {line} 行：数量必须大于零</translation>
        </message>
        <message>
            <source>Line {line}: the amount must be more than zero</source>
            <translation>第 {line} 行：金额必须大于零</translation>
        </message>
        <message>
            <source>Line {line}: the amount must be zero or more</source>
            <translation>第 {line} 行：金额不能为负数</translation>
        </message>
        <message>
            <source>Line {line}: the description</source>
            <translation>第 {line} 行的摘要</translation>
        </message>
        <message>
            <source>Line {line}: the description is empty</source>
            <translation>第 {line} 行：摘要不能为空</translation>
        </message>
        <message>
            <source>Line {line}: the price must be in fen (an integer)</source>
            <translation>第 {line} 行：单价必须以分为单位（整数）</translation>
        </message>
        <message>
            <source>No collection task {id}</source>
            <translation>没有催收任务 {id}</translation>
        </message>
        <message>
            <source>No contact person with id {id}</source>
            <translation>没有编号为 {id} 的联系人</translation>
        </message>
        <message>
            <source>No credit note {ref}</source>
            <translation>没有贷项通知单 {ref}</translation>
        </message>
        <message>
            <source>No customer {ref}</source>
            <translation>没有客户 {ref}</translation>
        </message>
        <message>
            <source>No document {id}</source>
            <translation>没有单据 {id}</translation>
        </message>
        <message>
            <source>No invoice with id {id}</source>
            <translation>没有 ID 为 {id} 的应收单</translation>
        </message>
        <message>
            <source>No invoice {ref}</source>
            <translation>没有应收单 {ref}</translation>
        </message>
        <message>
            <source>No payment history yet: start at B</source>
            <translation>尚无付款记录：初始等级为 B</translation>
        </message>
        <message>
            <source>No receipt {ref}</source>
            <translation>没有收款单 {ref}</translation>
        </message>
        <message>
            <source>No user with id {value}</source>
            <translation>没有 ID 为 {value} 的用户</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Nothing to archive: the file holds no document</source>
            <translation>没有可归档的内容：文件中没有单据</translation>
        </message>
        <message>
            <source>Only one contact person can be the primary one</source>
            <translation>只能有一位主要联系人</translation>
        </message>
        <message>
            <source>Overdue {amount} is more than half the credit limit (−{points})</source>
            <translation>逾期金额 {amount} 超过信用额度的一半（−{points}）</translation>
        </message>
        <message>
            <source>Pages {first}–{last} are not in a file of {pages} pages</source>
            <translation>第 {first}–{last} 页不在共 {pages} 页的文件中</translation>
        </message>
        <message>
            <source>Payment terms must be a whole number of days from 0 to 3650</source>
            <translation>付款期限必须是 0 到 3650 之间的整数天</translation>
        </message>
        <message>
            <source>Pays {days} days late on average (−{points})</source>
            <translation>平均逾期 {days} 天付款（−{points}）</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>Receipt amount</source>
            <translation>收款金额</translation>
        </message>
        <message>
            <source>Receipt date</source>
            <translation>收款日期</translation>
        </message>
        <message>
            <source>Receipt {number} is already reversed</source>
            <translation>收款单 {number} 已经冲销</translation>
        </message>
        <message>
            <source>Receipt {number} is fully allocated</source>
            <translation>收款单 {number} 已全部核销</translation>
        </message>
        <message>
            <source>Receipt {number} is reversed</source>
            <translation>收款单 {number} 已冲销</translation>
        </message>
        <message>
            <source>Reversal date</source>
            <translation>冲销日期</translation>
        </message>
        <message>
            <source>SMTP password</source>
            <translation>SMTP 密码</translation>
        </message>
        <message>
            <source>SMTP port</source>
            <translation>SMTP 端口</translation>
        </message>
        <message>
            <source>SMTP server</source>
            <translation>SMTP 服务器</translation>
        </message>
        <message>
            <source>SMTP user</source>
            <translation>SMTP 登录名</translation>
        </message>
        <message>
            <source>Sender address</source>
            <translation>发件人地址</translation>
        </message>
        <message>
            <source>Sender name</source>
            <translation>发件人名称</translation>
        </message>
        <message>
            <source>Taxpayer id</source>
            <translation>纳税人识别号</translation>
        </message>
        <message>
            <source>The alias is empty</source>
            <translation>别名不能为空</translation>
        </message>
        <message>
            <source>The allocations ({allocated}) exceed the customer&apos;s unapplied credit ({credit})</source>
            <translation>核销金额合计（{allocated}）超过客户未核销预收款（{credit}）</translation>
        </message>
        <message>
            <source>The allocations ({allocated}) exceed the receipt amount ({amount})</source>
            <translation>核销金额合计（{allocated}）超过收款金额（{amount}）</translation>
        </message>
        <message>
            <source>The amount must be in fen (an integer)</source>
            <translation>金额必须以分为单位（整数）</translation>
        </message>
        <message>
            <source>The bank account {name} is not active</source>
            <translation>银行账户 {name} 已停用</translation>
        </message>
        <message>
            <source>The company name is required</source>
            <translation>公司名称不能为空</translation>
        </message>
        <message>
            <source>The contact name is required</source>
            <translation>联系人姓名不能为空</translation>
        </message>
        <message>
            <source>The credit limit must be zero or more</source>
            <translation>信用额度不能为负数</translation>
        </message>
        <message>
            <source>The credit note amount must be more than zero</source>
            <translation>贷项金额必须大于零</translation>
        </message>
        <message>
            <source>The customer code cannot be empty</source>
            <translation>客户编码不能为空</translation>
        </message>
        <message>
            <source>The customer codes C000001 to C999999 are used up; give the new customers codes of your own. Nothing was saved.</source>
            <translation>客户编号 C000001 至 C999999 已用完；请为新客户自行填写编号。未保存任何内容。</translation>
        </message>
        <message>
            <source>The customer is blacklisted</source>
            <translation>该客户已列入黑名单</translation>
        </message>
        <message>
            <source>The customer is on credit hold</source>
            <translation>该客户已被信用冻结</translation>
        </message>
        <message>
            <source>The customer name is required</source>
            <translation>客户名称不能为空</translation>
        </message>
        <message>
            <source>The customer name is too long (at most 200 characters)</source>
            <translation type="vanished">客户名称过长（最多 200 个字符）</translation>
        </message>
        <message>
            <source>The customer&apos;s debt is with legal</source>
            <translation>该客户的欠款已转法务处理</translation>
        </message>
        <message>
            <source>The description</source>
            <translation>摘要</translation>
        </message>
        <message>
            <source>The due date {due} is before the issue date {issue}</source>
            <translation type="vanished">到期日 {due} 早于开单日期 {issue}</translation>
        </message>
        <message>
            <source>The first accepted date {date} must be from {floor} to today ({today})</source>
            <translation>最早接受日期 {date} 必须在 {floor} 到今天（{today}）之间</translation>
        </message>
        <message>
            <source>The hold threshold must be 1 to 3650 days</source>
            <translation>信用冻结的逾期天数阈值必须在 1 到 3650 天之间</translation>
        </message>
        <message>
            <source>The invoice total must be more than zero</source>
            <translation>应收单合计金额必须大于零</translation>
        </message>
        <message>
            <source>The issue date is required</source>
            <translation type="vanished">开单日期不能为空</translation>
        </message>
        <message>
            <source>The letters&apos; deadline &apos;{value}&apos; must be a whole number of days from 1 to {most}</source>
            <translation>函件付款期限“{value}”必须是 1 到 {most} 之间的整数天数</translation>
        </message>
        <message>
            <source>The lines add up to {lines}, but the credit note amount is {amount}</source>
            <translation>明细合计为 {lines}，但贷项通知单金额为 {amount}</translation>
        </message>
        <message>
            <source>The memo</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>The months ahead ({value}) must be a whole number from 0 to {most}</source>
            <translation>向后月数（{value}）必须是 0 到 {most} 之间的整数</translation>
        </message>
        <message>
            <source>The next number {number} is already in use: the numbering of the books (number_sequence) has been set back. Nothing was saved; set the counter past the highest {prefix}-{year} number in use.</source>
            <translation>下一个编号 {number} 已被使用：账套的编号计数器（number_sequence）被调回了。未保存任何内容；请把计数器调到已用的最大 {prefix}-{year} 编号之后。</translation>
        </message>
        <message>
            <source>The numbering of the books (number_sequence) holds {value} as the next {name} number for {year}, which is not a number from 1 to {most}: it was changed outside arapp. Nothing was saved; set it past the highest number in use.</source>
            <translation>账套的编号计数器（number_sequence）中 {year} 年 {name} 的下一个编号是 {value}，不是 1 至 {most} 之间的数：它在 arapp 之外被改动过。未保存任何内容；请把它设到已用的最大编号之后。</translation>
        </message>
        <message>
            <source>The override reason</source>
            <translation>特批理由</translation>
        </message>
        <message>
            <source>The reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>The receipt amount must be more than zero</source>
            <translation>收款金额必须大于零</translation>
        </message>
        <message>
            <source>The receipt date is required</source>
            <translation type="vanished">收款日期不能为空</translation>
        </message>
        <message>
            <source>The reference</source>
            <translation>参考号</translation>
        </message>
        <message>
            <source>The reversal date {date} is before the receipt date {receipt_date}</source>
            <translation>冲销日期 {date} 早于收款日期 {receipt_date}</translation>
        </message>
        <message>
            <source>The setting {key} is too long (at most 200 characters)</source>
            <translation type="vanished">设置项 {key} 过长（最多 200 个字符）</translation>
        </message>
        <message>
            <source>The void date {date} is before the credit note date {note_date}</source>
            <translation>作废日期 {date} 早于贷项通知单日期 {note_date}</translation>
        </message>
        <message>
            <source>The void date {date} is before the invoice date {issue}</source>
            <translation>作废日期 {date} 早于开单日期 {issue}</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>职务</translation>
        </message>
        <message>
            <source>Unit price on line {line}</source>
            <translation>第 {line} 行单价</translation>
        </message>
        <message>
            <source>Unknown contact field: {field}</source>
            <translation>未知的联系人字段：{field}</translation>
        </message>
        <message>
            <source>Unknown customer field: {field}</source>
            <translation>未知的客户字段：{field}</translation>
        </message>
        <message>
            <source>Unknown customer status &apos;{value}&apos;</source>
            <translation>未知的客户状态“{value}”</translation>
        </message>
        <message>
            <source>Unknown customer type &apos;{value}&apos;</source>
            <translation>未知的客户类型“{value}”</translation>
        </message>
        <message>
            <source>Unknown invoice source &apos;{value}&apos;</source>
            <translation>未知的应收单来源“{value}”</translation>
        </message>
        <message>
            <source>Unknown kind of document: {kind}</source>
            <translation>未知的单据类型：{kind}</translation>
        </message>
        <message>
            <source>Unknown kind of image: {kind}</source>
            <translation>未知的图片类型：{kind}</translation>
        </message>
        <message>
            <source>Unknown payment method &apos;{value}&apos;</source>
            <translation>未知的收款方式“{value}”</translation>
        </message>
        <message>
            <source>Unknown setting: {key}</source>
            <translation>未知的设置项：{key}</translation>
        </message>
        <message>
            <source>Unknown way to apply a credit note &apos;{value}&apos;</source>
            <translation>未知的贷项冲抵方式“{value}”</translation>
        </message>
        <message>
            <source>User {user} ({role}) may not do this: {permission}</source>
            <translation>用户 {user}（{role}）无权执行此操作：{permission}</translation>
        </message>
        <message>
            <source>User {user} ({role}) may not set a new customer&apos;s {fields}: that is a manager&apos;s decision (credit.approve). Create the customer without it; a manager can set it later.</source>
            <translation>用户 {user}（{role}）不能设置新客户的{fields}：这由主管决定（credit.approve）。请不填这些项新建客户，由主管日后设置。</translation>
        </message>
        <message>
            <source>Void date</source>
            <translation>作废日期</translation>
        </message>
        <message>
            <source>credit limit</source>
            <translation>信用额度</translation>
        </message>
        <message>
            <source>credit rating</source>
            <translation>信用等级</translation>
        </message>
        <message>
            <source>status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>{amount} is more than the {left} left on {number}</source>
            <translation>{amount} 超过了 {number} 的剩余金额 {left}</translation>
        </message>
        <message>
            <source>{amount} is more than the {open} still open on invoice {number}</source>
            <translation>{amount} 超过了应收单 {number} 的未结金额 {open}</translation>
        </message>
        <message>
            <source>{count} more {name} numbers for {year} would pass {most}, the last number of a year. Nothing was saved.</source>
            <translation>{year} 年再取 {count} 个 {name} 编号将超过全年最大号 {most}。未保存任何内容。</translation>
        </message>
        <message>
            <source>{field} &apos;{value}&apos; contains the control character {char} at character {pos}; remove it</source>
            <translation>{field}“{value}”的第 {pos} 个字符是控制字符 {char}，请删除</translation>
        </message>
        <message>
            <source>{field} holds a line break or a control character</source>
            <translation>{field}含有换行符或控制字符</translation>
        </message>
        <message>
            <source>{field} is longer than {limit} characters</source>
            <translation>{field}超过 {limit} 个字符</translation>
        </message>
        <message>
            <source>{field} is too long: {n} characters, at most {limit} (&apos;{value}&apos;)</source>
            <translation>{field}太长：{n} 个字，最多 {limit} 个（“{value}”）</translation>
        </message>
        <message>
            <source>{field} must be one line: &apos;{value}&apos; has a line break at character {pos}</source>
            <translation>{field}只能是一行：“{value}”的第 {pos} 个字符是换行</translation>
        </message>
        <message>
            <source>{field} must be text</source>
            <translation>{field}必须是文字</translation>
        </message>
        <message>
            <source>{field}: &apos;{value}&apos; is not a port number from 1 to 65535</source>
            <translation>{field}：“{value}”不是 1 到 65535 之间的端口号</translation>
        </message>
        <message>
            <source>{field}: &apos;{value}&apos; is not a server name</source>
            <translation>{field}：“{value}”不是有效的服务器名称</translation>
        </message>
        <message>
            <source>{field}: &apos;{value}&apos; is not an e-mail address</source>
            <translation>{field}：“{value}”不是有效的电子邮箱地址</translation>
        </message>
        <message>
            <source>{field}: &apos;{value}&apos; is not one of {choices}</source>
            <translation>{field}：“{value}”不是以下之一：{choices}</translation>
        </message>
        <message>
            <source>{pct}% of invoices paid on time (−{points})</source>
            <translation>按时付款的应收单占 {pct}%（−{points}）</translation>
        </message>
        <message>
            <source>{what} is required</source>
            <translation>{what}为必填项</translation>
        </message>
        <message>
            <source>{what} {date} is after today ({today}): money that moved is dated today at the latest</source>
            <translation>{what} {date} 晚于今天（{today}）：已发生的资金往来最晚只能记在今天</translation>
        </message>
        <message>
            <source>{what}: the file {file} is empty</source>
            <translation>{what}：文件 {file} 是空的</translation>
        </message>
        <message>
            <source>{what}: the file {file} is not a PNG or JPEG image</source>
            <translation>{what}：文件 {file} 不是 PNG 或 JPEG 图片</translation>
        </message>
        <message>
            <source>{what}: the file {file} is {size} KB; at most {limit} KB</source>
            <translation>{what}：文件 {file} 为 {size} KB；最大 {limit} KB</translation>
        </message>
        <message>
            <source>{what}: the image {file} cannot be read ({detail})</source>
            <translation>{what}：无法读取图片 {file}（{detail}）</translation>
        </message>
    </context>
    <context>
        <name>statement</name>
        <message>
            <source>Address: {address}</source>
            <translation>地址：{address}</translation>
        </message>
        <message>
            <source>Aging on {date} (days past the due date)</source>
            <translation>账龄分析（截至 {date}，按逾期天数）</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <source>Balance</source>
            <translation>余额</translation>
        </message>
        <message>
            <source>Balance in your favour on {date}: {amount}</source>
            <translation>截至 {date} 我方应退（贵方预付）余额：{amount}</translation>
        </message>
        <message>
            <source>Balance owed to us on {date}: {amount}</source>
            <translation>截至 {date} 贵方应付余额：{amount}</translation>
        </message>
        <message>
            <source>Closing balance: {amount}</source>
            <translation>期末余额：{amount}</translation>
        </message>
        <message>
            <source>Confirmation of the statement</source>
            <translation>对账回执</translation>
        </message>
        <message>
            <source>Contact: {contact}</source>
            <translation>联系人：{contact}</translation>
        </message>
        <message>
            <source>Credit</source>
            <translation>预收</translation>
        </message>
        <message>
            <source>Currency: RMB (yuan)</source>
            <translation>币种：人民币（元）</translation>
        </message>
        <message>
            <source>Customer code: {code}</source>
            <translation>客户编号：{code}</translation>
        </message>
        <message>
            <source>Customer&apos;s seal:</source>
            <translation>客户盖章：</translation>
        </message>
        <message>
            <source>Customer: {name}</source>
            <translation>客户名称：{name}</translation>
        </message>
        <message>
            <source>Cut here and return the confirmation</source>
            <translation>请沿此线剪下，将回执寄回</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Date: ______________</source>
            <translation>日期：____年____月____日</translation>
        </message>
        <message>
            <source>Days overdue</source>
            <translation>逾期天数</translation>
        </message>
        <message>
            <source>Decrease</source>
            <translation>减少</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>摘要</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>到期日</translation>
        </message>
        <message>
            <source>In capitals: {words}</source>
            <translation>大写：{words}</translation>
        </message>
        <message>
            <source>Increase</source>
            <translation>增加</translation>
        </message>
        <message>
            <source>Invoice date</source>
            <translation>开单日期</translation>
        </message>
        <message>
            <source>Invoices open on {date}</source>
            <translation>截至 {date} 未收清的应收单</translation>
        </message>
        <message>
            <source>Net</source>
            <translation>净额</translation>
        </message>
        <message>
            <source>No invoice is open.</source>
            <translation>没有未收清的应收单。</translation>
        </message>
        <message>
            <source>Not yet applied</source>
            <translation>未核销金额</translation>
        </message>
        <message>
            <source>Nothing moved on the account in this period.</source>
            <translation>本期没有发生额。</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>单号</translation>
        </message>
        <message>
            <source>Opening balance</source>
            <translation>期初余额</translation>
        </message>
        <message>
            <source>Opening balance: {amount}</source>
            <translation>期初余额：{amount}</translation>
        </message>
        <message>
            <source>Payments and credits not yet applied on {date}</source>
            <translation>截至 {date} 尚未核销的收款和贷项（预收）</translation>
        </message>
        <message>
            <source>Period total</source>
            <translation>本期合计</translation>
        </message>
        <message>
            <source>Period: {start} to {end}</source>
            <translation>对账期间：{start} 至 {end}</translation>
        </message>
        <message>
            <source>Phone: {phone}</source>
            <translation>电话：{phone}</translation>
        </message>
        <message>
            <source>Please check this statement, mark the confirmation below, sign and seal it and return it to us. If we hear nothing within 15 days we take the balance as agreed.</source>
            <translation>请核对本对账单，在下方回执上勾选核对结果，签字盖章后寄回我方。如 15 日内未收到回复，视为贵方确认上述余额无误。</translation>
        </message>
        <message>
            <source>Please return to: {address}</source>
            <translation>请寄回：{address}</translation>
        </message>
        <message>
            <source>RMB {words}</source>
            <translation>人民币{words}</translation>
        </message>
        <message>
            <source>Signed by: __________</source>
            <translation>经办人签字：__________</translation>
        </message>
        <message>
            <source>Statement of account</source>
            <translation>对账单</translation>
        </message>
        <message>
            <source>Statement of account {start} to {end}</source>
            <translation>对账单（{start} 至 {end}）</translation>
        </message>
        <message>
            <source>Statements of account {start} to {end}</source>
            <translation>对账单（{start} 至 {end}）</translation>
        </message>
        <message>
            <source>Still owed</source>
            <translation>未收金额</translation>
        </message>
        <message>
            <source>The statement&apos;s first day</source>
            <translation>对账单起始日</translation>
        </message>
        <message>
            <source>The statement&apos;s last day</source>
            <translation>对账单截止日</translation>
        </message>
        <message>
            <source>To {company}:</source>
            <translation>致 {company}：</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>合计</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>We, {customer} (code {code}), have checked your statement for {start} to {end}, which shows a balance {owed} on {end}.</source>
            <translation>我单位 {customer}（客户编号 {code}）已收到贵方 {start} 至 {end} 的对账单，截至 {end} 显示我单位{owed}。经核对：</translation>
        </message>
        <message>
            <source>What differs</source>
            <translation>差异说明</translation>
        </message>
        <message>
            <source>in our favour {amount} (in capitals: {words})</source>
            <translation>预付余额 {amount}（大写：{words}）</translation>
        </message>
        <message>
            <source>owed to you {amount} (in capitals: {words})</source>
            <translation>应付贵方余额 {amount}（大写：{words}）</translation>
        </message>
        <message>
            <source>statement-{code}-{start}-{end}</source>
            <translation>对账单-{code}-{start}-{end}</translation>
        </message>
        <message>
            <source>statements-{start}-{end}</source>
            <translation>对账单-{start}-{end}</translation>
        </message>
        <message>
            <source>{year}-{month}-{day}</source>
            <translation type="vanished">{year}年{month}月{day}日</translation>
        </message>
        <message>
            <source>□ The statement agrees with our books　　　□ It does not agree; the differences:</source>
            <translation>核对相符 □　　　　不符 □（差异如下）：</translation>
        </message>
    </context>
    <context>
        <name>status</name>
        <message>
            <source>open</source>
            <translation type="vanished">未付</translation>
        </message>
    </context>
    <context>
        <name>tax</name>
        <message>
            <source>Line {line}: the tax rate &apos;{value}&apos; is not one the books take ({rates}, or none)</source>
            <translation>第 {line} 行：税率“{value}”不可用（可选 {rates}，或不计税）</translation>
        </message>
        <message>
            <source>The tax rate &apos;{value}&apos; is not one the books take ({rates}, or none)</source>
            <translation>税率“{value}”不可用（可选 {rates}，或不计税）</translation>
        </message>
    </context>
    <context>
        <name>templates</name>
        <message>
            <source>Amount coming due</source>
            <translation>即将到期金额</translation>
        </message>
        <message>
            <source>Amount coming due, in capitals</source>
            <translation>即将到期金额（大写）</translation>
        </message>
        <message>
            <source>Bank account for payment</source>
            <translation>收款账号</translation>
        </message>
        <message>
            <source>Bank for payment</source>
            <translation>收款开户银行</translation>
        </message>
        <message>
            <source>Closing balance</source>
            <translation>期末余额</translation>
        </message>
        <message>
            <source>Closing balance in capitals</source>
            <translation>期末余额（大写）</translation>
        </message>
        <message>
            <source>Customer address</source>
            <translation>客户地址</translation>
        </message>
        <message>
            <source>Customer code</source>
            <translation>客户编号</translation>
        </message>
        <message>
            <source>Customer name</source>
            <translation>客户名称</translation>
        </message>
        <message>
            <source>Date of the document</source>
            <translation>单据日期</translation>
        </message>
        <message>
            <source>Date the next amount falls due</source>
            <translation>下一笔款项到期日</translation>
        </message>
        <message>
            <source>Days the oldest invoice is overdue</source>
            <translation>最早一笔应收单的逾期天数</translation>
        </message>
        <message>
            <source>Deadline to pay</source>
            <translation>付款期限</translation>
        </message>
        <message>
            <source>Due date of the oldest invoice</source>
            <translation>最早一笔应收单的到期日</translation>
        </message>
        <message>
            <source>E-mail subject</source>
            <translation>邮件主题</translation>
        </message>
        <message>
            <source>E-mail text</source>
            <translation>邮件正文</translation>
        </message>
        <message>
            <source>Everything open (not yet due included)</source>
            <translation>全部未结金额（含未到期）</translation>
        </message>
        <message>
            <source>Everything open, in capitals</source>
            <translation>全部未结金额（大写）</translation>
        </message>
        <message>
            <source>First day of the statement</source>
            <translation>对账期间第一天</translation>
        </message>
        <message>
            <source>How the letter addresses the customer: a company or a person</source>
            <translation>对客户的称呼：对公司称“贵司”，对个人称“您”</translation>
        </message>
        <message>
            <source>Last day of the statement</source>
            <translation>对账期间最后一天</translation>
        </message>
        <message>
            <source>Late fees to the date</source>
            <translation>截至当日的违约金</translation>
        </message>
        <message>
            <source>Letter text</source>
            <translation>函件正文</translation>
        </message>
        <message>
            <source>Message text (WeChat, SMS)</source>
            <translation>短信/微信文字</translation>
        </message>
        <message>
            <source>No template version {id}</source>
            <translation>没有模板版本 {id}</translation>
        </message>
        <message>
            <source>No template {code} in {lang}</source>
            <translation>没有{lang}的模板 {code}</translation>
        </message>
        <message>
            <source>No version {version} of template {code} in {lang}</source>
            <translation>模板 {code}（{lang}）没有第 {version} 版</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Number of invoices listed</source>
            <translation>所列应收单数</translation>
        </message>
        <message>
            <source>Opening balance</source>
            <translation>期初余额</translation>
        </message>
        <message>
            <source>Our address</source>
            <translation>我司地址</translation>
        </message>
        <message>
            <source>Our company&apos;s name</source>
            <translation>我司名称</translation>
        </message>
        <message>
            <source>Our contact person</source>
            <translation>我司联系人</translation>
        </message>
        <message>
            <source>Our phone</source>
            <translation>我司电话</translation>
        </message>
        <message>
            <source>Overdue amount</source>
            <translation>逾期金额</translation>
        </message>
        <message>
            <source>Overdue amount in capitals</source>
            <translation>逾期金额（大写）</translation>
        </message>
        <message>
            <source>Overdue amount plus late fees</source>
            <translation>逾期金额加违约金</translation>
        </message>
        <message>
            <source>Overdue amount plus late fees, in capitals</source>
            <translation>逾期金额加违约金（大写）</translation>
        </message>
        <message>
            <source>Reference to quote when paying</source>
            <translation>付款时注明的参考号</translation>
        </message>
        <message>
            <source>Sentence on late fees (empty without a late-fee policy)</source>
            <translation>违约金说明句（无违约金政策时为空）</translation>
        </message>
        <message>
            <source>Table of the invoices (a line of its own)</source>
            <translation>应收单明细表（单独占一行）</translation>
        </message>
        <message>
            <source>The customer&apos;s contact person</source>
            <translation>客户联系人</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <source>Unknown language: {lang}</source>
            <translation>未知的语言：{lang}</translation>
        </message>
        <message>
            <source>Unknown template: {code}</source>
            <translation>未知的模板：{code}</translation>
        </message>
        <message>
            <source>{part} is required</source>
            <translation>{part}为必填项</translation>
        </message>
        <message>
            <source>{part}: a brace is not closed or not doubled ({detail}); write {{{{ and }}}} for a literal brace</source>
            <translation type="vanished">{part}：有花括号未闭合或未成对（{detail}）；如需原样显示花括号，请写成 {{{{ 和 }}}}</translation>
        </message>
        <message>
            <source>{part}: the brace {{ in “{near}” is not closed; write a placeholder as {{customer_name}}, or {{{{ for a literal brace</source>
            <translation>{part}：“{near}”中的花括号 {{ 未闭合；占位符应写成 {{customer_name}}，如需原样显示花括号请写成 {{{{</translation>
        </message>
        <message>
            <source>{part}: the brace }} in “{near}” has no {{ before it; write }}}} for a literal brace</source>
            <translation>{part}：“{near}”中的花括号 }} 前面没有对应的 {{；如需原样显示花括号请写成 }}}}</translation>
        </message>
        <message>
            <source>{part}: unknown placeholder {{{name}}}</source>
            <translation>{part}：未知的占位符 {{{name}}}</translation>
        </message>
        <message>
            <source>{part}: {placeholder} is not a placeholder; write a name in braces, such as {{customer_name}}</source>
            <translation>{part}：{placeholder} 不是占位符；请在花括号中写名称，例如 {{customer_name}}</translation>
        </message>
        <message>
            <source>{part}: {{{name}}} can only stand on a line of its own in the letter text</source>
            <translation>{part}：{{{name}}} 只能在函件正文中单独占一行</translation>
        </message>
        <message>
            <source>{part}: {{{name}}} must stand on a line of its own</source>
            <translation>{part}：{{{name}}} 必须单独占一行</translation>
        </message>
    </context>
    <context>
        <name>users</name>
        <message>
            <source>A username is needed</source>
            <translation>需要填写用户名</translation>
        </message>
        <message>
            <source>No user {name}</source>
            <translation>没有用户 {name}</translation>
        </message>
        <message>
            <source>The current password is not right; the password was not changed</source>
            <translation>当前密码不正确，密码未修改</translation>
        </message>
        <message>
            <source>The username {name} may hold letters (Chinese too), digits and . _ - @ only, at most 64 characters, no spaces</source>
            <translation>用户名 {name} 只能包含字母（含汉字）、数字和 . _ - @，最多 64 个字符，不能有空格</translation>
        </message>
        <message>
            <source>There is already a user {name}</source>
            <translation>已有用户 {name}</translation>
        </message>
        <message>
            <source>Unknown role {role}: one of {roles}</source>
            <translation>未知角色 {role}：应为以下之一：{roles}</translation>
        </message>
        <message>
            <source>Unknown user or wrong password</source>
            <translation>用户不存在或密码错误</translation>
        </message>
        <message>
            <source>User {name} has no password yet: an administrator sets one before they can log in</source>
            <translation>用户 {name} 尚未设置密码：须由管理员设置后才能登录</translation>
        </message>
        <message>
            <source>User {name} is disabled: an administrator can enable them</source>
            <translation>用户 {name} 已停用：可由管理员重新启用</translation>
        </message>
        <message>
            <source>User {name} is locked after {n} failed logins until {until}; an administrator can unlock it sooner</source>
            <translation>用户 {name} 连续 {n} 次登录失败，已锁定至 {until}；管理员可提前解锁</translation>
        </message>
        <message>
            <source>{name} is the only active administrator: make another user an administrator first</source>
            <translation>{name} 是唯一在用的管理员：请先将另一位用户设为管理员</translation>
        </message>
    </context>
</TS>
