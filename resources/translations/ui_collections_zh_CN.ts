<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>AssignDialog</name>
        <message>
            <source>Assign</source>
            <translation>分配任务</translation>
        </message>
        <message>
            <source>Every open task of</source>
            <translation>以下人员的全部待处理任务：</translation>
        </message>
        <message>
            <source>Give to</source>
            <translation>分配给</translation>
        </message>
        <message>
            <source>Nobody</source>
            <translation>无人</translation>
        </message>
        <message>
            <source>Task {id} for {customer} is assigned to {who}.</source>
            <translation>{customer} 的任务 {id} 目前分配给 {who}。</translation>
        </message>
        <message>
            <source>Task {id} given to {who}</source>
            <translation>任务 {id} 已分配给 {who}</translation>
        </message>
        <message>
            <source>This task</source>
            <translation>本任务</translation>
        </message>
        <message>
            <source>Which</source>
            <translation>范围</translation>
        </message>
        <message>
            <source>You can take the task yourself; a bookkeeper or a manager gives tasks to others.</source>
            <translation>你可以把任务分配给自己；分配给他人须由会计或财务负责人操作。</translation>
        </message>
        <message>
            <source>nobody</source>
            <translation>无人</translation>
        </message>
        <message>
            <source>nobody (unassigned tasks)</source>
            <translation>无人（未分配的任务）</translation>
        </message>
        <message numerus="yes">
            <source>{n} task given to {who}</source>
            <comment>{n} tasks given to {who}</comment>
            <translation>
                <numerusform>{n} 个任务已分配给 {who}</numerusform>
            </translation>
        </message>
        <message>
            <source>{n} tasks given to {who}</source>
            <translation type="vanished">{n} 个任务已分配给 {who}</translation>
        </message>
    </context>
    <context>
        <name>CollectionActions</name>
        <message>
            <source>Accept: hand over to legal…</source>
            <translation>接受建议：转交法务…</translation>
        </message>
        <message>
            <source>Agree a payment plan: the overdue balance in instalments</source>
            <translation>约定还款计划：把逾期欠款分期偿还</translation>
        </message>
        <message>
            <source>Approve</source>
            <translation>批准</translation>
        </message>
        <message>
            <source>Approve extension</source>
            <translation>批准延期</translation>
        </message>
        <message>
            <source>Approve the selected extension request</source>
            <translation>批准所选的延期申请</translation>
        </message>
        <message>
            <source>Approve the selected extension request (a manager&apos;s decision)</source>
            <translation>批准所选的延期申请（由财务负责人决定）</translation>
        </message>
        <message>
            <source>Ask for a later due date on one invoice (a manager decides)</source>
            <translation>为一张应收单申请延后到期日（由财务负责人审批）</translation>
        </message>
        <message>
            <source>Assign…</source>
            <translation>分配…</translation>
        </message>
        <message>
            <source>Blacklist</source>
            <translation>列入黑名单</translation>
        </message>
        <message>
            <source>Blacklist {code} {name}: new invoices then need a manager&apos;s override.</source>
            <translation>把 {code} {name} 列入黑名单：此后新开应收单须经财务负责人特批。</translation>
        </message>
        <message>
            <source>Blacklist…</source>
            <translation>列入黑名单…</translation>
        </message>
        <message>
            <source>Close the selected open dispute with how it ended</source>
            <translation>填写处理结论，关闭所选的未解决争议</translation>
        </message>
        <message numerus="yes">
            <source>Collection tasks for {date}: {created} created ({escalated} escalated), {closed} closed, {superseded} superseded, {paused} paused, {resumed} resumed; {skipped} customer on hold.</source>
            <comment>Collection tasks for {date}: {created} created ({escalated} escalated), {closed} closed, {superseded} superseded, {paused} paused, {resumed} resumed; {skipped} customers on hold.</comment>
            <translation>
                <numerusform>{date} 的催收任务：新建 {created} 个（其中升级 {escalated} 个），关闭 {closed} 个，由新任务接替 {superseded} 个，暂停 {paused} 个，恢复 {resumed} 个；{skipped} 个客户暂缓催收。</numerusform>
            </translation>
        </message>
        <message>
            <source>Collection tasks for {date}: {created} created ({escalated} escalated), {closed} closed, {superseded} superseded, {paused} paused, {resumed} resumed; {skipped} customers on hold.</source>
            <translation type="vanished">{date} 的催收任务：新建 {created} 个（其中升级 {escalated} 个），关闭 {closed} 个，由新任务接替 {superseded} 个，暂停 {paused} 个，恢复 {resumed} 个；{skipped} 个客户暂缓催收。</translation>
        </message>
        <message>
            <source>Complete task</source>
            <translation>完成任务</translation>
        </message>
        <message>
            <source>Complete…</source>
            <translation>完成…</translation>
        </message>
        <message>
            <source>Contact…</source>
            <translation>记录联系…</translation>
        </message>
        <message>
            <source>End a status of {code} {name} from {date}: the ladder and credit sales resume. The record keeps its dates.</source>
            <translation>自 {date} 起结束 {code} {name} 的一项状态：催收流程和赊销随之恢复。该记录保留原有日期。</translation>
        </message>
        <message>
            <source>Escalate</source>
            <translation>升级</translation>
        </message>
        <message>
            <source>Escalate…</source>
            <translation>升级…</translation>
        </message>
        <message>
            <source>Extension for invoice {number} approved: due {new}</source>
            <translation>应收单 {number} 的延期已批准：到期日 {new}</translation>
        </message>
        <message>
            <source>Extension for invoice {number} refused</source>
            <translation>应收单 {number} 的延期申请已拒绝</translation>
        </message>
        <message>
            <source>Extension…</source>
            <translation>延期申请…</translation>
        </message>
        <message>
            <source>Generate today&apos;s tasks</source>
            <translation>生成今日任务</translation>
        </message>
        <message>
            <source>Generating the collection tasks for {date}…</source>
            <translation>正在生成 {date} 的催收任务…</translation>
        </message>
        <message>
            <source>Give the task to a collector, or move a collector&apos;s tasks to another</source>
            <translation>把任务分配给催收员，或把某催收员的任务转给他人</translation>
        </message>
        <message>
            <source>Hand over to a collection agency</source>
            <translation>移交催收机构</translation>
        </message>
        <message>
            <source>Hand over to a collection agency…</source>
            <translation>移交催收机构…</translation>
        </message>
        <message>
            <source>Hand over to legal</source>
            <translation>移交法务</translation>
        </message>
        <message>
            <source>Hand over to legal…</source>
            <translation>移交法务…</translation>
        </message>
        <message>
            <source>Hand the debt of {code} {name} over to a collection agency. The ladder stops and new credit sales need a manager&apos;s override until it is resumed.</source>
            <translation>把 {code} {name} 的欠款移交催收机构。在恢复之前，催收流程停止，新的赊销须经财务负责人特批。</translation>
        </message>
        <message>
            <source>Hand the debt of {code} {name} over to legal (诉讼). The ladder stops for the customer until it is resumed.</source>
            <translation type="vanished">把 {code} {name} 的欠款移交法务（诉讼）。在恢复之前，该客户的催收流程停止。</translation>
        </message>
        <message>
            <source>Hand the debt of {code} {name} over to legal. The ladder stops for the customer until it is resumed.</source>
            <translation>把 {code} {name} 的欠款移交法务（诉讼）。在恢复之前，该客户的催收流程停止。</translation>
        </message>
        <message>
            <source>Hand the debt of {code} {name} over to legal?</source>
            <translation>把 {code} {name} 的欠款移交法务？</translation>
        </message>
        <message>
            <source>Log a contact: method, person reached, what was said, the customer&apos;s answer, the next step and date</source>
            <translation>记录一次联系：联系方式、联系人、沟通内容、客户答复、下一步和下次日期</translation>
        </message>
        <message>
            <source>Make letter</source>
            <translation>生成信函</translation>
        </message>
        <message>
            <source>Make letter: {letter}</source>
            <translation>生成{letter}</translation>
        </message>
        <message>
            <source>Make the level&apos;s letter for the customer, archive it and log it as a contact of the task, then preview it to print</source>
            <translation>为客户生成本级别的信函，归档并记为该任务的一次联系，然后预览以便打印</translation>
        </message>
        <message>
            <source>Mark the task done, with its outcome</source>
            <translation>把任务标记为已完成，并写明处理结果</translation>
        </message>
        <message>
            <source>Message text…</source>
            <translation>消息文本…</translation>
        </message>
        <message>
            <source>Move the customer up one level now</source>
            <translation>立即把该客户升一级</translation>
        </message>
        <message>
            <source>Move the due date of invoice {number} from {due} to {new}? The dunning clock moves with it.</source>
            <translation>把应收单 {number} 的到期日从 {due} 延至 {new}？催收时间随之顺延。</translation>
        </message>
        <message>
            <source>Move {code} {name} up one level now: the next level&apos;s task replaces task {id}.</source>
            <translation>立即把 {code} {name} 升一级：下一级的任务将接替任务 {id}。</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Only a manager decides extension requests</source>
            <translation>只有财务负责人可以审批延期申请</translation>
        </message>
        <message>
            <source>Only a manager hands a customer over, blacklists or suspends credit sales</source>
            <translation>只有财务负责人可以移交、列入黑名单或暂停赊销</translation>
        </message>
        <message>
            <source>Open dispute…</source>
            <translation>登记争议…</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>处理结果</translation>
        </message>
        <message>
            <source>Plan…</source>
            <translation>还款计划…</translation>
        </message>
        <message>
            <source>Promise…</source>
            <translation>付款承诺…</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>Record a promise to pay an amount by a date</source>
            <translation>记录客户在某日前支付某金额的承诺</translation>
        </message>
        <message>
            <source>Refuse extension</source>
            <translation>拒绝延期</translation>
        </message>
        <message>
            <source>Refuse the request to move invoice {number} from {due} to {new}.</source>
            <translation>拒绝把应收单 {number} 的到期日从 {due} 延至 {new} 的申请。</translation>
        </message>
        <message>
            <source>Refuse the selected extension request, with a reason</source>
            <translation>拒绝所选的延期申请，并说明原因</translation>
        </message>
        <message>
            <source>Refuse…</source>
            <translation>拒绝…</translation>
        </message>
        <message>
            <source>Resolve dispute…</source>
            <translation>解决争议…</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>恢复</translation>
        </message>
        <message>
            <source>Resume {code} {name}?</source>
            <translation>恢复 {code} {name}？</translation>
        </message>
        <message>
            <source>Resume…</source>
            <translation>恢复…</translation>
        </message>
        <message>
            <source>Run the collection ladder for the working day: create, escalate, pause and close tasks (running it twice changes nothing)</source>
            <translation>按催收流程为工作日生成任务：新建、升级、暂停和关闭任务（同一天重复运行不会重复生成）</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>客户状态</translation>
        </message>
        <message>
            <source>Suspend credit sales</source>
            <translation>暂停赊销</translation>
        </message>
        <message>
            <source>Suspend credit sales…</source>
            <translation>暂停赊销…</translation>
        </message>
        <message>
            <source>Suspend new credit sales to {code} {name}: new invoices then need a manager&apos;s override.</source>
            <translation>暂停对 {code} {name} 的赊销：此后新开应收单须经财务负责人特批。</translation>
        </message>
        <message>
            <source>Task {id} for {code} {name} is done. What was done and agreed? The next level still comes when its day does.</source>
            <translation>{code} {name} 的任务 {id} 已完成。做了什么、约定了什么？下一级到期时仍会照常生成。</translation>
        </message>
        <message>
            <source>The customer disputes an invoice (the one selected in the open items, or chosen): it leaves the dunning until resolved</source>
            <translation>客户对应收单有异议（未结明细中所选的一张，或在对话框中选择）：争议解决前该单不再催收</translation>
        </message>
        <message>
            <source>The level&apos;s short text for WeChat or SMS, to copy; recorded as a contact when you say it was sent</source>
            <translation>本级别用于微信或短信的短文本，供复制；确认已发送后记为一次联系</translation>
        </message>
        <message>
            <source>The task has had the policy&apos;s failed attempts at the top levels: accept its proposal and hand the debt over to legal (the ladder stops)</source>
            <translation>该任务在最高级别的催收未果次数已达到政策规定：接受建议，把欠款移交法务（催收流程停止）</translation>
        </message>
        <message>
            <source>plans completed {done}, broken {broken}</source>
            <translation>还款计划完成 {done} 个，违约 {broken} 个</translation>
        </message>
        <message>
            <source>promises kept {kept}, broken {broken}</source>
            <translation>承诺兑现 {kept} 个，违约 {broken} 个</translation>
        </message>
        <message>
            <source>watched under an extension {n}</source>
            <translation>延期严密监控 {n} 个</translation>
        </message>
        <message>
            <source>{code}: escalated; task {id} replaces task {old}</source>
            <translation>{code}：已升级；任务 {id} 接替任务 {old}</translation>
        </message>
        <message>
            <source>{code}: task {id} done</source>
            <translation>{code}：任务 {id} 已完成</translation>
        </message>
        <message>
            <source>{code}: {letter} made and archived, logged as a contact of task {id}</source>
            <translation>{code}：{letter}已生成并归档，已记为任务 {id} 的一次联系</translation>
        </message>
        <message>
            <source>{code}: {status} ended on {date}</source>
            <translation>{code}：{status}已于 {date} 结束</translation>
        </message>
        <message>
            <source>{code}: {status} from {date}</source>
            <translation>{code}：自 {date} 起{status}</translation>
        </message>
        <message>
            <source>{number} · due {due} · open {open}</source>
            <translation>{number} · 到期 {due} · 未收 {open}</translation>
        </message>
        <message numerus="yes">
            <source>{n} failed attempt at level {level} for {code} {name}: the ladder proposes handing the debt over to legal (诉讼). Accepting stops the ladder for the customer until it is resumed.</source>
            <comment>{n} failed attempts at level {level} for {code} {name}: the ladder proposes handing the debt over to legal (诉讼). Accepting stops the ladder for the customer until it is resumed.</comment>
            <translation type="vanished">
                <numerusform>{code} {name} 在第 {level} 级催收 {n} 次未果：催收流程建议把欠款移交法务（诉讼）。接受后，在恢复之前该客户的催收流程停止。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{n} failed attempt at level {level} for {code} {name}: the ladder proposes handing the debt over to legal. Accepting stops the ladder for the customer until it is resumed.</source>
            <comment>{n} failed attempts at level {level} for {code} {name}: the ladder proposes handing the debt over to legal. Accepting stops the ladder for the customer until it is resumed.</comment>
            <translation>
                <numerusform>{code} {name} 在第 {level} 级催收 {n} 次未果：催收流程建议把欠款移交法务（诉讼）。接受后，在恢复之前该客户的催收流程停止。</numerusform>
            </translation>
        </message>
        <message>
            <source>{n} failed attempts at level {level} for {code} {name}: the ladder proposes handing the debt over to legal (诉讼). Accepting stops the ladder for the customer until it is resumed.</source>
            <translation type="vanished">{code} {name} 在第 {level} 级催收 {n} 次未果：催收流程建议把欠款移交法务（诉讼）。接受后，在恢复之前该客户的催收流程停止。</translation>
        </message>
        <message>
            <source>{what}: {code} {name}. Are you sure?</source>
            <translation>{what}：{code} {name}。确定吗？</translation>
        </message>
    </context>
    <context>
        <name>CollectionDetailPane</name>
        <message>
            <source>#{id} from {start}, {total}</source>
            <translation>#{id}，{start} 起，共 {total}</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>催收动作</translation>
        </message>
        <message>
            <source>Age</source>
            <translation>账龄</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <source>Asked by</source>
            <translation>申请人</translation>
        </message>
        <message>
            <source>Asked for</source>
            <translation>申请延至</translation>
        </message>
        <message>
            <source>Broken promises: {n}</source>
            <translation>{n} 次承诺违约</translation>
        </message>
        <message>
            <source>By</source>
            <translation>操作人</translation>
        </message>
        <message>
            <source>Category {category} · phone {phone} · collector {collector} · rating {rating} · {status} · policy {policy}</source>
            <translation>类别 {category} · 电话 {phone} · 催收员 {collector} · 信用等级 {rating} · {status} · 政策 {policy}</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>结束日期</translation>
        </message>
        <message>
            <source>Closed on</source>
            <translation>解决日期</translation>
        </message>
        <message>
            <source>Collector</source>
            <translation>催收员</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>联系记录</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>创建日期</translation>
        </message>
        <message>
            <source>Current task</source>
            <translation>当前任务</translation>
        </message>
        <message>
            <source>Customer&apos;s answer</source>
            <translation>客户答复</translation>
        </message>
        <message>
            <source>Days overdue</source>
            <translation>逾期天数</translation>
        </message>
        <message>
            <source>Decided by</source>
            <translation>审批人</translation>
        </message>
        <message>
            <source>Decision note</source>
            <translation>审批意见</translation>
        </message>
        <message>
            <source>Disputed</source>
            <translation>争议</translation>
        </message>
        <message>
            <source>Disputes</source>
            <translation>争议</translation>
        </message>
        <message>
            <source>Documents</source>
            <translation>文档</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>到期日</translation>
        </message>
        <message>
            <source>End reason</source>
            <translation>结束原因</translation>
        </message>
        <message>
            <source>Ended by</source>
            <translation>结束人</translation>
        </message>
        <message>
            <source>Extended to</source>
            <translation>延期至</translation>
        </message>
        <message>
            <source>Extension requests awaiting a decision: {n}</source>
            <translation>{n} 个延期申请待审批</translation>
        </message>
        <message>
            <source>Extensions</source>
            <translation>延期申请</translation>
        </message>
        <message>
            <source>Instalment</source>
            <translation>期次</translation>
        </message>
        <message>
            <source>Invoice no.</source>
            <translation>应收单号</translation>
        </message>
        <message>
            <source>Invoices disputed: {n}</source>
            <translation>{n} 张应收单有争议</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>级别</translation>
        </message>
        <message>
            <source>Level {level} ({when}): {action}, {tone} tone, {procedure}; responsible: {role}</source>
            <translation>第 {level} 级（{when}）：{action}，语气{tone}，{procedure}；负责：{role}</translation>
        </message>
        <message>
            <source>Made on</source>
            <translation>承诺日</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>联系方式</translation>
        </message>
        <message>
            <source>Next date</source>
            <translation>下次日期</translation>
        </message>
        <message>
            <source>Next step</source>
            <translation>下一步</translation>
        </message>
        <message>
            <source>No open task: nothing is due for this customer, or its task is done.</source>
            <translation>没有待处理的任务：该客户没有到期欠款，或任务已完成。</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>未收</translation>
        </message>
        <message>
            <source>Open invoices</source>
            <translation>未结应收</translation>
        </message>
        <message>
            <source>Open items</source>
            <translation>未结单据</translation>
        </message>
        <message>
            <source>Open promise</source>
            <translation>未到期承诺</translation>
        </message>
        <message>
            <source>Opened on</source>
            <translation>提出日期</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>处理结果</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>逾期</translation>
        </message>
        <message>
            <source>Overdue (¥)</source>
            <translation>逾期（元）</translation>
        </message>
        <message>
            <source>Paid on</source>
            <translation>付清日</translation>
        </message>
        <message>
            <source>Pay by</source>
            <translation>付款日期</translation>
        </message>
        <message>
            <source>Payment plans</source>
            <translation>还款计划</translation>
        </message>
        <message>
            <source>Person reached</source>
            <translation>联系人</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>计划</translation>
        </message>
        <message>
            <source>Plan status</source>
            <translation>计划状态</translation>
        </message>
        <message>
            <source>Promises</source>
            <translation>付款承诺</translation>
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
            <source>Received</source>
            <translation>已收</translation>
        </message>
        <message>
            <source>Resolution</source>
            <translation>处理结论</translation>
        </message>
        <message>
            <source>Select a task in the queue to see the customer&apos;s collection file.</source>
            <translation>在左侧任务队列中选择一个任务，查看该客户的催收档案。</translation>
        </message>
        <message>
            <source>Since</source>
            <translation>开始</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Task history</source>
            <translation>任务历史</translation>
        </message>
        <message numerus="yes">
            <source>Task {id}: {status} · since {created} · work on {action_on} · {days} day overdue · collector {collector}</source>
            <comment>Task {id}: {status} · since {created} · work on {action_on} · {days} days overdue · collector {collector}</comment>
            <translation>
                <numerusform>任务 {id}：{status} · 创建于 {created} · 处理日期 {action_on} · 逾期 {days} 天 · 催收员 {collector}</numerusform>
            </translation>
        </message>
        <message>
            <source>Task {id}: {status} · since {created} · work on {action_on} · {days} days overdue · collector {collector}</source>
            <translation type="vanished">任务 {id}：{status} · 创建于 {created} · 处理日期 {action_on} · 逾期 {days} 天 · 催收员 {collector}</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>Unapplied credit</source>
            <translation>预收</translation>
        </message>
        <message>
            <source>Until</source>
            <translation>结束</translation>
        </message>
        <message>
            <source>What was said</source>
            <translation>沟通内容</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>来由</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>是</translation>
        </message>
        <message>
            <source>from day {n}</source>
            <translation>自第 {n} 天起</translation>
        </message>
        <message>
            <source>nobody</source>
            <translation>无人</translation>
        </message>
        <message>
            <source>{amount} by {date}</source>
            <translation>{date} 前 {amount}</translation>
        </message>
        <message numerus="yes">
            <source>{proposal}: {n} failed attempt at the top levels (level {level}); the policy proposes it after {limit}.</source>
            <comment>{proposal}: {n} failed attempts at the top levels (level {level}); the policy proposes it after {limit}.</comment>
            <translation>
                <numerusform>{proposal}：最高级别已催收 {n} 次未果（第 {level} 级）；政策规定 {limit} 次后提出建议。</numerusform>
            </translation>
        </message>
        <message>
            <source>{proposal}: {n} failed attempts at the top levels (level {level}); the policy proposes it after {limit}.</source>
            <translation type="vanished">{proposal}：最高级别已催收 {n} 次未果（第 {level} 级）；政策规定 {limit} 次后提出建议。</translation>
        </message>
    </context>
    <context>
        <name>CollectionsTab</name>
        <message>
            <source>Agree a payment plan: the overdue balance in instalments</source>
            <translation type="vanished">约定还款计划：把逾期欠款分期偿还</translation>
        </message>
        <message>
            <source>All</source>
            <translation type="vanished">全部</translation>
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
            <source>All levels</source>
            <translation>全部级别</translation>
        </message>
        <message>
            <source>Approve</source>
            <translation type="vanished">批准</translation>
        </message>
        <message>
            <source>Approve extension</source>
            <translation type="vanished">批准延期</translation>
        </message>
        <message>
            <source>Approve the selected extension request</source>
            <translation type="vanished">批准所选的延期申请</translation>
        </message>
        <message>
            <source>Approve the selected extension request (a manager&apos;s decision)</source>
            <translation type="vanished">批准所选的延期申请（由财务负责人决定）</translation>
        </message>
        <message>
            <source>Ask for a later due date on one invoice (a manager decides)</source>
            <translation type="vanished">为一张应收单申请延后到期日（由财务负责人审批）</translation>
        </message>
        <message>
            <source>Assign…</source>
            <translation type="vanished">分配…</translation>
        </message>
        <message>
            <source>Blacklist</source>
            <translation type="vanished">列入黑名单</translation>
        </message>
        <message>
            <source>Blacklist {code} {name}: new invoices then need a manager&apos;s override.</source>
            <translation type="vanished">把 {code} {name} 列入黑名单：此后新开应收单须经财务负责人特批。</translation>
        </message>
        <message>
            <source>Blacklist…</source>
            <translation type="vanished">列入黑名单…</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>类别</translation>
        </message>
        <message numerus="yes">
            <source>Collection tasks for {date}: {created} created ({escalated} escalated), {closed} closed, {superseded} superseded, {paused} paused, {resumed} resumed; {skipped} customer on hold.</source>
            <comment>Collection tasks for {date}: {created} created ({escalated} escalated), {closed} closed, {superseded} superseded, {paused} paused, {resumed} resumed; {skipped} customers on hold.</comment>
            <translation type="vanished">
                <numerusform>{date} 的催收任务：新建 {created} 个（其中升级 {escalated} 个），关闭 {closed} 个，由新任务接替 {superseded} 个，暂停 {paused} 个，恢复 {resumed} 个；{skipped} 个客户暂缓催收。</numerusform>
            </translation>
        </message>
        <message>
            <source>Collection tasks for {date}: {created} created ({escalated} escalated), {closed} closed, {superseded} superseded, {paused} paused, {resumed} resumed; {skipped} customers on hold.</source>
            <translation type="vanished">{date} 的催收任务：新建 {created} 个（其中升级 {escalated} 个），关闭 {closed} 个，由新任务接替 {superseded} 个，暂停 {paused} 个，恢复 {resumed} 个；{skipped} 个客户暂缓催收。</translation>
        </message>
        <message>
            <source>Collections</source>
            <translation>催收</translation>
        </message>
        <message>
            <source>Collector</source>
            <translation>催收员</translation>
        </message>
        <message>
            <source>Collector performance…</source>
            <translation>催收员考核…</translation>
        </message>
        <message>
            <source>Complete task</source>
            <translation type="vanished">完成任务</translation>
        </message>
        <message>
            <source>Complete…</source>
            <translation type="vanished">完成…</translation>
        </message>
        <message>
            <source>Contact…</source>
            <translation type="vanished">记录联系…</translation>
        </message>
        <message>
            <source>Due this month, not received: customers with invoices due this month up to the working day and not yet received</source>
            <translation>当月该到未到：本月截至工作日已到期、尚未收到款项的客户</translation>
        </message>
        <message>
            <source>End a status of {code} {name} from {date}: the ladder and credit sales resume. The record keeps its dates.</source>
            <translation type="vanished">自 {date} 起结束 {code} {name} 的一项状态：催收流程和赊销随之恢复。该记录保留原有日期。</translation>
        </message>
        <message>
            <source>Escalate</source>
            <translation type="vanished">升级</translation>
        </message>
        <message>
            <source>Escalate…</source>
            <translation type="vanished">升级…</translation>
        </message>
        <message>
            <source>Every open task</source>
            <translation>所有待处理任务</translation>
        </message>
        <message>
            <source>Extension for invoice {number} approved: due {new}</source>
            <translation type="vanished">应收单 {number} 的延期已批准：到期日 {new}</translation>
        </message>
        <message>
            <source>Extension for invoice {number} refused</source>
            <translation type="vanished">应收单 {number} 的延期申请已拒绝</translation>
        </message>
        <message>
            <source>Extension…</source>
            <translation type="vanished">延期申请…</translation>
        </message>
        <message>
            <source>Generate today&apos;s tasks</source>
            <translation type="vanished">生成今日任务</translation>
        </message>
        <message>
            <source>Generating the collection tasks for {date}…</source>
            <translation type="vanished">正在生成 {date} 的催收任务…</translation>
        </message>
        <message>
            <source>Give the task to a collector, or move a collector&apos;s tasks to another</source>
            <translation type="vanished">把任务分配给催收员，或把某催收员的任务转给他人</translation>
        </message>
        <message>
            <source>Hand over to a collection agency</source>
            <translation type="vanished">移交催收机构</translation>
        </message>
        <message>
            <source>Hand over to a collection agency…</source>
            <translation type="vanished">移交催收机构…</translation>
        </message>
        <message>
            <source>Hand over to legal</source>
            <translation type="vanished">移交法务</translation>
        </message>
        <message>
            <source>Hand over to legal…</source>
            <translation type="vanished">移交法务…</translation>
        </message>
        <message>
            <source>Hand the debt of {code} {name} over to a collection agency. The ladder stops and new credit sales need a manager&apos;s override until it is resumed.</source>
            <translation type="vanished">把 {code} {name} 的欠款移交催收机构。在恢复之前，催收流程停止，新的赊销须经财务负责人特批。</translation>
        </message>
        <message>
            <source>Hand the debt of {code} {name} over to legal (诉讼). The ladder stops for the customer until it is resumed.</source>
            <translation type="vanished">把 {code} {name} 的欠款移交法务（诉讼）。在恢复之前，该客户的催收流程停止。</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>级别</translation>
        </message>
        <message>
            <source>Log a contact: method, person reached, what was said, the customer&apos;s answer, the next step and date</source>
            <translation type="vanished">记录一次联系：联系方式、联系人、沟通内容、客户答复、下一步和下次日期</translation>
        </message>
        <message>
            <source>Mark the task done, with its outcome</source>
            <translation type="vanished">把任务标记为已完成，并写明处理结果</translation>
        </message>
        <message>
            <source>Min. overdue</source>
            <translation>最低逾期额</translation>
        </message>
        <message>
            <source>Mine</source>
            <translation type="vanished">我的</translation>
        </message>
        <message>
            <source>Move the customer up one level now</source>
            <translation type="vanished">立即把该客户升一级</translation>
        </message>
        <message>
            <source>Move the due date of invoice {number} from {due} to {new}? The dunning clock moves with it.</source>
            <translation type="vanished">把应收单 {number} 的到期日从 {due} 延至 {new}？催收时间随之顺延。</translation>
        </message>
        <message>
            <source>Move {code} {name} up one level now: the next level&apos;s task replaces task {id}.</source>
            <translation type="vanished">立即把 {code} {name} 升一级：下一级的任务将接替任务 {id}。</translation>
        </message>
        <message>
            <source>No tasks in this queue. Generate the day&apos;s tasks, or choose another queue or filter.</source>
            <translation>此队列中没有任务。可以生成今日任务，或选择其他队列或筛选条件。</translation>
        </message>
        <message>
            <source>Only a manager decides extension requests</source>
            <translation type="vanished">只有财务负责人可以审批延期申请</translation>
        </message>
        <message>
            <source>Only a manager hands a customer over, blacklists or suspends credit sales</source>
            <translation type="vanished">只有财务负责人可以移交、列入黑名单或暂停赊销</translation>
        </message>
        <message>
            <source>Only customers with at least this much overdue</source>
            <translation>只列出逾期金额不少于此数的客户</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation type="vanished">处理结果</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation type="vanished">逾期</translation>
        </message>
        <message>
            <source>Plan…</source>
            <translation type="vanished">还款计划…</translation>
        </message>
        <message>
            <source>Promise…</source>
            <translation type="vanished">付款承诺…</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation type="vanished">原因</translation>
        </message>
        <message>
            <source>Reasons for not paying…</source>
            <translation>未付款原因…</translation>
        </message>
        <message>
            <source>Record a promise to pay an amount by a date</source>
            <translation type="vanished">记录客户在某日前支付某金额的承诺</translation>
        </message>
        <message>
            <source>Refuse extension</source>
            <translation type="vanished">拒绝延期</translation>
        </message>
        <message>
            <source>Refuse the request to move invoice {number} from {due} to {new}.</source>
            <translation type="vanished">拒绝把应收单 {number} 的到期日从 {due} 延至 {new} 的申请。</translation>
        </message>
        <message>
            <source>Refuse the selected extension request, with a reason</source>
            <translation type="vanished">拒绝所选的延期申请，并说明原因</translation>
        </message>
        <message>
            <source>Refuse…</source>
            <translation type="vanished">拒绝…</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>报表</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation type="vanished">恢复</translation>
        </message>
        <message>
            <source>Resume {code} {name}?</source>
            <translation type="vanished">恢复 {code} {name}？</translation>
        </message>
        <message>
            <source>Resume…</source>
            <translation type="vanished">恢复…</translation>
        </message>
        <message>
            <source>Run the collection ladder for the working day: create, escalate, pause and close tasks (running it twice changes nothing)</source>
            <translation type="vanished">按催收流程为工作日生成任务：新建、升级、暂停和关闭任务（同一天重复运行不会重复生成）</translation>
        </message>
        <message>
            <source>Saved {path}</source>
            <translation>已保存 {path}</translation>
        </message>
        <message>
            <source>Status</source>
            <translation type="vanished">客户状态</translation>
        </message>
        <message>
            <source>Suspend credit sales</source>
            <translation type="vanished">暂停赊销</translation>
        </message>
        <message>
            <source>Suspend credit sales…</source>
            <translation type="vanished">暂停赊销…</translation>
        </message>
        <message>
            <source>Suspend new credit sales to {code} {name}: new invoices then need a manager&apos;s override.</source>
            <translation type="vanished">暂停对 {code} {name} 的赊销：此后新开应收单须经财务负责人特批。</translation>
        </message>
        <message>
            <source>Task {id} for {code} {name} is done. What was done and agreed? The next level still comes when its day does.</source>
            <translation type="vanished">{code} {name} 的任务 {id} 已完成。做了什么、约定了什么？下一级到期时仍会照常生成。</translation>
        </message>
        <message>
            <source>Tasks assigned to me, and unassigned tasks for my role</source>
            <translation type="vanished">分配给我的任务，以及由我的角色负责、尚未分配的任务</translation>
        </message>
        <message>
            <source>Tasks assigned to me, and unassigned tasks for my role; for a manager also every extension request awaiting credit approval</source>
            <translation>分配给我的任务，以及由我的角色负责、尚未分配的任务；财务负责人还包括所有待信用审批的延期申请</translation>
        </message>
        <message>
            <source>Tasks to work on later days (reminders before the due date, follow-ups)</source>
            <translation>以后要处理的任务（到期前提醒、约定的跟进）</translation>
        </message>
        <message>
            <source>Tasks to work on the working day</source>
            <translation>工作日当天要处理的任务</translation>
        </message>
        <message>
            <source>Tasks whose day to be worked has passed</source>
            <translation>处理日期已过的任务</translation>
        </message>
        <message>
            <source>Tasks: {n}, overdue {overdue}; customers with broken promises (listed first): {broken}; unassigned: {unassigned}. Sorted by priority: amount overdue × days overdue.</source>
            <translation>共 {n} 个任务，逾期 {overdue}；{broken} 个客户有承诺违约（排在最前），{unassigned} 个未分配。按优先级排序：逾期金额 × 逾期天数。</translation>
        </message>
        <message>
            <source>The contacts of a month by the reason the customer gave for not paying</source>
            <translation>某月的联系，按客户给出的未付款原因统计</translation>
        </message>
        <message>
            <source>The day the queue is worked for; promises and plans are dated from it</source>
            <translation>按哪一天处理任务队列；付款承诺和还款计划也以这一天为准</translation>
        </message>
        <message>
            <source>The month&apos;s collector performance and reasons for not paying</source>
            <translation>某月的催收员考核与未付款原因</translation>
        </message>
        <message>
            <source>Today</source>
            <translation type="vanished">今日</translation>
        </message>
        <message>
            <source>Unassigned</source>
            <translation>未分配</translation>
        </message>
        <message>
            <source>Upcoming</source>
            <translation type="vanished">即将到期</translation>
        </message>
        <message>
            <source>Working day</source>
            <translation>工作日</translation>
        </message>
        <message>
            <source>plans completed {done}, broken {broken}</source>
            <translation type="vanished">还款计划完成 {done} 个，违约 {broken} 个</translation>
        </message>
        <message>
            <source>promises kept {kept}, broken {broken}</source>
            <translation type="vanished">承诺兑现 {kept} 个，违约 {broken} 个</translation>
        </message>
        <message>
            <source>{bucket}: {amount}.</source>
            <translation>{bucket}：{amount}。</translation>
        </message>
        <message>
            <source>{code}: escalated; task {id} replaces task {old}</source>
            <translation type="vanished">{code}：已升级；任务 {id} 接替任务 {old}</translation>
        </message>
        <message>
            <source>{code}: task {id} done</source>
            <translation type="vanished">{code}：任务 {id} 已完成</translation>
        </message>
        <message>
            <source>{code}: {status} ended on {date}</source>
            <translation type="vanished">{code}：{status}已于 {date} 结束</translation>
        </message>
        <message>
            <source>{code}: {status} from {date}</source>
            <translation type="vanished">{code}：自 {date} 起{status}</translation>
        </message>
        <message>
            <source>{proposal}: {n}.</source>
            <translation>{proposal}：{n} 个。</translation>
        </message>
        <message>
            <source>{what}: {code} {name}. Are you sure?</source>
            <translation type="vanished">{what}：{code} {name}。确定吗？</translation>
        </message>
    </context>
    <context>
        <name>CollectorPerformanceDialog</name>
        <message>
            <source>Collector performance</source>
            <translation>催收员考核</translation>
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
            <source>Month</source>
            <translation>月份</translation>
        </message>
        <message>
            <source>PDF document (*.pdf)</source>
            <translation>PDF 文档 (*.pdf)</translation>
        </message>
        <message>
            <source>Print to PDF…</source>
            <translation>打印为 PDF…</translation>
        </message>
        <message>
            <source>Save as</source>
            <translation>另存为</translation>
        </message>
    </context>
    <context>
        <name>ContactDialog</name>
        <message>
            <source>Contact with {customer}. The contact log is kept for good: it cannot be changed afterwards.</source>
            <translation>与 {customer} 的联系。联系记录会永久保存，事后不能修改。</translation>
        </message>
        <message>
            <source>Customer&apos;s answer</source>
            <translation>客户答复</translation>
        </message>
        <message>
            <source>Follow up on</source>
            <translation>下次跟进日期</translation>
        </message>
        <message>
            <source>Log a contact</source>
            <translation>记录联系</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>联系方式</translation>
        </message>
        <message>
            <source>Next step</source>
            <translation>下一步</translation>
        </message>
        <message>
            <source>Person reached</source>
            <translation>联系人</translation>
        </message>
        <message>
            <source>Reason for not paying</source>
            <translation>未付款原因</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>What was said</source>
            <translation>沟通内容</translation>
        </message>
        <message>
            <source>Why the customer has not paid, as it says (reported per month)</source>
            <translation>客户所说的未付款原因（按月统计）</translation>
        </message>
        <message>
            <source>{code}: contact logged</source>
            <translation>{code}：已记录联系</translation>
        </message>
        <message>
            <source>{code}: contact logged; follow up on {date}</source>
            <translation>{code}：已记录联系；{date} 跟进</translation>
        </message>
    </context>
    <context>
        <name>ExtensionDialog</name>
        <message>
            <source>Ask for a later due date for one invoice of {customer}. A manager approves or refuses; approval moves the dunning clock, the invoice itself is not changed.</source>
            <translation>为 {customer} 的一张应收单申请延后到期日。由财务负责人批准或拒绝；批准后催收时间顺延，应收单本身不变。</translation>
        </message>
        <message>
            <source>Choose an invoice</source>
            <translation>请选择应收单</translation>
        </message>
        <message>
            <source>Due now</source>
            <translation>当前到期日</translation>
        </message>
        <message>
            <source>Extension request</source>
            <translation>延期申请</translation>
        </message>
        <message>
            <source>Extension requested for invoice {number}: due {new}; a manager decides</source>
            <translation>已为应收单 {number} 申请延期至 {new}，等待财务负责人审批</translation>
        </message>
        <message>
            <source>Invoice</source>
            <translation>应收单</translation>
        </message>
        <message>
            <source>New due date</source>
            <translation>新到期日</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>{due} (extended from {original})</source>
            <translation>{due}（由 {original} 延期）</translation>
        </message>
        <message>
            <source>{number} · due {due} · open {open}</source>
            <translation>{number} · 到期 {due} · 未结 {open}</translation>
        </message>
    </context>
    <context>
        <name>NonpaymentReasonsDialog</name>
        <message>
            <source>Reasons for not paying</source>
            <translation>未付款原因</translation>
        </message>
    </context>
    <context>
        <name>PlanDialog</name>
        <message>
            <source>Add instalment</source>
            <translation>增加一期</translation>
        </message>
        <message>
            <source>Amount (¥)</source>
            <translation>金额（元）</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Instalment {n} is not an amount</source>
            <translation>第 {n} 期的金额无效</translation>
        </message>
        <message>
            <source>Instalment {n}: {problem}</source>
            <translation>第 {n} 期：{problem}</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Payment plan</source>
            <translation>还款计划</translation>
        </message>
        <message>
            <source>Proposal</source>
            <translation>分期建议</translation>
        </message>
        <message>
            <source>Propose equal monthly instalments</source>
            <translation>按月等额分期</translation>
        </message>
        <message>
            <source>Remove instalment</source>
            <translation>删除一期</translation>
        </message>
        <message>
            <source>Split the overdue balance of {customer}, {owed}, into instalments. While the plan is kept the task waits; a missed instalment escalates.</source>
            <translation>把 {customer} 的逾期欠款 {owed} 分期偿还。按计划还款期间任务暂停；任何一期未按时支付即升级催收。</translation>
        </message>
        <message>
            <source>instalments from</source>
            <translation>期，首期日期</translation>
        </message>
        <message>
            <source>short</source>
            <translation>还差</translation>
        </message>
        <message>
            <source>too much</source>
            <translation>多出</translation>
        </message>
        <message numerus="yes">
            <source>{code}: payment plan of {total} in {n} instalment agreed</source>
            <comment>{code}: payment plan of {total} in {n} instalments agreed</comment>
            <translation>
                <numerusform>{code}：已约定还款计划，共 {total}，分 {n} 期</numerusform>
            </translation>
        </message>
        <message>
            <source>{code}: payment plan of {total} in {n} instalments agreed</source>
            <translation type="vanished">{code}：已约定还款计划，共 {total}，分 {n} 期</translation>
        </message>
        <message numerus="yes">
            <source>{n} instalment adds up to {total}: the whole overdue balance.</source>
            <comment>{n} instalments add up to {total}: the whole overdue balance.</comment>
            <translation>
                <numerusform>{n} 期合计 {total}，正好等于逾期欠款。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{n} instalment adds up to {total}; the overdue balance is {owed}: {diff} {sense}.</source>
            <comment>{n} instalments add up to {total}; the overdue balance is {owed}: {diff} {sense}.</comment>
            <translation>
                <numerusform>{n} 期合计 {total}，逾期欠款为 {owed}：{sense} {diff}。</numerusform>
            </translation>
        </message>
        <message>
            <source>{n} instalments add up to {total}: the whole overdue balance.</source>
            <translation type="vanished">{n} 期合计 {total}，正好等于逾期欠款。</translation>
        </message>
        <message>
            <source>{n} instalments add up to {total}; the overdue balance is {owed}: {diff} {sense}.</source>
            <translation type="vanished">{n} 期合计 {total}，逾期欠款为 {owed}：{sense} {diff}。</translation>
        </message>
    </context>
    <context>
        <name>PolicyDialog</name>
        <message>
            <source> (default)</source>
            <translation>（默认）</translation>
        </message>
        <message>
            <source> days</source>
            <translation> 天</translation>
        </message>
        <message>
            <source> failed attempts at the top levels</source>
            <translation> 次最高级别催收未果后</translation>
        </message>
        <message>
            <source>A policy keeps its name; make a new one to use another name</source>
            <translation>政策名称不能修改；如需另用名称，请新建政策</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>催收动作</translation>
        </message>
        <message>
            <source>Add level</source>
            <translation>增加级别</translation>
        </message>
        <message>
            <source>After this many failed attempts at the ladder&apos;s last two levels, the task proposes handing the debt over to legal (0: never)</source>
            <translation>在催收流程最后两级催收未果达到此次数后，任务会建议把欠款移交法务（0：从不）</translation>
        </message>
        <message>
            <source>Age × amount: a large amount follows the key procedure, led by the credit manager; a small amount is only reminded while the age is short, then follows the general procedure.</source>
            <translation type="vanished">账龄 × 金额：大额欠款走重点程序，由信用主管负责；小额欠款在短账龄内只作提醒，账龄变长后走一般程序。</translation>
        </message>
        <message>
            <source>Age × amount: a small amount is only reminded (a call or an SMS, no letter) while the age is short, then follows the general procedure; a large amount follows the key procedure, watched closely while young, led by the credit manager once old. A level whose responsible role is the manager goes to the managers&apos; queue.</source>
            <translation>账龄 × 金额：金额小、账龄短只作提醒（电话或短信，不发函），账龄长后执行一般催收程序；金额大进入重点催收程序，账龄短时严密监控，账龄长时由信用主管负责。负责角色为财务负责人的级别，任务进入财务负责人的队列。</translation>
        </message>
        <message>
            <source>Collection policies</source>
            <translation>催收政策</translation>
        </message>
        <message>
            <source>Customer categories</source>
            <translation>客户类别</translation>
        </message>
        <message>
            <source>Default policy (serves every category no other policy names)</source>
            <translation>默认政策（适用于其他政策未指定的所有类别）</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>删除</translation>
        </message>
        <message>
            <source>Delete policy</source>
            <translation>删除政策</translation>
        </message>
        <message>
            <source>Delete the policy {name}? Its tasks stay; its categories fall back to the default policy.</source>
            <translation>删除政策“{name}”？已生成的任务保留；它所指定的客户类别改按默认政策处理。</translation>
        </message>
        <message>
            <source>Deleted: {name}</source>
            <translation>已删除：{name}</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>说明</translation>
        </message>
        <message>
            <source>Large amount from (¥)</source>
            <translation>大额界限（元）</translation>
        </message>
        <message>
            <source>Letter template</source>
            <translation>信函模板</translation>
        </message>
        <message>
            <source>Levels</source>
            <translation>级别</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>New policy</source>
            <translation>新建政策</translation>
        </message>
        <message>
            <source>Only a manager can change the collection policies; you can read them.</source>
            <translation>只有财务负责人可以修改催收政策；你可以查看。</translation>
        </message>
        <message>
            <source>Propose legal after</source>
            <translation>建议转法务</translation>
        </message>
        <message>
            <source>Remove level</source>
            <translation>删除级别</translation>
        </message>
        <message>
            <source>Responsible</source>
            <translation>负责角色</translation>
        </message>
        <message numerus="yes">
            <source>Saved: {name}, {n} level</source>
            <comment>Saved: {name}, {n} levels</comment>
            <translation>
                <numerusform>已保存：{name}，{n} 个级别</numerusform>
            </translation>
        </message>
        <message>
            <source>Saved: {name}, {n} levels</source>
            <translation type="vanished">已保存：{name}，{n} 个级别</translation>
        </message>
        <message>
            <source>Short age up to</source>
            <translation>短账龄上限</translation>
        </message>
        <message>
            <source>Start day</source>
            <translation>起始天数</translation>
        </message>
        <message>
            <source>Start day: days after the due date (negative: before it). Each level runs until the next one starts; start days must increase.</source>
            <translation>起始天数：相对到期日的天数（负数为到期前）。每一级持续到下一级开始；起始天数必须递增。</translation>
        </message>
        <message>
            <source>There is already a policy named {name}; choose it in the list to change it</source>
            <translation>已有名为“{name}”的政策；如需修改，请在左侧列表中选择它</translation>
        </message>
        <message>
            <source>Tone</source>
            <translation>语气</translation>
        </message>
        <message>
            <source>e.g. 业主, 租户 (empty: the customers no other policy names)</source>
            <translation>例如 业主, 租户（留空：其他政策未指定的客户）</translation>
        </message>
        <message>
            <source>never</source>
            <translation>从不</translation>
        </message>
    </context>
    <context>
        <name>PromiseDialog</name>
        <message>
            <source>Amount (¥)</source>
            <translation>金额（元）</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Pay by</source>
            <translation>付款日期</translation>
        </message>
        <message>
            <source>Promise to pay</source>
            <translation>付款承诺</translation>
        </message>
        <message>
            <source>This replaces the open promise of {amount} by {date}.</source>
            <translation>尚未到期的承诺（{date} 前支付 {amount}）将随之取消，以这次的为准。</translation>
        </message>
        <message>
            <source>{code}: promise of {amount} by {date} recorded</source>
            <translation>{code}：已记录付款承诺，{date} 前支付 {amount}</translation>
        </message>
        <message>
            <source>{customer} owes {open}, of which {overdue} overdue. While the promise is open, the task waits; a promise not kept by its date escalates the next day.</source>
            <translation>{customer} 欠款 {open}，其中逾期 {overdue}。承诺期内任务暂停；到期未兑现的承诺次日即升级催收。</translation>
        </message>
    </context>
    <context>
        <name>QueueModel</name>
        <message>
            <source>Broken</source>
            <translation>违约</translation>
        </message>
        <message>
            <source>Broken promises: {n}. This customer comes first.</source>
            <translation>{n} 次承诺违约：该客户排在最前</translation>
        </message>
        <message>
            <source>Collector</source>
            <translation>催收员</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>天数</translation>
        </message>
        <message>
            <source>Due from the first of the month to the working day and not received</source>
            <translation>本月1日至工作日已到期、尚未收到的金额（当月该到未到）</translation>
        </message>
        <message>
            <source>Due from the first of the month to the working day and not received (当月该到未到)</source>
            <translation type="vanished">本月1日至工作日已到期、尚未收到的金额（当月该到未到）</translation>
        </message>
        <message>
            <source>Due this month (¥)</source>
            <translation>当月未到（元）</translation>
        </message>
        <message>
            <source>Last contact</source>
            <translation>最近联系</translation>
        </message>
        <message>
            <source>Level · action</source>
            <translation>级别 · 动作</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Overdue (¥)</source>
            <translation>逾期（元）</translation>
        </message>
        <message>
            <source>Procedure</source>
            <translation>程序</translation>
        </message>
        <message>
            <source>Promise</source>
            <translation>承诺付款</translation>
        </message>
        <message>
            <source>Promised {amount} by {date}</source>
            <translation>承诺在 {date} 前支付 {amount}</translation>
        </message>
        <message>
            <source>Promises to pay broken since this debt fell due</source>
            <translation>本笔欠款到期以来违约的付款承诺次数</translation>
        </message>
        <message>
            <source>The day the task asks to be worked: the follow-up date of the last contact, else the day it fell due</source>
            <translation>任务应处理的日期：最近一次联系约定的跟进日期，否则为任务到期日</translation>
        </message>
        <message>
            <source>Tone</source>
            <translation>语气</translation>
        </message>
        <message>
            <source>Work on</source>
            <translation>处理日期</translation>
        </message>
        <message numerus="yes">
            <source>{n} failed attempt at the top levels: the ladder proposes handing the debt over to legal; accept it in the customer&apos;s file</source>
            <comment>{n} failed attempts at the top levels: the ladder proposes handing the debt over to legal; accept it in the customer&apos;s file</comment>
            <translation>
                <numerusform>最高级别已催收 {n} 次未果：催收流程建议把欠款移交法务；可在客户的催收档案中接受</numerusform>
            </translation>
        </message>
        <message>
            <source>{n} failed attempts at the top levels: the ladder proposes handing the debt over to legal; accept it in the customer&apos;s file</source>
            <translation type="vanished">最高级别已催收 {n} 次未果：催收流程建议把欠款移交法务；可在客户的催收档案中接受</translation>
        </message>
    </context>
</TS>
