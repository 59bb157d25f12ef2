<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>AccountDialog</name>
        <message>
            <source>Account no. *</source>
            <translation>账号 *</translation>
        </message>
        <message>
            <source>Bank</source>
            <translation>开户银行</translation>
        </message>
        <message>
            <source>Bank account</source>
            <translation>银行账户</translation>
        </message>
        <message>
            <source>Bank accounts cannot be saved in this version.</source>
            <translation>此版本不能保存银行账户。</translation>
        </message>
        <message>
            <source>From</source>
            <translation>自</translation>
        </message>
        <message>
            <source>Name *</source>
            <translation>账户名称 *</translation>
        </message>
        <message>
            <source>New bank account</source>
            <translation>新增银行账户</translation>
        </message>
        <message>
            <source>Opening balance per bank (¥)</source>
            <translation>期初银行余额（元）</translation>
        </message>
        <message>
            <source>Opening balance per books (¥)</source>
            <translation>期初账面余额（元）</translation>
        </message>
        <message>
            <source>Opening date</source>
            <translation>期初日期</translation>
        </message>
        <message>
            <source>Statement format</source>
            <translation>对账单格式</translation>
        </message>
        <message>
            <source>The reconciliation starts from the opening balances on the opening date: what the bank statement said and what the books said that day.</source>
            <translation>余额调节表从期初日期的期初余额算起：当天银行对账单的余额和企业账面的余额。</translation>
        </message>
        <message>
            <source>e.g. ICBC Shanghai Pudong branch</source>
            <translation>例如：工商银行上海浦东支行</translation>
        </message>
        <message>
            <source>e.g. ICBC basic account</source>
            <translation>例如：工行基本户</translation>
        </message>
    </context>
    <context>
        <name>AccountPage</name>
        <message>
            <source>Account</source>
            <translation>账户</translation>
        </message>
        <message>
            <source>Account and format</source>
            <translation>账户和格式</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>对账单格式</translation>
        </message>
        <message>
            <source>New account…</source>
            <translation>新增账户…</translation>
        </message>
        <message>
            <source>The account the statement is of, and whose export its columns follow.</source>
            <translation>这份对账单属于哪个账户，以及它的列按哪家银行的导出格式排列。</translation>
        </message>
        <message>
            <source>The books have no bank account yet: add the account this statement is of (New account…).</source>
            <translation>账套里还没有银行账户：请先新增这份对账单所属的账户（新增账户…）。</translation>
        </message>
        <message>
            <source>The columns are guessed from the file&apos;s header; check them on the next page.</source>
            <translation>各列按文件表头猜测，请在下一步核对。</translation>
        </message>
        <message>
            <source>The columns are read with the mapping saved with this account.</source>
            <translation>按此账户保存的列映射读取各列。</translation>
        </message>
    </context>
    <context>
        <name>BankLineModel</name>
        <message>
            <source>Amount (¥)</source>
            <translation>金额（元）</translation>
        </message>
        <message>
            <source>Balance (¥)</source>
            <translation>余额（元）</translation>
        </message>
        <message>
            <source>Counterparty</source>
            <translation>对方户名</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>交易日期</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>摘要</translation>
        </message>
        <message>
            <source>In/out</source>
            <translation>收支</translation>
        </message>
        <message>
            <source>Receipt no.</source>
            <translation>收款单号</translation>
        </message>
        <message>
            <source>Rule / score</source>
            <translation>匹配依据/得分</translation>
        </message>
        <message>
            <source>Serial no.</source>
            <translation>流水号</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
    </context>
    <context>
        <name>BankTab</name>
        <message>
            <source>Account</source>
            <translation>账户</translation>
        </message>
        <message>
            <source>Add one of the company&apos;s bank accounts</source>
            <translation>新增一个本公司的银行账户</translation>
        </message>
        <message>
            <source>Bank</source>
            <translation>银行</translation>
        </message>
        <message>
            <source>Bank reconciliation</source>
            <translation>余额调节表</translation>
        </message>
        <message>
            <source>Dated from</source>
            <translation>交易日期从</translation>
        </message>
        <message>
            <source>Edit account…</source>
            <translation>编辑账户…</translation>
        </message>
        <message>
            <source>Import bank statement</source>
            <translation>导入银行对账单</translation>
        </message>
        <message>
            <source>Import bank statement…</source>
            <translation>导入银行对账单…</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>正在加载…</translation>
        </message>
        <message>
            <source>Name, bank, format and opening balances of the account</source>
            <translation>账户的名称、开户银行、对账单格式和期初余额</translation>
        </message>
        <message>
            <source>New account…</source>
            <translation>新增账户…</translation>
        </message>
        <message>
            <source>No bank account yet: add one (New account…), then import its statement.</source>
            <translation>还没有银行账户：先新增账户（新增账户…），再导入它的对账单。</translation>
        </message>
        <message>
            <source>No lines in this account yet: import its statement (Import bank statement…).</source>
            <translation>此账户还没有流水：请导入它的对账单（导入银行对账单…）。</translation>
        </message>
        <message>
            <source>Not available in this version.</source>
            <translation>此版本暂不提供。</translation>
        </message>
        <message>
            <source>Read a statement file exported from online banking</source>
            <translation>读取从网上银行导出的对账单文件</translation>
        </message>
        <message>
            <source>Search counterparty, description, serial no., customer or receipt</source>
            <translation>搜索对方户名、摘要、流水号、客户或收款单号</translation>
        </message>
        <message>
            <source>The bank statements are not available in this version ({missing} is missing).</source>
            <translation>此版本暂不提供银行对账功能（缺少 {missing}）。</translation>
        </message>
        <message>
            <source>Transactions</source>
            <translation>银行流水</translation>
        </message>
        <message>
            <source>Your role ({role}) may not do this.</source>
            <translation>您的角色（{role}）无权进行此操作。</translation>
        </message>
        <message>
            <source>to</source>
            <translation>至</translation>
        </message>
        <message>
            <source>yyyy-mm-dd</source>
            <translation>年-月-日</translation>
        </message>
        <message numerus="yes">
            <source>{shown} line shown (counting…)</source>
            <comment>{shown} lines shown (counting…)</comment>
            <translation>
                <numerusform>已显示 {shown} 笔流水（正在计数…）</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{shown} of {total} line shown</source>
            <comment>{shown} of {total} lines shown</comment>
            <translation>
                <numerusform>共 {total} 笔流水，已显示 {shown} 笔</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BulkAccept</name>
        <message>
            <source> points</source>
            <translation> 分</translation>
        </message>
        <message>
            <source>Accept all…</source>
            <translation>全部接受…</translation>
        </message>
        <message>
            <source>Accept proposals</source>
            <translation>接受匹配建议</translation>
        </message>
        <message>
            <source>Accept the best proposal of each of these lines in one go</source>
            <translation>一次接受这些流水各自得分最高的建议</translation>
        </message>
        <message numerus="yes">
            <source>Accept the best proposal of {n} line, {total} in all? Each becomes a receipt with its allocations.</source>
            <comment>Accept the best proposals of {n} lines, {total} in all? Each becomes a receipt with its allocations.</comment>
            <translation>
                <numerusform>接受 {n} 笔流水的最佳建议，合计 {total}？每笔将生成一张收款单并核销相应应收单。</numerusform>
            </translation>
        </message>
        <message>
            <source>Not available in this version.</source>
            <translation>此版本暂不提供。</translation>
        </message>
        <message>
            <source>Proposals scoring at least</source>
            <translation>得分不低于</translation>
        </message>
        <message>
            <source>counting…</source>
            <translation>正在计数…</translation>
        </message>
        <message numerus="yes">
            <source>{n} line matched, {total} received</source>
            <comment>{n} lines matched, {total} received</comment>
            <translation>
                <numerusform>已匹配 {n} 笔流水，收款 {total}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>— {n} line, {total}</source>
            <comment>— {n} lines, {total}</comment>
            <translation>
                <numerusform>的建议：{n} 笔，{total}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FilePage</name>
        <message>
            <source>Account no. in the file: {account}</source>
            <translation>文件中的账号：{account}</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>浏览…</translation>
        </message>
        <message>
            <source>Dates from {first} to {last}</source>
            <translation>交易日期从 {first} 至 {last}</translation>
        </message>
        <message>
            <source>Nothing is written until the last step: the file is read and shown first.</source>
            <translation>最后一步之前不会写入任何内容：先读取文件并显示出来。</translation>
        </message>
        <message>
            <source>Open a bank statement</source>
            <translation>打开银行对账单</translation>
        </message>
        <message>
            <source>Path of the statement file</source>
            <translation>对账单文件的路径</translation>
        </message>
        <message>
            <source>Reading…</source>
            <translation>正在读取…</translation>
        </message>
        <message>
            <source>Sheet</source>
            <translation>工作表</translation>
        </message>
        <message>
            <source>Statement file</source>
            <translation>对账单文件</translation>
        </message>
        <message>
            <source>Statements (*.xlsx *.xls *.csv *.ods);;All files (*)</source>
            <translation>对账单 (*.xlsx *.xls *.csv *.ods);;所有文件 (*)</translation>
        </message>
        <message>
            <source>The file exported from the bank&apos;s online banking: xlsx, xls or csv.</source>
            <translation>从网上银行导出的文件：xlsx、xls 或 csv。</translation>
        </message>
        <message>
            <source>{file}: sheet {sheet}, header on row {row}, {count} rows read</source>
            <translation>{file}：工作表 {sheet}，表头在第 {row} 行，读取 {count} 行</translation>
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message>
            <source>Cancelled: nothing was imported.</source>
            <translation>已取消：没有导入任何内容。</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>正在取消…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>导入</translation>
        </message>
        <message>
            <source>Import a bank statement</source>
            <translation>导入银行对账单</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>正在导入…</translation>
        </message>
        <message>
            <source>Nothing was imported: {reason}</source>
            <translation>没有导入任何内容：{reason}</translation>
        </message>
        <message>
            <source>Once started, the import runs to its end in one go.</source>
            <translation>导入一经开始便一次完成，不能中途取消。</translation>
        </message>
        <message>
            <source>Statement files cannot be read in this version.</source>
            <translation>此版本不能读取对账单文件。</translation>
        </message>
        <message>
            <source>Statements cannot be imported in this version.</source>
            <translation>此版本不能导入对账单。</translation>
        </message>
        <message>
            <source>The columns are read with the mapping saved with this account.</source>
            <translation>按此账户保存的列映射读取各列。</translation>
        </message>
        <message>
            <source>The file is of account {found}, but the account chosen is {name} ({number}). Check that this is the right statement.</source>
            <translation>文件中的账号是 {found}，但所选账户是 {name}（{number}）。请确认对账单没有选错。</translation>
        </message>
        <message>
            <source>The mapping saved with the account does not fit this file ({reason}); the columns were guessed from its header.</source>
            <translation>此账户保存的列映射不适用于这个文件（{reason}），已按文件表头重新猜测各列。</translation>
        </message>
        <message>
            <source>{account}: {what}</source>
            <translation>{account}：{what}</translation>
        </message>
    </context>
    <context>
        <name>ItemsModel</name>
        <message>
            <source>Amount (¥)</source>
            <translation>金额（元）</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>项目</translation>
        </message>
    </context>
    <context>
        <name>LinePane</name>
        <message>
            <source>; </source>
            <translation>；</translation>
        </message>
        <message>
            <source>Accept proposal</source>
            <translation>接受建议</translation>
        </message>
        <message>
            <source>Bank</source>
            <translation>银行</translation>
        </message>
        <message>
            <source>Book</source>
            <translation>记账</translation>
        </message>
        <message>
            <source>Book the line without a receipt: a payment, a fee, interest, money that is not a customer&apos;s</source>
            <translation>不生成收款单直接记账：付款、手续费、利息等非客户回款</translation>
        </message>
        <message>
            <source>Booked: {what}</source>
            <translation>已记账：{what}</translation>
        </message>
        <message>
            <source>Book…</source>
            <translation>记账…</translation>
        </message>
        <message>
            <source>Choose the customer and the invoices yourself</source>
            <translation>自己选择客户和应收单</translation>
        </message>
        <message>
            <source>Ignore</source>
            <translation>忽略</translation>
        </message>
        <message>
            <source>Ignore…</source>
            <translation>忽略…</translation>
        </message>
        <message>
            <source>Line back in the queue</source>
            <translation>流水已回到待匹配队列</translation>
        </message>
        <message>
            <source>Line of {date}, {direction} {amount}: {status}</source>
            <translation>{date} 的流水，{direction} {amount}：{status}</translation>
        </message>
        <message>
            <source>Line set aside</source>
            <translation>流水已忽略</translation>
        </message>
        <message>
            <source>Looking for proposals…</source>
            <translation>正在查找匹配建议…</translation>
        </message>
        <message>
            <source>Match by hand…</source>
            <translation>手工匹配…</translation>
        </message>
        <message>
            <source>Matched to {customer}, receipt {receipt} ({rule})</source>
            <translation>已匹配给 {customer}，收款单 {receipt}（{rule}）</translation>
        </message>
        <message>
            <source>Money out never becomes a receipt: book it (a payment, a fee) for the reconciliation.</source>
            <translation>支出不会生成收款单：请记账（付款、手续费），以便编制余额调节表。</translation>
        </message>
        <message>
            <source>No proposal: no customer&apos;s invoice, name or account fits this line. Match it by hand, or book it if it is not a customer&apos;s payment.</source>
            <translation>没有匹配建议：没有客户的应收单、户名或账号与这笔流水相符。请手工匹配；如不是客户回款，请记账。</translation>
        </message>
        <message>
            <source>Not available in this version.</source>
            <translation>此版本暂不提供。</translation>
        </message>
        <message>
            <source>Proposals</source>
            <translation>匹配建议</translation>
        </message>
        <message>
            <source>Proposals are not available in this version: match by hand.</source>
            <translation>此版本暂不提供匹配建议：请手工匹配。</translation>
        </message>
        <message>
            <source>Put the ignored line back in the queue</source>
            <translation>把已忽略的流水放回待匹配队列</translation>
        </message>
        <message>
            <source>Receipt and allocations as proposed, linked to the line</source>
            <translation>按建议生成收款单并核销，与这笔流水关联</translation>
        </message>
        <message>
            <source>Receipt {number} recorded for {customer}: {amount} allocated</source>
            <translation>已为 {customer} 登记收款单 {number}：核销 {amount}</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>恢复</translation>
        </message>
        <message>
            <source>Reverse the receipt (it is kept, marked reversed) and put the line back in the queue</source>
            <translation>冲销收款单（保留并标为已冲销），流水回到待匹配队列</translation>
        </message>
        <message>
            <source>Select a line to see what the matcher proposes.</source>
            <translation>选择一笔流水，查看系统给出的匹配建议。</translation>
        </message>
        <message>
            <source>Set the line aside (with a reason)</source>
            <translation>忽略这笔流水（须写明原因）</translation>
        </message>
        <message>
            <source>Unmatch</source>
            <translation>取消匹配</translation>
        </message>
        <message>
            <source>Unmatched: receipt {receipt} reversed, the line is back in the queue</source>
            <translation>已取消匹配：收款单 {receipt} 已冲销，流水回到待匹配队列</translation>
        </message>
        <message>
            <source>Unmatch…</source>
            <translation>取消匹配…</translation>
        </message>
        <message>
            <source>What was this {direction} of {amount}? (a payment to a supplier, a bank fee, interest …)</source>
            <translation>这笔 {amount} 的{direction}是什么？（支付供应商货款、银行手续费、利息……）</translation>
        </message>
        <message>
            <source>Why is line {serial} not {customer}&apos;s payment? Receipt {receipt} will be reversed.</source>
            <translation>为什么流水 {serial} 不是 {customer} 的回款？收款单 {receipt} 将被冲销。</translation>
        </message>
        <message>
            <source>Why set this line aside?</source>
            <translation>为什么忽略这笔流水？</translation>
        </message>
        <message>
            <source>{amount} kept as customer credit</source>
            <translation>{amount} 转为客户预收款</translation>
        </message>
        <message>
            <source>{left} stays with the customer as credit</source>
            <translation>{left} 留作客户预收款</translation>
        </message>
        <message>
            <source>{score} points, {rule}: {reason}</source>
            <translation>{score} 分，{rule}：{reason}</translation>
        </message>
    </context>
    <context>
        <name>MappingPage</name>
        <message>
            <source>Choose the column that holds the date ({field}).</source>
            <translation>请选择日期所在的列（{field}）。</translation>
        </message>
        <message>
            <source>Choose the columns of the amounts ({debit} and {credit}, or {amount}).</source>
            <translation>请选择金额所在的列（{debit}和{credit}，或{amount}）。</translation>
        </message>
        <message>
            <source>Column in the file</source>
            <translation>文件中的列</translation>
        </message>
        <message>
            <source>Columns</source>
            <translation>列映射</translation>
        </message>
        <message>
            <source>First values</source>
            <translation>前几行的值</translation>
        </message>
        <message>
            <source>Read as</source>
            <translation>读作</translation>
        </message>
        <message>
            <source>Save this mapping with the account for its next statements</source>
            <translation>把此列映射保存到账户，下次导入此账户的对账单时使用</translation>
        </message>
        <message>
            <source>What each column of the file holds. Correct a guess by choosing another field.</source>
            <translation>文件每一列的内容。猜得不对时，请改选其他字段。</translation>
        </message>
        <message>
            <source>{field} is chosen for two columns: {first} and {second}</source>
            <translation>{field}选给了两列：{first} 和 {second}</translation>
        </message>
    </context>
    <context>
        <name>MatchDialog</name>
        <message>
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <source>Bank line</source>
            <translation>银行流水</translation>
        </message>
        <message>
            <source>Bank lines cannot be matched in this version.</source>
            <translation>此版本不能匹配银行流水。</translation>
        </message>
        <message>
            <source>Choose the customer who paid</source>
            <translation>请选择付款客户</translation>
        </message>
        <message>
            <source>Customer *</source>
            <translation>客户 *</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>交易日期</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>摘要</translation>
        </message>
        <message>
            <source>Invoices it pays (tick them, oldest due first; double-click an amount to split)</source>
            <translation>所付的应收单（按到期日从早到晚勾选；双击金额可拆分）</translation>
        </message>
        <message>
            <source>Match</source>
            <translation>匹配</translation>
        </message>
        <message>
            <source>Match by hand</source>
            <translation>手工匹配</translation>
        </message>
        <message>
            <source>Open invoices: {count}, owing {open}</source>
            <translation>未结应收单 {count} 张，共欠 {open}</translation>
        </message>
        <message>
            <source>Paid by</source>
            <translation>付款方</translation>
        </message>
        <message>
            <source>The invoices ticked take {over} more than the line brought in</source>
            <translation>勾选的应收单比这笔流水的金额多 {over}</translation>
        </message>
    </context>
    <context>
        <name>PreviewModel</name>
        <message>
            <source>Amount (¥)</source>
            <translation>金额（元）</translation>
        </message>
        <message>
            <source>Balance (¥)</source>
            <translation>余额（元）</translation>
        </message>
        <message>
            <source>Counterparty</source>
            <translation>对方户名</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>交易日期</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>摘要</translation>
        </message>
        <message>
            <source>In/out</source>
            <translation>收支</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>行号</translation>
        </message>
        <message>
            <source>Serial no.</source>
            <translation>流水号</translation>
        </message>
        <message>
            <source>column {column}: {reason}</source>
            <translation>{column}列：{reason}</translation>
        </message>
    </context>
    <context>
        <name>PreviewPage</name>
        <message>
            <source> (and {n} more)</source>
            <translation>（另有 {n} 处）</translation>
        </message>
        <message>
            <source>; </source>
            <translation>；</translation>
        </message>
        <message>
            <source>Nothing is in the books yet. Rows in red cannot be imported; the others will be.</source>
            <translation>尚未写入账套。红色的行不能导入，其余的行将被导入。</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>预览</translation>
        </message>
        <message>
            <source>Reading…</source>
            <translation>正在读取…</translation>
        </message>
        <message>
            <source>The running balance breaks: {where}</source>
            <translation>余额不连续：{where}</translation>
        </message>
        <message>
            <source>row {row}: the balance should be {expected}, the file says {printed}</source>
            <translation>第 {row} 行余额应为 {expected}，文件中为 {printed}</translation>
        </message>
        <message>
            <source>{good}, {refused}</source>
            <translation>{good}，{refused}</translation>
        </message>
        <message numerus="yes">
            <source>{n} row can be imported</source>
            <comment>{n} rows can be imported</comment>
            <translation>
                <numerusform>{n} 行可导入</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{n} row refused</source>
            <comment>{n} rows refused</comment>
            <translation>
                <numerusform>{n} 行被拒</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ProposalModel</name>
        <message>
            <source>Allocated (¥)</source>
            <translation>核销（元）</translation>
        </message>
        <message>
            <source>Credit left (¥)</source>
            <translation>余留预收（元）</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <source>Invoices</source>
            <translation>应收单</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>理由</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>得分</translation>
        </message>
    </context>
    <context>
        <name>ReconciliationView</name>
        <message>
            <source>Add: received by the bank, not yet in the books</source>
            <translation>加：银行已收、企业未收</translation>
        </message>
        <message>
            <source>Add: received in the books, not yet by the bank</source>
            <translation>加：企业已收、银行未收</translation>
        </message>
        <message>
            <source>Adjusted balance</source>
            <translation>调节后的存款余额</translation>
        </message>
        <message>
            <source>Balance per the bank statement</source>
            <translation>银行对账单余额</translation>
        </message>
        <message>
            <source>Balance per the books</source>
            <translation>企业银行存款日记账余额</translation>
        </message>
        <message>
            <source>Bank reconciliation: {account}, {date}</source>
            <translation>银行存款余额调节表：{account}，{date}</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel 工作簿 (*.xlsx)</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>导出</translation>
        </message>
        <message>
            <source>Export to Excel…</source>
            <translation>导出 Excel…</translation>
        </message>
        <message>
            <source>Export to PDF…</source>
            <translation>导出 PDF…</translation>
        </message>
        <message>
            <source>Less: paid by the bank, not yet in the books</source>
            <translation>减：银行已付、企业未付</translation>
        </message>
        <message>
            <source>Less: paid in the books, not yet by the bank</source>
            <translation>减：企业已付、银行未付</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>月份</translation>
        </message>
        <message>
            <source>PDF document (*.pdf)</source>
            <translation>PDF 文档 (*.pdf)</translation>
        </message>
        <message>
            <source>Per the bank statement</source>
            <translation>银行对账单</translation>
        </message>
        <message>
            <source>Per the books</source>
            <translation>企业账面</translation>
        </message>
        <message>
            <source>Save as</source>
            <translation>另存为</translation>
        </message>
        <message>
            <source>Saved {path}</source>
            <translation>已保存 {path}</translation>
        </message>
        <message>
            <source>The adjusted balances agree.</source>
            <translation>调节后的余额相符。</translation>
        </message>
        <message>
            <source>The adjusted balances differ by {amount} (higher {side}): look for a line not yet matched or booked, or a book entry the bank does not have.</source>
            <translation>调节后的余额相差 {amount}（{side}较高）：请查找尚未匹配或记账的流水，或银行没有的账面记录。</translation>
        </message>
        <message>
            <source>The bank reconciliation is not available in this version.</source>
            <translation>此版本暂不提供余额调节表。</translation>
        </message>
        <message>
            <source>per the bank statement</source>
            <translation>银行对账单一方</translation>
        </message>
        <message>
            <source>per the books</source>
            <translation>企业账面一方</translation>
        </message>
        <message numerus="yes">
            <source>{n} item</source>
            <comment>{n} items</comment>
            <translation>
                <numerusform>{n} 笔</numerusform>
            </translation>
        </message>
        <message>
            <source>{what} ({count}, {total})</source>
            <translation>{what}（{count}，{total}）</translation>
        </message>
    </context>
    <context>
        <name>ResultPage</name>
        <message>
            <source>Import</source>
            <translation>导入</translation>
        </message>
        <message>
            <source>In one go: a failure or a cancel leaves the books as they were.</source>
            <translation>一次完成：失败或取消都不会改动账套。</translation>
        </message>
        <message>
            <source>Show the unmatched lines now, with the matcher&apos;s proposals</source>
            <translation>现在查看待匹配的流水和匹配建议</translation>
        </message>
    </context>
    <context>
        <name>TickedAllocationModel</name>
        <message>
            <source>Nothing of the money is left for invoice {number}</source>
            <translation>这笔款已分配完，没有余额可核销应收单 {number}</translation>
        </message>
    </context>
</TS>
