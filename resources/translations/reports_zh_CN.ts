<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>aging</name>
        <message>
            <source>(no category)</source>
            <translation>（未分类）</translation>
        </message>
        <message>
            <source>(no collector)</source>
            <translation>（未指定催收员）</translation>
        </message>
        <message>
            <source>A scheme has at most {n} buckets</source>
            <translation>一个方案最多 {n} 个账龄段</translation>
        </message>
        <message>
            <source>A scheme needs at least one bucket edge</source>
            <translation>方案至少需要一个账龄分界点</translation>
        </message>
        <message>
            <source>All</source>
            <translation>全部</translation>
        </message>
        <message>
            <source>Bucket edges must be whole numbers of days</source>
            <translation>账龄分界点必须是整数天数</translation>
        </message>
        <message>
            <source>Bucket edges must increase: {b} comes after {a}</source>
            <translation>账龄分界点必须递增：{a} 之后是 {b}</translation>
        </message>
        <message>
            <source>Bucket edges must lie between -3650 and 36500 days</source>
            <translation>账龄分界点必须在 -3650 到 36500 天之间</translation>
        </message>
        <message>
            <source>No aging scheme named &apos;{name}&apos;</source>
            <translation>没有名为“{name}”的账龄方案</translation>
        </message>
        <message>
            <source>Not yet due</source>
            <translation>未到期</translation>
        </message>
        <message numerus="yes">
            <source>Over {n} day</source>
            <comment>Over {n} days</comment>
            <translation>
                <numerusform>{n}天以上</numerusform>
            </translation>
        </message>
        <message>
            <source>Over {n} days</source>
            <translation type="vanished">{n}天以上</translation>
        </message>
        <message numerus="yes">
            <source>Over {n} year</source>
            <comment>Over {n} years</comment>
            <translation>
                <numerusform>{n}年以上</numerusform>
            </translation>
        </message>
        <message>
            <source>Over {n} years</source>
            <translation type="vanished">{n}年以上</translation>
        </message>
        <message>
            <source>Standard (by days overdue)</source>
            <translation>标准（按逾期天数）</translation>
        </message>
        <message>
            <source>The bucket name</source>
            <translation>账龄段名称</translation>
        </message>
        <message>
            <source>The built-in scheme &apos;{name}&apos; cannot be changed; save it under another name</source>
            <translation>内置方案“{name}”不能修改；请另存为其他名称</translation>
        </message>
        <message>
            <source>The scheme &apos;{name}&apos; is built in or the default and stays</source>
            <translation>方案“{name}”是内置方案或默认方案，不能删除</translation>
        </message>
        <message>
            <source>The scheme name</source>
            <translation>方案名称</translation>
        </message>
        <message>
            <source>The scheme needs a name</source>
            <translation>请填写方案名称</translation>
        </message>
        <message>
            <source>Unknown aging basis &apos;{value}&apos; (due or invoice)</source>
            <translation>未知的账龄计算依据“{value}”（应为 due 或 invoice）</translation>
        </message>
        <message>
            <source>Unknown aging view &apos;{value}&apos;</source>
            <translation>未知的账龄视图“{value}”</translation>
        </message>
        <message>
            <source>Up to {b} days</source>
            <translation type="vanished">{b}天以内</translation>
        </message>
        <message numerus="yes">
            <source>Up to {n} day</source>
            <comment>Up to {n} days</comment>
            <translation>
                <numerusform>{n}天以内</numerusform>
            </translation>
        </message>
        <message>
            <source>Within 1 year</source>
            <translation type="vanished">1年以内</translation>
        </message>
        <message numerus="yes">
            <source>Within {n} year</source>
            <comment>Within {n} years</comment>
            <translation>
                <numerusform>{n}年以内</numerusform>
            </translation>
        </message>
        <message>
            <source>Within {n} years</source>
            <translation type="vanished">{n}年以内</translation>
        </message>
        <message>
            <source>Yearly (for bad-debt provision)</source>
            <translation>按年（用于计提坏账准备）</translation>
        </message>
        <message>
            <source>{a}-{b} days</source>
            <translation>{a}-{b}天</translation>
        </message>
        <message>
            <source>{a}-{b} years</source>
            <translation>{a}-{b}年</translation>
        </message>
        <message>
            <source>{n} edges make {m} buckets, but {k} names were given</source>
            <translation>{n} 个分界点形成 {m} 个账龄段，但给出了 {k} 个名称</translation>
        </message>
    </context>
    <context>
        <name>audit</name>
        <message>
            <source>Record number {seq} (id {id}) is out of order: the ids were re-numbered behind the program&apos;s back.</source>
            <translation>第 {seq} 条记录（id {id}）顺序不对：记录编号被绕过本程序改动过。</translation>
        </message>
        <message>
            <source>Record number {seq} ({action} {entity} {entity_id}, by {user}) was changed after it was written.</source>
            <translation>第 {seq} 条记录（{user} 的 {action} {entity} {entity_id}）在写入后被改动过。</translation>
        </message>
        <message>
            <source>Record number {seq} does not follow the record before it: a record was removed or slipped in before it.</source>
            <translation>第 {seq} 条记录与前一条接不上：它之前有记录被删除或被插入。</translation>
        </message>
        <message>
            <source>Record {id} was written without the chain (no sequence number): it did not come from this program.</source>
            <translation>记录 {id} 不在审计链上（没有序号）：它不是本程序写入的。</translation>
        </message>
        <message>
            <source>Records {first} to {last} are missing: the record before number {seq} was removed.</source>
            <translation>第 {first} 至 {last} 条记录缺失：第 {seq} 条之前的记录被删除了。</translation>
        </message>
        <message>
            <source>The audit chain&apos;s head row is missing.</source>
            <translation>审计链的链头记录缺失。</translation>
        </message>
        <message>
            <source>The audit log ends at record number {last}, but the chain&apos;s head says {head}: records were cut off the end, or the head was changed.</source>
            <translation>审计日志止于第 {last} 条，但链头记载为第 {head} 条：末尾的记录被删除，或链头被改动过。</translation>
        </message>
        <message>
            <source>The audit log holds records outside the chain.</source>
            <translation>审计日志中有不在链上的记录。</translation>
        </message>
    </context>
    <context>
        <name>bank</name>
        <message>
            <source>No bank account {ref}</source>
            <translation>没有银行账户 {ref}</translation>
        </message>
        <message>
            <source>No bank line {ref}</source>
            <translation>没有银行流水 {ref}</translation>
        </message>
        <message>
            <source>Unknown bank line status &apos;{value}&apos;</source>
            <translation>未知的流水状态“{value}”</translation>
        </message>
        <message>
            <source>Unknown book entry status &apos;{value}&apos;</source>
            <translation>未知的账面记录状态“{value}”</translation>
        </message>
        <message>
            <source>Unknown direction &apos;{value}&apos;</source>
            <translation>未知的收支方向“{value}”</translation>
        </message>
        <message>
            <source>Unknown sort &apos;{value}&apos;; choose one of: {names}</source>
            <translation>未知的排序“{value}”；可选：{names}</translation>
        </message>
    </context>
    <context>
        <name>bank_reports</name>
        <message>
            <source>Account: {name}, {bank} {number}</source>
            <translation>账户：{name}，{bank} {number}</translation>
        </message>
        <message>
            <source>Add: received by the bank, not in the books</source>
            <translation>加：银行已收、企业未收</translation>
        </message>
        <message>
            <source>Add: received in the books, not by the bank</source>
            <translation>加：企业已收、银行未收</translation>
        </message>
        <message>
            <source>Adjusted balance</source>
            <translation>调节后的存款余额</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <source>Balance per bank statement</source>
            <translation>银行对账单余额</translation>
        </message>
        <message>
            <source>Balance per bank statement: the balance printed on {date}</source>
            <translation>银行对账单余额：取 {date} 对账单所列余额</translation>
        </message>
        <message>
            <source>Balance per bank statement: the opening balance and the lines (the statement printed no balance)</source>
            <translation>银行对账单余额：按期初余额加各笔流水计算（对账单未列余额）</translation>
        </message>
        <message>
            <source>Balance per books</source>
            <translation>企业银行存款日记账余额</translation>
        </message>
        <message>
            <source>Bank reconciliation statement</source>
            <translation>银行存款余额调节表</translation>
        </message>
        <message>
            <source>Book entry {id}</source>
            <translation>账面记录 {id}</translation>
        </message>
        <message>
            <source>Counterparty and description</source>
            <translation>对方及摘要</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Difference (bank less books)</source>
            <translation>差额（银行减企业）</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>项目</translation>
        </message>
        <message>
            <source>Items</source>
            <translation>未达账项</translation>
        </message>
        <message>
            <source>Items not yet on both sides</source>
            <translation>未达账项明细</translation>
        </message>
        <message>
            <source>Less: paid by the bank, not in the books</source>
            <translation>减：银行已付、企业未付</translation>
        </message>
        <message>
            <source>Less: paid in the books, not by the bank</source>
            <translation>减：企业已付、银行未付</translation>
        </message>
        <message>
            <source>Month: {year}-{month}; balances at the end of {date}</source>
            <translation>所属期间：{year}年{month}月；余额截至 {date} 日终</translation>
        </message>
        <message>
            <source>Paid by the bank, not in the books</source>
            <translation>银行已付、企业未付</translation>
        </message>
        <message>
            <source>Paid in the books, not by the bank</source>
            <translation>企业已付、银行未付</translation>
        </message>
        <message>
            <source>Per bank statement</source>
            <translation>银行对账单</translation>
        </message>
        <message>
            <source>Per books</source>
            <translation>企业账面</translation>
        </message>
        <message>
            <source>Prepared at each month end by the treasury supervisor from the bank statement and handed to the finance director for review. Amounts in yuan.</source>
            <translation>每月月底由资金主管依据银行对账单编制，呈交财务总监审阅，确保账实相符。金额单位：元。</translation>
        </message>
        <message>
            <source>Receipt from {code} {name}</source>
            <translation>收到 {code} {name} 的款项</translation>
        </message>
        <message>
            <source>Received by the bank, not in the books</source>
            <translation>银行已收、企业未收</translation>
        </message>
        <message>
            <source>Received in the books, not by the bank</source>
            <translation>企业已收、银行未收</translation>
        </message>
        <message>
            <source>Reconciliation</source>
            <translation>余额调节表</translation>
        </message>
        <message>
            <source>Serial or document</source>
            <translation>流水号或单号</translation>
        </message>
        <message>
            <source>Sorted by kind, then date. Amounts in yuan.</source>
            <translation>按类别、日期排列。金额单位：元。</translation>
        </message>
        <message>
            <source>The adjusted balances agree.</source>
            <translation>调节后余额相符。</translation>
        </message>
        <message>
            <source>The adjusted balances differ by {amount}: look for a line or an entry missing on one side.</source>
            <translation>调节后余额相差 {amount}：请查找一方漏记的流水或记录。</translation>
        </message>
        <message>
            <source>The reconciliation is written as pdf or xlsx, not &apos;{fmt}&apos;</source>
            <translation>余额调节表只能导出为 pdf 或 xlsx，不能导出为“{fmt}”</translation>
        </message>
    </context>
    <context>
        <name>documents</name>
        <message>
            <source>Account name</source>
            <translation>户名</translation>
        </message>
        <message>
            <source>Account name: {name}</source>
            <translation>户名：{name}</translation>
        </message>
        <message>
            <source>Account number</source>
            <translation>账号</translation>
        </message>
        <message>
            <source>Account number: {account}</source>
            <translation>账号：{account}</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <source>Amount: {amount}</source>
            <translation>金额：{amount}</translation>
        </message>
        <message>
            <source>Bank</source>
            <translation>开户银行</translation>
        </message>
        <message>
            <source>Bank: {bank}</source>
            <translation>开户银行：{bank}</translation>
        </message>
        <message>
            <source>Date:</source>
            <translation>日期：</translation>
        </message>
        <message>
            <source>Nothing to report.</source>
            <translation>无数据。</translation>
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>第 {page} 页 / 共 {pages} 页</translation>
        </message>
        <message>
            <source>Phone: {phone}</source>
            <translation>电话：{phone}</translation>
        </message>
        <message>
            <source>Prepared by:</source>
            <translation>编制：</translation>
        </message>
        <message>
            <source>Printed {time}</source>
            <translation>打印时间 {time}</translation>
        </message>
        <message>
            <source>Printed {when}</source>
            <translation>打印时间：{when}</translation>
        </message>
        <message>
            <source>Quote with the payment: {reference}</source>
            <translation>付款时请注明：{reference}</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>参考号</translation>
        </message>
        <message>
            <source>Reviewed by:</source>
            <translation>审核：</translation>
        </message>
        <message>
            <source>Scan for the account details</source>
            <translation>扫码查看收款账户</translation>
        </message>
        <message>
            <source>Scan to pay</source>
            <translation>扫码付款</translation>
        </message>
        <message>
            <source>Taxpayer id: {id}</source>
            <translation>纳税人识别号：{id}</translation>
        </message>
    </context>
    <context>
        <name>exports</name>
        <message>
            <source>Cannot tell the format of {path}: name the file .xlsx or .csv, or give the format (xlsx or csv).</source>
            <translation>无法判断 {path} 的格式：请将文件命名为 .xlsx 或 .csv，或指定格式（xlsx 或 csv）。</translation>
        </message>
        <message>
            <source>Cannot write {path}: it is a folder. Choose a file name inside it.</source>
            <translation>无法写入 {path}：这是一个文件夹。请在其中选择一个文件名。</translation>
        </message>
        <message>
            <source>Cannot write {path}: the disk is full.</source>
            <translation>无法写入 {path}：磁盘已满。</translation>
        </message>
        <message>
            <source>Cannot write {path}: the folder {folder} does not exist.</source>
            <translation>无法写入 {path}：文件夹 {folder} 不存在。</translation>
        </message>
        <message>
            <source>Cannot write {path}: writing there is not allowed (no permission, or the file is open in another program).</source>
            <translation>无法写入 {path}：不允许在此写入（没有权限，或文件正被其他程序打开）。</translation>
        </message>
        <message>
            <source>Cannot write {path}: {reason}</source>
            <translation>无法写入 {path}：{reason}</translation>
        </message>
        <message>
            <source>Unknown list format &apos;{fmt}&apos;: xlsx or csv</source>
            <translation>未知的列表格式“{fmt}”：应为 xlsx 或 csv</translation>
        </message>
        <message>
            <source>{title} has {n} rows, more than an Excel sheet holds ({most}); export it as CSV instead.</source>
            <translation>{title}共 {n} 行，超过一个 Excel 工作表能容纳的行数（{most}）；请改为导出 CSV。</translation>
        </message>
    </context>
    <context>
        <name>reports</name>
        <message>
            <source>(company name not set)</source>
            <translation>（未设置公司名称）</translation>
        </message>
        <message>
            <source>(draft)</source>
            <translation>（草稿）</translation>
        </message>
        <message>
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <source>Advance payments</source>
            <translation>预收款</translation>
        </message>
        <message>
            <source>Age</source>
            <translation>账龄</translation>
        </message>
        <message>
            <source>Aging</source>
            <translation>账龄分析</translation>
        </message>
        <message>
            <source>Aging by bucket</source>
            <translation>按账龄段汇总</translation>
        </message>
        <message>
            <source>Aging by collector</source>
            <translation>按催收员的账龄分布</translation>
        </message>
        <message>
            <source>Aging by customer</source>
            <translation>按客户的账龄明细</translation>
        </message>
        <message>
            <source>Aging by customer category</source>
            <translation>按客户类别的账龄分布</translation>
        </message>
        <message numerus="yes">
            <source>Aging: top {n} customer by open amount</source>
            <comment>Aging: top {n} customers by open amount</comment>
            <translation>
                <numerusform>账龄分布：未收金额最多的前 {n} 名客户</numerusform>
            </translation>
        </message>
        <message>
            <source>Aging: top {n} customers by open amount</source>
            <translation type="vanished">账龄分布：未收金额最多的前 {n} 名客户</translation>
        </message>
        <message>
            <source>All customers by bucket</source>
            <translation>全部客户按账龄段合计</translation>
        </message>
        <message>
            <source>Allocated</source>
            <translation>已核销</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <source>Amount (yuan)</source>
            <translation>金额（元）</translation>
        </message>
        <message>
            <source>Amount billed</source>
            <translation>开单金额</translation>
        </message>
        <message>
            <source>Amount incl. VAT</source>
            <translation>价税合计</translation>
        </message>
        <message>
            <source>Amounts in yuan, today&apos;s balances. A negative net balance is money the customer paid in advance (预收).</source>
            <translation>金额单位：元，为今日余额。净额为负数表示客户预付的款项（预收）。</translation>
        </message>
        <message>
            <source>Amounts in yuan.</source>
            <translation>金额单位：元。</translation>
        </message>
        <message>
            <source>Amounts in yuan. The buckets add up to the open invoice balance; unapplied receipts and credit notes (advance payments) are shown apart and not aged.</source>
            <translation>金额单位：元。各账龄段之和等于未结应收余额；未核销的收款和贷项（预收款）单列，不参与账龄划分。</translation>
        </message>
        <message>
            <source>Amounts in yuan. The totals leave out drafts and void invoices.</source>
            <translation>金额单位：元。合计不含草稿和已作废的应收单。</translation>
        </message>
        <message>
            <source>Amounts in yuan. The totals leave out reversed receipts.</source>
            <translation>金额单位：元。合计不含已冲销的收款。</translation>
        </message>
        <message>
            <source>Amounts in yuan. The totals leave out void credit notes.</source>
            <translation>金额单位：元。合计不含已作废的贷项通知单。</translation>
        </message>
        <message>
            <source>Applied</source>
            <translation>已冲抵</translation>
        </message>
        <message>
            <source>As of</source>
            <translation>截止日期</translation>
        </message>
        <message>
            <source>As of {date}</source>
            <translation>截至 {date}</translation>
        </message>
        <message>
            <source>Average days late</source>
            <translation>平均逾期天数</translation>
        </message>
        <message>
            <source>Balance</source>
            <translation>余额</translation>
        </message>
        <message>
            <source>Bank account</source>
            <translation>银行账户</translation>
        </message>
        <message>
            <source>Bank serial no.</source>
            <translation>流水号</translation>
        </message>
        <message>
            <source>Bank statement lines</source>
            <translation>银行流水</translation>
        </message>
        <message>
            <source>Billed in the month</source>
            <translation>本期新增应收</translation>
        </message>
        <message>
            <source>By bucket</source>
            <translation>账龄段</translation>
        </message>
        <message>
            <source>By collector</source>
            <translation type="vanished">按催收员</translation>
        </message>
        <message>
            <source>By customer</source>
            <translation>按客户</translation>
        </message>
        <message>
            <source>By customer category</source>
            <translation type="vanished">按客户类别</translation>
        </message>
        <message>
            <source>By due date</source>
            <translation type="vanished">按到期日计算</translation>
        </message>
        <message>
            <source>By invoice</source>
            <translation type="vanished">按应收单</translation>
        </message>
        <message>
            <source>By invoice date</source>
            <translation type="vanished">按开单日计算</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>变动</translation>
        </message>
        <message>
            <source>Change is in percentage points.</source>
            <translation>变动以百分点表示。</translation>
        </message>
        <message>
            <source>Closing receivables</source>
            <translation>期末应收余额</translation>
        </message>
        <message>
            <source>Collected in the month</source>
            <translation>本期收回</translation>
        </message>
        <message>
            <source>Collection rate (collected / (opening + billed))</source>
            <translation>回收率（本期收回 ÷（期初余额 + 本期新增））</translation>
        </message>
        <message>
            <source>Collector</source>
            <translation>催收员</translation>
        </message>
        <message>
            <source>Collector performance (考核) for a month: tasks completed, contacts, money collected after a contact, promises kept, overdue ratio</source>
            <translation>某月的催收员考核：完成任务数、联系次数、联系后回款、承诺兑现情况、逾期率</translation>
        </message>
        <message>
            <source>Contact log</source>
            <translation>联系记录</translation>
        </message>
        <message>
            <source>Contact method</source>
            <translation>联系方式</translation>
        </message>
        <message>
            <source>Contacted at</source>
            <translation>联系时间</translation>
        </message>
        <message>
            <source>Counterparty</source>
            <translation>对方户名</translation>
        </message>
        <message>
            <source>Counterparty account</source>
            <translation>对方账号</translation>
        </message>
        <message>
            <source>Counterparty bank</source>
            <translation>对方开户行</translation>
        </message>
        <message>
            <source>Credit limit</source>
            <translation>信用额度</translation>
        </message>
        <message>
            <source>Credit note list</source>
            <translation>贷项通知单列表</translation>
        </message>
        <message>
            <source>Credit note no.</source>
            <translation>贷项通知单号</translation>
        </message>
        <message>
            <source>Credit notes</source>
            <translation type="obsolete"></translation>
        </message>
        <message>
            <source>Credit notes applied</source>
            <translation>贷项冲减</translation>
        </message>
        <message>
            <source>Credit record</source>
            <translation>信誉记录表</translation>
        </message>
        <message>
            <source>Credit record (信誉记录表): each customer&apos;s invoices, repayment dates and days late</source>
            <translation>信誉记录表：各客户的应收单、还款日期和逾期天数</translation>
        </message>
        <message>
            <source>Credit record: invoices</source>
            <translation>信誉记录表：应收单明细</translation>
        </message>
        <message>
            <source>Credit record: summary by customer</source>
            <translation>信誉记录表：按客户汇总</translation>
        </message>
        <message>
            <source>Credit summary</source>
            <translation>信誉汇总</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>客户名称</translation>
        </message>
        <message>
            <source>Customer category</source>
            <translation>客户类别</translation>
        </message>
        <message>
            <source>Customer code</source>
            <translation>客户编码</translation>
        </message>
        <message>
            <source>Customer list</source>
            <translation>客户列表</translation>
        </message>
        <message>
            <source>Customer&apos;s answer</source>
            <translation>客户答复</translation>
        </message>
        <message>
            <source>Customer: {code} {name}</source>
            <translation>客户：{code} {name}</translation>
        </message>
        <message>
            <source>Customers</source>
            <translation>客户数</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Date repaid</source>
            <translation>还款日期</translation>
        </message>
        <message>
            <source>Date repaid: the day the invoice was paid off; days to pay from the issue date; days overdue to the repayment, or to the as-of date while unpaid.</source>
            <translation>还款日期：应收单结清的日期；还款天数自开单日起算；逾期天数算至还款日，未还清的算至截止日。</translation>
        </message>
        <message>
            <source>Days overdue</source>
            <translation>逾期天数</translation>
        </message>
        <message>
            <source>Days to pay</source>
            <translation>还款天数</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>摘要</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>文档类型</translation>
        </message>
        <message>
            <source>Document no.</source>
            <translation>文档编号</translation>
        </message>
        <message>
            <source>Documents made</source>
            <translation>文档存档</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>到期日</translation>
        </message>
        <message>
            <source>File</source>
            <translation>文件</translation>
        </message>
        <message>
            <source>Filtered: {filters}</source>
            <translation>筛选条件：{filters}</translation>
        </message>
        <message>
            <source>Follow up on</source>
            <translation>下次跟进日期</translation>
        </message>
        <message>
            <source>Friday</source>
            <translation>星期五</translation>
        </message>
        <message>
            <source>Invoice list</source>
            <translation>应收单列表</translation>
        </message>
        <message>
            <source>Invoice no.</source>
            <translation>应收单号</translation>
        </message>
        <message>
            <source>Invoices</source>
            <translation>应收单数</translation>
        </message>
        <message>
            <source>Invoices issued from {start} to {end}; paid or not as of {as_of}</source>
            <translation>开单日期 {start} 至 {end} 的应收单；还款情况截至 {as_of}</translation>
        </message>
        <message>
            <source>Invoices past their due date and still unpaid at the end of {date} ({weekday})</source>
            <translation>截至 {date}（{weekday}）日终已过到期日仍未收回的应收单</translation>
        </message>
        <message>
            <source>Issue date</source>
            <translation>开单日期</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>项目</translation>
        </message>
        <message>
            <source>Key ratios</source>
            <translation>主要指标</translation>
        </message>
        <message>
            <source>Last contact</source>
            <translation>最近联系</translation>
        </message>
        <message>
            <source>Last contact and promised payment dates come from the collection log; they stay empty until contacts are recorded.</source>
            <translation type="vanished">“最近联系”和“承诺付款日”取自催收记录；登记催收联系之前为空。</translation>
        </message>
        <message>
            <source>Last month ({month})</source>
            <translation>上月（{month}）</translation>
        </message>
        <message>
            <source>Logged by</source>
            <translation>登记人</translation>
        </message>
        <message>
            <source>Made at</source>
            <translation>生成时间</translation>
        </message>
        <message>
            <source>Made by</source>
            <translation>生成人</translation>
        </message>
        <message>
            <source>Matched by</source>
            <translation>匹配依据</translation>
        </message>
        <message>
            <source>Measure</source>
            <translation>指标</translation>
        </message>
        <message>
            <source>Monday</source>
            <translation>星期一</translation>
        </message>
        <message>
            <source>Money in</source>
            <translation>收入</translation>
        </message>
        <message>
            <source>Money out</source>
            <translation>支出</translation>
        </message>
        <message>
            <source>Monthly aging analysis report (账龄分析报告) for a month</source>
            <translation>月度应收账款账龄分析报告</translation>
        </message>
        <message>
            <source>Most days overdue</source>
            <translation>最长逾期天数</translation>
        </message>
        <message>
            <source>Movement</source>
            <translation>余额变动</translation>
        </message>
        <message>
            <source>Movement of receivables</source>
            <translation>应收账款余额变动</translation>
        </message>
        <message>
            <source>Net balance</source>
            <translation>净额</translation>
        </message>
        <message>
            <source>Next step</source>
            <translation>下一步</translation>
        </message>
        <message>
            <source>No archived file {id}</source>
            <translation>没有归档文件 {id}</translation>
        </message>
        <message>
            <source>No bank account {ref}</source>
            <translation>没有银行账户 {ref}</translation>
        </message>
        <message>
            <source>No customer with id {id}</source>
            <translation>没有 id 为 {id} 的客户</translation>
        </message>
        <message>
            <source>No document {id}</source>
            <translation>没有单据 {id}</translation>
        </message>
        <message>
            <source>No open receivables</source>
            <translation type="vanished">没有未收应收款</translation>
        </message>
        <message>
            <source>No open receivables as of {date}</source>
            <translation>截至 {date} 没有未结应收</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>行号</translation>
        </message>
        <message>
            <source>Old ledger number</source>
            <translation>原单号</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>未收</translation>
        </message>
        <message>
            <source>Open invoice balances in yuan; advance payments are not netted off. Collected: receipts applied to invoices in the month.</source>
            <translation>金额为未结应收单余额（元），未扣除预收款。本期收回：本月核销到应收单的收款。</translation>
        </message>
        <message>
            <source>Open invoices</source>
            <translation type="obsolete"></translation>
        </message>
        <message>
            <source>Open invoices (count)</source>
            <translation>未结应收单数</translation>
        </message>
        <message>
            <source>Opening receivables</source>
            <translation>期初应收余额</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>逾期</translation>
        </message>
        <message>
            <source>Overdue amount</source>
            <translation>逾期金额</translation>
        </message>
        <message>
            <source>Overdue customers</source>
            <translation>逾期客户</translation>
        </message>
        <message>
            <source>Overdue invoices</source>
            <translation>逾期应收单</translation>
        </message>
        <message>
            <source>Overdue last month</source>
            <translation>上月逾期金额</translation>
        </message>
        <message>
            <source>Overdue ratio (overdue / total open)</source>
            <translation>逾期率（逾期金额 ÷ 应收余额）</translation>
        </message>
        <message>
            <source>Pages</source>
            <translation>页数</translation>
        </message>
        <message>
            <source>Paid on time</source>
            <translation>按时付款比例</translation>
        </message>
        <message>
            <source>Paid on time and average days late count the invoices due by the as-of date; an unpaid invoice is late by the days since its due date.</source>
            <translation>按时付款比例和平均逾期天数按截止日前已到期的应收单计算；未还清的应收单按到期日至截止日的天数计逾期。</translation>
        </message>
        <message>
            <source>Payment method</source>
            <translation>收款方式</translation>
        </message>
        <message>
            <source>Period from</source>
            <translation>期间起</translation>
        </message>
        <message>
            <source>Period to</source>
            <translation>期间止</translation>
        </message>
        <message>
            <source>Person reached</source>
            <translation>联系人</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>Promised date</source>
            <translation>承诺付款日</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>用途</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>数量</translation>
        </message>
        <message>
            <source>Rank</source>
            <translation>排名</translation>
        </message>
        <message>
            <source>Rating</source>
            <translation>信用等级</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>Reason for not paying</source>
            <translation>未付款原因</translation>
        </message>
        <message>
            <source>Reasons for not paying (未付款原因) for a month: the contacts by the reason the customer gave</source>
            <translation>某月的未付款原因（未付款原因）：按客户给出的原因统计联系</translation>
        </message>
        <message>
            <source>Receipt date</source>
            <translation>收款日期</translation>
        </message>
        <message>
            <source>Receipt list</source>
            <translation>收款列表</translation>
        </message>
        <message>
            <source>Receipt no.</source>
            <translation>收款单号</translation>
        </message>
        <message>
            <source>Receipts</source>
            <translation type="obsolete"></translation>
        </message>
        <message>
            <source>Receivables aging analysis report, {month}</source>
            <translation>应收账款账龄分析报告（{month}）</translation>
        </message>
        <message>
            <source>Receivables aging as of {date}</source>
            <translation>应收账款账龄分布（截至 {date}）</translation>
        </message>
        <message>
            <source>Receivables aging report</source>
            <translation>应收账款账龄分析表</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>参考号</translation>
        </message>
        <message>
            <source>Saturday</source>
            <translation>星期六</translation>
        </message>
        <message>
            <source>Scheme: {scheme}; {basis}</source>
            <translation>账龄方案：{scheme}；{basis}</translation>
        </message>
        <message>
            <source>Scheme: {scheme}; {basis}; {view}</source>
            <translation>账龄方案：{scheme}；{basis}；{view}</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>匹配分</translation>
        </message>
        <message>
            <source>Share of all overdue</source>
            <translation>占逾期总额比例</translation>
        </message>
        <message>
            <source>Share this month</source>
            <translation>本月占比</translation>
        </message>
        <message>
            <source>Sorted by days overdue, then amount. Amounts in yuan.</source>
            <translation>按逾期天数、再按金额排序。金额单位：元。</translation>
        </message>
        <message>
            <source>Sorted by {column}, ascending</source>
            <translation>按“{column}”升序排列</translation>
        </message>
        <message>
            <source>Sorted by {column}, descending</source>
            <translation>按“{column}”降序排列</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Still owed</source>
            <translation>未还金额</translation>
        </message>
        <message>
            <source>Sunday</source>
            <translation>星期日</translation>
        </message>
        <message>
            <source>Task</source>
            <translation>任务</translation>
        </message>
        <message>
            <source>Terms (days)</source>
            <translation>账期（天）</translation>
        </message>
        <message>
            <source>The as-of date {as_of} is before the period starts on {start}</source>
            <translation>截止日期 {as_of} 早于期间开始日 {start}</translation>
        </message>
        <message>
            <source>The chart appears once invoices are posted.</source>
            <translation>过账应收单后，这里显示账龄图。</translation>
        </message>
        <message>
            <source>The first day of the statement is required</source>
            <translation>请填写对账单起始日</translation>
        </message>
        <message>
            <source>The last day of the statement is required</source>
            <translation>请填写对账单截止日</translation>
        </message>
        <message>
            <source>The period&apos;s start {start} is after its end {end}</source>
            <translation>期间开始日 {start} 晚于结束日 {end}</translation>
        </message>
        <message>
            <source>The report &apos;{name}&apos; takes no period, customer or summary option; only credit-record does</source>
            <translation>报表“{name}”不接受期间、客户或仅汇总选项；只有信誉记录表（credit-record）接受</translation>
        </message>
        <message>
            <source>The statement&apos;s first day {start} is after its last day {end}</source>
            <translation>对账单起始日 {start} 晚于截止日 {end}</translation>
        </message>
        <message>
            <source>This month ({month})</source>
            <translation>本月（{month}）</translation>
        </message>
        <message>
            <source>Thursday</source>
            <translation>星期四</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>交易时间</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <source>Top 10 overdue customers</source>
            <translation>逾期金额前十名客户</translation>
        </message>
        <message>
            <source>Top overdue</source>
            <translation>逾期前十</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>合计</translation>
        </message>
        <message>
            <source>Total open</source>
            <translation>应收余额</translation>
        </message>
        <message>
            <source>Tuesday</source>
            <translation>星期二</translation>
        </message>
        <message>
            <source>Unallocated</source>
            <translation>未核销</translation>
        </message>
        <message>
            <source>Unapplied</source>
            <translation>未冲抵</translation>
        </message>
        <message>
            <source>Unit price</source>
            <translation>单价</translation>
        </message>
        <message>
            <source>Unknown export format &apos;{fmt}&apos; (pdf or xlsx)</source>
            <translation>未知的导出格式“{fmt}”（应为 pdf 或 xlsx）</translation>
        </message>
        <message>
            <source>Unknown report &apos;{name}&apos;; choose one of: {names}</source>
            <translation>未知的报表“{name}”；可选：{names}</translation>
        </message>
        <message>
            <source>VAT</source>
            <translation>税额</translation>
        </message>
        <message>
            <source>VAT rate</source>
            <translation>税率</translation>
        </message>
        <message>
            <source>Value date</source>
            <translation>交易日期</translation>
        </message>
        <message>
            <source>Voids and other adjustments</source>
            <translation>作废及其他调整</translation>
        </message>
        <message>
            <source>Wednesday</source>
            <translation>星期三</translation>
        </message>
        <message>
            <source>Weekly overdue report</source>
            <translation>逾期报表（周报）</translation>
        </message>
        <message>
            <source>Weekly overdue report (逾期报表): overdue customers and invoices, as of a Friday</source>
            <translation>逾期报表（周报）：截至星期五的逾期客户和逾期应收单</translation>
        </message>
        <message>
            <source>What was said</source>
            <translation>沟通内容</translation>
        </message>
        <message>
            <source>account {name}</source>
            <translation>账户 {name}</translation>
        </message>
        <message>
            <source>at least {amount}</source>
            <translation>金额不少于 {amount}</translation>
        </message>
        <message>
            <source>category {value}</source>
            <translation>类别 {value}</translation>
        </message>
        <message>
            <source>collector {name}</source>
            <translation>催收员 {name}</translation>
        </message>
        <message>
            <source>contacted</source>
            <translation>联系日期</translation>
        </message>
        <message>
            <source>customer {code} {name}</source>
            <translation>客户 {code} {name}</translation>
        </message>
        <message>
            <source>dated</source>
            <translation>单据日期</translation>
        </message>
        <message>
            <source>issued</source>
            <translation>开单日期</translation>
        </message>
        <message>
            <source>level {n}</source>
            <translation>第 {n} 级</translation>
        </message>
        <message>
            <source>logged by {name}</source>
            <translation>登记人 {name}</translation>
        </message>
        <message>
            <source>made</source>
            <translation>生成日期</translation>
        </message>
        <message>
            <source>matching &apos;{text}&apos;</source>
            <translation>包含“{text}”</translation>
        </message>
        <message>
            <source>one collector</source>
            <translation>指定催收员</translation>
        </message>
        <message>
            <source>one customer</source>
            <translation>指定客户</translation>
        </message>
        <message>
            <source>overdue only</source>
            <translation>仅逾期</translation>
        </message>
        <message>
            <source>rating {value}</source>
            <translation>信用等级 {value}</translation>
        </message>
        <message>
            <source>received</source>
            <translation>收款日期</translation>
        </message>
        <message>
            <source>status {status}</source>
            <translation>状态为{status}</translation>
        </message>
        <message>
            <source>tasks {statuses}</source>
            <translation>任务状态：{statuses}</translation>
        </message>
        <message>
            <source>unassigned</source>
            <translation>未分配</translation>
        </message>
        <message>
            <source>unpaid only</source>
            <translation>仅未收清</translation>
        </message>
        <message>
            <source>value date</source>
            <translation>交易日期</translation>
        </message>
        <message>
            <source>with credit left</source>
            <translation>仅有未冲抵余额</translation>
        </message>
        <message numerus="yes">
            <source>{n} contact</source>
            <comment>{n} contacts</comment>
            <translation>
                <numerusform>{n} 次联系</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{n} credit note</source>
            <comment>{n} credit notes</comment>
            <translation>
                <numerusform>{n} 张贷项通知单</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{n} customer</source>
            <comment>{n} customers</comment>
            <translation>
                <numerusform>{n} 个客户</numerusform>
            </translation>
        </message>
        <message>
            <source>{n} customers</source>
            <translation type="vanished">{n} 个客户</translation>
        </message>
        <message numerus="yes">
            <source>{n} document</source>
            <comment>{n} documents</comment>
            <translation>
                <numerusform>{n} 份文档</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{n} invoice</source>
            <comment>{n} invoices</comment>
            <translation>
                <numerusform>{n} 张应收单</numerusform>
            </translation>
        </message>
        <message>
            <source>{n} invoices</source>
            <translation type="vanished">{n} 张应收单</translation>
        </message>
        <message numerus="yes">
            <source>{n} line</source>
            <comment>{n} lines</comment>
            <translation>
                <numerusform>{n} 笔流水</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{n} receipt</source>
            <comment>{n} receipts</comment>
            <translation>
                <numerusform>{n} 笔收款</numerusform>
            </translation>
        </message>
        <message>
            <source>{title} (as of {date})</source>
            <translation>{title}（截至 {date}）</translation>
        </message>
        <message>
            <source>{value} pp</source>
            <translation>{value}个百分点</translation>
        </message>
        <message>
            <source>{what} from {start}</source>
            <translation>{what}自 {start} 起</translation>
        </message>
        <message>
            <source>{what} up to {end}</source>
            <translation>{what}截至 {end}</translation>
        </message>
        <message>
            <source>{what} {start} to {end}</source>
            <translation>{what} {start} 至 {end}</translation>
        </message>
        <message>
            <source>{year}-{month}</source>
            <translation>{year}年{month}月</translation>
        </message>
    </context>
</TS>
