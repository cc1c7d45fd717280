<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ActionInput</name>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>材料</translation>
    </message>
    <message>
        <source>Authorizations</source>
        <translation>授权书</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>入户调查</translation>
    </message>
    <message>
        <source>Self-care assessment</source>
        <translation>生活自理能力评估</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Preliminary opinion</source>
        <translation>初审意见</translation>
    </message>
    <message>
        <source>Objection</source>
        <translation>异议</translation>
    </message>
    <message>
        <source>Democratic appraisal</source>
        <translation>民主评议</translation>
    </message>
    <message>
        <source>Monthly amount</source>
        <translation>月救助金</translation>
    </message>
    <message>
        <source>One-off amount</source>
        <translation>一次性救助金</translation>
    </message>
    <message>
        <source>Start month</source>
        <translation>起始月份</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>计算说明</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Audit row %1 is missing: the next row found is %2.</source>
        <translation>审计记录第 %1 条缺失：下一条记录是第 %2 条。</translation>
    </message>
    <message>
        <source>Audit row %1 does not follow row %2: the link between them is broken.</source>
        <translation>审计记录第 %1 条与第 %2 条之间的链接断开。</translation>
    </message>
    <message>
        <source>Audit row %1 was changed after it was written: its hash does not match.</source>
        <translation>审计记录第 %1 条在写入后被改动：哈希值不符。</translation>
    </message>
</context>
<context>
    <name>CalcRequest</name>
    <message>
        <source>Give either %1 or %2, not both.</source>
        <translation>请只填写 %1 或 %2 中的一项。</translation>
    </message>
    <message>
        <source>An amount in fen must be a whole number.</source>
        <translation>以分为单位的金额必须是整数。</translation>
    </message>
    <message>
        <source>The amount must be between 0 and 100,000,000 yuan.</source>
        <translation>金额应在0至100,000,000元之间。</translation>
    </message>
    <message>
        <source>Must be true or false.</source>
        <translation>应为 true 或 false。</translation>
    </message>
    <message>
        <source>Unknown member field.</source>
        <translation>未知的成员字段。</translation>
    </message>
    <message>
        <source>A real date written YYYY-MM-DD is required.</source>
        <translation>需要按 YYYY-MM-DD 格式填写的真实日期。</translation>
    </message>
    <message>
        <source>“%1” is not a relation key.</source>
        <translation>“%1”不是与户主关系的代码。</translation>
    </message>
    <message>
        <source>Must be “none”, “partial” or “full”.</source>
        <translation>应为“none”、“partial”或“full”。</translation>
    </message>
    <message>
        <source>Must be 0 (none) or 1 to 4.</source>
        <translation>应为0（无）或1至4。</translation>
    </message>
    <message>
        <source>Unknown household field.</source>
        <translation>未知的家庭字段。</translation>
    </message>
    <message>
        <source>Must be “urban” or “rural”.</source>
        <translation>应为“urban”或“rural”。</translation>
    </message>
    <message>
        <source>A non-empty list of members is required.</source>
        <translation>需要至少包含一名成员的成员列表。</translation>
    </message>
    <message>
        <source>A member must be a JSON object.</source>
        <translation>每名成员必须是一个 JSON 对象。</translation>
    </message>
    <message>
        <source>Must be an object with medical, education and other amounts.</source>
        <translation>应为包含医疗、教育和其他支出金额的对象。</translation>
    </message>
    <message>
        <source>Unknown expenditure kind.</source>
        <translation>未知的支出类别。</translation>
    </message>
    <message>
        <source>Give the policy either inline as “policy” or as a “policy_file” path, exactly one.</source>
        <translation>请用“policy”直接给出政策，或用“policy_file”给出路径，二者选一。</translation>
    </message>
    <message>
        <source>“policy” must be a policy object.</source>
        <translation>“policy”必须是政策对象。</translation>
    </message>
    <message>
        <source>“policy_file” must be a path.</source>
        <translation>“policy_file”必须是文件路径。</translation>
    </message>
    <message>
        <source>Cannot read the policy file %1: %2</source>
        <translation>无法读取政策文件 %1：%2</translation>
    </message>
    <message>
        <source>Calculation request</source>
        <translation>试算请求</translation>
    </message>
    <message>
        <source>The request is not valid JSON: %1 at byte %2.</source>
        <translation>请求不是有效的 JSON：第 %2 字节处 %1。</translation>
    </message>
    <message>
        <source>The request must be a JSON object.</source>
        <translation>请求必须是一个 JSON 对象。</translation>
    </message>
    <message>
        <source>Unknown member; a request has only comment, household, types, policy and policy_file.</source>
        <translation>未知字段；请求只能包含 comment、household、types、policy 和 policy_file。</translation>
    </message>
    <message>
        <source>A “household” object is required.</source>
        <translation>需要“household”对象。</translation>
    </message>
    <message>
        <source>“types” must be a list of assistance type keys.</source>
        <translation>“types”必须是救助类别代码的列表。</translation>
    </message>
    <message>
        <source>“%1” is not an assistance type key.</source>
        <translation>“%1”不是救助类别代码。</translation>
    </message>
    <message>
        <source>Case-by-case deliberation (一事一议) has no calculator.</source>
        <translation>一事一议没有测算规则。</translation>
    </message>
    <message>
        <source>Cannot read the calculation request: %1</source>
        <translation>无法读取试算请求：%1</translation>
    </message>
</context>
<context>
    <name>CaseDesk</name>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>The account %1 is switched off.</source>
        <translation>账户 %1 已停用。</translation>
    </message>
    <message>
        <source>Monthly amount</source>
        <translation>月救助金额</translation>
    </message>
    <message>
        <source>Case %1 is not paid monthly this month, so there is no amount to adjust.</source>
        <translation>案件 %1 本月没有按月发放，没有可调整的金额。</translation>
    </message>
    <message>
        <source>Assistance type</source>
        <translation>救助类别</translation>
    </message>
    <message>
        <source>Case %1 as it stands offers no classified review for %2.</source>
        <translation>案件 %1 目前的状态不能转入%2的分类审核。</translation>
    </message>
    <message>
        <source>The account %1 may not do this. %2</source>
        <translation>账号 %1 无权办理此事项。%2</translation>
    </message>
</context>
<context>
    <name>CaseFileJson</name>
    <message>
        <source>Case file</source>
        <translation>案件档案</translation>
    </message>
    <message>
        <source>The member &quot;%1&quot; is not valid.</source>
        <translation>字段“%1”无效。</translation>
    </message>
</context>
<context>
    <name>CaseRepository</name>
    <message>
        <source>Application date</source>
        <translation>申请日期</translation>
    </message>
    <message>
        <source>Case %1 has no valid application date.</source>
        <translation>第 %1 个案件没有有效的申请日期。</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Case %1 has a negative amount.</source>
        <translation>第 %1 个案件的金额为负数。</translation>
    </message>
    <message>
        <source>Case history</source>
        <translation>案件经过</translation>
    </message>
    <message>
        <source>Case %1: the last event must lead to the case&apos;s current state.</source>
        <translation>第 %1 个案件：最后一个环节必须与案件当前状态一致。</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>家庭</translation>
    </message>
    <message>
        <source>Household %1 does not exist.</source>
        <translation>家庭 %1 不存在。</translation>
    </message>
    <message>
        <source>The case has no valid application date.</source>
        <translation>案件没有有效的申请日期。</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Case %1 does not exist.</source>
        <translation>案件 %1 不存在。</translation>
    </message>
    <message>
        <source>Case %1 has no procedure record.</source>
        <translation>案件 %1 没有办理程序记录。</translation>
    </message>
</context>
<context>
    <name>CaseStore</name>
    <message>
        <source>Case store</source>
        <translation>案件库</translation>
    </message>
    <message>
        <source>There is no Jiuzhu data folder at %1.</source>
        <translation>%1 不是救助的数据文件夹。</translation>
    </message>
    <message>
        <source>Cannot create the data folder %1.</source>
        <translation>无法创建数据文件夹 %1。</translation>
    </message>
    <message>
        <source>This data folder is already open in another Jiuzhu window (process %1 on %2). Close it there first.</source>
        <translation>该数据文件夹已在另一个救助窗口中打开（%2 上的进程 %1）。请先关闭那个窗口。</translation>
    </message>
    <message>
        <source>Cannot lock the data folder %1: it is not writable.</source>
        <translation>无法锁定数据文件夹 %1：该文件夹不可写。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>无法读取 %1：%2。</translation>
    </message>
    <message>
        <source>%1 is damaged or is not a Jiuzhu case store. It was left untouched; restore it from a backup.</source>
        <translation>%1 已损坏或不是救助案件库。文件未被改动；请从备份恢复。</translation>
    </message>
    <message>
        <source>There is no case store in %1.</source>
        <translation>%1 中没有案件库。</translation>
    </message>
    <message>
        <source>%1 is an SQLite file of another program, not a Jiuzhu case store. It was left untouched.</source>
        <translation>%1 是其他程序的 SQLite 文件，不是救助案件库。文件未被改动。</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>备份文件</translation>
    </message>
    <message>
        <source>The backup cannot replace the case store itself.</source>
        <translation>备份不能覆盖案件库本身。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>无法创建 %1：%2</translation>
    </message>
    <message>
        <source>The backup could not be written: %1.</source>
        <translation>无法写入备份：%1。</translation>
    </message>
    <message>
        <source>The written backup failed its integrity check; nothing was replaced.</source>
        <translation>写出的备份未通过完整性检查；未替换任何文件。</translation>
    </message>
    <message>
        <source>Cannot move the backup into place: %1.</source>
        <translation>无法将备份移动到目标位置：%1。</translation>
    </message>
    <message>
        <source>The database failed its integrity check: %1</source>
        <translation>数据库未通过完整性检查：%1</translation>
    </message>
    <message>
        <source>The database has records that point to missing records (table %1).</source>
        <translation>数据库中有记录指向不存在的记录（表 %1）。</translation>
    </message>
</context>
<context>
    <name>CaseWorkflow</name>
    <message>
        <source>Action</source>
        <translation>办理环节</translation>
    </message>
    <message>
        <source>The procedure for %1 has no action &quot;%2&quot;.</source>
        <translation>%1的办理程序中没有“%2”环节。</translation>
    </message>
    <message>
        <source>Only a signed-in user can act on a case.</source>
        <translation>只有已登录的用户才能办理案件。</translation>
    </message>
    <message>
        <source>The case must be opened before &quot;%1&quot;.</source>
        <translation>必须先登记案件，才能办理“%1”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not possible while the case is in the state &quot;%2&quot;.</source>
        <translation>案件处于“%2”状态时，不能办理“%1”。</translation>
    </message>
    <message>
        <source>Only a user with the role %1 may take the action &quot;%2&quot;.</source>
        <translation>只有具有“%1”角色的用户才能办理“%2”。</translation>
    </message>
    <message>
        <source>This step needs it filled in: &quot;%1&quot;.</source>
        <translation>此环节需要填写：“%1”。</translation>
    </message>
    <message>
        <source>The date is not a valid calendar day.</source>
        <translation>该日期不是有效的日期。</translation>
    </message>
    <message>
        <source>The date %1 is in the future.</source>
        <translation>日期 %1 晚于今天。</translation>
    </message>
    <message>
        <source>The date %1 is before the application (%2).</source>
        <translation>日期 %1 早于申请日期（%2）。</translation>
    </message>
    <message>
        <source>There is no procedure for %1.</source>
        <translation>没有%1的办理程序。</translation>
    </message>
</context>
<context>
    <name>ChangeEffects</name>
    <message>
        <source>A death on %1</source>
        <translation>%1成员死亡</translation>
    </message>
    <message>
        <source>A birth on %1</source>
        <translation>%1新生儿出生</translation>
    </message>
    <message>
        <source>A marriage on %1</source>
        <translation>%1成员婚姻状况变化</translation>
    </message>
    <message>
        <source>A member moving out on %1</source>
        <translation>%1成员迁出</translation>
    </message>
    <message>
        <source>A change of household income to %1 yuan a month on %2</source>
        <translation>%2起家庭月收入变为%1元</translation>
    </message>
    <message>
        <source>After a member dies or moves out the case is for %1 persons, not %2.</source>
        <translation>成员死亡或迁出后，保障人数应为%1人，而不是%2人。</translation>
    </message>
    <message>
        <source>After a birth the case is for more than %1 persons, not %2.</source>
        <translation>新生儿出生后，保障人数应多于%1人，而不是%2人。</translation>
    </message>
    <message>
        <source>A change of income leaves the case for %1 persons, not %2.</source>
        <translation>收入变化不改变保障人数，应为%1人，而不是%2人。</translation>
    </message>
    <message>
        <source>The event needs a valid date.</source>
        <translation>变化事项须填写有效日期。</translation>
    </message>
    <message>
        <source>A monthly income cannot be negative.</source>
        <translation>月收入不能为负数。</translation>
    </message>
    <message>
        <source>The case is not paid monthly in %1, so the event changes nothing to pay.</source>
        <translation>该案件%1不在按月发放范围内，此事项不影响发放。</translation>
    </message>
    <message>
        <source>%1: the household must be reviewed before its benefit changes.</source>
        <translation>%1：须先对该户进行复核，再调整救助金。</translation>
    </message>
    <message>
        <source>The review must be decided on or after the event.</source>
        <translation>复核决定日期不能早于变化事项发生日期。</translation>
    </message>
    <message>
        <source>%1: the case already ends before %2, so nothing changes.</source>
        <translation>%1：该案件在%2之前已终止，无需调整。</translation>
    </message>
    <message>
        <source>%1: the benefit stops from %2; %3 is the last month paid.</source>
        <translation>%1：自%2起停发，最后发放月份为%3。</translation>
    </message>
    <message>
        <source>A recalculated benefit needs at least one person and an amount of zero or more.</source>
        <translation>重新核算的救助金须至少保障一人，且金额不能为负数。</translation>
    </message>
    <message>
        <source>%1: the deceased&apos;s share stops from %2; the benefit for the remaining %3 persons awaits recalculation.</source>
        <translation>%1：自%2起停发死亡成员的份额；其余%3人的救助金待重新核算。</translation>
    </message>
    <message>
        <source>%1: after review the benefit stays as it is.</source>
        <translation>%1：经复核，救助金维持不变。</translation>
    </message>
    <message>
        <source>%1: the benefit rises to %2 yuan a month for %3 persons from %4.</source>
        <translation>%1：自%4起救助金提高为每月%2元，保障%3人。</translation>
    </message>
    <message>
        <source>%1: the benefit falls to %2 yuan a month for %3 persons from %4.</source>
        <translation>%1：自%4起救助金降低为每月%2元，保障%3人。</translation>
    </message>
    <message>
        <source>The proposed change is for case %1.</source>
        <translation>该调整建议属于案件%1。</translation>
    </message>
    <message>
        <source>The change cannot be applied before the review decides it.</source>
        <translation>复核作出决定前，不能执行该调整。</translation>
    </message>
    <message>
        <source>The change cannot be applied until the new amount has been calculated.</source>
        <translation>新的救助金额核算完成前，不能执行该调整。</translation>
    </message>
    <message>
        <source>The review needs a valid date of decision.</source>
        <translation>复核需要有效的决定日期。</translation>
    </message>
    <message>
        <source>The case is not paid monthly in %1, so there is nothing to review.</source>
        <translation>该案件 %1 没有按月发放，无需复核。</translation>
    </message>
    <message>
        <source>The review of %1</source>
        <translation>%1 的复核</translation>
    </message>
</context>
<context>
    <name>ClassifiedReview</name>
    <message>
        <source>Assistance type</source>
        <translation>救助类别</translation>
    </message>
    <message>
        <source>Case-by-case deliberation (一事一议) has no calculator; it is decided by the township leadership.</source>
        <translation>一事一议没有测算规则，由乡镇（街道）领导班子集体研究决定。</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>Creating demo office: %1%</source>
        <translation>正在创建演示单位：%1%</translation>
    </message>
    <message>
        <source>Demo office created in %1: %2 households, %3 members, %4 cases in %5 villages and communities.</source>
        <translation>演示单位已创建于 %1：%5 个村（社区）共 %2 户、%3 人、%4 个案件。</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n 人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n household(s) found.</source>
        <translation>
            <numerusform>找到 %n 户。</numerusform>
        </translation>
    </message>
    <message>
        <source>The case store is intact: integrity check passed, %1 audit rows chained (head %2), %3 evidence files match.</source>
        <translation>案件库完好：完整性检查通过，审计链 %1 条记录连续（链头 %2），%3 个证据文件一致。</translation>
    </message>
    <message>
        <source>Backup written to %1 and checked.</source>
        <translation>备份已写入 %1 并通过核验。</translation>
    </message>
    <message>
        <source>The office data folder (default: the user&apos;s data folder).</source>
        <translation>单位数据文件夹（默认为用户数据文件夹）。</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Print machine-readable JSON.</source>
        <translation>输出机器可读的 JSON。</translation>
    </message>
    <message>
        <source>Number of demo households (100 to 100000).</source>
        <translation>演示户数（100 至 100000）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Seed of the demo data.</source>
        <translation>演示数据的随机种子。</translation>
    </message>
    <message>
        <source>S</source>
        <translation>种子</translation>
    </message>
    <message>
        <source>Output file.</source>
        <translation>输出文件。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Most results to print.</source>
        <translation>最多输出的结果数。</translation>
    </message>
    <message>
        <source>Print the version and exit.</source>
        <translation>显示版本并退出。</translation>
    </message>
    <message>
        <source>Print this help.</source>
        <translation>显示本帮助。</translation>
    </message>
    <message>
        <source>Unknown or missing command. Commands: %1.</source>
        <translation>命令缺失或无法识别。可用命令：%1。</translation>
    </message>
    <message>
        <source>Usage: jiuzhu --data-dir DIR demo --households N [--seed S]</source>
        <translation>用法：jiuzhu --data-dir 目录 demo --households 户数 [--seed 种子]</translation>
    </message>
    <message>
        <source>Usage: jiuzhu --data-dir DIR search TEXT [--limit N] [--json]</source>
        <translation>用法：jiuzhu --data-dir 目录 search 文字 [--limit 数量] [--json]</translation>
    </message>
    <message>
        <source>Usage: jiuzhu --data-dir DIR verify [--json]</source>
        <translation>用法：jiuzhu --data-dir 目录 verify [--json]</translation>
    </message>
    <message>
        <source>Usage: jiuzhu --data-dir DIR backup --out FILE</source>
        <translation>用法：jiuzhu --data-dir 目录 backup --out 文件</translation>
    </message>
    <message>
        <source>eligible</source>
        <translation>符合条件</translation>
    </message>
    <message>
        <source>not eligible</source>
        <translation>不符合条件</translation>
    </message>
    <message>
        <source>Monthly amount: %1 yuan</source>
        <translation>月救助金：%1 元</translation>
    </message>
    <message>
        <source>One-off amount: %1 yuan</source>
        <translation>一次性救助金：%1 元</translation>
    </message>
    <message>
        <source>Above the township&apos;s entrusted limit: the district approves this amount.</source>
        <translation>超出乡镇（街道）受委托权限：该金额由区县审批。</translation>
    </message>
    <message>
        <source>Input file.</source>
        <translation>输入文件。</translation>
    </message>
    <message>
        <source>Usage: jiuzhu calc --input FILE.json [--json]</source>
        <translation>用法：jiuzhu calc --input 文件.json [--json]</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已超期</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>今天到期</translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation>本周到期</translation>
    </message>
    <message>
        <source>case %1</source>
        <translation>案件 %1</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Usage: jiuzhu --data-dir DIR cases due [--user ID] [--json]</source>
        <translation>用法：jiuzhu --data-dir 目录 cases due [--user 编号] [--json]</translation>
    </message>
    <message>
        <source>Staff accounts (password %1):</source>
        <translation>工作人员账号（密码 %1）：</translation>
    </message>
    <message>
        <source>Jiuzhu: social-assistance review and confirmation desk.

Commands:
  demo --households N [--seed S]   create the demo office in the data folder
  search TEXT                      find households by name, pinyin, ID digits or village
  verify                           check the database, the audit chain and evidence files
  backup --out FILE                write a verified copy of the case store
  calc --input FILE.json           trial calculation: eligibility, amounts and their explanation
  cases due [--user ID]            deadlines overdue, due today and due this week
  cases follow-up --case ID [--type TYPE --user ID]
                                   classified review of a refused case: list or open
  roster --month YYYY-MM [--close --user ID]
                                   the month&apos;s payment roster and reconciliation; close it
  reviews due --month YYYY-MM      the yearly reviews due in the month
  change --case ID --event KIND --date DATE --user ID [--income YUAN]
         [--persons N --amount YUAN [--decided DATE] | --ineligible]
                                   a death, birth, marriage, move-out or income-change
  review --case ID --user ID (--persons N --amount YUAN | --ineligible) [--decided DATE]
                                   the outcome of a review
  overpayments                     months paid that were not due, to recover</source>
        <translation>救助：社会救助审核确认工作台。

命令：
  demo --households N [--seed S]   在数据文件夹中创建演示单位
  search TEXT                      按姓名、拼音、身份证号末位或村（社区）查找家庭
  verify                           核验数据库、审计链和证据文件
  backup --out FILE                写出经过核验的案件库备份
  calc --input FILE.json           试算：是否符合条件、金额及计算说明
  cases due [--user ID]            已超期、今天到期和本周到期的办理时限
  cases follow-up --case ID [--type TYPE --user ID]
                                   不予批准案件的分类审核：列出或转入
  roster --month YYYY-MM [--close --user ID]
                                   本月发放花名册及核对；关账
  reviews due --month YYYY-MM      本月应开展的年度复核
  change --case ID --event KIND --date DATE --user ID [--income YUAN]
         [--persons N --amount YUAN [--decided DATE] | --ineligible]
                                   死亡、出生、婚姻、迁出或收入变化
  review --case ID --user ID (--persons N --amount YUAN | --ineligible) [--decided DATE]
                                   复核结果
  overpayments                     多发待追回、少发待补发的月份</translation>
    </message>
    <message>
        <source>The user (by id) who acts, or whose work is listed.</source>
        <translation>办理人或要列出其待办事项的用户（编号）。</translation>
    </message>
    <message>
        <source>The month.</source>
        <translation>月份。</translation>
    </message>
    <message>
        <source>YYYY-MM</source>
        <translation>年-月</translation>
    </message>
    <message>
        <source>Close the month&apos;s roster as paid.</source>
        <translation>按已发放关账本月花名册。</translation>
    </message>
    <message>
        <source>The case (by id).</source>
        <translation>案件（编号）。</translation>
    </message>
    <message>
        <source>Assistance type (e.g. near-dibao).</source>
        <translation>救助类别（如 near-dibao）。</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>death, birth, marriage, move-out or income-change.</source>
        <translation>death（死亡）、birth（出生）、marriage（婚姻）、move-out（迁出）或 income-change（收入变化）。</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>When it happened.</source>
        <translation>发生日期。</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>年-月-日</translation>
    </message>
    <message>
        <source>When the review was decided (default: today).</source>
        <translation>复核决定日期（默认今天）。</translation>
    </message>
    <message>
        <source>The household&apos;s new monthly income.</source>
        <translation>家庭新的月收入。</translation>
    </message>
    <message>
        <source>YUAN</source>
        <translation>元</translation>
    </message>
    <message>
        <source>Persons covered after the change.</source>
        <translation>变更后的保障人数。</translation>
    </message>
    <message>
        <source>Monthly benefit after the change.</source>
        <translation>变更后的月救助金额。</translation>
    </message>
    <message>
        <source>The household no longer qualifies: stop the benefit.</source>
        <translation>家庭已不符合条件：停发救助金。</translation>
    </message>
    <message>
        <source>One of the commands above.</source>
        <translation>上述命令之一。</translation>
    </message>
    <message>
        <source>Usage: jiuzhu --data-dir DIR cases follow-up --case ID [--type TYPE --user ID]</source>
        <translation>用法：jiuzhu --data-dir 目录 cases follow-up --case 编号 [--type 类别 --user 编号]</translation>
    </message>
    <message>
        <source>Usage: jiuzhu --data-dir DIR reviews due --month YYYY-MM [--json]</source>
        <translation>用法：jiuzhu --data-dir 目录 reviews due --month 年-月 [--json]</translation>
    </message>
    <message>
        <source>Usage: jiuzhu --data-dir DIR roster --month YYYY-MM [--close --user ID] [--json]</source>
        <translation>用法：jiuzhu --data-dir 目录 roster --month 年-月 [--close --user 编号] [--json]</translation>
    </message>
    <message>
        <source>Usage: jiuzhu --data-dir DIR review --case ID --user ID (--persons N --amount YUAN | --ineligible) [--decided YYYY-MM-DD]</source>
        <translation>用法：jiuzhu --data-dir 目录 review --case 编号 --user 编号 (--persons 人数 --amount 元 | --ineligible) [--decided 年-月-日]</translation>
    </message>
    <message>
        <source>Usage: jiuzhu --data-dir DIR change --case ID --event KIND --date YYYY-MM-DD --user ID [--income YUAN] [--persons N --amount YUAN [--decided YYYY-MM-DD] | --ineligible]</source>
        <translation>用法：jiuzhu --data-dir 目录 change --case 编号 --event 事项 --date 年-月-日 --user 编号 [--income 元] [--persons 人数 --amount 元 [--decided 年-月-日] | --ineligible]</translation>
    </message>
    <message>
        <source>Usage: jiuzhu --data-dir DIR overpayments [--json]</source>
        <translation>用法：jiuzhu --data-dir 目录 overpayments [--json]</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>按月</translation>
    </message>
    <message>
        <source>one-off</source>
        <translation>一次性</translation>
    </message>
    <message>
        <source>Payment roster of %1 (closed: paid as shown)</source>
        <translation>%1 发放花名册（已关账：按所列金额发放）</translation>
    </message>
    <message>
        <source>Payment roster of %1 (open: as due from the decisions)</source>
        <translation>%1 发放花名册（未关账：按审核确认决定应发）</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Households</source>
        <translation>户数</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Yuan</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Since last month: %1 new, %2 exits, %3 adjustments, %4 one-off payments.</source>
        <translation>较上月：新增 %1，退出 %2，调整 %3，一次性发放 %4。</translation>
    </message>
    <message>
        <source>The month reconciles with last month&apos;s roster.</source>
        <translation>本月与上月花名册核对一致。</translation>
    </message>
    <message>
        <source>The month does not reconcile:</source>
        <translation>本月核对不一致：</translation>
    </message>
    <message>
        <source>  %1: paid %2 yuan, due %3 yuan: %4 yuan to recover</source>
        <translation>  %1：已发 %2 元，应发 %3 元，应追回 %4 元</translation>
    </message>
    <message>
        <source>  %1: paid %2 yuan, due %3 yuan: %4 yuan to pay</source>
        <translation>  %1：已发 %2 元，应发 %3 元，应补发 %4 元</translation>
    </message>
    <message>
        <source>Reviews due in %1: %2</source>
        <translation>%1 应复核：%2 件</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) overdue</source>
        <translation>
            <numerusform>已逾期 %n 个月</numerusform>
        </translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>A review needs --amount and --persons, or --ineligible.</source>
        <translation>复核需要 --amount 和 --persons，或 --ineligible。</translation>
    </message>
    <message>
        <source>Overpayments and back payments: %1</source>
        <translation>多发与少发：%1 条</translation>
    </message>
    <message>
        <source>Opened case %1 (%2) from case %3.</source>
        <translation>已由案件 %3 转入并建立案件 %1（%2）。</translation>
    </message>
    <message>
        <source>Case %1 may be assessed for:</source>
        <translation>案件 %1 可转入以下类别审核：</translation>
    </message>
</context>
<context>
    <name>ContentStore</name>
    <message>
        <source>Evidence folder</source>
        <translation>证据文件夹</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot write the evidence file: %1.</source>
        <translation>无法写入证据文件：%1。</translation>
    </message>
    <message>
        <source>Evidence file</source>
        <translation>证据文件</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>无法读取 %1：%2。</translation>
    </message>
    <message>
        <source>Not a SHA-256 name.</source>
        <translation>不是 SHA-256 文件名。</translation>
    </message>
    <message>
        <source>The evidence file %1 is missing from the content folder.</source>
        <translation>证据文件 %1 在证据文件夹中缺失。</translation>
    </message>
    <message>
        <source>The evidence file %1 was changed: its contents no longer match its name.</source>
        <translation>证据文件 %1 已被改动：内容与文件名不再一致。</translation>
    </message>
</context>
<context>
    <name>DateRange</name>
    <message>
        <source>Start date</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>The start date is not a valid date.</source>
        <translation>开始日期不是有效日期。</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>The end date is not a valid date.</source>
        <translation>结束日期不是有效日期。</translation>
    </message>
    <message>
        <source>The end date %1 is before the start date %2.</source>
        <translation>结束日期 %1 早于开始日期 %2。</translation>
    </message>
</context>
<context>
    <name>DemoOfficeGenerator</name>
    <message>
        <source>Office</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>This data folder already holds the office %1; the demo office needs an empty one.</source>
        <translation>该数据文件夹已属于 %1；演示单位需要一个空的数据文件夹。</translation>
    </message>
    <message>
        <source>Number of households</source>
        <translation>户数</translation>
    </message>
    <message>
        <source>A demo office has %1 to %2 households, not %3.</source>
        <translation>演示单位的户数应为 %1 至 %2 户，而不是 %3 户。</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>当天日期</translation>
    </message>
    <message>
        <source>The demo needs today&apos;s date (2000 or later) to place its cases in time.</source>
        <translation>生成演示数据需要当天日期（2000年及以后），用于安排案件时间。</translation>
    </message>
    <message>
        <source>Office code</source>
        <translation>单位代码</translation>
    </message>
    <message>
        <source>The township code has 9 digits and begins with a province code, such as 130123101.</source>
        <translation>乡镇代码为9位数字，以省级代码开头，例如 130123101。</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>每批户数</translation>
    </message>
    <message>
        <source>At least one household must be written per transaction.</source>
        <translation>每个事务至少写入一户。</translation>
    </message>
</context>
<context>
    <name>DemoOfficeLife</name>
    <message>
        <source>Demo entrustment letter</source>
        <translation>演示委托书</translation>
    </message>
    <message>
        <source>Yearly review: circumstances unchanged</source>
        <translation>年度复核：家庭情况无变化</translation>
    </message>
</context>
<context>
    <name>DemoStandards</name>
    <message>
        <source>Line %1 of the demo standards is not key, area, month and value separated by tabs.</source>
        <translation>演示标准文件第 %1 行不是以制表符分隔的键、地区、月份和数值。</translation>
    </message>
</context>
<context>
    <name>DemoWordLists</name>
    <message>
        <source>The demo data file %1 cannot be read: %2.</source>
        <translation>无法读取演示数据文件 %1：%2。</translation>
    </message>
    <message>
        <source>Line %1 of the demo data file %2 is malformed.</source>
        <translation>演示数据文件 %2 第 %1 行格式错误。</translation>
    </message>
    <message>
        <source>The demo data file %1 is empty.</source>
        <translation>演示数据文件 %1 为空。</translation>
    </message>
    <message>
        <source>The demo data file %1 has no entry %2.</source>
        <translation>演示数据文件 %1 缺少条目 %2。</translation>
    </message>
</context>
<context>
    <name>DiscrepancyText</name>
    <message>
        <source>Overall</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>%1, monthly</source>
        <translation>%1（按月发放）</translation>
    </message>
    <message>
        <source>%1, one-off</source>
        <translation>%1（一次性发放）</translation>
    </message>
    <message>
        <source>households</source>
        <translation>户数</translation>
    </message>
    <message>
        <source>persons</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>%1 yuan</source>
        <translation>%1元</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 appears more than once in the lists of changes; keep it in one list only.</source>
        <translation>%1在变动名单中出现多次；只能保留在一个名单中。</translation>
    </message>
    <message>
        <source>%1 is listed as new but was already paid last month; record it as an adjustment.</source>
        <translation>%1列为新增，但上月已发放；应作为调整登记。</translation>
    </message>
    <message>
        <source>%1 is listed as an exit or adjustment but was not paid last month; list it as new.</source>
        <translation>%1列为退出或调整，但上月未发放；应列为新增。</translation>
    </message>
    <message>
        <source>%1: the list of changes starts from a line that differs from last month&apos;s roster; take the persons and amount before the change from last month&apos;s roster.</source>
        <translation>%1：变动名单中变动前的数据与上月花名册不一致；变动前的人数和金额应取自上月花名册。</translation>
    </message>
    <message>
        <source>%1 is missing from this month&apos;s roster although last month&apos;s roster and the changes keep it paid; add the line, or list the case as an exit.</source>
        <translation>%1未列入本月花名册，但按上月花名册和变动名单应继续发放；请补列该行，或将其列为退出。</translation>
    </message>
    <message>
        <source>%1 is in the list of one-off payments but not on this month&apos;s roster; add the line.</source>
        <translation>%1在一次性发放名单中，但未列入本月花名册；请补列该行。</translation>
    </message>
    <message>
        <source>%1 is on this month&apos;s roster but neither on last month&apos;s nor in the list of new beneficiaries; list it as new, or remove the line.</source>
        <translation>%1在本月花名册中，但既不在上月花名册中，也不在新增名单中；请列为新增，或删除该行。</translation>
    </message>
    <message>
        <source>%1 has a one-off line on this month&apos;s roster that is not in the list of one-off payments; add it to the list, or remove the line.</source>
        <translation>%1在本月花名册中有一次性发放行，但不在一次性发放名单中；请补入名单，或删除该行。</translation>
    </message>
    <message>
        <source>%1, %2: the roster line has %3, but last month&apos;s roster and the changes give %4; correct the line, or record the change.</source>
        <translation>%1，%2：花名册中为%3，但按上月花名册和变动名单应为%4；请更正该行，或登记相应变动。</translation>
    </message>
    <message>
        <source>%1 is in the list of one-off payments twice; delete the duplicate entry.</source>
        <translation>%1在一次性发放名单中出现两次；请删除重复项。</translation>
    </message>
    <message>
        <source>%1 is for %2 but should be for %3; use the one of the right month.</source>
        <translation>%1为%2的，应为%3的；请使用正确月份的材料。</translation>
    </message>
    <message>
        <source>%1 has two lines of the same kind on this month&apos;s roster; delete the duplicate line.</source>
        <translation>%1在本月花名册中有两行同类发放；请删除重复行。</translation>
    </message>
    <message>
        <source>Household %1 is paid twice for %2 this month, by cases %3 and %4; a household is paid once per type, so end one of the cases.</source>
        <translation>家庭%1本月在%2中由案件%3和%4重复发放；同一类别每户只能发放一次，请终止其中一个案件。</translation>
    </message>
    <message>
        <source>%1, %2: the statistics table says %3 but the roster adds up to %4; rebuild the statistics table from the roster.</source>
        <translation>%1，%2：统计表为%3，但花名册合计为%4；请根据花名册重新生成统计表。</translation>
    </message>
    <message>
        <source>%1, %2: the month&apos;s list of one-off payments gives %3 but the roster has %4; list every one-off on the roster and in the list, or correct the line.</source>
        <translation>%1，%2：本月一次性发放名单合计为%3，但花名册为%4；每笔一次性发放须同时列入花名册和名单，或更正该行。</translation>
    </message>
    <message>
        <source>%1, %2: last month&apos;s roster with the new, exit and adjustment lists gives %3 but this month&apos;s roster has %4; record the missing change or correct the roster.</source>
        <translation>%1，%2：上月花名册加新增、减退出、计调整后应为%3，但本月花名册为%4；请补登遗漏的变动，或更正花名册。</translation>
    </message>
    <message>
        <source>%1: the amounts are too large to be added up; look for an amount typed with extra digits.</source>
        <translation>%1：金额过大，无法合计；请检查是否有金额多输了位数。</translation>
    </message>
    <message>
        <source>Last month&apos;s roster</source>
        <translation>上月花名册</translation>
    </message>
    <message>
        <source>The list of changes</source>
        <translation>变动名单</translation>
    </message>
    <message>
        <source>The statistics table</source>
        <translation>统计表</translation>
    </message>
</context>
<context>
    <name>DomainText</name>
    <message>
        <source>Minimum living allowance</source>
        <translation>最低生活保障</translation>
    </message>
    <message>
        <source>Extreme-poverty support</source>
        <translation>特困人员救助供养</translation>
    </message>
    <message>
        <source>Temporary assistance (emergency)</source>
        <translation>临时救助（急难型）</translation>
    </message>
    <message>
        <source>Temporary assistance (expenditure)</source>
        <translation>临时救助（支出型）</translation>
    </message>
    <message>
        <source>Near-minimum household</source>
        <translation>低保边缘家庭</translation>
    </message>
    <message>
        <source>Rigid-expense hardship household</source>
        <translation>刚性支出困难家庭</translation>
    </message>
    <message>
        <source>Seriously ill patient impoverished by illness</source>
        <translation>因病致贫重病患者</translation>
    </message>
    <message>
        <source>Case-by-case deliberation</source>
        <translation>一事一议</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>已申请</translation>
    </message>
    <message>
        <source>Materials incomplete</source>
        <translation>待补齐材料</translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>Under investigation</source>
        <translation>调查核实中</translation>
    </message>
    <message>
        <source>Preliminary opinion given</source>
        <translation>已出具初审意见</translation>
    </message>
    <message>
        <source>In publicity</source>
        <translation>公示中</translation>
    </message>
    <message>
        <source>Democratic appraisal</source>
        <translation>民主评议</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>不予批准</translation>
    </message>
    <message>
        <source>Referred to the district</source>
        <translation>已报区县审批</translation>
    </message>
    <message>
        <source>Payment suspended</source>
        <translation>暂停发放</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>已退出</translation>
    </message>
    <message>
        <source>Household head</source>
        <translation>户主</translation>
    </message>
    <message>
        <source>Spouse</source>
        <translation>配偶</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>子女</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>父母</translation>
    </message>
    <message>
        <source>Grandchild</source>
        <translation>孙子女</translation>
    </message>
    <message>
        <source>Grandparent</source>
        <translation>祖父母</translation>
    </message>
    <message>
        <source>Sibling</source>
        <translation>兄弟姐妹</translation>
    </message>
    <message>
        <source>Son- or daughter-in-law</source>
        <translation>儿媳、女婿</translation>
    </message>
    <message>
        <source>Other relative</source>
        <translation>其他亲属</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Urban</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Rural</source>
        <translation>农村</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村</translation>
    </message>
    <message>
        <source>Agent (village or community)</source>
        <translation>代为申请（村、社区）</translation>
    </message>
    <message>
        <source>Active discovery</source>
        <translation>主动发现</translation>
    </message>
    <message>
        <source>Emergency aid granted, paperwork pending</source>
        <translation>已先行救助，待补齐手续</translation>
    </message>
</context>
<context>
    <name>FieldRules</name>
    <message>
        <source>At most %1 characters are allowed (%2 entered).</source>
        <translation>最多 %1 个字符（已输入 %2 个）。</translation>
    </message>
    <message>
        <source>Contains an invisible control character (U+%1); retype the text.</source>
        <translation>含有不可见的控制字符（U+%1），请重新输入。</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>此项必填。</translation>
    </message>
</context>
<context>
    <name>FilingCalendar</name>
    <message>
        <source>Monthly payment</source>
        <translation>按月发放</translation>
    </message>
    <message>
        <source>Adjustments (new, exits, changes)</source>
        <translation>调整（新增、退出、变更）</translation>
    </message>
    <message>
        <source>Reconciliation and statistics table</source>
        <translation>发放核对及统计表报送</translation>
    </message>
    <message>
        <source>No deadline for %1 is in force: %2</source>
        <translation>%1没有有效的截止日期：%2</translation>
    </message>
    <message>
        <source>The deadline must be a day of the month, not %1.</source>
        <translation>截止日期须为当月的某一天，而不是%1。</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>The day to look from is not a valid date.</source>
        <translation>查看日期不是有效日期。</translation>
    </message>
    <message>
        <source>%1: done (due %2).</source>
        <translation>%1：已完成（截止%2）。</translation>
    </message>
    <message numerus="yes">
        <source>%1: due in %n day(s), on %2.</source>
        <translation>
            <numerusform>%1：还有%n天到期，截止%2。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: due today (%2).</source>
        <translation>%1：今天到期（%2）。</translation>
    </message>
    <message numerus="yes">
        <source>%1: overdue by %n day(s); it was due on %2.</source>
        <translation>
            <numerusform>%1：已逾期%n天，截止日期为%2。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HouseholdRepository</name>
    <message>
        <source>Member %1: %2</source>
        <translation>成员 %1：%2</translation>
    </message>
    <message>
        <source>Village or community</source>
        <translation>村（社区）</translation>
    </message>
    <message>
        <source>Choose the village or community the household lives in.</source>
        <translation>请选择该户所在的村（社区）。</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>银行账号</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>家庭成员</translation>
    </message>
    <message>
        <source>A household needs at least one member.</source>
        <translation>一户至少要有一名成员。</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>The same ID number is entered for two members.</source>
        <translation>两名成员填写了相同的身份证号。</translation>
    </message>
    <message>
        <source>Disability grade</source>
        <translation>残疾等级</translation>
    </message>
    <message>
        <source>The disability grade must be 1 to 4, or none.</source>
        <translation>残疾等级应为一至四级，或无。</translation>
    </message>
    <message>
        <source>Monthly income</source>
        <translation>月收入</translation>
    </message>
    <message>
        <source>Income cannot be negative.</source>
        <translation>收入不能为负数。</translation>
    </message>
    <message>
        <source>Disability type</source>
        <translation>残疾类别</translation>
    </message>
    <message>
        <source>Illness</source>
        <translation>疾病</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>就业情况</translation>
    </message>
    <message>
        <source>Household head</source>
        <translation>户主</translation>
    </message>
    <message>
        <source>Exactly one member must be the household head (found %1).</source>
        <translation>必须有且只有一名成员为户主（现有 %1 名）。</translation>
    </message>
    <message>
        <source>This person is already registered in household %1.</source>
        <translation>此人已登记在家庭 %1 中。</translation>
    </message>
    <message>
        <source>The chosen village or community does not exist.</source>
        <translation>所选的村（社区）不存在。</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>家庭</translation>
    </message>
    <message>
        <source>Household %1 does not exist.</source>
        <translation>家庭 %1 不存在。</translation>
    </message>
    <message>
        <source>Village or community name</source>
        <translation>村（社区）名称</translation>
    </message>
    <message>
        <source>A village or community named %1 already exists.</source>
        <translation>已有名为 %1 的村（社区）。</translation>
    </message>
</context>
<context>
    <name>HouseholdSituation</name>
    <message>
        <source>Assessment date</source>
        <translation>测算日期</translation>
    </message>
    <message>
        <source>The assessment date is missing.</source>
        <translation>缺少测算日期。</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>家庭成员</translation>
    </message>
    <message>
        <source>A household has 1 to %1 members, not %2.</source>
        <translation>一户应有1至 %1 名成员，而不是 %2 名。</translation>
    </message>
    <message>
        <source>Member %1</source>
        <translation>成员 %1</translation>
    </message>
    <message>
        <source>The birth date must be a real date not after the assessment date.</source>
        <translation>出生日期必须是真实日期，且不晚于测算日期。</translation>
    </message>
    <message>
        <source>The monthly income must be between 0 and 100,000,000 yuan.</source>
        <translation>月收入应在0至100,000,000元之间。</translation>
    </message>
    <message>
        <source>The disability grade must be 0 (none) or 1 to 4.</source>
        <translation>残疾等级应为0（无）或1至4级。</translation>
    </message>
    <message>
        <source>At least one member must live in the household (co-resident).</source>
        <translation>至少要有一名成员共同生活。</translation>
    </message>
    <message>
        <source>Expenditure</source>
        <translation>支出</translation>
    </message>
    <message>
        <source>Expenditure and needs must be between 0 and 100,000,000 yuan.</source>
        <translation>支出和需求金额应在0至100,000,000元之间。</translation>
    </message>
</context>
<context>
    <name>IdNumber</name>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>An ID number is required.</source>
        <translation>身份证号必填。</translation>
    </message>
    <message>
        <source>An ID number has 18 characters (or 15 digits for an old-style number), not %1.</source>
        <translation>身份证号应为18位（旧式证件为15位数字），而不是 %1 位。</translation>
    </message>
    <message>
        <source>Character %1 is X, but X is allowed only as the last character of an 18-character ID number.</source>
        <translation>第 %1 位是 X，但 X 只能出现在18位身份证号的最后一位。</translation>
    </message>
    <message>
        <source>Character %1 should be a digit, not “%2”.</source>
        <translation>第 %1 位应为数字，而不是“%2”。</translation>
    </message>
    <message>
        <source>The region code starts with %1, which is not a province-level code.</source>
        <translation>地址码以 %1 开头，不是省级行政区划代码。</translation>
    </message>
    <message>
        <source>The birth date %1 is not a real calendar date.</source>
        <translation>出生日期 %1 不是真实存在的日期。</translation>
    </message>
    <message>
        <source>The birth date %1 is before 1900-01-01.</source>
        <translation>出生日期 %1 早于1900年1月1日。</translation>
    </message>
    <message>
        <source>Today&apos;s date is unknown, so the birth date cannot be checked.</source>
        <translation>不知道当天日期，无法检查出生日期。</translation>
    </message>
    <message>
        <source>The birth date %1 is after today (%2).</source>
        <translation>出生日期 %1 晚于今天（%2）。</translation>
    </message>
    <message>
        <source>The check digit should be %1, not %2.</source>
        <translation>校验码应为 %1，而不是 %2。</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>Case store</source>
        <translation>案件库</translation>
    </message>
    <message>
        <source>The case store was written by a newer version of Jiuzhu (format %1; this version reads up to %2). Install the newer version to open it.</source>
        <translation>该案件库由更新版本的救助写入（格式 %1；本版本最高只能读取格式 %2）。请安装新版本后再打开。</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>An amount is required.</source>
        <translation>金额必填。</translation>
    </message>
    <message>
        <source>“%1” cannot appear in an amount; use digits, a minus sign, thousands separators and a decimal point.</source>
        <translation>金额中不能出现“%1”；请只用数字、负号、千位分隔符和小数点。</translation>
    </message>
    <message>
        <source>An amount can have only one decimal point.</source>
        <translation>金额只能有一个小数点。</translation>
    </message>
    <message>
        <source>An amount needs digits, not just a sign.</source>
        <translation>金额需要数字，不能只有符号。</translation>
    </message>
    <message>
        <source>An amount needs at least one digit before the decimal point.</source>
        <translation>小数点前至少要有一位数字。</translation>
    </message>
    <message>
        <source>Thousands separators must split the yuan into groups of three digits, as in 1,234,567.89.</source>
        <translation>千位分隔符应每三位分隔一次，例如 1,234,567.89。</translation>
    </message>
    <message>
        <source>A decimal point must be followed by one or two digits.</source>
        <translation>小数点后应有一位或两位数字。</translation>
    </message>
    <message>
        <source>An amount can have at most two decimal places (fen), but this one has %1.</source>
        <translation>金额最多保留两位小数（到分），此处有 %1 位。</translation>
    </message>
    <message>
        <source>The amount is too large to be stored.</source>
        <translation>金额过大，无法保存。</translation>
    </message>
    <message>
        <source>%1 cannot be negative.</source>
        <translation>%1不能为负数。</translation>
    </message>
    <message>
        <source>Adding %1 to %2 gives an amount too large to be stored.</source>
        <translation>%2 加 %1 的结果过大，无法保存。</translation>
    </message>
    <message>
        <source>Subtracting %1 from %2 gives an amount too large to be stored.</source>
        <translation>%2 减 %1 的结果超出可保存的范围。</translation>
    </message>
    <message>
        <source>Multiplying %1 by %2 gives an amount too large to be stored.</source>
        <translation>%1 乘以 %2 的结果过大，无法保存。</translation>
    </message>
    <message>
        <source>The amount %1 has no positive counterpart that can be stored.</source>
        <translation>金额 %1 取反后超出可保存的范围。</translation>
    </message>
</context>
<context>
    <name>OfficeRepository</name>
    <message>
        <source>Office name</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <source>District name</source>
        <translation>区县名称</translation>
    </message>
    <message>
        <source>Office code</source>
        <translation>单位代码</translation>
    </message>
    <message>
        <source>The office code is the 6-, 9- or 12-digit administrative division code.</source>
        <translation>单位代码为6位、9位或12位行政区划代码。</translation>
    </message>
    <message>
        <source>District code</source>
        <translation>区县代码</translation>
    </message>
    <message>
        <source>The district code is the 6-digit administrative division code.</source>
        <translation>区县代码为6位行政区划代码。</translation>
    </message>
    <message>
        <source>The office code must begin with the district code %1.</source>
        <translation>单位代码必须以区县代码 %1 开头。</translation>
    </message>
    <message>
        <source>Office phone</source>
        <translation>单位电话</translation>
    </message>
    <message>
        <source>Office address</source>
        <translation>单位地址</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>This data folder already belongs to %1.</source>
        <translation>该数据文件夹已属于 %1。</translation>
    </message>
    <message>
        <source>Entrustment period</source>
        <translation>委托期限</translation>
    </message>
    <message>
        <source>The entrustment needs a first and a last day, the last not before the first.</source>
        <translation>委托期限需要起止日期，且截止日期不能早于起始日期。</translation>
    </message>
</context>
<context>
    <name>OverpaymentFinder</name>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>The amounts paid wrongly are too large to be added up.</source>
        <translation>错发金额过大，无法合计。</translation>
    </message>
    <message>
        <source>The corrected case is listed twice.</source>
        <translation>更正后的案件重复列出。</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>The roster of %1 is given twice.</source>
        <translation>%1的花名册重复提供。</translation>
    </message>
    <message>
        <source>The roster of %1 pays the case twice; reconcile it before counting overpayments.</source>
        <translation>%1的花名册对该案件重复发放；请先核对花名册，再计算多发金额。</translation>
    </message>
</context>
<context>
    <name>PayableCase</name>
    <message>
        <source>Case %1</source>
        <translation>案件%1</translation>
    </message>
    <message>
        <source>%1: period %2</source>
        <translation>%1：第%2个发放期</translation>
    </message>
    <message>
        <source>%1: one-off payment %2</source>
        <translation>%1：第%2笔一次性发放</translation>
    </message>
    <message>
        <source>A payable case must have been stored first.</source>
        <translation>发放案件须先保存。</translation>
    </message>
    <message>
        <source>A payable case must belong to a stored household.</source>
        <translation>发放案件须属于已保存的家庭。</translation>
    </message>
    <message>
        <source>A monthly amount cannot be negative.</source>
        <translation>月发放金额不能为负数。</translation>
    </message>
    <message>
        <source>A benefit must be paid for at least one person.</source>
        <translation>救助金至少保障一人。</translation>
    </message>
    <message>
        <source>The period ends in %1, before it starts in %2.</source>
        <translation>发放期止于%1，早于起始月份%2。</translation>
    </message>
    <message>
        <source>Periods must be listed in order: this one starts in %1, not after the one before (%2).</source>
        <translation>发放期须按顺序排列：本期起于%1，未晚于前一期（%2）。</translation>
    </message>
    <message>
        <source>The period starting in %1 overlaps the one before it; a month can be paid only once.</source>
        <translation>起于%1的发放期与前一期重叠；同一月份只能发放一次。</translation>
    </message>
    <message>
        <source>A one-off amount cannot be negative.</source>
        <translation>一次性发放金额不能为负数。</translation>
    </message>
    <message>
        <source>A one-off payment must be for at least one person.</source>
        <translation>一次性发放至少保障一人。</translation>
    </message>
    <message>
        <source>The case already has a one-off payment in %1; a further grant needs its own case.</source>
        <translation>该案件%1已有一次性发放；再次救助须另立案件。</translation>
    </message>
</context>
<context>
    <name>PaymentDesk</name>
    <message>
        <source>Closing a month&apos;s payment roster needs the clerk or confirmer role.</source>
        <translation>关账月度发放花名册需要经办人或审核确认人角色。</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>%1 has not begun: a month&apos;s roster can be closed from its first day on.</source>
        <translation>%1 尚未开始：月度花名册自该月第一天起方可关账。</translation>
    </message>
    <message>
        <source>The roster of %1 is already closed.</source>
        <translation>%1 的花名册已经关账。</translation>
    </message>
    <message>
        <source>%1 is earlier than %2, the last month closed.</source>
        <translation>%1 早于最近关账的月份 %2。</translation>
    </message>
    <message>
        <source>Close %1 first: months are closed in order, and the last closed is %2.</source>
        <translation>请先关账 %1：月份须按顺序关账，最近关账的是 %2。</translation>
    </message>
    <message>
        <source>The roster of %1 does not reconcile:
%2</source>
        <translation>%1 的花名册核对不一致：
%2</translation>
    </message>
    <message>
        <source>Recording a change in a beneficiary household needs the clerk or confirmer role.</source>
        <translation>登记救助家庭的变化需要经办人或审核确认人角色。</translation>
    </message>
    <message>
        <source>Date of the event</source>
        <translation>变化发生日期</translation>
    </message>
    <message>
        <source>The event is dated %1, after today: record changes that have happened.</source>
        <translation>该事项日期为 %1，晚于今天：请登记已经发生的变化。</translation>
    </message>
    <message>
        <source>Deciding the outcome of a review needs the confirmer role.</source>
        <translation>决定复核结果需要审核确认人角色。</translation>
    </message>
    <message>
        <source>Date of decision</source>
        <translation>决定日期</translation>
    </message>
    <message>
        <source>A review cannot be decided on a day still to come (%1).</source>
        <translation>复核不能在尚未到来的日期（%1）作出决定。</translation>
    </message>
</context>
<context>
    <name>PaymentRepository</name>
    <message>
        <source>A stored month is not a month: &quot;%1&quot;.</source>
        <translation>存储的月份无效：“%1”。</translation>
    </message>
    <message>
        <source>Assistance type</source>
        <translation>救助类别</translation>
    </message>
    <message>
        <source>Case %1 has an unknown assistance type.</source>
        <translation>案件 %1 的救助类别无法识别。</translation>
    </message>
    <message>
        <source>Benefit period</source>
        <translation>救助期间</translation>
    </message>
    <message>
        <source>One-off payment</source>
        <translation>一次性发放</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Case %1 does not exist.</source>
        <translation>案件 %1 不存在。</translation>
    </message>
    <message>
        <source>Payment roster</source>
        <translation>发放花名册</translation>
    </message>
    <message>
        <source>A line of the %1 roster has an unknown assistance type.</source>
        <translation>%1 花名册中有一行的救助类别无法识别。</translation>
    </message>
    <message>
        <source>The roster of %1 is already closed.</source>
        <translation>%1 的花名册已经关账。</translation>
    </message>
    <message>
        <source>Change event</source>
        <translation>变化事项</translation>
    </message>
    <message>
        <source>Change %1 has an unknown kind or direction.</source>
        <translation>变化事项 %1 的类型或调整方向无法识别。</translation>
    </message>
    <message>
        <source>Review outcome</source>
        <translation>复核结果</translation>
    </message>
    <message>
        <source>A review that was carried out has an outcome: raise, lower, stop or unchanged.</source>
        <translation>已开展的复核必须有结果：提高、降低、停发或不变。</translation>
    </message>
    <message>
        <source>Case %1: a review that was carried out has an outcome.</source>
        <translation>案件 %1：已开展的复核必须有结果。</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>复核</translation>
    </message>
    <message>
        <source>Overpayment</source>
        <translation>多发金额</translation>
    </message>
    <message>
        <source>Overpayment %1 cannot be read.</source>
        <translation>多发记录 %1 无法读取。</translation>
    </message>
</context>
<context>
    <name>PaymentRoster</name>
    <message>
        <source>The case is listed twice; each case must appear once when a roster is built.</source>
        <translation>该案件重复列出；生成花名册时每个案件只能出现一次。</translation>
    </message>
    <message>
        <source>Household %1 would be paid twice for %2 in %3, by this case and by case %4; end one case before the other starts.</source>
        <translation>家庭%1在%3将由本案件和案件%4重复发放%2；请在一个案件开始前终止另一个案件。</translation>
    </message>
</context>
<context>
    <name>PersonName</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>A name is required.</source>
        <translation>姓名必填。</translation>
    </message>
    <message>
        <source>A name can have at most %1 characters, but this one has %2.</source>
        <translation>姓名最多 %1 个字，此处有 %2 个。</translation>
    </message>
    <message>
        <source>The name contains an invisible control character (U+%1) at position %2.</source>
        <translation>姓名第 %2 个字符是不可见的控制字符（U+%1）。</translation>
    </message>
    <message>
        <source>Character %1 (U+%2) is not a recognised Unicode letter, so it cannot be stored reliably.</source>
        <translation>第 %1 个字符（U+%2）不是公认的 Unicode 文字，无法可靠保存。</translation>
    </message>
    <message>
        <source>A name cannot contain digits, but character %1 is “%2”.</source>
        <translation>姓名中不能有数字，但第 %1 个字符是“%2”。</translation>
    </message>
    <message>
        <source>A name cannot contain “%1” (character %2); only the middle dot · may separate its parts.</source>
        <translation>姓名中不能有“%1”（第 %2 个字符）；姓名各部分之间只能用间隔号 · 分隔。</translation>
    </message>
    <message>
        <source>Character %1 “%2” is neither a Han character nor a Latin letter.</source>
        <translation>第 %1 个字符“%2”既不是汉字也不是拉丁字母。</translation>
    </message>
    <message>
        <source>A name must be written entirely in Han characters or entirely in Latin letters, not a mix of both.</source>
        <translation>姓名应全部用汉字或全部用拉丁字母书写，不能混用。</translation>
    </message>
    <message>
        <source>Only names written in Latin letters can contain spaces.</source>
        <translation>只有用拉丁字母书写的姓名可以包含空格。</translation>
    </message>
    <message>
        <source>The middle dot · separates the parts of a name, so it cannot come first or last.</source>
        <translation>间隔号 · 用于分隔姓名各部分，不能在开头或末尾。</translation>
    </message>
    <message>
        <source>The middle dot · cannot appear twice in a row.</source>
        <translation>间隔号 · 不能连续出现。</translation>
    </message>
</context>
<context>
    <name>PhoneNumber</name>
    <message>
        <source>Phone number</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>A phone number is required.</source>
        <translation>联系电话必填。</translation>
    </message>
    <message>
        <source>An extension after “转” must be 1 to %1 digits.</source>
        <translation>“转”后面的分机号应为1至 %1 位数字。</translation>
    </message>
    <message>
        <source>Only mainland China numbers (country code +86) are accepted.</source>
        <translation>只接受中国大陆号码（国家代码 +86）。</translation>
    </message>
    <message>
        <source>“%1” cannot appear in a phone number; use digits, spaces and hyphens.</source>
        <translation>电话号码中不能出现“%1”；请只用数字、空格和连字符。</translation>
    </message>
    <message>
        <source>A phone number needs digits.</source>
        <translation>电话号码需要数字。</translation>
    </message>
    <message>
        <source>A mobile number has 11 digits, not %1.</source>
        <translation>手机号码应为11位，而不是 %1 位。</translation>
    </message>
    <message>
        <source>A mobile number starts with 13 to 19, not %1.</source>
        <translation>手机号码应以13至19开头，而不是 %1。</translation>
    </message>
    <message>
        <source>Only a landline number can have an extension.</source>
        <translation>只有固定电话可以有分机号。</translation>
    </message>
    <message>
        <source>A landline number needs its area code in front, such as 010 or 0571.</source>
        <translation>固定电话前面要加区号，例如 010 或 0571。</translation>
    </message>
    <message>
        <source>%1 is not an area code; area codes are 010, 020 to 029, or four digits starting 03 to 09.</source>
        <translation>%1 不是区号；区号为 010、020 至 029，或以03至09开头的四位数字。</translation>
    </message>
    <message>
        <source>A landline number has 7 or 8 digits after the area code %1, not %2.</source>
        <translation>区号 %1 后的固定电话号码应为7位或8位，而不是 %2 位。</translation>
    </message>
    <message>
        <source>A landline number cannot start with 0 or 1 after the area code.</source>
        <translation>区号后的固定电话号码不能以0或1开头。</translation>
    </message>
</context>
<context>
    <name>PinyinConverter</name>
    <message>
        <source>Surname pinyin table</source>
        <translation>姓氏拼音表</translation>
    </message>
    <message>
        <source>Line %1 must be a surname, one tab and its pinyin.</source>
        <translation>第 %1 行应为：姓氏、一个制表符、拼音。</translation>
    </message>
    <message>
        <source>Line %1: the surname “%2” must consist of Chinese characters only.</source>
        <translation>第 %1 行：姓氏“%2”只能由汉字组成。</translation>
    </message>
    <message>
        <source>Line %1: “%2” is not toneless lower-case pinyin; separate syllables with single spaces.</source>
        <translation>第 %1 行：“%2”不是不带声调的小写拼音；音节之间用一个空格分隔。</translation>
    </message>
    <message>
        <source>Line %1: the surname “%2” has %3 characters but %4 syllables.</source>
        <translation>第 %1 行：姓氏“%2”有 %3 个字，却有 %4 个音节。</translation>
    </message>
    <message>
        <source>Line %1: the surname “%2” is listed twice.</source>
        <translation>第 %1 行：姓氏“%2”重复出现。</translation>
    </message>
</context>
<context>
    <name>PolicyCatalogue</name>
    <message>
        <source>dibao standard</source>
        <translation>低保标准</translation>
    </message>
    <message>
        <source>dibao calculation method</source>
        <translation>低保计算方法</translation>
    </message>
    <message>
        <source>dibao minimum payment per person</source>
        <translation>低保每人最低救助金</translation>
    </message>
    <message>
        <source>dibao add-on for the elderly</source>
        <translation>老年人分类施保</translation>
    </message>
    <message>
        <source>dibao add-on for minors</source>
        <translation>未成年人分类施保</translation>
    </message>
    <message>
        <source>dibao add-on for severe disability</source>
        <translation>重度残疾人分类施保</translation>
    </message>
    <message>
        <source>dibao add-on for serious illness</source>
        <translation>重病患者分类施保</translation>
    </message>
    <message>
        <source>age from which a member counts as elderly</source>
        <translation>老年人起算年龄</translation>
    </message>
    <message>
        <source>age below which a member counts as a minor</source>
        <translation>未成年人年龄上限</translation>
    </message>
    <message>
        <source>least severe disability grade counted as severe</source>
        <translation>计为重度残疾的最低等级</translation>
    </message>
    <message>
        <source>rule for members meeting several add-on conditions</source>
        <translation>同时符合多项分类施保条件时的规则</translation>
    </message>
    <message>
        <source>benefit rounding rule</source>
        <translation>救助金取整规则</translation>
    </message>
    <message>
        <source>tekun basic living multiple</source>
        <translation>特困基本生活标准倍数</translation>
    </message>
    <message>
        <source>tekun basic living standard</source>
        <translation>特困基本生活标准</translation>
    </message>
    <message>
        <source>tekun care standard for full loss of self-care</source>
        <translation>特困完全丧失生活自理能力照料护理标准</translation>
    </message>
    <message>
        <source>tekun care standard for partial loss of self-care</source>
        <translation>特困部分丧失生活自理能力照料护理标准</translation>
    </message>
    <message>
        <source>tekun care standard for full self-care</source>
        <translation>特困生活自理照料护理标准</translation>
    </message>
    <message>
        <source>near-dibao income multiple</source>
        <translation>低保边缘收入倍数</translation>
    </message>
    <message>
        <source>rigid expenditure threshold ratio</source>
        <translation>刚性支出占收入比例门槛</translation>
    </message>
    <message>
        <source>rigid expenditure income ceiling multiple</source>
        <translation>刚性支出困难收入上限倍数</translation>
    </message>
    <message>
        <source>rigid expenditure benefit share</source>
        <translation>刚性支出救助比例</translation>
    </message>
    <message>
        <source>rigid expenditure benefit cap multiple</source>
        <translation>刚性支出救助上限倍数</translation>
    </message>
    <message>
        <source>temporary assistance cap in months of the standard</source>
        <translation>临时救助上限（低保标准月数）</translation>
    </message>
    <message>
        <source>emergency assistance cap</source>
        <translation>急难型临时救助上限</translation>
    </message>
    <message>
        <source>share of expenditure paid as temporary assistance</source>
        <translation>临时救助支出补助比例</translation>
    </message>
    <message>
        <source>serious illness income multiple</source>
        <translation>重病患者收入倍数</translation>
    </message>
    <message>
        <source>serious illness benefit multiple</source>
        <translation>重病患者救助金倍数</translation>
    </message>
    <message>
        <source>publicity period</source>
        <translation>公示期</translation>
    </message>
    <message>
        <source>publicity period counted in working days</source>
        <translation>公示期按工作日计算</translation>
    </message>
    <message>
        <source>publicity period of expenditure-type temporary assistance</source>
        <translation>支出型临时救助公示期</translation>
    </message>
    <message>
        <source>expenditure-type publicity period counted in working days</source>
        <translation>支出型临时救助公示期按工作日计算</translation>
    </message>
    <message>
        <source>publicity period of a case-by-case decision</source>
        <translation>一事一议公示期</translation>
    </message>
    <message>
        <source>confirmation deadline</source>
        <translation>审核确认时限</translation>
    </message>
    <message>
        <source>extended confirmation deadline</source>
        <translation>延长后的审核确认时限</translation>
    </message>
    <message>
        <source>economic check length that allows the extension</source>
        <translation>可延长时限的经济状况核对天数</translation>
    </message>
    <message>
        <source>temporary assistance decision deadline</source>
        <translation>临时救助审核确认时限</translation>
    </message>
    <message>
        <source>refusal notice deadline</source>
        <translation>不予批准告知时限</translation>
    </message>
    <message>
        <source>emergency paperwork deadline</source>
        <translation>急难型救助补办手续时限</translation>
    </message>
    <message>
        <source>case-by-case filing deadline</source>
        <translation>一事一议备案时限</translation>
    </message>
    <message>
        <source>minimum participants in a case-by-case appraisal</source>
        <translation>一事一议评议最少参加人数</translation>
    </message>
    <message>
        <source>dibao review interval</source>
        <translation>低保复核周期</translation>
    </message>
    <message>
        <source>tekun review interval</source>
        <translation>特困复核周期</translation>
    </message>
    <message>
        <source>case-by-case review interval</source>
        <translation>一事一议复核周期</translation>
    </message>
    <message>
        <source>monthly payment day</source>
        <translation>每月发放日</translation>
    </message>
    <message>
        <source>temporary assistance payment deadline</source>
        <translation>临时救助发放时限</translation>
    </message>
    <message>
        <source>spot-check share of new beneficiaries</source>
        <translation>新增对象抽查比例</translation>
    </message>
    <message>
        <source>spot-check share of temporary assistance</source>
        <translation>临时救助抽查比例</translation>
    </message>
    <message>
        <source>check share of close-relative cases</source>
        <translation>近亲属备案对象核查比例</translation>
    </message>
    <message>
        <source>monthly adjustment filing day</source>
        <translation>每月调整截止日</translation>
    </message>
    <message>
        <source>monthly reconciliation filing day</source>
        <translation>每月对账截止日</translation>
    </message>
</context>
<context>
    <name>PolicySet</name>
    <message>
        <source>Policy key</source>
        <translation>政策参数</translation>
    </message>
    <message>
        <source>“%1” is not a known policy key; see the catalogue in PolicyKeys.h.</source>
        <translation>“%1”不是已知的政策参数；请查阅 PolicyKeys.h 中的参数目录。</translation>
    </message>
    <message>
        <source>The date from which the value applies is missing or not a real date.</source>
        <translation>起始执行日期缺失或不是真实日期。</translation>
    </message>
    <message>
        <source>Every policy value needs its source: the notice it comes from, or “illustrative”.</source>
        <translation>每个政策数值都要注明出处：所依据的文件，或注明“illustrative”（示例）。</translation>
    </message>
    <message>
        <source>The value must be one of the words %1, not a number.</source>
        <translation>该值应为 %1 之一，不能是数字。</translation>
    </message>
    <message>
        <source>“%1” is not allowed here; use one of %2.</source>
        <translation>此处不能使用“%1”；请使用 %2 之一。</translation>
    </message>
    <message>
        <source>The value must be a whole number, not text.</source>
        <translation>该值必须是整数，不能是文字。</translation>
    </message>
    <message>
        <source>The value %1 is outside the allowed range %2 to %3.</source>
        <translation>数值 %1 超出允许范围 %2 至 %3。</translation>
    </message>
    <message>
        <source>There is already a value for %1 (%2) from %3: %4.</source>
        <translation>%1（%2）自 %3 起已有数值：%4。</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>政策</translation>
    </message>
    <message>
        <source>The policy is not valid JSON: %1 at byte %2.</source>
        <translation>政策文件不是有效的 JSON：第 %2 字节处 %1。</translation>
    </message>
    <message>
        <source>The policy must be a JSON object with an “entries” list.</source>
        <translation>政策文件必须是包含“entries”列表的 JSON 对象。</translation>
    </message>
    <message>
        <source>Unknown member “%1”; a policy has only version, title, comment and entries.</source>
        <translation>未知字段“%1”；政策文件只能包含 version、title、comment 和 entries。</translation>
    </message>
    <message>
        <source>Only version 1 of the policy format is understood.</source>
        <translation>只支持第1版政策文件格式。</translation>
    </message>
    <message>
        <source>The policy has no “entries” list.</source>
        <translation>政策文件缺少“entries”列表。</translation>
    </message>
    <message>
        <source>Policy entry %1</source>
        <translation>第 %1 条政策</translation>
    </message>
    <message>
        <source>Policy entry %1 (%2)</source>
        <translation>第 %1 条政策（%2）</translation>
    </message>
    <message>
        <source>An entry must be a JSON object.</source>
        <translation>每条政策必须是一个 JSON 对象。</translation>
    </message>
    <message>
        <source>Unknown member “%1”; an entry has only key, area, from, value and source.</source>
        <translation>未知字段“%1”；每条政策只能包含 key、area、from、value 和 source。</translation>
    </message>
    <message>
        <source>The entry has no “key”.</source>
        <translation>该条缺少“key”。</translation>
    </message>
    <message>
        <source>“area” must be “urban” or “rural”, or be left out for both.</source>
        <translation>“area”应为“urban”或“rural”；城乡通用时省略。</translation>
    </message>
    <message>
        <source>“from” must be a real date written YYYY-MM-DD.</source>
        <translation>“from”必须是按 YYYY-MM-DD 格式填写的真实日期。</translation>
    </message>
    <message>
        <source>“value” must be a whole number (fen, basis points, days) or a word; fractions are not allowed.</source>
        <translation>“value”必须是整数（分、万分比、天数）或文字；不允许小数。</translation>
    </message>
    <message>
        <source>“%1” is not a known policy key.</source>
        <translation>“%1”不是已知的政策参数。</translation>
    </message>
    <message>
        <source>A policy value was asked for without a valid date.</source>
        <translation>查询政策数值时没有给出有效日期。</translation>
    </message>
    <message>
        <source>No %1 (%2, %3) is in force on %4.</source>
        <translation>%4 没有生效的%1（%2，%3）。</translation>
    </message>
    <message>
        <source>%1 (%2) is a word, not a number.</source>
        <translation>%1（%2）是文字，不是数字。</translation>
    </message>
    <message>
        <source>%1 (%2) is a number, not a word.</source>
        <translation>%1（%2）是数字，不是文字。</translation>
    </message>
</context>
<context>
    <name>ProcedureBook</name>
    <message>
        <source>Procedure file</source>
        <translation>办理程序文件</translation>
    </message>
    <message>
        <source>The built-in procedure file could not be read: %1.</source>
        <translation>无法读取内置的办理程序文件：%1。</translation>
    </message>
</context>
<context>
    <name>ProcedureItemParser</name>
    <message>
        <source>Procedure file</source>
        <translation>办理程序文件</translation>
    </message>
    <message>
        <source>Procedure %1: %2</source>
        <translation>%1办理程序：%2</translation>
    </message>
    <message>
        <source>Procedure %1, %2: %3</source>
        <translation>%1办理程序，%2：%3</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; is not understood.</source>
        <translation>无法识别字段“%1”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of names.</source>
        <translation>“%1”必须是名称列表。</translation>
    </message>
    <message>
        <source>the state &quot;%1&quot; is not a known case state.</source>
        <translation>“%1”不是已知的案件状态。</translation>
    </message>
    <message>
        <source>the material &quot;%1&quot; is not in the list of materials.</source>
        <translation>材料“%1”不在材料清单中。</translation>
    </message>
    <message>
        <source>the stage &quot;%1&quot; of material &quot;%2&quot; is unknown.</source>
        <translation>材料“%2”的阶段“%1”无法识别。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known condition for material &quot;%2&quot;.</source>
        <translation>“%1”不是材料“%2”的已知条件。</translation>
    </message>
    <message>
        <source>a transition has no action name.</source>
        <translation>有一个环节没有名称。</translation>
    </message>
    <message>
        <source>action %1</source>
        <translation>环节 %1</translation>
    </message>
    <message>
        <source>&quot;from&quot; must list the states the action starts from ([] opens a case).</source>
        <translation>“from”必须列出该环节的起始状态（[] 表示登记新案件）。</translation>
    </message>
    <message>
        <source>no role may take the action.</source>
        <translation>没有角色可以办理该环节。</translation>
    </message>
    <message>
        <source>the role &quot;%1&quot; is unknown.</source>
        <translation>角色“%1”无法识别。</translation>
    </message>
    <message>
        <source>the duty &quot;%1&quot; is unknown.</source>
        <translation>职责“%1”无法识别。</translation>
    </message>
    <message>
        <source>the input &quot;%1&quot; is unknown.</source>
        <translation>输入项“%1”无法识别。</translation>
    </message>
    <message>
        <source>the follow-up type &quot;%1&quot; is unknown.</source>
        <translation>后续救助类别“%1”无法识别。</translation>
    </message>
    <message>
        <source>the notice &quot;%1&quot; is unknown.</source>
        <translation>文书“%1”无法识别。</translation>
    </message>
    <message>
        <source>the stage &quot;%1&quot; is unknown.</source>
        <translation>阶段“%1”无法识别。</translation>
    </message>
    <message>
        <source>the policy parameter &quot;%1&quot; names no policy key.</source>
        <translation>政策参数“%1”没有对应的政策代码。</translation>
    </message>
    <message>
        <source>the %1 &quot;%2&quot; needs the input &quot;%3&quot;.</source>
        <translation>%1“%2”需要输入项“%3”。</translation>
    </message>
    <message>
        <source>the %1 &quot;%2&quot; needs a checklist stage.</source>
        <translation>%1“%2”需要指定材料清单阶段。</translation>
    </message>
    <message>
        <source>the %1 &quot;%2&quot; needs the policy parameter &quot;%3&quot;.</source>
        <translation>%1“%2”需要政策参数“%3”。</translation>
    </message>
    <message>
        <source>the guard &quot;%1&quot; is unknown.</source>
        <translation>校验规则“%1”无法识别。</translation>
    </message>
    <message>
        <source>guard</source>
        <translation>校验规则</translation>
    </message>
    <message>
        <source>the effect &quot;%1&quot; is unknown.</source>
        <translation>处理效果“%1”无法识别。</translation>
    </message>
    <message>
        <source>effect</source>
        <translation>处理效果</translation>
    </message>
    <message>
        <source>a deadline has no kind.</source>
        <translation>有一个时限没有类别。</translation>
    </message>
    <message>
        <source>deadline %1</source>
        <translation>时限 %1</translation>
    </message>
    <message>
        <source>the deadline runs in no state.</source>
        <translation>该时限不在任何状态下计算。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known end of a deadline.</source>
        <translation>“%1”不是已知的时限终点。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known start of a deadline.</source>
        <translation>“%1”不是已知的时限起点。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known unit of time.</source>
        <translation>“%1”不是已知的时间单位。</translation>
    </message>
    <message>
        <source>a deadline names a policy key exactly when it has a unit of time.</source>
        <translation>时限有时间单位时必须且只能指定政策代码。</translation>
    </message>
    <message>
        <source>an extended limit needs both &quot;extendedPolicy&quot; and &quot;extendWhenCheckOver&quot;.</source>
        <translation>延长时限需要同时指定“extendedPolicy”和“extendWhenCheckOver”。</translation>
    </message>
</context>
<context>
    <name>ProcedureParser</name>
    <message>
        <source>The procedure file is not valid JSON: %1 at offset %2.</source>
        <translation>办理程序文件不是有效的 JSON：第 %2 字节处 %1。</translation>
    </message>
    <message>
        <source>The procedure file must hold one JSON object.</source>
        <translation>办理程序文件必须是一个 JSON 对象。</translation>
    </message>
    <message>
        <source>The procedure file is of schema %1; this program reads schema 1.</source>
        <translation>办理程序文件格式为第 %1 版；本程序只能读取第1版。</translation>
    </message>
    <message>
        <source>The material &quot;%1&quot; has no printable name.</source>
        <translation>材料“%1”没有可打印的名称。</translation>
    </message>
    <message>
        <source>The procedure file defines no procedures.</source>
        <translation>办理程序文件中没有定义任何程序。</translation>
    </message>
    <message>
        <source>the type is defined twice.</source>
        <translation>该救助类别被定义了两次。</translation>
    </message>
    <message>
        <source>the type has no procedure.</source>
        <translation>该救助类别没有办理程序。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known assistance type.</source>
        <translation>“%1”不是已知的救助类别。</translation>
    </message>
    <message>
        <source>the state &quot;%1&quot; is listed twice.</source>
        <translation>状态“%1”重复列出。</translation>
    </message>
    <message>
        <source>the material &quot;%1&quot; is listed twice for the %2 stage.</source>
        <translation>材料“%1”在%2阶段重复列出。</translation>
    </message>
    <message>
        <source>fragments included in &quot;%1&quot; include each other in a loop.</source>
        <translation>“%1”中引用的片段相互循环引用。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list.</source>
        <translation>“%1”必须是列表。</translation>
    </message>
    <message>
        <source>the fragment &quot;%1&quot; is not defined.</source>
        <translation>片段“%1”未定义。</translation>
    </message>
</context>
<context>
    <name>ProcedureValidator</name>
    <message>
        <source>Procedure file</source>
        <translation>办理程序文件</translation>
    </message>
    <message>
        <source>Procedure %1: %2</source>
        <translation>%1办理程序：%2</translation>
    </message>
    <message>
        <source>Procedure %1, %2: %3</source>
        <translation>%1办理程序，%2：%3</translation>
    </message>
    <message>
        <source>action %1</source>
        <translation>环节 %1</translation>
    </message>
    <message>
        <source>the state &quot;%1&quot; is not one of this procedure&apos;s states.</source>
        <translation>状态“%1”不属于该办理程序。</translation>
    </message>
    <message>
        <source>the action is defined twice.</source>
        <translation>该环节被定义了两次。</translation>
    </message>
    <message>
        <source>a second action opens a case; only one may.</source>
        <translation>有第二个环节登记新案件；只能有一个。</translation>
    </message>
    <message>
        <source>the action that opens a case must name the state it starts in.</source>
        <translation>登记新案件的环节必须指明案件的初始状态。</translation>
    </message>
    <message>
        <source>the follow-up type &quot;%1&quot; must be another type with a procedure.</source>
        <translation>后续救助类别“%1”必须是另一个有办理程序的类别。</translation>
    </message>
    <message>
        <source>no action opens a case (an action whose &quot;from&quot; is empty).</source>
        <translation>没有登记新案件的环节（“from”为空的环节）。</translation>
    </message>
    <message>
        <source>no action leads to the state &quot;%1&quot;.</source>
        <translation>没有环节能到达状态“%1”。</translation>
    </message>
    <message>
        <source>deadline %1</source>
        <translation>时限 %1</translation>
    </message>
    <message>
        <source>the deadline is defined twice.</source>
        <translation>该时限被定义了两次。</translation>
    </message>
    <message>
        <source>the action &quot;%1&quot; is not part of this procedure.</source>
        <translation>环节“%1”不属于该办理程序。</translation>
    </message>
</context>
<context>
    <name>PublicityPeriod</name>
    <message>
        <source>Publicity</source>
        <translation>公示</translation>
    </message>
    <message>
        <source>The publicity needs the day it is posted.</source>
        <translation>公示需要填写张贴日期。</translation>
    </message>
    <message>
        <source>A publicity of %1 days is not possible; check the policy.</source>
        <translation>公示期不能为 %1 天；请检查政策参数。</translation>
    </message>
    <message>
        <source>The working-day calendar has no %1 working days after %2.</source>
        <translation>工作日历中 %2 之后没有 %1 个工作日。</translation>
    </message>
</context>
<context>
    <name>ReviewSchedule</name>
    <message>
        <source>No review interval for %1 is in force in %2: %3</source>
        <translation>%2没有有效的%1复核周期：%3</translation>
    </message>
    <message>
        <source>The review interval for %1 must be at least one month, not %2.</source>
        <translation>%1的复核周期至少为一个月，而不是%2。</translation>
    </message>
</context>
<context>
    <name>RoleText</name>
    <message>
        <source>Clerk</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Preliminary reviewer</source>
        <translation>初审人</translation>
    </message>
    <message>
        <source>Confirmer</source>
        <translation>审核确认人</translation>
    </message>
    <message>
        <source>Village or community assistant</source>
        <translation>村（社区）协理员</translation>
    </message>
    <message>
        <source>District reviewer</source>
        <translation>区县审核人</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>系统管理员</translation>
    </message>
</context>
<context>
    <name>RosterChanges</name>
    <message>
        <source>The roster of %1 pays the case twice; remove the duplicate line first.</source>
        <translation>%1的花名册对该案件重复发放；请先删除重复行。</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Changes are counted between consecutive months, not from %1 to %2.</source>
        <translation>变动只能在相邻月份之间统计，不能从%1到%2。</translation>
    </message>
    <message>
        <source>The roster of %1 pays the case two one-offs; remove the duplicate line first.</source>
        <translation>%1的花名册对该案件有两笔一次性发放；请先删除重复行。</translation>
    </message>
</context>
<context>
    <name>RosterStatistics</name>
    <message>
        <source>The total amount is too large to be stored; check the amounts of this row.</source>
        <translation>合计金额过大，无法保存；请检查该行的金额。</translation>
    </message>
    <message>
        <source>A roster line must be for at least one person, not %1.</source>
        <translation>花名册每行至少保障一人，而不是%1人。</translation>
    </message>
    <message>
        <source>A roster line cannot pay a negative amount; recoveries are recorded separately.</source>
        <translation>花名册行的金额不能为负数；追回款另行登记。</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>合计</translation>
    </message>
</context>
<context>
    <name>RoundingRule</name>
    <message>
        <source>Rounding rule</source>
        <translation>取整规则</translation>
    </message>
    <message>
        <source>“%1” is not a rounding rule; use one of %2.</source>
        <translation>“%1”不是取整规则；请使用 %2 之一。</translation>
    </message>
</context>
<context>
    <name>SelfCareAssessment</name>
    <message>
        <source>Self-care assessment</source>
        <translation>生活自理能力评估</translation>
    </message>
    <message>
        <source>The assessment needs the date it was made.</source>
        <translation>评估需要填写评估日期。</translation>
    </message>
    <message>
        <source>Each self-care item is scored 0, 1 or 2, not %1.</source>
        <translation>每项自理能力评分应为0、1或2，而不是 %1。</translation>
    </message>
</context>
<context>
    <name>SeparationOfDuties</name>
    <message>
        <source>The same person cannot both accept and confirm a case.</source>
        <translation>同一人不能既受理又审核确认同一案件。</translation>
    </message>
    <message>
        <source>The same person cannot both accept a case and give its preliminary opinion.</source>
        <translation>同一人不能既受理又出具同一案件的初审意见。</translation>
    </message>
    <message>
        <source>The same person cannot both give the preliminary opinion on a case and confirm it.</source>
        <translation>同一人不能既出具初审意见又审核确认同一案件。</translation>
    </message>
</context>
<context>
    <name>UserRepository</name>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>The login name or the password is wrong.</source>
        <translation>登录名或密码错误。</translation>
    </message>
    <message>
        <source>A password needs at least %1 characters.</source>
        <translation>密码至少需要 %1 个字符。</translation>
    </message>
    <message>
        <source>A password can have at most 256 characters.</source>
        <translation>密码最多256个字符。</translation>
    </message>
    <message>
        <source>Not enough memory to protect the password; close other programs and try again.</source>
        <translation>内存不足，无法加密保存密码；请关闭其他程序后重试。</translation>
    </message>
    <message>
        <source>Login name</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>A login name has 2 to 32 lower-case letters, digits, dots, hyphens or underscores and starts with a letter.</source>
        <translation>登录名由2至32个小写字母、数字、点、连字符或下划线组成，并以字母开头。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Unknown role “%1”.</source>
        <translation>未知角色“%1”。</translation>
    </message>
    <message>
        <source>The login name %1 is taken.</source>
        <translation>登录名 %1 已被使用。</translation>
    </message>
    <message>
        <source>No user is called %1.</source>
        <translation>没有名为 %1 的用户。</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>User %1 does not exist.</source>
        <translation>用户 %1 不存在。</translation>
    </message>
    <message>
        <source>This account has been switched off by the administrator.</source>
        <translation>该账户已被管理员停用。</translation>
    </message>
    <message>
        <source>Too many wrong passwords: this account is locked until %1.</source>
        <translation>密码错误次数过多：该账户锁定至 %1。</translation>
    </message>
</context>
<context>
    <name>WorkflowEffects</name>
    <message>
        <source>%1 is not on this procedure&apos;s checklist.</source>
        <translation>%1不在本程序的材料清单中。</translation>
    </message>
    <message>
        <source>%1 is recorded for each adult who signs, not as one document.</source>
        <translation>%1按每位签字的成年人分别登记，不作为一份材料登记。</translation>
    </message>
    <message>
        <source>%1 was already provided; a material once provided cannot be asked for again.</source>
        <translation>%1已经提交；已提交的材料不能再次要求补充。</translation>
    </message>
    <message>
        <source>Only co-resident adults of the application sign the authorization.</source>
        <translation>只有申请家庭中共同生活的成年人签署授权书。</translation>
    </message>
    <message>
        <source>The written notice must give its reasons.</source>
        <translation>书面告知必须写明理由。</translation>
    </message>
    <message>
        <source>The home visit needs the day it took place, not later than today.</source>
        <translation>入户调查需要填写调查日期，且不能晚于今天。</translation>
    </message>
    <message>
        <source>A home visit is made by at least two people.</source>
        <translation>入户调查至少由两人进行。</translation>
    </message>
    <message>
        <source>The home visit record must state its findings.</source>
        <translation>入户调查记录必须写明调查情况。</translation>
    </message>
    <message>
        <source>The self-care assessment cannot be dated in the future.</source>
        <translation>生活自理能力评估日期不能晚于今天。</translation>
    </message>
    <message>
        <source>The report cannot come back before the check was requested (%1).</source>
        <translation>核对报告的日期不能早于申请核对的日期（%1）。</translation>
    </message>
    <message>
        <source>The appraisal needs the day it was held, not later than today.</source>
        <translation>民主评议需要填写评议日期，且不能晚于今天。</translation>
    </message>
    <message>
        <source>The appraisal record must include its minutes.</source>
        <translation>民主评议记录必须包括会议记录。</translation>
    </message>
    <message>
        <source>Every participant of the appraisal must be named.</source>
        <translation>每位参加评议的人员都必须写明姓名。</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>金额必须大于零。</translation>
    </message>
    <message>
        <source>The benefit cannot start before the month of application (%1).</source>
        <translation>救助金不能早于申请月份（%1）开始发放。</translation>
    </message>
    <message>
        <source>A notice cannot be served before the decision it gives.</source>
        <translation>文书送达日期不能早于所告知的决定。</translation>
    </message>
</context>
<context>
    <name>WorkflowGuards</name>
    <message>
        <source>Materials are still missing: %1.</source>
        <translation>仍缺少材料：%1。</translation>
    </message>
    <message>
        <source>Nothing on the checklist is missing; accept the application instead.</source>
        <translation>材料清单中没有缺少的材料；请直接受理。</translation>
    </message>
    <message numerus="yes">
        <source>Every co-resident adult must sign the authorization before the economic check is requested; %n signature(s) still missing.</source>
        <translation>
            <numerusform>申请家庭经济状况核对前，每位共同生活的成年人都必须签署授权书；还缺 %n 人签字。</numerusform>
        </translation>
    </message>
    <message>
        <source>The economic check has not been requested.</source>
        <translation>尚未申请家庭经济状况核对。</translation>
    </message>
    <message>
        <source>The report of the economic check has not come back yet.</source>
        <translation>家庭经济状况核对报告尚未返回。</translation>
    </message>
    <message>
        <source>The home visit has not been recorded.</source>
        <translation>尚未登记入户调查。</translation>
    </message>
    <message>
        <source>The self-care assessment has not been recorded.</source>
        <translation>尚未登记生活自理能力评估。</translation>
    </message>
    <message>
        <source>A democratic appraisal was called; its record must be in before a new opinion.</source>
        <translation>已启动民主评议；出具新的初审意见前必须先登记评议记录。</translation>
    </message>
    <message>
        <source>The appraisal record must be signed by the community director or the party secretary.</source>
        <translation>民主评议记录必须由村（社区）主任或党组织书记签字。</translation>
    </message>
    <message>
        <source>A case-by-case appraisal needs at least %1 participants; %2 took part.</source>
        <translation>一事一议评议至少需要 %1 人参加；实际参加 %2 人。</translation>
    </message>
    <message>
        <source>A case-by-case appraisal needs the discipline officer among its participants.</source>
        <translation>一事一议评议的参加人员中必须有纪检人员。</translation>
    </message>
    <message>
        <source>The case has not been publicised.</source>
        <translation>该案件尚未公示。</translation>
    </message>
    <message>
        <source>Publicity runs until %1; the case cannot be confirmed before it ends.</source>
        <translation>公示期至 %1；公示期满前不能审核确认。</translation>
    </message>
    <message>
        <source>Objections were raised during publicity; hold a democratic appraisal and publicise the new opinion before confirming.</source>
        <translation>公示期间有异议；请先组织民主评议，并公示新的初审意见后再审核确认。</translation>
    </message>
    <message>
        <source>The township is not entrusted to confirm %1; refer the case to the district.</source>
        <translation>乡镇（街道）未受委托审核确认%1；请报区县审批。</translation>
    </message>
    <message>
        <source>The entrustment runs from %1 to %2 and does not cover %3; refer the case to the district.</source>
        <translation>委托期限为 %1 至 %2，不包括 %3；请报区县审批。</translation>
    </message>
    <message>
        <source>%1 yuan is above the township&apos;s limit of %2 yuan (the months of the current minimum living standard the district allows); refer the case to the district.</source>
        <translation>%1 元超过乡镇（街道）的审批上限 %2 元（区县规定的当期低保标准月数）；请报区县审批。</translation>
    </message>
    <message>
        <source>The case is within the township&apos;s entrustment; confirm it here rather than refer it.</source>
        <translation>该案件在乡镇（街道）受委托权限内；请由本级审核确认，不必报区县。</translation>
    </message>
    <message>
        <source>Emergency aid of %1 yuan is above the %2 yuan that may be granted before the paperwork; use the full procedure.</source>
        <translation>急难型救助金 %1 元超过可先行救助的 %2 元；请按完整程序办理。</translation>
    </message>
    <message>
        <source>A case-by-case decision must grant a monthly or a one-off amount.</source>
        <translation>一事一议决定必须给予按月或一次性救助金。</translation>
    </message>
    <message>
        <source>The leadership&apos;s collective decision must be recorded before publicity.</source>
        <translation>公示前必须登记领导班子集体研究决定。</translation>
    </message>
</context>
<context>
    <name>WorkingCalendar</name>
    <message>
        <source>Calendar day</source>
        <translation>日历日期</translation>
    </message>
    <message>
        <source>The day is not a real date.</source>
        <translation>该日期不是真实日期。</translation>
    </message>
    <message>
        <source>A make-up workday must be a Saturday or Sunday; %1 is already a working day.</source>
        <translation>调休上班日必须是星期六或星期日；%1 本来就是工作日。</translation>
    </message>
    <message>
        <source>%1 is already listed as “%2”.</source>
        <translation>%1 已列为“%2”。</translation>
    </message>
    <message>
        <source>Working calendar</source>
        <translation>工作日历</translation>
    </message>
    <message>
        <source>The calendar is not valid JSON: %1 at byte %2.</source>
        <translation>工作日历不是有效的 JSON：第 %2 字节处 %1。</translation>
    </message>
    <message>
        <source>The calendar must be a JSON object with a “days” list.</source>
        <translation>工作日历必须是包含“days”列表的 JSON 对象。</translation>
    </message>
    <message>
        <source>Unknown member “%1”; a calendar has only version, source and days.</source>
        <translation>未知字段“%1”；工作日历只能包含 version、source 和 days。</translation>
    </message>
    <message>
        <source>Only version 1 of the calendar format is understood.</source>
        <translation>只支持第1版工作日历格式。</translation>
    </message>
    <message>
        <source>The calendar has no “days” list.</source>
        <translation>工作日历缺少“days”列表。</translation>
    </message>
    <message>
        <source>Calendar day %1</source>
        <translation>第 %1 个日期</translation>
    </message>
    <message>
        <source>A day must be a JSON object.</source>
        <translation>每个日期必须是一个 JSON 对象。</translation>
    </message>
    <message>
        <source>Unknown member “%1”; a day has only date, kind and name.</source>
        <translation>未知字段“%1”；每个日期只能包含 date、kind 和 name。</translation>
    </message>
    <message>
        <source>“date” must be a real date written YYYY-MM-DD.</source>
        <translation>“date”必须是按 YYYY-MM-DD 格式填写的真实日期。</translation>
    </message>
    <message>
        <source>“kind” must be “holiday” or “make-up-workday”.</source>
        <translation>“kind”应为“holiday”或“make-up-workday”。</translation>
    </message>
</context>
<context>
    <name>YearMonth</name>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>The year must be between %1 and %2, not %3.</source>
        <translation>年份应在 %1 至 %2 之间，而不是 %3。</translation>
    </message>
    <message>
        <source>The month must be between 1 and 12, not %1.</source>
        <translation>月份应在1至12之间，而不是 %1。</translation>
    </message>
    <message>
        <source>A month is required.</source>
        <translation>月份必填。</translation>
    </message>
    <message>
        <source>Write a month as YYYY-MM or YYYY年M月, for example 2026-07.</source>
        <translation>月份写作 YYYY-MM 或 YYYY年M月，例如 2026-07。</translation>
    </message>
</context>
<context>
    <name>jiuzhu::CaseTableModel</name>
    <message>
        <source>%1 (one-off)</source>
        <translation>%1（一次性）</translation>
    </message>
    <message>
        <source>Close relative of office staff or village cadre (recorded)</source>
        <translation>经办人员或村（社区）干部近亲属（已备案）</translation>
    </message>
    <message>
        <source>Monthly benefit in yuan</source>
        <translation>月救助金（元）</translation>
    </message>
    <message>
        <source>Case no.</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <source>Assistance type</source>
        <translation>救助类别</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Applied on</source>
        <translation>申请日期</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>月金额</translation>
    </message>
    <message>
        <source>From month</source>
        <translation>起始月份</translation>
    </message>
</context>
<context>
    <name>jiuzhu::FirstRunDialog</name>
    <message>
        <source>Set up the social assistance desk</source>
        <translation>设置社会救助审核确认工作台</translation>
    </message>
    <message>
        <source>&lt;b&gt;This data folder has no office yet.&lt;/b&gt; How do you want to start?</source>
        <translation>&lt;b&gt;该数据文件夹还没有单位信息。&lt;/b&gt;请选择开始方式：</translation>
    </message>
    <message>
        <source>Start with the &amp;demo office</source>
        <translation>使用演示单位(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Set up my office</source>
        <translation>设置本单位(&amp;S)</translation>
    </message>
    <message>
        <source>Made-up families in made-up villages, to learn and try things out. Marked as demo everywhere; real work needs its own data folder.</source>
        <translation>虚构村庄中的虚构家庭，用于学习和试用。各处均标明“演示”；正式工作请使用单独的数据文件夹。</translation>
    </message>
    <message>
        <source>Enter your office&apos;s administrative division codes and names. They appear on every notice and filing packet.</source>
        <translation>请填写本单位的行政区划代码和名称。它们将出现在每份通知书和备案包上。</translation>
    </message>
    <message>
        <source>&amp;Households in the demo office:</source>
        <translation>演示单位户数(&amp;H)：</translation>
    </message>
    <message>
        <source>1,000 takes a few seconds; 100,000 shows how the desk copes with a large district. Stop keeps the households made so far.</source>
        <translation>1,000 户只需几秒钟；100,000 户可体验大区县的数据量。中途停止会保留已生成的家庭。</translation>
    </message>
    <message>
        <source>Create demo office</source>
        <translation>创建演示单位</translation>
    </message>
    <message>
        <source>Set up office</source>
        <translation>设置单位</translation>
    </message>
    <message>
        <source>Creating the demo office…</source>
        <translation>正在创建演示单位…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Demo office</source>
        <translation>演示单位</translation>
    </message>
    <message>
        <source>Stopping after the households being written now…</source>
        <translation>写完当前这批家庭后停止…</translation>
    </message>
    <message>
        <source>Creating the demo office… %1 of %2 households</source>
        <translation>正在创建演示单位… 已完成 %1 户，共 %2 户</translation>
    </message>
    <message>
        <source>Demo office incomplete</source>
        <translation>演示单位未完成</translation>
    </message>
    <message>
        <source>The demo office was created but not finished: %1

It can still be used for practice.</source>
        <translation>演示单位已创建但未完成：%1

仍可用于练习。</translation>
    </message>
    <message>
        <source>The demo office was not created: you stopped it before it began.</source>
        <translation>演示单位未创建：在开始之前已停止。</translation>
    </message>
    <message>
        <source>The demo office could not be created: %1</source>
        <translation>无法创建演示单位：%1</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>未知错误</translation>
    </message>
</context>
<context>
    <name>jiuzhu::HouseholdDetailPane</name>
    <message>
        <source>Household no.:</source>
        <translation>户编号：</translation>
    </message>
    <message>
        <source>Village / community:</source>
        <translation>村（社区）：</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>住址：</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>联系电话：</translation>
    </message>
    <message>
        <source>Bank account:</source>
        <translation>银行账号：</translation>
    </message>
    <message>
        <source>No cases yet.</source>
        <translation>暂无案件。</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>家庭成员</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Select a household on the left to see its members and cases.</source>
        <translation>在左侧选择一户，查看其家庭成员和案件。</translation>
    </message>
    <message>
        <source>This household cannot be shown: %1</source>
        <translation>无法显示该户：%1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>jiuzhu::HouseholdListModel</name>
    <message>
        <source>Household number</source>
        <translation>户编号</translation>
    </message>
    <message>
        <source>Head of household</source>
        <translation>户主</translation>
    </message>
    <message>
        <source>Village or community</source>
        <translation>村（社区）</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>户编号</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>户主</translation>
    </message>
    <message>
        <source>Head&apos;s ID number</source>
        <translation>户主身份证号</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>村（社区）</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住址</translation>
    </message>
</context>
<context>
    <name>jiuzhu::HouseholdsPage</name>
    <message>
        <source>Name, pinyin (zs / zhangsan), ID number or its last digits, village…</source>
        <translation>姓名、拼音（zs / zhangsan）、身份证号或其末几位、村（社区）…</translation>
    </message>
    <message>
        <source>Show only the households of one village or community</source>
        <translation>只显示某个村（社区）的家庭</translation>
    </message>
    <message>
        <source>&amp;Find household</source>
        <translation>查找家庭(&amp;F)</translation>
    </message>
    <message>
        <source>All villages and communities</source>
        <translation>全部村（社区）</translation>
    </message>
    <message>
        <source>Cannot load households</source>
        <translation>无法载入家庭</translation>
    </message>
    <message>
        <source>%1+ matches</source>
        <translation>%1+ 户符合</translation>
    </message>
    <message>
        <source>%1 households</source>
        <translation>%1 户</translation>
    </message>
    <message>
        <source>%1+ households</source>
        <translation>%1+ 户</translation>
    </message>
    <message>
        <source>1 household</source>
        <translation>1 户</translation>
    </message>
    <message>
        <source>No household in %1 matches “%2”.</source>
        <translation>%1 没有符合“%2”的家庭。</translation>
    </message>
    <message>
        <source>No household matches “%1”.
Try fewer letters, the last digits of the ID number, or the village name.</source>
        <translation>没有符合“%1”的家庭。
可以少输几个字母，或输入身份证号末几位、村（社区）名称。</translation>
    </message>
    <message>
        <source>No household is registered in %1 yet.</source>
        <translation>%1 还没有登记家庭。</translation>
    </message>
    <message>
        <source>No household is registered yet.</source>
        <translation>还没有登记家庭。</translation>
    </message>
</context>
<context>
    <name>jiuzhu::MainWindow</name>
    <message>
        <source>&amp;Back up now…</source>
        <translation>立即备份(&amp;B)…</translation>
    </message>
    <message>
        <source>Copy the case store to a file, e.g. on a USB stick</source>
        <translation>把案件库复制到文件，例如 U 盘</translation>
    </message>
    <message>
        <source>&amp;Verify data</source>
        <translation>核验数据(&amp;V)</translation>
    </message>
    <message>
        <source>Check the database, the audit trail and every evidence file</source>
        <translation>检查数据库、审计记录和每个证据文件</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Social assistance review and confirmation desk</source>
        <translation>社会救助审核确认工作台</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (demo office)</source>
        <translation>%1（演示单位）</translation>
    </message>
    <message>
        <source>1 household</source>
        <translation>1 户</translation>
    </message>
    <message>
        <source>%1 households</source>
        <translation>%1 户</translation>
    </message>
    <message>
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Social assistance review and confirmation desk&lt;/h3&gt;&lt;p&gt;Version %1&lt;/p&gt;&lt;p&gt;For township and street offices that review and confirm minimum living allowance, extreme-poverty support, temporary assistance and related cases, and file them monthly with the district.&lt;/p&gt;&lt;p&gt;Everything works offline. The data stays in:&lt;br&gt;%2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;社会救助审核确认工作台&lt;/h3&gt;&lt;p&gt;版本 %1&lt;/p&gt;&lt;p&gt;供乡镇（街道）办理最低生活保障、特困人员救助供养、临时救助等审核确认，并按月向区县备案。&lt;/p&gt;&lt;p&gt;全部功能离线可用。数据保存在：&lt;br&gt;%2&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>jiuzhu::MemberTableModel</name>
    <message>
        <source>Grade %1</source>
        <translation>%1级</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Does not live with the household</source>
        <translation>不与家庭共同生活</translation>
    </message>
    <message>
        <source>Monthly income in yuan</source>
        <translation>月收入（元）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>与户主关系</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>残疾</translation>
    </message>
    <message>
        <source>Illness</source>
        <translation>疾病</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>就业</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>月收入</translation>
    </message>
</context>
<context>
    <name>jiuzhu::OfficeSetupForm</name>
    <message>
        <source>&amp;Township or street office</source>
        <translation>乡镇（街道）(&amp;T)</translation>
    </message>
    <message>
        <source>District civil-affairs &amp;bureau</source>
        <translation>区县民政局(&amp;B)</translation>
    </message>
    <message>
        <source>This office is a:</source>
        <translation>本单位是：</translation>
    </message>
    <message>
        <source>Office &amp;code:</source>
        <translation>单位代码(&amp;C)：</translation>
    </message>
    <message>
        <source>Office &amp;name:</source>
        <translation>单位名称(&amp;N)：</translation>
    </message>
    <message>
        <source>e.g. 城关镇人民政府</source>
        <translation>例如 城关镇人民政府</translation>
    </message>
    <message>
        <source>&amp;District code:</source>
        <translation>区县代码(&amp;D)：</translation>
    </message>
    <message>
        <source>6 digits, e.g. 110105</source>
        <translation>6位数字，例如 110105</translation>
    </message>
    <message>
        <source>District na&amp;me:</source>
        <translation>区县名称(&amp;M)：</translation>
    </message>
    <message>
        <source>e.g. 某某县民政局</source>
        <translation>例如 某某县民政局</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>9 digits, e.g. 110105001</source>
        <translation>9位数字，例如 110105001</translation>
    </message>
    <message>
        <source>6 digits, the district&apos;s own code</source>
        <translation>6位数字，区县本身的代码</translation>
    </message>
</context>
<context>
    <name>jiuzhu::StoreMaintenance</name>
    <message>
        <source>Back up the case store</source>
        <translation>备份案件库</translation>
    </message>
    <message>
        <source>Jiuzhu backups (*.db)</source>
        <translation>救助备份 (*.db)</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>备份失败</translation>
    </message>
    <message>
        <source>The backup was not written.

%1</source>
        <translation>未写入备份。

%1</translation>
    </message>
    <message>
        <source>Backup written</source>
        <translation>备份已写入</translation>
    </message>
    <message>
        <source>The case store was backed up to:
%1

Keep the copy somewhere other than this computer, for example on a USB stick in the locked cabinet.</source>
        <translation>案件库已备份到：
%1

请把备份存放在本机以外的地方，例如锁在档案柜里的 U 盘。</translation>
    </message>
    <message>
        <source>Backing up the case store…</source>
        <translation>正在备份案件库…</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Data check failed</source>
        <translation>数据核验未通过</translation>
    </message>
    <message>
        <source>The data check found a problem:

%1

Do not delete anything. Restore the latest backup or ask the district for help.</source>
        <translation>数据核验发现问题：

%1

请不要删除任何文件。请恢复最近的备份，或向区县求助。</translation>
    </message>
    <message>
        <source>Data check passed</source>
        <translation>数据核验通过</translation>
    </message>
    <message>
        <source>The case store is intact.

Audit records checked: %1
Evidence files checked: %2
Audit chain head: %3</source>
        <translation>案件库完好。

已核验审计记录：%1 条
已核验证据文件：%2 个
审计链头：%3</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Jiuzhu</source>
        <translation>救助</translation>
    </message>
    <message>
        <source>Cannot open the case store</source>
        <translation>无法打开案件库</translation>
    </message>
</context>
</TS>
