<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
        <source>The case store was written by a newer version of Jiuzhu (format %1; this version reads up to %2). Install the newer version to open it.</source>
        <translation>该案件库由更新版本的救助写入（格式 %1；本版本最高只能读取格式 %2）。请安装新版本后再打开。</translation>
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
        <source>Jiuzhu: social-assistance review and confirmation desk.

Commands:
  demo --households N [--seed S]   create the demo office in the data folder
  search TEXT                      find households by name, pinyin, ID digits or village
  verify                           check the database, the audit chain and evidence files
  backup --out FILE                write a verified copy of the case store</source>
        <translation>救助：社会救助审核确认工作台。

命令：
  demo --households N [--seed S]   在数据文件夹中创建演示单位
  search TEXT                      按姓名、拼音、身份证号末位或村（社区）查找家庭
  verify                           核验数据库、审计链和证据文件
  backup --out FILE                写出经过核验的案件库备份</translation>
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
        <source>demo, search, verify or backup</source>
        <translation>demo、search、verify 或 backup</translation>
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
