<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>AgingTab</name>
        <message>
            <source>Age from</source>
            <translation>账龄起算</translation>
        </message>
        <message>
            <source>Aging</source>
            <translation>账龄</translation>
        </message>
        <message>
            <source>All categories</source>
            <translation>全部类别</translation>
        </message>
        <message>
            <source>All collectors</source>
            <translation>全部催收员</translation>
        </message>
        <message>
            <source>All ratings</source>
            <translation>全部等级</translation>
        </message>
        <message>
            <source>As of</source>
            <translation>截止日期</translation>
        </message>
        <message numerus="yes">
            <source>As of {date}: open {total}, overdue {overdue} ({ratio}), unapplied credit {credit}, {n} row</source>
            <comment>As of {date}: open {total}, overdue {overdue} ({ratio}), unapplied credit {credit}, {n} rows</comment>
            <translation>
                <numerusform>截至 {date}：未收 {total}，逾期 {overdue}（{ratio}），预收 {credit}，共 {n} 行</numerusform>
            </translation>
        </message>
        <message>
            <source>As of {date}: open {total}, overdue {overdue} ({ratio}), unapplied credit {credit}, {n} rows</source>
            <translation type="vanished">截至 {date}：未收 {total}，逾期 {overdue}（{ratio}），预收 {credit}，共 {n} 行</translation>
        </message>
        <message>
            <source>By category</source>
            <translation>按类别</translation>
        </message>
        <message>
            <source>By collector</source>
            <translation>按催收员</translation>
        </message>
        <message>
            <source>By customer</source>
            <translation>按客户</translation>
        </message>
        <message>
            <source>By invoice</source>
            <translation>按单据</translation>
        </message>
        <message>
            <source>CSV, comma-separated (*.csv)</source>
            <translation>CSV 逗号分隔文件 (*.csv)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Collector</source>
            <translation>催收员</translation>
        </message>
        <message>
            <source>Customer: {name}  ✕</source>
            <translation>客户：{name}  ✕</translation>
        </message>
        <message>
            <source>Define a bucket scheme</source>
            <translation>定义账龄分段方案</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>到期日</translation>
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
            <source>Invoice date</source>
            <translation>开单日</translation>
        </message>
        <message>
            <source>Min. amount</source>
            <translation>最低金额</translation>
        </message>
        <message>
            <source>Overdue only</source>
            <translation>仅逾期</translation>
        </message>
        <message>
            <source>PDF document (*.pdf)</source>
            <translation>PDF 文档 (*.pdf)</translation>
        </message>
        <message>
            <source>Print (PDF)…</source>
            <translation>打印（PDF）…</translation>
        </message>
        <message>
            <source>Rating</source>
            <translation>信用等级</translation>
        </message>
        <message>
            <source>Save as</source>
            <translation>另存为</translation>
        </message>
        <message>
            <source>Save the table shown as an Excel workbook, or as a CSV file (choose the file type in the dialog)</source>
            <translation>将当前表格保存为 Excel 工作簿或 CSV 文件（在对话框中选择文件类型）</translation>
        </message>
        <message>
            <source>Saved {path}</source>
            <translation>已保存 {path}</translation>
        </message>
        <message>
            <source>Scheme</source>
            <translation>分段方案</translation>
        </message>
        <message>
            <source>Schemes…</source>
            <translation>分段方案…</translation>
        </message>
        <message>
            <source>Search code, name or phone</source>
            <translation>搜索编码、名称或电话</translation>
        </message>
        <message>
            <source>View</source>
            <translation>视图</translation>
        </message>
    </context>
    <context>
        <name>AgingTableModel</name>
        <message>
            <source>Category</source>
            <translation type="vanished">类别</translation>
        </message>
        <message>
            <source>Code</source>
            <translation type="vanished">编码</translation>
        </message>
        <message>
            <source>Collector</source>
            <translation type="vanished">催收员</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation type="vanished">客户</translation>
        </message>
        <message>
            <source>Customers</source>
            <translation type="vanished">客户数</translation>
        </message>
        <message>
            <source>Days overdue</source>
            <translation type="vanished">逾期天数</translation>
        </message>
        <message>
            <source>Double-click to see this customer&apos;s open invoices</source>
            <translation>双击查看该客户的未收单据</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation type="vanished">到期日</translation>
        </message>
        <message>
            <source>Invoice no.</source>
            <translation type="vanished">单号</translation>
        </message>
        <message>
            <source>Net balance</source>
            <translation type="vanished">净额</translation>
        </message>
        <message>
            <source>Total ({n})</source>
            <translation type="vanished">合计（{n}）</translation>
        </message>
        <message>
            <source>Total open</source>
            <translation type="vanished">未收合计</translation>
        </message>
        <message>
            <source>Unapplied credit</source>
            <translation type="vanished">预收</translation>
        </message>
    </context>
    <context>
        <name>ApplyCreditDialog</name>
        <message>
            <source>; </source>
            <translation type="vanished">；</translation>
        </message>
        <message>
            <source>Allocate an amount to at least one invoice</source>
            <translation>请至少为一张应收单填写核销金额</translation>
        </message>
        <message>
            <source>Allocation to open invoices (oldest due first; double-click to change)</source>
            <translation>核销到未结应收单（默认按到期日先后；双击可修改）</translation>
        </message>
        <message>
            <source>Amount (¥)</source>
            <translation>金额（元）</translation>
        </message>
        <message numerus="yes">
            <source>Applied {amount} of credit to {count} invoice</source>
            <comment>Applied {amount} of credit to {count} invoices</comment>
            <translation type="vanished">
                <numerusform>已用预收款 {amount} 核销 {count} 张应收单</numerusform>
            </translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>核销</translation>
        </message>
        <message>
            <source>Apply credit</source>
            <translation>核销预收款</translation>
        </message>
        <message>
            <source>Credit note</source>
            <translation>贷项通知单</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>单据</translation>
        </message>
        <message>
            <source>Money held for the customer (unapplied receipts and credit notes)</source>
            <translation>客户可用预收款（未核销的收款单和贷项通知单）</translation>
        </message>
        <message>
            <source>Receipt</source>
            <translation>收款单</translation>
        </message>
        <message>
            <source>The customer has no open invoices to apply it to.</source>
            <translation>该客户没有可核销的未结应收单。</translation>
        </message>
        <message>
            <source>Unapplied (¥)</source>
            <translation>未核销（元）</translation>
        </message>
        <message>
            <source>{customer}: {credit} left on receipt {number}</source>
            <translation>{customer}：收款单 {number} 尚有 {credit} 未核销</translation>
        </message>
        <message>
            <source>{customer}: {credit} of unapplied credit</source>
            <translation>{customer}：未核销预收款 {credit}</translation>
        </message>
        <message>
            <source>{left} left unapplied</source>
            <translation type="vanished">尚余 {left} 未核销</translation>
        </message>
    </context>
    <context>
        <name>CreditDialog</name>
        <message>
            <source> days</source>
            <translation> 天</translation>
        </message>
        <message>
            <source>Assessment (5C)</source>
            <translation>信用评估（5C）</translation>
        </message>
        <message>
            <source>Capacity</source>
            <translation>能力（Capacity）</translation>
        </message>
        <message>
            <source>Capital</source>
            <translation>资本（Capital）</translation>
        </message>
        <message>
            <source>Character</source>
            <translation>品质（Character）</translation>
        </message>
        <message>
            <source>Collateral</source>
            <translation>抵押（Collateral）</translation>
        </message>
        <message>
            <source>Conditions</source>
            <translation>条件（Conditions）</translation>
        </message>
        <message>
            <source>Credit assessment: {code} {name}</source>
            <translation>信用评估：{code} {name}</translation>
        </message>
        <message>
            <source>Credit limit</source>
            <translation>信用额度</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>决定</translation>
        </message>
        <message>
            <source>Last decision: {rating} by {user} on {date}</source>
            <translation>上次决定：{rating}，由 {user} 于 {date} 作出</translation>
        </message>
        <message>
            <source>No credit hold.</source>
            <translation>未被信用冻结。</translation>
        </message>
        <message numerus="yes">
            <source>Now: rating {rating}, limit {limit}, terms {days} day</source>
            <comment>Now: rating {rating}, limit {limit}, terms {days} days</comment>
            <translation>
                <numerusform>当前：等级 {rating}，额度 {limit}，账期 {days} 天</numerusform>
            </translation>
        </message>
        <message>
            <source>Now: rating {rating}, limit {limit}, terms {days} days</source>
            <translation type="vanished">当前：等级 {rating}，额度 {limit}，账期 {days} 天</translation>
        </message>
        <message>
            <source>On credit hold: {reasons}</source>
            <translation>信用冻结：{reasons}</translation>
        </message>
        <message>
            <source>Only a manager can decide; you can read the assessment.</source>
            <translation>只有经理可以作出决定；您可以查看评估。</translation>
        </message>
        <message>
            <source>Payment history</source>
            <translation>付款记录</translation>
        </message>
        <message>
            <source>Payment terms</source>
            <translation>付款期限</translation>
        </message>
        <message>
            <source>Rating</source>
            <translation>信用等级</translation>
        </message>
        <message>
            <source>Suggested rating {rating} (score {score} of 100)</source>
            <translation>建议等级 {rating}（得分 {score}/100）</translation>
        </message>
        <message>
            <source>none</source>
            <translation type="vanished">无</translation>
        </message>
        <message numerus="yes">
            <source>{n} invoice due, {paid} paid, {ontime} on time; {late} days late on average; overdue now {overdue}</source>
            <comment>{n} invoices due, {paid} paid, {ontime} on time; {late} days late on average; overdue now {overdue}</comment>
            <translation>
                <numerusform>已到期 {n} 张，已付清 {paid} 张，按时 {ontime} 张；平均迟付 {late} 天；当前逾期 {overdue}</numerusform>
            </translation>
        </message>
        <message>
            <source>{n} invoices due, {paid} paid, {ontime} on time; {late} days late on average; overdue now {overdue}</source>
            <translation type="vanished">已到期 {n} 张，已付清 {paid} 张，按时 {ontime} 张；平均迟付 {late} 天；当前逾期 {overdue}</translation>
        </message>
    </context>
    <context>
        <name>CreditNoteDialog</name>
        <message>
            <source>; {left} stays as the customer&apos;s credit</source>
            <translation>；{left} 留作客户预收</translation>
        </message>
        <message>
            <source>A credit note (贷项/红字) reduces what the customer owes; the invoice itself is not changed. Give the amount, or lines that add up to it.</source>
            <translation type="vanished">贷项通知单（红字）减少客户的欠款，应收单本身不作改动。请填写金额，或填写合计为该金额的明细行。</translation>
        </message>
        <message>
            <source>A credit note reduces what the customer owes; the invoice itself is not changed. Give the amount, or lines that add up to it.</source>
            <translation>贷项通知单（红字）减少客户的欠款，应收单本身不作改动。请填写金额，或填写合计为该金额的明细行。</translation>
        </message>
        <message>
            <source>Add line</source>
            <translation>添加行</translation>
        </message>
        <message>
            <source>Against invoice</source>
            <translation>对应应收单</translation>
        </message>
        <message>
            <source>Amount (¥)</source>
            <translation>金额（元）</translation>
        </message>
        <message>
            <source>Amount (¥) *</source>
            <translation>金额（元） *</translation>
        </message>
        <message>
            <source>Apply now to this invoice (what it cannot take stays as credit)</source>
            <translation>立即冲抵本应收单（超出部分留作预收）</translation>
        </message>
        <message>
            <source>Apply now to this invoice, then to the oldest due</source>
            <translation>立即冲抵本应收单，余额按到期日从早到晚冲抵</translation>
        </message>
        <message>
            <source>Apply now, oldest due first</source>
            <translation>立即冲抵，按到期日从早到晚</translation>
        </message>
        <message>
            <source>Choose the customer</source>
            <translation>请选择客户</translation>
        </message>
        <message>
            <source>Choose the customer and give the amount to see where the credit goes.</source>
            <translation>选择客户并填写金额后，这里显示贷项冲抵到哪些应收单。</translation>
        </message>
        <message>
            <source>Copy the invoice&apos;s lines</source>
            <translation>复制应收单明细</translation>
        </message>
        <message>
            <source>Credit note {number} issued for {amount} and applied to {invoices}</source>
            <translation>已开具贷项通知单 {number}，金额 {amount}，已冲抵 {invoices}</translation>
        </message>
        <message>
            <source>Credit note {number} issued for {amount}, kept as the customer&apos;s credit</source>
            <translation>已开具贷项通知单 {number}，金额 {amount}，留作客户预收</translation>
        </message>
        <message>
            <source>Credit note {number} issued for {amount}: {applied} applied, {left} kept as credit</source>
            <translation>已开具贷项通知单 {number}，金额 {amount}：冲抵 {applied}，{left} 留作预收</translation>
        </message>
        <message>
            <source>Customer *</source>
            <translation>客户 *</translation>
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
            <source>Issue</source>
            <translation>开具</translation>
        </message>
        <message>
            <source>Keep as the customer&apos;s credit (预收), apply later</source>
            <translation type="vanished">留作客户预收，以后再冲抵</translation>
        </message>
        <message>
            <source>Keep as the customer&apos;s credit, apply later</source>
            <translation>留作客户预收，以后再冲抵</translation>
        </message>
        <message>
            <source>Line {line}: {message}</source>
            <translation>第 {line} 行：{message}</translation>
        </message>
        <message>
            <source>Lines</source>
            <translation>明细</translation>
        </message>
        <message>
            <source>New credit note</source>
            <translation>开具贷项通知单</translation>
        </message>
        <message>
            <source>Nothing is applied now; {left} stays as the customer&apos;s credit</source>
            <translation>暂不冲抵；{left} 留作客户预收</translation>
        </message>
        <message>
            <source>Pays {invoices}</source>
            <translation>冲抵 {invoices}</translation>
        </message>
        <message>
            <source>Reason *</source>
            <translation>原因 *</translation>
        </message>
        <message>
            <source>Remove line</source>
            <translation>删除行</translation>
        </message>
        <message>
            <source>Use the credit</source>
            <translation>冲抵方式</translation>
        </message>
        <message>
            <source>{number} {amount}</source>
            <translation>{number} {amount}</translation>
        </message>
        <message>
            <source>{number} · open {open}</source>
            <translation>{number} · 未收 {open}</translation>
        </message>
    </context>
    <context>
        <name>ImagesSection</name>
        <message>
            <source>(none)</source>
            <translation>（无）</translation>
        </message>
        <message>
            <source>Choose the {what}</source>
            <translation>选择{what}</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>选择…</translation>
        </message>
        <message>
            <source>Images (*.png *.jpg *.jpeg)</source>
            <translation>图片 (*.png *.jpg *.jpeg)</translation>
        </message>
        <message>
            <source>Not set</source>
            <translation>未设置</translation>
        </message>
        <message>
            <source>PNG or JPEG, at most 2 MB. A change is kept at once.</source>
            <translation>PNG 或 JPEG 格式，不超过 2 MB。更改立即生效。</translation>
        </message>
        <message>
            <source>Printed at the top of every page, left of the company&apos;s name.</source>
            <translation>印在每页顶部、公司名称左侧。</translation>
        </message>
        <message>
            <source>Printed where the documents say how to pay. Without one, a QR code of the bank account, the amount and the reference is drawn.</source>
            <translation>印在单据的付款方式处。未设置时，将生成包含银行账号、金额和参考号的二维码。</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>移除</translation>
        </message>
        <message>
            <source>Stamped over the signature of letters, statements and receipts.</source>
            <translation>盖在信函、对账单和收据的落款处。</translation>
        </message>
        <message>
            <source>{what}: the file {file} cannot be read ({detail})</source>
            <translation>{what}：无法读取文件 {file}（{detail}）</translation>
        </message>
        <message>
            <source>{width} × {height} pixels, {size} KB</source>
            <translation>{width} × {height} 像素，{size} KB</translation>
        </message>
    </context>
    <context>
        <name>LettersSection</name>
        <message>
            <source> days</source>
            <translation> 天</translation>
        </message>
        <message>
            <source> days after the letter&apos;s date</source>
            <translation> 天（信函日期后）</translation>
        </message>
        <message>
            <source>0.5‰ a day is 0.05% of the overdue amount a day: 2,000.00 overdue for 10 days is 10.00. Without late fees the letters say nothing of them.</source>
            <translation>0.5‰／天即每天按逾期金额的 0.05% 计：逾期 2,000.00 元 10 天为 10.00 元。不收违约金时，信函中不提违约金。</translation>
        </message>
        <message>
            <source>A letter asks for payment within</source>
            <translation>信函要求的付款期限</translation>
        </message>
        <message>
            <source>Charge late fees on overdue invoices, as the contracts say</source>
            <translation>按合同约定对逾期发票收取违约金</translation>
        </message>
        <message>
            <source>Edit the templates…</source>
            <translation>编辑模板…</translation>
        </message>
        <message>
            <source>Grace after the due date</source>
            <translation>到期后宽限</translation>
        </message>
        <message>
            <source>Late fees and the deadline</source>
            <translation>违约金与付款期限</translation>
        </message>
        <message>
            <source>Never more than the overdue amount itself</source>
            <translation>违约金不超过逾期本金</translation>
        </message>
        <message>
            <source>Rate</source>
            <translation>费率</translation>
        </message>
        <message>
            <source>Templates</source>
            <translation>模板</translation>
        </message>
        <message>
            <source>The wording of each letter, of the statement&apos;s e-mail and of the short messages, in Chinese and in English. Every change is kept as a new version.</source>
            <translation>各类信函、对账单邮件和短消息的措辞，中英文各一份。每次修改都保存为新版本，旧版本不会被覆盖。</translation>
        </message>
        <message>
            <source>‰ of the overdue amount a day</source>
            <translation>‰（按逾期金额每天计）</translation>
        </message>
    </context>
    <context>
        <name>MailSection</name>
        <message>
            <source>A password is stored: leave empty to keep it</source>
            <translation>已保存密码：留空则保持不变</translation>
        </message>
        <message>
            <source>Forget the stored password</source>
            <translation>清除已保存的密码</translation>
        </message>
        <message>
            <source>From address</source>
            <translation>发件地址</translation>
        </message>
        <message>
            <source>From name</source>
            <translation>发件人名称</translation>
        </message>
        <message>
            <source>No password stored</source>
            <translation>未保存密码</translation>
        </message>
        <message>
            <source>None (unencrypted, a local server only)</source>
            <translation>无（不加密，仅限本机服务器）</translation>
        </message>
        <message>
            <source>Outgoing mail server (SMTP)</source>
            <translation>发件服务器（SMTP）</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>密码</translation>
        </message>
        <message>
            <source>Port</source>
            <translation>端口</translation>
        </message>
        <message>
            <source>Save and test the connection</source>
            <translation>保存并测试连接</translation>
        </message>
        <message>
            <source>Security</source>
            <translation>加密方式</translation>
        </message>
        <message>
            <source>Sender</source>
            <translation>发件人</translation>
        </message>
        <message>
            <source>Server</source>
            <translation>服务器</translation>
        </message>
        <message>
            <source>The password is kept in the books for sending only; it is never shown again, written to the log or to the audit trail.</source>
            <translation>密码保存在账套中，仅用于发送邮件；不会再次显示，也不会写入日志或审计记录。</translation>
        </message>
        <message>
            <source>The server answered: {answer}</source>
            <translation>服务器回应：{answer}</translation>
        </message>
        <message>
            <source>User</source>
            <translation>用户名</translation>
        </message>
    </context>
    <context>
        <name>ReportDialog</name>
        <message>
            <source>All customers (type a code or name for one)</source>
            <translation>全部客户（输入编码或名称只看一个客户）</translation>
        </message>
        <message>
            <source>As of</source>
            <translation>截止日期</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <source>Excel workbook</source>
            <translation>Excel 工作簿</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel 工作簿 (*.xlsx)</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>格式</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>月份</translation>
        </message>
        <message>
            <source>No single customer matches &apos;{text}&apos;: choose one from the list, or leave the field empty for all customers</source>
            <translation>没有唯一匹配“{text}”的客户：请从列表中选择一个，或留空表示全部客户</translation>
        </message>
        <message>
            <source>Only invoices issued from</source>
            <translation>只含开单日期从</translation>
        </message>
        <message>
            <source>Otherwise the twelve calendar months ending with the as-of date&apos;s month: {start} to {end}.</source>
            <translation>不勾选则为截止日期所在月份及之前共十二个自然月：{start} 至 {end}。</translation>
        </message>
        <message>
            <source>Otherwise the twelve months up to the as-of date.</source>
            <translation type="vanished">不勾选则为截止日期之前的十二个月。</translation>
        </message>
        <message>
            <source>PDF (print)</source>
            <translation>PDF（打印）</translation>
        </message>
        <message>
            <source>PDF document (*.pdf)</source>
            <translation>PDF 文档 (*.pdf)</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>期间</translation>
        </message>
        <message>
            <source>Print report</source>
            <translation>打印报表</translation>
        </message>
        <message>
            <source>Save as</source>
            <translation>另存为</translation>
        </message>
        <message>
            <source>Summary by customer only (no invoice lines)</source>
            <translation>只打印按客户汇总（不列应收单明细）</translation>
        </message>
        <message>
            <source>to</source>
            <translation>至</translation>
        </message>
    </context>
    <context>
        <name>SchemeDialog</name>
        <message>
            <source>Aging scheme</source>
            <translation>账龄分段方案</translation>
        </message>
        <message>
            <source>Bucket edges (days)</source>
            <translation>分段边界（天）</translation>
        </message>
        <message>
            <source>Bucket names</source>
            <translation>分段名称</translation>
        </message>
        <message>
            <source>Each edge is the last day of a bucket; one more bucket holds everything older. Up to 12 buckets; 0 makes a &apos;not yet due&apos; bucket.</source>
            <translation>每个边界是一个分段的最后一天，最后另有一段容纳更久的账款。最多 12 段；边界 0 生成“未到期”分段。</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>Use as the default scheme</source>
            <translation>设为默认方案</translation>
        </message>
        <message>
            <source>optional: one name per bucket, separated by commas</source>
            <translation>可选：每个分段一个名称，用逗号分隔</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source> days</source>
            <translation> 天</translation>
        </message>
        <message>
            <source> months after today</source>
            <translation> 个月（今天之后）</translation>
        </message>
        <message>
            <source>Accept documents dated from</source>
            <translation>接受单据日期自</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>地址</translation>
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
            <source>Company (printed on reports and letters)</source>
            <translation>公司信息（打印在报表和函件上）</translation>
        </message>
        <message>
            <source>Company and letterhead</source>
            <translation>公司与信头</translation>
        </message>
        <message>
            <source>Company name</source>
            <translation>公司名称</translation>
        </message>
        <message>
            <source>Contact person</source>
            <translation>联系人</translation>
        </message>
        <message>
            <source>Credit and dates</source>
            <translation>信用与日期</translation>
        </message>
        <message>
            <source>Credit control</source>
            <translation>信用控制</translation>
        </message>
        <message>
            <source>Document dates</source>
            <translation>单据日期</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>电子邮件</translation>
        </message>
        <message>
            <source>Hold new invoices when anything is overdue more than</source>
            <translation>有账款逾期超过以下天数时冻结新开单</translation>
        </message>
        <message>
            <source>Images on documents</source>
            <translation>单据图片</translation>
        </message>
        <message>
            <source>Letters</source>
            <translation>信函</translation>
        </message>
        <message>
            <source>Letters, statements and receipts print the name, address and phone at the top of every page, and the bank and account where they say how to pay.</source>
            <translation>信函、对账单和收据在每页顶部印出公司名称、地址和电话，在付款方式处印出开户银行和账号。</translation>
        </message>
        <message>
            <source>Only an administrator or a manager can change the settings.</source>
            <translation>只有管理员或经理可以修改设置。</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>设置</translation>
        </message>
        <message>
            <source>Taxpayer id</source>
            <translation>纳税人识别号</translation>
        </message>
        <message>
            <source>up to</source>
            <translation>至</translation>
        </message>
    </context>
    <context>
        <name>VoidCreditNoteDialog</name>
        <message>
            <source>Credit note {number} voided; what it had paid is owed again</source>
            <translation>贷项通知单 {number} 已作废；原已冲抵的金额恢复为欠款</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>作废原因</translation>
        </message>
        <message>
            <source>Void</source>
            <translation>作废</translation>
        </message>
        <message>
            <source>Void credit note</source>
            <translation>作废贷项通知单</translation>
        </message>
        <message>
            <source>Void credit note {number} for {amount}? It stays in the books marked void; what it had paid on invoices is owed again.</source>
            <translation>作废贷项通知单 {number}（{amount}）？单据保留在账上并标为已作废；原已冲抵应收单的金额恢复为欠款。</translation>
        </message>
    </context>
</TS>
