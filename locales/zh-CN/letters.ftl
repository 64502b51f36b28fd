# 信件模板（zh-CN）。变量：$company、$role、$contact、$sender（姓名）、
# $signature（个人资料中的签名，未填写时为姓名）、$formality（formal / informal）。
# 未填写的字段会显示为方括号中的占位符，例如“[公司名称]”。

placeholder-company = 公司名称
placeholder-role = 职位名称
placeholder-contact = 联系人称呼
placeholder-sender = 您的姓名
placeholder-date = 答复日期

# 信中日期的写法。$day、$month、$year 为数字，$monthname 为月份名称
# （中文日期直接用数字写月份，不需要月份名称）。
date-long = { $year }年{ $month }月{ $day }日
month-1 = 一月
month-2 = 二月
month-3 = 三月
month-4 = 四月
month-5 = 五月
month-6 = 六月
month-7 = 七月
month-8 = 八月
month-9 = 九月
month-10 = 十月
month-11 = 十一月
month-12 = 十二月

letter-withdraw-after-interview-subject = { $formality ->
    [informal] { $role }职位申请：我的决定
   *[formal] 关于{ $role }职位申请的决定
}
letter-withdraw-after-interview-body = { $formality ->
    [informal]
        { $contact }，你好！

        谢谢你抽时间和我聊{ $company }的{ $role }职位。通过这次面试，我对团队和接下来的工作有了不少了解，聊得很愉快。

        我仔细想了想，还是决定撤回这次申请。这个职位和我接下来想走的职业方向不太一致，与其再占用你们的时间，不如现在就跟你说清楚。

        很感谢你和同事们抽出时间，也谢谢大家这么坦诚。希望以后还能保持联系，说不定哪天我们还有机会共事。

        祝好！
        { $signature }
   *[formal]
        { $contact }您好：

        感谢您抽出时间，与我就{ $company }的{ $role }一职进行交流。通过这次面试，我对团队及其未来的工作有了更多了解，收获良多。

        经过慎重考虑，我决定撤回此次申请。这个职位与我下一阶段的职业规划不太契合，与其继续占用您的时间，不如现在就坦诚相告。

        衷心感谢您和各位同事抽出宝贵时间，与我坦诚交流。希望今后能与您保持联系，也期待日后有缘再会。

        此致
        敬礼！

        { $signature }
}

letter-accepted-other-offer-subject = { $formality ->
    [informal] 关于{ $role }职位录用通知的回复
   *[formal] 关于{ $role }职位录用通知的答复
}
letter-accepted-other-offer-body = { $formality ->
    [informal]
        { $contact }，你好！

        非常感谢{ $company }给我发来{ $role }职位的录用通知，也谢谢你在整个过程中这么费心。

        纠结了很久，我还是决定婉拒这份录用通知。我已经接受了另一个和我的规划更契合一些的职位，这个选择对我来说并不容易。

        我很欣赏你们团队正在做的事，也谢谢你对我的信任。希望我们以后保持联系，将来有机会一起共事。

        祝一切顺利！
        { $signature }
   *[formal]
        { $contact }您好：

        非常感谢{ $company }向我发出{ $role }一职的录用通知，也感谢您在整个招聘过程中的悉心安排。

        经过再三考虑，我决定婉拒这份录用通知。我已接受了另一个与我的职业规划更为契合的职位，做出这个决定并不容易。

        我十分钦佩贵团队正在开展的工作，也感谢您对我的信任。希望今后能与您保持联系，期待将来有机会合作。

        顺祝商祺！
        { $signature }
}

letter-relocation-not-feasible-subject = { $formality ->
    [informal] 关于{ $role }职位录用通知的回复
   *[formal] 关于{ $role }职位录用通知的答复
}
letter-relocation-not-feasible-body = { $formality ->
    [informal]
        { $contact }，你好！

        谢谢{ $company }给我发来{ $role }职位的录用通知，收到的时候我真的很开心。

        不过和家里人商量之后，我只能婉拒这份录用通知。现阶段搬家对我们家来说不太现实，我也没办法全身心投入这份工作。

        非常感谢你为此花了这么多时间，还为我的搬迁提供了支持。以后如果有适合我情况的职位，很希望能再听到你的消息，我们保持联系！

        祝好！
        { $signature }
   *[formal]
        { $contact }您好：

        感谢{ $company }向我发出{ $role }一职的录用通知，收到这个消息，我非常高兴。

        与家人认真商量之后，我不得不婉拒这份录用通知。目前举家搬迁对我的家庭来说并不现实，在这种情况下，我也无法给予这个职位应有的投入。

        衷心感谢您为此投入的时间，以及贵公司为搬迁提供的支持。日后如有适合我情况的职位，期待能收到您的消息，也希望我们保持联系。

        此致
        敬礼！

        { $signature }
}

letter-negotiate-instead-subject = { $formality ->
    [informal] 关于{ $role }职位，想和你确认几个问题
   *[formal] 关于{ $role }职位录用通知的几点咨询
}
letter-negotiate-instead-body = { $formality ->
    [informal]
        { $contact }，你好！

        谢谢{ $company }给我发来{ $role }职位的录用通知，我对这个职位和团队都很感兴趣。

        在正式答复你之前，有几点想和你再聊聊：[希望调整的内容，例如薪资、入职日期或远程办公天数]。想了解一下这几方面有没有商量的余地。

        这周能不能找个时间简单聊一下？我希望做出一个对双方都好的决定，也很感谢你这么坦诚。

        祝好！
        { $signature }
   *[formal]
        { $contact }您好：

        感谢{ $company }向我发出{ $role }一职的录用通知。我对这个职位和团队都非常感兴趣。

        在正式答复之前，有几点我想与您进一步沟通：[希望调整的内容，例如薪资、入职日期或远程办公天数]。想了解这些方面是否还有调整的空间。

        不知本周能否约个时间简单聊一聊？我希望做出对双方都合适的决定，也感谢您一直以来的坦诚。

        顺祝商祺！
        { $signature }
}

letter-ask-for-time-subject = { $formality ->
    [informal] 关于{ $role }职位，想请你多给我几天时间
   *[formal] 关于{ $role }职位录用通知的答复时间
}
letter-ask-for-time-body = { $formality ->
    [informal]
        { $contact }，你好！

        谢谢{ $company }给我发来{ $role }职位的录用通知。我很珍惜这个机会，也想好好考虑清楚再答复你。

        能不能让我在{ $date }之前给你最终答复？不管最后怎么决定，我都会在这一天或更早跟你联系。

        如果你们需要我早点答复，尽管告诉我，我会尽量配合。

        谢谢你的理解。

        祝好！
        { $signature }
   *[formal]
        { $contact }您好：

        感谢{ $company }向我发出{ $role }一职的录用通知。我非常重视这个机会，希望经过慎重考虑后再给您答复。

        请问能否容我在{ $date }之前给您最终答复？无论结果如何，我都会在当天或更早与您联系。

        如果您需要更早得到答复，请告诉我，我会尽量配合。

        感谢您的理解。

        此致
        敬礼！

        { $signature }
}

# 通话稿：按框架的顺序说（致谢、决定、理由、感谢、保持联系、后续安排）。
# 各段会以大字逐段显示。
call-script = { $formality ->
    [informal]
        { $contact }，你好，我是{ $sender }。谢谢你接我的电话，现在方便聊几分钟吗？

        首先，再次谢谢你和团队在{ $company }的{ $role }职位招聘中为我花的时间。

        我认真考虑过了，决定还是不去了。

        主要原因一句话说就是：[一个真实、中立的理由，例如这个职位和我接下来想走的方向不太一致]。

        大家都特别坦诚，我很感激，也从我们的交流里学到了很多。

        希望以后还能保持联系。我等会儿会发一封简短的邮件，把今天聊的内容确认一下。

        再次谢谢你，祝你和团队一切顺利！
   *[formal]
        { $contact }您好，我是{ $sender }。感谢您接听我的电话，请问您现在方便说几分钟吗？

        首先，再次感谢您和团队在{ $company }的{ $role }职位招聘过程中为我投入的时间。

        经过慎重考虑，我决定放弃这次机会。

        主要原因用一句话来说就是：[一个真实、中立的理由，例如这个职位与我下一步的发展方向不太契合]。

        大家都非常坦诚，我很感激，也从我们的交流中学到了很多。

        希望今后能与您保持联系。稍后我会发一封简短的邮件，确认我们今天沟通的内容。

        再次感谢您，祝您和团队一切顺利！
}

letter-call-recap-subject = { $formality ->
    [informal] 今天通话的后续
   *[formal] 关于今天的通话
}
letter-call-recap-body = { $formality ->
    [informal]
        { $contact }，你好！

        谢谢你今天抽时间和我通电话。

        就像电话里说的，我决定不再继续应聘{ $company }的{ $role }职位了。这个决定并不容易，也很感谢你和团队跟我分享了那么多。

        希望我们以后保持联系，也祝招聘顺利，早日找到合适的人选！

        祝好！
        { $signature }
   *[formal]
        { $contact }您好：

        感谢您今天抽出时间与我通话。

        正如我在电话中所说，我决定不再继续应聘{ $company }的{ $role }一职。做出这个决定并不容易，非常感谢您和团队与我分享的一切。

        希望今后能与您保持联系，也祝招聘工作一切顺利。

        顺祝商祺！
        { $signature }
}

letter-stay-connected-subject = { $formality ->
    [informal] 以后常联系
   *[formal] 希望保持联系
}
letter-stay-connected-body = { $formality ->
    [informal]
        { $contact }，你好！

        再次谢谢你之前就{ $company }的{ $role }职位和我聊了那么多。虽然这次没能合作成，但很高兴认识你和团队。

        希望以后还能保持联系。如果有我能帮忙的地方，比如给你推荐合适的候选人，随时跟我说；以后有合适的职位，也记得想着我。

        祝好！
        { $signature }
   *[formal]
        { $contact }您好：

        再次感谢您与我就{ $company }的{ $role }职位进行的多次交流。虽然这次未能合作，但能认识您和团队，我感到非常高兴。

        希望今后能与您保持联系。如果有我能帮上忙的地方，比如为您推荐合适的候选人，请随时告诉我；今后如有合适的职位，也希望您能想到我。

        顺祝商祺！
        { $signature }
}

letter-interview-call-script-body = { $formality ->
    [informal]
        { $contact }，你好，我是{ $sender }。谢谢你接我的电话，现在方便聊两分钟吗？

        再次谢谢你安排了{ $company }的{ $role }职位面试，很高兴认识团队的各位。

        我认真考虑过了，决定撤回这次申请。这个职位和我接下来想走的方向不太一致。

        谢谢你抽出时间，也谢谢大家对我这么坦诚。

        希望以后还能保持联系。再次谢谢你，祝一切顺利！
   *[formal]
        { $contact }您好，我是{ $sender }。感谢您接听我的电话，请问现在方便占用您两分钟吗？

        再次感谢您为{ $company }的{ $role }职位安排面试，很高兴能认识团队的各位。

        经过慎重考虑，我决定撤回此次申请。这个职位与我下一步的职业方向不太契合。

        感谢您抽出宝贵的时间，也感谢大家对我的坦诚。

        希望今后能与您保持联系。再次感谢，祝您一切顺利！
}

letter-visa-unworkable-subject = { $formality ->
    [informal] 关于{ $role }职位录用通知的回复
   *[formal] 关于{ $role }职位录用通知的答复
}
letter-visa-unworkable-body = { $formality ->
    [informal]
        { $contact }，你好！

        再次谢谢你今天和我通电话，也谢谢{ $company }给我发来{ $role }职位的录用通知。

        就像电话里说的，我决定婉拒这份录用通知。按签证和工作担保的办理时间，我没办法在团队需要的时候入职，也不想因此耽误你们的计划。

        非常感谢你和团队为这件事付出的努力。希望我们以后保持联系，说不定哪天还会有交集。

        祝好！
        { $signature }
   *[formal]
        { $contact }您好：

        再次感谢您今天与我通话，也感谢{ $company }向我发出{ $role }一职的录用通知。

        正如我在电话中所说，我决定婉拒这份录用通知。按照签证和工作担保的办理周期，我无法在团队需要的时间入职，也不希望因此耽误贵公司的安排。

        衷心感谢您和团队为促成此事付出的努力。希望今后能与您保持联系，期待日后有缘再会。

        此致
        敬礼！

        { $signature }
}

letter-counteroffer-subject = { $formality ->
    [informal] 关于{ $role }职位录用通知的回复
   *[formal] 关于{ $role }职位录用通知的答复
}
letter-counteroffer-body = { $formality ->
    [informal]
        { $contact }，你好！

        谢谢{ $company }给我发来{ $role }职位的录用通知，也谢谢你在招聘过程中为我花了这么多时间。

        考虑了很久，我还是决定婉拒这份录用通知。现在的公司给了我一个新的机会，正好能让我朝自己想要的方向发展，所以我决定留下来。

        谢谢你的信任，也很高兴借这次机会更多地了解了你们团队。希望我们以后保持联系，将来还有机会再打交道。

        祝好！
        { $signature }
   *[formal]
        { $contact }您好：

        感谢{ $company }向我发出{ $role }一职的录用通知，也感谢您在招聘过程中为我投入的时间。

        经过反复考虑，我决定婉拒这份录用通知。目前的雇主为我提供了新的发展机会，正好符合我所希望的方向，因此我决定留任。

        感谢您的信任，也很高兴能借此更多地了解贵团队。希望今后能与您保持联系，期待日后有缘再会。

        顺祝商祺！
        { $signature }
}

letter-many-rounds-call-script-body = { $formality ->
    [informal]
        { $contact }，你好，我是{ $sender }。谢谢你接我的电话，现在方便说几句吗？

        首先要谢谢你。这几轮面试下来，你和团队在我身上花了很多时间，这份心意我一直记着。

        关于{ $company }的{ $role }职位，我决定还是不去了。这个决定很难做，所以我想亲口告诉你。

        每一次交流我都很珍惜，也从见到的每个人身上学到了很多。

        真心希望以后还能保持联系。我今天会发一封简短的邮件，把我们聊的内容确认一下。
   *[formal]
        { $contact }您好，我是{ $sender }。感谢您接听我的电话，请问现在方便说几句吗？

        首先要向您道谢。这几轮面试中，您和团队为我投入了大量时间，我非常珍惜，从未视为理所当然。

        我决定放弃{ $company }的{ $role }职位。这个决定很艰难，所以我想亲口告诉您。

        每一次交流我都十分珍视，也从见到的各位身上学到了很多。

        真心希望今后能与您保持联系。我今天会发一封简短的邮件，确认我们沟通的内容。
}

letter-active-relocation-subject = { $formality ->
    [informal] { $role }职位和搬迁的事
   *[formal] 关于{ $role }职位及搬迁事宜
}
letter-active-relocation-body = { $formality ->
    [informal]
        { $contact }，你好！

        谢谢你和{ $company }在{ $role }职位和搬迁这件事上给我的所有支持。

        有件事必须告诉你：我决定不入职了。我知道搬迁已经在进行中，所以想坦白说明目前已经办了哪些事：[列出已启动的手续、已领取的公司物品、已支付的费用]。

        属于公司的东西我都会还回去，按约定该退还的费用我也会退还。你看怎么处理比较好，告诉我就行。

        真的很感谢你的帮助，也很抱歉给你们添了额外的麻烦。希望以后还能保持联系。

        祝好！
        { $signature }
   *[formal]
        { $contact }您好：

        感谢您和{ $company }在{ $role }职位及搬迁事宜上给予我的全力支持。

        有一件事必须告诉您：我决定放弃入职。我知道搬迁工作已经启动，因此想坦诚说明目前已办理的事项：[列出已启动的手续、已领取的公司物品、已支付的费用]。

        我会归还所有属于公司的物品，并按照双方约定偿还相应的费用。请告知您希望如何处理。

        衷心感谢您的帮助，也很抱歉给您增添了额外的工作。希望今后能与您保持联系。

        此致
        敬礼！

        { $signature }
}

letter-repair-subject = { $formality ->
    [informal] 关于我上次的邮件
   *[formal] 关于我此前的来信
}
letter-repair-body = { $formality ->
    [informal]
        { $contact }，你好！

        我一直在回想之前婉拒{ $company }的{ $role }职位时写的那封邮件，感觉没能表达出我的本意。

        我想说清楚：我真的很感谢你和团队为我花的时间和心思。我的决定完全是出于我个人的情况，和你或你们公司都没有关系。

        希望这件事没有让你不舒服，也希望我们以后还能保持联系。谢谢你的理解。

        祝好！
        { $signature }
   *[formal]
        { $contact }您好：

        我一直在回想之前婉拒{ $company }的{ $role }职位时的措辞，感觉那封邮件没有准确表达我的本意。

        我想明确地说，我非常感谢您和团队为我付出的时间与用心。我的决定完全出于个人情况，与您和贵公司无关。

        希望此事没有给您留下不好的印象，也希望今后能与您保持联系。感谢您的理解。

        此致
        敬礼！

        { $signature }
}

letter-reopen-subject = { $formality ->
    [informal] { $company }的{ $role }职位
   *[formal] 关于{ $company }的{ $role }职位
}
letter-reopen-body = { $formality ->
    [informal]
        { $contact }，你好！

        谢谢你今年早些时候考虑让我担任{ $company }的{ $role }职位。当时我婉拒了，你还是很大度地接受了，我一直很感激。

        后来我的情况有了变化，现在这个职位正好和我想走的方向一致。如果这个职位或类似的职位还在招人，我很希望能再和你聊一聊。

        接下来几周能不能找个时间简单聊一下？我也很乐意跟你说说具体有哪些变化。

        祝好！
        { $signature }
   *[formal]
        { $contact }您好：

        感谢您今年早些时候考虑由我担任{ $company }的{ $role }一职。当时我婉拒了这个机会，您的大度与理解令我十分感激。

        此后我的情况有所变化，如今这个职位与我的发展方向十分契合。如果该职位或类似职位仍在招聘，我非常希望能与您再谈一谈。

        不知未来几周能否约个时间简短沟通？我很乐意向您介绍具体有哪些变化。

        顺祝商祺！
        { $signature }
}

# 本语言的信件是否区分正式程度（Sie/du、敬语、您/你）："yes" 或 "no"。
letter-formality-marked = yes
