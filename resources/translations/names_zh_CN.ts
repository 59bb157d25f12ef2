<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>AgingBasis</name>
        <message>
            <source>By due date</source>
            <translation>按到期日</translation>
        </message>
        <message>
            <source>By invoice date</source>
            <translation>按开单日</translation>
        </message>
    </context>
    <context>
        <name>AgingView</name>
        <message>
            <source>By category</source>
            <translation>按客户类别</translation>
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
            <translation>按应收单</translation>
        </message>
    </context>
    <context>
        <name>BankAccountSource</name>
        <message>
            <source>Imported</source>
            <translation>导入</translation>
        </message>
        <message>
            <source>Learned from a match</source>
            <translation>匹配时学到</translation>
        </message>
        <message>
            <source>Typed in</source>
            <translation>手工录入</translation>
        </message>
    </context>
    <context>
        <name>BankDirection</name>
        <message>
            <source>In</source>
            <translation>收入</translation>
        </message>
        <message>
            <source>Out</source>
            <translation>支出</translation>
        </message>
    </context>
    <context>
        <name>BankField</name>
        <message>
            <source>Amount (signed)</source>
            <translation>金额（带符号）</translation>
        </message>
        <message>
            <source>Balance</source>
            <translation>余额</translation>
        </message>
        <message>
            <source>Bank serial number</source>
            <translation>流水号</translation>
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
            <source>Counterparty name</source>
            <translation>对方户名</translation>
        </message>
        <message>
            <source>Credit (in)</source>
            <translation>贷方发生额（收入）</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>交易日期</translation>
        </message>
        <message>
            <source>Debit (out)</source>
            <translation>借方发生额（支出）</translation>
        </message>
        <message>
            <source>Debit/credit flag</source>
            <translation>借贷标志</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>摘要</translation>
        </message>
        <message>
            <source>Not imported</source>
            <translation>不导入</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>用途</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>参考号</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>交易时间</translation>
        </message>
    </context>
    <context>
        <name>BankLineStatus</name>
        <message>
            <source>All</source>
            <translation>全部</translation>
        </message>
        <message>
            <source>Booked</source>
            <translation>已记账</translation>
        </message>
        <message>
            <source>Ignored</source>
            <translation>已忽略</translation>
        </message>
        <message>
            <source>Matched</source>
            <translation>已匹配</translation>
        </message>
        <message>
            <source>Unmatched</source>
            <translation>未匹配</translation>
        </message>
    </context>
    <context>
        <name>BankProfile</name>
        <message>
            <source>Agricultural Bank of China</source>
            <translation>农业银行</translation>
        </message>
        <message>
            <source>Bank of China</source>
            <translation>中国银行</translation>
        </message>
        <message>
            <source>China Construction Bank</source>
            <translation>建设银行</translation>
        </message>
        <message>
            <source>China Merchants Bank</source>
            <translation>招商银行</translation>
        </message>
        <message>
            <source>Generic</source>
            <translation>通用格式</translation>
        </message>
        <message>
            <source>ICBC</source>
            <translation>工商银行</translation>
        </message>
    </context>
    <context>
        <name>BookEntryStatus</name>
        <message>
            <source>Posted</source>
            <translation>已记账</translation>
        </message>
        <message>
            <source>Void</source>
            <translation>已作废</translation>
        </message>
    </context>
    <context>
        <name>CompanyImageKind</name>
        <message>
            <source>Collection QR code</source>
            <translation>收款码</translation>
        </message>
        <message>
            <source>Company seal</source>
            <translation>印章</translation>
        </message>
        <message>
            <source>Logo</source>
            <translation>标志</translation>
        </message>
    </context>
    <context>
        <name>ContactMethod</name>
        <message>
            <source>E-mail</source>
            <translation>电子邮件</translation>
        </message>
        <message>
            <source>Letter</source>
            <translation>信函</translation>
        </message>
        <message>
            <source>Phone call</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>SMS</source>
            <translation>短信</translation>
        </message>
        <message>
            <source>Visit</source>
            <translation>上门拜访</translation>
        </message>
        <message>
            <source>WeChat</source>
            <translation>微信</translation>
        </message>
    </context>
    <context>
        <name>CreditLimit</name>
        <message>
            <source>No limit</source>
            <translation>不限</translation>
        </message>
    </context>
    <context>
        <name>CreditNoteStatus</name>
        <message>
            <source>Issued</source>
            <translation>已开具</translation>
        </message>
        <message>
            <source>Void</source>
            <translation>已作废</translation>
        </message>
    </context>
    <context>
        <name>CustomerKind</name>
        <message>
            <source>Agent</source>
            <translation>代理商</translation>
        </message>
        <message>
            <source>Enterprise</source>
            <translation>企业</translation>
        </message>
        <message>
            <source>Individual</source>
            <translation>个人</translation>
        </message>
        <message>
            <source>Property owner</source>
            <translation>业主</translation>
        </message>
        <message>
            <source>Tenant</source>
            <translation>租户</translation>
        </message>
    </context>
    <context>
        <name>CustomerStatus</name>
        <message>
            <source>Active</source>
            <translation>正常</translation>
        </message>
        <message>
            <source>Blacklisted</source>
            <translation>黑名单</translation>
        </message>
        <message>
            <source>On hold</source>
            <translation>暂停赊销</translation>
        </message>
    </context>
    <context>
        <name>DisputeStatus</name>
        <message>
            <source>Resolved</source>
            <translation>已解决</translation>
        </message>
        <message>
            <source>Unresolved</source>
            <translation>未解决</translation>
        </message>
    </context>
    <context>
        <name>DocumentKind</name>
        <message>
            <source>Letter</source>
            <translation>信函</translation>
        </message>
        <message>
            <source>Receipt voucher</source>
            <translation>收据</translation>
        </message>
        <message>
            <source>Statement of account</source>
            <translation>对账单</translation>
        </message>
    </context>
    <context>
        <name>ExtensionStatus</name>
        <message>
            <source>Approved</source>
            <translation>已批准</translation>
        </message>
        <message>
            <source>Awaiting decision</source>
            <translation>待审批</translation>
        </message>
        <message>
            <source>Refused</source>
            <translation>已拒绝</translation>
        </message>
    </context>
    <context>
        <name>HoldReason</name>
        <message>
            <source>Due date extended</source>
            <translation>已延期</translation>
        </message>
        <message>
            <source>Invoice disputed</source>
            <translation>应收单有争议</translation>
        </message>
        <message>
            <source>Payment plan in force</source>
            <translation>还款计划执行中</translation>
        </message>
        <message>
            <source>Promise to pay in force</source>
            <translation>付款承诺期内</translation>
        </message>
    </context>
    <context>
        <name>InstalmentStatus</name>
        <message>
            <source>Missed</source>
            <translation>逾期未付</translation>
        </message>
        <message>
            <source>Not yet paid</source>
            <translation>未付</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>已收清</translation>
        </message>
    </context>
    <context>
        <name>InvoiceStatus</name>
        <message>
            <source>All statuses</source>
            <translation>全部状态</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>草稿</translation>
        </message>
        <message>
            <source>Not paid in full</source>
            <translation>未收清</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>已收清</translation>
        </message>
        <message>
            <source>Partly paid</source>
            <translation>部分收款</translation>
        </message>
        <message>
            <source>Unpaid</source>
            <translation>未收款</translation>
        </message>
        <message>
            <source>Void</source>
            <translation>已作废</translation>
        </message>
        <message>
            <source>Written off</source>
            <translation>已核销坏账</translation>
        </message>
    </context>
    <context>
        <name>LedgerEntryKind</name>
        <message>
            <source>Advance received</source>
            <translation>预收款</translation>
        </message>
        <message>
            <source>Open invoice</source>
            <translation>未收应收单</translation>
        </message>
        <message>
            <source>Opening balance</source>
            <translation>期初余额</translation>
        </message>
    </context>
    <context>
        <name>LevelAction</name>
        <message>
            <source>Legal action</source>
            <translation>法律行动</translation>
        </message>
    </context>
    <context>
        <name>LevelTone</name>
        <message>
            <source>Firm</source>
            <translation>坚定</translation>
        </message>
        <message>
            <source>Formal (legal)</source>
            <translation>正式（法律）</translation>
        </message>
        <message>
            <source>Friendly</source>
            <translation>友好</translation>
        </message>
        <message>
            <source>Serious</source>
            <translation>严肃</translation>
        </message>
        <message>
            <source>Urgent</source>
            <translation>紧急</translation>
        </message>
    </context>
    <context>
        <name>MailSecurity</name>
        <message>
            <source>None (unencrypted)</source>
            <translation>不加密</translation>
        </message>
        <message>
            <source>SSL/TLS</source>
            <translation>SSL/TLS</translation>
        </message>
        <message>
            <source>STARTTLS</source>
            <translation>STARTTLS</translation>
        </message>
    </context>
    <context>
        <name>MatchRule</name>
        <message>
            <source>By hand</source>
            <translation>手工匹配</translation>
        </message>
        <message>
            <source>Customer code</source>
            <translation>客户编号</translation>
        </message>
        <message>
            <source>Exact amount</source>
            <translation>金额一致</translation>
        </message>
        <message>
            <source>Invoice number</source>
            <translation>应收单号</translation>
        </message>
        <message>
            <source>Oldest invoices&apos; sum</source>
            <translation>最早几张合计</translation>
        </message>
        <message>
            <source>Payer&apos;s account</source>
            <translation>付款账号</translation>
        </message>
        <message>
            <source>Payer&apos;s name</source>
            <translation>付款户名</translation>
        </message>
        <message>
            <source>Receipt already recorded</source>
            <translation>已录收款</translation>
        </message>
        <message>
            <source>Sum of invoices</source>
            <translation>几张合计</translation>
        </message>
    </context>
    <context>
        <name>NonpaymentReason</name>
        <message>
            <source>Cannot be reached</source>
            <translation>联系不上</translation>
        </message>
        <message>
            <source>Disputes the quality</source>
            <translation>质量异议</translation>
        </message>
        <message>
            <source>No funds</source>
            <translation>资金不足</translation>
        </message>
        <message>
            <source>None given</source>
            <translation>未注明</translation>
        </message>
        <message>
            <source>Refuses to pay</source>
            <translation>拒绝付款</translation>
        </message>
        <message>
            <source>Waiting for approval</source>
            <translation>等待审批</translation>
        </message>
    </context>
    <context>
        <name>OnboardingFile</name>
        <message>
            <source>Customers</source>
            <translation>客户资料</translation>
        </message>
        <message>
            <source>Receivable ledger</source>
            <translation>应收台账</translation>
        </message>
    </context>
    <context>
        <name>Parentheses</name>
        <message>
            <source>{word} ({note})</source>
            <translation>{word}（{note}）</translation>
        </message>
    </context>
    <context>
        <name>PaymentMethod</name>
        <message>
            <source>Alipay</source>
            <translation>支付宝</translation>
        </message>
        <message>
            <source>All methods</source>
            <translation>全部方式</translation>
        </message>
        <message>
            <source>Bank acceptance bill</source>
            <translation>承兑汇票</translation>
        </message>
        <message>
            <source>Bank card</source>
            <translation>银行卡</translation>
        </message>
        <message>
            <source>Bank transfer</source>
            <translation>银行转账</translation>
        </message>
        <message>
            <source>Cash</source>
            <translation>现金</translation>
        </message>
        <message>
            <source>Cheque</source>
            <translation>支票</translation>
        </message>
        <message>
            <source>WeChat Pay</source>
            <translation>微信支付</translation>
        </message>
    </context>
    <context>
        <name>PlanStatus</name>
        <message>
            <source>Broken</source>
            <translation>已违约</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>已取消</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>已完成</translation>
        </message>
        <message>
            <source>In force</source>
            <translation>执行中</translation>
        </message>
    </context>
    <context>
        <name>Procedure</name>
        <message>
            <source>General procedure</source>
            <translation>一般程序</translation>
        </message>
        <message>
            <source>Key procedure</source>
            <translation>重点程序</translation>
        </message>
        <message>
            <source>Reminder only</source>
            <translation>仅提醒</translation>
        </message>
    </context>
    <context>
        <name>PromiseStatus</name>
        <message>
            <source>Broken</source>
            <translation>已违约</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>已取消</translation>
        </message>
        <message>
            <source>Kept</source>
            <translation>已兑现</translation>
        </message>
        <message>
            <source>Not yet due</source>
            <translation>未到期</translation>
        </message>
    </context>
    <context>
        <name>QueueBucket</name>
        <message>
            <source>All</source>
            <translation>全部</translation>
        </message>
        <message>
            <source>Due this month, not received</source>
            <translation>当月该到未到</translation>
        </message>
        <message>
            <source>Mine</source>
            <translation>我的</translation>
        </message>
        <message>
            <source>Overdue tasks</source>
            <translation>逾期任务</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>今日</translation>
        </message>
        <message>
            <source>Upcoming</source>
            <translation>即将处理</translation>
        </message>
    </context>
    <context>
        <name>ReceiptStatus</name>
        <message>
            <source>All statuses</source>
            <translation>全部状态</translation>
        </message>
        <message>
            <source>Posted</source>
            <translation>已入账</translation>
        </message>
        <message>
            <source>Reversed</source>
            <translation>已冲销</translation>
        </message>
        <message>
            <source>With unallocated credit</source>
            <translation>有未核销余额</translation>
        </message>
    </context>
    <context>
        <name>ResponsibleRole</name>
        <message>
            <source>Legal counsel</source>
            <translation>法务</translation>
        </message>
        <message>
            <source>Sales</source>
            <translation>销售</translation>
        </message>
    </context>
    <context>
        <name>StatementEntry</name>
        <message>
            <source>Credit note</source>
            <translation>贷项通知单</translation>
        </message>
        <message>
            <source>Credit note voided</source>
            <translation>贷项通知单作废</translation>
        </message>
        <message>
            <source>Invoice</source>
            <translation>应收单</translation>
        </message>
        <message>
            <source>Invoice voided</source>
            <translation>应收单作废</translation>
        </message>
        <message>
            <source>Payment received</source>
            <translation>收款</translation>
        </message>
        <message>
            <source>Payment reversed</source>
            <translation>收款冲销</translation>
        </message>
    </context>
    <context>
        <name>StatusEvent</name>
        <message>
            <source>Handed over to a collection agency</source>
            <translation>已移交催收机构</translation>
        </message>
        <message>
            <source>Handed over to legal</source>
            <translation>已移交法务</translation>
        </message>
        <message>
            <source>New credit sales suspended</source>
            <translation>暂停赊销</translation>
        </message>
    </context>
    <context>
        <name>TaskProposal</name>
        <message>
            <source>Legal hand-over proposed</source>
            <translation>建议转交法务</translation>
        </message>
    </context>
    <context>
        <name>TaskReason</name>
        <message>
            <source>Added by hand</source>
            <translation>手工添加</translation>
        </message>
        <message>
            <source>Broken promise</source>
            <translation>承诺违约</translation>
        </message>
        <message>
            <source>Escalated by hand</source>
            <translation>手工升级</translation>
        </message>
        <message>
            <source>Ladder</source>
            <translation>按流程</translation>
        </message>
        <message>
            <source>Missed instalment</source>
            <translation>分期未付</translation>
        </message>
    </context>
    <context>
        <name>TaskStatus</name>
        <message>
            <source>Cancelled</source>
            <translation>已取消</translation>
        </message>
        <message>
            <source>Closed (paid)</source>
            <translation>已结清关闭</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>已完成</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>暂停</translation>
        </message>
        <message>
            <source>Superseded</source>
            <translation>已由新任务接替</translation>
        </message>
        <message>
            <source>To do</source>
            <translation>待处理</translation>
        </message>
    </context>
    <context>
        <name>TemplateCode</name>
        <message>
            <source>Final demand</source>
            <translation>最后催告函</translation>
        </message>
        <message>
            <source>Lawyer&apos;s letter</source>
            <translation>律师函</translation>
        </message>
        <message>
            <source>Overdue payment reminder</source>
            <translation>催款函</translation>
        </message>
        <message>
            <source>Payment plan letter</source>
            <translation>还款计划函</translation>
        </message>
        <message>
            <source>Payment reminder</source>
            <translation>付款提醒函</translation>
        </message>
    </context>
    <context>
        <name>UserRole</name>
        <message>
            <source>Administrator</source>
            <translation>系统管理员</translation>
        </message>
        <message>
            <source>Bookkeeper</source>
            <translation>会计</translation>
        </message>
        <message>
            <source>Cashier</source>
            <translation>收银员</translation>
        </message>
        <message>
            <source>Collector</source>
            <translation>催收员</translation>
        </message>
        <message>
            <source>Finance manager</source>
            <translation>财务负责人</translation>
        </message>
        <message>
            <source>Viewer (read only)</source>
            <translation>查阅员（只读）</translation>
        </message>
    </context>
</TS>
