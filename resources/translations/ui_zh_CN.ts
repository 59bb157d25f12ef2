<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>AllocationModel</name>
        <message>
            <source>Allocate (¥)</source>
            <translation>本次核销（元）</translation>
        </message>
        <message>
            <source>Double-click to change the amount allocated to this invoice</source>
            <translation>双击可修改核销到这张应收单的金额</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>到期日</translation>
        </message>
        <message>
            <source>Invoice no.</source>
            <translation>应收单号</translation>
        </message>
        <message>
            <source>Issue date</source>
            <translation>开单日期</translation>
        </message>
        <message>
            <source>Left open (¥)</source>
            <translation>核销后未收（元）</translation>
        </message>
        <message>
            <source>Open (¥)</source>
            <translation>未收（元）</translation>
        </message>
        <message>
            <source>{amount} is more than the {open} open on invoice {number}</source>
            <translation>{amount} 超过了应收单 {number} 的未收金额 {open}</translation>
        </message>
    </context>
    <context>
        <name>AllocationPanel</name>
        <message>
            <source>; </source>
            <translation>；</translation>
        </message>
        <message>
            <source>&lt;b&gt;{left}&lt;/b&gt; remains the customer&apos;s credit</source>
            <translation>&lt;b&gt;{left}&lt;/b&gt; 仍为客户预收款</translation>
        </message>
        <message>
            <source>&lt;b&gt;{left}&lt;/b&gt; stays with the customer as credit</source>
            <translation>&lt;b&gt;{left}&lt;/b&gt; 转为客户预收款</translation>
        </message>
        <message>
            <source>Allocate nothing</source>
            <translation>全部不核销</translation>
        </message>
        <message>
            <source>Allocate oldest first</source>
            <translation>按到期日重新核销</translation>
        </message>
        <message numerus="yes">
            <source>Allocated {allocated} to {count} invoice</source>
            <comment>Allocated {allocated} to {count} invoices</comment>
            <translation>
                <numerusform>已核销 {allocated}，涉及 {count} 张应收单</numerusform>
            </translation>
        </message>
        <message>
            <source>Allocated {allocated}: {over} more than the credit held</source>
            <translation>已核销 {allocated}：比可用预收款多 {over}</translation>
        </message>
        <message>
            <source>Allocated {allocated}: {over} more than the receipt</source>
            <translation>已核销 {allocated}：比收款金额多 {over}</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>正在取消…</translation>
        </message>
        <message>
            <source>Cannot open the database {where}: {error}</source>
            <translation>无法打开数据库 {where}：{error}</translation>
        </message>
        <message>
            <source>Demo data</source>
            <translation>演示数据</translation>
        </message>
        <message>
            <source>Empty books</source>
            <translation>空账套</translation>
        </message>
        <message>
            <source>First start</source>
            <translation>首次启动</translation>
        </message>
        <message>
            <source>The books are empty: creating demo customers, invoices and receipts…</source>
            <translation>账套为空：正在生成演示用的客户、应收单和收款…</translation>
        </message>
        <message>
            <source>The demo data could not be created: {error}</source>
            <translation>无法生成演示数据：{error}</translation>
        </message>
        <message>
            <source>There is no display (DISPLAY and WAYLAND_DISPLAY are not set), so the window cannot open. The command line works without one; &apos;arapp screenshot --out DIR&apos; draws the window to PNG files.</source>
            <translation>没有可用的显示器（未设置 DISPLAY 和 WAYLAND_DISPLAY），无法打开窗口。命令行无需显示器即可使用；“arapp screenshot --out 目录”可把窗口绘制为 PNG 图片。</translation>
        </message>
        <message>
            <source>These books have no customers yet. Open the demo books to try arapp? They are a file of their own, with an invented property-management and trading company (the window says Demo data while they are open); your books stay as they are, and File → Recent books brings you back to them.

Choose No to start your own books.</source>
            <translation>这套账还没有客户。要打开演示账套试用 arapp 吗？演示账套是单独的文件，内容是一家虚构的物业管理与贸易公司（打开时窗口标明“演示数据”）；您的账套保持原样，可通过“文件 → 最近的账套”回到它。

选择“否”开始建立您自己的账套。</translation>
        </message>
        <message>
            <source>This database has no customers yet. Fill it with demo data (a property-management and trading company) to try arapp?

Choose No to start your own books.</source>
            <translation type="vanished">这个数据库还没有客户。要填入演示数据（一家物业管理兼贸易公司）来试用 arapp 吗？

选“否”则开始建立您自己的账。</translation>
        </message>
        <message>
            <source>Upgrading the database (a backup copy is made first)…</source>
            <translation>正在升级数据库（先备份一份）…</translation>
        </message>
        <message>
            <source>Upgrading the database on the server (arapp makes no backup copy of a PostgreSQL database: the server&apos;s own backups apply)…</source>
            <translation>正在升级服务器上的数据库（arapp 不为 PostgreSQL 数据库另做备份副本，以服务器自己的备份为准）…</translation>
        </message>
        <message>
            <source>arapp cannot start</source>
            <translation>arapp 无法启动</translation>
        </message>
    </context>
    <context>
        <name>ContactPersonDialog</name>
        <message>
            <source>E-mail</source>
            <translation>电子邮箱</translation>
        </message>
        <message>
            <source>Edit contact person</source>
            <translation>编辑联系人</translation>
        </message>
        <message>
            <source>Name *</source>
            <translation>姓名 *</translation>
        </message>
        <message>
            <source>New contact person</source>
            <translation>新增联系人</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>Primary contact</source>
            <translation>主要联系人</translation>
        </message>
        <message>
            <source>The person to call first</source>
            <translation>优先联系此人</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>职务</translation>
        </message>
        <message>
            <source>e.g. finance manager</source>
            <translation>例如 财务经理</translation>
        </message>
    </context>
    <context>
        <name>ContactsBox</name>
        <message>
            <source>Add…</source>
            <translation>添加…</translation>
        </message>
        <message>
            <source>Contact persons</source>
            <translation>联系人</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>电子邮箱</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>编辑…</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>Primary</source>
            <translation>主要</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>删除</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>职务</translation>
        </message>
        <message>
            <source>★ primary</source>
            <translation>★ 主要</translation>
        </message>
    </context>
    <context>
        <name>CustomerDetail</name>
        <message>
            <source>Address</source>
            <translation>地址</translation>
        </message>
        <message>
            <source>Aliases (names on bank statements)</source>
            <translation>别名（银行流水上的户名）</translation>
        </message>
        <message>
            <source>Balance today</source>
            <translation>今日余额</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>分类</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>联系人</translation>
        </message>
        <message>
            <source>Credit limit</source>
            <translation>信用额度</translation>
        </message>
        <message>
            <source>Credit rating</source>
            <translation>信用等级</translation>
        </message>
        <message>
            <source>Documents</source>
            <translation>文档</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>电子邮箱</translation>
        </message>
        <message>
            <source>Make the customer&apos;s statement of account for a period</source>
            <translation>生成客户某一期间的对账单</translation>
        </message>
        <message>
            <source>Master data</source>
            <translation>基本资料</translation>
        </message>
        <message>
            <source>Net balance</source>
            <translation>净余额</translation>
        </message>
        <message>
            <source>No limit</source>
            <translation type="vanished">不限</translation>
        </message>
        <message>
            <source>None</source>
            <translation>无</translation>
        </message>
        <message>
            <source>Open invoices</source>
            <translation>未结应收</translation>
        </message>
        <message>
            <source>Open items</source>
            <translation>未结应收单</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>逾期</translation>
        </message>
        <message>
            <source>Payment terms</source>
            <translation>账期</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>Prepaid {amount}</source>
            <translation>预收 {amount}</translation>
        </message>
        <message>
            <source>Select a customer to see the details.</source>
            <translation>请选择一个客户查看详情。</translation>
        </message>
        <message>
            <source>Statement of account…</source>
            <translation>对账单…</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Tax ID</source>
            <translation>税号</translation>
        </message>
        <message>
            <source>The customer has paid more than it owes; the credit goes to its next invoices</source>
            <translation>客户多付了款项（预收），将冲抵其后续应收单</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Unapplied credit</source>
            <translation>未核销预收款</translation>
        </message>
        <message numerus="yes">
            <source>{count} open invoice, {open} open, of which {overdue} overdue</source>
            <comment>{count} open invoices, {open} open, of which {overdue} overdue</comment>
            <translation>
                <numerusform>共 {count} 张未结应收单，未收 {open}，其中逾期 {overdue}</numerusform>
            </translation>
        </message>
        <message>
            <source>{count} open invoices, {open} open, of which {overdue} overdue</source>
            <translation type="vanished">共 {count} 张未结应收单，未收 {open}，其中逾期 {overdue}</translation>
        </message>
        <message>
            <source>{days} days</source>
            <translation type="vanished">{days} 天</translation>
        </message>
        <message numerus="yes">
            <source>{n} day</source>
            <comment>{n} days</comment>
            <translation>
                <numerusform>{n} 天</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CustomerDialog</name>
        <message>
            <source>&apos;{value}&apos; is not an e-mail address</source>
            <translation>“{value}”不是有效的电子邮箱地址</translation>
        </message>
        <message>
            <source>(nobody)</source>
            <translation>（未指定）</translation>
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
            <source>Category</source>
            <translation>分类</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>客户编码</translation>
        </message>
        <message>
            <source>Collector</source>
            <translation>催收员</translation>
        </message>
        <message>
            <source>Company or person, as on the contract</source>
            <translation>与合同一致的单位或个人名称</translation>
        </message>
        <message>
            <source>Credit and collection</source>
            <translation>信用与催收</translation>
        </message>
        <message>
            <source>Credit limit</source>
            <translation>信用额度</translation>
        </message>
        <message>
            <source>Credit limit (¥)</source>
            <translation>信用额度（元）</translation>
        </message>
        <message>
            <source>Credit rating</source>
            <translation>信用等级</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>客户资料</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>电子邮箱</translation>
        </message>
        <message>
            <source>Edit customer</source>
            <translation>编辑客户</translation>
        </message>
        <message>
            <source>Enter the payment terms as a whole number of days</source>
            <translation>账期请填写整数天数</translation>
        </message>
        <message>
            <source>Leave blank for the next number</source>
            <translation>留空则自动编号</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>客户名称</translation>
        </message>
        <message>
            <source>Name *</source>
            <translation>客户名称 *</translation>
        </message>
        <message>
            <source>Names this customer uses on bank statements, one per line.</source>
            <translation>客户在银行流水上使用的户名，每行一个。</translation>
        </message>
        <message>
            <source>New customer</source>
            <translation>新增客户</translation>
        </message>
        <message>
            <source>No limit</source>
            <translation type="vanished">不限</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Only a manager sets the credit rating, limit and status (permission credit.approve).</source>
            <translation>信用等级、信用额度和状态只能由主管设置（需要 credit.approve 权限）。</translation>
        </message>
        <message>
            <source>Payment terms</source>
            <translation>账期</translation>
        </message>
        <message>
            <source>Payment terms (days)</source>
            <translation>账期（天）</translation>
        </message>
        <message>
            <source>Payment terms must be from 0 to 3650 days</source>
            <translation>账期必须在 0 到 3650 天之间</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Tax ID</source>
            <translation>税号</translation>
        </message>
        <message>
            <source>The code cannot be blank</source>
            <translation>客户编码不能为空</translation>
        </message>
        <message>
            <source>The name is required</source>
            <translation>客户名称不能为空</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>{field}: {message}</source>
            <translation>{field}：{message}</translation>
        </message>
    </context>
    <context>
        <name>CustomerFilteredList</name>
        <message>
            <source>Customer: {name}  ✕</source>
            <translation>客户：{name}  ✕</translation>
        </message>
        <message>
            <source>Show all customers</source>
            <translation>显示全部客户</translation>
        </message>
    </context>
    <context>
        <name>CustomerPicker</name>
        <message>
            <source>Type a code, name, alias or phone</source>
            <translation>输入客户编码、名称、别名或电话</translation>
        </message>
    </context>
    <context>
        <name>CustomerStatus</name>
        <message>
            <source>In legal proceedings</source>
            <translation type="vanished">法律程序中</translation>
        </message>
    </context>
    <context>
        <name>CustomersTab</name>
        <message>
            <source>Allocate the customer&apos;s unapplied receipts and credit notes to open invoices</source>
            <translation>将客户未核销的收款和贷项通知单核销到未结应收单</translation>
        </message>
        <message>
            <source>Apply credit…</source>
            <translation>核销预收…</translation>
        </message>
        <message>
            <source>Click a column to sort by it (balance and overdue: largest first)</source>
            <translation>点击列标题排序（余额和逾期：从大到小）</translation>
        </message>
        <message>
            <source>Credit assessment: suggested rating and the manager&apos;s decision</source>
            <translation>信用评估：建议等级与经理的决定</translation>
        </message>
        <message>
            <source>Credit note…</source>
            <translation>开贷项…</translation>
        </message>
        <message>
            <source>Credit…</source>
            <translation>信用评估…</translation>
        </message>
        <message>
            <source>Customers</source>
            <translation>客户</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>编辑</translation>
        </message>
        <message>
            <source>Invoices</source>
            <translation>应收单</translation>
        </message>
        <message>
            <source>List only the customers with an amount past its due date</source>
            <translation>只列出有逾期款项的客户</translation>
        </message>
        <message>
            <source>New customer</source>
            <translation>新增客户</translation>
        </message>
        <message>
            <source>New invoice</source>
            <translation>新建应收单</translation>
        </message>
        <message>
            <source>Overdue only</source>
            <translation>只看逾期</translation>
        </message>
        <message>
            <source>Saved customer {code} {name}</source>
            <translation>已保存客户 {code} {name}</translation>
        </message>
        <message>
            <source>Search code, name, alias or phone</source>
            <translation>搜索编码、名称、别名或电话</translation>
        </message>
        <message>
            <source>Statement of account…</source>
            <translation>对账单…</translation>
        </message>
        <message>
            <source>Take payment</source>
            <translation>收款</translation>
        </message>
        <message numerus="yes">
            <source>{count} customer</source>
            <comment>{count} customers</comment>
            <translation>
                <numerusform>共 {count} 个客户</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{count} customer shown; scroll for more</source>
            <comment>{count} customers shown; scroll for more</comment>
            <translation>
                <numerusform>已显示 {count} 个客户，向下滚动加载更多</numerusform>
            </translation>
        </message>
        <message>
            <source>{count} customers</source>
            <translation type="vanished">共 {count} 个客户</translation>
        </message>
        <message>
            <source>{count} customers shown; scroll for more</source>
            <translation type="vanished">已显示 {count} 个客户，向下滚动加载更多</translation>
        </message>
    </context>
    <context>
        <name>DocumentBatchDialog</name>
        <message>
            <source>All levels</source>
            <translation>全部级别</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>浏览…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Cancelled: nothing was archived and no file was left behind.</source>
            <translation>已取消：没有归档任何文档，也没有留下文件。</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>正在取消…</translation>
        </message>
        <message>
            <source>Cannot read {path}: {reason}</source>
            <translation>无法读取 {path}：{reason}</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>日期</translation>
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
            <source>From</source>
            <translation>起始日期</translation>
        </message>
        <message>
            <source>Letter</source>
            <translation>信函</translation>
        </message>
        <message>
            <source>Letters</source>
            <translation>催款函</translation>
        </message>
        <message>
            <source>Letters due</source>
            <translation>待发催款函</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>级别</translation>
        </message>
        <message>
            <source>Level {n}</source>
            <translation>第 {n} 级</translation>
        </message>
        <message>
            <source>Make</source>
            <translation>生成</translation>
        </message>
        <message>
            <source>Making the documents…</source>
            <translation>正在生成文档…</translation>
        </message>
        <message>
            <source>Name the file or folder the batch is written to.</source>
            <translation>请指定批量文档写入的文件或文件夹。</translation>
        </message>
        <message>
            <source>No customer has a balance or activity in the period.</source>
            <translation>本期间没有客户有余额或发生额。</translation>
        </message>
        <message>
            <source>No letter is due on {day}.</source>
            <translation>{day} 没有待发的催款函。</translation>
        </message>
        <message>
            <source>No receipt was recorded on {day}.</source>
            <translation>{day} 没有登记收款。</translation>
        </message>
        <message>
            <source>Nothing was archived.</source>
            <translation>没有归档任何文档。</translation>
        </message>
        <message>
            <source>Nothing was made: the batch holds no document.</source>
            <translation>没有生成任何文档：本批次不含文档。</translation>
        </message>
        <message>
            <source>One combined PDF</source>
            <translation>合并为一个 PDF</translation>
        </message>
        <message>
            <source>One file per customer</source>
            <translation>每位客户一个文件</translation>
        </message>
        <message>
            <source>Open in the preview</source>
            <translation>在预览中打开</translation>
        </message>
        <message>
            <source>Open items only</source>
            <translation>仅列未结清项目</translation>
        </message>
        <message>
            <source>Output</source>
            <translation>输出</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF 文件 (*.pdf)</translation>
        </message>
        <message>
            <source>Reading what the batch holds…</source>
            <translation>正在读取本批次的内容…</translation>
        </message>
        <message>
            <source>Receipts</source>
            <translation>收据</translation>
        </message>
        <message>
            <source>Receipts of a day</source>
            <translation>当日收据</translation>
        </message>
        <message>
            <source>Save the batch as</source>
            <translation>批量文档另存为</translation>
        </message>
        <message>
            <source>Statements</source>
            <translation>对账单</translation>
        </message>
        <message>
            <source>Statements of account</source>
            <translation>对账单</translation>
        </message>
        <message>
            <source>The PDF that will hold every document</source>
            <translation>存放全部文档的 PDF 文件</translation>
        </message>
        <message>
            <source>The folder for the files</source>
            <translation>存放文件的文件夹</translation>
        </message>
        <message>
            <source>The folder that will hold one PDF per customer (made if it is not there)</source>
            <translation>每位客户一个 PDF 的存放文件夹（不存在时自动创建）</translation>
        </message>
        <message>
            <source>The period ends on {end}, before it starts on {start}.</source>
            <translation>期间结束日 {end} 早于起始日 {start}。</translation>
        </message>
        <message>
            <source>To</source>
            <translation>截止日期</translation>
        </message>
        <message>
            <source>Two copies on one page (stub and customer&apos;s copy)</source>
            <translation>一页两联（存根联和客户联）</translation>
        </message>
        <message numerus="yes">
            <source>in {n} file: {where}</source>
            <comment>in {n} files in {where}</comment>
            <translation>
                <numerusform>共 {n} 个文件，位于 {where}</numerusform>
            </translation>
        </message>
        <message>
            <source>{customer}: {reason}</source>
            <translation>{customer}：{reason}</translation>
        </message>
        <message>
            <source>{made}, {where}</source>
            <translation>{made}，{where}</translation>
        </message>
        <message numerus="yes">
            <source>{n} customer left out (below).</source>
            <comment>{n} customers left out (below).</comment>
            <translation>
                <numerusform>{n} 位客户未生成（见下）。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{n} customer with a balance or activity in the period gets a statement</source>
            <comment>{n} customers with a balance or activity in the period get a statement</comment>
            <translation>
                <numerusform>本期间有余额或发生额的 {n} 位客户将收到对账单</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{n} document made and archived</source>
            <comment>{n} documents made and archived</comment>
            <translation>
                <numerusform>已生成并归档 {n} 份文档</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{n} letter due on {day}, {amount} in all</source>
            <comment>{n} letters due on {day}, {amount} in all</comment>
            <translation>
                <numerusform>{day} 待发催款函 {n} 封，合计 {amount}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{n} receipt recorded on {day}</source>
            <comment>{n} receipts recorded on {day}</comment>
            <translation>
                <numerusform>{day} 登记收款 {n} 笔</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DocumentsList</name>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
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
            <source>No documents made yet.</source>
            <translation>尚未生成任何文档。</translation>
        </message>
        <message>
            <source>Not sent: {title}</source>
            <translation>未发送：{title}</translation>
        </message>
        <message>
            <source>Open document</source>
            <translation>打开文档</translation>
        </message>
        <message>
            <source>Open…</source>
            <translation>打开…</translation>
        </message>
        <message>
            <source>Pages</source>
            <translation>页数</translation>
        </message>
        <message>
            <source>Send by e-mail</source>
            <translation>通过电子邮件发送</translation>
        </message>
        <message>
            <source>Send by e-mail…</source>
            <translation>发送邮件…</translation>
        </message>
        <message>
            <source>Send the document to the customer&apos;s e-mail address as a PDF attachment</source>
            <translation>将文档作为 PDF 附件发送到客户的电子邮箱</translation>
        </message>
        <message>
            <source>Sent {title} to {to}</source>
            <translation>已将 {title} 发送至 {to}</translation>
        </message>
        <message>
            <source>Show the document again in the preview, to print or save it</source>
            <translation>在预览中再次查看文档，可打印或保存</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>模板版本</translation>
        </message>
        <message>
            <source>the mail server did not take it</source>
            <translation>邮件服务器未接收</translation>
        </message>
        <message>
            <source>v{n}</source>
            <translation>第 {n} 版</translation>
        </message>
        <message>
            <source>{title} was not sent: {why}</source>
            <translation>{title} 未发送：{why}</translation>
        </message>
    </context>
    <context>
        <name>EmptyState</name>
        <message>
            <source>Add a customer…</source>
            <translation>新增客户…</translation>
        </message>
        <message>
            <source>Add your first customer to start, bring your customers and your old receivable ledger in from Excel (File → Import), or open books you keep elsewhere. To try arapp first, click Open demo books (also in the File menu): an invented company in a file of its own; these books are not touched.</source>
            <translation>先添加第一个客户；或从 Excel 导入客户和原有的应收台账（文件 → 导入）；或打开别处保存的账套。想先试用本软件，请点击“打开演示账套”（文件菜单中也有）：一家虚构公司的账，单独一个文件，不会改动这套账。</translation>
        </message>
        <message>
            <source>Add your first customer to start, or open books you keep elsewhere. To try arapp first, click Open demo books (also in the File menu): an invented company in a file of its own; these books are not touched.</source>
            <translation type="vanished">先新增第一个客户，或打开已有的账套。想先试用：点击“打开演示账套”（“文件”菜单中也有），打开一家虚构公司的演示账套，它是单独的文件，不会改动当前账套。</translation>
        </message>
        <message>
            <source>Add your first customer to start, or open books you keep elsewhere. To try arapp on demo books first, run {command} in a terminal and open that file with File → Open books….</source>
            <translation type="vanished">先新增第一个客户，或打开已有的账套。想先用演示账套试用：在终端运行 {command}，再用“文件 → 打开账套…”打开该文件。</translation>
        </message>
        <message>
            <source>Import from Excel…</source>
            <translation>从 Excel 导入…</translation>
        </message>
        <message>
            <source>No customers yet</source>
            <translation>还没有客户</translation>
        </message>
        <message>
            <source>Open books…</source>
            <translation>打开账套…</translation>
        </message>
        <message>
            <source>Open demo books</source>
            <translation>打开演示账套</translation>
        </message>
    </context>
    <context>
        <name>InvoiceDetailWindow</name>
        <message>
            <source>(draft)</source>
            <translation>（草稿）</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <source>By</source>
            <translation>操作人</translation>
        </message>
        <message>
            <source>Close the open dispute with how it ended</source>
            <translation>填写处理结论，关闭未解决的争议</translation>
        </message>
        <message>
            <source>Closed by</source>
            <translation>解决人</translation>
        </message>
        <message>
            <source>Closed on</source>
            <translation>解决日期</translation>
        </message>
        <message>
            <source>Collection and disputes</source>
            <translation>催收与争议</translation>
        </message>
        <message>
            <source>Collection task</source>
            <translation>催收任务</translation>
        </message>
        <message>
            <source>Counts from</source>
            <translation>核销生效日</translation>
        </message>
        <message>
            <source>Credit note</source>
            <translation>贷项通知单</translation>
        </message>
        <message>
            <source>Credit note voided</source>
            <translation>贷项通知单作废</translation>
        </message>
        <message>
            <source>Credit notes</source>
            <translation>贷项通知单</translation>
        </message>
        <message>
            <source>Credit note…</source>
            <translation>开贷项…</translation>
        </message>
        <message>
            <source>Credited</source>
            <translation>贷项</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>客户</translation>
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
            <source>Disputed since {date}: {reason}</source>
            <translation>自 {date} 起有争议：{reason}</translation>
        </message>
        <message>
            <source>Disputes</source>
            <translation>争议</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>单据</translation>
        </message>
        <message>
            <source>Document date</source>
            <translation>单据日期</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>到期日</translation>
        </message>
        <message>
            <source>Extended to</source>
            <translation>延期至</translation>
        </message>
        <message>
            <source>From</source>
            <translation>来源</translation>
        </message>
        <message>
            <source>In force</source>
            <translation>有效</translation>
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
            <source>Invoice {number}</source>
            <translation>应收单 {number}</translation>
        </message>
        <message>
            <source>Invoice {number} · {status}</source>
            <translation>应收单 {number} · {status}</translation>
        </message>
        <message>
            <source>Issue a credit note against this invoice</source>
            <translation>针对本应收单开具贷项通知单（红字）</translation>
        </message>
        <message>
            <source>Issue date</source>
            <translation>开单日期</translation>
        </message>
        <message>
            <source>Lines</source>
            <translation>明细</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>正在加载…</translation>
        </message>
        <message>
            <source>Money received from the customer (receipts) on this invoice</source>
            <translation>本单已收到客户的款项（收款单）</translation>
        </message>
        <message>
            <source>No collection task: the invoice is not due for dunning, or its debt was settled.</source>
            <translation>没有催收任务：本单尚未到催收时间，或欠款已结清。</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>单号</translation>
        </message>
        <message>
            <source>Old ledger number</source>
            <translation>原单号</translation>
        </message>
        <message>
            <source>On this invoice</source>
            <translation>冲抵本单</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>未收</translation>
        </message>
        <message>
            <source>Open dispute…</source>
            <translation>登记争议…</translation>
        </message>
        <message>
            <source>Opened by</source>
            <translation>登记人</translation>
        </message>
        <message>
            <source>Opened on</source>
            <translation>提出日期</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation type="vanished">已收</translation>
        </message>
        <message>
            <source>Payments</source>
            <translation>核销记录</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>所属期间</translation>
        </message>
        <message>
            <source>Posted</source>
            <translation>已入账</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>Receipt</source>
            <translation>收款单</translation>
        </message>
        <message>
            <source>Receipt reversed</source>
            <translation>收款红字冲销</translation>
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
            <source>Resolve dispute…</source>
            <translation>解决争议…</translation>
        </message>
        <message>
            <source>Reversed on {date}</source>
            <translation>已于 {date} 冲销</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Task {id}: level {level}, {action}, {procedure} · {status} · since {created} · collector {collector}</source>
            <translation>任务 {id}：第 {level} 级，{action}，{procedure} · {status} · 自 {created} 起 · 催收员 {collector}</translation>
        </message>
        <message>
            <source>Tax</source>
            <translation>税额</translation>
        </message>
        <message>
            <source>The customer disputes this invoice: it leaves the dunning until resolved</source>
            <translation>客户对本应收单有异议：争议解决前不再催收</translation>
        </message>
        <message>
            <source>The customer&apos;s task works other invoices; this one is not in it yet.</source>
            <translation>该客户的催收任务针对其他应收单，本单尚未纳入。</translation>
        </message>
        <message>
            <source>The number the invoice had in the ledger it was imported from; customers may quote it</source>
            <translation>应收单在导入来源台账中的单号；客户付款时可能引用</translation>
        </message>
        <message>
            <source>Total</source>
            <translation type="vanished">金额合计</translation>
        </message>
        <message>
            <source>Total with tax</source>
            <translation>价税合计</translation>
        </message>
        <message>
            <source>Unapplied</source>
            <translation>未冲抵</translation>
        </message>
        <message>
            <source>Void credit note…</source>
            <translation>作废贷项…</translation>
        </message>
        <message>
            <source>Void reason</source>
            <translation>作废原因</translation>
        </message>
        <message>
            <source>Void the credit note selected in the payments or credit notes page</source>
            <translation>作废在“核销记录”或“贷项通知单”页中所选的贷项通知单</translation>
        </message>
        <message>
            <source>Voided on {date} by {user}: {reason}</source>
            <translation>{user} 于 {date} 作废：{reason}</translation>
        </message>
        <message>
            <source>Voids and reversals</source>
            <translation>作废与冲销</translation>
        </message>
        <message>
            <source>What</source>
            <translation>事项</translation>
        </message>
        <message>
            <source>What credit notes took off this invoice: no money was received for it</source>
            <translation>贷项通知单冲减本单的金额：并未收到款项</translation>
        </message>
        <message>
            <source>Why undone</source>
            <translation>撤销原因</translation>
        </message>
        <message>
            <source>nobody</source>
            <translation>无人</translation>
        </message>
        <message>
            <source>{number} · open {open}</source>
            <translation>{number} · 未收 {open}</translation>
        </message>
        <message numerus="yes">
            <source>{n} day overdue</source>
            <comment>{n} days overdue</comment>
            <translation>
                <numerusform>逾期 {n} 天</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>InvoiceDialog</name>
        <message>
            <source>A manager may post despite the credit hold, giving a reason</source>
            <translation>信用冻结时须由主管填写理由后特批过账</translation>
        </message>
        <message>
            <source>Add at least one line with a description and a price</source>
            <translation>请至少填写一行摘要和单价</translation>
        </message>
        <message>
            <source>Add line</source>
            <translation>添加行</translation>
        </message>
        <message>
            <source>Amount (¥)</source>
            <translation>金额（元）</translation>
        </message>
        <message>
            <source>Amount: {amount}</source>
            <translation>金额：{amount}</translation>
        </message>
        <message>
            <source>Choose a customer</source>
            <translation>请选择客户</translation>
        </message>
        <message>
            <source>Credit hold: {reasons}. Posting needs a manager&apos;s override.</source>
            <translation>信用冻结：{reasons}。过账需要主管特批。</translation>
        </message>
        <message>
            <source>Customer *</source>
            <translation>客户 *</translation>
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
            <source>Invoice</source>
            <translation>应收单</translation>
        </message>
        <message>
            <source>Issue date</source>
            <translation>开单日期</translation>
        </message>
        <message>
            <source>Line {line}: enter a description</source>
            <translation>第 {line} 行：请填写摘要</translation>
        </message>
        <message>
            <source>Line {line}: enter the unit price</source>
            <translation>第 {line} 行：请填写单价</translation>
        </message>
        <message>
            <source>Line {line}: the quantity &apos;{value}&apos; is not a number</source>
            <translation type="vanished">第 {line} 行：数量“{value}”不是数字</translation>
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
            <source>New invoice</source>
            <translation>新建应收单</translation>
        </message>
        <message>
            <source>No tax</source>
            <translation>不计税</translation>
        </message>
        <message>
            <source>Override reason</source>
            <translation>特批理由</translation>
        </message>
        <message numerus="yes">
            <source>Payment terms: {days} day</source>
            <comment>Payment terms: {days} days</comment>
            <translation>
                <numerusform>账期：{days} 天</numerusform>
            </translation>
        </message>
        <message>
            <source>Payment terms: {days} days</source>
            <translation type="vanished">账期：{days} 天</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>所属期间</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>数量</translation>
        </message>
        <message>
            <source>Remove line</source>
            <translation>删除行</translation>
        </message>
        <message>
            <source>Save and post</source>
            <translation>保存并过账</translation>
        </message>
        <message>
            <source>Save as draft</source>
            <translation>存为草稿</translation>
        </message>
        <message>
            <source>Tax (¥)</source>
            <translation>税额（元）</translation>
        </message>
        <message>
            <source>Tax rate</source>
            <translation>税率</translation>
        </message>
        <message>
            <source>Tax: {tax}</source>
            <translation>税额：{tax}</translation>
        </message>
        <message>
            <source>Total with tax (¥)</source>
            <translation>价税合计（元）</translation>
        </message>
        <message>
            <source>Total with tax: {total}</source>
            <translation>价税合计：{total}</translation>
        </message>
        <message>
            <source>Total: {total}</source>
            <translation type="vanished">合计：{total}</translation>
        </message>
        <message>
            <source>Unit price (¥)</source>
            <translation>单价（元）</translation>
        </message>
        <message>
            <source>e.g. 2026-11 (optional)</source>
            <translation>如 2026-11（可选）</translation>
        </message>
    </context>
    <context>
        <name>InvoiceStatus</name>
        <message>
            <source>Open</source>
            <translation type="vanished">未收</translation>
        </message>
        <message>
            <source>Open (unpaid or partly paid)</source>
            <translation type="vanished">未结清（未收或部分收款）</translation>
        </message>
    </context>
    <context>
        <name>InvoicesTab</name>
        <message>
            <source>Credit note…</source>
            <translation>开贷项…</translation>
        </message>
        <message>
            <source>Customer: {name}  ✕</source>
            <translation type="vanished">客户：{name}  ✕</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>详情</translation>
        </message>
        <message>
            <source>Draft invoice for {customer} saved ({total})</source>
            <translation>已保存 {customer} 的草稿应收单（{total}）</translation>
        </message>
        <message>
            <source>Everything about the selected invoice (or double-click it)</source>
            <translation>查看所选应收单的全部信息（也可双击）</translation>
        </message>
        <message>
            <source>Invoice {number} posted</source>
            <translation>应收单 {number} 已过账</translation>
        </message>
        <message>
            <source>Invoice {number} saved and posted ({total})</source>
            <translation>应收单 {number} 已保存并过账（{total}）</translation>
        </message>
        <message>
            <source>Invoice {number} voided</source>
            <translation>应收单 {number} 已作废</translation>
        </message>
        <message>
            <source>Invoices</source>
            <translation>应收单</translation>
        </message>
        <message>
            <source>Issue a credit note against the selected invoice, or for the customer shown</source>
            <translation>针对所选应收单（或当前筛选的客户）开具贷项通知单（红字）</translation>
        </message>
        <message>
            <source>Issued from</source>
            <translation>开单日期从</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>正在加载…</translation>
        </message>
        <message>
            <source>New invoice</source>
            <translation>新建应收单</translation>
        </message>
        <message>
            <source>Post</source>
            <translation>过账</translation>
        </message>
        <message>
            <source>Post invoice</source>
            <translation>过账</translation>
        </message>
        <message>
            <source>Post the draft for {customer} ({total})? A posted invoice gets its number and can no longer be changed, only voided.</source>
            <translation>确定为 {customer} 的草稿应收单（{total}）过账吗？过账后将取得正式单号，不能再修改，只能作废。</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <source>Search invoice no., customer code or name</source>
            <translation type="vanished">搜索单号、客户编码或名称</translation>
        </message>
        <message>
            <source>Search invoice no., old ledger no., customer code or name</source>
            <translation>搜索应收单号、原单号、客户编号或名称</translation>
        </message>
        <message>
            <source>Show all customers</source>
            <translation type="vanished">显示全部客户</translation>
        </message>
        <message>
            <source>Take payment</source>
            <translation>收款</translation>
        </message>
        <message>
            <source>Unpaid only</source>
            <translation>仅显示未结清</translation>
        </message>
        <message>
            <source>Void</source>
            <translation>作废</translation>
        </message>
        <message>
            <source>to</source>
            <translation>至</translation>
        </message>
        <message>
            <source>yyyy-mm-dd</source>
            <translation>年-月-日</translation>
        </message>
        <message>
            <source>{message}

Reason for the override:</source>
            <translation>{message}

特批理由：</translation>
        </message>
        <message numerus="yes">
            <source>{shown} invoice shown (counting…)</source>
            <comment>{shown} invoices shown (counting…)</comment>
            <translation>
                <numerusform>已显示 {shown} 张应收单（正在统计总数…）</numerusform>
            </translation>
        </message>
        <message>
            <source>{shown} invoices shown (counting…)</source>
            <translation type="vanished">已显示 {shown} 张应收单（正在统计总数…）</translation>
        </message>
        <message numerus="yes">
            <source>{shown} of {total} invoice shown</source>
            <comment>{shown} of {total} invoices shown</comment>
            <translation>
                <numerusform>已显示 {shown} 张，共 {total} 张应收单</numerusform>
            </translation>
        </message>
        <message>
            <source>{shown} of {total} invoices shown</source>
            <translation type="vanished">已显示 {shown} 张，共 {total} 张应收单</translation>
        </message>
    </context>
    <context>
        <name>ListExport</name>
        <message>
            <source>CSV, comma-separated (*.csv)</source>
            <translation>CSV 逗号分隔文件 (*.csv)</translation>
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
            <source>Export the list</source>
            <translation>导出列表</translation>
        </message>
        <message numerus="yes">
            <source>Exported {n} row to {path}</source>
            <comment>Exported {n} rows to {path}</comment>
            <translation>
                <numerusform>已导出 {n} 行到 {path}</numerusform>
            </translation>
        </message>
        <message>
            <source>Exporting to {path}…</source>
            <translation>正在导出到 {path}…</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>导出…</translation>
        </message>
        <message>
            <source>Save every row of this list, as it is filtered and sorted now, to an Excel workbook or a CSV file</source>
            <translation>将此列表按当前筛选和排序的全部行保存为 Excel 工作簿或 CSV 文件</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;About arapp</source>
            <translation>关于 arapp(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Bank statement…</source>
            <translation>银行对账单(&amp;B)…</translation>
        </message>
        <message>
            <source>&amp;Clear the list</source>
            <translation>清空列表(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Credit record…</source>
            <translation>信誉记录表(&amp;C)…</translation>
        </message>
        <message>
            <source>&amp;Customers from Excel…</source>
            <translation>从 Excel 导入客户(&amp;C)…</translation>
        </message>
        <message>
            <source>&amp;Documents</source>
            <translation>文档(&amp;D)</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>导入(&amp;I)</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>语言(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Letters due…</source>
            <translation>待发催款函(&amp;L)…</translation>
        </message>
        <message>
            <source>&amp;Monthly aging analysis…</source>
            <translation>月度账龄分析报告(&amp;M)…</translation>
        </message>
        <message>
            <source>&amp;New books…</source>
            <translation>新建账套(&amp;N)…</translation>
        </message>
        <message>
            <source>&amp;Open books…</source>
            <translation>打开账套(&amp;O)…</translation>
        </message>
        <message>
            <source>&amp;Open database…</source>
            <translation type="vanished">打开数据库(&amp;O)…</translation>
        </message>
        <message>
            <source>&amp;Print the aging shown (PDF)…</source>
            <translation>打印当前账龄（PDF）(&amp;P)…</translation>
        </message>
        <message>
            <source>&amp;Receipts of a day…</source>
            <translation>当日收据(&amp;R)…</translation>
        </message>
        <message>
            <source>&amp;Recent books</source>
            <translation>最近的账套(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Reports</source>
            <translation>报表(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>设置(&amp;S)…</translation>
        </message>
        <message>
            <source>&amp;Statements…</source>
            <translation>对账单(&amp;S)…</translation>
        </message>
        <message>
            <source>&amp;Templates…</source>
            <translation>模板(&amp;T)…</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>视图(&amp;V)</translation>
        </message>
        <message>
            <source>&amp;Weekly overdue report…</source>
            <translation>逾期周报（逾期报表）(&amp;W)…</translation>
        </message>
        <message>
            <source>(read-only)</source>
            <translation>（只读）</translation>
        </message>
        <message>
            <source>About arapp</source>
            <translation>关于 arapp</translation>
        </message>
        <message>
            <source>Aging</source>
            <translation>账龄</translation>
        </message>
        <message>
            <source>Bank</source>
            <translation>银行</translation>
        </message>
        <message>
            <source>C&amp;ollector performance…</source>
            <translation>催收员考核(&amp;O)…</translation>
        </message>
        <message>
            <source>Cannot open the database {where}: {error}</source>
            <translation>无法打开数据库 {where}：{error}</translation>
        </message>
        <message>
            <source>Collection &amp;policies…</source>
            <translation>催收政策(&amp;P)…</translation>
        </message>
        <message>
            <source>Collections</source>
            <translation>催收</translation>
        </message>
        <message>
            <source>Customers</source>
            <translation>客户</translation>
        </message>
        <message>
            <source>Database: {where}</source>
            <translation>数据库：{where}</translation>
        </message>
        <message>
            <source>Demo data</source>
            <translation>演示数据</translation>
        </message>
        <message>
            <source>E&amp;xit</source>
            <translation>退出(&amp;X)</translation>
        </message>
        <message>
            <source>Editing the templates of letters and statements is not available in this version.</source>
            <translation type="vanished">此版本尚不能编辑信函和对账单的模板。</translation>
        </message>
        <message>
            <source>Export the aging shown to &amp;Excel…</source>
            <translation>将当前账龄导出为 Excel(&amp;E)…</translation>
        </message>
        <message>
            <source>Invoices</source>
            <translation>应收单</translation>
        </message>
        <message>
            <source>New books</source>
            <translation>新建账套</translation>
        </message>
        <message>
            <source>New books made and opened: {where}</source>
            <translation>已新建并打开账套：{where}</translation>
        </message>
        <message>
            <source>No books opened yet</source>
            <translation>尚未打开过账套</translation>
        </message>
        <message>
            <source>Open &amp;demo books</source>
            <translation>打开演示账套(&amp;D)</translation>
        </message>
        <message>
            <source>Open books</source>
            <translation>打开账套</translation>
        </message>
        <message>
            <source>Open database</source>
            <translation type="vanished">打开数据库</translation>
        </message>
        <message>
            <source>Open demo books</source>
            <translation>打开演示账套</translation>
        </message>
        <message>
            <source>Opening &amp;ledger from Excel…</source>
            <translation>从 Excel 导入期初台账(&amp;L)…</translation>
        </message>
        <message>
            <source>Reasons for &amp;not paying…</source>
            <translation>未付款原因(&amp;N)…</translation>
        </message>
        <message>
            <source>Receipts</source>
            <translation>收款</translation>
        </message>
        <message>
            <source>Recent books</source>
            <translation>最近的账套</translation>
        </message>
        <message>
            <source>Saved {path}</source>
            <translation>已保存 {path}</translation>
        </message>
        <message>
            <source>Statements of account for every customer with a balance or activity in a period</source>
            <translation>为期间内有余额或发生额的每位客户生成对账单</translation>
        </message>
        <message>
            <source>Templates</source>
            <translation type="vanished">模板</translation>
        </message>
        <message>
            <source>The demo books of an invented company, a file of their own: your books are not touched</source>
            <translation>一家虚构公司的演示账套，是单独的文件：不会改动您的账套</translation>
        </message>
        <message>
            <source>The open invoices and opening balances of your old receivable ledger</source>
            <translation>原有应收台账中的未收单据和期初余额</translation>
        </message>
        <message>
            <source>The reminder letters due on a day, by ladder level</source>
            <translation>某日待发的催款函，可按催收级别筛选</translation>
        </message>
        <message>
            <source>These are the demo books (an invented company), a file of their own. File → Recent books brings back your own books.</source>
            <translation>当前是演示账套（虚构的公司），是单独的文件。通过“文件 → 最近的账套”回到您自己的账套。</translation>
        </message>
        <message>
            <source>This file is no longer there. It stays in the list until the list is cleared or the file comes back.</source>
            <translation>此文件已不在原处。它会留在列表中，直到清空列表或文件回到原处。</translation>
        </message>
        <message>
            <source>User: {user} ({role})</source>
            <translation>用户：{user}（{role}）</translation>
        </message>
        <message>
            <source>arapp books (*.sqlite3 *.sqlite *.db);;All files (*)</source>
            <translation>arapp 账套 (*.sqlite3 *.sqlite *.db);;所有文件 (*)</translation>
        </message>
        <message>
            <source>arapp {version}
Accounts receivable and collections for a small finance office.</source>
            <translation>arapp {version}
面向小型财务部门的应收账款管理与催收软件。</translation>
        </message>
        <message>
            <source>arapp — Accounts receivable and collections</source>
            <translation>arapp — 应收账款管理与催收</translation>
        </message>
        <message>
            <source>{path} exists already. New books go into a new file; to open books that exist, use File → Open books….</source>
            <translation>{path} 已存在。新账套须使用新文件；要打开已有账套，请使用 文件 → 打开账套…。</translation>
        </message>
        <message>
            <source>{title} — Demo data</source>
            <translation>{title} — 演示数据</translation>
        </message>
        <message>
            <source>{where} (not found)</source>
            <translation>{where}（未找到）</translation>
        </message>
        <message>
            <source>{where} is no longer there (moved, renamed or deleted). Open it where it is now with File → Open books….</source>
            <translation>{where} 已不在原处（被移动、改名或删除）。请用“文件 → 打开账套…”从它现在的位置打开。</translation>
        </message>
    </context>
    <context>
        <name>MessageTextDialog</name>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>Close without recording anything</source>
            <translation>关闭，不作任何记录</translation>
        </message>
        <message>
            <source>Copied</source>
            <translation>已复制</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>复制</translation>
        </message>
        <message>
            <source>Copy the text to the clipboard</source>
            <translation>将文本复制到剪贴板</translation>
        </message>
        <message>
            <source>Message text</source>
            <translation>消息文本</translation>
        </message>
        <message>
            <source>Record the text above as a contact by {method}</source>
            <translation>将上面的文本记为一次{method}联系</translation>
        </message>
        <message>
            <source>Sent by {method}</source>
            <translation>已通过{method}发送</translation>
        </message>
        <message>
            <source>The message for {customer}, to send by WeChat or SMS. Copy it, send it from the phone, then say how it went out: that records the contact.</source>
            <translation>发给 {customer} 的消息，通过微信或短信发送。复制后用手机发出，再点选发送方式：即记为一次联系。</translation>
        </message>
        <message>
            <source>There is no text to record.</source>
            <translation>没有可记录的文本。</translation>
        </message>
        <message>
            <source>{customer}: message sent by {method}, recorded as a contact</source>
            <translation>{customer}：消息已通过{method}发送，已记为一次联系</translation>
        </message>
    </context>
    <context>
        <name>OnboardingDialog</name>
        <message>
            <source> (aliases {aliases}, contacts {contacts}, bank accounts {accounts})</source>
            <translation>（别名 {aliases} 个，联系人 {contacts} 个，付款账号 {accounts} 个）</translation>
        </message>
        <message>
            <source> Numbers {first} to {last}.</source>
            <translation>单号 {first} 至 {last}。</translation>
        </message>
        <message>
            <source>, </source>
            <translation>，</translation>
        </message>
        <message>
            <source>: open invoices {invoices}, opening balances {openings}, owing {owed}; advances {advances}, holding {held}</source>
            <translation>：未收单据 {invoices} 张、期初余额 {openings} 笔，合计应收 {owed}；预收款 {advances} 笔，合计 {held}</translation>
        </message>
        <message numerus="yes">
            <source>; {k} row refused.</source>
            <comment>; {k} rows refused.</comment>
            <translation>
                <numerusform>；被拒 {k} 行。</numerusform>
            </translation>
        </message>
        <message>
            <source>Aliases</source>
            <translation>别名</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <source>An .xlsx, .xls, .ods or .csv file</source>
            <translation>.xlsx、.xls、.ods 或 .csv 文件</translation>
        </message>
        <message>
            <source>Balances as of</source>
            <translation>余额截止日期</translation>
        </message>
        <message>
            <source>Bank accounts</source>
            <translation>付款账号</translation>
        </message>
        <message>
            <source>Becomes</source>
            <translation>导入为</translation>
        </message>
        <message>
            <source>Bring the open invoices and opening balances of your old receivable ledger in: each open invoice keeps its old number (customers quote it when they pay) and gets a number of the program too; a negative balance is money held for the customer. The customers must be in the books first. Preview first: nothing is written until you import.</source>
            <translation>导入原有应收台账中的未收单据和期初余额：每张未收单据保留原单号（客户付款时会注明），同时取得本系统的单号；负数余额记为客户的预收款。客户须先在账套中。请先预览：点“导入”之前不会写入任何数据。</translation>
        </message>
        <message>
            <source>Bring your customers in from an Excel or CSV file: code, name, aliases (the names they pay under), contact persons, payment terms, credit limits and the accounts they pay from. Save the template, fill it, then preview: nothing is written until you import, and an import is all or nothing.</source>
            <translation>从 Excel 或 CSV 文件导入客户：编号、名称、别名（付款时用的户名）、联系人、账期、信用额度及付款账号。先保存模板并填写，再预览：点“导入”之前不会写入任何数据，导入要么全部成功，要么什么都不写。</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Choose a file first</source>
            <translation>请先选择文件</translation>
        </message>
        <message>
            <source>Choose the file to import</source>
            <translation>选择要导入的文件</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>选择…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>客户编号</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>列</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>联系人</translation>
        </message>
        <message>
            <source>Correct the file, or tick the box to import the other rows.</source>
            <translation>请修改文件，或勾选下方选项导入其余各行。</translation>
        </message>
        <message>
            <source>Credit limit</source>
            <translation>信用额度</translation>
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
            <source>Description</source>
            <translation>摘要</translation>
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
            <source>File</source>
            <translation>文件</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>导入</translation>
        </message>
        <message>
            <source>Import customers</source>
            <translation>导入客户</translation>
        </message>
        <message>
            <source>Import opening ledger</source>
            <translation>导入期初台账</translation>
        </message>
        <message>
            <source>Import the other rows when some are refused</source>
            <translation>有行被拒时导入其余各行</translation>
        </message>
        <message>
            <source>Imported from {file}: open invoices {invoices}, opening balances {openings}, owing {owed}; advances {advances}, holding {held}.</source>
            <translation>已从 {file} 导入：未收单据 {invoices} 张、期初余额 {openings} 笔，合计应收 {owed}；预收款 {advances} 笔，合计 {held}。</translation>
        </message>
        <message numerus="yes">
            <source>Imported {n} customer from {file}.</source>
            <comment>Imported {n} customers from {file}.</comment>
            <translation>
                <numerusform>已从 {file} 导入 {n} 个客户。</numerusform>
            </translation>
        </message>
        <message>
            <source>Issue date</source>
            <translation>开单日期</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>Old number</source>
            <translation>原单号</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>预览</translation>
        </message>
        <message>
            <source>Refused rows ({n})</source>
            <translation>被拒的行（{n}）</translation>
        </message>
        <message>
            <source>Refused rows will be left out.</source>
            <translation>被拒的行不导入。</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>行</translation>
        </message>
        <message>
            <source>Rows to import ({n})</source>
            <translation>可导入的行（{n}）</translation>
        </message>
        <message>
            <source>Save template…</source>
            <translation>保存模板…</translation>
        </message>
        <message>
            <source>Save the template file</source>
            <translation>保存模板文件</translation>
        </message>
        <message>
            <source>Spreadsheets (*.xlsx *.xls *.ods *.csv);;All files (*)</source>
            <translation>电子表格 (*.xlsx *.xls *.ods *.csv);;所有文件 (*)</translation>
        </message>
        <message>
            <source>Template saved: {path}. Fill it in, save it, then choose it here.</source>
            <translation>模板已保存：{path}。填写并保存后，在此选择该文件。</translation>
        </message>
        <message>
            <source>Terms (days)</source>
            <translation>账期（天）</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>值</translation>
        </message>
        <message>
            <source>Why it is refused</source>
            <translation>被拒原因</translation>
        </message>
        <message>
            <source>customers template.xlsx</source>
            <translation>客户资料模板.xlsx</translation>
        </message>
        <message>
            <source>ledger template.xlsx</source>
            <translation>应收台账模板.xlsx</translation>
        </message>
        <message>
            <source>{column} → {field}</source>
            <translation>{column}→{field}</translation>
        </message>
        <message>
            <source>{file}: {note} Header on row {row}. Columns read: {columns}</source>
            <translation>{file}：{note}表头在第 {row} 行。读取的列：{columns}</translation>
        </message>
        <message numerus="yes">
            <source>{n} customer can be imported</source>
            <comment>{n} customers can be imported</comment>
            <translation>
                <numerusform>可导入 {n} 个客户</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{n} row can be imported</source>
            <comment>{n} rows can be imported</comment>
            <translation>
                <numerusform>可导入 {n} 行</numerusform>
            </translation>
        </message>
        <message>
            <source>、</source>
            <translation type="vanished">、</translation>
        </message>
    </context>
    <context>
        <name>OpenDatabaseDialog</name>
        <message>
            <source>A SQLite file on this computer (a new name creates empty books), or a shared PostgreSQL database as postgresql://user@server/database.</source>
            <translation type="vanished">本机上的 SQLite 文件（输入新文件名将新建空账套），或共享的 PostgreSQL 数据库，格式为 postgresql://用户@服务器/数据库。</translation>
        </message>
        <message>
            <source>An arapp books file on this computer, or a shared PostgreSQL database as postgresql://user@server/database. Only arapp books are opened; to start new books, use File → New books….</source>
            <translation>本机上的 arapp 账套文件，或共享的 PostgreSQL 数据库，格式为 postgresql://用户@服务器/数据库。只能打开 arapp 账套；要新建账套，请使用 文件 → 新建账套…。</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>浏览…</translation>
        </message>
        <message>
            <source>Open books</source>
            <translation>打开账套</translation>
        </message>
        <message>
            <source>Open database</source>
            <translation type="vanished">打开数据库</translation>
        </message>
        <message>
            <source>arapp books (*.sqlite3 *.sqlite *.db);;All files (*)</source>
            <translation>arapp 账套 (*.sqlite3 *.sqlite *.db);;所有文件 (*)</translation>
        </message>
    </context>
    <context>
        <name>OpenDisputeDialog</name>
        <message>
            <source>Invoice</source>
            <translation>应收单</translation>
        </message>
        <message>
            <source>Invoice {invoice}.</source>
            <translation>应收单 {invoice}。</translation>
        </message>
        <message>
            <source>Invoice {number} disputed: it leaves the dunning until the dispute is resolved</source>
            <translation>应收单 {number} 已登记争议：争议解决前不再催收</translation>
        </message>
        <message>
            <source>Open dispute</source>
            <translation>登记争议</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>争议原因</translation>
        </message>
        <message>
            <source>The customer disputes the invoice (quantity, price, quality…). While the dispute is open the invoice is left out of the dunning. What does the customer say?</source>
            <translation>客户对应收单有异议（数量、价格、质量等）。争议未解决期间，该单不纳入催收。客户怎么说？</translation>
        </message>
    </context>
    <context>
        <name>Operations</name>
        <message>
            <source>Not saved</source>
            <translation>未保存</translation>
        </message>
        <message>
            <source>The operation was stopped before it finished.</source>
            <translation>操作在完成前被中止。</translation>
        </message>
    </context>
    <context>
        <name>PdfPreviewDialog</name>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>Fit width</source>
            <translation>适合宽度</translation>
        </message>
        <message>
            <source>Next page (Page Down)</source>
            <translation>下一页（Page Down）</translation>
        </message>
        <message>
            <source>No program on this computer opens PDF files. The copy is at {path}.</source>
            <translation>本机没有能打开 PDF 文件的程序。副本位于 {path}。</translation>
        </message>
        <message>
            <source>Open a copy in the PDF program of this computer</source>
            <translation>用本机的 PDF 程序打开一个副本</translation>
        </message>
        <message>
            <source>Open in the system viewer</source>
            <translation>用系统查看器打开</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF 文件 (*.pdf)</translation>
        </message>
        <message>
            <source>Page</source>
            <translation>第</translation>
        </message>
        <message>
            <source>Preview: {title}</source>
            <translation>预览：{title}</translation>
        </message>
        <message>
            <source>Previous page (Page Up)</source>
            <translation>上一页（Page Up）</translation>
        </message>
        <message>
            <source>Print {title}</source>
            <translation>打印 {title}</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>打印…</translation>
        </message>
        <message>
            <source>Save as…</source>
            <translation>另存为…</translation>
        </message>
        <message>
            <source>Save {title}</source>
            <translation>保存 {title}</translation>
        </message>
        <message>
            <source>Saved {path}</source>
            <translation>已保存 {path}</translation>
        </message>
        <message numerus="yes">
            <source>Sent {title} to the printer: {n} page</source>
            <comment>Sent {title} to the printer: {n} pages</comment>
            <translation>
                <numerusform>已将 {title} 送往打印机：{n} 页</numerusform>
            </translation>
        </message>
        <message>
            <source>The printer could not start. Check that it is on and chosen.</source>
            <translation>打印机无法启动。请检查打印机已开机并已选中。</translation>
        </message>
        <message>
            <source>This file cannot be shown: it is not a PDF arapp can read.</source>
            <translation>无法显示此文件：它不是 arapp 能读取的 PDF。</translation>
        </message>
        <message>
            <source>Whole page</source>
            <translation>整页</translation>
        </message>
        <message>
            <source>Zoom</source>
            <translation>缩放</translation>
        </message>
        <message>
            <source>of {pages}</source>
            <translation>页，共 {pages} 页</translation>
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
        <name>ReceiptDetailDialog</name>
        <message>
            <source>Allocated</source>
            <translation>已核销</translation>
        </message>
        <message>
            <source>Allocations to invoices</source>
            <translation>核销明细</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <source>Amount (¥)</source>
            <translation>金额（元）</translation>
        </message>
        <message>
            <source>Counts from</source>
            <translation>生效日期</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>收款日期</translation>
        </message>
        <message>
            <source>In capitals</source>
            <translation>大写金额</translation>
        </message>
        <message>
            <source>Invoice date</source>
            <translation>开单日期</translation>
        </message>
        <message>
            <source>Invoice no.</source>
            <translation>应收单号</translation>
        </message>
        <message>
            <source>Make the receipt for the customer, archive it and preview it to print</source>
            <translation>为客户生成收据，归档后预览以便打印</translation>
        </message>
        <message>
            <source>Memo</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>收款方式</translation>
        </message>
        <message>
            <source>Print receipt…</source>
            <translation>打印收据…</translation>
        </message>
        <message>
            <source>Receipt</source>
            <translation>收款单</translation>
        </message>
        <message>
            <source>Receipt no.</source>
            <translation>收款单号</translation>
        </message>
        <message>
            <source>Receipt {number} made and archived</source>
            <translation>收据 {number} 已生成并归档</translation>
        </message>
        <message>
            <source>Recorded</source>
            <translation>登记</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>参考号</translation>
        </message>
        <message>
            <source>Reversal</source>
            <translation>冲销</translation>
        </message>
        <message>
            <source>Reversed on {date}</source>
            <translation>已于 {date} 冲销</translation>
        </message>
        <message>
            <source>Reversed on {date} by {user}. Reason: {reason}</source>
            <translation>{date} 由 {user} 冲销。原因：{reason}</translation>
        </message>
        <message>
            <source>Stands</source>
            <translation>有效</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>The day from which this allocation counts in the aging and balances</source>
            <translation>该笔核销自此日起计入账龄和余额</translation>
        </message>
        <message>
            <source>This receipt was not allocated to any invoice.</source>
            <translation>该收款未核销到任何应收单。</translation>
        </message>
        <message>
            <source>Two copies (stub and customer&apos;s copy)</source>
            <translation>两联（存根联和客户联）</translation>
        </message>
        <message>
            <source>Unallocated (customer credit)</source>
            <translation>未核销（客户预收款）</translation>
        </message>
    </context>
    <context>
        <name>ReceiptDialog</name>
        <message>
            <source>; unapplied credit already held: {credit}</source>
            <translation>；已有未核销预收款 {credit}</translation>
        </message>
        <message>
            <source>&lt;b&gt;{left}&lt;/b&gt; stays with the customer as credit</source>
            <translation type="vanished">&lt;b&gt;{left}&lt;/b&gt; 转为客户预收款</translation>
        </message>
        <message>
            <source>Allocate nothing</source>
            <translation type="vanished">全部不核销</translation>
        </message>
        <message>
            <source>Allocate oldest first</source>
            <translation type="vanished">按到期日重新分配</translation>
        </message>
        <message numerus="yes">
            <source>Allocated {allocated} to {count} invoice</source>
            <comment>Allocated {allocated} to {count} invoices</comment>
            <translation type="vanished">
                <numerusform>已核销 {allocated}，涉及 {count} 张应收单</numerusform>
            </translation>
        </message>
        <message>
            <source>Allocated {allocated} to {count} invoices</source>
            <translation type="vanished">已核销 {allocated}，涉及 {count} 张应收单</translation>
        </message>
        <message>
            <source>Allocated {allocated}: {over} more than the receipt</source>
            <translation type="vanished">已分配 {allocated}：比收款金额多 {over}</translation>
        </message>
        <message>
            <source>Allocation to open invoices (oldest due first; double-click to change)</source>
            <translation>核销到未结应收单（默认按到期日先后；双击可修改）</translation>
        </message>
        <message>
            <source>Amount (¥) *</source>
            <translation>金额（元） *</translation>
        </message>
        <message>
            <source>Amount: {message}</source>
            <translation>金额：{message}</translation>
        </message>
        <message>
            <source>Bank serial no., cheque no. or transaction id</source>
            <translation>银行流水号、支票号或交易单号</translation>
        </message>
        <message>
            <source>Choose the customer who paid</source>
            <translation>请选择付款客户</translation>
        </message>
        <message>
            <source>Customer *</source>
            <translation>付款客户 *</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>收款日期</translation>
        </message>
        <message>
            <source>Memo</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>收款方式</translation>
        </message>
        <message>
            <source>Open invoices: {count}, owing {open}</source>
            <translation>未结应收单 {count} 张，共欠 {open}</translation>
        </message>
        <message>
            <source>Receipt</source>
            <translation>收款单</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>参考号</translation>
        </message>
        <message>
            <source>Take payment</source>
            <translation>收款</translation>
        </message>
    </context>
    <context>
        <name>ReceiptPrintOffer</name>
        <message>
            <source>Make the receipt just recorded for the customer, archive it and preview it to print</source>
            <translation>为刚登记的收款生成收据，归档后预览以便打印</translation>
        </message>
        <message>
            <source>Print receipt</source>
            <translation>打印收据</translation>
        </message>
        <message>
            <source>Print receipt…</source>
            <translation>打印收据…</translation>
        </message>
    </context>
    <context>
        <name>ReceiptTableModel</name>
        <message>
            <source>Allocated (¥)</source>
            <translation>已核销（元）</translation>
        </message>
        <message>
            <source>Amount (¥)</source>
            <translation>金额（元）</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <source>Customer code</source>
            <translation>客户编码</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>收款日期</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>收款方式</translation>
        </message>
        <message>
            <source>Receipt no.</source>
            <translation>收款单号</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Unallocated (¥)</source>
            <translation>未核销（元）</translation>
        </message>
    </context>
    <context>
        <name>ReceiptsTab</name>
        <message>
            <source>; </source>
            <translation>；</translation>
        </message>
        <message>
            <source>Allocate what is left of the receipt to the customer&apos;s open invoices</source>
            <translation>将该收款的未核销余额核销到客户的未结应收单</translation>
        </message>
        <message numerus="yes">
            <source>Applied {amount} of credit to {count} invoice</source>
            <comment>Applied {amount} of credit to {count} invoices</comment>
            <translation>
                <numerusform>已用预收款 {amount} 核销 {count} 张应收单</numerusform>
            </translation>
        </message>
        <message>
            <source>Apply credit…</source>
            <translation>核销预收…</translation>
        </message>
        <message>
            <source>Customer: {name}  ✕</source>
            <translation type="vanished">客户：{name} ✕</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>详情</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>正在加载…</translation>
        </message>
        <message>
            <source>No receipts yet: take a payment from a customer (Take payment).</source>
            <translation>还没有收款单：点击“收款”登记客户的付款。</translation>
        </message>
        <message>
            <source>Receipt {number} recorded: {amount} from {customer}</source>
            <translation>收款单 {number} 已登记：{customer} 付款 {amount}</translation>
        </message>
        <message>
            <source>Receipt {number} reversed</source>
            <translation>收款单 {number} 已冲销</translation>
        </message>
        <message>
            <source>Receipts</source>
            <translation>收款</translation>
        </message>
        <message>
            <source>Received from</source>
            <translation>收款日期从</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <source>Reverse…</source>
            <translation>冲销…</translation>
        </message>
        <message>
            <source>Search receipt no., reference, customer code or name</source>
            <translation>搜索收款单号、参考号、客户编码或名称</translation>
        </message>
        <message>
            <source>Show all customers</source>
            <translation type="vanished">显示全部客户</translation>
        </message>
        <message>
            <source>Take payment</source>
            <translation>收款</translation>
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
            <source>{amount} allocated to {count} invoice</source>
            <comment>{amount} allocated to {count} invoices</comment>
            <translation>
                <numerusform>核销 {count} 张应收单 {amount}</numerusform>
            </translation>
        </message>
        <message>
            <source>{amount} kept as customer credit</source>
            <translation>{amount} 转为客户预收款</translation>
        </message>
        <message numerus="yes">
            <source>{count} invoice owed again</source>
            <comment>{count} invoices owed again</comment>
            <translation>
                <numerusform>{count} 张应收单重新变为未收</numerusform>
            </translation>
        </message>
        <message>
            <source>{left} left unapplied</source>
            <translation>尚余 {left} 未核销</translation>
        </message>
        <message numerus="yes">
            <source>{shown} of {total} receipt shown</source>
            <comment>{shown} of {total} receipts shown</comment>
            <translation>
                <numerusform>已显示 {shown} 张，共 {total} 张收款单</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{shown} receipt shown (counting…)</source>
            <comment>{shown} receipts shown (counting…)</comment>
            <translation>
                <numerusform>已显示 {shown} 张收款单（正在统计总数…）</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ResolveDisputeDialog</name>
        <message>
            <source>Dispute on invoice {number} resolved; the invoice is dunned again if still owed</source>
            <translation>应收单 {number} 的争议已解决；如仍有欠款将恢复催收</translation>
        </message>
        <message>
            <source>Invoice {number} is disputed: {reason}. How was it resolved (credit note issued, customer accepted, …)?</source>
            <translation>应收单 {number} 有争议：{reason}。如何解决的（已开贷项、客户认可等）？</translation>
        </message>
        <message>
            <source>Resolution</source>
            <translation>处理结论</translation>
        </message>
        <message>
            <source>Resolve</source>
            <translation>解决</translation>
        </message>
        <message>
            <source>Resolve dispute</source>
            <translation>解决争议</translation>
        </message>
    </context>
    <context>
        <name>ReverseReceiptDialog</name>
        <message numerus="yes">
            <source>Its allocation to {count} invoice is undone and that invoice is owed again: {invoices}.</source>
            <comment>Its allocations to {count} invoices are undone and those invoices are owed again: {invoices}.</comment>
            <translation>
                <numerusform>其对 {count} 张应收单的核销将被撤销，这些应收单重新变为未收：{invoices}。</numerusform>
            </translation>
        </message>
        <message>
            <source>Reason *</source>
            <translation>冲销原因 *</translation>
        </message>
        <message>
            <source>Reversal date</source>
            <translation>冲销日期</translation>
        </message>
        <message>
            <source>Reverse</source>
            <translation>冲销</translation>
        </message>
        <message>
            <source>Reverse receipt</source>
            <translation>冲销收款单</translation>
        </message>
        <message>
            <source>Reverse receipt {number} of {customer} for {amount}? The receipt stays in the books marked reversed.</source>
            <translation>确定冲销 {customer} 的收款单 {number}（{amount}）吗？该单仍保留在账上并标记为已冲销。</translation>
        </message>
    </context>
    <context>
        <name>Roles</name>
        <message>
            <source>Administrator</source>
            <translation type="vanished">管理员</translation>
        </message>
        <message>
            <source>Bookkeeper</source>
            <translation type="vanished">会计</translation>
        </message>
        <message>
            <source>Cashier</source>
            <translation type="vanished">出纳</translation>
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
        <name>Screenshot</name>
        <message>
            <source>Parking space, November</source>
            <translation>车位费（11月）</translation>
        </message>
        <message>
            <source>Property management fee, November</source>
            <translation>物业管理费（11月）</translation>
        </message>
        <message>
            <source>Water</source>
            <translation>水费</translation>
        </message>
    </context>
    <context>
        <name>StatementDialog</name>
        <message>
            <source>A statement of account for {customer}: the opening balance, every movement of the period with the running balance, the closing balance and a confirmation slip. It is archived when made.</source>
            <translation>{customer} 的对账单：期初余额、本期每笔发生额及累计余额、期末余额和回执。生成时即归档。</translation>
        </message>
        <message>
            <source>From</source>
            <translation>起始日期</translation>
        </message>
        <message>
            <source>List only the invoices still open at the end of the period, instead of every movement</source>
            <translation>只列出期末仍未结清的应收单，而不是每笔发生额</translation>
        </message>
        <message>
            <source>Make and preview</source>
            <translation>生成并预览</translation>
        </message>
        <message>
            <source>Open items only</source>
            <translation>仅列未结清项目</translation>
        </message>
        <message>
            <source>Statement of account</source>
            <translation>对账单</translation>
        </message>
        <message numerus="yes">
            <source>Statement of account for {customer} made ({start} to {end}), {n} page, archived</source>
            <comment>Statement of account for {customer} made ({start} to {end}), {n} pages, archived</comment>
            <translation>
                <numerusform>{customer} 的对账单已生成（{start} 至 {end}），共 {n} 页，已归档</numerusform>
            </translation>
        </message>
        <message>
            <source>The period ends on {end}, before it starts on {start}.</source>
            <translation>期间结束日 {end} 早于起始日 {start}。</translation>
        </message>
        <message>
            <source>To</source>
            <translation>截止日期</translation>
        </message>
    </context>
    <context>
        <name>TableModels</name>
        <message>
            <source>(draft)</source>
            <translation>（草稿）</translation>
        </message>
        <message>
            <source>Amount (¥)</source>
            <translation>金额（元）</translation>
        </message>
        <message>
            <source>Balance (¥)</source>
            <translation>余额（元）</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>编码</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>客户名称</translation>
        </message>
        <message>
            <source>Customer code</source>
            <translation>客户编码</translation>
        </message>
        <message>
            <source>Days overdue</source>
            <translation>逾期天数</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>到期日</translation>
        </message>
        <message>
            <source>Invoice no.</source>
            <translation>应收单号</translation>
        </message>
        <message>
            <source>Issue date</source>
            <translation>开单日期</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>Net of {credit} of unapplied customer credit</source>
            <translation>已扣除未核销预收款 {credit}</translation>
        </message>
        <message>
            <source>Open (¥)</source>
            <translation>未收（元）</translation>
        </message>
        <message>
            <source>Overdue (¥)</source>
            <translation>逾期（元）</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>Prepaid {amount}</source>
            <translation>预收 {amount}</translation>
        </message>
        <message>
            <source>Prepaid: the customer has paid {amount} more than it owes; the credit goes to its next invoices</source>
            <translation>预收：客户多付了 {amount}，将冲抵其后续应收单</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message numerus="yes">
            <source>{status}, {days} day overdue</source>
            <comment>{status}, {days} days overdue</comment>
            <translation>
                <numerusform>{status}，逾期 {days} 天</numerusform>
            </translation>
        </message>
        <message>
            <source>{status}, {days} days overdue</source>
            <translation type="vanished">{status}，逾期 {days} 天</translation>
        </message>
    </context>
    <context>
        <name>TemplateEditor</name>
        <message>
            <source>A statement is previewed from the Documents menu.</source>
            <translation>对账单请从“文档”菜单预览。</translation>
        </message>
        <message>
            <source>By</source>
            <translation>操作人</translation>
        </message>
        <message>
            <source>Choose the customer to preview the letter for.</source>
            <translation>请选择用于预览信函的客户。</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>Current version: {version}</source>
            <translation>当前版本：第 {version} 版</translation>
        </message>
        <message>
            <source>Discard the changes to {template} ({lang})?</source>
            <translation>放弃对{template}（{lang}）的修改？</translation>
        </message>
        <message>
            <source>Discard the changes typed and restore version {version}?</source>
            <translation>放弃已输入的修改并恢复第 {version} 版？</translation>
        </message>
        <message>
            <source>Discard the changes typed and show version {version}?</source>
            <translation>放弃已输入的修改并显示第 {version} 版？</translation>
        </message>
        <message>
            <source>Document templates</source>
            <translation>单据模板</translation>
        </message>
        <message>
            <source>Double-click a placeholder to put it at the cursor.</source>
            <translation>双击占位符即可插入到光标处。</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>邮件</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>语言</translation>
        </message>
        <message>
            <source>Letter</source>
            <translation>信函</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>消息</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Nothing to save: the text is the same as version {version}.</source>
            <translation>无需保存：内容与第 {version} 版相同。</translation>
        </message>
        <message>
            <source>Only a manager or an administrator can change the templates; you can read them and preview them.</source>
            <translation>只有经理或管理员可以修改模板；您可以查看和预览。</translation>
        </message>
        <message>
            <source>Placeholder</source>
            <translation>占位符</translation>
        </message>
        <message>
            <source>Placeholders this template may use</source>
            <translation>本模板可用的占位符</translation>
        </message>
        <message>
            <source>Preview with customer</source>
            <translation>预览所用客户</translation>
        </message>
        <message>
            <source>Preview: {template}, {customer}</source>
            <translation>预览：{template}，{customer}</translation>
        </message>
        <message>
            <source>Preview…</source>
            <translation>预览…</translation>
        </message>
        <message>
            <source>Restore the built-in text</source>
            <translation>恢复内置文本</translation>
        </message>
        <message>
            <source>Restore this version</source>
            <translation>恢复此版本</translation>
        </message>
        <message>
            <source>Restore version {version}</source>
            <translation>恢复第 {version} 版</translation>
        </message>
        <message>
            <source>Restored version {version}</source>
            <translation>恢复自第 {version} 版</translation>
        </message>
        <message>
            <source>Save as a new version</source>
            <translation>保存为新版本</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>保存时间</translation>
        </message>
        <message>
            <source>Saved as version {version}.</source>
            <translation>已保存为第 {version} 版。</translation>
        </message>
        <message>
            <source>Show this version</source>
            <translation>显示此版本</translation>
        </message>
        <message>
            <source>Show version {version}</source>
            <translation>显示第 {version} 版</translation>
        </message>
        <message>
            <source>Showing version {version} (the current one is {current}): Save writes this text as a new version.</source>
            <translation>正在显示第 {version} 版（当前为第 {current} 版）：保存后这段文本将成为新的版本。</translation>
        </message>
        <message>
            <source>Showing version {version}, the current one.</source>
            <translation>正在显示第 {version} 版，即当前版本。</translation>
        </message>
        <message>
            <source>Stands for</source>
            <translation>含义</translation>
        </message>
        <message>
            <source>Template</source>
            <translation>模板</translation>
        </message>
        <message>
            <source>The built-in text</source>
            <translation>内置文本</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>版本</translation>
        </message>
        <message>
            <source>Versions</source>
            <translation>版本记录</translation>
        </message>
        <message>
            <source>What changed and why (optional)</source>
            <translation>改了什么、为什么（可选）</translation>
        </message>
        <message>
            <source>What each placeholder is filled with.</source>
            <translation>各占位符填入的内容。</translation>
        </message>
        <message>
            <source>arapp</source>
            <translation>系统</translation>
        </message>
    </context>
    <context>
        <name>VoidInvoiceDialog</name>
        <message>
            <source>Reason *</source>
            <translation>作废原因 *</translation>
        </message>
        <message>
            <source>Void</source>
            <translation>作废</translation>
        </message>
        <message>
            <source>Void invoice</source>
            <translation>作废应收单</translation>
        </message>
        <message>
            <source>Void invoice {number} of {customer} for {total}? The invoice stays in the books marked void; money already allocated to it goes back to the customer as credit.</source>
            <translation>确定作废 {customer} 的应收单 {number}（{total}）吗？该单仍保留在账上并标记为已作废；已核销到该单的款项将退回为客户预收款。</translation>
        </message>
    </context>
</TS>
