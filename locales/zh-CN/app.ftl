# Gracious — 界面文字（zh-CN）。消息 id 与参考语言 en-US 完全一致。

app-title = Gracious
# 列表各项之间的分隔符，例如“签证、税务”。
list-separator = { "、" }

## 菜单

menu-file = 文件
menu-new-case = 新建机会
menu-export-case = 导出此机会…
menu-export-workspace = 导出全部数据…
menu-export-csv = 将列表导出为 CSV…
menu-import = 导入…
menu-add-dictionary = 添加拼写词典…
menu-profile = 个人资料
menu-about = 关于
menu-language = 语言
menu-language-system = 系统语言（{ $language }）
menu-theme = 主题
theme-system = 跟随系统
theme-light = 浅色
theme-dark = 深色

## 通知与状态

notice-dismiss = 关闭
notice-save-failed = 无法将您的更改保存到 { $folder }（{ $error }）。Gracious 会先将更改保留在内存中并继续尝试保存，请不要关闭应用。
notice-missing-font = { $count ->
   *[other] 有{ $count }个字符无法显示，因为已安装的字体都不包含这些字符。请安装支持您所用语言的字体（在 Debian 或 Ubuntu 上，中文、日文和韩文可安装 fonts-noto-cjk）。
}
problem-empty = 文件为空
problem-malformed = 文件已损坏，或不是 Gracious 文件（{ $detail }）
problem-future-version = 该文件由更新版本的 Gracious 写入（格式版本 { $version }）
problem-unreadable = 无法读取该文件（{ $detail }）
notice-set-aside = 无法加载您保存的数据：{ $problem }。没有删除任何内容，该文件已移至 { $path }。
notice-left-in-place = 无法加载您保存的数据：{ $problem }。该文件原样保留在 { $path }，本次运行期间 Gracious 不会覆盖它。
notice-restored-backup = Gracious 已从备份 { $path } 加载您上一次保存的数据。
notice-backup-set-aside = 备份也无法加载：{ $problem }。备份已移至 { $path }。Gracious 已使用空白工作区启动。
status-saver-stopped = 后台自动保存已停止
status-ready = 您输入的所有内容都会自动保存。
status-deleted = 已删除“{ $title }”。
status-undo = 撤销
status-reset = 信件已恢复为模板。
status-copied = 已复制到剪贴板。
status-copied-presend-open = { $open ->
   *[other] 已复制到剪贴板。发送前检查还有{ $open }项未完成。
}
status-draft-kept = 已保留您修改过的信件。如需换成新模板，请点击“恢复为模板”。
status-copy-failed = 无法复制到剪贴板：{ $error }。请选中文本后手动复制。

## 文件

file-dialog-open = 文件对话框已打开。
file-no-dialog = 此系统无法打开文件对话框，请直接输入文件路径。
file-failed = { $path }：{ $error }
file-imported = { $count ->
   *[other] 已从 { $path } 导入{ $count }个机会。
}
file-exported = 已保存到 { $path }。
file-save-title = 保存到文件
file-open-title = 打开文件
file-path = 路径
file-save = 保存
file-open = 打开
file-cancel = 取消
csv-date = 面试或录用通知日期

## 求职机会

cases-title = 求职机会
cases-new = 新建
cases-duplicate = 创建副本
cases-archive = 归档
cases-unarchive = 恢复
cases-delete = 删除
cases-untitled = 新机会
cases-reply-by = 请于{ $date }前答复
cases-overdue = 已逾期
status-deciding = 考虑中
status-negotiating = 协商中
status-declined = 已婉拒
status-accepted = 已接受
status-archived = 已归档

## 个人资料

profile-title = 个人资料
profile-intro = 用于信件署名，仅保存在这台电脑上。
profile-name = 姓名
profile-email = 电子邮箱
profile-signature = 签名
profile-signature-hint = 代替姓名用于信件结尾，例如姓名、职务、电话
profile-letter-language = 默认信件语言
profile-formality = 正式程度
profile-formality-help = 仅在信件语言区分正式程度时生效：例如德语的 Sie 与 du，日语的敬语与一般礼貌体，中文的“您”与“你”。
formality-formal = 正式
formality-informal = 非正式

## 面板

tab-checklist = 决策清单
tab-mobility = 迁居评估
tab-channel = 沟通方式
tab-editor = 模板编辑器

## 机会概要

header-company = 公司
header-role = 职位
header-contact = 联系人
header-stage = 阶段
header-status = 状态
header-reply-by = 答复期限
header-date-interview = 面试日期
header-date-offer = 录用通知日期
header-date-hint = YYYY-MM-DD
header-date-invalid = 请按 YYYY-MM-DD 格式填写日期，例如 2026-11-26。
stage-after-interview = 面试后
stage-after-offer = 收到录用通知后

# 一组选项中单个选项的无障碍名称，例如“阶段：收到录用通知后”。
choice-accessible-name = { $group }：{ $choice }

## 决策清单

checklist-title = 是否应当婉拒？
checklist-intro = 请回答五个问题。下方的结论会说明依据；它只是建议，决定权始终在您手中。
checklist-use-weights = 为问题设置权重（说明每个问题对您有多重要）
checklist-blocker = 主要障碍是什么？
checklist-blocker-name = { $question }：主要障碍
checklist-blocker-negotiable = 这一点可以协商。
checklist-blocker-fundamental = 协商也无法解决。
blocker-group-negotiable = 可以协商
blocker-group-fundamental = 根本不合适
blocker-compensation = 薪酬福利
blocker-start-date = 入职日期
blocker-role-scope = 职责范围
blocker-remote-work = 远程或弹性办公
blocker-relocation-support = 搬迁支持
blocker-values = 价值观
blocker-way-of-working = 工作方式
blocker-long-term-direction = 长期发展方向
blocker-personal-compromise = 家庭、签证或健康
checklist-weight = 重要程度
checklist-weight-name = { $question }：重要程度
weight-1 = 有一点：不起决定作用
weight-2 = 有些重要
weight-3 = 比较重要
weight-4 = 非常重要
weight-5 = 必不可少
checklist-note-hint = 备注（可选）
checklist-note-name = { $question }：备注
checklist-suggestion = 根据您的迁居评估，建议回答“{ $answer }”。
checklist-suggestion-net = 根据您的迁居评估（按税后薪资计算），建议回答“{ $answer }”。
checklist-suggestion-gross = 根据您的迁居评估（按税前薪资计算），建议回答“{ $answer }”。填写两边的税率，即可比较实际到手的收入。
checklist-suggestion-use = 采用
checklist-suggestion-use-name = { $question }：采用建议
checklist-q-career-goals = 这个职位是否有助于实现您未来12至24个月的职业目标？
checklist-q-career-goals-help = 想想一两年后您希望达到的位置，而不只是下一步。
checklist-q-career-goals-short = 职业目标
checklist-q-pay-after-costs = 把生活成本和搬迁开销算进去之后，薪酬福利是否仍可接受？
checklist-q-pay-after-costs-help = 比较这笔钱在您将要生活的地方能买到什么，而不只看数字本身。
checklist-q-pay-after-costs-short = 扣除开销后的薪酬
checklist-q-growth = 是否有切实可信的成长和晋升路径？
checklist-q-growth-help = 有没有人举例说明过，这个职位上的人是如何成长起来的？
checklist-q-growth-short = 成长空间
checklist-q-compromise = 接受这份工作，是否会迫使您做出尚未准备好的妥协（家庭、签证、健康）？
checklist-q-compromise-help = 这一题回答“是”才是警示信号。
checklist-q-compromise-short = 妥协
checklist-q-culture-fit = 公司文化和领导风格适合您吗？
checklist-q-culture-fit-help = 回想一下您见过的人如何谈论自己的工作，又如何谈论彼此。
checklist-q-culture-fit-short = 文化与领导风格
answer-yes = 是
answer-no = 否
answer-not-sure = 不确定
answer-unanswered = 未回答

verdict-label = 结论：
verdict-decline = 婉拒
verdict-decline-advice = 只要有一项根本不合适，就足以婉拒。请尽快、得体地答复，并为将来留有余地。
verdict-negotiate-first = 先协商
verdict-negotiate-first-advice = 目前的障碍可以协商。婉拒之前先提出来谈一谈；谈过之后仍然可以拒绝。
verdict-lean-accept = 倾向于接受
verdict-lean-accept-advice = 目前没有任何理由支持婉拒。请在确定之后再接受，接受后就停止其他面试。
verdict-undecided = 尚未决定
verdict-undecided-advice = 没有把握时不要接受。请对方给您一些时间，说明您会在哪天答复，并弄清还缺少哪些信息。
verdict-reasons = 依据：
reason-fundamental-blocker = { $question }：{ $blocker }——协商也无法解决的根本问题。
reason-negotiable-blocker = { $question }：{ $blocker }——可以通过协商解决的障碍。
reason-minor = { $question }：有所顾虑，但对您不太重要，不起决定作用。
reason-unanswered = { $question }：尚未回答。
reason-not-sure = { $question }：您还不确定。
reason-all-favourable = 所有回答都支持接受这个职位。
# 用户倾向于婉拒，而障碍都可以协商：为一个并不想要的职位争取更好的条件，
# 只会浪费各方的时间。
reason-negotiation-not-wanted = { $question }：{ $blocker }可以协商，但您倾向于婉拒。只有真正想要的职位才值得协商；否则请现在就婉拒。
# 薪酬可以协商，但成长空间或文化方面仍有疑虑：先把这一点想清楚。
reason-doubt-before-negotiating = { $question }：您还不确定。请先把这一点想清楚：只有其他方面都让您满意的职位，才值得去协商。
reason-negotiation-failed = { $question }：{ $blocker }。对方无法满足您的要求，因此这仍是障碍。
reason-negotiation-partly = { $question }：对方满足了您的部分要求。请根据对方给出的条件，重新回答这个问题。
reason-negotiation-met = { $question }：对方满足了您的要求。
# 按权重计算，有利回答所占的比例不到一半。
reason-weak-fit = 在您看重的各方面中，只有{ $percent }%支持接受这个职位：先不要接受。
negotiation-title = 协商结果如何？
negotiation-pending = 尚未答复
negotiation-met = 已满足
negotiation-partly = 部分满足
negotiation-failed = 未能满足
# 通过电话答复时的婉拒按钮：点击后打开通话稿。
verdict-call-script = 准备通话
verdict-write-decline = 撰写婉拒信
verdict-write-negotiate = 撰写协商信
verdict-ask-for-time = 申请延期答复
verdict-fit = 加权匹配度：{ $percent }%
flip-answer = 什么会改变结论：如果“{ $question }”的回答是“{ $answer }”，结论将变为“{ $verdict }”。
flip-weight = 什么会改变结论：如果将“{ $question }”的权重设为{ $weight }，结论将变为“{ $verdict }”。
inclination-label = 您目前倾向于哪一边？
inclination-open = 尚无倾向
inclination-accept = 倾向于接受
inclination-decline = 倾向于婉拒
inclination-still-interviewing = 我还在参加其他面试
inclination-too-soon = 在仍有疑虑或仍在参加其他面试时就接受，是一个很难挽回的错误。不如请对方给您一些时间，并说明您会在哪天答复。
presend-title = 发送前检查
presend-advisor = 我已和信任的人商量过
presend-channel = 我已选好沟通方式（电子邮件，或先打电话再发邮件总结）
presend-framework = 信中表达了感谢、明确了决定，并为将来留有余地
presend-proofread = 我已检查过语气和措辞
presend-in-time = 我会在做出决定后24至72小时内发出
presend-archived = 我已归档这次申请的资料，并更新了求职记录
# 由 Gracious 自动勾选的发送前检查项的悬停提示（已选好沟通方式，或检查未发现需要修改之处）。
presend-seen = Gracious 已确认此项完成。
presend-summary = 发送前检查：已完成{ $done }项，共{ $total }项

## 迁居评估

mobility-title = 要为这个职位移居国外吗？
mobility-intro = 评估迁居对您和家人意味着什么。不清楚的事项，最好在答复之前先弄清楚。
mobility-moving-abroad = 接受这份工作意味着要移居另一个国家
mobility-not-moving = 如果这份工作需要移居国外，请勾选上面的方框，评估表会帮您权衡利弊。
mobility-current-country = 您目前居住在
mobility-destination-country = 工作所在地
# 用户的国籍（可填多个），保存在个人资料中：决定迁居是否需要签证。
mobility-citizenship = 您的国籍
mobility-citizenship-add = 添加国籍
mobility-citizenship-remove = 移除{ $country }
mobility-choose-country = 选择国家/地区
mobility-search-country = 搜索国家/地区
ppp-title = 这份薪酬实际值多少
ppp-intro = 请分别以各自的货币输入两份年薪。Gracious 会根据世界银行的购买力平价数据比较两者实际能买到什么，无需汇率。
ppp-amount = 年薪
ppp-currency = 货币
ppp-tax = 税率（%）
ppp-override = 自定义系数
ppp-override-hint = 可选
ppp-current-pay = 目前
ppp-offered-pay = 新职位
ppp-worth = 按{ $country }的物价计算，新职位的年薪约合{ $amount }。
ppp-change = 与您目前的收入相比，变化幅度为{ $change }%。
# 填写了两个税率后首先显示：按本国物价计算，用户税后实际能拿到多少。
ppp-worth-net = 按{ $country }的物价计算，新职位的税后年薪约合{ $amount }：与您目前的税后收入相比，变化幅度为{ $change }%。
# 税前金额，显示在税后金额下方。
ppp-gross-beside = 税前：约{ $amount }（{ $change }%）。
# 某国物价水平的数据来源；系数本身显示在悬停提示中。
ppp-source-data = { $country }的物价：世界银行，{ $series }，{ $year }年。
ppp-source-override = { $country }的物价：自定义系数。
# 悬停提示：用通俗的话说明购买力系数的含义。
ppp-factor-explained = 在{ $country }，{ $factor } { $currency }能买到的东西，大约相当于在美国用1美元能买到的。
ppp-series-private = 居民消费购买力
ppp-series-gdp = 整体经济（GDP）购买力
ppp-unreliable = { $country }的物价上涨很快，而这个系数已超过一年：结果仅供粗略参考。
ppp-national = 以上是全国平均水平，大城市的生活成本可能高得多。如果您知道更准确的系数，请自行输入。
ppp-incomplete = 请选择两个国家/地区并输入两份薪资，即可查看新职位薪酬的实际价值。
ppp-not-positive = 请将每份薪资填写为大于零的金额。
ppp-no-data = 世界银行没有{ $country }可用的购买力数据。Gracious 不会凭空估算：如果您有合适的系数，请自行输入。
ppp-currency-mismatch = { $country }的数据以{ $currency }计价：请用{ $currency }填写这份薪资。
ppp-sources = 数据来源
visa-title = 签证与入职日期
visa-processing-weeks = 签证办理时间（周）
visa-start-date = 入职日期
visa-in-time = 签证应能及时办妥，距入职日期还有{ $weeks }周的富余时间。
visa-late = 签证预计要在入职日期之后约{ $weeks }周才能办妥。请申请推迟入职，或请公司协助加快办理。
visa-unknown = 请输入办理时间和入职日期，以检查时间是否来得及。
# 是否需要签证取决于国籍：显示在签证问题的位置。
visa-free-own = 无需签证：您是{ $country }公民。
visa-free-eu = 无需签证或工作许可：作为{ $citizenship }公民，您可以在{ $country }居住和工作（欧盟、欧洲经济区和瑞士的人员自由流动）。
visa-free-cta = 无需签证或工作许可：作为{ $citizenship }公民，您可以在{ $country }居住和工作（爱尔兰和英国之间的共同旅行区）。
visa-free-tasman = 无需申请签证：作为{ $citizenship }公民，您可以在{ $country }居住和工作（跨塔斯曼旅行安排）。
visa-partner-note = 伴侣能否工作取决于其本人的国籍：请在下方评估。
mobility-prestige = 这个地方本身（它的名气和声望）是否是吸引您的主要原因？
mobility-weight-name = { $factor }：重要程度
# 已评估的各项因素中情况良好者所占的加权比例（不计尚不清楚的项）。
mobility-score = 在目前已知的各方面中，按每项因素对您的重要程度加权后，有{ $percent }%支持这次迁居。
mobility-trap-prestige = 吸引您的似乎更多是地点，而不是职位本身。如果是在国内，您还会接受同样的职位吗？
mobility-trap-visa-late = 签证要在入职日期之后才能办妥。这是可以协商入职日期的问题，而不是放弃的理由：请申请推迟入职。
mobility-horizon = 着眼未来12至24个月
mobility-toward-place = 这能让您更接近想去的地方或想拿到的签证吗？
mobility-builds-skills = 这能帮您积累让今后迁居更容易的技能吗？
mobility-horizon-warning = 两者都不能：这次迁居无助于您的长远规划。
mobility-factor-visa = 签证与工作许可
# “签证担保”指雇主为求职者申请工作许可和签证。
mobility-factor-visa-help = 签证担保是否可靠？工作许可能否在入职前办妥？
mobility-factor-relocation = 搬迁补贴
mobility-factor-relocation-help = 公司是否承担搬家、临时住房和差旅费用？
mobility-factor-family = 家属支持
mobility-factor-family-help = 是否为所有随迁的家人提供住房、手续和安顿方面的帮助。
mobility-factor-schooling = 子女教育
mobility-factor-schooling-help = 孩子的入学名额、教学语言和学费。
# 指伴侣的工作许可（以及在本专业找到工作的可能），而不是抽象的“劳动权利”。
mobility-factor-partner-work = 伴侣的工作许可
mobility-factor-partner-work-help = 您的伴侣能否在当地工作，并找到本专业的工作？
mobility-factor-cost-of-living = 生活成本与薪酬
mobility-factor-cost-of-living-help = 看薪酬在当地能买到什么，而不只看汇率。
mobility-factor-health-care = 医疗与社会保障
mobility-factor-health-care-help = 保险、养老金和病假，与您现在的情况相比如何。
mobility-factor-language = 家人的语言与文化适应
mobility-factor-language-help = 每位随迁的家人都能应付日常生活、结交朋友吗？
mobility-factor-tax = 薪酬税负
mobility-factor-tax-help = 当地的所得税，以及在国内可能仍需缴纳的税款。
rating-good = 好
rating-acceptable = 尚可
rating-poor = 差
rating-unknown = 未知
# 用于“伴侣的工作许可”和“子女教育”：没有人随用户迁居，或没有子女时。
rating-not-applicable = 不适用
mobility-note-hint = 备注（可选）
mobility-note-name = { $factor }：备注
mobility-summary = 总结
mobility-none = 无
mobility-strengths = 优势：
mobility-risks = 风险：
mobility-unknowns = 尚不清楚：
mobility-traps = 注意
mobility-trap-partner-work = 伴侣的工作许可情况不佳或尚不清楚。对伴侣双方来说，这往往决定了迁居能否顺利。
mobility-trap-schooling = 子女教育条件不佳或尚不清楚。做决定前，请先了解入学名额和学费。
mobility-trap-tax = 薪酬税负尚不清楚。请弄清税后实际能拿到多少。

## 沟通方式

channel-title = 发邮件、打电话还是视频？
channel-intro = 向 Gracious 简单介绍一下招聘流程，它会建议您以什么方式答复。
channel-main-contact = 主要联系人
channel-contact-recruiter = 招聘专员
channel-contact-hiring-manager = 用人经理
channel-rounds = 面试轮数
channel-close-rapport = 与用人经理关系融洽
channel-personal-time = 有人为您投入了大量个人时间
channel-collaboration = 这个职位需要与您见过的人密切合作
channel-relocation-visa = 曾讨论或提供过搬迁或签证支持
channel-video-process = 面试通过视频进行
channel-recommendation = 建议：
channel-email = 电子邮件
channel-phone-then-email = 先打电话，再发一封简短的邮件总结
channel-video-then-email = 先视频通话，再发一封简短的邮件总结
channel-why = 原因：
channel-reason-email-default = 没有非得亲口说明的理由：邮件留有清晰的记录，也不占用大家的时间。
channel-reason-recruiter = 您的联系人是正式招聘流程中的招聘专员，对方通常希望通过邮件收到答复。
channel-reason-close-rapport = 您与用人经理建立了融洽的关系，应当由您亲口告诉对方。
channel-reason-many-rounds = 您经历了多轮面试，亲口说一声是对这份投入的尊重。
channel-reason-personal-time = 有人为您付出了很多时间，打个电话才能好好表达谢意。
channel-reason-collaboration = 这个职位需要密切合作，亲口跟对方说一声，更能维系良好的关系。
channel-reason-relocation-visa = 曾涉及搬迁或签证，对方可能已经着手办理。
channel-reason-video-process = 面试都是通过视频进行的，简短的视频通话会显得很自然。
channel-recap-advice = 通话结束后，发一封简短的邮件，确认您在通话中所说的内容。
channel-your-choice = 您的选择：
channel-follow = 采纳建议
channel-open-call-script = 打开通话稿
channel-write-recap = 撰写总结邮件
call-mode-title = 通话稿
call-mode-intro = 请用您自己的话来说，按这个顺序说效果最好。简短、亲切即可。

## 答复期限

deadline-title = 何时答复
deadline-decided-on = 您做出决定的日期
deadline-at = 时间
deadline-time-hint = HH:MM
deadline-decided-now = 我刚刚做出决定
# 雇主要求的答复日期：这是硬性期限。
deadline-their-date = 对方的答复期限：{ $date }。
deadline-not-decided = 尚未做出决定：24至72小时的答复时间从您做出决定时开始计算。
deadline-window-past = 您做出决定已超过72小时。请在对方的期限之前，现在就答复。
deadline-overdue-their = 对方的答复期限已过。请今天就答复：迟到的答复远胜于沉默。
deadline-invalid = 请按 YYYY-MM-DD 格式填写日期，按 HH:MM 格式填写时间（24小时制）。
deadline-answer-by = 请于{ $due }前答复，最好在{ $ideal }前。
# 最佳时机（做出决定后24小时）已过，但最晚期限还没到。
deadline-answer-by-late = 请于{ $due }前答复。最佳时机（{ $ideal }）已过。
# 用户将该机会标记为已婉拒后：倒计时停止。
deadline-answered-on = 已于{ $date }答复。
deadline-answered = 已答复。
deadline-left-ideal = 还剩{ $duration }。现在正是答复的最佳时机。
deadline-left = 还剩{ $duration }。
deadline-overdue = 已逾期{ $duration }。请今天就答复：迟到的答复远胜于沉默。
deadline-need-time = 需要更多时间？请现在就告诉对方，并说明您会在哪天答复。
duration-days = { $n ->
   *[other] { $n }天
}
duration-hours = { $n ->
   *[other] { $n }小时
}
duration-minutes = { $n ->
   *[other] { $n }分钟
}

## 时间线

timeline-title = 做出决定之后
timeline-day-1 = 第1天
timeline-day-2 = 第2天
timeline-days-3-7 = 第3至7天
timeline-stay-in-touch = 保持联系
step-draft = 起草答复
step-choose-channel = 选择沟通方式
step-book-call = 约好通话时间
step-send-or-call = 发出答复，或打电话
step-send-recap = 通话后发送总结邮件
step-archive = 归档这次申请的资料
step-tracker = 更新求职记录
step-refocus = 把省下的时间投入到更合适的职位上
step-close-visa = 办结签证或搬迁相关手续
step-reimbursements = 确认报销事宜或其他应尽义务
step-connect = 附上几句个人问候，与对方建立联系
step-offer-help = 主动提供帮助，例如推荐合适的同行
step-future-roles = 请对方今后有合适的职位时考虑您
timeline-write-note = 写一封保持联系的问候信
channel-timing = 请在做出决定后24至72小时内答复。如需更长时间，请立即告知对方并说明答复日期。沉默是最糟糕的答复。

## 模板编辑器

editor-title = 您的信件
editor-scenario = 场景
scenario-withdraw-after-interview = 面试后：职位不合适
scenario-accepted-other-offer = 收到录用通知后：已接受其他工作
scenario-not-right-fit-after-offer = 收到录用通知后：职位不合适
scenario-after-negotiation = 协商后：婉拒最终的录用条件
scenario-relocation-not-feasible = 收到录用通知后：家庭无法搬迁
scenario-negotiate-instead = 先协商：探讨调整空间
scenario-ask-for-time = 申请延期：说明答复日期
scenario-call-recap = 通话后：邮件总结
scenario-stay-connected = 保持联系：简短的问候信
scenario-interview-call-script = 面试后：通话稿
scenario-visa-unworkable = 收到录用通知后：签证或工作许可无法落实（通话后的邮件）
scenario-counteroffer = 现雇主挽留后决定留任
scenario-many-rounds-call-script = 多轮面试后：通话稿
scenario-active-relocation = 搬迁进行中：坦诚说明已办事项
scenario-repair = 婉拒措辞欠妥后的补救信
scenario-reopen = 重新争取此前婉拒的职位
scenario-improved-offer-hold = 对方回复：提高了条件，您维持原决定
scenario-improved-offer-reopen = 对方回复：新条件让您改变了想法
scenario-what-would-it-take = 对方回复：“怎样才能让您改变主意？”
scenario-call-after-decline = 对方回复：收到您的邮件后希望通个电话
scenario-keep-cv-on-file = 对方回复：询问能否保留您的简历
scenario-exit-questionnaire = 对方回复：请您填写反馈问卷
scenario-are-you-sure = 对方回复：几天后又问“您确定吗？”
editor-letter-language = 信件语言
editor-letter-language-same = 与界面相同（{ $language }）
editor-letter-language-profile = 使用个人资料中的设置（{ $language }）
editor-sender = 您的姓名
editor-subject = 主题
editor-body = 正文
editor-unfilled = 尚待填写：{ $placeholders }
editor-copy = 复制
# “复制”会把信件正文（不含主题）复制到剪贴板；主题有单独的按钮，用于填写邮件的主题栏。
editor-copy-subject = 复制主题
# 显示在复制按钮旁，直到文本发生变化。
editor-copied = 已复制
# 信件已复制、保存或交给邮件客户端后出现。
editor-mark-declined = 标记为已婉拒
editor-reset = 恢复为模板
editor-formality = 正式程度
editor-to = 收件人
# 信中如何称呼联系人；只在信件语言需要时才询问。
editor-address = 对方称呼
editor-script-note = 这是通话稿：请用您自己的话来说，然后发送总结邮件。
editor-answer-date = 我将在此日期前答复
editor-answer-date-past = 请选择今天之后的日期：信中不能承诺在一个已经过去的日期前答复。
# 对方问起原因时用的一句话回答；显示在通话稿旁和编辑器中。
why-title = 如果对方问起原因
editor-network-note = 用于人脉邀请：不写主题，最多300个字符（当前{ $count }个）。
editor-network-too-long = 共{ $count }个字符：请缩短到300个以内，才能放进邀请里。
editor-relocation-check = 在承诺偿还任何费用之前，请先查看合同中关于搬迁费用的规定。
editor-fill = 填写
editor-fill-name = { $placeholder }的内容
editor-save-txt = 另存为文本…
editor-save-eml = 另存为邮件草稿（.eml）…
editor-mail-client = 在邮件客户端中打开
editor-copy-refused = 复制前请先填写{ $placeholders }。
editor-export-refused = 导出或发送前请先填写{ $placeholders }。
editor-mail-failed = 无法打开邮件客户端（{ $error }）。请改为复制文本。
editor-mail-opened = 已在邮件客户端中打开。
editor-group-builtin = 内置模板
editor-group-mine = 我的模板
editor-customised = （您的版本）

## 检查

review-title = 检查
review-intro = 对照以下框架检查：回应来意、表明决定、说明理由、表示感谢、保持联系、后续安排、结尾落款。
review-acknowledge = 提及面试或录用通知
review-decision = 明确表明决定
review-reason = 简要说明理由
review-gratitude = 表示感谢
review-stay-in-touch = 表示愿意保持联系
review-next-steps = 说明后续安排
review-sign-off = 有结尾落款
review-present = 已包含
review-missing = 缺少
review-optional = 可选，未找到
review-length-words = { $length }个词（请控制在{ $max }个以内）。
review-length-chars = { $length }个字符（请控制在{ $max }个以内）。
review-too-long = 篇幅有点长了：少说一些，决定会显得更清楚。
review-too-short = 篇幅偏短：达到{ $min }个以上会显得更有温度。可以写写您欣赏的地方，或想感谢的人。
review-over-explains = 理由部分写了{ $sentences }句：一句就够了，具体细节不必交代。
review-critical = “{ $text }”{ $why }
review-critical-pay = 听起来是在批评薪酬。
review-critical-process = 听起来是在批评招聘流程。
review-critical-people = 听起来是在批评您接触过的人。
review-critical-employer = 听起来是在批评公司。
review-critical-kinder = 更委婉的说法：“{ $kinder }”。
review-critical-leave-out = 建议删去：没有这句话，您的决定也一样清楚。
review-misspelled = { $count ->
   *[other] 有{ $count }个词可能拼写有误（已加下划线）。右键单击即可查看建议。
}
review-no-dictionary = 无法检查拼写：这台电脑上没有适用于{ $language }的词典。请安装系统提供的 Hunspell 词典，或通过“文件”→“添加拼写词典”自行添加（.aff 和 .dic 文件）。
review-dictionary-loading = 正在读取拼写词典…
review-no-spelling-here = 无法检查拼写：Gracious 借助 Hunspell 词典检查拼写，而适用于{ $language }的 Hunspell 词典并不存在。
review-dictionary-unreliable = 无法检查拼写：这台电脑上适用于{ $language }的词典连“{ $word }”这样的常用词都没有收录，会把正确的信件标成有错。请通过“文件”→“添加拼写词典”添加一个更好的词典（.aff 和 .dic 文件）。
review-personal = 这段文字与模板一字不差。请加一句自己的话：您欣赏的地方，或想感谢的人。
spell-add-word = 添加到词典
spell-no-suggestions = 没有建议
spell-looking = 正在查找建议…
editor-review-as = 检查依据的场景
dictionary-added = 已添加适用于{ $language }的拼写词典。
dictionary-failed = 无法添加该词典（{ $path }）：{ $error }
review-unfilled = 文中仍有占位符：{ $placeholders }
review-all-good = 没有需要修改的地方。

## 我的模板

templates-title = 我的模板
templates-name = 模板名称
templates-save-new = 将这封信另存为新模板
templates-save-version = 保存为我对此模板的修改版本
templates-restore = 恢复原始模板
templates-rename = { $name }的名称
templates-duplicate = 为{ $name }创建副本
templates-delete = 删除{ $name }
templates-use = 使用{ $name }
templates-use-short = 使用
templates-confirm-delete = 确定删除
templates-none = 您还没有自己的模板。将信件保存为模板即可重复使用，其中的公司、职位和姓名会重新变回占位符。
templates-import = 导入模板…
templates-export = 导出我的模板…
templates-saved = 已保存为“{ $name }”。
templates-imported = { $count ->
   *[other] 已导入{ $count }个模板。
}
templates-copy-name = { $name }（副本）
header-contact-email = 联系人邮箱

## 关于

about-title = 关于 Gracious
about-intro = Gracious 帮助您及时、清楚、得体地婉拒工作机会。所有数据都保存在这台电脑上。
about-version = 版本 { $version }
about-data = 数据来源与许可
about-data-body = 购买力比较采用世界银行的购买力平价（PPP）换算系数，该数据依据知识共享署名 4.0 许可协议（CC BY 4.0，creativecommons.org/licenses/by/4.0）发布。Gracious 对数据进行了格式转换，每个数据系列只保留最新年份，其中保加利亚的数据已由列弗换算为欧元，津巴布韦的数据未予收录。世界银行并未为 Gracious 背书。国家/地区名称以及数字、货币和日期格式来自 Unicode CLDR。

## 首次启动

welcome-title = 欢迎使用 Gracious
welcome-body = 无论是面试后还是收到录用通知后想要婉拒，Gracious 都能帮您用自己的语言，及时、清楚、得体地答复对方。
welcome-steps = 回答五个简短的问题，选好答复方式，再用模板写出答复；发送之前还会帮您检查一遍。
welcome-start = 添加我的求职机会
welcome-example = 先看看示例
welcome-private = 您输入的所有内容都只保存在这台电脑上。
# 显示在示例机会上方；“示例”是一份虚构的录用通知。
example-banner = 这是一个示例，所有信息均为虚构，各部分都已填好，方便您了解每项功能。
example-remove = 删除示例
# 在机会列表中附在示例标题之后。
cases-example = 示例

## 下一步

# 显示在“下一步要做的事”按钮之前，例如“下一步：[撰写信件]”。
next-label = 下一步：
next-answer-checklist = 填写决策清单
# 决策清单的结论是这个职位适合用户：没有需要婉拒的。
next-lean-accept = 您目前倾向于接受，暂时无需婉拒。
next-lean-accept-short = 倾向于接受
next-review-checklist = 回顾决策清单
next-pick-channel = 选择沟通方式
next-write-letter = 撰写信件
# $deadline 为星期和日期，可能带时间，例如“11月26日周四 14:00”。
next-send-by = { $deadline }前发出答复
next-send = 发出答复
next-mark-sent = 标记为已发送
# $phase 为时间段，例如“第3至7天”；$step 为待办事项，例如“更新求职记录”。
next-step = { $phase }：{ $step }
next-step-done = 完成
# “完成”按钮的无障碍名称；$step 为该按钮勾选完成的事项。
next-step-done-name = 标记为已完成：{ $step }
next-all-done = 已没有待办事项。
# 显示在列表中每个机会下方；$action 为上面的某个下一步。
cases-next = 下一步：{ $action }
# 屏幕阅读器在面板名称之后朗读，例如“沟通方式（已完成）”。
tab-state-done = 已完成
tab-state-attention = 需要注意
# 推荐沟通方式旁的按钮：直接采用推荐的方式。
channel-use-recommendation = 采用此方式

## Date picker

date-pick = 从日历中选择：{ $field }
date-previous-month = 上个月
date-next-month = 下个月
date-today = 今天
date-clear = 清除
date-close = 关闭
date-day-today = { $date }（今天）

## 每个数据文件夹只开一个窗口

# 在同一份数据上第二次启动 Gracious 时显示；$path 为数据文件夹。
notice-already-open = Gracious 已经打开了您的数据（{ $path }）。此窗口仅供查看，在这里所做的任何更改都不会保存。请关闭此窗口，在已经打开的窗口中继续操作。

## 有未保存的更改时退出

quit-title = 最近的更改尚未保存
# $error 为系统给出的原因，例如“Permission denied (os error 13)”。
quit-save-failed = Gracious 未能保存您最近的更改（{ $error }）。如果现在退出，这些更改将会丢失。
quit-read-only = 此窗口不会保存更改（您的数据已在另一个窗口中打开）。如果现在退出，您在此窗口中所做的更改将会丢失。
quit-retry = 重试保存
# 打开文件对话框，将全部数据（所有机会、个人资料、我的模板）写入一个文件。
quit-export = 全部保存到文件…
quit-anyway = 不保存并退出

## 比较工作机会：总薪酬并排对比

menu-compare = 比较工作机会
compare-title = 比较工作机会
compare-close = 关闭比较
compare-intro = 将各个工作机会与您当前的工作并排比较：薪酬的每个组成部分、按您目前居住地的物价计算的年度价值，以及在决策清单和迁居评估中的表现。
compare-choose = 比较
compare-current-job = 当前工作
# 在句子中提到当前工作时使用（compare-summary、compare-summary-net）。
compare-current-job-in-text = 您当前的工作
# $max 为一次最多可比较的机会数（4）。
compare-too-many = 一次最多可比较{ $max }个机会。
compare-horizon = 一次性款项和股权的分摊年限
compare-horizon-years = { $years ->
   *[other] { $years }年
}
compare-horizon-help = 签约奖金、搬迁补贴和股权按在职年数分摊到每一年。股权的归属期通常为4年。
compare-packages = 各自的薪酬构成
compare-packages-intro = 金额均为税前年额，以该工作的发薪货币填写。不清楚的项目请留空：Gracious 从不凭空估算。灰色数值取自迁居评估。
compare-equity-private = 非上市公司股权
compare-results = 对比结果
compare-empty = 请至少选择两项进行比较：当前工作和一份录用通知，或两份录用通知。
compare-row-verdict = 决策清单结论
compare-row-fit = 决策清单匹配度
compare-row-total = 年度总额（发薪货币）
compare-row-total-home = 年度总额（按居住国物价）
compare-row-net-home = 税后年度总额（按居住国物价）
compare-row-basis = 物价换算依据
compare-row-leave = 带薪假期
compare-row-notice = 离职通知期
compare-row-start = 最早入职日期
compare-row-deadline = 答复期限
compare-row-mobility = 迁居评估得分
compare-row-traps = 迁居注意事项
# 结论一行中的当前工作：它是比较的基准，而不是需要做决定的对象。
compare-reference = 比较基准
# 标记一行中最好的数值；$value 为该数值。
compare-best = { $value } · 最佳
compare-leave-value = { $days }天（折合{ $amount }）
compare-notice-weeks = { $weeks ->
   *[other] { $weeks }周
}
compare-not-moving = 无需迁居
compare-no-traps = 无
compare-not-given = —
compare-basis-same = 同一国家/地区
compare-basis-data = 世界银行，{ $year }年
compare-basis-override = 自定义系数
# $country 为用户目前居住的国家/地区；$job 和 $second 为两列的名称。
compare-summary = 按{ $country }的物价计算，价值最高的是{ $job }：每年{ $amount }，比{ $second }多{ $difference }。
# $part 为薪酬的某个组成部分，例如“奖金”。
compare-summary-why = 差距最大的是{ $part }。
compare-summary-net = 但按税后计算，实际到手最多的是{ $job }。
compare-summary-none = 至少为两份工作填写基本工资和所在国家/地区后，即可看出哪一份价值更高。
compare-note-equity-private = { $job }：股权属于非上市公司，在公司被出售或上市之前可能没有任何价值。
compare-note-cliff = { $job }：股权要到第{ $months }个月才开始归属，已超出比较期。
compare-note-repayable = { $job }：如果在第{ $months }个月之前离职，须退还{ $part }。这一期限超出比较期，因此该笔{ $part }未计入总额。
compare-note-bonus-amount = { $job }：同时填写了奖金金额和比例，将以金额为准。
compare-note-no-base = { $job }：尚未填写基本工资，因此无法计算总额。
compare-note-not-a-number = { $job }：“{ $field }”中填写的内容不是 Gracious 可以使用的数字。
compare-note-no-country = { $job }：请选择其所在国家/地区，才能按居住国物价进行比较。
compare-note-no-factor = { $job }：没有{ $country }的购买力数据。请输入一个系数以便比较。
compare-note-currency = { $job }：{ $country }的数据以{ $currency }计价。请用{ $currency }填写金额，或输入一个系数。
compare-note-tax = 税后金额：按每份工作各自的税率，对其全部年度总额扣税后得出。
compare-chart-total = 按居住国物价计算的年度总额（分项）
compare-chart-fit = 各自的匹配度（%）
compare-chart-checklist = 决策清单匹配度
compare-chart-mobility = 迁居评估得分
compare-chart-alt = 图表。上方表格中列有相同的数据。
compare-accept = 接受此工作机会
# 供屏幕阅读器使用：按钮的作用，附带该工作机会的名称。
compare-accept-name = 接受{ $job }，并准备婉拒其他机会的信件
compare-accepted = 已将{ $job }标记为已接受。给{ $others }的信件已改为以“已接受其他工作”为由婉拒。
compare-export-csv = 导出为 CSV…
compare-export-text = 导出为文本…
compare-text-title = 工作机会比较（{ $date }）
compare-text-cell = { $job }：{ $value }
compare-text-basis = 按{ $country }的物价计算；一次性款项和股权按{ $years ->
   *[other] { $years }年
}分摊。
pay-field-country = 国家/地区
pay-field-currency = 货币
pay-field-base = 基本工资
pay-field-bonus-percent = 目标奖金（基本工资的%）
pay-field-bonus-amount = 奖金金额
pay-field-equity-grant = 股权：授予总价值
pay-field-equity-years = 股权：归属年限
pay-field-equity-cliff = 股权：悬崖期（月）
pay-field-sign-on = 签约奖金
pay-field-sign-on-repay = 签约奖金：未满此期限离职须退还（月）
pay-field-relocation = 搬迁补贴
pay-field-relocation-repay = 搬迁补贴：未满此期限离职须退还（月）
pay-field-pension = 雇主养老金缴费（基本工资的%）
pay-field-benefits = 福利折算价值（每年）
pay-field-leave = 带薪假期（天）
pay-field-notice = 离职通知期（周）
pay-field-start = 最早入职日期
pay-field-tax = 税率（%）
pay-field-factor = 自定义物价系数
pay-part-base = 基本工资
pay-part-bonus = 奖金
pay-part-equity = 股权
pay-part-sign-on = 签约奖金
pay-part-relocation = 搬迁补贴
pay-part-pension = 养老金
pay-part-benefits = 福利
checklist-suggestion-total-net = 根据工作机会比较（按税后总薪酬与当前工作对比），建议回答“{ $answer }”。
checklist-suggestion-total-gross = 根据工作机会比较（按税前总薪酬与当前工作对比），建议回答“{ $answer }”。填写两边的税率，即可比较实际到手的收入。

## 发送之后：对方的回复、您的承诺、见过的人、日历
# 第五个面板。“对方”指雇主（招聘专员或用人经理）。
tab-followup = 发送之后
menu-export-calendar = 将所有日期导出为日历文件…
followup-intro = 婉拒往往不是发一封信就结束了。记下对方的回复，兑现您做出的承诺，再把相关日期加入日历。
followup-open = 打开“发送之后”

followup-reply-title = 对方的回复
# $date 为收到回复的日期（星期和日期）；$kind 为对方提出了什么（某个 reply-kind-* 文字）。
followup-reply-recorded = { $date }：{ $kind }
# $pay 为用户填写的新年薪，原样显示。
followup-reply-new-pay = 对方新开出的年薪：{ $pay }
followup-reply-answer = 用以下信件答复：
followup-reply-earlier-letter = 对方回复的原信
followup-they-replied = 对方已回复
followup-reply-on = 收到回复的日期
followup-reply-kind = 回复类型
followup-reply-new-pay-field = 新的年薪
followup-reply-improved-note = 条件提高后，您需要重新做决定：在您答复之前，决策清单会按新的薪资再问一次薪酬问题。
followup-reply-note = 对方来信的内容（可选，供您留档）
followup-reply-date-invalid = 请填写收到回复的日期。
followup-record-reply = 记录回复
reply-kind-improved-offer = 提高了录用条件
reply-kind-what-would-it-take = “怎样才能让您改变主意？”
reply-kind-ask-for-call = 收到您的邮件后希望通个电话
reply-kind-keep-cv = 询问能否保留您的简历
reply-kind-questionnaire = 发来反馈问卷
reply-kind-are-you-sure = “您确定吗？”
status-reply-recorded = 已记录对方的回复，相应的答复信已在模板编辑器中准备好。对方回复的原信保存在“发送之后”中。
status-reply-improved = 已记录对方提高后的条件，您需要重新做决定。请先按新的薪资回答薪酬问题，再在“发送之后”中选择如何答复。

followup-promises-title = 您的承诺
followup-call-on = 约定的通话日期
followup-no-promises = 暂无承诺。您在信中做出的承诺会自动显示在这里；其他承诺请自行添加。
followup-add-promise = 添加承诺
followup-promise-what = 承诺事项
followup-promise-to = 承诺对象
followup-promise-due = 截止日期
followup-remove = 移除
# 应用掌握的用户承诺。$company、$contact 来自该机会；$name 为见过的某个人。
promise-answer = 给{ $company }答复
promise-questionnaire = 交回反馈问卷
promise-call = 与{ $contact }通话
promise-return-property = 归还{ $company }为搬迁提供的文件及其他借用物品
promise-settle-money = 按合同规定，与{ $company }结清搬迁补贴或签约奖金
promise-claim-reimbursements = 申请报销{ $company }同意承担的费用
promise-check-in = 再次联系{ $name }
promise-untitled = 未填写内容的承诺
promise-done = 已完成
# $when 为星期和日期（通话还带时间）；$days 为天数。
promise-overdue = { $days ->
    [1] 已逾期一天（{ $when }）
   *[other] 已逾期{ $days }天（{ $when }）
}
promise-due-today = 今天到期（{ $when }）
promise-due-soon = { $days ->
    [1] 明天到期（{ $when }）
   *[other] { $days }天后到期（{ $when }）
}
promise-due-later = { $when }前
promise-undated = 尚未设定日期
# 应用打开时显示在面板上方的提醒。$when 为 promise-overdue 或 promise-due-today 的文字；$what 为承诺内容；$title 为该机会。
promise-notice = { $what }（{ $title }）：{ $when }
promise-show = 查看

followup-people-title = 您见过的人
followup-no-people = 添加您见过的人，保持联系就不必全靠记忆。
followup-person-name = 姓名
followup-person-role = 职务
followup-person-reach = 联系方式
followup-person-connected = 已在职场社交平台上建立联系
followup-person-last-contact = 上次联系日期
followup-person-check-in = 下次联系日期
followup-write-to = 写一封保持联系的问候信
followup-add-person = 添加联系人

followup-calendar-title = 您的日历
followup-calendar-note = 将答复期限、您的承诺、约好的通话、做出决定后的各项步骤以及再次联系的日期，导出为带提醒的日历文件（.ics）。再次导入时会更新原有条目，不会重复添加。任何内容都不会离开这台电脑。
followup-export-calendar = 导出此机会的日期…
followup-export-calendar-all = 导出所有机会的日期…
# 写入日历文件。$what 为到期事项；$company 为雇主。
ics-summary = { $what }（{ $company }）
ics-reply-by = 答复期限
ics-answer-window = 发出答复：距做出决定已满72小时
# $title 为该机会（公司 · 职位）。
ics-description = { $title }。由 Gracious 生成。
# $name 为承诺的对象。
ics-to-whom = 承诺对象：{ $name }
ics-calendar-name = Gracious：{ $title }
ics-calendar-name-all = Gracious：您的求职日程
# 显示在机会列表中有承诺今天到期或已逾期的机会旁；$count 为数量。
cases-promises-due = { $count ->
   *[other] { $count }项承诺已到期
}
# 显示在答复反馈问卷的信件中日期选择器旁。
editor-questionnaire-date = 我将在此日期前交回问卷
# 显示在承诺列表中已过日期的约定通话旁；$when 为星期、日期和时间。
promise-call-past = 原定于{ $when }：通话完成后请勾选
