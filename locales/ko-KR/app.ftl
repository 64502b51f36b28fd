# Gracious — interface strings (ko-KR).
# Every other locale has exactly these message ids.

app-title = Gracious
# Between the items of a list, e.g. "Visa, Tax". Quoted to keep the space.
list-separator = { ", " }

## Menu

menu-file = 파일
menu-new-case = 새 지원 건
menu-export-case = 이 지원 건 내보내기…
menu-export-workspace = 모든 데이터 내보내기…
menu-export-csv = 목록을 CSV로 내보내기…
menu-import = 가져오기…
menu-add-dictionary = 맞춤법 사전 추가…
menu-profile = 프로필
menu-about = 정보
menu-language = 언어
menu-language-system = 시스템 언어({ $language })
menu-theme = 테마
theme-system = 시스템 설정 따르기
theme-light = 라이트
theme-dark = 다크

## Notices and status

notice-dismiss = 닫기
notice-save-failed = 변경 사항을 { $folder } 폴더에 저장할 수 없습니다({ $error }). Gracious가 변경 사항을 메모리에 보관하고 다시 저장을 시도합니다. 앱을 닫지 마세요.
notice-missing-font = { $count ->
   *[other] 설치된 글꼴 중 해당 문자를 지원하는 글꼴이 없어 문자 { $count }개를 표시할 수 없습니다. 사용하는 언어에 맞는 글꼴을 설치하세요(Debian 또는 Ubuntu에서 중국어·일본어·한국어는 fonts-noto-cjk).
}
problem-empty = 파일이 비어 있습니다
problem-malformed = 파일이 손상되었거나 Gracious 파일이 아닙니다({ $detail })
problem-future-version = 더 새로운 버전의 Gracious에서 저장한 파일입니다(형식 { $version })
problem-unreadable = 파일을 읽을 수 없습니다({ $detail })
notice-set-aside = 저장된 데이터를 불러올 수 없습니다: { $problem }. 삭제된 데이터는 없으며, 파일은 { $path } 위치로 옮겼습니다.
notice-left-in-place = 저장된 데이터를 불러올 수 없습니다: { $problem }. 파일은 { $path } 위치에 그대로 있으며, 이번 세션 동안 Gracious가 이 파일을 덮어쓰지 않습니다.
notice-restored-backup = 백업 파일 { $path }에서 이전에 저장한 내용을 불러왔습니다.
notice-backup-set-aside = 백업도 불러올 수 없습니다: { $problem }. 백업 파일은 { $path } 위치로 옮겼습니다. Gracious를 빈 작업 공간으로 시작했습니다.
status-saver-stopped = 백그라운드 저장이 중지되었습니다
status-ready = 입력한 내용은 모두 자동으로 저장됩니다.
status-deleted = “{ $title }” 항목을 삭제했습니다.
status-undo = 실행 취소
status-reset = 메일을 템플릿으로 되돌렸습니다.
status-copied = 클립보드에 복사했습니다.
status-copied-presend-open = { $open ->
   *[other] 클립보드에 복사했습니다. 보내기 전 점검 항목 중 { $open }개가 아직 남아 있습니다.
}
status-draft-kept = 직접 수정한 메일은 그대로 두었습니다. 새 템플릿으로 바꾸려면 “템플릿으로 되돌리기”를 누르세요.
status-copy-failed = 클립보드에 복사하지 못했습니다: { $error }. 텍스트를 선택해 직접 복사하세요.

## Files

file-dialog-open = 파일 대화 상자가 열려 있습니다.
file-no-dialog = 이 시스템에서는 파일 대화 상자를 열 수 없습니다. 대신 파일 경로를 입력하세요.
file-failed = { $path }: { $error }
file-imported = { $count ->
   *[other] { $path }에서 지원 건 { $count }개를 가져왔습니다.
}
file-exported = 저장했습니다: { $path }
file-save-title = 파일로 저장
file-open-title = 파일 열기
file-path = 경로
file-save = 저장
file-open = 열기
file-cancel = 취소
csv-date = 면접일 또는 입사 제안일

## Opportunities

cases-title = 지원 건
cases-new = 새로 만들기
cases-duplicate = 복제
cases-archive = 보관
cases-unarchive = 복원
cases-delete = 삭제
cases-untitled = 새 지원 건
cases-reply-by = { $date }까지 답변
cases-overdue = 기한 지남
status-deciding = 검토 중
status-negotiating = 협의 중
status-declined = 거절함
status-accepted = 수락함
status-archived = 보관됨

## Profile

profile-title = 내 프로필
profile-intro = 메일 서명에 사용되며, 이 컴퓨터에만 저장됩니다.
profile-name = 이름
profile-email = 이메일
profile-signature = 서명
profile-signature-hint = 메일 끝에 이름 대신 들어가며, 격식체 메일에서는 뒤에 ‘드림’이 붙습니다. 예: 데이터팀 김민수
profile-letter-language = 기본 메일 언어
profile-formality = 말투
profile-formality-help = 말투는 메일 언어에 높임의 구분이 있을 때 적용됩니다. 예: 독일어의 Sie와 du, 일본어의 경어와 정중체, 한국어의 합쇼체(-습니다)와 해요체(-요).
formality-formal = 격식체
formality-informal = 친근한 존댓말

## Panels

tab-checklist = 결정 체크리스트
tab-mobility = 해외 이주 검토
tab-channel = 전달 방식
tab-editor = 템플릿 편집기

## Header of the opportunity

header-company = 회사
header-role = 직무
header-contact = 담당자
header-stage = 단계
header-status = 상태
header-reply-by = 답변 기한
header-date-interview = 면접일
header-date-offer = 입사 제안일
header-date-hint = YYYY-MM-DD
header-date-invalid = 날짜는 YYYY-MM-DD 형식으로 입력하세요. 예: 2026-11-26
stage-after-interview = 면접 후
stage-after-offer = 입사 제안 후

# Accessible name of one choice in a group, e.g. "Stage: After the offer".
choice-accessible-name = { $group }: { $choice }

## Decision checklist

checklist-title = 거절해야 할까요?
checklist-intro = 다섯 가지 질문에 답하세요. 아래 판단에는 그 근거가 함께 표시됩니다. 판단은 조언일 뿐이며, 결정은 언제나 본인의 몫입니다.
checklist-use-weights = 질문별 가중치 사용(각 질문이 나에게 얼마나 중요한지 표시)
checklist-blocker = 무엇이 걸림돌인가요?
checklist-blocker-name = { $question }: 걸림돌
checklist-blocker-negotiable = 협상으로 해결할 수 있습니다.
checklist-blocker-fundamental = 협상으로는 해결되지 않습니다.
blocker-group-negotiable = 협상 가능
blocker-group-fundamental = 근본적인 불일치
blocker-compensation = 연봉 및 복리후생
blocker-start-date = 입사일
blocker-role-scope = 직무 범위
blocker-remote-work = 원격·유연 근무
blocker-relocation-support = 이주 지원
blocker-values = 가치관
blocker-way-of-working = 일하는 방식
blocker-long-term-direction = 장기적인 방향
blocker-personal-compromise = 가족, 비자 또는 건강
checklist-weight = 중요도
checklist-weight-name = { $question }: 중요도
weight-1 = 조금: 결정적이지 않음
weight-2 = 어느 정도
weight-3 = 꽤 중요
weight-4 = 매우 중요
weight-5 = 반드시 필요
checklist-note-hint = 메모(선택)
checklist-note-name = { $question }: 메모
checklist-suggestion = 해외 이주 검토 결과로는 “{ $answer }” 답변이 적절해 보입니다.
checklist-suggestion-net = 해외 이주 검토 결과, 세후 급여 기준으로는 “{ $answer }” 답변이 적절해 보입니다.
checklist-suggestion-gross = 해외 이주 검토 결과, 세전 급여 기준으로는 “{ $answer }” 답변이 적절해 보입니다. 실수령액을 비교하려면 두 세율을 모두 입력하세요.
checklist-suggestion-use = 적용
checklist-suggestion-use-name = { $question }: 제안된 답변 적용
checklist-q-career-goals = 이 직무가 앞으로 12~24개월의 커리어 목표에 도움이 되나요?
checklist-q-career-goals-help = 바로 다음 단계만이 아니라, 1~2년 뒤에 어디에 있고 싶은지 생각해 보세요.
checklist-q-career-goals-short = 커리어 목표
checklist-q-pay-after-costs = 생활비와 이주 비용을 따져도 연봉과 복리후생이 받아들일 만한가요?
checklist-q-pay-after-costs-help = 금액만 보지 말고, 실제로 살게 될 곳에서 그 돈으로 무엇을 할 수 있는지 비교해 보세요.
checklist-q-pay-after-costs-short = 비용을 뺀 실질 급여
checklist-q-growth = 성장하고 승진할 수 있는 현실적인 경로가 있나요?
checklist-q-growth-help = 이 직무를 맡았던 사람들이 어떻게 성장했는지 실제 사례를 들어 설명해 준 사람이 있었나요?
checklist-q-growth-short = 성장
checklist-q-compromise = 수락하면 아직 받아들일 준비가 되지 않은 타협(가족, 비자, 건강)을 해야 하나요?
checklist-q-compromise-help = 이 질문에서는 “예”가 경고 신호입니다.
checklist-q-compromise-short = 타협
checklist-q-culture-fit = 조직 문화와 리더십 스타일이 나와 잘 맞나요?
checklist-q-culture-fit-help = 만났던 사람들이 자신의 일과 동료에 대해 어떻게 이야기했는지 떠올려 보세요.
checklist-q-culture-fit-short = 문화와 리더십
answer-yes = 예
answer-no = 아니요
answer-not-sure = 잘 모르겠음
answer-unanswered = 답하지 않음

verdict-label = 판단:
verdict-decline = 거절
verdict-decline-advice = 확실한 불일치가 하나만 있어도 거절할 이유로 충분합니다. 신속하고 정중하게 거절하되, 관계의 문은 열어 두세요.
verdict-negotiate-first = 먼저 협상
verdict-negotiate-first-advice = 걸림돌은 협상으로 해결할 수 있습니다. 거절하기 전에 먼저 물어보세요. 그 뒤에 거절해도 늦지 않습니다.
verdict-lean-accept = 수락 쪽에 가까움
verdict-lean-accept-advice = 거절할 이유가 보이지 않습니다. 확신이 들 때만 수락하고, 수락한 뒤에는 다른 곳의 면접을 중단하세요.
verdict-undecided = 미정
verdict-undecided-advice = 확신이 없을 때는 수락하지 마세요. 시간을 더 달라고 요청하면서 답변할 날짜를 알리고, 부족한 정보를 알아보세요.
verdict-reasons = 근거:
reason-fundamental-blocker = { $question }: { $blocker } — 협상으로는 해결되지 않는 불일치입니다.
reason-negotiable-blocker = { $question }: { $blocker } — 협상으로 해결할 수 있는 걸림돌입니다.
reason-minor = { $question }: 우려되는 점이지만 나에게 크게 중요하지 않으므로 결정적이지 않습니다.
reason-unanswered = { $question }: 아직 답하지 않았습니다.
reason-not-sure = { $question }: 아직 확신이 없습니다.
reason-all-favourable = 모든 답변이 수락 쪽을 가리킵니다.
# The user leans towards declining, yet the only blockers could be negotiated: asking for
# better terms for a role they do not want wastes everyone's time.
reason-negotiation-not-wanted = { $question }: { $blocker } — 협상할 수는 있지만, 마음이 거절 쪽으로 기울어 있습니다. 협상은 정말 원하는 직무일 때만 하고, 그렇지 않다면 지금 거절하세요.
# Pay could be negotiated, but growth or culture is still a doubt: settle that first.
reason-doubt-before-negotiating = { $question }: 아직 확신이 없습니다. 이 점부터 정리하세요. 협상은 다른 면에서 원하는 직무일 때만 할 만합니다.
reason-negotiation-failed = { $question }: { $blocker } — 회사 측에서 요청을 받아들이지 못해 여전히 걸림돌로 남아 있습니다.
reason-negotiation-partly = { $question }: 회사 측에서 요청을 일부 받아들였습니다. 제시받은 조건을 바탕으로 이 질문에 다시 답하세요.
reason-negotiation-met = { $question }: 회사 측에서 요청을 받아들였습니다.
# The weighted share of favourable answers is below one half.
reason-weak-fit = 나에게 중요한 점 가운데 이 직무에 긍정적인 것은 { $percent }%뿐입니다. 아직 수락하지 마세요.
negotiation-title = 협상 결과는 어땠나요?
negotiation-pending = 아직 답변 없음
negotiation-met = 요청 수용
negotiation-partly = 일부 수용
negotiation-failed = 수용 불가
# The decline button when the answer is given in a call: it opens the call script.
verdict-call-script = 통화 준비하기
verdict-write-decline = 거절 메일 쓰기
verdict-write-negotiate = 협상 메일 쓰기
verdict-ask-for-time = 시간 요청하기
verdict-fit = 가중 적합도: { $percent }%
flip-answer = 판단을 바꾸는 조건: “{ $question }” 질문에 “{ $answer }” 답을 고르면 판단 결과는 “{ $verdict }”입니다.
flip-weight = 판단을 바꾸는 조건: “{ $question }” 질문의 중요도를 { $weight }단계로 하면 판단 결과는 “{ $verdict }”입니다.
inclination-label = 지금 어느 쪽으로 기울어 있나요?
inclination-open = 아직 모르겠음
inclination-accept = 수락 쪽
inclination-decline = 거절 쪽
inclination-still-interviewing = 다른 곳에서도 아직 면접 중입니다
inclination-too-soon = 확신이 없거나 다른 곳과 아직 면접 중인 상태에서 수락하면 되돌리기 어려운 실수가 됩니다. 대신 시간을 더 달라고 요청하고, 답변할 날짜를 알리세요.
presend-title = 보내기 전에
presend-advisor = 믿을 만한 사람과 상의했습니다
presend-channel = 전달 방식을 정했습니다(이메일, 또는 통화 후 요약 메일)
presend-framework = 감사 인사, 분명한 결정, 관계를 이어 가려는 뜻이 모두 담겨 있습니다
presend-proofread = 어조와 맞춤법을 검토했습니다
presend-in-time = 결정하고 24~72시간 안에 보냅니다
presend-archived = 지원 서류를 보관하고 구직 현황을 업데이트했습니다
# Hover text of a pre-send item Gracious ticked itself (the channel is chosen, the
# review found nothing to fix).
presend-seen = Gracious가 완료된 것을 확인했습니다.
presend-summary = 보내기 전 점검: { $total }개 중 { $done }개 완료

## Mobility sheet

mobility-title = 이 직무를 위해 해외로 이주하나요?
mobility-intro = 이주가 나와 가족에게 어떤 의미인지 평가해 보세요. 모르는 항목은 답하기 전에 먼저 알아보세요.
mobility-moving-abroad = 이 제안을 수락하면 다른 나라로 이주해야 합니다
mobility-not-moving = 해외 이주가 필요한 제안이라면 위 상자를 선택하세요. 이 검토표가 판단을 도와줍니다.
mobility-current-country = 현재 거주 국가
mobility-destination-country = 근무 국가
# The user's citizenships (several allowed), kept in the profile: they decide whether a
# move needs a visa.
mobility-citizenship = 국적
mobility-citizenship-add = 국적 추가
mobility-citizenship-remove = { $country } 삭제
mobility-choose-country = 국가 선택
mobility-search-country = 국가 검색
ppp-title = 급여의 실질 가치
ppp-intro = 두 연봉을 각각의 통화로 입력하세요. Gracious는 세계은행의 구매력 평가(PPP) 데이터로 실제 구매력을 비교하므로 환율이 필요 없습니다.
ppp-amount = 연봉
ppp-currency = 통화
ppp-tax = 세율(%)
ppp-override = 직접 입력한 계수
ppp-override-hint = 선택 사항
ppp-current-pay = 현재
ppp-offered-pay = 제안
ppp-worth = { $country } 물가 기준으로 제안 연봉의 가치는 연간 약 { $amount }입니다.
ppp-change = 현재 소득과 비교하면 { $change }%입니다.
# Shown first once both tax rates are given: what the user would keep, at home prices.
ppp-worth-net = { $country } 물가 기준으로 제안 연봉의 세후 가치는 연간 약 { $amount }입니다. 현재 세후 소득과 비교하면 { $change }%입니다.
# The figure before tax, shown under the one after tax.
ppp-gross-beside = 세전: 약 { $amount }({ $change }%).
# Where a country's price level comes from; the factor itself is in the hover text.
ppp-source-data = { $country } 물가: 세계은행, { $series }, { $year }년.
ppp-source-override = { $country } 물가: 직접 입력한 계수.
# Hover text: what the purchasing-power factor means, in plain words.
ppp-factor-explained = { $country }에서 { $factor } { $currency }의 구매력은 미국에서 1달러의 구매력과 거의 같습니다.
ppp-series-private = 가계 소비 기준 구매력
ppp-series-gdp = 경제 전체 기준 구매력(GDP)
ppp-unreliable = { $country }의 물가가 빠르게 오르고 있으며, 이 계수는 1년 이상 지난 값입니다. 결과는 대략적인 참고용으로만 보세요.
ppp-national = 전국 평균값입니다. 대도시는 생활비가 훨씬 더 높을 수 있습니다. 더 정확한 계수를 알고 있다면 직접 입력하세요.
ppp-incomplete = 제안 연봉의 실질 가치를 보려면 두 국가를 선택하고 두 연봉을 모두 입력하세요.
ppp-not-positive = 각 연봉은 0보다 큰 금액으로 입력하세요.
ppp-no-data = 세계은행에는 { $country }에 대해 쓸 수 있는 구매력 데이터가 없습니다. Gracious는 값을 추측하지 않습니다. 알고 있는 계수가 있다면 직접 입력하세요.
ppp-currency-mismatch = { $country } 데이터는 { $currency } 기준입니다. 해당 연봉을 { $currency } 단위로 입력하세요.
ppp-sources = 데이터 출처
visa-title = 비자와 입사일
visa-processing-weeks = 비자 처리 기간(주)
visa-start-date = 입사일
visa-in-time = 비자가 입사일보다 { $weeks }주 여유 있게 나올 것으로 보입니다.
visa-late = 비자가 입사일보다 약 { $weeks }주 늦게 나올 것으로 보입니다. 입사일을 늦춰 달라고 하거나, 절차를 앞당길 수 있도록 도움을 요청하세요.
visa-unknown = 처리 기간과 입사일을 입력하면 일정을 확인할 수 있습니다.
# Whether a visa is needed depends on citizenship: shown instead of the visa questions.
visa-free-own = { $country } 국민이므로 비자가 필요 없습니다.
visa-free-eu = 비자나 취업 허가가 필요 없습니다. { $citizenship } 국민으로서 { $country }에서 살며 일할 수 있습니다(EU·유럽경제지역·스위스 간 사람의 자유 이동).
visa-free-cta = 비자나 취업 허가가 필요 없습니다. { $citizenship } 국민으로서 { $country }에서 살며 일할 수 있습니다(아일랜드와 영국 간 공동여행구역).
visa-free-tasman = 비자를 신청할 필요가 없습니다. { $citizenship } 국민으로서 { $country }에서 살며 일할 수 있습니다(트랜스태즈먼 여행 협정).
visa-partner-note = 배우자나 파트너가 일할 수 있는지는 그 사람 자신의 국적에 따라 달라집니다. 아래에서 평가하세요.
mobility-prestige = 그 도시나 나라 자체(이름값, 명성)가 이 제안의 큰 매력인가요?
mobility-weight-name = { $factor }: 중요도
# The weighted share of the rated factors that look good (unknowns left out).
mobility-score = 지금까지 파악한 내용 가운데 이주에 긍정적인 것은 { $percent }%입니다. 각 항목은 나에게 얼마나 중요한지에 따라 가중치를 두었습니다.
mobility-trap-prestige = 직무보다 장소에 더 끌리는 것 같습니다. 같은 직무가 지금 사는 곳에 있어도 수락하시겠어요?
mobility-trap-visa-late = 비자가 입사일 이후에 나올 것으로 보입니다. 포기할 이유가 아니라 입사일을 협상할 문제입니다. 입사일을 늦춰 달라고 요청하세요.
mobility-horizon = 12~24개월 앞을 내다보면
mobility-toward-place = 원하는 지역이나 비자에 한 걸음 가까워지나요?
mobility-builds-skills = 나중에 이주하기 쉬워지는 역량을 쌓을 수 있나요?
mobility-horizon-warning = 둘 다 아닙니다. 이번 이주는 장기 계획에 도움이 되지 않습니다.
mobility-factor-visa = 비자와 취업 허가
# "Sponsorship": the employer applying for the candidate's work permit and visa.
mobility-factor-visa-help = 회사의 비자 신청 지원은 얼마나 확실하며, 취업 허가가 입사일 전에 나올까요?
mobility-factor-relocation = 이주 지원금
mobility-factor-relocation-help = 회사가 이사 비용, 임시 숙소, 이동 비용을 부담하나요?
mobility-factor-family = 가족 지원
mobility-factor-family-help = 함께 이주하는 가족 모두를 위한 주거, 서류 절차, 정착 지원.
mobility-factor-schooling = 자녀 교육
mobility-factor-schooling-help = 자녀의 입학 가능 여부, 수업 언어, 학비.
# A work permit for the partner (and their chances of work in their field), not the
# abstract social right to work.
mobility-factor-partner-work = 배우자·파트너의 취업 가능 여부
mobility-factor-partner-work-help = 배우자나 파트너가 그곳에서 일할 수 있으며, 자기 분야에서 일자리를 찾을 수 있나요?
mobility-factor-cost-of-living = 급여 대비 생활비
mobility-factor-cost-of-living-help = 환율만이 아니라, 그곳에서 그 급여로 실제로 무엇을 할 수 있는지.
mobility-factor-health-care = 의료 및 사회 보장
mobility-factor-health-care-help = 보험, 연금, 병가를 지금과 비교해 보세요.
mobility-factor-language = 가족의 언어와 문화 적응
mobility-factor-language-help = 함께 이주하는 모두가 일상생활을 꾸리고 친구를 사귈 수 있을까요?
mobility-factor-tax = 급여에 대한 세금
mobility-factor-tax-help = 현지 소득세와, 본국에 여전히 내야 할 세금.
rating-good = 좋음
rating-acceptable = 무난함
rating-poor = 미흡
rating-unknown = 모름
# For the partner's work and schooling, when nobody moves with the user or there are no children.
rating-not-applicable = 해당 없음
mobility-note-hint = 메모(선택)
mobility-note-name = { $factor } 메모
mobility-summary = 요약
mobility-none = 없음
mobility-strengths = 강점:
mobility-risks = 위험 요소:
mobility-unknowns = 아직 모르는 점:
mobility-traps = 주의할 점
mobility-trap-partner-work = 배우자·파트너의 취업 여건이 미흡하거나 알 수 없습니다. 커플에게는 이 점이 이주의 성패를 가르는 경우가 많습니다.
mobility-trap-schooling = 자녀 교육 여건이 미흡하거나 알 수 없습니다. 결정하기 전에 입학 가능 여부와 학비를 확인하세요.
mobility-trap-tax = 급여에 대한 세금을 알 수 없습니다. 세후에 실제로 얼마가 남는지 확인하세요.

## Channel

channel-title = 이메일, 전화, 화상 통화 중 무엇으로 전할까요?
channel-intro = 채용 과정에 대해 몇 가지 알려 주시면 Gracious가 답변을 전할 방법을 제안합니다.
channel-main-contact = 주로 연락한 사람
channel-contact-recruiter = 채용 담당자
channel-contact-hiring-manager = 채용 관리자(현업 책임자)
channel-rounds = 면접 횟수
channel-close-rapport = 채용 관리자와 가까운 관계를 쌓았습니다
channel-personal-time = 누군가 개인 시간을 많이 내주었습니다
channel-collaboration = 만났던 사람들과 긴밀하게 협업하는 직무였습니다
channel-relocation-visa = 이주나 비자 지원이 논의되었거나 제안되었습니다
channel-video-process = 면접이 화상으로 진행되었습니다
channel-recommendation = 추천:
channel-email = 이메일
channel-phone-then-email = 전화 후 짧은 요약 메일
channel-video-then-email = 화상 통화 후 짧은 요약 메일
channel-why = 이유:
channel-reason-email-default = 굳이 목소리로 전할 이유가 없습니다. 이메일은 기록이 분명하게 남고 모두의 시간을 아껴 줍니다.
channel-reason-recruiter = 공식적인 채용 절차에서 채용 담당자와 연락했으므로, 상대도 이메일을 예상합니다.
channel-reason-close-rapport = 채용 관리자와 가까운 관계를 쌓았으니, 직접 전하는 것이 좋습니다.
channel-reason-many-rounds = 여러 차례 면접을 거쳤으니, 직접 전하는 한마디가 그 노력에 대한 예의입니다.
channel-reason-personal-time = 누군가 많은 시간을 내주었으니, 전화로 제대로 감사를 전하세요.
channel-reason-collaboration = 긴밀한 협업이 필요한 직무였으니, 대화로 전해야 관계가 따뜻하게 이어집니다.
channel-reason-relocation-visa = 이주나 비자가 논의되었으니, 이미 관련 준비를 시작한 사람이 있을 수 있습니다.
channel-reason-video-process = 면접이 화상으로 진행되었으니, 짧은 화상 통화가 자연스럽습니다.
channel-recap-advice = 통화 후에는 나눈 이야기를 확인하는 짧은 메일을 보내세요.
channel-your-choice = 내 선택:
channel-follow = 추천 따르기
channel-open-call-script = 통화 스크립트 열기
channel-write-recap = 요약 메일 쓰기
call-mode-title = 통화 스크립트
call-mode-intro = 내 말로 편하게 전하되, 이 순서를 따르면 좋습니다. 짧고 따뜻하게 말하세요.

## Reply deadline

deadline-title = 언제 답변할까요
deadline-decided-on = 결정한 날짜
deadline-at = 시각
deadline-time-hint = HH:MM
deadline-decided-now = 방금 결정했습니다
# The employer's reply-by date: the hard deadline.
deadline-their-date = 회사가 정한 답변 기한: { $date }
deadline-not-decided = 아직 결정하지 않았습니다. 답변까지의 24~72시간은 결정한 시점부터 계산됩니다.
deadline-window-past = 결정한 지 72시간이 지났습니다. 회사가 정한 기한 전에 지금 답변하세요.
deadline-overdue-their = 회사가 정한 답변 기한이 지났습니다. 오늘 답변하세요. 늦은 답변이라도 침묵보다 훨씬 낫습니다.
deadline-invalid = 날짜는 YYYY-MM-DD, 시각은 HH:MM(24시간제) 형식으로 입력하세요.
deadline-answer-by = 답변 기한: { $due } (가능하면 { $ideal }까지)
# The ideal moment (24 hours after deciding) has passed; the latest has not.
deadline-answer-by-late = 답변 기한: { $due }. 가장 좋은 시점({ $ideal })은 이미 지났습니다.
# Once the user marked the opportunity declined: the countdown stops.
deadline-answered-on = { $date }에 답변했습니다.
deadline-answered = 답변했습니다.
deadline-left-ideal = { $duration } 남았습니다. 지금이 답변하기 가장 좋은 때입니다.
deadline-left = { $duration } 남았습니다.
deadline-overdue = 기한이 { $duration } 지났습니다. 오늘 답변하세요. 늦은 답변이라도 침묵보다 훨씬 낫습니다.
deadline-need-time = 시간이 더 필요한가요? 지금 알리고, 답변할 날짜를 함께 전하세요.
duration-days = { $n ->
   *[other] { $n }일
}
duration-hours = { $n ->
   *[other] { $n }시간
}
duration-minutes = { $n ->
   *[other] { $n }분
}

## Timeline

timeline-title = 결정한 다음
timeline-day-1 = 1일째
timeline-day-2 = 2일째
timeline-days-3-7 = 3~7일째
timeline-stay-in-touch = 관계 이어 가기
step-draft = 메시지 초안 쓰기
step-choose-channel = 전달 방식 정하기
step-book-call = 통화 일정 잡기
step-send-or-call = 메시지 보내기 또는 전화하기
step-send-recap = 통화 후 요약 메일 보내기
step-archive = 지원 서류 보관하기
step-tracker = 구직 현황표 업데이트하기
step-refocus = 확보한 시간을 더 잘 맞는 직무에 쓰기
step-close-visa = 비자·이주 관련 서류 마무리하기
step-reimbursements = 환급금이나 남은 의무 사항 확인하기
step-connect = 짧은 인사와 함께 인맥 맺기
step-offer-help = 도움 제안하기(예: 지인 추천)
step-future-roles = 앞으로 채용할 때 고려해 달라고 부탁하기
timeline-write-note = 관계를 이어 가는 메시지 쓰기
channel-timing = 결정하고 24~72시간 안에 답변하세요. 시간이 더 필요하면 곧바로 알리고 답변 날짜를 전하세요. 침묵이 가장 나쁜 답입니다.

## Template editor

editor-title = 내 메일
editor-scenario = 상황
scenario-withdraw-after-interview = 면접 후: 맞지 않는 직무
scenario-accepted-other-offer = 입사 제안 후: 다른 제안을 수락함
scenario-not-right-fit-after-offer = 입사 제안 후: 맞지 않는 직무
scenario-after-negotiation = 협상 후: 최종 제안 거절
scenario-relocation-not-feasible = 입사 제안 후: 가족 사정으로 이주가 어려움
scenario-negotiate-instead = 거절 대신 협상: 조정 가능성 확인
scenario-ask-for-time = 시간 요청: 답변 날짜 알리기
scenario-call-recap = 통화 후: 요약 메일
scenario-stay-connected = 관계 이어 가기: 짧은 안부 메일
scenario-interview-call-script = 면접 후: 통화 스크립트
scenario-visa-unworkable = 입사 제안 후: 비자·취업 허가 문제(통화 후 메일)
scenario-counteroffer = 현 직장의 역제안을 받고 남는 경우
scenario-many-rounds-call-script = 여러 차례 면접 후: 통화 스크립트
scenario-active-relocation = 이주 진행 중: 진행 상황을 투명하게 알리기
scenario-repair = 어색했던 거절 후 관계 회복 메일
scenario-reopen = 예전에 거절한 포지션 다시 문의하기
scenario-improved-offer-hold = 회사의 회신: 개선된 제안, 결정은 그대로
scenario-improved-offer-reopen = 회사의 회신: 개선된 제안으로 마음이 바뀜
scenario-what-would-it-take = 회사의 회신: “어떤 조건이면 될까요?”
scenario-call-after-decline = 회사의 회신: 메일로 거절한 뒤 통화 요청
scenario-keep-cv-on-file = 회사의 회신: 이력서를 보관해도 되는지 문의
scenario-exit-questionnaire = 회사의 회신: 채용 과정 피드백 설문
scenario-are-you-sure = 회사의 회신: 뒤늦게 “정말 결정하신 건가요?”
editor-letter-language = 메일 언어
editor-letter-language-same = 인터페이스와 같게({ $language })
editor-letter-language-profile = 프로필 설정대로({ $language })
editor-sender = 내 이름
editor-subject = 제목
editor-body = 본문
editor-unfilled = 아직 채우지 않은 항목: { $placeholders }
editor-copy = 복사
# Copy puts the letter's text (without the subject) on the clipboard; the subject has
# its own button, for the mail's subject field.
editor-copy-subject = 제목 복사
# Shown beside the copy button until the text changes.
editor-copied = 복사됨
# Offered once the letter has been copied, saved or handed to the mail client.
editor-mark-declined = 거절함으로 표시
editor-reset = 템플릿으로 되돌리기
editor-formality = 말투
editor-to = 받는 사람
# How the letter greets the contact; asked only where the letter language needs it.
editor-address = 상대방 호칭
editor-script-note = 통화 스크립트입니다. 내 말로 전한 뒤 요약 메일을 보내세요.
editor-answer-date = 답변 예정일
editor-answer-date-past = 내일 이후의 날짜를 고르세요. 이미 지난 날짜까지 답변하겠다고 약속할 수는 없습니다.
# A one-sentence answer for when the employer asks why; shown with the call script and in the editor.
why-title = 이유를 물어보면
editor-network-note = 인맥 초대 메시지용: 제목 없이 300자 이내로 쓰세요(현재 { $count }자).
editor-network-too-long = { $count }자입니다. 초대 메시지에 들어가도록 300자 이하로 줄이세요.
editor-relocation-check = 비용을 상환하겠다고 약속하기 전에, 이주 비용에 관해 계약서에 어떻게 정해져 있는지 확인하세요.
editor-fill = 채우기
editor-fill-name = { $placeholder } 값
editor-save-txt = 텍스트로 저장…
editor-save-eml = 메일 초안으로 저장(.eml)…
editor-mail-client = 메일 프로그램에서 열기
editor-copy-refused = 복사하기 전에 다음 항목을 채우세요: { $placeholders }
editor-export-refused = 내보내기 전에 다음 항목을 채우세요: { $placeholders }
editor-mail-failed = 메일 프로그램을 열 수 없습니다({ $error }). 대신 텍스트를 복사하세요.
editor-mail-opened = 메일 프로그램에서 열었습니다.
editor-group-builtin = 기본 템플릿
editor-group-mine = 내 템플릿
editor-customised = (내 버전)

## Review

review-title = 검토
review-intro = 기본 구성에 비추어 검토합니다: 면접·제안 언급, 결정, 이유, 감사, 관계 유지, 다음 단계, 맺음 인사.
review-acknowledge = 면접이나 제안을 언급함
review-decision = 결정을 분명히 밝힘
review-reason = 간단한 이유를 밝힘
review-gratitude = 감사를 전함
review-stay-in-touch = 관계를 이어 가자고 제안함
review-next-steps = 다음 단계를 알림
review-sign-off = 맺음 인사가 있음
review-present = 있음
review-missing = 없음
review-optional = 선택 사항, 없음
review-length-words = { $length }어절({ $max }어절 이하로 쓰세요).
review-length-chars = { $length }자({ $max }자 이하로 쓰세요).
review-too-long = 글이 길어지고 있습니다. 짧게 쓸수록 결정이 더 분명하게 전해집니다.
review-too-short = 조금 짧습니다. { $min } 이상이면 더 따뜻하게 읽힙니다. 좋았던 점이나 감사하고 싶은 사람을 덧붙여 보세요.
review-over-explains = 이유가 { $sentences }문장이나 됩니다. 한 문장이면 충분하고, 자세한 사정은 굳이 밝히지 않아도 됩니다.
review-critical = “{ $text }” 표현은 { $why }
review-critical-pay = 급여를 비판하는 말로 읽힙니다.
review-critical-process = 채용 절차의 진행 방식을 비판하는 말로 읽힙니다.
review-critical-people = 채용 과정에서 만난 사람을 비판하는 말로 읽힙니다.
review-critical-employer = 회사를 비판하는 말로 읽힙니다.
review-critical-kinder = 더 부드러운 표현: “{ $kinder }”
review-critical-leave-out = 빼는 편이 좋습니다. 이 말이 없어도 결정은 충분히 전해집니다.
review-misspelled = { $count ->
   *[other] 맞춤법이 틀렸을 수 있는 단어가 { $count }개 있습니다(밑줄 표시). 마우스 오른쪽 버튼으로 클릭하면 추천 단어를 볼 수 있습니다.
}
review-no-dictionary = 맞춤법 검사를 할 수 없습니다. 이 컴퓨터에 { $language } 사전이 없습니다. 시스템용 Hunspell 사전을 설치하거나, “파일” → “맞춤법 사전 추가”에서 사전(.aff와 .dic)을 직접 추가하세요.
review-dictionary-loading = 맞춤법 사전을 읽는 중…
review-no-spelling-here = 맞춤법 검사를 할 수 없습니다. Gracious는 Hunspell 사전으로 맞춤법을 검사하는데, { $language } Hunspell 사전은 존재하지 않습니다.
review-dictionary-unreliable = 맞춤법 검사를 할 수 없습니다. 이 컴퓨터의 { $language } 사전에는 “{ $word }” 같은 일상적인 단어도 들어 있지 않아서, 맞게 쓴 메일도 틀렸다고 표시하게 됩니다. “파일” → “맞춤법 사전 추가”에서 더 나은 사전(.aff와 .dic)을 추가하세요.
review-personal = 템플릿 문구를 그대로 썼습니다. 좋았던 점이나 감사하고 싶은 사람에 대해 직접 쓴 한 문장을 더해 보세요.
spell-add-word = 사전에 추가
spell-no-suggestions = 추천 단어 없음
spell-looking = 추천 단어를 찾는 중…
editor-review-as = 검토 기준 상황
dictionary-added = { $language } 맞춤법 사전을 추가했습니다.
dictionary-failed = 사전을 추가할 수 없습니다({ $path }): { $error }
review-unfilled = 아직 남아 있는 자리 표시자: { $placeholders }
review-all-good = 고칠 곳이 없습니다.

## My templates

templates-title = 내 템플릿
templates-name = 템플릿 이름
templates-save-new = 이 메일을 새 템플릿으로 저장
templates-save-version = 이 템플릿의 내 버전으로 저장
templates-restore = 원래 템플릿 복원
templates-rename = “{ $name }”의 이름
templates-duplicate = “{ $name }” 복제
templates-delete = “{ $name }” 삭제
templates-use = “{ $name }” 사용
templates-use-short = 사용
templates-confirm-delete = 정말 삭제
templates-none = 아직 직접 만든 템플릿이 없습니다. 메일을 템플릿으로 저장하면 회사, 직무, 이름이 다시 자리 표시자로 바뀌어 재사용할 수 있습니다.
templates-import = 템플릿 가져오기…
templates-export = 내 템플릿 내보내기…
templates-saved = “{ $name }” 이름으로 저장했습니다.
templates-imported = { $count ->
   *[other] 템플릿 { $count }개를 가져왔습니다.
}
templates-copy-name = { $name } (사본)
header-contact-email = 담당자 이메일

## About

about-title = Gracious 정보
about-intro = Gracious는 입사 제안이나 면접을 신속하고 분명하며 정중하게 거절할 수 있도록 돕습니다. 모든 데이터는 이 컴퓨터에만 저장됩니다.
about-version = 버전 { $version }
about-data = 데이터 출처 및 라이선스
about-data-body = 구매력 비교에는 세계은행의 PPP 환산 계수를 사용하며, 이 데이터는 크리에이티브 커먼즈 저작자표시 4.0 라이선스(CC BY 4.0, creativecommons.org/licenses/by/4.0)로 공개되어 있습니다. Gracious는 이 데이터를 재구성하여 각 계열의 최신 연도 값만 담았으며, 불가리아는 레프에서 유로로 환산하고 짐바브웨는 제외했습니다. 세계은행은 Gracious를 보증하지 않습니다. 국가 이름과 숫자·통화·날짜 형식은 Unicode CLDR을 따릅니다.

## First start

welcome-title = Gracious에 오신 것을 환영합니다
welcome-body = Gracious는 면접 후나 입사 제안을 받은 후 거절 의사를 신속하고 분명하며 정중하게, 익숙한 언어로 전할 수 있도록 돕습니다.
welcome-steps = 짧은 질문 다섯 개에 답하고 전달 방식을 고른 다음, 템플릿으로 답변을 작성하세요. 보내기 전에 검토도 받을 수 있습니다.
welcome-start = 내 지원 건으로 시작하기
welcome-example = 예시 보기
welcome-private = 입력한 내용은 모두 이 컴퓨터에만 저장됩니다.
# Shown above the example opportunity; "the example" is one made-up job offer.
example-banner = 가상의 내용으로 만든 예시입니다. 모든 화면을 살펴볼 수 있도록 미리 채워 두었습니다.
example-remove = 예시 삭제
# Added to the example's title in the list of opportunities.
cases-example = 예시

## Next step

# Before the button with the single next thing to do, e.g. "Next step: [Write the letter]".
next-label = 다음 단계:
next-answer-checklist = 체크리스트에 답하기
# The checklist says the role suits the user: there is nothing to turn down.
next-lean-accept = 판단 결과가 수락 쪽에 가까우므로 지금은 거절할 필요가 없습니다.
next-lean-accept-short = 수락 쪽에 가까움
next-review-checklist = 체크리스트 다시 보기
next-pick-channel = 전달 방식 정하기
next-write-letter = 메일 쓰기
# $deadline is a weekday and date, possibly with a time, e.g. "Thu, 26 Nov, 14:00".
next-send-by = { $deadline }까지 보내기
next-send = 답변 보내기
next-mark-sent = 보냄으로 표시
# $phase is a period such as "Days 3 to 7"; $step is a task such as "Update your job-search tracker".
next-step = { $phase }: { $step }
next-step-done = 완료
# Accessible name of the "Done" button; $step is the task it ticks off.
next-step-done-name = 완료로 표시: { $step }
next-all-done = 남은 할 일이 없습니다.
# Under each opportunity in the list; $action is one of the next steps above.
cases-next = 다음: { $action }
# Said after a panel's name by screen readers, e.g. "Channel (done)".
tab-state-done = 완료
tab-state-attention = 확인 필요
# Button beside the recommended channel: take the recommendation as your choice.
channel-use-recommendation = 이 방식으로 정하기

## Date picker

date-pick = 달력에서 선택: { $field }
date-previous-month = 이전 달
date-next-month = 다음 달
date-today = 오늘
date-clear = 지우기
date-close = 닫기
date-day-today = { $date } (오늘)

## One window per data folder

# Shown when Gracious is started a second time on the same data; $path is the data folder.
notice-already-open = Gracious가 이미 같은 데이터({ $path })로 열려 있습니다. 이 창은 보기 전용이므로 여기에서 변경한 내용은 저장되지 않습니다. 이 창을 닫고 이미 열려 있는 창에서 계속 작업하세요.

## Quitting with unsaved changes

quit-title = 최근 변경 사항이 저장되지 않았습니다
# $error is the system's reason, e.g. "Permission denied (os error 13)".
quit-save-failed = Gracious가 최근 변경 사항을 저장하지 못했습니다({ $error }). 지금 종료하면 변경 사항이 사라집니다.
quit-read-only = 이 창에서는 변경 사항이 저장되지 않습니다(데이터가 다른 창에 열려 있습니다). 지금 종료하면 여기에서 변경한 내용이 사라집니다.
quit-retry = 다시 저장 시도
# Opens a file dialog to write all data (every opportunity, the profile, own templates) to a file.
quit-export = 모두 파일로 저장…
quit-anyway = 저장하지 않고 종료

## Compare offers: total compensation side by side

menu-compare = 입사 제안 비교
compare-title = 입사 제안 비교
compare-close = 비교 닫기
compare-intro = 입사 제안을 현재 직장과 나란히 놓고 비교하세요. 보상 항목 하나하나와, 지금 사는 곳의 물가 기준으로 본 각각의 연간 가치, 결정 체크리스트와 해외 이주 검토 결과를 한눈에 볼 수 있습니다.
compare-choose = 비교 대상
compare-current-job = 현재 직장
# The current job named inside a sentence (compare-summary, compare-summary-net).
compare-current-job-in-text = 현재 직장
# $max is the largest number of opportunities compared at once (4).
compare-too-many = 지원 건은 한 번에 최대 { $max }건까지 비교할 수 있습니다.
compare-horizon = 일회성 금액과 주식을 나눌 기간
compare-horizon-years = { $years ->
   *[other] { $years }년
}
compare-horizon-help = 사이닝 보너스, 이주 지원금, 주식 보상은 재직 연수로 나누어 연간 금액으로 계산합니다. 베스팅 기간은 보통 4년입니다.
compare-packages = 보상 내역
compare-packages-intro = 금액은 연간 세전 기준으로, 각 직장의 통화로 입력하세요. 모르는 항목은 비워 두세요. Gracious는 값을 추측하지 않습니다. 회색 값은 해외 이주 검토에서 가져온 것입니다.
compare-equity-private = 비상장 회사 주식
compare-results = 나란히 비교
compare-empty = 비교할 대상을 두 개 이상 고르세요. 현재 직장과 입사 제안 하나, 또는 입사 제안 두 개를 고르면 됩니다.
compare-row-verdict = 체크리스트 판단
compare-row-fit = 체크리스트 적합도
compare-row-total = 연간 총액(지급 통화 기준)
compare-row-total-home = 연간 총액(거주국 물가 기준)
compare-row-net-home = 세후 연간 총액(거주국 물가 기준)
compare-row-basis = 물가 비교 기준
compare-row-leave = 유급 휴가
compare-row-notice = 퇴사 통보 기간
compare-row-start = 가장 빠른 입사일
compare-row-deadline = 답변 기한
compare-row-mobility = 이주 평가 점수
compare-row-traps = 이주 시 주의할 점
# The current job in the verdict row: it is the reference, not something to decide on.
compare-reference = 비교 기준
# Marks the best figure of a row; $value is the figure.
compare-best = { $value } · 최고
compare-leave-value = { $days }일({ $amount } 상당)
compare-notice-weeks = { $weeks ->
   *[other] { $weeks }주
}
compare-not-moving = 이주 없음
compare-no-traps = 없음
compare-not-given = —
compare-basis-same = 같은 국가
compare-basis-data = 세계은행, { $year }년
compare-basis-override = 직접 입력한 계수
# $country is where the user lives now; $job and $second are the names of two columns.
compare-summary = { $country } 물가 기준으로는 { $job }의 가치가 가장 높습니다(연간 { $amount }, { $second }보다 { $difference } 많음).
# $part is a part of the pay, e.g. "bonus".
compare-summary-why = 가장 큰 차이는 { $part }에서 납니다.
compare-summary-net = 다만 세후 기준으로는 { $job }의 실수령액이 가장 많습니다.
compare-summary-none = 어느 쪽의 가치가 더 높은지 보려면 최소 두 곳의 기본급과 국가를 입력하세요.
compare-note-equity-private = { $job }: 비상장 회사의 주식입니다. 회사가 매각되거나 상장되기 전까지는 가치가 없을 수도 있습니다.
compare-note-cliff = { $job }: 클리프가 { $months }개월이라 비교 기간 안에는 베스팅되는 주식이 없습니다.
compare-note-repayable = { $job }: { $months }개월 안에 퇴사하면 { $part } 반환 의무가 있습니다. 이 기간이 비교 기간보다 길기 때문에 해당 금액은 합계에 넣지 않았습니다.
compare-note-bonus-amount = { $job }: 보너스 금액과 비율이 모두 입력되어 있어 금액을 기준으로 계산했습니다.
compare-note-no-base = { $job }: 기본급이 아직 없어 총액을 계산할 수 없습니다.
compare-note-not-a-number = { $job }: “{ $field }”에 입력한 값은 Gracious가 계산에 쓸 수 있는 숫자가 아닙니다.
compare-note-no-country = { $job }: 거주국 물가 기준으로 비교하려면 근무 국가를 선택하세요.
compare-note-no-factor = { $job }: { $country }에 대한 구매력 데이터가 없습니다. 비교하려면 계수를 직접 입력하세요.
compare-note-currency = { $job }: { $country } 데이터는 { $currency } 기준입니다. 금액을 { $currency } 단위로 입력하거나 계수를 직접 입력하세요.
compare-note-tax = 세후 금액: 각 직장의 세율을 총액 전체에 적용했습니다.
compare-chart-total = 거주국 물가 기준 연간 총액(항목별)
compare-chart-fit = 적합도 비교(%)
compare-chart-checklist = 체크리스트 적합도
compare-chart-mobility = 이주 평가 점수
compare-chart-alt = 차트입니다. 같은 수치가 위 표에 있습니다.
compare-accept = 이 제안 수락
# For screen readers: what the button does, with the offer's name.
compare-accept-name = { $job } 제안을 수락하고 나머지 제안에 보낼 거절 메일 준비
compare-accepted = { $job } 건을 수락함으로 표시했습니다. 이제 { $others } 건의 메일은 다른 제안을 수락했다는 이유로 거절하는 내용입니다.
compare-export-csv = CSV로 내보내기…
compare-export-text = 텍스트로 내보내기…
compare-text-title = { $date } 기준 입사 제안 비교
compare-text-cell = { $job }: { $value }
compare-text-basis = { $country } 물가 기준이며, 일회성 금액과 주식은 { $years ->
   *[other] { $years }년
}으로 나누어 계산했습니다.
pay-field-country = 국가
pay-field-currency = 통화
pay-field-base = 기본급
pay-field-bonus-percent = 목표 보너스(기본급의 %)
pay-field-bonus-amount = 보너스 금액
pay-field-equity-grant = 주식 보상: 부여 가치
pay-field-equity-years = 주식 보상: 베스팅 기간(년)
pay-field-equity-cliff = 주식 보상: 클리프(개월)
pay-field-sign-on = 사이닝 보너스
pay-field-sign-on-repay = 사이닝 보너스: 반환 의무 기간(개월)
pay-field-relocation = 이주 지원금
pay-field-relocation-repay = 이주 지원금: 반환 의무 기간(개월)
pay-field-pension = 기업연금 회사 부담분(기본급의 %)
pay-field-benefits = 복리후생 환산 가치(연간)
pay-field-leave = 유급 휴가(일)
pay-field-notice = 퇴사 통보 기간(주)
pay-field-start = 가장 빠른 입사일
pay-field-tax = 세율(%)
pay-field-factor = 직접 입력한 계수
pay-part-base = 기본급
pay-part-bonus = 보너스
pay-part-equity = 주식 보상
pay-part-sign-on = 사이닝 보너스
pay-part-relocation = 이주 지원금
pay-part-pension = 기업연금
pay-part-benefits = 복리후생
checklist-suggestion-total-net = 입사 제안 비교 결과, 세후 총보상을 현재 직장과 비교하면 “{ $answer }” 답변이 적절해 보입니다.
checklist-suggestion-total-gross = 입사 제안 비교 결과, 세전 총보상을 현재 직장과 비교하면 “{ $answer }” 답변이 적절해 보입니다. 실수령액을 비교하려면 두 세율을 모두 입력하세요.

## 보낸 후 챙길 일: 회사의 회신, 내가 한 약속, 만난 사람들, 캘린더
# The fifth panel. "They" are the employer (the recruiter or hiring manager).
tab-followup = 보낸 후 챙길 일
menu-export-calendar = 모든 일정을 캘린더 파일로 내보내기…
followup-intro = 거절은 메시지 한 번으로 끝나는 경우가 드뭅니다. 회사의 회신을 기록하고, 내가 한 약속을 지키고, 일정은 캘린더에 옮겨 두세요.
followup-open = “보낸 후 챙길 일” 열기

followup-reply-title = 회사의 회신
# $date: the day the reply came (a weekday and date); $kind: what they asked (a reply-kind-* text).
followup-reply-recorded = { $date }: { $kind }
# $pay: the new yearly pay as the user typed it.
followup-reply-new-pay = 새로 제시된 연봉: { $pay }
followup-reply-answer = 다음 메일로 답하기:
followup-reply-earlier-letter = 이전에 보낸 내 메일
followup-they-replied = 회사에서 회신이 왔습니다
followup-reply-on = 회신 받은 날
followup-reply-kind = 회신 유형
followup-reply-new-pay-field = 새 연봉
followup-reply-improved-note = 개선된 제안을 받았다면 결정을 다시 검토해야 합니다. 답하기 전에 체크리스트에서 새 금액을 기준으로 연봉 질문에 다시 답하세요.
followup-reply-note = 회신 내용(선택, 기록용)
followup-reply-date-invalid = 회신 받은 날짜를 입력하세요.
followup-record-reply = 회신 기록
reply-kind-improved-offer = 개선된 제안
reply-kind-what-would-it-take = “어떤 조건이면 될까요?”
reply-kind-ask-for-call = 메일로 거절한 뒤 통화 요청
reply-kind-keep-cv = 이력서를 보관해도 되는지 문의
reply-kind-questionnaire = 피드백 설문
reply-kind-are-you-sure = “정말 결정하신 건가요?”
status-reply-recorded = 회사의 회신을 기록하고, 답장할 메일을 템플릿 편집기에 준비해 두었습니다. 이전에 보낸 메일은 “보낸 후 챙길 일”에 보관되어 있습니다.
status-reply-improved = 개선된 제안을 기록하고 결정을 다시 검토 중으로 바꿨습니다. 새 금액을 기준으로 연봉 질문에 답한 다음, “보낸 후 챙길 일”에서 보낼 답장을 고르세요.

followup-promises-title = 내가 한 약속
followup-call-on = 통화 예정일
followup-no-promises = 아직 약속이 없습니다. 메일에 담긴 약속은 여기에 자동으로 표시됩니다. 그 밖에 한 약속이 있다면 추가하세요.
followup-add-promise = 약속 추가
followup-promise-what = 내용
followup-promise-to = 상대
followup-promise-due = 기한
followup-remove = 삭제
# What the app knows the user promised. $company, $contact: from the opportunity; $name: a person met.
promise-answer = { $company }에 답변 전하기
promise-questionnaire = 설문 작성해서 보내기
promise-call = { $contact } 님과 통화
promise-return-property = 이주를 위해 { $company }에서 빌려준 물품과 서류 반납하기
promise-settle-money = 계약서에 따라 이주 지원금이나 사이닝 보너스를 { $company } 측과 정산하기
promise-claim-reimbursements = { $company }에서 환급하기로 한 비용 청구하기
promise-check-in = { $name } 님에게 다시 연락하기
promise-untitled = 내용을 입력하지 않은 약속
promise-done = 완료
# $when: a weekday and date (with the time for the call); $days: a number of days.
promise-overdue = { $days ->
   *[other] 기한 { $days }일 지남({ $when })
}
promise-due-today = 오늘 마감({ $when })
promise-due-soon = { $days ->
    [1] 내일 마감({ $when })
   *[other] { $days }일 남음({ $when })
}
promise-due-later = { $when }까지
promise-undated = 날짜 미정
# A notice above the panels while the app is open. $when: a promise-overdue or promise-due-today text; $what: the promise; $title: the opportunity.
promise-notice = { $what }({ $title }): { $when }
promise-show = 보기

followup-people-title = 만난 사람들
followup-no-people = 채용 과정에서 만난 사람들을 추가해 두면, 기억에 의존하지 않고도 관계를 이어 갈 수 있습니다.
followup-person-name = 이름
followup-person-role = 직책
followup-person-reach = 연락 방법
followup-person-connected = 비즈니스 SNS에서 연결되어 있습니다
followup-person-last-contact = 마지막 연락일
followup-person-check-in = 다시 연락할 날
followup-write-to = 관계를 이어 가는 메시지 쓰기
followup-add-person = 사람 추가

followup-calendar-title = 캘린더
followup-calendar-note = 답변 기한, 내가 한 약속, 예정된 통화, 결정한 다음 할 일, 다시 연락할 날을 알림이 포함된 캘린더 파일(.ics)로 내보냅니다. 다시 가져와도 일정이 새로 추가되지 않고 기존 일정이 업데이트됩니다. 어떤 데이터도 이 컴퓨터 밖으로 나가지 않습니다.
followup-export-calendar = 이 지원 건의 일정 내보내기…
followup-export-calendar-all = 모든 지원 건의 일정 내보내기…
# In the calendar file. $what: what is due; $company: the employer.
ics-summary = { $what }({ $company })
ics-reply-by = 답변 기한
ics-answer-window = 답변 보내기: 결정 후 72시간 이내
# $title: the opportunity (company · role).
ics-description = { $title }. Gracious에서 작성했습니다.
# $name: the person the promise was made to.
ics-to-whom = 상대: { $name }
ics-calendar-name = Gracious: { $title }
ics-calendar-name-all = Gracious: 나의 구직 활동
# In the list of opportunities, beside one whose promises are due today or overdue. $count: how many.
cases-promises-due = { $count ->
   *[other] 기한이 된 약속 { $count }건
}
# Beside the date picker of the letter that answers a feedback questionnaire.
editor-questionnaire-date = 제출 예정일
# A booked call whose day is over, in the list of promises. $when: its weekday, date and time.
promise-call-past = 예정일 지남({ $when }): 통화를 마쳤다면 완료로 표시하세요
