<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>bank_cli</name>
        <message>
            <source>&apos;{text}&apos; is not N or N:AMOUNT (for example INV-2026-000123:500.00)</source>
            <translation>“{text}”不是“单号”或“单号:金额”（例如 INV-2026-000123:500.00）</translation>
        </message>
        <message>
            <source>&apos;{text}&apos; is not a score from 0 to 100</source>
            <translation>“{text}”不是 0 到 100 的匹配分</translation>
        </message>
        <message>
            <source>(inactive)</source>
            <translation>（已停用）</translation>
        </message>
        <message>
            <source>--credit keeps the whole line as credit; give no --invoice with it</source>
            <translation>--credit 表示整笔转为预收，不能同时给 --invoice</translation>
        </message>
        <message>
            <source>--credit needs --customer CODE</source>
            <translation>--credit 须同时给 --customer 客户编码</translation>
        </message>
        <message>
            <source>--receipt matches a receipt already recorded; give no --invoice or --credit</source>
            <translation>--receipt 匹配已录入的收款单，不能同时给 --invoice 或 --credit</translation>
        </message>
        <message>
            <source>-o {path}: the reconciliation is written as .pdf or .xlsx</source>
            <translation>-o {path}：余额调节表只能写成 .pdf 或 .xlsx</translation>
        </message>
        <message>
            <source>ACCOUNT</source>
            <translation>账户</translation>
        </message>
        <message>
            <source>ACTION</source>
            <translation>操作</translation>
        </message>
        <message>
            <source>AMOUNT</source>
            <translation>金额</translation>
        </message>
        <message>
            <source>Account number</source>
            <translation>账号</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <source>Bank</source>
            <translation>开户银行</translation>
        </message>
        <message>
            <source>Bank account {name} ({number}) added, id {id}.</source>
            <translation>已添加银行账户 {name}（{number}），编号 {id}。</translation>
        </message>
        <message>
            <source>Bank account {name} changed: {fields}.</source>
            <translation>银行账户 {name} 已修改：{fields}。</translation>
        </message>
        <message>
            <source>Bank account {name}: nothing changed.</source>
            <translation>银行账户 {name}：没有改动。</translation>
        </message>
        <message>
            <source>Bank line {line} matched: receipt {number} of {customer}.</source>
            <translation>银行流水 {line} 已匹配：{customer} 的收款单 {number}。</translation>
        </message>
        <message>
            <source>Bank line {line} unmatched; receipt {number} reversed.</source>
            <translation>银行流水 {line} 已取消匹配；收款单 {number} 已冲销。</translation>
        </message>
        <message>
            <source>Bank line {line} unmatched; receipt {number} stays as it was.</source>
            <translation>银行流水 {line} 已取消匹配；收款单 {number} 保持不变。</translation>
        </message>
        <message>
            <source>CODE</source>
            <translation>编码</translation>
        </message>
        <message>
            <source>Counterparty</source>
            <translation>对方户名</translation>
        </message>
        <message>
            <source>DATE</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>摘要</translation>
        </message>
        <message>
            <source>Dry run: nothing was written.</source>
            <translation>试运行：未写入任何内容。</translation>
        </message>
        <message>
            <source>FILE</source>
            <translation>文件</translation>
        </message>
        <message>
            <source>Id</source>
            <translation>编号</translation>
        </message>
        <message>
            <source>In/out</source>
            <translation>收支</translation>
        </message>
        <message>
            <source>Kept as customer credit: {amount}.</source>
            <translation>转为客户预收：{amount}。</translation>
        </message>
        <message>
            <source>LINE</source>
            <translation>流水</translation>
        </message>
        <message>
            <source>Last line</source>
            <translation>最近流水</translation>
        </message>
        <message>
            <source>Learned: account {number} is {customer}&apos;s.</source>
            <translation>已记住：账号 {number} 属于 {customer}。</translation>
        </message>
        <message>
            <source>Learned: {name} is an alias of {customer}.</source>
            <translation>已记住：{name} 是 {customer} 的别名。</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>流水</translation>
        </message>
        <message>
            <source>Lines</source>
            <translation>流水数</translation>
        </message>
        <message>
            <source>NAME</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>NUMBER</source>
            <translation>号码</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>No bank accounts yet: add one with &apos;arapp bank-account add&apos;.</source>
            <translation>还没有银行账户：请用“arapp bank-account add”添加。</translation>
        </message>
        <message>
            <source>No bank lines.</source>
            <translation>没有银行流水。</translation>
        </message>
        <message>
            <source>Nothing to change: give at least one field</source>
            <translation>没有要修改的内容：请至少给出一个字段</translation>
        </message>
        <message>
            <source>Profile</source>
            <translation>导入格式</translation>
        </message>
        <message>
            <source>Proposal</source>
            <translation>建议客户</translation>
        </message>
        <message>
            <source>Receipt / customer</source>
            <translation>收款单 / 客户</translation>
        </message>
        <message>
            <source>SCORE</source>
            <translation>分数</translation>
        </message>
        <message>
            <source>Say what the line pays: --invoice N[:AMOUNT] (repeatable), --credit with --customer, or --receipt NUMBER</source>
            <translation>请说明该笔流水支付什么：--invoice 单号[:金额]（可重复）、--credit 加 --customer，或 --receipt 收款单号</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>匹配分</translation>
        </message>
        <message>
            <source>Serial</source>
            <translation>流水号</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>TEXT</source>
            <translation>文本</translation>
        </message>
        <message>
            <source>Waiting</source>
            <translation>待处理</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>理由</translation>
        </message>
        <message>
            <source>Wrote {path}</source>
            <translation>已写入 {path}</translation>
        </message>
        <message>
            <source>a new name</source>
            <translation>新名称</translation>
        </message>
        <message>
            <source>accept every proposal scoring at least this (0 to 100)</source>
            <translation>接受匹配分不低于此值的所有建议（0 到 100）</translation>
        </message>
        <message>
            <source>add a bank account</source>
            <translation>添加银行账户</translation>
        </message>
        <message>
            <source>add, change and list the company&apos;s bank accounts</source>
            <translation>添加、修改和列出公司的银行账户</translation>
        </message>
        <message>
            <source>allocated {amount} to {invoice}</source>
            <translation>核销 {invoice}：{amount}</translation>
        </message>
        <message>
            <source>an invoice the line pays, with how much (default: what it owes, up to what is left of the line); repeatable</source>
            <translation>该笔流水支付的应收单及金额（默认：该单欠款，以流水余额为限）；可重复</translation>
        </message>
        <message>
            <source>at most N lines (default 100)</source>
            <translation>最多 N 条流水（默认 100）</translation>
        </message>
        <message>
            <source>change a bank account&apos;s fields or opening balances</source>
            <translation>修改银行账户的字段或期初余额</translation>
        </message>
        <message>
            <source>date of the reversal (default: the receipt&apos;s date)</source>
            <translation>冲销日期（默认：收款单日期）</translation>
        </message>
        <message>
            <source>do not keep the payer&apos;s name and account for the customer</source>
            <translation>不为客户记住付款户名和账号</translation>
        </message>
        <message>
            <source>forgotten: {item}</source>
            <translation>已忘记：{item}</translation>
        </message>
        <message>
            <source>in (money received) or out (money paid)</source>
            <translation>in（收入）或 out（支出）</translation>
        </message>
        <message>
            <source>line {line} left waiting: {reason}</source>
            <translation>流水 {line} 留待处理：{reason}</translation>
        </message>
        <message>
            <source>lines from this day</source>
            <translation>从这一天起的流水</translation>
        </message>
        <message>
            <source>lines up to this day</source>
            <translation>到这一天为止的流水</translation>
        </message>
        <message>
            <source>list bank statement lines with their match</source>
            <translation>列出银行流水及其匹配</translation>
        </message>
        <message>
            <source>list the bank accounts with their lines waiting</source>
            <translation>列出银行账户及待处理的流水</translation>
        </message>
        <message>
            <source>match an incoming bank line by hand: the receipt and its allocations (the rest is left as credit)</source>
            <translation>手工匹配一笔收入流水：生成收款单并核销（其余转为预收）</translation>
        </message>
        <message>
            <source>matched by hand</source>
            <translation>手工匹配</translation>
        </message>
        <message>
            <source>no invoice: keep the whole line as the customer&apos;s credit</source>
            <translation>不核销应收单：整笔转为客户预收</translation>
        </message>
        <message>
            <source>no proposal</source>
            <translation>无建议</translation>
        </message>
        <message>
            <source>only lines of this status</source>
            <translation>只列这一状态的流水</translation>
        </message>
        <message>
            <source>only the lines still waiting</source>
            <translation>只列待处理的流水</translation>
        </message>
        <message>
            <source>part of the counterparty, description or serial</source>
            <translation>对方户名、摘要或流水号的一部分</translation>
        </message>
        <message>
            <source>read a bank statement file (xlsx, xls, csv) into an account, never twice; propose matches for the lines that wait</source>
            <translation>将银行对账单文件（xlsx、xls、csv）导入某账户，绝不重复导入；为待处理的流水提出匹配建议</translation>
        </message>
        <message>
            <source>row {row}, column {column}: {reason}</source>
            <translation>第 {row} 行，{column} 列：{reason}</translation>
        </message>
        <message>
            <source>row {row}: the balance printed is {printed}, the amounts give {expected}</source>
            <translation>第 {row} 行：所列余额为 {printed}，按金额推算应为 {expected}</translation>
        </message>
        <message>
            <source>show what would be imported and accepted; write nothing</source>
            <translation>显示将导入和接受的内容，不写入任何内容</translation>
        </message>
        <message>
            <source>stop using the account (its lines stay)</source>
            <translation>停用该账户（流水保留）</translation>
        </message>
        <message>
            <source>the account number</source>
            <translation>账号</translation>
        </message>
        <message>
            <source>the balance per bank statement</source>
            <translation>银行对账单余额</translation>
        </message>
        <message>
            <source>the balance per books</source>
            <translation>账面余额</translation>
        </message>
        <message>
            <source>the bank (开户银行)</source>
            <translation>开户银行</translation>
        </message>
        <message>
            <source>the bank account: its name, account number or id</source>
            <translation>银行账户：名称、账号或编号</translation>
        </message>
        <message>
            <source>the bank line&apos;s id</source>
            <translation>银行流水编号</translation>
        </message>
        <message>
            <source>the bank line&apos;s id (see bank-lines)</source>
            <translation>银行流水编号（见 bank-lines）</translation>
        </message>
        <message>
            <source>the bank reconciliation statement (银行存款余额调节表) of an account for a month</source>
            <translation>某账户某月的银行存款余额调节表</translation>
        </message>
        <message>
            <source>the bank&apos;s export format (default generic)</source>
            <translation>银行导出格式（默认 generic 通用）</translation>
        </message>
        <message>
            <source>the customer (default: the first invoice&apos;s)</source>
            <translation>客户（默认：第一张应收单的客户）</translation>
        </message>
        <message>
            <source>the day the opening balances are at the start of</source>
            <translation>期初余额所在的日期（当日开始时）</translation>
        </message>
        <message>
            <source>the month</source>
            <translation>月份</translation>
        </message>
        <message>
            <source>the receipt already in the books that the line shows (no new receipt)</source>
            <translation>该笔流水对应的已录收款单（不再新建收款单）</translation>
        </message>
        <message>
            <source>the sheet to read (default: the first visible one)</source>
            <translation>要读取的工作表（默认：第一个可见的工作表）</translation>
        </message>
        <message>
            <source>the statement file</source>
            <translation>对账单文件</translation>
        </message>
        <message>
            <source>undo a bank line&apos;s match: its receipt is reversed, never deleted</source>
            <translation>取消银行流水的匹配：收款单冲销，不删除</translation>
        </message>
        <message>
            <source>use it again</source>
            <translation>重新启用</translation>
        </message>
        <message>
            <source>what the account is called, e.g. 基本户</source>
            <translation>账户名称，例如 基本户</translation>
        </message>
        <message>
            <source>whose export the file is (default: the mapping saved for the account, else guessed from the file)</source>
            <translation>文件是哪家银行导出的（默认：该账户保存的列对应关系，否则从文件推断）</translation>
        </message>
        <message>
            <source>why</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>write it to this file: .pdf or .xlsx (default: print it)</source>
            <translation>写入此文件：.pdf 或 .xlsx（默认：打印到终端）</translation>
        </message>
        <message>
            <source>{file} (sheet {sheet}, {profile}) into {account}: {summary}.</source>
            <translation>{file}（工作表 {sheet}，{profile}）导入 {account}：{summary}。</translation>
        </message>
        <message>
            <source>{file} is a statement of account {found}, not of {name} ({number}); nothing was imported</source>
            <translation>{file} 是账号 {found} 的对账单，不是 {name}（{number}）的；未导入任何内容</translation>
        </message>
        <message numerus="yes">
            <source>{n} line accepted (score {score} or more).</source>
            <comment>{n} lines accepted (score {score} or more).</comment>
            <translation>
                <numerusform>已接受 {n} 条流水（匹配分 {score} 及以上）。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{n} line waits for a match:</source>
            <comment>{n} lines wait for a match:</comment>
            <translation>
                <numerusform>{n} 条流水待匹配：</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{n} more line not shown (use --limit).</source>
            <comment>{n} more lines not shown (use --limit).</comment>
            <translation>
                <numerusform>另有 {n} 条流水未列出（用 --limit）。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{n} more line not shown (use bank-lines).</source>
            <comment>{n} more lines not shown (use bank-lines).</comment>
            <translation>
                <numerusform>另有 {n} 条流水未列出（用 bank-lines）。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{n} more rejected row not shown (use --format json).</source>
            <comment>{n} more rejected rows not shown (use --format json).</comment>
            <translation>
                <numerusform>另有 {n} 行被拒绝的行未列出（用 --format json）。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cli</name>
        <message>
            <source># {name} ({code}, {lang}), version {version}</source>
            <translation># {name}（{code}，{lang}），第 {version} 版</translation>
        </message>
        <message>
            <source>&apos;{text}&apos; is not DESCRIPTION:QUANTITY:PRICE (for example 物业费:1:350.00)</source>
            <translation type="vanished">“{text}”不是“摘要:数量:单价”的格式（例如 物业费:1:350.00）</translation>
        </message>
        <message>
            <source>&apos;{text}&apos; is not DESCRIPTION:QUANTITY:PRICE[:RATE] (for example 物业费:1:350.00 or 办公用品:3:33.33:13%)</source>
            <translation>“{text}”不是“摘要:数量:单价[:税率]”的格式（例如 物业费:1:350.00 或 办公用品:3:33.33:13%）</translation>
        </message>
        <message>
            <source>&apos;{text}&apos; is not INVOICE:AMOUNT (for example INV-2026-000123:500.00)</source>
            <translation>“{text}”不是“应收单号:金额”的格式（例如 INV-2026-000123:500.00）</translation>
        </message>
        <message>
            <source>&apos;{text}&apos; is not a number of days</source>
            <translation>“{text}”不是有效的天数</translation>
        </message>
        <message>
            <source>&apos;{text}&apos; is not a number of months (0 or more)</source>
            <translation>“{text}”不是有效的月数（0 或更大）</translation>
        </message>
        <message>
            <source>&apos;{text}&apos; is not a whole number of 1 or more</source>
            <translation>“{text}”不是大于等于 1 的整数</translation>
        </message>
        <message>
            <source>&apos;{text}&apos;: write the tax rate with a percent sign, for example 办公用品:3:33.33:13%</source>
            <translation>“{text}”：税率请带百分号，例如 办公用品:3:33.33:13%</translation>
        </message>
        <message>
            <source>(next)</source>
            <translation>（自动编号）</translation>
        </message>
        <message>
            <source>(not set)</source>
            <translation>（未设置）</translation>
        </message>
        <message>
            <source>--demo and --db name two different books: give one of them</source>
            <translation>--demo 与 --db 指的是两套不同的账套：只能给其中一个</translation>
        </message>
        <message>
            <source>--format {fmt} needs -o FILE</source>
            <translation>--format {fmt} 需要用 -o 指定文件</translation>
        </message>
        <message>
            <source>--from-file holds every part; give it alone</source>
            <translation>--from-file 已包含全部内容，请单独使用</translation>
        </message>
        <message>
            <source>ACCOUNT</source>
            <translation>账户</translation>
        </message>
        <message>
            <source>ACTION</source>
            <translation>操作</translation>
        </message>
        <message>
            <source>ADDRESS</source>
            <translation>地址</translation>
        </message>
        <message>
            <source>ALIAS</source>
            <translation>别名</translation>
        </message>
        <message>
            <source>AMOUNT</source>
            <translation>金额</translation>
        </message>
        <message>
            <source>Accounts</source>
            <translation>银行账户</translation>
        </message>
        <message>
            <source>Accounts receivable and collections. Without a command, opens the window.</source>
            <translation>应收账款管理与催收。不带命令时打开程序窗口。</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>地址</translation>
        </message>
        <message>
            <source>Aliases</source>
            <translation>别名</translation>
        </message>
        <message>
            <source>Alipay</source>
            <translation type="vanished">支付宝</translation>
        </message>
        <message>
            <source>Allocations</source>
            <translation>核销笔数</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <source>An invoice&apos;s late fee is at most its unpaid amount.</source>
            <translation>每张应收单的违约金以其未付金额为限。</translation>
        </message>
        <message>
            <source>Balance</source>
            <translation>余额</translation>
        </message>
        <message>
            <source>Becomes</source>
            <translation>导入为</translation>
        </message>
        <message>
            <source>Building demo data: {percent}%</source>
            <translation>正在生成演示数据：{percent}%</translation>
        </message>
        <message>
            <source>By</source>
            <translation>操作人</translation>
        </message>
        <message>
            <source>CODE</source>
            <translation>编码</translation>
        </message>
        <message>
            <source>COMMAND</source>
            <translation>命令</translation>
        </message>
        <message>
            <source>Cannot read {path}: {reason}</source>
            <translation>无法读取 {path}：{reason}</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>分类</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>编码</translation>
        </message>
        <message numerus="yes">
            <source>Collection tasks for {date}: {created} created ({escalated} escalated), {closed} closed, {skipped} customer skipped.</source>
            <comment>Collection tasks for {date}: {created} created ({escalated} escalated), {closed} closed, {skipped} customers skipped.</comment>
            <translation>
                <numerusform>{date} 的催收任务：新建 {created} 个（其中升级 {escalated} 个），关闭 {closed} 个，跳过客户 {skipped} 个。</numerusform>
            </translation>
        </message>
        <message>
            <source>Collector</source>
            <translation>催收员</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>列</translation>
        </message>
        <message>
            <source>Columns read: {columns}</source>
            <translation>读取的列：{columns}</translation>
        </message>
        <message>
            <source>Contact persons</source>
            <translation>联系人</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation type="vanished">联系人数</translation>
        </message>
        <message>
            <source>Credit</source>
            <translation>预收</translation>
        </message>
        <message>
            <source>Credit limit</source>
            <translation>信用额度</translation>
        </message>
        <message>
            <source>Credit notes</source>
            <translation>贷项通知单数</translation>
        </message>
        <message>
            <source>Credit rating</source>
            <translation>信用等级</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <source>Customer credit</source>
            <translation>客户预收</translation>
        </message>
        <message>
            <source>Customer credit used: {amount}.</source>
            <translation>已冲抵客户预收：{amount}。</translation>
        </message>
        <message>
            <source>Customer {code} balance: {balance}.</source>
            <translation>客户 {code} 余额：{balance}。</translation>
        </message>
        <message>
            <source>Customer {code} {name} added.</source>
            <translation>已新增客户 {code} {name}。</translation>
        </message>
        <message>
            <source>Customers</source>
            <translation>客户数</translation>
        </message>
        <message>
            <source>DATE</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>DAYS</source>
            <translation>天数</translation>
        </message>
        <message>
            <source>DIR</source>
            <translation>文件夹</translation>
        </message>
        <message>
            <source>Date window saved.</source>
            <translation>单据日期范围已保存。</translation>
        </message>
        <message>
            <source>Days overdue</source>
            <translation>逾期天数</translation>
        </message>
        <message>
            <source>Demo books made in {where}:</source>
            <translation>演示账套已生成（演示数据），位于 {where}：</translation>
        </message>
        <message>
            <source>Demo data created:</source>
            <translation type="vanished">演示数据已生成：</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>单据</translation>
        </message>
        <message>
            <source>Documents are accepted dated from {earliest} to {latest}.</source>
            <translation>接受的单据日期：{earliest} 至 {latest}。</translation>
        </message>
        <message>
            <source>Draft invoice {id} saved for {customer}: total {total}. Post it with &apos;arapp invoice post {id}&apos;.</source>
            <translation>已为 {customer} 保存草稿应收单 {id}：金额 {total}。过账请运行“arapp invoice post {id}”。</translation>
        </message>
        <message>
            <source>Dry run: nothing was made or sent; {would} of {total} would be sent.</source>
            <translation>试运行：未生成也未发送任何单据；{total} 份中将发送 {would} 份。</translation>
        </message>
        <message>
            <source>Dry run: {n} customers would be imported ({aliases} aliases, {contacts} contact persons, {accounts} bank accounts); nothing was written.</source>
            <translation>试运行：将导入 {n} 个客户（别名 {aliases} 个，联系人 {contacts} 个，银行账户 {accounts} 个）；未写入任何内容。</translation>
        </message>
        <message>
            <source>Dry run: {summary} would be imported; nothing was written.</source>
            <translation>试运行：将导入{summary}；未写入任何内容。</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>到期日</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>电子邮箱</translation>
        </message>
        <message>
            <source>FILE</source>
            <translation>文件</translation>
        </message>
        <message>
            <source>Give either --month or --from/--to, not both</source>
            <translation>请只给出 --month 或 --from/--to 之一，不要同时给出</translation>
        </message>
        <message>
            <source>HOST</source>
            <translation>主机</translation>
        </message>
        <message>
            <source>Imported {n} customers ({aliases} aliases, {contacts} contact persons, {accounts} bank accounts).</source>
            <translation>已导入 {n} 个客户（别名 {aliases} 个，联系人 {contacts} 个，银行账户 {accounts} 个）。</translation>
        </message>
        <message>
            <source>Imported {summary}.</source>
            <translation>已导入{summary}。</translation>
        </message>
        <message>
            <source>Invoice</source>
            <translation>应收单号</translation>
        </message>
        <message>
            <source>Invoice numbers {first} to {last}; new invoices go on from there.</source>
            <translation>应收单号 {first} 至 {last}；新应收单从其后接续编号。</translation>
        </message>
        <message>
            <source>Invoice {number} posted: total {total}, open {open} ({status}).</source>
            <translation>应收单 {number} 已过账：金额 {total}，未结 {open}（{status}）。</translation>
        </message>
        <message>
            <source>Invoice {number} voided.</source>
            <translation>应收单 {number} 已作废。</translation>
        </message>
        <message>
            <source>Invoiced</source>
            <translation>开单金额</translation>
        </message>
        <message>
            <source>Invoices</source>
            <translation>应收单数</translation>
        </message>
        <message>
            <source>Issued</source>
            <translation>开单日期</translation>
        </message>
        <message>
            <source>KEY</source>
            <translation>键</translation>
        </message>
        <message>
            <source>Kept as customer credit: {amount}.</source>
            <translation>转为客户预收：{amount}。</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>LIST</source>
            <translation>列表</translation>
        </message>
        <message>
            <source>LOGIN</source>
            <translation>登录名</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>语言</translation>
        </message>
        <message>
            <source>Late fee: {rate}‰ a day of the overdue amount, after a grace of {grace} days from the due date.</source>
            <translation>违约金：到期日后{grace}天宽限期满后，按逾期金额每日 {rate}‰ 计收。</translation>
        </message>
        <message>
            <source>Letter written to {path} ({pages} page(s)) and archived.</source>
            <translation>函件已写入 {path}（{pages} 页）并已归档。</translation>
        </message>
        <message>
            <source>Letters ask for payment within {days} days of their date.</source>
            <translation>函件要求自函件日期起 {days} 天内付款。</translation>
        </message>
        <message>
            <source>METHOD</source>
            <translation>方式</translation>
        </message>
        <message>
            <source>Mail settings saved.</source>
            <translation>邮件设置已保存。</translation>
        </message>
        <message>
            <source>NAME</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>NUMBER</source>
            <translation>单号</translation>
        </message>
        <message>
            <source>NUMBER_OR_ID</source>
            <translation>单号或ID</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>New books made at {where} (schema version {version}).</source>
            <translation>已在 {where} 新建账套（数据库结构版本 {version}）。</translation>
        </message>
        <message>
            <source>No customer has a balance or a movement in this period: nothing written.</source>
            <translation>本期没有客户有余额或发生额：未写入任何文件。</translation>
        </message>
        <message>
            <source>No customers found.</source>
            <translation>没有找到客户。</translation>
        </message>
        <message>
            <source>No display found (DISPLAY and WAYLAND_DISPLAY are not set), so the window cannot open. Try &apos;arapp balance&apos;, or set QT_QPA_PLATFORM=offscreen.</source>
            <translation>未检测到显示器（DISPLAY 和 WAYLAND_DISPLAY 均未设置），无法打开窗口。可以改用“arapp balance”，或设置 QT_QPA_PLATFORM=offscreen。</translation>
        </message>
        <message>
            <source>No documents to send.</source>
            <translation>没有要发送的单据。</translation>
        </message>
        <message>
            <source>No invoices found.</source>
            <translation>没有找到应收单。</translation>
        </message>
        <message>
            <source>No late fees are charged.</source>
            <translation>不计收违约金。</translation>
        </message>
        <message>
            <source>No late-fee policy is set: give --rate-per-mille too</source>
            <translation>尚未设置违约金规则：请同时提供 --rate-per-mille</translation>
        </message>
        <message>
            <source>No letters are due on {date}.</source>
            <translation>{date} 没有需要发出的函件。</translation>
        </message>
        <message>
            <source>No receipts are dated {date}.</source>
            <translation>{date} 没有收款单。</translation>
        </message>
        <message>
            <source>No user {name}</source>
            <translation>没有用户 {name}</translation>
        </message>
        <message>
            <source>Nothing changed.</source>
            <translation>没有变化。</translation>
        </message>
        <message>
            <source>Nothing changed: the texts are those of version {version}.</source>
            <translation>没有变化：内容与第 {version} 版相同。</translation>
        </message>
        <message>
            <source>Nothing to save: give --from-file, or the parts to change (--title, --body-file …)</source>
            <translation>没有可保存的内容：请提供 --from-file，或要修改的部分（--title、--body-file …）</translation>
        </message>
        <message>
            <source>Nothing to set: give --rate-per-mille, --grace-days, --cap-at-principal or --deadline-days</source>
            <translation>没有可设置的内容：请提供 --rate-per-mille、--grace-days、--cap-at-principal 或 --deadline-days</translation>
        </message>
        <message>
            <source>Nothing would be sent.</source>
            <translation>没有要发送的内容。</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>单号</translation>
        </message>
        <message>
            <source>OUT</source>
            <translation>输出</translation>
        </message>
        <message>
            <source>Old ledger number</source>
            <translation>原单号</translation>
        </message>
        <message>
            <source>One of these options is required: {a}</source>
            <translation>以下选项必须填写其中一个：{a}</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>未收</translation>
        </message>
        <message>
            <source>Open balance</source>
            <translation>应收余额</translation>
        </message>
        <message>
            <source>Open balances as of {date}</source>
            <translation>截至 {date} 的应收余额</translation>
        </message>
        <message>
            <source>Open invoices</source>
            <translation>未结应收</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>逾期</translation>
        </message>
        <message>
            <source>PASSWORD</source>
            <translation>密码</translation>
        </message>
        <message>
            <source>PATH_OR_URL</source>
            <translation>路径或URL</translation>
        </message>
        <message>
            <source>PORT</source>
            <translation>端口</translation>
        </message>
        <message>
            <source>Payment terms</source>
            <translation>付款期限</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>期间</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>REASON</source>
            <translation>理由</translation>
        </message>
        <message>
            <source>REF</source>
            <translation>流水号</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>Receipt written to {path} ({pages} pages).</source>
            <translation>收据已写入 {path}（共 {pages} 页）。</translation>
        </message>
        <message>
            <source>Receipt {number} recorded: {amount} from {customer} ({method}).</source>
            <translation>已登记收款单 {number}：收到 {customer} {amount}（{method}）。</translation>
        </message>
        <message>
            <source>Receipt {number} reversed.</source>
            <translation>收款单 {number} 已冲销。</translation>
        </message>
        <message>
            <source>Receipts</source>
            <translation>收款单数</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>收款金额</translation>
        </message>
        <message>
            <source>Recorded as sent by {method} (contact {id}).</source>
            <translation>已记录为通过{method}发送（联系记录 {id}）。</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>结果</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>行</translation>
        </message>
        <message>
            <source>Rows refused ({n}):</source>
            <translation>被拒绝的行（{n} 行）：</translation>
        </message>
        <message>
            <source>Rows skipped (totals, repeated headers): {rows}</source>
            <translation>跳过的行（合计行、重复的表头）：{rows}</translation>
        </message>
        <message>
            <source>Run &apos;{prog} --help&apos; for help.</source>
            <translation>运行“{prog} --help”查看帮助。</translation>
        </message>
        <message>
            <source>SMTP login</source>
            <translation>SMTP 登录名</translation>
        </message>
        <message>
            <source>SMTP password (&apos;&apos; clears it); --password-stdin keeps it out of the shell history</source>
            <translation>SMTP 密码（&apos;&apos; 表示清除）；用 --password-stdin 可避免密码留在命令历史中</translation>
        </message>
        <message>
            <source>SMTP port (default by security: 465, 587 or 25)</source>
            <translation>SMTP 端口（默认按加密方式：465、587 或 25）</translation>
        </message>
        <message>
            <source>SMTP server</source>
            <translation>SMTP 服务器</translation>
        </message>
        <message>
            <source>SQLite file or postgresql:// URL (default: $ARAPP_DB, else the file in the user data folder)</source>
            <translation>SQLite 文件或 postgresql:// 地址（默认：$ARAPP_DB，否则为用户数据文件夹中的文件）</translation>
        </message>
        <message>
            <source>STATUS</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>保存时间</translation>
        </message>
        <message>
            <source>Seconds</source>
            <translation>用时（秒）</translation>
        </message>
        <message>
            <source>Setting</source>
            <translation>设置项</translation>
        </message>
        <message>
            <source>Statement {start} – {end}</source>
            <translation>对账单 {start} 至 {end}</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>主题</translation>
        </message>
        <message>
            <source>TEXT</source>
            <translation>文本</translation>
        </message>
        <message>
            <source>Taxpayer id</source>
            <translation>纳税人识别号</translation>
        </message>
        <message>
            <source>Template</source>
            <translation>模板</translation>
        </message>
        <message>
            <source>Template {code} ({lang}) saved as version {version}.</source>
            <translation>模板 {code}（{lang}）已保存为第 {version} 版。</translation>
        </message>
        <message>
            <source>Terms</source>
            <translation>账期</translation>
        </message>
        <message>
            <source>The database already has {count} customers; demo data goes only into an empty database (use --if-empty to skip quietly, or --db for another file)</source>
            <translation type="vanished">数据库中已有 {count} 个客户；演示数据只能写入空数据库（可用 --if-empty 静默跳过，或用 --db 指定另一个文件）</translation>
        </message>
        <message numerus="yes">
            <source>The database already has {n} customer; demo data goes only into an empty database (use --if-empty to skip quietly, or --db for another file)</source>
            <comment>The database already has {n} customers; demo data goes only into an empty database (use --if-empty to skip quietly, or --db for another file)</comment>
            <translation type="vanished">
                <numerusform>数据库中已有 {n} 个客户；演示数据只能写入空数据库（可用 --if-empty 静默跳过，或用 --db 指定另一个文件）</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The database already has {n} customer; these are your own books ({where}), and demo data never goes into them. The demo books are a file of their own: &apos;arapp demo&apos; without --db makes them in {demo}.</source>
            <comment>The database already has {n} customers; these are your own books ({where}), and demo data never goes into them. The demo books are a file of their own: &apos;arapp demo&apos; without --db makes them in {demo}.</comment>
            <translation>
                <numerusform>该账套已有 {n} 个客户；这是您自己的账套（{where}），演示数据绝不写入其中。演示账套是单独的文件：不带 --db 运行 &apos;arapp demo&apos;，会在 {demo} 生成。</numerusform>
            </translation>
        </message>
        <message>
            <source>The demo books are not made yet ({where}): run &apos;arapp demo&apos; first.</source>
            <translation>演示账套尚未生成（{where}）：请先运行 &apos;arapp demo&apos;。</translation>
        </message>
        <message numerus="yes">
            <source>The demo books {where} are made already ({n} customer). Open them with &apos;arapp --demo&apos;, or use --if-empty to skip quietly.</source>
            <comment>The demo books {where} are made already ({n} customers). Open them with &apos;arapp --demo&apos;, or use --if-empty to skip quietly.</comment>
            <translation type="vanished">
                <numerusform>演示账套 {where} 已经生成（{n} 个客户）。用 &apos;arapp --demo&apos; 打开；或加 --if-empty 静默跳过。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The demo books {where} are made already ({n} customer). Open them with &apos;{command}&apos;, or use --if-empty to skip quietly.</source>
            <comment>The demo books {where} are made already ({n} customers). Open them with &apos;{command}&apos;, or use --if-empty to skip quietly.</comment>
            <translation>
                <numerusform>演示账套 {where} 已经生成（{n} 个客户）。用 &apos;{command}&apos; 打开；或加 --if-empty 静默跳过。</numerusform>
            </translation>
        </message>
        <message>
            <source>The total includes VAT {tax}.</source>
            <translation>合计中含增值税 {tax}。</translation>
        </message>
        <message>
            <source>These options are required: {a}</source>
            <translation>缺少必填选项：{a}</translation>
        </message>
        <message>
            <source>This version of arapp cannot make {what} yet.</source>
            <translation>此版本的 arapp 尚不能生成{what}。</translation>
        </message>
        <message>
            <source>To</source>
            <translation>收件人</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>金额</translation>
        </message>
        <message>
            <source>Total ({count} customers)</source>
            <translation type="vanished">合计（{count} 个客户）</translation>
        </message>
        <message numerus="yes">
            <source>Total ({n} customer)</source>
            <comment>Total ({n} customers)</comment>
            <translation>
                <numerusform>合计（{n} 个客户）</numerusform>
            </translation>
        </message>
        <message>
            <source>Total rows skipped: {rows}</source>
            <translation type="obsolete"></translation>
        </message>
        <message>
            <source>USERNAME</source>
            <translation>用户名</translation>
        </message>
        <message>
            <source>Unknown arguments: {a}</source>
            <translation>无法识别的参数：{a}</translation>
        </message>
        <message>
            <source>Unknown part &apos;{part}&apos; in the template file; the parts are: {parts}</source>
            <translation>模板文件中有未知部分“{part}”；可用部分为：{parts}</translation>
        </message>
        <message>
            <source>User {name} is disabled</source>
            <translation>用户 {name} 已停用</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>值</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>版本</translation>
        </message>
        <message>
            <source>WeChat</source>
            <translation type="vanished">微信</translation>
        </message>
        <message numerus="yes">
            <source>Wrote {n} row to {path}</source>
            <comment>Wrote {n} rows to {path}</comment>
            <translation>
                <numerusform>已将 {n} 行写入 {path}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Wrote {n} statement into {where}</source>
            <comment>Wrote {n} statements into {where}</comment>
            <translation>
                <numerusform>已将 {n} 份对账单写入 {where}</numerusform>
            </translation>
        </message>
        <message>
            <source>Wrote {path}</source>
            <translation>已写入 {path}</translation>
        </message>
        <message numerus="yes">
            <source>Wrote {path} ({n} page)</source>
            <comment>Wrote {path} ({n} pages)</comment>
            <translation>
                <numerusform>已写入 {path}（共 {n} 页）</numerusform>
            </translation>
        </message>
        <message>
            <source>a customer&apos;s statement of account (对账单) for a period, as PDF</source>
            <translation>某客户一段期间的对账单（PDF）</translation>
        </message>
        <message>
            <source>a file as template show prints it; parts it leaves out stay as they are</source>
            <translation>与 template show 输出格式相同的文件；文件中未列出的部分保持不变</translation>
        </message>
        <message>
            <source>a file holding the e-mail text</source>
            <translation>邮件正文所在的文件</translation>
        </message>
        <message>
            <source>a file holding the letter&apos;s text</source>
            <translation>函件正文所在的文件</translation>
        </message>
        <message>
            <source>a folder for one file per receipt, or with --combined the one file</source>
            <translation>每张收据一个文件时为文件夹；使用 --combined 时为合并后的文件</translation>
        </message>
        <message>
            <source>a manager&apos;s reason to post despite a credit hold</source>
            <translation>财务负责人放行信用冻结客户时填写的理由</translation>
        </message>
        <message>
            <source>a name the customer uses on bank statements (repeatable)</source>
            <translation>客户在银行流水上使用的名称（可重复）</translation>
        </message>
        <message>
            <source>accept a task&apos;s proposal to hand the debt over to legal</source>
            <translation>接受任务的转法务建议，把欠款移交法务</translation>
        </message>
        <message>
            <source>accept documents dated from this day (default 2000-01-01)</source>
            <translation>接受自该日起的单据日期（默认 2000-01-01）</translation>
        </message>
        <message>
            <source>act as this user (default admin)</source>
            <translation>以此用户身份操作（默认 admin）</translation>
        </message>
        <message>
            <source>active</source>
            <translation type="vanished">正常</translation>
        </message>
        <message>
            <source>add a customer</source>
            <translation>新增客户</translation>
        </message>
        <message>
            <source>add an invoice (posted unless --draft)</source>
            <translation>新增应收单（除非指定 --draft，否则直接过账）</translation>
        </message>
        <message>
            <source>add, list and show customers</source>
            <translation>新增、列出和查看客户</translation>
        </message>
        <message>
            <source>add, post, void and list invoices</source>
            <translation>新增、过账、作废和列出应收单</translation>
        </message>
        <message>
            <source>address</source>
            <translation>地址</translation>
        </message>
        <message>
            <source>age at the end of this day (default today)</source>
            <translation>按该日日终计算账龄（默认今天）</translation>
        </message>
        <message>
            <source>agent</source>
            <translation type="vanished">代理商</translation>
        </message>
        <message>
            <source>aging analysis of open receivables</source>
            <translation>应收账款账龄分析</translation>
        </message>
        <message>
            <source>all receipts in one PDF</source>
            <translation>所有收据合并为一个 PDF</translation>
        </message>
        <message>
            <source>allocate this much to this invoice (repeatable)</source>
            <translation>将此金额核销到该应收单（可重复）</translation>
        </message>
        <message>
            <source>allocated {amount} to {invoice}</source>
            <translation>核销 {invoice}：{amount}</translation>
        </message>
        <message>
            <source>amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <source>an invoice line (repeatable)</source>
            <translation type="vanished">一行应收单明细（可重复）</translation>
        </message>
        <message>
            <source>an invoice line (repeatable); RATE is the VAT rate with a percent sign, one of {rates} (none when left out), e.g. 办公用品:3:33.33:13%</source>
            <translation>一行应收单明细（可重复）；税率为带百分号的增值税税率，可选 {rates}（不写即不计税），例如 办公用品:3:33.33:13%</translation>
        </message>
        <message>
            <source>an invoice&apos;s late fee is at most its unpaid amount</source>
            <translation>每张应收单的违约金以其未付金额为限</translation>
        </message>
        <message>
            <source>and up to N months after today (default 12)</source>
            <translation>直到今天之后 N 个月（默认 12）</translation>
        </message>
        <message>
            <source>arapp: {message}</source>
            <translation>arapp：{message}</translation>
        </message>
        <message>
            <source>arguments</source>
            <translation>参数</translation>
        </message>
        <message>
            <source>assigned collector</source>
            <translation>负责的催收员</translation>
        </message>
        <message>
            <source>at most N customers (default 50)</source>
            <translation>最多 N 个客户（默认 50）</translation>
        </message>
        <message>
            <source>at most N invoices (default 50)</source>
            <translation>最多 N 张应收单（默认 50）</translation>
        </message>
        <message>
            <source>balances at the end of this day (default today)</source>
            <translation>截至该日日终的余额（默认今天）</translation>
        </message>
        <message>
            <source>bank lines of this bank account (its name, account number or id)</source>
            <translation>只导出此银行账户的流水（账户名称、账号或编号）</translation>
        </message>
        <message>
            <source>bank lines: in (money received) or out (money paid)</source>
            <translation>银行流水：in（收入）或 out（支出）</translation>
        </message>
        <message>
            <source>bank or payment reference</source>
            <translation>银行或支付流水号</translation>
        </message>
        <message>
            <source>bank transfer</source>
            <translation type="vanished">银行转账</translation>
        </message>
        <message>
            <source>billing period</source>
            <translation>账期</translation>
        </message>
        <message>
            <source>blacklisted</source>
            <translation type="vanished">黑名单</translation>
        </message>
        <message>
            <source>bucket scheme (default: the default scheme; built in: default, yearly)</source>
            <translation>账龄分段方案（默认：默认方案；内置：default、yearly）</translation>
        </message>
        <message>
            <source>card</source>
            <translation type="vanished">刷卡</translation>
        </message>
        <message>
            <source>cash</source>
            <translation type="vanished">现金</translation>
        </message>
        <message>
            <source>category, e.g. 业主 or 贸易客户</source>
            <translation>客户分类，如 业主、贸易客户</translation>
        </message>
        <message>
            <source>charge no late fees (the letters say nothing of them)</source>
            <translation>不计收违约金（函件中不提及违约金）</translation>
        </message>
        <message>
            <source>check the file and show what would be imported; write nothing</source>
            <translation>检查文件并显示将导入的内容；不写入任何内容</translation>
        </message>
        <message>
            <source>cheque</source>
            <translation type="vanished">支票</translation>
        </message>
        <message>
            <source>connect to the mail server and log in</source>
            <translation>连接邮件服务器并登录</translation>
        </message>
        <message>
            <source>connection security</source>
            <translation>连接加密方式</translation>
        </message>
        <message>
            <source>contacts giving this reason for not paying</source>
            <translation>只导出给出此未付款原因的联系记录</translation>
        </message>
        <message>
            <source>count age from the due date (default) or the invoice date</source>
            <translation>账龄从到期日（默认）或开单日起算</translation>
        </message>
        <message>
            <source>credit limit</source>
            <translation type="vanished">信用额度</translation>
        </message>
        <message>
            <source>credit limit (a manager&apos;s decision: needs credit.approve)</source>
            <translation>信用额度（由主管决定：需要 credit.approve 权限）</translation>
        </message>
        <message>
            <source>credit rating A, B, C or D</source>
            <translation type="vanished">信用等级 A、B、C 或 D</translation>
        </message>
        <message>
            <source>credit rating A, B, C or D (a manager&apos;s decision: needs credit.approve)</source>
            <translation>信用等级 A、B、C 或 D（由主管决定：需要 credit.approve 权限）</translation>
        </message>
        <message>
            <source>credit record: invoices issued from this day (default: the twelve calendar months ending with the report date&apos;s month)</source>
            <translation>信誉记录表：自该日起开具的应收单（默认：截至报表日期所在月份的十二个自然月）</translation>
        </message>
        <message>
            <source>credit record: invoices issued from this day (default: twelve months back)</source>
            <translation type="vanished">信誉记录表：自该日起开具的应收单（默认：往前十二个月）</translation>
        </message>
        <message>
            <source>credit record: invoices issued up to this day (default: the report date)</source>
            <translation>信誉记录表：截至该日开具的应收单（默认：报表日期）</translation>
        </message>
        <message>
            <source>credit record: one customer only</source>
            <translation>信誉记录表：只看一个客户</translation>
        </message>
        <message>
            <source>credit record: the summary by customer, without the invoice lines</source>
            <translation>信誉记录表：只打印按客户汇总，不列应收单明细</translation>
        </message>
        <message>
            <source>customer code</source>
            <translation>客户编码</translation>
        </message>
        <message>
            <source>customer code (default: the next C000123)</source>
            <translation>客户编码（默认自动编号，如 C000123）</translation>
        </message>
        <message>
            <source>customer name</source>
            <translation>客户名称</translation>
        </message>
        <message>
            <source>customers with an amount overdue</source>
            <translation>只导出有逾期金额的客户</translation>
        </message>
        <message>
            <source>date of the reversal (default today)</source>
            <translation>冲销日期（默认今天）</translation>
        </message>
        <message>
            <source>date of the void (default today)</source>
            <translation>作废日期（默认今天）</translation>
        </message>
        <message>
            <source>days after the due date before late fees run (default 0)</source>
            <translation>到期日后多少天开始计收违约金（默认 0）</translation>
        </message>
        <message>
            <source>description</source>
            <translation>摘要</translation>
        </message>
        <message>
            <source>do nothing (and succeed) when the database already has customers</source>
            <translation type="vanished">数据库中已有客户时不做任何操作（并视为成功）</translation>
        </message>
        <message>
            <source>do nothing (and succeed) when the demo books are made already</source>
            <translation>演示账套已生成时什么也不做（并视为成功）</translation>
        </message>
        <message>
            <source>document id</source>
            <translation>单据编号（ID）</translation>
        </message>
        <message>
            <source>documents of this kind</source>
            <translation>只导出此类文档</translation>
        </message>
        <message>
            <source>draft</source>
            <translation type="vanished">草稿</translation>
        </message>
        <message>
            <source>due date (default: issue date plus the customer&apos;s terms)</source>
            <translation>到期日（默认：开单日期加客户的付款期限）</translation>
        </message>
        <message>
            <source>e-mail</source>
            <translation>电子邮箱</translation>
        </message>
        <message>
            <source>e-mail archived documents by id</source>
            <translation>按编号通过电子邮件发送已归档的单据</translation>
        </message>
        <message>
            <source>e-mail documents to customers as PDF attachments</source>
            <translation>以 PDF 附件通过电子邮件向客户发送单据</translation>
        </message>
        <message>
            <source>enterprise</source>
            <translation type="vanished">企业</translation>
        </message>
        <message>
            <source>every template with its newest version</source>
            <translation>列出所有模板及其最新版本</translation>
        </message>
        <message>
            <source>fill an empty database with demo books</source>
            <translation type="vanished">向空数据库写入演示账套</translation>
        </message>
        <message>
            <source>first day of the period</source>
            <translation>期间第一天</translation>
        </message>
        <message>
            <source>folder for the PNG files</source>
            <translation>保存 PNG 文件的文件夹</translation>
        </message>
        <message>
            <source>from this day (issued, received, dated, contacted or made)</source>
            <translation>自此日起（开单、收款、单据、联系或生成日期）</translation>
        </message>
        <message>
            <source>global options</source>
            <translation>通用选项</translation>
        </message>
        <message>
            <source>import customers from a file (with aliases, contact persons, terms, limits and bank accounts)</source>
            <translation>从文件导入客户（含别名、联系人、账期、信用额度和银行账户）</translation>
        </message>
        <message>
            <source>import the open invoices, opening balances and advances of an old receivable ledger (台账)</source>
            <translation>导入原应收台账中的未收应收单、期初余额和预收款</translation>
        </message>
        <message>
            <source>import the other rows when some are refused (default: refuse the file)</source>
            <translation>有行被拒绝时仍导入其余的行（默认：整个文件不导入）</translation>
        </message>
        <message>
            <source>in legal</source>
            <translation type="vanished">法务处理中</translation>
        </message>
        <message>
            <source>indent the JSON output (default: compact, one line)</source>
            <translation>JSON 输出带缩进（默认：紧凑，一行）</translation>
        </message>
        <message>
            <source>individual</source>
            <translation type="vanished">个人</translation>
        </message>
        <message>
            <source>invoice number</source>
            <translation>应收单号</translation>
        </message>
        <message>
            <source>invoice number or id</source>
            <translation>应收单号或 ID</translation>
        </message>
        <message>
            <source>invoices with money owed; credit notes with credit left</source>
            <translation>应收单：只导出未收清的；贷项通知单：只导出尚有余额未冲抵的</translation>
        </message>
        <message>
            <source>invoices: open or a status; receipts: posted, reversed or unallocated; credit-notes: posted or void; tasks: task statuses, comma-separated (default open)</source>
            <translation type="vanished">应收单：open 或某一状态；收款：posted、reversed 或 unallocated；贷项通知单：posted 或 void；催收任务：任务状态，多个用逗号分隔（默认 open）</translation>
        </message>
        <message>
            <source>invoices: open or a status; receipts: posted, reversed or unallocated; credit-notes: posted or void; tasks: task statuses, comma-separated (default open); bank-lines: line statuses, comma-separated</source>
            <translation>应收单：open 或某一状态；收款：posted、reversed 或 unallocated；贷项通知单：posted 或 void；催收任务：任务状态，多个用逗号分隔（默认 open）；银行流水：流水状态，多个用逗号分隔</translation>
        </message>
        <message>
            <source>issue date</source>
            <translation>开单日期</translation>
        </message>
        <message>
            <source>it is a folder, not a file</source>
            <translation>这是一个文件夹，不是文件</translation>
        </message>
        <message>
            <source>it is not UTF-8 text (save it as UTF-8)</source>
            <translation>不是 UTF-8 文本（请另存为 UTF-8 编码）</translation>
        </message>
        <message>
            <source>keep the whole amount as customer credit</source>
            <translation>全部金额作为客户预收款，暂不核销</translation>
        </message>
        <message>
            <source>kind of customer (default enterprise)</source>
            <translation>客户类型（默认企业）</translation>
        </message>
        <message>
            <source>language of messages (default zh_CN; $ARAPP_LANG)</source>
            <translation>界面语言（默认 zh_CN；$ARAPP_LANG）</translation>
        </message>
        <message>
            <source>largest or newest first</source>
            <translation>降序（最大或最新的在前）</translation>
        </message>
        <message>
            <source>last day of the history (default today)</source>
            <translation>历史数据的最后一天（默认今天）</translation>
        </message>
        <message>
            <source>last day of the period</source>
            <translation>期间最后一天</translation>
        </message>
        <message>
            <source>list customers</source>
            <translation>列出客户</translation>
        </message>
        <message>
            <source>list invoices, newest first</source>
            <translation>列出应收单（最新的在前）</translation>
        </message>
        <message>
            <source>list the invoices open at the last day instead of every movement</source>
            <translation>只列出截止日未收清的应收单，不列每笔发生额</translation>
        </message>
        <message>
            <source>list, show and edit the letter templates</source>
            <translation>列出、查看和编辑函件模板</translation>
        </message>
        <message>
            <source>make and send nothing: print who would get what</source>
            <translation>不生成也不发送：只列出谁将收到什么</translation>
        </message>
        <message>
            <source>make new, empty books: a SQLite file in an existing folder, or an empty PostgreSQL database</source>
            <translation>新建空账套：在已有文件夹中新建 SQLite 文件，或使用空的 PostgreSQL 数据库</translation>
        </message>
        <message>
            <source>make one reminder letter for a customer</source>
            <translation>为一个客户生成一封催款函件</translation>
        </message>
        <message>
            <source>make the demo books: a file of their own in the user data folder (--db: other empty books, which become demo books)</source>
            <translation>生成演示账套：用户数据文件夹中的单独文件（--db：指定另一套空账套，它将成为演示账套）</translation>
        </message>
        <message>
            <source>make the reminder letters due on a day and e-mail them</source>
            <translation>生成某日应发的催款函并通过电子邮件发送</translation>
        </message>
        <message>
            <source>make the reminder letters of every collection task due one on a day</source>
            <translation>为某日所有需要发函的催收任务生成函件</translation>
        </message>
        <message>
            <source>make the statements of a period and e-mail them</source>
            <translation>生成某期间的对账单并通过电子邮件发送</translation>
        </message>
        <message>
            <source>memo</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>no cap on the late fee</source>
            <translation>违约金不设上限</translation>
        </message>
        <message>
            <source>no e-mail address: would not be sent</source>
            <translation>没有电子邮箱：不会发送</translation>
        </message>
        <message>
            <source>not sent: {why}</source>
            <translation>未发送：{why}</translation>
        </message>
        <message>
            <source>number of customers (default 300)</source>
            <translation>客户数（默认 300）</translation>
        </message>
        <message>
            <source>on hold</source>
            <translation type="vanished">暂停</translation>
        </message>
        <message>
            <source>one PDF file for all letters (default: one file per letter in the folder OUT)</source>
            <translation>所有函件合并为一个 PDF 文件（默认：在文件夹“输出”中每封函件一个文件）</translation>
        </message>
        <message>
            <source>one PDF holding every statement</source>
            <translation>所有对账单合为一个 PDF</translation>
        </message>
        <message>
            <source>one customer only</source>
            <translation>只看一个客户</translation>
        </message>
        <message>
            <source>one row per customer (default), invoice, collector or category</source>
            <translation>每行一个客户（默认）、单据、催收员或类别</translation>
        </message>
        <message>
            <source>only invoices with money owed</source>
            <translation>只列有未结金额的应收单</translation>
        </message>
        <message>
            <source>only rows with money overdue</source>
            <translation>只列有逾期金额的行</translation>
        </message>
        <message>
            <source>open balances per customer</source>
            <translation>按客户列出应收余额</translation>
        </message>
        <message>
            <source>options</source>
            <translation>选项</translation>
        </message>
        <message>
            <source>owner</source>
            <translation type="vanished">业主</translation>
        </message>
        <message>
            <source>paid</source>
            <translation type="vanished">已结清</translation>
        </message>
        <message>
            <source>part of a number, name or text, as the list&apos;s search box takes it</source>
            <translation>单号、名称或文字的一部分，与列表搜索框相同</translation>
        </message>
        <message>
            <source>part of the code, name, alias or phone</source>
            <translation>编码、名称、别名或电话中的部分文字</translation>
        </message>
        <message>
            <source>part of the invoice number, of its old ledger number (原单号), or of the customer&apos;s code or name</source>
            <translation>应收单号、原单号或客户编号、名称的一部分</translation>
        </message>
        <message>
            <source>partly paid</source>
            <translation type="vanished">部分收款</translation>
        </message>
        <message>
            <source>payment method (default bank)</source>
            <translation>收款方式（默认 bank 银行转账）</translation>
        </message>
        <message>
            <source>payment terms in days (default 30)</source>
            <translation>付款期限天数（默认 30）</translation>
        </message>
        <message>
            <source>pdf (default) or xlsx</source>
            <translation>pdf（默认）或 xlsx</translation>
        </message>
        <message>
            <source>phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>post a draft invoice</source>
            <translation>过账一张草稿应收单</translation>
        </message>
        <message>
            <source>posted</source>
            <translation type="vanished">已过账</translation>
        </message>
        <message>
            <source>print a named report to PDF or Excel</source>
            <translation>将指定报表输出为 PDF 或 Excel</translation>
        </message>
        <message>
            <source>print a receipt (收据) to PDF; it is archived</source>
            <translation>将收据打印为 PDF（同时归档）</translation>
        </message>
        <message>
            <source>print a template&apos;s texts (the file template edit --from-file reads)</source>
            <translation>打印模板内容（即 template edit --from-file 读取的文件格式）</translation>
        </message>
        <message>
            <source>print every customer (default: the {n} largest balances)</source>
            <translation>列出全部客户（默认只列余额最大的 {n} 个）</translation>
        </message>
        <message>
            <source>print every receipt dated DATE to PDF; they are archived</source>
            <translation>将 --date 那一天的所有收据打印为 PDF（同时归档）</translation>
        </message>
        <message>
            <source>print every row (default: the first {n})</source>
            <translation>列出所有行（默认：前 {n} 行）</translation>
        </message>
        <message>
            <source>print the receipts of a day</source>
            <translation>打印某一天的收据</translation>
        </message>
        <message>
            <source>print the short message text for WeChat or SMS</source>
            <translation>打印用于微信或短信的简短消息</translation>
        </message>
        <message>
            <source>print the version and exit</source>
            <translation>显示版本号并退出</translation>
        </message>
        <message>
            <source>random seed (default 1)</source>
            <translation>随机种子（默认 1）</translation>
        </message>
        <message>
            <source>read the SMTP password from the first line of standard input</source>
            <translation>从标准输入的第一行读取 SMTP 密码</translation>
        </message>
        <message>
            <source>reading it is not allowed</source>
            <translation>没有读取权限</translation>
        </message>
        <message>
            <source>receipt date</source>
            <translation>收款日期</translation>
        </message>
        <message>
            <source>receipt number</source>
            <translation>收款单号</translation>
        </message>
        <message>
            <source>receipts: {methods}; contacts: {contacts}</source>
            <translation>收款：{methods}；联系记录：{contacts}</translation>
        </message>
        <message>
            <source>record a receipt and allocate it (oldest due first by default)</source>
            <translation>登记收款并核销（默认按到期日从早到晚核销）</translation>
        </message>
        <message>
            <source>record and reverse receipts</source>
            <translation>登记和冲销收款</translation>
        </message>
        <message>
            <source>record that the text was sent this way (logged as a contact)</source>
            <translation>记录该消息已通过此方式发送（记入联系记录）</translation>
        </message>
        <message>
            <source>reminder letters</source>
            <translation>催款函</translation>
        </message>
        <message>
            <source>report date (weekly report default: the last Friday)</source>
            <translation>报表日期（周报默认：最近的星期五）</translation>
        </message>
        <message>
            <source>report month (monthly report default: last month)</source>
            <translation>报表月份（月报默认：上个月）</translation>
        </message>
        <message>
            <source>reverse a receipt (its allocations are undone)</source>
            <translation>冲销收款单（撤销其全部核销）</translation>
        </message>
        <message>
            <source>reversed</source>
            <translation type="vanished">已冲销</translation>
        </message>
        <message>
            <source>save PNG screenshots of the main window&apos;s tabs</source>
            <translation>保存主窗口各标签页的 PNG 截图</translation>
        </message>
        <message>
            <source>save a new version of a template</source>
            <translation>保存模板的新版本</translation>
        </message>
        <message>
            <source>save as a draft, do not post</source>
            <translation>保存为草稿，不过账</translation>
        </message>
        <message>
            <source>save the SMTP settings given (the others are kept)</source>
            <translation>保存给出的 SMTP 设置（其余保持不变）</translation>
        </message>
        <message>
            <source>sender e-mail address</source>
            <translation>发件人邮箱地址</translation>
        </message>
        <message>
            <source>sender name</source>
            <translation>发件人名称</translation>
        </message>
        <message>
            <source>sent</source>
            <translation>已发送</translation>
        </message>
        <message>
            <source>set the late-fee policy (and the letters&apos; deadline)</source>
            <translation>设置违约金规则（及函件的付款期限）</translation>
        </message>
        <message>
            <source>show one customer with open invoices</source>
            <translation>查看客户资料及未结应收单</translation>
        </message>
        <message>
            <source>show the SMTP settings (never the password)</source>
            <translation>显示 SMTP 设置（不显示密码）</translation>
        </message>
        <message>
            <source>show the company&apos;s settings; change the dates the books accept</source>
            <translation>显示公司设置；修改账套接受的单据日期范围</translation>
        </message>
        <message>
            <source>show the late-fee policy and the letters&apos; deadline</source>
            <translation>查看违约金规则及函件的付款期限</translation>
        </message>
        <message>
            <source>show this help and exit</source>
            <translation>显示本帮助并退出</translation>
        </message>
        <message>
            <source>smallest or oldest first</source>
            <translation>升序（最小或最早的在前）</translation>
        </message>
        <message>
            <source>sort by this column key (the list&apos;s default order otherwise)</source>
            <translation>按此列的键排序（不指定则按列表默认顺序）</translation>
        </message>
        <message>
            <source>statements</source>
            <translation>对账单</translation>
        </message>
        <message>
            <source>statements of account for every customer with a balance or a movement in the period</source>
            <translation>本期有余额或发生额的每个客户的对账单</translation>
        </message>
        <message>
            <source>table (default) or json</source>
            <translation>table（表格，默认）或 json</translation>
        </message>
        <message>
            <source>table (default), csv, json, xlsx or pdf</source>
            <translation>table（默认）、csv、json、xlsx 或 pdf</translation>
        </message>
        <message>
            <source>tasks assigned to this user (&apos;&apos; for nobody); contacts logged by this user</source>
            <translation>催收任务：分配给此用户的（&apos;&apos; 表示未分配）；联系记录：此用户登记的</translation>
        </message>
        <message>
            <source>taxpayer id</source>
            <translation>纳税人识别号</translation>
        </message>
        <message>
            <source>tenant</source>
            <translation type="vanished">租户</translation>
        </message>
        <message>
            <source>the PDF file</source>
            <translation>PDF 文件</translation>
        </message>
        <message>
            <source>the PDF file (with --combined) or the folder to write into</source>
            <translation>PDF 文件（使用 --combined 时）或要写入的文件夹</translation>
        </message>
        <message>
            <source>the PDF file to write</source>
            <translation>要写入的 PDF 文件</translation>
        </message>
        <message>
            <source>the collection task the letter is for (logged as a letter contact)</source>
            <translation>函件所属的催收任务（记为一次函件联系）</translation>
        </message>
        <message>
            <source>the customer&apos;s code</source>
            <translation>客户编号</translation>
        </message>
        <message>
            <source>the daily rate in per mille (‰) of the overdue amount, e.g. 0.5</source>
            <translation>按逾期金额每日计收的千分比（‰），例如 0.5</translation>
        </message>
        <message>
            <source>the day the ledger&apos;s balances were taken (default today): opening balances and advances are dated it</source>
            <translation>台账余额的截止日期（默认今天）：期初余额和预收款记在这一天</translation>
        </message>
        <message>
            <source>the days after a letter&apos;s date by which it asks for payment (default 7)</source>
            <translation>函件要求在函件日期后多少天内付款（默认 7）</translation>
        </message>
        <message>
            <source>the draft for the lawyer: not e-mailed to the customer</source>
            <translation>律师函草稿交律师审定发出，不发给客户</translation>
        </message>
        <message>
            <source>the e-mail subject</source>
            <translation>邮件主题</translation>
        </message>
        <message>
            <source>the file does not exist</source>
            <translation>文件不存在</translation>
        </message>
        <message>
            <source>the file to write</source>
            <translation>要写入的文件</translation>
        </message>
        <message>
            <source>the file to write (.xlsx or .csv)</source>
            <translation>要写入的文件（.xlsx 或 .csv）</translation>
        </message>
        <message>
            <source>the first day of the statement</source>
            <translation>对账单起始日</translation>
        </message>
        <message>
            <source>the folder to write one file per customer into (with --combined: the file)</source>
            <translation>每个客户一个文件所写入的文件夹（用 --combined 时：文件）</translation>
        </message>
        <message>
            <source>the last day of the statement</source>
            <translation>对账单截止日</translation>
        </message>
        <message>
            <source>the late-fee policy (违约金) and the letters&apos; deadline</source>
            <translation>违约金规则及函件的付款期限</translation>
        </message>
        <message>
            <source>the letter (default: the task&apos;s level&apos;s)</source>
            <translation>函件（默认：任务所在级别的函件）</translation>
        </message>
        <message>
            <source>the letter&apos;s date (default today)</source>
            <translation>函件日期（默认今天）</translation>
        </message>
        <message>
            <source>the letter&apos;s title</source>
            <translation>函件标题</translation>
        </message>
        <message>
            <source>the message text for WeChat or SMS</source>
            <translation>用于微信或短信的消息内容</translation>
        </message>
        <message>
            <source>the message&apos;s date (default today)</source>
            <translation>消息日期（默认今天）</translation>
        </message>
        <message>
            <source>the month (default: last month, the last one that has ended)</source>
            <translation>月份（默认：上月，即最近一个已结束的月份）</translation>
        </message>
        <message>
            <source>the new file (refused if it exists) or a postgresql:// URL</source>
            <translation>新文件（已存在则拒绝）或 postgresql:// 地址</translation>
        </message>
        <message>
            <source>the outgoing mail (SMTP) settings</source>
            <translation>发信（SMTP）设置</translation>
        </message>
        <message>
            <source>the reasons customers gave for not paying, for a month</source>
            <translation>某月客户给出的未付款原因</translation>
        </message>
        <message>
            <source>the sheet to read (default: the first sheet that holds anything)</source>
            <translation>要读取的工作表（默认：第一个有内容的工作表）</translation>
        </message>
        <message>
            <source>the template</source>
            <translation>模板</translation>
        </message>
        <message>
            <source>the template whose message to use (default: the task&apos;s level&apos;s)</source>
            <translation>使用哪个模板的消息（默认：任务所在级别的）</translation>
        </message>
        <message>
            <source>the total, as one line</source>
            <translation>合计金额（作为一行明细）</translation>
        </message>
        <message>
            <source>the working day</source>
            <translation>工作日</translation>
        </message>
        <message>
            <source>the working day of the task queue (default today)</source>
            <translation>催收任务队列的工作日（默认今天）</translation>
        </message>
        <message>
            <source>the working day: tasks due on or before it</source>
            <translation>工作日：截至该日应处理的任务</translation>
        </message>
        <message>
            <source>the xlsx, xls, ods or csv file</source>
            <translation>xlsx、xls、ods 或 csv 文件</translation>
        </message>
        <message>
            <source>this version (default the newest)</source>
            <translation>指定版本（默认最新版本）</translation>
        </message>
        <message>
            <source>today, overdue, upcoming, due_this_month (当月该到未到: due this month and not received), mine or all (default)</source>
            <translation type="vanished">today（今日）、overdue（已逾期）、upcoming（待处理）、due_this_month（当月该到未到）、mine（我的）或 all（全部，默认）</translation>
        </message>
        <message>
            <source>two copies on one A4 page: the stub (存根) and the customer&apos;s copy (客户联)</source>
            <translation>一张 A4 纸上印两联：存根和客户联</translation>
        </message>
        <message>
            <source>up to this day, included</source>
            <translation>截至此日（含）</translation>
        </message>
        <message>
            <source>usage: </source>
            <translation>用法：</translation>
        </message>
        <message>
            <source>use the demo books (made by &apos;arapp demo&apos;) instead of your own</source>
            <translation>使用演示账套（由 &apos;arapp demo&apos; 生成），而不是您自己的账套</translation>
        </message>
        <message>
            <source>void</source>
            <translation type="vanished">已作废</translation>
        </message>
        <message>
            <source>void a posted invoice</source>
            <translation>作废一张已过账的应收单</translation>
        </message>
        <message>
            <source>weekly-overdue (逾期报表), aging-analysis (账龄分析报告), credit-record (信誉记录表) or collector-performance (催收员考核)</source>
            <translation type="vanished">weekly-overdue（逾期报表）、aging-analysis（账龄分析报告）、credit-record（信誉记录表）或 collector-performance（催收员考核）</translation>
        </message>
        <message>
            <source>weekly-overdue (逾期报表), aging-analysis (账龄分析报告), credit-record (信誉记录表), collector-performance (催收员考核) or nonpayment-reasons (未付款原因)</source>
            <translation>weekly-overdue（逾期报表）、aging-analysis（账龄分析报告）、credit-record（信誉记录表）、collector-performance（催收员考核）或 nonpayment-reasons（未付款原因）</translation>
        </message>
        <message>
            <source>what changed, for the history</source>
            <translation>修改说明，记入历史</translation>
        </message>
        <message>
            <source>which list: {lists}</source>
            <translation>要导出的列表：{lists}</translation>
        </message>
        <message>
            <source>which tasks (default all)</source>
            <translation>哪些任务（默认全部）</translation>
        </message>
        <message>
            <source>which template: customers or ledger</source>
            <translation>哪种模板：customers（客户）或 ledger（台账）</translation>
        </message>
        <message>
            <source>why (required)</source>
            <translation>原因（必填）</translation>
        </message>
        <message>
            <source>why the customer has not paid</source>
            <translation>客户未付款的原因</translation>
        </message>
        <message>
            <source>why the customer has not paid: disputed_quality, no_funds, awaiting_approval, unreachable or refuses</source>
            <translation type="vanished">客户未付款的原因：disputed_quality（质量异议）、no_funds（资金不足）、awaiting_approval（等待审批）、unreachable（联系不上）或 refuses（拒付）</translation>
        </message>
        <message>
            <source>write a list of the books (every row the filters match) to Excel or CSV</source>
            <translation>将账套中的列表（筛选条件匹配的全部行）导出为 Excel 或 CSV</translation>
        </message>
        <message>
            <source>write the template of a customer file or a ledger file (xlsx)</source>
            <translation>生成客户资料或应收台账的导入模板（xlsx）</translation>
        </message>
        <message>
            <source>write to this file (required for xlsx and pdf)</source>
            <translation>写入该文件（xlsx 和 pdf 必须指定）</translation>
        </message>
        <message>
            <source>written off</source>
            <translation type="vanished">已核销坏账</translation>
        </message>
        <message>
            <source>xlsx or csv (default: from the file&apos;s extension)</source>
            <translation>xlsx 或 csv（默认按文件扩展名）</translation>
        </message>
        <message>
            <source>years of history up to today (default 3)</source>
            <translation>截至今天的历史年数（默认 3）</translation>
        </message>
        <message>
            <source>{amount} went back to the customer&apos;s credit.</source>
            <translation>{amount} 已退回客户预收。</translation>
        </message>
        <message>
            <source>{a} cannot be used together with {b}</source>
            <translation>{a} 不能与 {b} 同时使用</translation>
        </message>
        <message>
            <source>{a} needs a value</source>
            <translation>{a} 需要一个值</translation>
        </message>
        <message>
            <source>{a} needs at least one value</source>
            <translation>{a} 至少需要一个值</translation>
        </message>
        <message>
            <source>{a}: {m}</source>
            <translation>{a}：{m}</translation>
        </message>
        <message>
            <source>{a}: {v} is not a whole number</source>
            <translation>{a}：{v} 不是整数</translation>
        </message>
        <message>
            <source>{a}: {v} is not one of {c}</source>
            <translation>{a}：{v} 不是可选值之一（可选：{c}）</translation>
        </message>
        <message>
            <source>{column} → {field}</source>
            <translation>{column} → {field}</translation>
        </message>
        <message>
            <source>{count} letters made and archived in {files} file(s): {out}</source>
            <translation>已生成并归档 {count} 封函件，共 {files} 个文件：{out}</translation>
        </message>
        <message>
            <source>{count} more customers not shown (use --all to list every one).</source>
            <translation type="vanished">另有 {count} 个客户未列出（使用 --all 列出全部）。</translation>
        </message>
        <message>
            <source>{count} more rows not shown (use --format csv or xlsx for all).</source>
            <translation type="vanished">另有 {count} 行未显示（完整内容请用 --format csv 或 xlsx）。</translation>
        </message>
        <message>
            <source>{customer}: no document made ({why})</source>
            <translation>{customer}：未生成单据（{why}）</translation>
        </message>
        <message>
            <source>{customer}: {title} made for the lawyer, not e-mailed</source>
            <translation>{customer}：{title}已生成交律师，不发邮件</translation>
        </message>
        <message>
            <source>{days} days</source>
            <translation type="vanished">{days} 天</translation>
        </message>
        <message>
            <source>{file}: {note} Header on row {row}.</source>
            <translation>{file}：{note}表头在第 {row} 行。</translation>
        </message>
        <message>
            <source>{invoices} open invoices and {openings} opening balances owing {owed}, {advances} advances received holding {held}, as of {date}</source>
            <translation>截至 {date}：未收应收单 {invoices} 张、期初余额 {openings} 笔，共欠 {owed}；预收款 {advances} 笔，共 {held}</translation>
        </message>
        <message>
            <source>{invoice} is owed again: {amount}</source>
            <translation>{invoice} 恢复未结：{amount}</translation>
        </message>
        <message>
            <source>{lead}: {choices}</source>
            <translation>{lead}：{choices}</translation>
        </message>
        <message numerus="yes">
            <source>{n} day</source>
            <comment>{n} days</comment>
            <translation>
                <numerusform>{n} 天</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{n} more customer not shown (use --all to list every one).</source>
            <comment>{n} more customers not shown (use --all to list every one).</comment>
            <translation>
                <numerusform>另有 {n} 个客户未列出（使用 --all 列出全部）。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{n} more row not shown (use --format csv or xlsx for all).</source>
            <comment>{n} more rows not shown (use --format csv or xlsx for all).</comment>
            <translation>
                <numerusform>另有 {n} 行未显示（完整内容请用 --format csv 或 xlsx）。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{n} more task not shown (use --limit or --format json).</source>
            <comment>{n} more tasks not shown (use --limit or --format json).</comment>
            <translation>
                <numerusform>另有 {n} 个任务未列出（可用 --limit 或 --format json）。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{n} receipt of {date} made:</source>
            <comment>{n} receipts of {date} made:</comment>
            <translation>
                <numerusform>已生成 {date} 的收据 {n} 张：</numerusform>
            </translation>
        </message>
        <message>
            <source>{option} does not apply to the {list} list (it applies to: {lists})</source>
            <translation>{option} 不适用于 {list} 列表（适用于：{lists}）</translation>
        </message>
        <message>
            <source>{option}: {value} is not one of {choices}</source>
            <translation>{option}：{value} 不是以下之一：{choices}</translation>
        </message>
        <message>
            <source>{sent} sent, {failed} not sent.</source>
            <translation>已发送 {sent} 份，未发送 {failed} 份。</translation>
        </message>
        <message>
            <source>… and {n} more (--all prints every row)</source>
            <translation>……另有 {n} 行（--all 列出全部）</translation>
        </message>
    </context>
</TS>
