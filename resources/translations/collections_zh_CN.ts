<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>cli</name>
        <message>
            <source>, </source>
            <translation>，</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>催收动作</translation>
        </message>
        <message>
            <source>Collection tasks for {date}: {created} created ({escalated} escalated), {closed} closed, {skipped} customers skipped.</source>
            <translation type="vanished">{date} 的催收任务：新建 {created} 个（其中升级 {escalated} 个），关闭 {closed} 个，跳过客户 {skipped} 个。</translation>
        </message>
        <message>
            <source>Contact {id} logged for {customer}.</source>
            <translation>已为客户 {customer} 记录联系 {id}。</translation>
        </message>
        <message>
            <source>Due this month by {date} and not received: {amount}.</source>
            <translation>当月截至 {date} 该到未到：{amount}。</translation>
        </message>
        <message>
            <source>It replaces the earlier open promise.</source>
            <translation>之前尚未到期的承诺随之取消，以这次的为准。</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>级别</translation>
        </message>
        <message>
            <source>No collection tasks.</source>
            <translation>没有催收任务。</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>暂停</translation>
        </message>
        <message>
            <source>Plans broken</source>
            <translation>违约的还款计划</translation>
        </message>
        <message>
            <source>Plans completed</source>
            <translation>完成的还款计划</translation>
        </message>
        <message>
            <source>Procedure</source>
            <translation>程序</translation>
        </message>
        <message>
            <source>Promise</source>
            <translation>承诺</translation>
        </message>
        <message>
            <source>Promise {id} recorded: {customer} will pay {amount} by {date}.</source>
            <translation>已记录付款承诺 {id}：{customer} 将在 {date} 前支付 {amount}。</translation>
        </message>
        <message>
            <source>Promises broken</source>
            <translation>违约承诺</translation>
        </message>
        <message>
            <source>Promises kept</source>
            <translation>兑现承诺</translation>
        </message>
        <message>
            <source>Reason for not paying: {reason}.</source>
            <translation>未付款原因：{reason}。</translation>
        </message>
        <message>
            <source>Resumed</source>
            <translation>恢复</translation>
        </message>
        <message>
            <source>Superseded</source>
            <translation>由新任务接替</translation>
        </message>
        <message>
            <source>Task</source>
            <translation>任务</translation>
        </message>
        <message>
            <source>Task {task} follows up on {date}.</source>
            <translation>任务 {task} 将于 {date} 跟进。</translation>
        </message>
        <message>
            <source>Watched under an extension</source>
            <translation>延期期间严密监控</translation>
        </message>
        <message>
            <source>Work on</source>
            <translation>处理日期</translation>
        </message>
        <message>
            <source>at most N tasks in the table (default 50; json lists all)</source>
            <translation>表格最多列出 N 个任务（默认 50；json 列出全部）</translation>
        </message>
        <message>
            <source>collector performance</source>
            <translation>催收员考核</translation>
        </message>
        <message>
            <source>collector performance for a month (考核)</source>
            <translation>某月的催收员考核</translation>
        </message>
        <message>
            <source>how the customer was reached</source>
            <translation>联系方式</translation>
        </message>
        <message>
            <source>list open collection tasks, most urgent first</source>
            <translation>列出待处理的催收任务，最紧急的在前</translation>
        </message>
        <message>
            <source>log a contact with a customer (the log is append-only)</source>
            <translation>记录一次与客户的联系（联系记录只能追加，不能修改）</translation>
        </message>
        <message>
            <source>log contacts with customers</source>
            <translation>记录与客户的联系</translation>
        </message>
        <message>
            <source>note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>only tasks assigned to this user</source>
            <translation>只列出分配给该用户的任务</translation>
        </message>
        <message>
            <source>only this level</source>
            <translation>只列出该级别</translation>
        </message>
        <message>
            <source>record a customer&apos;s promise to pay an amount by a date</source>
            <translation>记录客户在某日前支付某金额的承诺</translation>
        </message>
        <message>
            <source>record promises to pay</source>
            <translation>记录付款承诺</translation>
        </message>
        <message>
            <source>run the collection ladder for a day: create, escalate and close tasks</source>
            <translation>按催收流程生成某一天的任务：新建、升级和关闭任务</translation>
        </message>
        <message>
            <source>table (default), json, xlsx or pdf</source>
            <translation>table（默认）、json、xlsx 或 pdf</translation>
        </message>
        <message>
            <source>the customer&apos;s answer</source>
            <translation>客户答复</translation>
        </message>
        <message>
            <source>the daily collection tasks</source>
            <translation>每日催收任务</translation>
        </message>
        <message>
            <source>the month (default: this month)</source>
            <translation>月份（默认本月）</translation>
        </message>
        <message>
            <source>the next step</source>
            <translation>下一步</translation>
        </message>
        <message>
            <source>the person reached</source>
            <translation>联系人</translation>
        </message>
        <message>
            <source>the promised amount</source>
            <translation>承诺金额</translation>
        </message>
        <message>
            <source>the promised payment date</source>
            <translation>承诺付款日期</translation>
        </message>
        <message>
            <source>the task</source>
            <translation>所属任务</translation>
        </message>
        <message>
            <source>the task this contact belongs to (default: the customer&apos;s open task)</source>
            <translation>本次联系所属的任务（默认：客户待处理的任务）</translation>
        </message>
        <message>
            <source>the working day (default today)</source>
            <translation>工作日（默认今天）</translation>
        </message>
        <message>
            <source>today, overdue, upcoming, mine or all (default)</source>
            <translation type="vanished">today（今日）、overdue（逾期）、upcoming（即将处理）、mine（我的）或 all（全部，默认）</translation>
        </message>
        <message>
            <source>what was said</source>
            <translation>沟通内容</translation>
        </message>
        <message>
            <source>when to follow up</source>
            <translation>下次跟进日期</translation>
        </message>
        <message>
            <source>{count} more tasks not shown (use --limit or --format json).</source>
            <translation type="vanished">另有 {count} 个任务未列出（可用 --limit 或 --format json）。</translation>
        </message>
        <message>
            <source>{customer}: {status} since {date}; the ladder stops for the customer.</source>
            <translation>{customer}：自 {date} 起{status}；该客户的催收流程停止。</translation>
        </message>
    </context>
    <context>
        <name>collections</name>
        <message>
            <source>: </source>
            <translation>：</translation>
        </message>
        <message>
            <source>; </source>
            <translation>；</translation>
        </message>
        <message>
            <source>A date is required</source>
            <translation>需要填写日期</translation>
        </message>
        <message>
            <source>A plan has 1 to {n} instalments</source>
            <translation>还款计划应有 1 到 {n} 期</translation>
        </message>
        <message>
            <source>A plan needs at least one instalment</source>
            <translation>还款计划至少需要一期</translation>
        </message>
        <message>
            <source>A policy has at most {n} levels</source>
            <translation>催收政策最多 {n} 个级别</translation>
        </message>
        <message>
            <source>A policy needs at least one level</source>
            <translation>催收政策至少需要一个级别</translation>
        </message>
        <message>
            <source>A reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>催收动作</translation>
        </message>
        <message>
            <source>Active</source>
            <translation type="vanished">执行中</translation>
        </message>
        <message>
            <source>Added by hand</source>
            <translation type="vanished">手工添加</translation>
        </message>
        <message>
            <source>All</source>
            <translation type="vanished">全部</translation>
        </message>
        <message>
            <source>Amount overdue</source>
            <translation>逾期金额</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation type="vanished">已批准</translation>
        </message>
        <message>
            <source>Awaiting decision</source>
            <translation type="vanished">待审批</translation>
        </message>
        <message>
            <source>Blacklisted</source>
            <translation type="vanished">已列入黑名单</translation>
        </message>
        <message>
            <source>Bookkeeper</source>
            <translation type="vanished">会计</translation>
        </message>
        <message>
            <source>Broken</source>
            <translation type="vanished">已违约</translation>
        </message>
        <message>
            <source>Broken promise</source>
            <translation type="vanished">承诺违约</translation>
        </message>
        <message>
            <source>Broken promises</source>
            <translation>违约承诺</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation type="vanished">已取消</translation>
        </message>
        <message>
            <source>Category {category} already belongs to policy {policy}</source>
            <translation>客户类别 {category} 已属于政策“{policy}”</translation>
        </message>
        <message>
            <source>Choose a customer or an invoice</source>
            <translation>请选择客户或应收单</translation>
        </message>
        <message>
            <source>Closed (paid)</source>
            <translation type="vanished">已结清关闭</translation>
        </message>
        <message>
            <source>Collected after a contact</source>
            <translation>联系后回款</translation>
        </message>
        <message>
            <source>Collected within 30 days of a contact</source>
            <translation type="vanished">联系后30天内回款</translation>
        </message>
        <message>
            <source>Collected: receipts dated in the month from customers the collector contacted in the 30 days before; a receipt counts for every collector who contacted the customer, so the total may count a receipt more than once. Promises: judged in the month. Portfolio: customers assigned to the collector at the end of the month. Amounts in yuan.</source>
            <translation type="vanished">回款：本月收到的、催收员在收款前30天内联系过的客户的款项；一笔收款计入每位联系过该客户的催收员，因此合计可能重复计算。承诺：本月判定兑现或违约的承诺。负责客户：月末分配给该催收员的客户。金额单位：元。</translation>
        </message>
        <message>
            <source>Collected: receipts dated in the month that came after a contact by the collector within the 30 days before: dated after the day of the contact, or that same day and recorded after the contact&apos;s time (money already recorded when the call was made does not count). A receipt counts for every collector who contacted the customer, so the total may count a receipt more than once. Promises: judged in the month. Portfolio: customers assigned to the collector at the end of the month. Amounts in yuan.</source>
            <translation>回款：本月收到、且在催收员联系客户之后30天内到账的款项：收款日期晚于联系当天，或为联系当天且录入时间晚于联系时间（联系时已入账的款项不计）。一笔收款计入每位联系过该客户的催收员，因此合计可能重复计算。承诺：本月判定兑现或违约的承诺。负责客户：月末分配给该催收员的客户。金额单位：元。</translation>
        </message>
        <message>
            <source>Collection tasks</source>
            <translation>催收任务</translation>
        </message>
        <message>
            <source>Collector</source>
            <translation>催收员</translation>
        </message>
        <message>
            <source>Collector performance</source>
            <translation>催收员考核</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation type="vanished">已完成</translation>
        </message>
        <message>
            <source>Contact {id} is not one of this customer&apos;s</source>
            <translation>联系记录 {id} 不属于该客户</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>联系次数</translation>
        </message>
        <message>
            <source>Contacts logged</source>
            <translation>联系次数</translation>
        </message>
        <message>
            <source>Contacts logged in the month by the reason the customer gave for not paying; a customer who gave two reasons counts under both. Contacts without a reason: {n}.</source>
            <translation>本月记录的联系，按客户给出的未付款原因统计；给出两种原因的客户在两项下都计入。未注明原因的联系：{n} 次。</translation>
        </message>
        <message>
            <source>Credit manager</source>
            <translation type="vanished">信用主管</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <source>Customer code</source>
            <translation>客户编号</translation>
        </message>
        <message>
            <source>Customer {code} already has a task at level {n} or higher for this debt; escalate that task instead</source>
            <translation>客户 {code} 这笔欠款已有第 {n} 级或更高级别的任务，请升级该任务</translation>
        </message>
        <message>
            <source>Customer {code} already has an active payment plan</source>
            <translation>客户 {code} 已有一个执行中的还款计划</translation>
        </message>
        <message>
            <source>Customer {code} has nothing overdue to put in a plan</source>
            <translation>客户 {code} 没有逾期欠款，无需还款计划</translation>
        </message>
        <message>
            <source>Customer {code} is already: {status}</source>
            <translation>客户 {code} 已经是：{status}</translation>
        </message>
        <message>
            <source>Customer {code} is not: {status}</source>
            <translation>客户 {code} 不是：{status}</translation>
        </message>
        <message>
            <source>Customer {code} owes nothing that is due or falling due; no collection task is needed</source>
            <translation>客户 {code} 没有已到期或即将到期的欠款，无需催收任务</translation>
        </message>
        <message>
            <source>Customer {code} owes nothing; there is nothing to promise</source>
            <translation>客户 {code} 没有欠款，无需付款承诺</translation>
        </message>
        <message>
            <source>Customers</source>
            <translation>客户数</translation>
        </message>
        <message>
            <source>Days overdue</source>
            <translation>逾期天数</translation>
        </message>
        <message>
            <source>Done</source>
            <translation type="vanished">已完成</translation>
        </message>
        <message>
            <source>Due date extended</source>
            <translation type="vanished">已延期</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation type="vanished">电子邮件</translation>
        </message>
        <message>
            <source>Escalated by hand</source>
            <translation type="vanished">手工升级</translation>
        </message>
        <message>
            <source>Extension request {id} is already {status}</source>
            <translation>延期申请 {id} 已{status}</translation>
        </message>
        <message>
            <source>Firm</source>
            <translation type="vanished">坚定</translation>
        </message>
        <message>
            <source>Formal (legal)</source>
            <translation type="vanished">正式（法律）</translation>
        </message>
        <message>
            <source>Friendly</source>
            <translation type="vanished">友好</translation>
        </message>
        <message>
            <source>From 1 day overdue</source>
            <translation>逾期1天起</translation>
        </message>
        <message>
            <source>From the due date</source>
            <translation>自到期日起</translation>
        </message>
        <message numerus="yes">
            <source>From {n} day before due</source>
            <comment>From {n} days before due</comment>
            <translation>
                <numerusform>自到期前{n}天起</numerusform>
            </translation>
        </message>
        <message>
            <source>From {n} days before due</source>
            <translation type="vanished">自到期前{n}天起</translation>
        </message>
        <message>
            <source>General procedure</source>
            <translation type="vanished">一般程序</translation>
        </message>
        <message>
            <source>Hand over to &apos;legal&apos; or &apos;agency&apos;, not &apos;{value}&apos;</source>
            <translation>只能移交“legal”（法务）或“agency”（催收机构），不能是“{value}”</translation>
        </message>
        <message>
            <source>Handed over to a collection agency</source>
            <translation type="vanished">已移交催收机构</translation>
        </message>
        <message>
            <source>Handed over to legal</source>
            <translation type="vanished">已移交法务</translation>
        </message>
        <message>
            <source>Instalment dates must increase: {date} comes after {previous}</source>
            <translation>各期日期必须递增：{date} 排在 {previous} 之后</translation>
        </message>
        <message>
            <source>Instalment {n}</source>
            <translation>第 {n} 期金额</translation>
        </message>
        <message>
            <source>Instalment {n} is dated {date}, in the past</source>
            <translation>第 {n} 期的日期 {date} 已经过去</translation>
        </message>
        <message>
            <source>Instalment {n} needs a date and an amount</source>
            <translation>第 {n} 期需要日期和金额</translation>
        </message>
        <message>
            <source>Instalments are 1 to 12 months apart</source>
            <translation>每期间隔应为 1 到 12 个月</translation>
        </message>
        <message>
            <source>Invoice disputed</source>
            <translation type="vanished">应收单有争议</translation>
        </message>
        <message>
            <source>Invoice {number} already has an extension request waiting for a decision</source>
            <translation>应收单 {number} 已有一个待审批的延期申请</translation>
        </message>
        <message>
            <source>Invoice {number} is already disputed</source>
            <translation>应收单 {number} 已有争议记录</translation>
        </message>
        <message>
            <source>Invoice {number} is not open (nothing is owed on it)</source>
            <translation>应收单 {number} 未处于未结状态（没有欠款）</translation>
        </message>
        <message>
            <source>Kept</source>
            <translation type="vanished">已兑现</translation>
        </message>
        <message>
            <source>Key procedure</source>
            <translation type="vanished">重点程序</translation>
        </message>
        <message>
            <source>Ladder</source>
            <translation type="vanished">按流程</translation>
        </message>
        <message>
            <source>Last contact</source>
            <translation>最近联系</translation>
        </message>
        <message>
            <source>Legal action</source>
            <translation type="vanished">法律行动</translation>
        </message>
        <message>
            <source>Legal counsel</source>
            <translation type="vanished">法务</translation>
        </message>
        <message>
            <source>Letter</source>
            <translation type="vanished">信函</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>级别</translation>
        </message>
        <message>
            <source>Level {n}: start days must increase ({day} comes after {previous})</source>
            <translation>第 {n} 级：起始天数必须递增（{day} 排在 {previous} 之后）</translation>
        </message>
        <message>
            <source>Level {n}: the letter template name is too long</source>
            <translation>第 {n} 级：信函模板名称太长</translation>
        </message>
        <message>
            <source>Level {n}: the start day must be a whole number of days</source>
            <translation>第 {n} 级：起始天数必须是整数</translation>
        </message>
        <message>
            <source>Level {n}: the start day must lie between {low} and {high}</source>
            <translation>第 {n} 级：起始天数必须在 {low} 到 {high} 之间</translation>
        </message>
        <message>
            <source>Level {n}: unknown action &apos;{value}&apos;</source>
            <translation>第 {n} 级：未知的催收动作“{value}”</translation>
        </message>
        <message>
            <source>Level {n}: unknown responsible role &apos;{value}&apos;</source>
            <translation>第 {n} 级：未知的负责角色“{value}”</translation>
        </message>
        <message>
            <source>Level {n}: unknown tone &apos;{value}&apos;</source>
            <translation>第 {n} 级：未知的语气“{value}”</translation>
        </message>
        <message>
            <source>Mine</source>
            <translation type="vanished">我的</translation>
        </message>
        <message>
            <source>Missed</source>
            <translation type="vanished">逾期未付</translation>
        </message>
        <message>
            <source>Missed instalment</source>
            <translation type="vanished">分期未付</translation>
        </message>
        <message>
            <source>Month {month} ({first} to {last})</source>
            <translation>{month} 月（{first} 至 {last}）</translation>
        </message>
        <message>
            <source>New credit sales are suspended since {date}: {reason}</source>
            <translation>自 {date} 起暂停赊销：{reason}</translation>
        </message>
        <message>
            <source>New credit sales suspended</source>
            <translation type="vanished">暂停赊销</translation>
        </message>
        <message>
            <source>No collection policy {ref}</source>
            <translation>没有催收政策 {ref}</translation>
        </message>
        <message>
            <source>No collection task</source>
            <translation>无催收任务</translation>
        </message>
        <message>
            <source>No collection task {ref}</source>
            <translation>没有催收任务 {ref}</translation>
        </message>
        <message>
            <source>No customer {ref}</source>
            <translation type="vanished">没有客户 {ref}</translation>
        </message>
        <message>
            <source>No extension request {ref}</source>
            <translation>没有延期申请 {ref}</translation>
        </message>
        <message>
            <source>No invoice {ref}</source>
            <translation type="vanished">没有应收单 {ref}</translation>
        </message>
        <message>
            <source>No open dispute {ref}</source>
            <translation>没有未解决的争议 {ref}</translation>
        </message>
        <message>
            <source>No payment plan {ref}</source>
            <translation>没有还款计划 {ref}</translation>
        </message>
        <message>
            <source>No user {name}</source>
            <translation>没有用户 {name}</translation>
        </message>
        <message>
            <source>Not yet due</source>
            <translation type="vanished">未到期</translation>
        </message>
        <message>
            <source>Not yet paid</source>
            <translation type="vanished">未付</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>On the due date</source>
            <translation>到期当天</translation>
        </message>
        <message>
            <source>Open</source>
            <translation type="vanished">待处理</translation>
        </message>
        <message numerus="yes">
            <source>Over {n} day overdue</source>
            <comment>Over {n} days overdue</comment>
            <translation>
                <numerusform>逾期{n}天以上</numerusform>
            </translation>
        </message>
        <message>
            <source>Over {n} days overdue</source>
            <translation type="vanished">逾期{n}天以上</translation>
        </message>
        <message>
            <source>Overdue ratio</source>
            <translation>逾期率</translation>
        </message>
        <message>
            <source>Overdue tasks</source>
            <translation type="vanished">逾期任务</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation type="vanished">已付</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation type="vanished">暂停</translation>
        </message>
        <message>
            <source>Payment plan in force</source>
            <translation type="vanished">还款计划执行中</translation>
        </message>
        <message>
            <source>Payment plan {id} is {status}, not active</source>
            <translation>还款计划 {id} 状态为{status}，不在执行中</translation>
        </message>
        <message>
            <source>Phone call</source>
            <translation type="vanished">电话</translation>
        </message>
        <message>
            <source>Policy {policy} has no level {n}</source>
            <translation>政策“{policy}”没有第 {n} 级</translation>
        </message>
        <message>
            <source>Portfolio balance</source>
            <translation>负责客户余额</translation>
        </message>
        <message>
            <source>Portfolio overdue</source>
            <translation>负责客户逾期额</translation>
        </message>
        <message>
            <source>Procedure</source>
            <translation>程序</translation>
        </message>
        <message>
            <source>Promise to pay in force</source>
            <translation type="vanished">付款承诺期内</translation>
        </message>
        <message>
            <source>Promise-kept rate</source>
            <translation>承诺兑现率</translation>
        </message>
        <message>
            <source>Promised amount</source>
            <translation>承诺付款金额</translation>
        </message>
        <message>
            <source>Promised date</source>
            <translation>承诺付款日</translation>
        </message>
        <message>
            <source>Promises broken</source>
            <translation>违约承诺数</translation>
        </message>
        <message>
            <source>Promises kept</source>
            <translation>兑现承诺</translation>
        </message>
        <message numerus="yes">
            <source>Proposed by the ladder after {n} failed attempt at level {level}</source>
            <comment>Proposed by the ladder after {n} failed attempts at level {level}</comment>
            <translation>
                <numerusform>在第 {level} 级催收 {n} 次未果后由催收流程建议</numerusform>
            </translation>
        </message>
        <message>
            <source>Proposed by the ladder after {n} failed attempts at level {level}</source>
            <translation type="vanished">在第 {level} 级催收 {n} 次未果后由催收流程建议</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>Reasons for not paying</source>
            <translation>未付款原因</translation>
        </message>
        <message>
            <source>Refused</source>
            <translation type="vanished">已拒绝</translation>
        </message>
        <message>
            <source>Reminder only</source>
            <translation type="vanished">仅提醒</translation>
        </message>
        <message>
            <source>SMS</source>
            <translation type="vanished">短信</translation>
        </message>
        <message>
            <source>Sales</source>
            <translation type="vanished">销售</translation>
        </message>
        <message>
            <source>Serious</source>
            <translation type="vanished">严肃</translation>
        </message>
        <message>
            <source>Share of contacts with a reason</source>
            <translation>占注明原因联系的比例</translation>
        </message>
        <message>
            <source>Sorted by priority: broken promises first, then amount overdue × days overdue.</source>
            <translation>按优先级排序：先列有违约承诺的客户，再按逾期金额×逾期天数排列。</translation>
        </message>
        <message>
            <source>Sorted by priority: broken promises first, then amount overdue × days overdue. Amounts in yuan.</source>
            <translation type="vanished">按优先级排序：先列有违约承诺的客户，再按逾期金额×逾期天数排列。金额单位：元。</translation>
        </message>
        <message>
            <source>Sorted by {column}, ascending.</source>
            <translation>按“{column}”升序排列。</translation>
        </message>
        <message>
            <source>Sorted by {column}, descending.</source>
            <translation>按“{column}”降序排列。</translation>
        </message>
        <message>
            <source>Standard ladder</source>
            <translation>标准催收流程</translation>
        </message>
        <message>
            <source>Superseded</source>
            <translation type="vanished">已由新任务接替</translation>
        </message>
        <message>
            <source>Task {id} belongs to another customer</source>
            <translation>任务 {id} 属于另一个客户</translation>
        </message>
        <message>
            <source>Task {id} does not propose a hand-over to legal (failed attempts at the top levels so far: {n})</source>
            <translation>任务 {id} 没有建议转交法务（最高级别的催收未果次数：{n}）</translation>
        </message>
        <message>
            <source>Task {id} is at the top of the ladder already</source>
            <translation>任务 {id} 已是催收流程的最高级别</translation>
        </message>
        <message>
            <source>Task {id} is {status}; only an open task can be assigned</source>
            <translation>任务 {id} 状态为{status}，只有待处理的任务可以分配</translation>
        </message>
        <message>
            <source>Task {id} is {status}; only an open task can be cancelled</source>
            <translation>任务 {id} 状态为{status}，只有待处理的任务可以取消</translation>
        </message>
        <message>
            <source>Task {id} is {status}; only an open task can be completed</source>
            <translation>任务 {id} 状态为{status}，只有待处理的任务可以完成</translation>
        </message>
        <message>
            <source>Task {id} is {status}; only an open task can be escalated</source>
            <translation>任务 {id} 状态为{status}，只有待处理的任务可以升级</translation>
        </message>
        <message>
            <source>Tasks completed</source>
            <translation>完成任务数</translation>
        </message>
        <message>
            <source>The amount threshold must be zero or more (in fen)</source>
            <translation>金额界限必须大于或等于零（以分为单位）</translation>
        </message>
        <message>
            <source>The category</source>
            <translation>客户分类</translation>
        </message>
        <message>
            <source>The collection ladder already ran for {last}; a run for an earlier day ({day}) is refused, as it would close and reopen tasks by the books of a day gone by. Run it for {last} or a later day.</source>
            <translation>催收流程已按 {last} 运行过；不能再按更早的日期（{day}）运行，否则会按过去某天的账面关闭或重开任务。请按 {last} 或之后的日期运行。</translation>
        </message>
        <message>
            <source>The collection ladder cannot run for {day}, a day after today ({today}): that day&apos;s payments are not in the books yet.</source>
            <translation>催收流程不能按 {day} 运行，那是今天（{today}）之后的日子：那天的收款还没有记入账套。</translation>
        </message>
        <message>
            <source>The contact time {at} is in the future</source>
            <translation>联系时间 {at} 在将来</translation>
        </message>
        <message>
            <source>The customer&apos;s answer</source>
            <translation>客户答复</translation>
        </message>
        <message>
            <source>The debt is with a collection agency since {date}</source>
            <translation>欠款自 {date} 起已移交催收机构</translation>
        </message>
        <message>
            <source>The default policy cannot be removed; make another the default first</source>
            <translation>默认政策不能删除；请先把另一个政策设为默认</translation>
        </message>
        <message>
            <source>The description</source>
            <translation>说明</translation>
        </message>
        <message>
            <source>The failed attempts before legal is proposed must be 0 to {n}, not {value}</source>
            <translation>建议转法务前的催收未果次数必须在 0 到 {n} 之间，不能是 {value}</translation>
        </message>
        <message>
            <source>The instalments add up to {total}, but the overdue balance is {owed}</source>
            <translation>各期合计 {total}，但逾期余额为 {owed}</translation>
        </message>
        <message>
            <source>The letter template</source>
            <translation>信函模板</translation>
        </message>
        <message>
            <source>The month is not over: figures up to today, {today}.</source>
            <translation>本月尚未结束：数据截至今天 {today}。</translation>
        </message>
        <message>
            <source>The new due date is required</source>
            <translation>请填写新的到期日</translation>
        </message>
        <message>
            <source>The new due date {new} is too far away</source>
            <translation>新到期日 {new} 太远</translation>
        </message>
        <message>
            <source>The new due date {new} must be after the current due date {due}</source>
            <translation>新到期日 {new} 必须晚于当前到期日 {due}</translation>
        </message>
        <message>
            <source>The next date {date} is before the contact</source>
            <translation>下次日期 {date} 早于本次联系</translation>
        </message>
        <message>
            <source>The next step</source>
            <translation>下一步</translation>
        </message>
        <message>
            <source>The note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>The outcome</source>
            <translation>处理结果</translation>
        </message>
        <message>
            <source>The person reached</source>
            <translation>联系人</translation>
        </message>
        <message>
            <source>The plan total</source>
            <translation>计划总额</translation>
        </message>
        <message>
            <source>The policy name</source>
            <translation>政策名称</translation>
        </message>
        <message>
            <source>The policy name is too long (at most {n} characters)</source>
            <translation>政策名称太长（最多 {n} 个字符）</translation>
        </message>
        <message>
            <source>The promised amount</source>
            <translation>承诺金额</translation>
        </message>
        <message>
            <source>The promised amount {amount} is more than the {balance} the customer owes</source>
            <translation>承诺金额 {amount} 超过客户欠款 {balance}</translation>
        </message>
        <message>
            <source>The promised date is required</source>
            <translation>请填写承诺付款日期</translation>
        </message>
        <message>
            <source>The promised date {date} is in the past</source>
            <translation>承诺付款日期 {date} 已经过去</translation>
        </message>
        <message>
            <source>The promised date {date} is more than a year away; agree a payment plan instead</source>
            <translation>承诺付款日期 {date} 在一年以后，请改为商定还款计划</translation>
        </message>
        <message>
            <source>The resolution</source>
            <translation>处理结论</translation>
        </message>
        <message>
            <source>The short age must be 0 to 3650 days</source>
            <translation>短账龄界限必须在 0 到 3650 天之间</translation>
        </message>
        <message>
            <source>There is no collection policy with levels</source>
            <translation>没有设置了级别的催收政策</translation>
        </message>
        <message>
            <source>This month has not begun: there is nothing to report yet.</source>
            <translation>该月尚未开始：暂无可报告的数据。</translation>
        </message>
        <message>
            <source>Today</source>
            <translation type="vanished">今日</translation>
        </message>
        <message>
            <source>Tone</source>
            <translation>语气</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>合计</translation>
        </message>
        <message>
            <source>Unknown contact method &apos;{value}&apos;</source>
            <translation>未知的联系方式“{value}”</translation>
        </message>
        <message>
            <source>Unknown customer status &apos;{value}&apos;</source>
            <translation>未知的客户状态“{value}”</translation>
        </message>
        <message>
            <source>Unknown queue &apos;{value}&apos;</source>
            <translation>未知的任务队列“{value}”</translation>
        </message>
        <message>
            <source>Unknown reason for not paying &apos;{value}&apos;; choose one of: {codes}</source>
            <translation>未知的未付款原因“{value}”；请选择：{codes}</translation>
        </message>
        <message>
            <source>Upcoming</source>
            <translation type="vanished">即将处理</translation>
        </message>
        <message>
            <source>Urgent</source>
            <translation type="vanished">紧急</translation>
        </message>
        <message>
            <source>User {name} is disabled</source>
            <translation>用户 {name} 已停用</translation>
        </message>
        <message>
            <source>Visit</source>
            <translation type="vanished">上门拜访</translation>
        </message>
        <message>
            <source>Watched closely: {hold}</source>
            <translation>严密监控：{hold}</translation>
        </message>
        <message>
            <source>WeChat</source>
            <translation type="vanished">微信</translation>
        </message>
        <message>
            <source>What was said</source>
            <translation>沟通内容</translation>
        </message>
        <message>
            <source>Work on</source>
            <translation>处理日期</translation>
        </message>
        <message>
            <source>Working day</source>
            <translation>工作日</translation>
        </message>
        <message>
            <source>{a}-{b} days overdue</source>
            <translation>逾期{a}-{b}天</translation>
        </message>
        <message numerus="yes">
            <source>{n} day before due</source>
            <comment>{n} days before due</comment>
            <translation>
                <numerusform>到期前{n}天</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{n} day overdue</source>
            <comment>{n} days overdue</comment>
            <translation>
                <numerusform>逾期{n}天</numerusform>
            </translation>
        </message>
        <message>
            <source>{n} days before due</source>
            <translation type="vanished">到期前{n}天</translation>
        </message>
        <message>
            <source>{n} days overdue</source>
            <translation type="vanished">逾期{n}天</translation>
        </message>
        <message numerus="yes">
            <source>{n} extension awaiting credit approval</source>
            <comment>{n} extensions awaiting credit approval</comment>
            <translation>
                <numerusform>{n} 个延期申请待信用审批</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{n} task</source>
            <comment>{n} tasks</comment>
            <translation>
                <numerusform>{n} 个任务</numerusform>
            </translation>
        </message>
        <message>
            <source>{n} tasks</source>
            <translation type="vanished">{n} 个任务</translation>
        </message>
        <message>
            <source>{order} Amounts in yuan.</source>
            <translation>{order}金额单位：元。</translation>
        </message>
        <message>
            <source>{what} is required</source>
            <translation>请填写{what}</translation>
        </message>
        <message>
            <source>{what} is too long (at most {n} characters)</source>
            <translation type="vanished">{what}太长（最多 {n} 个字符）</translation>
        </message>
        <message>
            <source>{what} must be in fen (an integer)</source>
            <translation>{what}必须以分为单位（整数）</translation>
        </message>
        <message>
            <source>{what} must be more than zero</source>
            <translation>{what}必须大于零</translation>
        </message>
    </context>
    <context>
        <name>reports</name>
        <message>
            <source>Last contact: the latest contact in the collection log up to the report date. Promised date: the customer&apos;s promise to pay still open on that date.</source>
            <translation>最近联系：截至报表日催收记录中的最近一次联系。承诺付款日：截至该日仍有效的客户付款承诺。</translation>
        </message>
    </context>
</TS>
