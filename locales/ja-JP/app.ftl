# Gracious — interface strings (ja-JP).
# Every other locale has exactly these message ids.

app-title = Gracious
# Between the items of a list, e.g. "Visa, Tax". Quoted to keep the space.
list-separator = { "、" }

## Menu

menu-file = ファイル
menu-new-case = 新しい応募先
menu-export-case = この応募先をエクスポート…
menu-export-workspace = すべてのデータをエクスポート…
menu-export-csv = 一覧を CSV でエクスポート…
menu-import = インポート…
menu-add-dictionary = スペルチェック辞書を追加…
menu-profile = プロフィール
menu-about = Gracious について
menu-language = 言語
menu-language-system = システムの言語（{ $language }）
menu-theme = テーマ
theme-system = システムに合わせる
theme-light = ライト
theme-dark = ダーク

## Notices and status

notice-dismiss = 閉じる
notice-save-failed = 変更内容を「{ $folder }」に保存できません（{ $error }）。Gracious は変更をメモリ上に保持し、保存を再試行します。アプリを閉じないでください。
notice-missing-font = { $count ->
   *[other] インストール済みのフォントに含まれていないため、{ $count }文字を表示できません。お使いの言語に対応したフォントをインストールしてください（Debian や Ubuntu の場合、中国語・日本語・韓国語には fonts-noto-cjk）。
}
problem-empty = ファイルが空でした
problem-malformed = ファイルが破損しているか、Gracious のファイルではありません（{ $detail }）
problem-future-version = 新しいバージョンの Gracious で保存されたファイルです（形式 { $version }）
problem-unreadable = ファイルを読み込めませんでした（{ $detail }）
notice-set-aside = 保存データを読み込めませんでした：{ $problem }。データは削除されていません。ファイルは「{ $path }」に移動しました。
notice-left-in-place = 保存データを読み込めませんでした：{ $problem }。ファイルは「{ $path }」にそのまま残してあり、このセッション中に Gracious が上書きすることはありません。
notice-restored-backup = 前回の保存内容をバックアップ「{ $path }」から読み込みました。
notice-backup-set-aside = バックアップも読み込めませんでした：{ $problem }。バックアップは「{ $path }」に移動しました。Gracious は空の状態で起動しています。
status-saver-stopped = バックグラウンドの保存処理が停止しました
status-ready = 入力内容はすべて自動的に保存されます。
status-deleted = 「{ $title }」を削除しました。
status-undo = 元に戻す
status-reset = 文面をテンプレートに戻しました。
status-copied = クリップボードにコピーしました。
status-copied-presend-open = { $open ->
   *[other] クリップボードにコピーしました。送信前チェックに未完了の項目が{ $open }件あります。
}
status-draft-kept = 編集した文面はそのまま残してあります。新しいテンプレートに置き換えるには「テンプレートに戻す」を押してください。
status-copy-failed = クリップボードにコピーできませんでした（{ $error }）。テキストを選択して手動でコピーしてください。

## Files

file-dialog-open = ファイルダイアログが開いています。
file-no-dialog = このシステムではファイルダイアログを開けませんでした。代わりにファイルのパスを入力してください。
file-failed = { $path }：{ $error }
file-imported = { $count ->
   *[other] 「{ $path }」から{ $count }件の応募先をインポートしました。
}
file-exported = 「{ $path }」に保存しました。
file-save-title = ファイルに保存
file-open-title = ファイルを開く
file-path = パス
file-save = 保存
file-open = 開く
file-cancel = キャンセル
csv-date = 面接日または内定日

## Opportunities

cases-title = 応募先
cases-new = 新規
cases-duplicate = 複製
cases-archive = アーカイブ
cases-unarchive = アーカイブ解除
cases-delete = 削除
cases-untitled = 新しい応募先
cases-reply-by = 回答期限 { $date }
cases-overdue = 期限切れ
status-deciding = 検討中
status-negotiating = 交渉中
status-declined = 辞退済み
status-accepted = 受諾済み
status-archived = アーカイブ済み

## Profile

profile-title = プロフィール
profile-intro = 文面の署名に使います。情報はこのコンピューター内にのみ保存されます。
profile-name = 氏名
profile-email = メールアドレス
profile-signature = 署名
profile-signature-hint = 文面の最後に氏名の代わりに入ります（例：氏名、役職、電話番号）
profile-letter-language = 文面の既定の言語
profile-formality = 文体
profile-formality-help = 文体は、文面の言語に丁寧さの区別がある場合に反映されます。ドイツ語では Sie と du、日本語では敬語を尽くした文面と丁寧語（です・ます）中心の文面を使い分けます。
formality-formal = フォーマル
formality-informal = カジュアル

## Panels

tab-checklist = 判断チェックリスト
tab-mobility = 移住シート
tab-channel = 連絡手段
tab-editor = テンプレート編集

## Header of the opportunity

header-company = 会社名
header-role = 職種
header-contact = 担当者名
header-stage = 選考段階
header-status = ステータス
header-reply-by = 回答期限
header-date-interview = 面接日
header-date-offer = 内定日
header-date-hint = YYYY-MM-DD
header-date-invalid = 日付は YYYY-MM-DD の形式で入力してください（例：2026-11-26）。
stage-after-interview = 面接後
stage-after-offer = 内定後

# Accessible name of one choice in a group, e.g. "Stage: After the offer".
choice-accessible-name = { $group }：{ $choice }

## Decision checklist

checklist-title = 辞退すべきでしょうか？
checklist-intro = 5つの質問に答えてください。下の判定には理由が添えられます。あくまで助言であり、最終的に決めるのはあなたです。
checklist-use-weights = 質問に重要度を付ける（それぞれがあなたにとってどれだけ大切かを設定します）
checklist-blocker = 何が障害になっていますか？
checklist-blocker-name = { $question }：障害になっている点
checklist-blocker-negotiable = 交渉の余地があります。
checklist-blocker-fundamental = 交渉では解決しません。
blocker-group-negotiable = 交渉できること
blocker-group-fundamental = 根本的な不一致
blocker-compensation = 給与と福利厚生
blocker-start-date = 入社日
blocker-role-scope = 職務の範囲
blocker-remote-work = リモートワーク・柔軟な働き方
blocker-relocation-support = 転居の支援
blocker-values = 価値観
blocker-way-of-working = 働き方
blocker-long-term-direction = 長期的な方向性
blocker-personal-compromise = 家族・ビザ・健康
checklist-weight = 重要度
checklist-weight-name = { $question }：重要度
weight-1 = あまり重要ではない（決め手にはならない）
weight-2 = ある程度重要
weight-3 = かなり重要
weight-4 = とても重要
weight-5 = 絶対に譲れない
checklist-note-hint = メモ（任意）
checklist-note-name = { $question }：メモ
checklist-suggestion = 移住シートの内容からは「{ $answer }」が妥当と考えられます。
checklist-suggestion-net = 移住シートの内容からは、税引き後の給与で見て「{ $answer }」が妥当と考えられます。
checklist-suggestion-gross = 移住シートの内容からは、税引き前の給与で見て「{ $answer }」が妥当と考えられます。手元に残る額で比べるには、両方の税率を入力してください。
checklist-suggestion-use = 反映する
checklist-suggestion-use-name = { $question }：提案を反映する
checklist-q-career-goals = このポジションは、今後12〜24か月のキャリア目標に合っていますか？
checklist-q-career-goals-help = 次の一歩だけでなく、1〜2年後にどうなっていたいかを考えてみてください。
checklist-q-career-goals-short = キャリア目標
checklist-q-pay-after-costs = 生活費や転居費用を考慮しても、給与と福利厚生に納得できますか？
checklist-q-pay-after-costs-help = 金額だけでなく、実際に暮らす土地でその収入でどんな生活ができるかで比べてください。
checklist-q-pay-after-costs-short = 実質的な待遇
checklist-q-growth = 成長や昇進への現実的な道筋がありますか？
checklist-q-growth-help = このポジションの人がどのように成長してきたか、具体例を挙げて説明してくれた人はいましたか？
checklist-q-growth-short = 成長
checklist-q-compromise = 受諾すると、まだ受け入れる覚悟のない妥協（家族、ビザ、健康など）を迫られますか？
checklist-q-compromise-help = この質問では「はい」が注意すべき答えです。
checklist-q-compromise-short = 妥協
checklist-q-culture-fit = 社風やリーダーシップのスタイルはあなたに合っていますか？
checklist-q-culture-fit-help = 面接で会った人たちが、自分の仕事や同僚についてどのように話していたかを思い出してください。
checklist-q-culture-fit-short = 社風とリーダーシップ
answer-yes = はい
answer-no = いいえ
answer-not-sure = わからない
answer-unanswered = 未回答

verdict-label = 判定：
verdict-decline = 辞退する
verdict-decline-advice = 決定的に合わない点が一つあれば、辞退の理由として十分です。早めに丁寧に辞退し、今後のご縁はつないでおきましょう。
verdict-negotiate-first = まず交渉する
verdict-negotiate-first-advice = 障害となっている点は交渉の余地があります。辞退する前に相談してみましょう。断るのはその後でもできます。
verdict-lean-accept = 受諾寄り
verdict-lean-accept-advice = 辞退すべき理由は見当たりません。確信が持ててから受諾し、受諾したら他社の選考は辞退しましょう。
verdict-undecided = 判断保留
verdict-undecided-advice = 迷っているうちは受諾しないでください。返事を待ってもらえるよう頼んで回答日を伝え、足りない情報を確かめましょう。
verdict-reasons = 理由：
reason-fundamental-blocker = { $question }：{ $blocker }は、交渉では解決しない根本的な不一致です。
reason-negotiable-blocker = { $question }：{ $blocker }は、交渉で解決できる可能性のある障害です。
reason-minor = { $question }：気になる点はありますが、あなたにとって重要度が低いため、決め手にはなりません。
reason-unanswered = { $question }：まだ回答していません。
reason-not-sure = { $question }：まだ判断がついていません。
reason-all-favourable = すべての回答がこのポジションを後押ししています。
# The user leans towards declining, yet the only blockers could be negotiated: asking for
# better terms for a role they do not want wastes everyone's time.
reason-negotiation-not-wanted = { $question }：{ $blocker }は交渉の余地がありますが、気持ちは辞退に傾いています。交渉するのは入社したいと思えるポジションの場合だけにして、そうでなければ今のうちに辞退しましょう。
# Pay could be negotiated, but growth or culture is still a doubt: settle that first.
reason-doubt-before-negotiating = { $question }：まだ判断がついていません。まずこの点をはっきりさせましょう。交渉するのは、この点を除けば入社したいと思えるポジションの場合だけです。
reason-negotiation-failed = { $question }：{ $blocker }について、先方は希望に応えられませんでした。そのため、これが障害として残っています。
reason-negotiation-partly = { $question }：先方は希望の一部に応じてくれました。提示された条件をもとに、この質問にもう一度答えてください。
reason-negotiation-met = { $question }：先方は希望に応じてくれました。
# The weighted share of favourable answers is below one half.
reason-weak-fit = あなたが重視する点のうち、このポジションを後押ししているのは{ $percent }%にとどまります。まだ受諾しないでください。
negotiation-title = 交渉の結果はどうでしたか？
negotiation-pending = まだ返事がない
negotiation-met = 応じてもらえた
negotiation-partly = 一部応じてもらえた
negotiation-failed = 応じてもらえなかった
# The decline button when the answer is given in a call: it opens the call script.
verdict-call-script = 通話の準備をする
verdict-write-decline = 辞退の文面を作成
verdict-write-negotiate = 交渉の文面を作成
verdict-ask-for-time = 回答の猶予を依頼
verdict-fit = 重要度を加味した適合度：{ $percent }%
flip-answer = 判定が変わる条件：「{ $question }」に「{ $answer }」と答えると、判定は「{ $verdict }」になります。
flip-weight = 判定が変わる条件：「{ $question }」の重要度を{ $weight }にすると、判定は「{ $verdict }」になります。
inclination-label = 今の気持ちはどちらに傾いていますか？
inclination-open = 未定
inclination-accept = 受諾寄り
inclination-decline = 辞退寄り
inclination-still-interviewing = 他社の選考がまだ続いている
inclination-too-soon = 迷いがあるうちや、他社の選考が続いているうちに受諾するのは、後から取り返しのつきにくい失敗です。まずは返事を待ってもらえるよう依頼し、回答日を伝えましょう。
presend-title = 送信する前に
presend-advisor = 信頼できる人に相談した
presend-channel = 連絡手段を決めた（メール、または電話のあとに要点をメールで送る）
presend-framework = 感謝を伝え、結論をはっきり示し、今後のご縁につながる文面にした
presend-proofread = 言葉遣いと誤字脱字を見直した
presend-in-time = 決断してから24〜72時間以内に送る
presend-archived = 応募書類を保管し、転職活動の状況を更新した
# Hover text of a pre-send item Gracious ticked itself (the channel is chosen, the
# review found nothing to fix).
presend-seen = Gracious が完了を確認しました。
presend-summary = 送信前チェック：{ $total }件中{ $done }件完了

## Mobility sheet

mobility-title = このポジションのために海外へ移住しますか？
mobility-intro = 移住によって、あなたとご家族にどのような影響があるかを評価してください。わからない点は、回答する前に確かめておきましょう。
mobility-moving-abroad = この内定を受けると海外へ移住することになる
mobility-not-moving = 内定を受けると海外へ移住することになる場合は、上のボックスにチェックを入れてください。このシートで検討を進められます。
mobility-current-country = 現在の居住国
mobility-destination-country = 勤務地の国
# The user's citizenships (several allowed), kept in the profile: they decide whether a
# move needs a visa.
mobility-citizenship = 国籍
mobility-citizenship-add = 国籍を追加
mobility-citizenship-remove = { $country }を削除
mobility-choose-country = 国を選択
mobility-search-country = 国を検索
ppp-title = 給与の実質的な価値
ppp-intro = 現在の年収と提示された年収を、それぞれの通貨で入力してください。Gracious は世界銀行の購買力平価（PPP）データを使って、その給与で買えるものを比べます。為替レートは必要ありません。
ppp-amount = 年収
ppp-currency = 通貨
ppp-tax = 税率（%）
ppp-override = 独自の係数
ppp-override-hint = 任意
ppp-current-pay = 現在
ppp-offered-pay = 内定先
ppp-worth = { $country }の物価に換算すると、提示された年収は約{ $amount }に相当します。
ppp-change = 現在の収入と比べて{ $change }%です。
# Shown first once both tax rates are given: what the user would keep, at home prices.
ppp-worth-net = { $country }の物価に換算すると、提示された年収は税引き後の手取りで約{ $amount }に相当します。現在の手取りと比べて{ $change }%です。
# The figure before tax, shown under the one after tax.
ppp-gross-beside = 税引き前：約{ $amount }（{ $change }%）。
# Where a country's price level comes from; the factor itself is in the hover text.
ppp-source-data = { $country }の物価：世界銀行、{ $series }、{ $year }年。
ppp-source-override = { $country }の物価：独自の係数。
# Hover text: what the purchasing-power factor means, in plain words.
ppp-factor-explained = { $country }では、{ $factor } { $currency }あれば、米国で1米ドルで買えるのとほぼ同じものが買えます。
ppp-series-private = 家計消費の購買力平価
ppp-series-gdp = 経済全体（GDP）の購買力平価
ppp-unreliable = { $country }では物価が急上昇しており、この係数は1年以上前のものです。結果はおおよその目安として扱ってください。
ppp-national = これらは全国平均です。大都市では生活費がずっと高くなることがあります。より適切な係数がわかる場合は入力してください。
ppp-incomplete = 提示された年収の実質的な価値を確認するには、両方の国を選び、両方の年収を入力してください。
ppp-not-positive = 年収は、それぞれ0より大きい金額で入力してください。
ppp-no-data = 世界銀行には、{ $country }について使える購買力平価のデータがありません。Gracious は推測で補いません。係数がわかる場合は、ご自身で入力してください。
ppp-currency-mismatch = { $country }のデータは { $currency } 建てです。その年収は { $currency } で入力してください。
ppp-sources = データの出典
visa-title = ビザと入社日
visa-processing-weeks = ビザの審査期間（週）
visa-start-date = 入社日
visa-in-time = ビザは入社日に間に合う見込みです（{ $weeks }週間の余裕があります）。
visa-late = ビザが下りるのは入社日の約{ $weeks }週間後になりそうです。入社日を遅らせてもらうか、手続きを早めるための支援を依頼しましょう。
visa-unknown = 審査期間と入社日を入力すると、間に合うかどうかを確認できます。
# Whether a visa is needed depends on citizenship: shown instead of the visa questions.
visa-free-own = { $country }の国籍をお持ちのため、ビザは必要ありません。
visa-free-eu = { $citizenship }の国籍をお持ちのため、ビザも就労許可も必要なく、{ $country }に住んで働くことができます（EU・欧州経済領域・スイスにおける人の自由移動）。
visa-free-cta = { $citizenship }の国籍をお持ちのため、ビザも就労許可も必要なく、{ $country }に住んで働くことができます（アイルランドとイギリスの共通旅行区域）。
visa-free-tasman = { $citizenship }の国籍をお持ちのため、ビザを申請する必要はなく、{ $country }に住んで働くことができます（トランス・タスマン渡航協定）。
visa-partner-note = パートナーが現地で働けるかどうかは、パートナー自身の国籍によって決まります。下の項目で評価してください。
mobility-prestige = その土地そのもの（地名の響きや評判）が、魅力の大きな部分を占めていますか？
mobility-weight-name = { $factor }：重要度
# The weighted share of the rated factors that look good (unknowns left out).
mobility-score = これまでにわかっている点のうち、移住を後押ししているのは{ $percent }%です（各項目は、あなたにとっての重要度に応じて重み付けしています）。
mobility-trap-prestige = ポジションよりも、土地の魅力に惹かれているようです。同じポジションが今住んでいる国にあったとしても、受けたいと思いますか？
mobility-trap-visa-late = ビザが下りるのが入社日より後になります。ただし、これは諦める理由ではなく、入社日を交渉すれば済むことです。入社日を遅らせてもらえないか相談しましょう。
mobility-horizon = 12〜24か月先を見据えて
mobility-toward-place = 希望する土地やビザに近づく一歩になりますか？
mobility-builds-skills = 将来の移住をしやすくするスキルが身につきますか？
mobility-horizon-warning = どちらも「いいえ」です。この移住は、あなたの長期的な計画につながりません。
mobility-factor-visa = ビザと就労許可
# "Sponsorship": the employer applying for the candidate's work permit and visa.
mobility-factor-visa-help = 会社によるビザ申請の支援はどの程度確実ですか？ 入社日までに就労許可は下りますか？
mobility-factor-relocation = 転居手当
mobility-factor-relocation-help = 引っ越し、仮住まい、渡航の費用を会社が負担してくれますか？
mobility-factor-family = 家族へのサポート
mobility-factor-family-help = 一緒に移る全員のための、住まい探し・各種手続き・生活立ち上げの支援。
mobility-factor-schooling = 子どもの学校
mobility-factor-schooling-help = 子どもの受け入れ枠、授業の言語、学費。
# A work permit for the partner (and their chances of work in their field), not the
# abstract social right to work.
mobility-factor-partner-work = パートナーの就労
mobility-factor-partner-work-help = パートナーは現地で働けますか？ 専門分野の仕事は見つかりそうですか？
mobility-factor-cost-of-living = 給与に対する生活費
mobility-factor-cost-of-living-help = 為替レートだけでなく、その給与で現地でどんな生活ができるか。
mobility-factor-health-care = 医療と社会保障
mobility-factor-health-care-help = 保険、年金、傷病休暇を現在の条件と比べて。
mobility-factor-language = 家族にとっての言語と文化
mobility-factor-language-help = 一緒に移る全員が日常生活をこなし、友人をつくれそうですか？
mobility-factor-tax = 給与にかかる税金
mobility-factor-tax-help = 現地の所得税と、母国で引き続き納める必要のある税金。
rating-good = 良い
rating-acceptable = 許容範囲
rating-poor = 不十分
rating-unknown = 不明
# For the partner's work and schooling, when nobody moves with the user or there are no children.
rating-not-applicable = 該当しない
mobility-note-hint = メモ（任意）
mobility-note-name = { $factor }：メモ
mobility-summary = まとめ
mobility-none = なし
mobility-strengths = 良い点：
mobility-risks = リスク：
mobility-unknowns = 未確認：
mobility-traps = 注意点
mobility-trap-partner-work = パートナーの就労条件が不十分か不明です。カップルでの移住がうまくいくかどうかは、この点で決まることがよくあります。
mobility-trap-schooling = 子どもの学校が不十分か不明です。決める前に受け入れ枠と学費を確認してください。
mobility-trap-tax = 給与にかかる税金が不明です。税引き後にいくら手元に残るかを確認してください。

## Channel

channel-title = メール、電話、ビデオ通話のどれで伝えますか？
channel-intro = 選考の経緯を少し教えてください。返事の伝え方を提案します。
channel-main-contact = 主な連絡相手
channel-contact-recruiter = 採用担当者
channel-contact-hiring-manager = 配属先の責任者
channel-rounds = 面接の回数
channel-close-rapport = 配属先の責任者と親しい関係を築けた
channel-personal-time = 多くの時間を割いてくれた人がいた
channel-collaboration = 面接で会った人たちと密に協力する仕事だった
channel-relocation-visa = 転居やビザの話が出た、または支援を提示された
channel-video-process = 面接はビデオ通話で行われた
channel-recommendation = おすすめ：
channel-email = メール
channel-phone-then-email = 電話で伝え、要点を短いメールで送る
channel-video-then-email = ビデオ通話で伝え、要点を短いメールで送る
channel-why = 理由：
channel-reason-email-default = 直接話すべき事情は特にありません。メールなら記録がはっきり残り、互いの時間も尊重できます。
channel-reason-recruiter = 連絡相手は、正式な選考プロセスを進める採用担当者です。先方もメールでの連絡を想定しています。
channel-reason-close-rapport = 配属先の責任者と親しい関係を築きました。あなた自身の口から伝えるのが誠実です。
channel-reason-many-rounds = 何度も面接を重ねました。直接ひと言伝えることで、その労に報いることができます。
channel-reason-personal-time = 多くの時間を割いてくれた人がいます。電話できちんとお礼を伝えましょう。
channel-reason-collaboration = 密に協力する仕事でした。直接話すことで良い関係を保てます。
channel-reason-relocation-visa = 転居やビザの話が出ていました。先方がすでに準備を始めているかもしれません。
channel-reason-video-process = 選考がビデオ通話で進んだので、短いビデオ通話で伝えるのが自然です。
channel-recap-advice = 通話のあと、伝えた内容を確認する短いメールを送りましょう。
channel-your-choice = あなたの選択：
channel-follow = おすすめに従う
channel-open-call-script = 通話の台本を開く
channel-write-recap = 確認メールを作成
call-mode-title = 通話の台本
call-mode-intro = 自分の言葉で話してかまいません。この順番で話すと伝わりやすくなります。短く、温かく伝えましょう。

## Reply deadline

deadline-title = 回答のタイミング
deadline-decided-on = 決断した日
deadline-at = 時刻
deadline-time-hint = HH:MM
deadline-decided-now = たった今決断した
# The employer's reply-by date: the hard deadline.
deadline-their-date = 先方の回答期限は{ $date }です。
deadline-not-decided = まだ決断していません。回答までの24〜72時間は、決断した時点から数え始めます。
deadline-window-past = 決断してから72時間以上が経っています。先方の期限が来る前に、今すぐ回答しましょう。
deadline-overdue-their = 先方の回答期限を過ぎています。今日中に回答しましょう。遅れてでも返事をするほうが、何も連絡しないよりずっと良いです。
deadline-invalid = 日付は YYYY-MM-DD、時刻は HH:MM（24時間制）の形式で入力してください。
deadline-answer-by = { $due }までに回答しましょう（理想は{ $ideal }まで）。
# The ideal moment (24 hours after deciding) has passed; the latest has not.
deadline-answer-by-late = { $due }までに回答しましょう。理想のタイミング（{ $ideal }）はすでに過ぎています。
# Once the user marked the opportunity declined: the countdown stops.
deadline-answered-on = { $date }に回答しました。
deadline-answered = 回答済みです。
deadline-left-ideal = 残り{ $duration }。今が回答に最適なタイミングです。
deadline-left = 残り{ $duration }。
deadline-overdue = 期限を{ $duration }過ぎています。今日中に回答しましょう。遅れてでも返事をするほうが、何も連絡しないよりずっと良いです。
deadline-need-time = もっと時間が必要ですか？ すぐにその旨と回答日を伝えましょう。
duration-days = { $n ->
   *[other] { $n }日
}
duration-hours = { $n ->
   *[other] { $n }時間
}
duration-minutes = { $n ->
   *[other] { $n }分
}

## Timeline

timeline-title = 決断したあとの流れ
timeline-day-1 = 1日目
timeline-day-2 = 2日目
timeline-days-3-7 = 3〜7日目
timeline-stay-in-touch = その後のつながり
step-draft = 文面を下書きする
step-choose-channel = 連絡手段を決める
step-book-call = 通話の日時を調整する
step-send-or-call = 文面を送る、または通話で伝える
step-send-recap = 通話のあとに確認メールを送る
step-archive = 応募書類を保管する
step-tracker = 転職活動の管理表を更新する
step-refocus = 空いた時間を、より自分に合うポジション探しに充てる
step-close-visa = ビザや転居に関する手続きを終わらせる
step-reimbursements = 交通費などの精算や、残っている取り決めを確認する
step-connect = ひと言メッセージを添えてつながる
step-offer-help = 力になれることを申し出る（例：知人を紹介する）
step-future-roles = 今後の募集で声をかけてほしいと伝える
timeline-write-note = つながりを保つメッセージを作成
channel-timing = 決断したら24〜72時間以内に返事をしましょう。もっと時間が必要な場合は、すぐにその旨と回答日を伝えてください。何も連絡しないのが最悪の返事です。

## Template editor

editor-title = 文面
editor-scenario = 状況
scenario-withdraw-after-interview = 面接後：ポジションが合わない
scenario-accepted-other-offer = 内定後：他社の内定を受諾した
scenario-not-right-fit-after-offer = 内定後：ポジションが合わない
scenario-after-negotiation = 交渉後：最終的な条件提示を受けて辞退する
scenario-relocation-not-feasible = 内定後：家族の事情で転居できない
scenario-negotiate-instead = 辞退せずに交渉：条件に柔軟性があるか確かめる
scenario-ask-for-time = 回答の猶予を依頼：回答日を伝える
scenario-call-recap = 通話後：要点を確認するメール
scenario-stay-connected = つながりを保つ：短いメッセージ
scenario-interview-call-script = 面接後：通話の台本
scenario-visa-unworkable = 内定後：ビザや就労許可の問題で入社が難しい（通話後のメール）
scenario-counteroffer = 現職に残る：カウンターオファーを受けた
scenario-many-rounds-call-script = 何度も面接を重ねた後：通話の台本
scenario-active-relocation = 転居の準備中：進んでいる手続きを正直に伝える
scenario-repair = 辞退後のフォロー：伝え方がぎこちなかったとき
scenario-reopen = 改めて相談：以前辞退したポジション
scenario-improved-offer-hold = 先方の返信：条件が再提示されたが、結論は変えない
scenario-improved-offer-reopen = 先方の返信：再提示された条件で考えが変わった
scenario-what-would-it-take = 先方の返信：「どんな条件なら入社してもらえますか」
scenario-call-after-decline = 先方の返信：メールで辞退した後、電話で話したいと言われた
scenario-keep-cv-on-file = 先方の返信：応募書類を保管してよいか聞かれた
scenario-exit-questionnaire = 先方の返信：選考についてのアンケート
scenario-are-you-sure = 先方の返信：後日「本当に辞退されますか」と確認された
editor-letter-language = 文面の言語
editor-letter-language-same = 画面表示と同じ（{ $language }）
editor-letter-language-profile = プロフィールの設定（{ $language }）
editor-sender = あなたの氏名
editor-subject = 件名
editor-body = 本文
editor-unfilled = 未入力の項目：{ $placeholders }
editor-copy = コピー
# Copy puts the letter's text (without the subject) on the clipboard; the subject has
# its own button, for the mail's subject field.
editor-copy-subject = 件名をコピー
# Shown beside the copy button until the text changes.
editor-copied = コピーしました
# Offered once the letter has been copied, saved or handed to the mail client.
editor-mark-declined = 辞退済みにする
editor-reset = テンプレートに戻す
editor-formality = 文体
editor-to = 宛先
# How the letter greets the contact; asked only where the letter language needs it.
editor-address = 相手の呼び方
editor-script-note = これは通話の台本です。自分の言葉で話し、そのあと確認メールを送りましょう。
editor-answer-date = 回答予定日
editor-answer-date-past = 明日以降の日付を選んでください。すでに過ぎた日までに回答すると約束する文面にはできません。
# A one-sentence answer for when the employer asks why; shown with the call script and in the editor.
why-title = 理由を聞かれたら
editor-network-note = つながり申請に添えるメッセージです。件名は不要で、300文字以内に収めてください（現在{ $count }文字）。
editor-network-too-long = { $count }文字です。つながり申請に収まるよう、300文字以内に短くしてください。
editor-relocation-check = 費用の返済を約束する前に、転居費用について契約書にどう定められているかを確認しましょう。
editor-fill = 入力
editor-fill-name = { $placeholder }に入れる内容
editor-save-txt = テキストとして保存…
editor-save-eml = メールの下書きとして保存（.eml）…
editor-mail-client = メールソフトで開く
editor-copy-refused = コピーする前に、{ $placeholders }を入力してください。
editor-export-refused = 保存や送信の前に、{ $placeholders }を入力してください。
editor-mail-failed = メールソフトを開けませんでした（{ $error }）。代わりにテキストをコピーしてください。
editor-mail-opened = メールソフトで開きました。
editor-group-builtin = 標準のテンプレート
editor-group-mine = マイテンプレート
editor-customised = （カスタマイズ版）

## Review

review-title = 文面チェック
review-intro = 基本の構成に沿って確認します：面接や内定への言及、結論、理由、感謝、今後のつながり、次の手順、結びの挨拶。
review-acknowledge = 面接や内定に触れている
review-decision = 結論をはっきり伝えている
review-reason = 理由を簡潔に添えている
review-gratitude = 感謝を伝えている
review-stay-in-touch = 今後のつながりを申し出ている
review-next-steps = 次の手順を示している
review-sign-off = 結びの挨拶がある
review-present = あり
review-missing = 不足
review-optional = 任意（見当たりません）
review-length-words = { $length }語（{ $max }語以内に収めましょう）。
review-length-chars = { $length }文字（{ $max }文字以内に収めましょう）。
review-too-long = 長くなってきました。言葉を絞るほど、結論がはっきり伝わります。
review-too-short = やや短めです。{ $min }以上あると、温かみが伝わります。印象に残ったことや、感謝を伝えたい相手について書き添えましょう。
review-over-explains = 理由が{ $sentences }文にわたっています。一文で十分です。詳しい事情まで伝える必要はありません。
review-critical = 「{ $text }」は{ $why }
review-critical-pay = 給与への批判と受け取られます。
review-critical-process = 選考の進め方への批判と受け取られます。
review-critical-people = 選考で会った人への批判と受け取られます。
review-critical-employer = 会社への批判と受け取られます。
review-critical-kinder = 穏やかな言い方：「{ $kinder }」
review-critical-leave-out = 書かずにおきましょう。なくても結論は十分に伝わります。
review-misspelled = { $count ->
   *[other] つづりの誤りかもしれない語が{ $count }個あります（下線の部分）。右クリックすると修正候補が表示されます。
}
review-no-dictionary = スペルチェックは行われていません。このコンピューターには{ $language }の辞書がありません。お使いのシステム用の Hunspell 辞書をインストールするか、「ファイル」→「スペルチェック辞書を追加」から辞書（.aff と .dic）を追加してください。
review-dictionary-loading = スペルチェック辞書を読み込んでいます…
review-no-spelling-here = { $language }ではスペルチェックは行われません。Gracious のスペルチェックには Hunspell 辞書が必要ですが、この言語用の辞書は存在しません。
review-dictionary-unreliable = スペルチェックは行われていません。このコンピューターにある{ $language }の辞書には「{ $word }」のようなよく使う語も含まれていないため、正しい文面まで誤りとして示してしまいます。「ファイル」→「スペルチェック辞書を追加」から、より適切な辞書（.aff と .dic）を追加してください。
review-personal = テンプレートの文面そのままです。印象に残ったことや感謝を伝えたい相手について、自分の言葉で一文添えましょう。
spell-add-word = 辞書に追加
spell-no-suggestions = 候補はありません
spell-looking = 候補を検索しています…
editor-review-as = チェックに使う状況
dictionary-added = { $language }のスペルチェック辞書を追加しました。
dictionary-failed = 辞書を追加できませんでした（{ $path }）：{ $error }
review-unfilled = 未入力の項目：{ $placeholders }
review-all-good = 直すところはありません。

## My templates

templates-title = マイテンプレート
templates-name = テンプレート名
templates-save-new = この文面を新しいテンプレートとして保存
templates-save-version = このテンプレートのカスタマイズ版として保存
templates-restore = 元のテンプレートに戻す
templates-rename = 「{ $name }」の名前
templates-duplicate = 「{ $name }」を複製
templates-delete = 「{ $name }」を削除
templates-use = 「{ $name }」を使う
templates-use-short = 使う
templates-confirm-delete = 本当に削除する
templates-none = 自分のテンプレートはまだありません。文面を保存すると、会社名・職種・氏名を差し込み項目に戻したうえで、繰り返し使えます。
templates-import = テンプレートをインポート…
templates-export = マイテンプレートをエクスポート…
templates-saved = 「{ $name }」として保存しました。
templates-imported = { $count ->
   *[other] { $count }件のテンプレートをインポートしました。
}
templates-copy-name = { $name }（コピー）
header-contact-email = 担当者のメールアドレス

## About

about-title = Gracious について
about-intro = Gracious は、内定や選考の辞退を早めに、はっきりと、丁寧に伝えるためのアプリです。すべての情報はこのコンピューター内にのみ保存されます。
about-version = バージョン { $version }
about-data = データの出典とライセンス
about-data-body = 購買力の比較には、世界銀行の購買力平価（PPP）換算係数を使っています。このデータはクリエイティブ・コモンズ 表示 4.0 ライセンス（CC BY 4.0、creativecommons.org/licenses/by/4.0）で公開されています。Gracious には、各系列の最新年のみに絞って形を整えたものを収録しています。ブルガリアはレフからユーロに換算し、ジンバブエは含めていません。世界銀行が Gracious を推奨しているわけではありません。国名・通貨名と、数値・金額・日付の書式は Unicode CLDR に基づいています。

## First start

welcome-title = Gracious へようこそ
welcome-body = Gracious は、面接後や内定後の辞退を、使い慣れた言葉で、早めに、はっきりと、丁寧に伝えられるようお手伝いします。
welcome-steps = 5つの短い質問に答えて伝え方を選び、テンプレートをもとに返事を書きましょう。送信する前に文面チェックも行えます。
welcome-start = 自分の応募先で始める
welcome-example = サンプルを見る
welcome-private = 入力した内容は、すべてこのコンピューター内にのみ保存されます。
# Shown above the example opportunity; "the example" is one made-up job offer.
example-banner = これは架空の内容で作ったサンプルです。各画面の使い方がわかるよう、すべて入力済みにしてあります。
example-remove = サンプルを削除
# Added to the example's title in the list of opportunities.
cases-example = サンプル

## Next step

# Before the button with the single next thing to do, e.g. "Next step: [Write the letter]".
next-label = 次のステップ：
next-answer-checklist = チェックリストに答える
# The checklist says the role suits the user: there is nothing to turn down.
next-lean-accept = 判定は受諾寄りなので、今のところ辞退の連絡は必要ありません。
next-lean-accept-short = 受諾寄り
next-review-checklist = チェックリストを見直す
next-pick-channel = 連絡手段を選ぶ
next-write-letter = 文面を作成する
# $deadline is a weekday and date, possibly with a time, e.g. "Thu, 26 Nov, 14:00".
next-send-by = { $deadline }までに送る
next-send = 返事を送る
next-mark-sent = 送信済みにする
# $phase is a period such as "Days 3 to 7"; $step is a task such as "Update your job-search tracker".
next-step = { $phase }：{ $step }
next-step-done = 完了
# Accessible name of the "Done" button; $step is the task it ticks off.
next-step-done-name = 完了にする：{ $step }
next-all-done = やることはもう残っていません。
# Under each opportunity in the list; $action is one of the next steps above.
cases-next = 次：{ $action }
# Said after a panel's name by screen readers, e.g. "Channel (done)".
tab-state-done = 完了
tab-state-attention = 要確認
# Button beside the recommended channel: take the recommendation as your choice.
channel-use-recommendation = この方法にする

## Date picker

date-pick = カレンダーから選択：{ $field }
date-previous-month = 前の月
date-next-month = 次の月
date-today = 今日
date-clear = クリア
date-close = 閉じる
date-day-today = { $date }（今日）

## One window per data folder

# Shown when Gracious is started a second time on the same data; $path is the data folder.
notice-already-open = Gracious は同じデータ（{ $path }）ですでに起動しています。このウィンドウは表示専用のため、ここで行った変更は保存されません。このウィンドウを閉じて、すでに開いているウィンドウで作業を続けてください。

## Quitting with unsaved changes

quit-title = 最新の変更内容が保存されていません
# $error is the system's reason, e.g. "Permission denied (os error 13)".
quit-save-failed = Gracious は最新の変更内容を保存できませんでした（{ $error }）。今終了すると、これらの変更は失われます。
quit-read-only = このウィンドウでは変更が保存されません（データは別のウィンドウで開かれています）。今終了すると、ここで行った変更は失われます。
quit-retry = 保存を再試行
# Opens a file dialog to write all data (every opportunity, the profile, own templates) to a file.
quit-export = すべてをファイルに保存…
quit-anyway = 保存せずに終了

## Compare offers: total compensation side by side

menu-compare = 内定を比較
compare-title = 内定の比較
compare-close = 比較を閉じる
compare-intro = 内定を現職と並べて比較します。報酬の内訳、現在お住まいの国の物価で換算した年間の価値、判断チェックリストと移住シートでの評価を一覧できます。
compare-choose = 比較する
compare-current-job = 現職
# The current job named inside a sentence (compare-summary, compare-summary-net).
compare-current-job-in-text = 現職
# $max is the largest number of opportunities compared at once (4).
compare-too-many = 一度に比較できるのは{ $max }件までです。
compare-horizon = 一時金と株式報酬の按分期間
compare-horizon-years = { $years ->
   *[other] { $years }年
}
compare-horizon-help = 入社一時金・転居手当・株式報酬は、在籍年数で割った1年あたりの額で計算します。ベスティング期間は4年が一般的です。
compare-packages = それぞれの報酬内容
compare-packages-intro = 金額は税引き前の年額で、それぞれの支給通貨で入力してください。わからない項目は空欄のままでかまいません。Gracious が推測で補うことはありません。灰色の値は移住シートから取り込んだものです。
compare-equity-private = 非上場企業の株式
compare-results = 比較結果
compare-empty = 比較するには、現職と内定1件、または内定2件のように、少なくとも2つを選んでください。
compare-row-verdict = チェックリストの判定
compare-row-fit = チェックリストの適合度
compare-row-total = 年間合計（支給通貨）
compare-row-total-home = 年間合計（居住国の物価で換算）
compare-row-net-home = 税引き後の年間合計（居住国の物価で換算）
compare-row-basis = 物価換算の基準
compare-row-leave = 有給休暇
compare-row-notice = 退職予告期間
compare-row-start = 最短入社日
compare-row-deadline = 回答期限
compare-row-mobility = 移住シートの評価
compare-row-traps = 移住の注意点
# The current job in the verdict row: it is the reference, not something to decide on.
compare-reference = 比較の基準
# Marks the best figure of a row; $value is the figure.
compare-best = { $value } · 最良
compare-leave-value = { $days }日（{ $amount }相当）
compare-notice-weeks = { $weeks ->
   *[other] { $weeks }週間
}
compare-not-moving = 移住なし
compare-no-traps = なし
compare-not-given = —
compare-basis-same = 同じ国
compare-basis-data = 世界銀行、{ $year }年
compare-basis-override = 独自の係数
# $country is where the user lives now; $job and $second are the names of two columns.
compare-summary = { $country }の物価で換算すると、最も価値が高いのは{ $job }で、年間{ $amount }です。{ $second }を{ $difference }上回ります。
# $part is a part of the pay, e.g. "bonus".
compare-summary-why = 最も大きな差が出ているのは{ $part }です。
compare-summary-net = ただし、税引き後の手取りが最も多いのは{ $job }です。
compare-summary-none = どちらの価値が高いかを確認するには、少なくとも2件について基本給と国を入力してください。
compare-note-equity-private = { $job }：非上場企業の株式です。会社の売却や上場までは、価値がつかない可能性があります。
compare-note-cliff = { $job }：株式の権利確定は{ $months }か月目からです（クリフ）。これは比較期間より後のため、期間内に確定する分はありません。
compare-note-repayable = { $job }：{ $months }か月目より前に退職すると、{ $part }を返還する必要があります。この期限は比較期間より後のため、{ $part }は合計に含めていません。
compare-note-bonus-amount = { $job }：賞与の金額と割合の両方が入力されています。金額のほうを使います。
compare-note-no-base = { $job }：基本給が未入力のため、合計を計算できません。
compare-note-not-a-number = { $job }：「{ $field }」の入力値は、Gracious で計算に使える数値ではありません。
compare-note-no-country = { $job }：居住国の物価で比較するには、勤務地の国を選択してください。
compare-note-no-factor = { $job }：{ $country }の購買力平価データがありません。比較するには係数を入力してください。
compare-note-currency = { $job }：{ $country }のデータは { $currency } 建てです。金額を { $currency } で入力するか、係数を入力してください。
compare-note-tax = 税引き後の額は、それぞれの税率を年間合計の全額に適用して計算しています。
compare-chart-total = 居住国の物価で換算した年間合計（項目別）
compare-chart-fit = それぞれの適合度（%）
compare-chart-checklist = チェックリストの適合度
compare-chart-mobility = 移住シートの評価
compare-chart-alt = グラフ。同じ数値は上の表に記載されています。
compare-accept = この内定を受諾する
# For screen readers: what the button does, with the offer's name.
compare-accept-name = { $job }を受諾し、ほかの内定を辞退する文面を用意する
compare-accepted = { $job }を受諾済みにしました。{ $others }宛ての文面は、他社の内定を受諾したことを理由に辞退する内容になりました。
compare-export-csv = CSV でエクスポート…
compare-export-text = テキストでエクスポート…
compare-text-title = 内定の比較（{ $date }）
compare-text-cell = { $job }：{ $value }
compare-text-basis = { $country }の物価で換算。一時金と株式報酬は{ $years ->
   *[other] { $years }年
}で按分。
pay-field-country = 国
pay-field-currency = 通貨
pay-field-base = 基本給
pay-field-bonus-percent = 目標賞与（基本給の%）
pay-field-bonus-amount = 賞与額
pay-field-equity-grant = 株式報酬：付与総額
pay-field-equity-years = 株式報酬：ベスティング年数
pay-field-equity-cliff = 株式報酬：クリフ期間（か月）
pay-field-sign-on = 入社一時金
pay-field-sign-on-repay = 入社一時金：返還義務期間（か月）
pay-field-relocation = 転居手当
pay-field-relocation-repay = 転居手当：返還義務期間（か月）
pay-field-pension = 企業年金の会社負担（基本給の%）
pay-field-benefits = 福利厚生の評価額（年額）
pay-field-leave = 有給休暇（日）
pay-field-notice = 退職予告期間（週）
pay-field-start = 最短入社日
pay-field-tax = 税率（%）
pay-field-factor = 独自の物価係数
pay-part-base = 基本給
pay-part-bonus = 賞与
pay-part-equity = 株式報酬
pay-part-sign-on = 入社一時金
pay-part-relocation = 転居手当
pay-part-pension = 企業年金
pay-part-benefits = 福利厚生
checklist-suggestion-total-net = 内定の比較結果からは、現職と比べた税引き後の報酬総額で見て「{ $answer }」が妥当と考えられます。
checklist-suggestion-total-gross = 内定の比較結果からは、現職と比べた税引き前の報酬総額で見て「{ $answer }」が妥当と考えられます。手元に残る額で比べるには、両方の税率を入力してください。

## 送信後のフォロー：先方の返信、約束したこと、選考で会った人、カレンダー
# The fifth panel. "They" are the employer (the recruiter or hiring manager).
tab-followup = 送信後のフォロー
menu-export-calendar = すべての日程をカレンダーファイルにエクスポート…
followup-intro = 辞退の連絡は、一度送れば終わりとは限りません。先方からの返信を記録し、約束したことを守り、日程はカレンダーに入れておきましょう。
followup-open = 「送信後のフォロー」を開く

followup-reply-title = 先方の返信
# $date: the day the reply came (a weekday and date); $kind: what they asked (a reply-kind-* text).
followup-reply-recorded = { $date }：{ $kind }
# $pay: the new yearly pay as the user typed it.
followup-reply-new-pay = 新たに提示された年収：{ $pay }
followup-reply-answer = 次の文面で返事をする：
followup-reply-earlier-letter = 先方に送った前回の文面
followup-they-replied = 先方から返信があった
followup-reply-on = 返信を受け取った日
followup-reply-kind = 先方の用件
followup-reply-new-pay-field = 新しい年収
followup-reply-improved-note = 条件が改善された場合は、判断をやり直します。返事をする前に、チェックリストの給与に関する質問に、新しい金額をもとにもう一度答えてください。
followup-reply-note = 返信の内容（任意・記録用）
followup-reply-date-invalid = 返信を受け取った日を入力してください。
followup-record-reply = 返信を記録
reply-kind-improved-offer = より良い条件の再提示
reply-kind-what-would-it-take = 「どんな条件なら入社してもらえますか」
reply-kind-ask-for-call = 辞退メールのあと、電話で話したいという依頼
reply-kind-keep-cv = 応募書類を保管してもよいか
reply-kind-questionnaire = 選考についてのアンケート
reply-kind-are-you-sure = 「本当に辞退されますか」
status-reply-recorded = 先方の返信を記録し、返事の文面を「テンプレート編集」に用意しました。先方に送った前回の文面は「送信後のフォロー」に残してあります。
status-reply-improved = 先方から提示された新しい条件を記録し、判断を検討中に戻しました。給与に関する質問に新しい金額で答えてから、「送信後のフォロー」で返事の文面を選んでください。

followup-promises-title = 約束したこと
followup-call-on = 通話の予定日
followup-no-promises = まだ約束したことはありません。文面の中で約束したことは、自動的にここに表示されます。ほかにも約束したことがあれば追加してください。
followup-add-promise = 約束を追加
followup-promise-what = 内容
followup-promise-to = 相手
followup-promise-due = 期限
followup-remove = 削除
# What the app knows the user promised. $company, $contact: from the opportunity; $name: a person met.
promise-answer = { $company }に回答する
promise-questionnaire = アンケートに回答して返送する
promise-call = { $contact }さんとの通話
promise-return-property = 書類や、転居のために{ $company }から借りている物を返却する
promise-settle-money = 契約に従って、転居手当や入社一時金を{ $company }と精算する
promise-claim-reimbursements = { $company }が負担すると合意した費用を請求する
promise-check-in = { $name }さんに改めて連絡する
promise-untitled = 内容が未入力の約束
promise-done = 完了
# $when: a weekday and date (with the time for the call); $days: a number of days.
promise-overdue = { $days ->
   *[other] 期限を{ $days }日超過（{ $when }）
}
promise-due-today = 今日が期限（{ $when }）
promise-due-soon = { $days ->
    [1] 明日が期限（{ $when }）
   *[other] 期限まであと{ $days }日（{ $when }）
}
promise-due-later = { $when }まで
promise-undated = 期限未定
# A notice above the panels while the app is open. $when: a promise-overdue or promise-due-today text; $what: the promise; $title: the opportunity.
promise-notice = { $what }（{ $title }）：{ $when }
promise-show = 表示

followup-people-title = 選考で会った人
followup-no-people = 選考で会った人を追加しておけば、記憶に頼らなくてもつながりを保てます。
followup-person-name = 氏名
followup-person-role = 役職
followup-person-reach = 連絡先
followup-person-connected = ビジネスSNSでつながっている
followup-person-last-contact = 最後に連絡した日
followup-person-check-in = 次に連絡する日
followup-write-to = つながりを保つメッセージを作成
followup-add-person = 会った人を追加

followup-calendar-title = カレンダー
followup-calendar-note = 回答期限、約束したこと、予定している通話、決断したあとの各ステップ、次に連絡する日を、リマインダー付きのカレンダーファイル（.ics）としてエクスポートします。同じファイルをもう一度読み込んでも予定が重複することはなく、既存の予定が更新されます。データがこのコンピューターの外に送られることはありません。
followup-export-calendar = この応募先の日程をエクスポート…
followup-export-calendar-all = すべての応募先の日程をエクスポート…
# In the calendar file. $what: what is due; $company: the employer.
ics-summary = { $what }（{ $company }）
ics-reply-by = 回答期限
ics-answer-window = 回答を送る：決断から72時間以内
# $title: the opportunity (company · role).
ics-description = { $title }。Gracious で作成しました。
# $name: the person the promise was made to.
ics-to-whom = 相手：{ $name }
ics-calendar-name = Gracious：{ $title }
ics-calendar-name-all = Gracious：転職活動
# In the list of opportunities, beside one whose promises are due today or overdue. $count: how many.
cases-promises-due = { $count ->
   *[other] 期限を迎えた約束{ $count }件
}
# Beside the date picker of the letter that answers a feedback questionnaire.
editor-questionnaire-date = 返送予定日
# A booked call whose day is over, in the list of promises. $when: its weekday, date and time.
promise-call-past = { $when }の予定でした：通話が済んだらチェックを入れてください
