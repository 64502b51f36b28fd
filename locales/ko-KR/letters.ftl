# Letter templates (ko-KR). Variables: $company, $role, $contact, $sender (the name),
# $signature (the profile signature, else the name), $formality (formal / informal),
# $address (the form of address, else $contact) and $address_given ("yes" / "no"):
# Korean greets with "{ $contact } 님" (님 after a full name, with a space) and never
# asks for a form of address. Formal letters say 귀사 rather than the company's name
# (the spoken call scripts keep the name) and close with "{ $signature } 드림".
# An empty field arrives as its bracketed placeholder, e.g. "[회사명]".
# No particle that depends on the last syllable (은/는, 이/가, 을/를) follows a variable:
# only 님, 의, 에서, 까지, 입니다 or a noun such as 포지션.

placeholder-company = 회사명
placeholder-role = 직무명
placeholder-contact = 담당자 이름
placeholder-sender = 내 이름
placeholder-date = 답변 날짜

# A date as letters write it. $day, $month and $year are numbers, $monthname the name
# (Korean writes the month as a number).
date-long = { $year }년 { $month }월 { $day }일
month-1 = 1월
month-2 = 2월
month-3 = 3월
month-4 = 4월
month-5 = 5월
month-6 = 6월
month-7 = 7월
month-8 = 8월
month-9 = 9월
month-10 = 10월
month-11 = 11월
month-12 = 12월

letter-withdraw-after-interview-subject = { $formality ->
    [informal] { $role } 포지션 지원 관련해서 말씀드려요
   *[formal] { $role } 포지션 지원 철회 관련 말씀드립니다
}
letter-withdraw-after-interview-body = { $formality ->
    [informal]
        { $contact } 님, 안녕하세요. { $sender }입니다.

        { $company } { $role } 포지션 면접 때 시간 내주셔서 정말 감사했어요. 팀 이야기와 앞으로 하실 일들을 들을 수 있어서 즐거운 시간이었어요.

        오래 고민했는데, 이번 지원은 철회하기로 했어요. 제가 다음에 가고 싶은 커리어 방향과는 조금 맞지 않는다고 느꼈고, 시간을 더 내시게 하기 전에 지금 말씀드리는 게 좋겠다고 생각했어요.

        { $contact } 님과 팀분들이 시간을 내서 솔직하게 이야기해 주신 것, 정말 감사하게 생각해요. 앞으로도 계속 연락하고 지내면 좋겠어요. 또 좋은 인연으로 만나길 바랄게요.

        감사합니다.
        { $signature }
   *[formal]
        { $contact } 님, 안녕하십니까.
        { $sender }입니다.

        귀사의 { $role } 포지션 면접에 귀한 시간을 내주셔서 감사합니다. 팀과 앞으로의 업무에 대해 자세히 들을 수 있어 뜻깊은 시간이었습니다.

        오랜 고민 끝에 이번 지원을 철회하기로 결정했습니다. 제가 앞으로 나아가고자 하는 커리어 방향과 이 직무가 잘 맞지 않는다고 판단했으며, 더 많은 시간을 내시게 하기 전에 말씀드리는 것이 도리라고 생각했습니다.

        { $contact } 님과 동료분들께서 내어 주신 시간과 솔직한 대화에 깊이 감사드립니다. 앞으로도 좋은 인연을 이어 가기를 바라며, 언젠가 다시 뵐 수 있기를 바랍니다.

        감사합니다.
        { $signature } 드림
}

letter-accepted-other-offer-subject = { $formality ->
    [informal] { $role } 포지션 제안 관련해서 말씀드려요
   *[formal] { $role } 포지션 입사 제안 관련 말씀드립니다
}
letter-accepted-other-offer-body = { $formality ->
    [informal]
        { $contact } 님, 안녕하세요. { $sender }입니다.

        { $company } { $role } 포지션으로 제안해 주셔서 정말 감사해요. 채용 과정 내내 세심하게 챙겨 주신 것도 큰 힘이 됐어요.

        고민을 많이 했는데, 이번 제안은 정중히 사양하려고 해요. 제 계획에 조금 더 가까운 다른 포지션을 수락하게 됐어요. 저에게도 쉬운 결정은 아니었어요.

        팀에서 만들어 가는 일을 정말 멋지게 보고 있고, 저를 믿어 주셔서 감사했어요. 앞으로도 계속 연락하고 지내요. 언젠가 꼭 함께 일할 기회가 있으면 좋겠어요.

        감사합니다.
        { $signature }
   *[formal]
        { $contact } 님, 안녕하십니까.
        { $sender }입니다.

        귀사의 { $role } 포지션으로 입사 제안을 해 주셔서 진심으로 감사드립니다. 채용 과정 내내 세심하게 배려해 주신 점도 잊지 않겠습니다.

        신중히 고민한 끝에 이번 제안은 정중히 사양하기로 했습니다. 제 향후 계획에 조금 더 부합하는 다른 포지션을 수락하게 되었습니다. 결코 쉽지 않은 결정이었습니다.

        팀에서 이루어 가고 있는 일에 깊은 인상을 받았으며, 저를 믿어 주신 데 감사드립니다. 앞으로도 좋은 인연을 이어 가며, 언젠가 함께 일할 기회가 있기를 바랍니다.

        감사합니다.
        { $signature } 드림
}

# After an offer, when the role itself is not right (values, way of working, direction),
# or for a personal reason that does not involve a move. Neutral on purpose: the reason
# is not spelled out.
letter-not-right-fit-after-offer-subject = { $formality ->
    [informal] { $role } 포지션 제안 관련해서 말씀드려요
   *[formal] { $role } 포지션 입사 제안 관련 말씀드립니다
}
letter-not-right-fit-after-offer-body = { $formality ->
    [informal]
        { $contact } 님, 안녕하세요. { $sender }입니다.

        { $company } { $role } 포지션으로 제안해 주시고, { $contact } 님과 팀에서 저를 위해 시간을 많이 내주셔서 정말 감사해요.

        오래 고민했는데, 이번 제안은 사양하기로 했어요. 지금의 저에게는 이 일이 잘 맞지 않는다는 결론을 내렸고, 기다리시게 하기보다 지금 말씀드리는 게 좋겠다고 생각했어요.

        팀분들을 알게 되어 즐거웠고, 저를 믿어 주셔서 감사했어요. 앞으로도 계속 연락하고 지내요. 또 좋은 인연으로 만나길 바랄게요.

        감사합니다.
        { $signature }
   *[formal]
        { $contact } 님, 안녕하십니까.
        { $sender }입니다.

        귀사의 { $role } 포지션으로 입사 제안을 해 주시고, 채용 과정에서 { $contact } 님과 팀에서 많은 시간을 내주셔서 진심으로 감사드립니다.

        신중히 고민한 끝에 이번 제안은 정중히 사양하기로 결정했습니다. 지금의 저에게는 이 직무가 잘 맞지 않는다는 결론을 내렸으며, 답변을 기다리시게 하기보다 지금 말씀드리는 것이 도리라고 생각했습니다.

        팀분들을 알게 되어 즐거웠고, 저를 믿어 주신 데 깊이 감사드립니다. 앞으로도 좋은 인연을 이어 가며, 언젠가 다시 뵐 수 있기를 바랍니다.

        감사합니다.
        { $signature } 드림
}

# After the user asked for better terms (pay, start date, remote days…) and the employer
# could not meet them. It thanks them for trying and does not reopen the negotiation.
letter-after-negotiation-subject = { $formality ->
    [informal] { $role } 포지션 제안 관련해서 말씀드려요
   *[formal] { $role } 포지션 입사 제안 관련 말씀드립니다
}
letter-after-negotiation-body = { $formality ->
    [informal]
        { $contact } 님, 안녕하세요. { $sender }입니다.

        { $company } { $role } 포지션 입사 제안 조건을 다시 검토해 주시고, 어디까지 가능한지 솔직하게 말씀해 주셔서 감사해요.

        최종 제안을 꼼꼼히 따져 봤는데, 이번 제안은 사양하기로 했어요. 회사 사정상 어려운 부분이 있다는 건 잘 이해하고 존중해요. 다만 제가 바라는 조건과 차이가 너무 커서 이렇게 결정하게 됐어요.

        조율하느라 시간과 노력을 많이 써 주셔서 정말 감사해요. 앞으로도 계속 연락하고 지내요. 언젠가 함께 일할 기회가 있으면 좋겠어요.

        감사합니다.
        { $signature }
   *[formal]
        { $contact } 님, 안녕하십니까.
        { $sender }입니다.

        귀사의 { $role } 포지션 입사 제안 조건을 다시 검토해 주시고, 어디까지 가능한지 솔직하게 말씀해 주셔서 감사합니다.

        최종 제안을 신중히 검토한 끝에, 이번 제안은 정중히 사양하기로 결정했습니다. 귀사의 여건과 한계를 충분히 이해하며 존중합니다. 다만 제가 바라는 조건과의 차이가 커서 이런 결정을 내리게 되었습니다.

        조율을 위해 시간과 노력을 아끼지 않으신 데 진심으로 감사드립니다. 앞으로도 좋은 인연을 이어 가며, 언젠가 함께 일할 기회가 있기를 바랍니다.

        감사합니다.
        { $signature } 드림
}

letter-relocation-not-feasible-subject = { $formality ->
    [informal] { $role } 포지션 제안 관련해서 말씀드려요
   *[formal] { $role } 포지션 입사 제안 관련 말씀드립니다
}
letter-relocation-not-feasible-body = { $formality ->
    [informal]
        { $contact } 님, 안녕하세요. { $sender }입니다.

        { $company } { $role } 포지션으로 제안해 주셔서 감사해요. 제안받고 정말 기뻤어요.

        가족과 충분히 이야기해 봤는데, 아쉽지만 이번 제안은 사양해야 할 것 같아요. 지금 이사하는 건 저희 가족에게 현실적으로 어렵고, 이런 상황에서는 이 일에 온전히 마음을 쏟기 어려울 것 같아요.

        그동안 시간 내주시고 이주 지원까지 제안해 주셔서 정말 감사했어요. 나중에 제 상황에 맞는 자리가 생기면 꼭 연락 주세요. 앞으로도 계속 연락하고 지내면 좋겠어요.

        감사합니다.
        { $signature }
   *[formal]
        { $contact } 님, 안녕하십니까.
        { $sender }입니다.

        귀사의 { $role } 포지션으로 입사 제안을 해 주셔서 감사합니다. 제안을 받고 무척 기뻤습니다.

        가족과 충분히 상의한 끝에, 아쉽지만 이번 제안은 정중히 사양하고자 합니다. 지금 이주하는 것은 저희 가족에게 현실적으로 어려운 상황이며, 이대로는 이 직무에 걸맞은 책임을 다하기 어렵다고 판단했습니다.

        그동안 내어 주신 시간과 이주를 위해 제안해 주신 지원에 진심으로 감사드립니다. 앞으로 제 상황에 맞는 포지션이 생긴다면 다시 연락 주시면 감사하겠습니다. 좋은 인연을 계속 이어 가기를 바랍니다.

        감사합니다.
        { $signature } 드림
}

letter-negotiate-instead-subject = { $formality ->
    [informal] { $role } 포지션 제안 관련해서 여쭤보고 싶은 게 있어요
   *[formal] { $role } 포지션 입사 제안 관련 문의드립니다
}
letter-negotiate-instead-body = { $formality ->
    [informal]
        { $contact } 님, 안녕하세요. { $sender }입니다.

        { $company } { $role } 포지션으로 제안해 주셔서 감사해요. 이 일과 팀에 정말 관심이 많아요.

        답변드리기 전에 같이 이야기해 보고 싶은 부분이 몇 가지 있어요. 바로 [조정하고 싶은 점, 예: 연봉, 입사일, 재택근무 일수]인데요, 이 부분에 조정할 여지가 있는지 궁금해요.

        이번 주에 잠깐 통화할 시간 괜찮으실까요? 서로에게 좋은 결정을 내리고 싶어요. 늘 열린 마음으로 이야기 들어 주셔서 감사해요.

        감사합니다.
        { $signature }
   *[formal]
        { $contact } 님, 안녕하십니까.
        { $sender }입니다.

        귀사의 { $role } 포지션으로 입사 제안을 해 주셔서 감사합니다. 이 직무와 팀에 진심으로 관심을 갖고 있습니다.

        최종 답변을 드리기 전에 함께 논의하고 싶은 부분이 몇 가지 있습니다. 구체적으로는 [조정하고 싶은 점, 예: 연봉, 입사일, 재택근무 일수]입니다. 이 부분에 조정의 여지가 있는지 여쭙고 싶습니다.

        이번 주 중에 잠시 통화할 시간을 내주실 수 있을까요? 양측 모두에게 좋은 결정을 내리고 싶으며, 늘 열린 자세로 대해 주셔서 감사드립니다.

        감사합니다.
        { $signature } 드림
}

letter-ask-for-time-subject = { $formality ->
    [informal] { $role } 포지션 제안 답변 일정 관련해서요
   *[formal] { $role } 포지션 입사 제안 답변 일정 문의
}
letter-ask-for-time-body = { $formality ->
    [informal]
        { $contact } 님, 안녕하세요. { $sender }입니다.

        { $company } { $role } 포지션으로 제안해 주셔서 감사해요. 저에게 소중한 제안이라서, 충분히 생각해 보고 답변드리고 싶어요.

        혹시 { $date }까지 최종 답변을 드려도 괜찮을까요? 어떤 결정을 하든 { $date }까지는 꼭 연락드릴게요.

        그보다 빨리 답이 필요하시면 편하게 말씀해 주세요. 최대한 맞춰 볼게요.

        너그러운 양해 부탁드려요.

        감사합니다.
        { $signature }
   *[formal]
        { $contact } 님, 안녕하십니까.
        { $sender }입니다.

        귀사의 { $role } 포지션으로 입사 제안을 해 주셔서 감사합니다. 소중한 제안인 만큼 충분히 신중하게 검토한 뒤 답변드리고 싶습니다.

        혹시 { $date }까지 최종 답변을 드려도 괜찮으실지 여쭙고자 합니다. 어떤 결정을 내리든 늦어도 { $date }까지는 반드시 연락드리겠습니다.

        더 일찍 답변이 필요하시다면 말씀해 주십시오. 최대한 맞출 수 있도록 하겠습니다.

        너그러운 양해 부탁드립니다.

        감사합니다.
        { $signature } 드림
}

# One sentence, neutral and true, for when they ask "why?" (said in a call, or added to a
# letter). The app picks the one that matches what stands in the way in the checklist;
# why-general when it names nothing. The speaker is the candidate; "they" never blames.
why-compensation = 결국 전체적인 처우 조건이 제 상황과 맞지 않았습니다.
why-start-date = 팀에서 필요로 하는 시기에 합류할 수 없어 일정이 맞지 않았습니다.
why-role-scope = 직무 범위가 제가 다음 단계로 찾고 있는 방향과 조금 다릅니다.
why-remote-work = 출근과 재택근무 등 근무 형태가 제 상황과 맞지 않습니다.
why-relocation-support = 이 조건으로는 이주가 현실적으로 어렵습니다.
why-values = 솔직히 말씀드리면, 저는 조금 다른 근무 환경을 찾고 있습니다.
why-way-of-working = 일하는 방식이 제가 가장 잘 일할 수 있는 방식과 잘 맞지 않습니다.
why-long-term-direction = 이 직무는 제가 앞으로 나아가고자 하는 커리어 방향과 맞지 않습니다.
why-personal-compromise = 개인적인 사정으로, 지금은 이직을 결정하기에 적절한 때가 아닙니다.
why-general = 지금 시점에서는 저에게 맞는 선택이 아니라고 판단했습니다.

# The call script: what to say, in the order of the framework (thanks, decision, reason,
# gratitude, staying in touch, next steps). Paragraphs are shown one by one in large type.
# $why is one of the why-* sentences above, chosen from the checklist's reason.
call-script = { $formality ->
    [informal]
        { $contact } 님, 안녕하세요. { $sender }입니다. 전화 받아 주셔서 감사해요. 잠깐 통화 괜찮으세요?

        먼저, { $company } { $role } 포지션 건으로 { $contact } 님과 팀에서 시간을 많이 내주셔서 다시 한번 감사드려요.

        정말 많이 고민했는데, 이번에는 진행하지 않기로 했어요.

        { $why }

        다들 솔직하게 이야기해 주셔서 정말 감사했고, 대화하면서 많이 배웠어요.

        앞으로도 계속 연락하고 지내면 좋겠어요. 오늘 이야기한 내용은 짧게 메일로도 정리해서 보내 드릴게요.

        다시 한번 감사해요. { $contact } 님과 팀 모두 하시는 일 잘되길 응원할게요.
   *[formal]
        { $contact } 님, 안녕하십니까. { $sender }입니다. 바쁘신데 전화 받아 주셔서 감사합니다. 잠시 통화 괜찮으실까요?

        먼저 { $company }의 { $role } 포지션과 관련해 { $contact } 님과 팀에서 내주신 시간에 다시 한번 감사드립니다.

        신중히 고민한 끝에, 이번에는 진행하지 않기로 결정했습니다.

        { $why }

        모든 분이 솔직하게 이야기해 주셔서 정말 감사했고, 대화를 나누며 많이 배웠습니다.

        앞으로도 좋은 인연을 이어 가고 싶습니다. 오늘 나눈 이야기는 짧게 메일로 정리해 보내드리겠습니다.

        다시 한번 감사드리며, { $contact } 님과 팀 모두 하시는 일 잘되시기를 바랍니다.
}

letter-call-recap-subject = { $formality ->
    [informal] 오늘 통화 감사했어요
   *[formal] 오늘 통화 내용 정리해 드립니다
}
letter-call-recap-body = { $formality ->
    [informal]
        { $contact } 님, 안녕하세요. { $sender }입니다.

        오늘 바쁘신데 통화 시간 내주셔서 감사해요.

        통화에서 말씀드린 것처럼 { $company } { $role } 포지션은 진행하지 않기로 했어요. 쉽지 않은 결정이었고, { $contact } 님과 팀에서 여러 이야기를 나눠 주셔서 정말 감사했어요.

        앞으로도 계속 연락하고 지내요. 꼭 잘 맞는 분을 찾으시길 응원할게요.

        감사합니다.
        { $signature }
   *[formal]
        { $contact } 님, 안녕하십니까.
        { $sender }입니다.

        오늘 바쁘신 중에도 통화할 시간을 내주셔서 감사합니다.

        통화 중에 말씀드린 대로, 귀사의 { $role } 포지션은 더 이상 진행하지 않기로 결정했습니다. 쉽지 않은 결정이었으며, { $contact } 님과 팀에서 많은 이야기를 나눠 주신 데 깊이 감사드립니다.

        앞으로도 좋은 인연을 이어 가기를 바라며, 꼭 좋은 분을 모시게 되기를 기원합니다.

        감사합니다.
        { $signature } 드림
}

# A note for a professional-network invitation: no subject, and at most 300 characters
# with the names filled in (the limit of such invitations), so keep it this short.
letter-stay-connected-body = { $formality ->
    [informal]
        { $contact } 님, 안녕하세요. { $sender }입니다.

        { $company } { $role } 포지션 건으로 여러 번 이야기 나눠 주셔서 다시 한번 감사해요. 이번에는 함께하지 못했지만, { $contact } 님과 팀을 알게 되어 정말 좋았어요. 앞으로도 계속 연락하고 지내요.

        감사합니다.
        { $signature }
   *[formal]
        { $contact } 님, 안녕하십니까. { $sender }입니다.

        귀사의 { $role } 포지션과 관련해 여러 차례 대화를 나눠 주셔서 다시 한번 감사드립니다. 이번에는 함께하지 못하게 되었지만, { $contact } 님과 팀을 알게 되어 뜻깊었습니다. 앞으로도 좋은 인연을 이어 가고 싶습니다.

        감사합니다.
        { $signature } 드림
}

letter-interview-call-script-body = { $formality ->
    [informal]
        { $contact } 님, 안녕하세요. { $sender }입니다. 전화 받아 주셔서 감사해요. 2분 정도 통화 괜찮으세요?

        지난번 { $company } { $role } 포지션 면접, 다시 한번 감사드려요. 팀분들을 만나서 정말 즐거웠어요.

        곰곰이 생각해 봤는데, 이번 지원은 철회하기로 했어요. 제가 다음에 가고 싶은 방향과는 잘 맞지 않는다고 느꼈어요.

        시간 내주시고 다들 솔직하게 이야기해 주셔서 정말 감사했어요.

        앞으로도 계속 연락하고 지내요. 다시 한번 감사드리고, 좋은 일만 가득하시길 바랄게요.
   *[formal]
        { $contact } 님, 안녕하십니까. { $sender }입니다. 전화 받아 주셔서 감사합니다. 2분 정도 통화 괜찮으실까요?

        지난번 { $company }의 { $role } 포지션 면접 기회를 주셔서 다시 한번 감사드립니다. 팀분들을 만나 뵐 수 있어 즐거웠습니다.

        신중하게 고민한 끝에 이번 지원을 철회하기로 결정했습니다. 제가 앞으로 나아가려는 방향과 이 직무가 잘 맞지 않는다고 판단했습니다.

        내주신 시간과, 모든 분이 솔직하게 대해 주신 데 깊이 감사드립니다.

        앞으로도 좋은 인연을 이어 가고 싶습니다. 다시 한번 감사드리며, 늘 좋은 일만 있으시기를 바랍니다.
}

letter-visa-unworkable-subject = { $formality ->
    [informal] { $role } 포지션 제안 관련해서 말씀드려요
   *[formal] { $role } 포지션 입사 제안 관련 말씀드립니다
}
letter-visa-unworkable-body = { $formality ->
    [informal]
        { $contact } 님, 안녕하세요. { $sender }입니다.

        오늘 통화 시간 내주시고, { $company } { $role } 포지션으로 제안해 주신 것까지 다시 한번 감사해요.

        통화에서 말씀드린 것처럼 이번 제안은 사양하기로 했어요. 비자와 취업 허가 절차에 걸리는 기간을 생각하면 팀에서 필요한 시기에 합류하기 어렵고, 팀 계획에 차질이 생기는 건 바라지 않아요.

        이 일이 잘되도록 { $contact } 님과 팀에서 많이 애써 주셔서 정말 감사했어요. 앞으로도 계속 연락하고 지내요. 언젠가 또 좋은 인연으로 만나길 바랄게요.

        감사합니다.
        { $signature }
   *[formal]
        { $contact } 님, 안녕하십니까.
        { $sender }입니다.

        오늘 통화할 시간을 내주시고, 귀사의 { $role } 포지션으로 입사 제안을 해 주신 데 다시 한번 감사드립니다.

        통화에서 말씀드린 대로, 이번 제안은 정중히 사양하기로 결정했습니다. 비자와 취업 허가 절차에 걸리는 기간을 고려하면 팀에서 필요로 하는 시기에 합류하기 어렵고, 귀사의 일정에 차질을 빚고 싶지 않습니다.

        이 일이 성사되도록 { $contact } 님과 팀에서 애써 주신 데 진심으로 감사드립니다. 앞으로도 좋은 인연을 이어 가기를 바라며, 언젠가 다시 뵐 수 있기를 바랍니다.

        감사합니다.
        { $signature } 드림
}

letter-counteroffer-subject = { $formality ->
    [informal] { $role } 포지션 제안 관련해서 말씀드려요
   *[formal] { $role } 포지션 입사 제안 관련 말씀드립니다
}
letter-counteroffer-body = { $formality ->
    [informal]
        { $contact } 님, 안녕하세요. { $sender }입니다.

        { $company } { $role } 포지션으로 제안해 주시고, 채용 과정 내내 시간을 많이 내주셔서 감사해요.

        정말 많이 고민했는데, 이번 제안은 사양하기로 했어요. 지금 다니는 회사에서 제가 바라던 방향으로 성장할 수 있는 제안을 받아서, 계속 남기로 했어요.

        믿어 주셔서 감사했고, 팀에 대해 많이 알게 되어 좋았어요. 앞으로도 계속 연락하고 지내요. 언젠가 또 만날 수 있으면 좋겠어요.

        감사합니다.
        { $signature }
   *[formal]
        { $contact } 님, 안녕하십니까.
        { $sender }입니다.

        귀사의 { $role } 포지션으로 입사 제안을 해 주시고, 채용 과정 동안 많은 시간을 내주셔서 감사합니다.

        오랜 고민 끝에 이번 제안은 정중히 사양하기로 했습니다. 현재 재직 중인 회사에서 제가 원하던 방향으로 성장할 수 있는 제안을 받아, 현 직장에 남기로 결정했습니다.

        저를 믿어 주신 데 감사드리며, 팀에 대해 많은 것을 알게 되어 뜻깊었습니다. 앞으로도 좋은 인연을 이어 가며, 언젠가 다시 뵐 수 있기를 바랍니다.

        감사합니다.
        { $signature } 드림
}

letter-many-rounds-call-script-body = { $formality ->
    [informal]
        { $contact } 님, 안녕하세요. { $sender }입니다. 전화 받아 주셔서 감사해요. 지금 잠깐 통화 괜찮으세요?

        먼저 감사 인사부터 드리고 싶어요. 여러 번 면접을 보는 동안 { $contact } 님과 팀에서 시간을 정말 많이 내주셨는데, 당연한 일이 아니라는 걸 잘 알고 있어요.

        { $company } { $role } 포지션은 진행하지 않기로 했어요. 어렵게 내린 결정이라, 직접 말씀드리고 싶었어요.

        모든 대화가 소중했고, 만난 분들께 정말 많이 배웠어요.

        앞으로도 꼭 계속 연락하고 지내요. 오늘 이야기한 내용은 오늘 안에 짧게 메일로 정리해서 보내 드릴게요.
   *[formal]
        { $contact } 님, 안녕하십니까. { $sender }입니다. 전화 받아 주셔서 감사합니다. 지금 잠시 통화 괜찮으실까요?

        먼저 감사 인사부터 드리고 싶습니다. 여러 차례 면접을 진행하는 동안 { $contact } 님과 팀에서 많은 시간을 내주셨는데, 결코 당연하게 여기지 않습니다.

        { $company }의 { $role } 포지션은 진행하지 않기로 결정했습니다. 어려운 결정이었기에 직접 말씀드리고 싶었습니다.

        모든 대화가 소중했고, 만나 뵌 분들께 많이 배웠습니다.

        앞으로도 꼭 좋은 인연을 이어 가고 싶습니다. 오늘 나눈 이야기는 오늘 중으로 짧게 메일로 정리해 보내드리겠습니다.
}

# It does not promise to repay anything before the contract has been checked.
letter-active-relocation-subject = { $formality ->
    [informal] { $role } 포지션과 이주 관련해서 말씀드려요
   *[formal] { $role } 포지션 및 이주 진행 관련 말씀드립니다
}
letter-active-relocation-body = { $formality ->
    [informal]
        { $contact } 님, 안녕하세요. { $sender }입니다.

        { $role } 포지션부터 이주 준비까지 { $contact } 님과 { $company }에서 많이 도와주셔서 정말 감사해요.

        말씀드리기 조심스럽지만, 이번 포지션에는 합류하지 않기로 했어요. 이주 준비가 이미 진행 중이라는 걸 알기에, 지금까지 진행된 부분을 솔직하게 말씀드릴게요: [시작한 서류 절차, 받은 회사 물품, 이미 지급된 비용을 적으세요].

        회사 물품은 모두 돌려드릴게요. 이미 지급된 비용은 계약 내용을 먼저 확인한 뒤, 어떻게 정산할지 다시 말씀드릴게요. 그 밖의 부분은 어떻게 처리하면 좋을지 알려 주세요.

        그동안 도와주셔서 정말 감사하고, 일을 더 만들어 드려서 죄송해요. 앞으로도 계속 연락하고 지내면 좋겠어요.

        감사합니다.
        { $signature }
   *[formal]
        { $contact } 님, 안녕하십니까.
        { $sender }입니다.

        { $role } 포지션과 이주 과정 전반에 걸쳐 { $contact } 님과 귀사에서 보내 주신 모든 지원에 감사드립니다.

        죄송한 말씀이지만, 이번 포지션에 합류하지 않기로 결정했습니다. 이주 준비가 이미 진행 중인 만큼, 지금까지 진행된 사항을 투명하게 말씀드리겠습니다: [시작한 서류 절차, 받은 회사 물품, 이미 지급된 비용을 적으세요].

        회사 소유의 물품은 모두 반납하겠습니다. 이미 지급된 비용은 계약 내용을 확인한 뒤 정산 방법을 다시 말씀드리겠습니다. 그 밖의 사항은 어떻게 처리하면 좋을지 알려 주시기 바랍니다.

        그동안 도와주신 데 진심으로 감사드리며, 번거롭게 해 드려 죄송합니다. 앞으로도 좋은 인연을 이어 가기를 바랍니다.

        감사합니다.
        { $signature } 드림
}

letter-repair-subject = { $formality ->
    [informal] 지난번 연락 관련해서 한 번 더 말씀드려요
   *[formal] 지난번 연락에 덧붙여 말씀드립니다
}
letter-repair-body = { $formality ->
    [informal]
        { $contact } 님, 안녕하세요. { $sender }입니다.

        { $company } { $role } 포지션을 사양하면서 드렸던 연락을 다시 생각해 보니, 제 마음이 제대로 전해지지 않은 것 같아 계속 마음에 걸렸어요.

        { $contact } 님과 팀에서 시간을 내서 세심하게 챙겨 주신 것, 정말 감사하게 생각하고 있다는 걸 꼭 말씀드리고 싶어요. 제 결정은 어디까지나 제 개인 사정 때문이었고, { $contact } 님이나 회사와는 전혀 상관이 없어요.

        제가 도울 수 있는 일이 있다면 기꺼이 돕고 싶어요. 예를 들어 이 포지션에 맞는 분을 추천해 드릴 수도 있어요. 괜찮으시다면 앞으로도 계속 연락하고 지내면 좋겠어요.

        너그러운 이해 부탁드려요.

        감사합니다.
        { $signature }
   *[formal]
        { $contact } 님, 안녕하십니까.
        { $sender }입니다.

        귀사의 { $role } 포지션을 사양하며 드린 연락을 다시 돌아보니, 제 뜻이 의도한 대로 전해지지 않은 것 같아 마음에 걸렸습니다.

        { $contact } 님과 팀에서 내어 주신 시간과 세심한 배려에 진심으로 감사하고 있다는 점을 분명히 말씀드리고 싶습니다. 제 결정은 어디까지나 제 개인적인 상황 때문이었으며, { $contact } 님이나 귀사와는 전혀 관계가 없습니다.

        제가 도움이 될 수 있는 일이 있다면 기꺼이 돕겠습니다. 예를 들어 이 포지션에 적합한 분을 추천해 드릴 수도 있습니다. 괜찮으시다면 앞으로도 좋은 인연을 이어 가고 싶습니다.

        너그러운 양해 부탁드립니다.

        감사합니다.
        { $signature } 드림
}

# Written some time after a decline, when the user's situation changed. It names what
# changed (the bracketed part) and accepts that the role may be filled.
letter-reopen-subject = { $formality ->
    [informal] { $company } { $role } 포지션 관련해서 연락드려요
   *[formal] { $company } { $role } 포지션 관련 문의드립니다
}
letter-reopen-body = { $formality ->
    [informal]
        { $contact } 님, 안녕하세요. 오랜만에 연락드려요. { $sender }입니다.

        예전에 { $company } { $role } 포지션에 저를 고려해 주셔서 다시 한번 감사해요. 그때는 사양했는데도 너그럽게 받아 주셔서 정말 감사했어요.

        그 뒤로 제 상황이 바뀌었어요: [바뀐 점, 예: 이제 가족과 함께 이주할 수 있게 됐어요]. 그래서 지금은 이 일이 제가 가고 싶은 방향과 잘 맞는다고 느껴요. 이미 다른 분이 채용되었을 수도 있다는 건 알고 있어요. 혹시 이 포지션이나 비슷한 자리가 아직 열려 있다면 다시 이야기 나눠 보고 싶어요.

        앞으로 몇 주 안에 잠깐 시간 괜찮으실까요?

        감사합니다.
        { $signature }
   *[formal]
        { $contact } 님, 안녕하십니까.
        { $sender }입니다.

        이전에 귀사의 { $role } 포지션에 저를 고려해 주셔서 다시 한번 감사드립니다. 당시에는 제안을 사양했지만, 너그럽게 받아들여 주셔서 깊이 감사했습니다.

        그 후 제 상황이 달라졌습니다: [달라진 점, 예: 이제 가족과 함께 이주할 수 있게 되었습니다]. 지금은 이 직무가 제가 나아가고자 하는 방향과 잘 맞는다고 생각합니다. 이미 채용이 마무리되었을 수도 있다는 점은 잘 알고 있습니다. 혹시 이 포지션이나 비슷한 포지션이 아직 열려 있다면, 다시 이야기를 나눌 기회를 주시면 정말 감사하겠습니다.

        앞으로 몇 주 안에 잠시 시간을 내주실 수 있을까요?

        감사합니다.
        { $signature } 드림
}

# Whether letters in this language mark formality (Sie/du, keigo…): "yes" or "no".
letter-formality-marked = yes
# Whether the greeting needs a form of address of its own (the vocative: uk "пані
# Олено", pl "pani Anno"): "yes" makes the editor ask for it, with the hint below.
# Korean adds 님 to the name, so it never asks.
letter-address-asked = no
# An example form of address, shown in the empty field (only where asked).
letter-address-hint = 예: 김민수 님

## 회사의 회신에 답하는 메일. 사용자가 제안을 사양한(또는 답변 시간을 요청한) 뒤 회사에서
## 다시 연락해 왔을 때 씁니다. 모두 거절 메일과 같은 어조로, 짧고 따뜻하고 솔직하게 씁니다.

# 거절한 뒤 회사가 더 나은 조건을 제시했지만, 사용자의 결정은 그대로인 경우.
# 애써 준 데 감사하되, 금액이 더 오르면 결정이 바뀔 수 있다는 여지는 남기지 않습니다.
letter-improved-offer-hold-subject = { $formality ->
    [informal] Re: { $role } 포지션 관련해서 답장드려요
   *[formal] Re: { $role } 포지션 관련 답변드립니다
}
letter-improved-offer-hold-body = { $formality ->
    [informal]
        { $contact } 님, 안녕하세요. { $sender }입니다.

        답장 주시고, { $company } { $role } 포지션에 더 좋은 조건을 다시 제안해 주셔서 감사해요. 저를 위해 팀과 다시 이야기해 주셨다니 정말 큰 의미로 다가와요.

        다시 곰곰이 생각해 봤는데, 제 결정은 그대로예요. 이번 제안은 사양할게요. 처음부터 조건만의 문제는 아니었고, 저 때문에 자리를 계속 비워 두시는 건 바라지 않아요.

        { $contact } 님과 팀에서 이렇게 애써 주셔서 정말 감사해요. 앞으로도 계속 연락하고 지내요. 또 좋은 인연으로 만나길 바랄게요.

        감사합니다.
        { $signature }
   *[formal]
        { $contact } 님, 안녕하십니까.
        { $sender }입니다.

        회신 주시고, 귀사의 { $role } 포지션에 대해 개선된 조건으로 다시 제안해 주셔서 감사합니다. 저를 위해 내부적으로 다시 논의해 주셨다는 점이 저에게는 큰 의미가 있습니다.

        다시 한번 신중히 생각해 보았으나, 제 결정에는 변함이 없습니다. 이번 제안은 정중히 사양하겠습니다. 처음부터 조건만의 문제는 아니었으며, 저 때문에 포지션을 계속 비워 두시지 않기를 바랍니다.

        { $contact } 님과 동료분들께서 애써 주신 데 진심으로 감사드립니다. 앞으로도 좋은 인연을 이어 가며, 언젠가 다시 뵐 수 있기를 바랍니다.

        감사합니다.
        { $signature } 드림
}

# 회사가 더 나은 조건을 제시했고, 그 조건이 실제로 판단을 바꾸는 경우. 사용자는 이를 솔직하게
# 말하고 정식 답변 날짜를 알립니다($date: 앱에서 약속한 날짜와 같은 날짜).
# 대괄호 부분은 사용자가 자기 말로 채웁니다. 거절로 읽힐 말은 쓰지 않습니다.
letter-improved-offer-reopen-subject = { $formality ->
    [informal] { $role } 포지션 새 제안 관련해서 말씀드려요
   *[formal] { $role } 포지션 새 제안 관련 말씀드립니다
}
letter-improved-offer-reopen-body = { $formality ->
    [informal]
        { $contact } 님, 안녕하세요. { $sender }입니다.

        { $company } { $role } 포지션에 새로운 조건으로 다시 제안해 주셔서 감사해요. 전혀 예상하지 못했던 터라, 이렇게 신경 써 주셔서 더 감사하게 느껴져요.

        솔직히 말씀드리면, 새 조건이라면 이야기가 많이 달라져요. 바로 답하기보다는 제 결정을 제대로 다시 생각해 보고 싶어요. [달라진 점, 예: 새 연봉이면 이주 비용을 감당할 수 있어요]

        { $date }까지 답변을 드려도 괜찮을까요? 그 전에 이야기를 나누는 게 도움이 된다면 언제든 기꺼이 통화할게요.

        감사합니다.
        { $signature }
   *[formal]
        { $contact } 님, 안녕하십니까.
        { $sender }입니다.

        귀사의 { $role } 포지션에 대해 새로운 조건으로 다시 제안해 주셔서 감사합니다. 예상하지 못했던 만큼, 이렇게 마음 써 주신 데 깊이 감사드립니다.

        솔직히 말씀드리면, 새로운 조건이라면 제 판단도 크게 달라질 수 있다고 생각합니다. 바로 답변드리기보다는 제 결정을 다시 신중하게 검토해 보고 싶습니다. [달라진 점, 예: 새 연봉이라면 이주 비용을 감당할 수 있습니다]

        { $date }까지 답변을 드려도 괜찮으실까요? 그 전에 이야기를 나누는 것이 도움이 된다면 언제든지 기꺼이 통화하겠습니다.

        감사합니다.
        { $signature } 드림
}

# "어떤 조건이면 되겠느냐"는 질문을 받은 경우. 제안 내용을 바꿔도 결정이 달라지지 않을 때의
# 솔직한 답: 그 사실을 정중하게 말하고, 끝까지 이어 가지 않을 협상은 시작하지 않습니다.
# (돈 문제로 결정이 바뀔 수 있다면 이 메일 대신 협상을 합니다.)
letter-what-would-it-take-subject = { $formality ->
    [informal] Re: { $role } 포지션 관련해서 답장드려요
   *[formal] Re: { $role } 포지션 관련 답변드립니다
}
letter-what-would-it-take-body = { $formality ->
    [informal]
        { $contact } 님, 안녕하세요. { $sender }입니다.

        답장 주시고, 어떤 조건이면 함께할 수 있을지 물어봐 주셔서 감사해요. 그렇게 말씀해 주신 것만으로도 저에게는 큰 칭찬이에요.

        괜히 협상을 시작해서 번거롭게 해 드리기보다는 솔직하게 말씀드리는 게 맞는 것 같아요. 제 결정은 그대로예요. 이번 제안은 사양할게요. 제 개인적인 상황 때문이라서, 제안 내용이 바뀐다고 달라지는 부분은 아니에요.

        열린 마음으로 대해 주시고 시간 내주셔서 다시 한번 감사해요. 앞으로도 계속 연락하고 지내요. 언젠가 함께 일할 기회가 있으면 좋겠어요.

        감사합니다.
        { $signature }
   *[formal]
        { $contact } 님, 안녕하십니까.
        { $sender }입니다.

        회신 주시고, 어떤 조건이면 함께할 수 있을지 물어봐 주셔서 감사합니다. 그렇게 말씀해 주신 것만으로도 저에게는 과분한 칭찬입니다.

        공연히 협상을 시작해 번거롭게 해 드리기보다는 솔직하게 말씀드리는 것이 도리라고 생각합니다. 제 결정에는 변함이 없으며, 이번 제안은 정중히 사양하겠습니다. 이는 제 개인적인 상황 때문이며, 제안 내용을 바꾸신다고 달라질 문제는 아닙니다.

        열린 마음으로 대해 주시고 귀한 시간을 내주신 데 다시 한번 감사드립니다. 앞으로도 좋은 인연을 이어 가며, 언젠가 함께 일할 기회가 있기를 바랍니다.

        감사합니다.
        { $signature } 드림
}

# 메일로 거절한 뒤 회사가 통화를 요청한 경우. 사용자는 짧은 통화에 응하되, 결정은 그대로라고
# 미리 말해서 회사가 헛되이 역제안을 준비하지 않게 합니다. 대괄호 부분에는 사용자가 통화 가능한
# 시간을 적습니다.
letter-call-after-decline-subject = { $formality ->
    [informal] Re: { $role } 포지션 통화 요청 관련해서 답장드려요
   *[formal] Re: { $role } 포지션 통화 요청 관련 답변드립니다
}
letter-call-after-decline-body = { $formality ->
    [informal]
        { $contact } 님, 안녕하세요. { $sender }입니다.

        답장 주시고, 직접 이야기 나누고 싶다고 해 주셔서 감사해요. 물론이죠, 잠깐 통화해요.

        준비하시는 데 참고가 되도록 미리 솔직하게 말씀드릴게요. { $role } 포지션을 사양하기로 한 제 결정은 그대로고, 통화 후에도 바뀌지 않을 거예요. 그래도 직접 감사 인사를 드리고 궁금하신 점에 답할 수 있다면 저도 좋을 것 같아요.

        아래 시간 중 편하신 때를 알려 주세요.
        가능한 시간: [통화 가능한 날짜와 시간을 두세 개 적으세요]

        감사합니다.
        { $signature }
   *[formal]
        { $contact } 님, 안녕하십니까.
        { $sender }입니다.

        회신 주시고, 직접 이야기를 나누고 싶다고 말씀해 주셔서 감사합니다. 물론입니다. 기꺼이 잠시 통화하겠습니다.

        준비하시는 데 참고가 되도록 미리 솔직하게 말씀드리겠습니다. { $role } 포지션을 사양하기로 한 제 결정에는 변함이 없으며, 통화 후에도 달라지지 않을 것입니다. 그래도 직접 감사 인사를 드리고 궁금하신 점에 답변드릴 수 있다면 저에게도 뜻깊은 시간이 될 것 같습니다.

        아래 시간 중 편하신 때를 알려 주시면 감사하겠습니다.
        가능한 시간: [통화 가능한 날짜와 시간을 두세 개 적으세요]

        감사합니다.
        { $signature } 드림
}

# 앞으로의 채용을 위해 사용자의 이력서를 보관해도 되는지 묻는 경우(여러 나라에서 보관하려면
# 본인의 동의가 필요합니다). 사용자는 동의하고 앞으로의 가능성을 열어 둡니다.
letter-keep-cv-on-file-subject = { $formality ->
    [informal] Re: 이력서 보관 관련해서 답장드려요
   *[formal] Re: 이력서 보관 관련 답변드립니다
}
letter-keep-cv-on-file-body = { $formality ->
    [informal]
        { $contact } 님, 안녕하세요. { $sender }입니다.

        연락 주시고, 앞으로 { $company }의 다른 포지션에도 저를 떠올려 주셔서 감사해요.

        네, 이력서 등 제 지원 서류는 보관하셔도 괜찮아요. 제 경력에 맞는 자리가 생기면 언제든 연락 주세요. 앞으로도 계속 연락하고 지내면 좋겠어요.

        채용 과정 내내 세심하게 챙겨 주셔서 다시 한번 감사해요.

        감사합니다.
        { $signature }
   *[formal]
        { $contact } 님, 안녕하십니까.
        { $sender }입니다.

        연락 주시고, 앞으로 귀사의 다른 포지션에도 저를 고려해 주셔서 감사합니다.

        네, 이력서 등 제 지원 서류를 보관하시는 데 동의합니다. 제 경력에 맞는 포지션이 생기면 언제든 연락 주시면 감사하겠습니다. 앞으로도 좋은 인연을 이어 가고 싶습니다.

        채용 과정 내내 세심하게 배려해 주신 데 다시 한번 감사드립니다.

        감사합니다.
        { $signature } 드림
}

# 채용 과정에 대한 피드백 설문(거절 후 설문)을 보내온 경우. 사용자는 설문에 답하겠다고 하고
# 언제까지 보낼지 알립니다. 피드백 내용은 이 메일이 아니라 설문에 적습니다.
letter-exit-questionnaire-subject = { $formality ->
    [informal] Re: { $role } 포지션 채용 과정 설문 관련해서 답장드려요
   *[formal] Re: { $role } 포지션 채용 과정 설문 관련 답변드립니다
}
letter-exit-questionnaire-body = { $formality ->
    [informal]
        { $contact } 님, 안녕하세요. { $sender }입니다.

        연락 주시고, { $company } { $role } 포지션 채용 과정이 어땠는지 물어봐 주셔서 감사해요.

        설문은 기꺼이 작성해서 { $date }까지 보내 드릴게요. 제 답변이 조금이라도 도움이 되면 좋겠어요.

        그동안 시간 내주시고 세심하게 신경 써 주셔서 다시 한번 감사해요.

        감사합니다.
        { $signature }
   *[formal]
        { $contact } 님, 안녕하십니까.
        { $sender }입니다.

        연락 주시고, 귀사의 { $role } 포지션 채용 과정에서 제가 어떤 경험을 했는지 물어봐 주셔서 감사합니다.

        설문은 기꺼이 작성하여 { $date }까지 보내 드리겠습니다. 제 답변이 조금이나마 도움이 되기를 바랍니다.

        그동안 내어 주신 시간과 세심한 관심에 다시 한번 감사드립니다.

        감사합니다.
        { $signature } 드림
}

# 거절하고 며칠 뒤 회사에서 뒤늦게 "정말 결정하신 건가요?"라고 확인하는 경우. 사용자는 결정을
# 정중하고 짧게 확인하고, 다시 논의의 여지를 열지 않습니다.
letter-are-you-sure-subject = { $formality ->
    [informal] Re: { $role } 포지션 관련해서 답장드려요
   *[formal] Re: { $role } 포지션 관련 답변드립니다
}
letter-are-you-sure-body = { $formality ->
    [informal]
        { $contact } 님, 안녕하세요. { $sender }입니다.

        연락 주시고, { $company } { $role } 포지션 건으로 한 번 더 제 생각을 물어봐 주셔서 감사해요.

        네, 충분히 고민하고 내린 결정이에요. 이번 제안은 사양할게요.

        그동안 시간 내주시고 저를 믿어 주셔서 정말 감사해요. 앞으로도 계속 연락하고 지내요. 또 좋은 인연으로 만나길 바랄게요.

        감사합니다.
        { $signature }
   *[formal]
        { $contact } 님, 안녕하십니까.
        { $sender }입니다.

        연락 주시고, 귀사의 { $role } 포지션과 관련해 다시 한번 제 뜻을 확인해 주셔서 감사합니다.

        네, 충분히 고민한 끝에 내린 결정입니다. 이번 제안은 정중히 사양하겠다는 뜻에 변함이 없습니다.

        그동안 내어 주신 시간과 저를 믿어 주신 마음에 진심으로 감사드립니다. 앞으로도 좋은 인연을 이어 가며, 언젠가 다시 뵐 수 있기를 바랍니다.

        감사합니다.
        { $signature } 드림
}
