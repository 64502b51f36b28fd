# Modelos de carta (pt-BR). Variáveis: $company, $role, $contact, $sender (o nome),
# $signature (a assinatura do perfil, ou então o nome), $formality (formal / informal),
# $address (a forma de tratamento digitada, ou então o nome do contato) e $address_given
# ("yes"/"no"). Em português o cumprimento usa o próprio nome ("Olá, { $contact },"), então o
# campo não é pedido. $company e $role chegam como foram digitados ("Itaú", "Nubank", "IBM"):
# nunca use artigo antes do nome da empresa ("na Itaú" está errado, "no Nubank" não serve
# para "Natura"); escreva "na empresa { $company }", "da empresa { $company }".
# Um campo vazio aparece como o seu rótulo entre colchetes, por exemplo: "[empresa]".

placeholder-company = empresa
placeholder-role = cargo
placeholder-contact = nome do contato
placeholder-sender = seu nome
placeholder-date = data da sua resposta

# Uma data como as cartas a escrevem. $day, $month e $year são números; $monthname é o nome do mês.
date-long = { $day } de { $monthname } de { $year }
month-1 = janeiro
month-2 = fevereiro
month-3 = março
month-4 = abril
month-5 = maio
month-6 = junho
month-7 = julho
month-8 = agosto
month-9 = setembro
month-10 = outubro
month-11 = novembro
month-12 = dezembro

letter-withdraw-after-interview-subject = { $formality ->
    [informal] Minha decisão sobre a vaga de { $role }
   *[formal] Candidatura ao cargo de { $role }: minha decisão
}
letter-withdraw-after-interview-body = { $formality ->
    [informal]
        Oi, { $contact }!

        Queria agradecer pela nossa conversa sobre a vaga de { $role } na empresa { $company }. Adorei conhecer a equipe e saber mais sobre os projetos que vêm por aí.

        Pensei bastante e decidi retirar minha candidatura. A vaga não combina com o rumo que quero dar à minha carreira agora, e prefiro avisar logo a tomar ainda mais do seu tempo.

        Agradeço de verdade pelo tempo e pela abertura que você e a equipe tiveram comigo. Vamos manter contato? Espero que nossos caminhos se cruzem de novo.

        Um abraço,
        { $signature }
   *[formal]
        Olá, { $contact },

        Agradeço a conversa sobre o cargo de { $role } na empresa { $company }. Foi muito bom conhecer a equipe e os desafios que ela tem pela frente.

        Depois de refletir com cuidado, decidi retirar minha candidatura. O cargo não se alinha ao rumo que pretendo dar à minha carreira neste momento, e prefiro comunicar isso agora a tomar ainda mais do seu tempo.

        Agradeço sinceramente o tempo que você e sua equipe me dedicaram e a abertura com que me receberam. Terei prazer em manter contato e espero que nossos caminhos voltem a se cruzar.

        Atenciosamente,
        { $signature }
}

letter-accepted-other-offer-subject = { $formality ->
    [informal] Sua proposta para a vaga de { $role }
   *[formal] Proposta para o cargo de { $role }
}
letter-accepted-other-offer-body = { $formality ->
    [informal]
        Oi, { $contact }!

        Agradeço demais pela proposta para a vaga de { $role } na empresa { $company } e por todo o cuidado que você teve comigo durante o processo.

        Depois de pensar bastante, decidi não aceitar. Acabei aceitando outra vaga que combina um pouco mais com os meus planos — e não foi uma escolha fácil.

        Admiro muito o que vocês estão construindo e agradeço pela confiança. Vamos manter contato; quem sabe a gente ainda trabalha junto no futuro!

        Um abraço,
        { $signature }
   *[formal]
        Olá, { $contact },

        Agradeço muito a proposta para o cargo de { $role } na empresa { $company }, assim como todo o cuidado ao longo do processo seletivo.

        Depois de muita reflexão, decidi não aceitar a proposta. Aceitei outra posição, um pouco mais alinhada aos meus planos, e não foi uma escolha fácil.

        Tenho grande respeito pelo que sua equipe está construindo e agradeço a confiança depositada em mim. Terei prazer em manter contato e espero que possamos trabalhar em conjunto no futuro.

        Cordialmente,
        { $signature }
}

# Após uma proposta, quando o próprio cargo não é o ideal (valores, forma de trabalhar, rumo),
# ou por um motivo pessoal que não envolve mudança de cidade ou país. Neutra de propósito:
# o motivo não é explicitado.
letter-not-right-fit-after-offer-subject = { $formality ->
    [informal] Sua proposta para a vaga de { $role }
   *[formal] Proposta para o cargo de { $role }
}
letter-not-right-fit-after-offer-body = { $formality ->
    [informal]
        Oi, { $contact }!

        Agradeço pela proposta para a vaga de { $role } na empresa { $company } e por todo o tempo que você e a equipe dedicaram a mim.

        Pensei bastante e decidi não aceitar. Cheguei à conclusão de que a vaga não é a certa para mim neste momento, e prefiro avisar logo a deixar você esperando.

        Adorei conhecer a equipe e agradeço pela confiança. Vamos manter contato — espero que nossos caminhos se cruzem de novo.

        Um abraço,
        { $signature }
   *[formal]
        Olá, { $contact },

        Agradeço a proposta para o cargo de { $role } na empresa { $company } e o tempo que você e a equipe investiram em mim.

        Depois de refletir com cuidado, decidi não aceitar a proposta. Concluí que o cargo não é o mais adequado para mim neste momento, e prefiro comunicar isso agora em vez de deixar você aguardando.

        Gostei muito de conhecer a equipe e agradeço a confiança depositada em mim. Terei prazer em manter contato e espero que nossos caminhos voltem a se cruzar.

        Atenciosamente,
        { $signature }
}

# Depois que a pessoa pediu condições melhores (salário, data de início, dias de trabalho
# remoto…) e a empresa não conseguiu atendê-la. Agradece o esforço e não reabre a negociação.
letter-after-negotiation-subject = { $formality ->
    [informal] Sua proposta para a vaga de { $role }
   *[formal] Proposta para o cargo de { $role }
}
letter-after-negotiation-body = { $formality ->
    [informal]
        Oi, { $contact }!

        Agradeço por vocês terem revisto as condições da proposta para a vaga de { $role } na empresa { $company } e por você ter sido tão transparente sobre o que era possível.

        Pensei bem na proposta final e decidi recusá-la. Entendo os limites com que vocês trabalham e respeito isso, mas, no fim, a diferença ficou grande demais para mim.

        Agradeço muito pelo tempo e pelo esforço que vocês dedicaram a isso. Vamos manter contato — quem sabe a gente ainda trabalha junto numa próxima oportunidade!

        Um abraço,
        { $signature }
   *[formal]
        Olá, { $contact },

        Agradeço por terem revisto as condições da proposta para o cargo de { $role } na empresa { $company } e pela transparência sobre o que era possível.

        Avaliei a proposta final com cuidado e decidi recusá-la. Compreendo os limites dentro dos quais vocês atuam e os respeito; no fim, porém, a diferença é grande demais para mim.

        Agradeço sinceramente o tempo e o empenho dedicados a isso. Terei prazer em manter contato e espero que possamos trabalhar em conjunto em outra oportunidade.

        Atenciosamente,
        { $signature }
}

letter-relocation-not-feasible-subject = { $formality ->
    [informal] Sua proposta para a vaga de { $role }
   *[formal] Proposta para o cargo de { $role }
}
letter-relocation-not-feasible-body = { $formality ->
    [informal]
        Oi, { $contact }!

        Agradeço pela proposta para a vaga de { $role } na empresa { $company } — fiquei muito feliz com ela.

        Conversamos bastante aqui em casa e, infelizmente, vou ter que recusar. Mudar agora não é viável para a minha família, e eu não conseguiria me dedicar à vaga como ela merece.

        Agradeço de coração pelo tempo que você investiu e pelo apoio que vocês ofereceram para a mudança. Se mais para a frente aparecer uma vaga que combine com a minha situação, vou adorar ter notícias suas. Vamos manter contato!

        Um abraço,
        { $signature }
   *[formal]
        Olá, { $contact },

        Agradeço a proposta para o cargo de { $role } na empresa { $company }. Fiquei muito feliz em recebê-la.

        Depois de avaliar a questão com minha família, infelizmente preciso recusá-la. Uma mudança neste momento não é viável para nós, e eu não conseguiria me dedicar ao cargo como ele merece.

        Agradeço sinceramente o tempo investido e o apoio oferecido para a mudança. Se no futuro surgir uma vaga compatível com a minha situação, será um prazer ter notícias suas. Gostaria muito de continuarmos em contato.

        Cordialmente,
        { $signature }
}

letter-negotiate-instead-subject = { $formality ->
    [informal] Sua proposta para a vaga de { $role }: algumas perguntas
   *[formal] Proposta para o cargo de { $role }: alguns pontos
}
letter-negotiate-instead-body = { $formality ->
    [informal]
        Oi, { $contact }!

        Agradeço pela proposta para a vaga de { $role } na empresa { $company }. A vaga e a equipe me interessam muito.

        Antes de te dar uma resposta, queria conversar sobre alguns pontos: [o que você quer mudar, por exemplo, salário, data de início ou dias de home office]. Você acha que existe alguma flexibilidade nisso?

        Será que a gente consegue conversar rapidinho esta semana? Quero chegar a uma decisão que seja boa para os dois lados, e agradeço muito pela abertura.

        Um abraço,
        { $signature }
   *[formal]
        Olá, { $contact },

        Agradeço a proposta para o cargo de { $role } na empresa { $company }. Tenho real interesse no cargo e na equipe.

        Antes de dar minha resposta, gostaria de conversar sobre alguns pontos: [o que você gostaria de mudar, por exemplo, salário, data de início ou dias de trabalho remoto]. Meu objetivo é entender se há alguma flexibilidade nesse sentido.

        Seria possível marcarmos uma conversa breve ainda esta semana? Busco uma decisão que seja boa para ambas as partes e agradeço desde já a sua abertura.

        Atenciosamente,
        { $signature }
}

letter-ask-for-time-subject = { $formality ->
    [informal] Sua proposta para a vaga de { $role }
   *[formal] Proposta para o cargo de { $role }
}
letter-ask-for-time-body = { $formality ->
    [informal]
        Oi, { $contact }!

        Agradeço pela proposta para a vaga de { $role } na empresa { $company }. Fiquei muito feliz com ela e quero pensar com calma antes de decidir.

        Tudo bem se eu te der uma resposta definitiva até { $date }? Até essa data eu entro em contato com você, seja qual for a decisão.

        Se vocês precisarem da resposta antes, é só me avisar que eu faço o possível para adiantar.

        Agradeço pela compreensão!

        Um abraço,
        { $signature }
   *[formal]
        Olá, { $contact },

        Agradeço a proposta para o cargo de { $role } na empresa { $company }. Ela é muito importante para mim, e quero avaliá-la com o cuidado que merece.

        Seria possível enviar minha resposta definitiva até { $date }? Entrarei em contato até essa data, qualquer que seja a minha decisão.

        Caso precise de uma resposta antes, peço que me avise, e farei o possível para atender.

        Agradeço a compreensão.

        Atenciosamente,
        { $signature }
}

# Uma frase, neutra e verdadeira, para quando perguntarem "por quê?" (numa ligação ou
# acrescentada a uma carta). O app escolhe a que corresponde ao obstáculo apontado no
# checklist; why-general quando nada é apontado. Quem fala é a pessoa candidata; a frase
# nunca culpa a empresa. Sem $formality: as frases não se dirigem a ninguém, então servem
# para os dois tons, e não marcam o gênero de quem fala.
why-compensation = No fim das contas, o pacote como um todo não se encaixa na minha situação.
why-start-date = Os prazos não batem: eu não conseguiria começar quando a equipe precisa de mim.
why-role-scope = O escopo do cargo não é bem o que estou buscando para o meu próximo passo.
why-remote-work = A divisão entre trabalho presencial e remoto não se encaixa na minha situação.
why-relocation-support = Nessas condições, a mudança não seria viável para mim.
why-values = Estou buscando outro tipo de ambiente e prefiro dizer isso com franqueza.
why-way-of-working = A forma de trabalhar não combina com o jeito como eu trabalho melhor.
why-long-term-direction = O cargo não aponta para a direção que quero dar à minha carreira agora.
why-personal-compromise = Por motivos pessoais, este não é o momento certo para eu fazer essa mudança.
why-general = No momento, este não é o passo certo para mim.

# O roteiro da ligação: o que dizer, na ordem da estrutura (agradecimento, decisão, motivo,
# gratidão, manter contato, próximos passos). Os parágrafos aparecem um a um, em letra grande.
# $why é uma das frases why-* acima, escolhida a partir do motivo apontado no checklist.
call-script = { $formality ->
    [informal]
        Oi, { $contact }, tudo bem? Que bom que você pôde atender! Tem uns minutinhos?

        Primeiro, queria agradecer de novo pelo tempo que você e a equipe dedicaram a mim no processo da vaga de { $role } na empresa { $company }.

        Pensei bastante e decidi não seguir adiante.

        { $why }

        Gostei muito de como todo mundo foi aberto comigo, e aprendi bastante com as nossas conversas.

        Adoraria manter contato, e vou te mandar um e-mail rapidinho confirmando o que a gente conversou hoje.

        Mais uma vez, agradeço muito, e tudo de bom para você e para a equipe!
   *[formal]
        Olá, { $contact }, agradeço por atender minha ligação. Você teria alguns minutos?

        Antes de tudo, quero reiterar meu agradecimento pelo tempo que você e a equipe me dedicaram no processo para o cargo de { $role } na empresa { $company }.

        Refleti com cuidado e decidi não seguir adiante.

        { $why }

        Valorizei muito a abertura de todos e aprendi bastante com as nossas conversas.

        Gostaria de manter contato e vou enviar um breve e-mail confirmando o que conversamos hoje.

        Agradeço mais uma vez e desejo tudo de bom a você e à equipe.
}

letter-call-recap-subject = { $formality ->
    [informal] Sobre a nossa conversa de hoje
   *[formal] Confirmação da nossa conversa de hoje
}
letter-call-recap-body = { $formality ->
    [informal]
        Oi, { $contact }!

        Agradeço por ter tirado um tempinho para conversar comigo hoje.

        Como te falei na ligação, decidi não seguir adiante com a vaga de { $role } na empresa { $company }. Não foi uma decisão fácil, e agradeço muito por tudo o que você e a equipe compartilharam comigo.

        Vamos manter contato! Desejo muito sucesso na busca pela pessoa certa.

        Um abraço,
        { $signature }
   *[formal]
        Olá, { $contact },

        Agradeço por ter reservado um tempo para conversar comigo hoje.

        Conforme mencionei na ligação, decidi não dar continuidade à minha candidatura ao cargo de { $role } na empresa { $company }. Não foi uma decisão fácil, e agradeço muito tudo o que você e a equipe compartilharam comigo.

        Terei prazer em manter contato e desejo muito sucesso na busca pela pessoa certa para a vaga.

        Atenciosamente,
        { $signature }
}

# Uma mensagem para um convite numa rede profissional: sem assunto e com no máximo 300
# caracteres já com os nomes preenchidos (o limite desses convites), por isso tão curta.
letter-stay-connected-body = { $formality ->
    [informal]
        Oi, { $contact }! Agradeço de novo pelas nossas conversas sobre a vaga de { $role } na empresa { $company }. Não deu certo desta vez, mas adorei conhecer você e a equipe, e vou gostar muito de manter contato.

        Um abraço,
        { $signature }
   *[formal]
        Olá, { $contact }! Agradeço mais uma vez as conversas sobre o cargo de { $role } na empresa { $company }. Embora não tenha dado certo desta vez, foi um prazer conhecer você e a equipe, e gostaria muito de manter contato.

        Cordialmente,
        { $signature }
}

letter-interview-call-script-body = { $formality ->
    [informal]
        Oi, { $contact }, aqui é { $sender }! Que bom que você pôde atender — tem dois minutinhos?

        Queria agradecer de novo pela entrevista para a vaga de { $role } na empresa { $company }. Adorei conhecer a equipe.

        Pensei bastante e decidi retirar minha candidatura. A vaga não combina com o rumo que quero dar à minha carreira agora.

        Agradeço muito pelo seu tempo e por todo mundo ter sido tão aberto comigo.

        Vamos manter contato! Mais uma vez, agradeço muito. Tudo de bom!
   *[formal]
        Olá, { $contact }, aqui é { $sender }. Agradeço por atender minha ligação; você teria dois minutos?

        Quero agradecer mais uma vez pela entrevista para o cargo de { $role } na empresa { $company }. Foi muito bom conhecer a equipe.

        Refleti com cuidado e decidi retirar minha candidatura. O cargo não se alinha ao rumo que pretendo dar à minha carreira neste momento.

        Valorizo muito o seu tempo e a abertura com que todos me receberam.

        Gostaria muito de manter contato. Desejo tudo de bom a você e à equipe.
}

letter-visa-unworkable-subject = { $formality ->
    [informal] Sua proposta para a vaga de { $role }
   *[formal] Proposta para o cargo de { $role }
}
letter-visa-unworkable-body = { $formality ->
    [informal]
        Oi, { $contact }!

        Agradeço de novo pela conversa de hoje e pela proposta para a vaga de { $role } na empresa { $company }.

        Como expliquei na ligação, decidi recusar a proposta. Com os prazos do visto e da autorização de trabalho, eu não conseguiria começar quando vocês precisam, e não quero atrasar os planos da equipe.

        Agradeço muito por todo o esforço que você e a equipe fizeram para que isso desse certo. Vamos manter contato — espero que nossos caminhos se cruzem de novo.

        Um abraço,
        { $signature }
   *[formal]
        Olá, { $contact },

        Agradeço mais uma vez a conversa de hoje e a proposta para o cargo de { $role } na empresa { $company }.

        Conforme expliquei na ligação, decidi recusar a proposta. Os prazos do visto e da autorização de trabalho não permitiriam que eu começasse quando a equipe precisa, e não gostaria de atrasar o planejamento de vocês.

        Agradeço muito todo o empenho seu e da equipe para viabilizar a contratação. Terei prazer em manter contato e espero que nossos caminhos voltem a se cruzar.

        Atenciosamente,
        { $signature }
}

letter-counteroffer-subject = { $formality ->
    [informal] Sua proposta para a vaga de { $role }
   *[formal] Proposta para o cargo de { $role }
}
letter-counteroffer-body = { $formality ->
    [informal]
        Oi, { $contact }!

        Agradeço pela proposta para a vaga de { $role } na empresa { $company } e por todo o tempo que você dedicou a mim durante o processo.

        Pensei muito e decidi recusar. A empresa onde trabalho hoje me fez uma contraproposta que me permite crescer na direção que eu buscava, então resolvi ficar por lá.

        Agradeço pela confiança e por tudo o que aprendi sobre a equipe de vocês. Vamos manter contato — espero que nossos caminhos se cruzem de novo.

        Um abraço,
        { $signature }
   *[formal]
        Olá, { $contact },

        Agradeço a proposta para o cargo de { $role } na empresa { $company } e o tempo que você dedicou a mim durante o processo.

        Após muita reflexão, decidi recusá-la. A empresa em que trabalho atualmente me fez uma contraproposta que me permite crescer na direção que eu buscava, e optei por permanecer lá.

        Agradeço a confiança e tudo o que aprendi sobre a sua equipe. Terei prazer em manter contato e espero que nossos caminhos voltem a se cruzar.

        Atenciosamente,
        { $signature }
}

letter-many-rounds-call-script-body = { $formality ->
    [informal]
        Oi, { $contact }, aqui é { $sender }! Que bom que você pôde atender — pode falar agora?

        Antes de tudo, quero agradecer. Você e a equipe me dedicaram bastante tempo nessas etapas todas, e sei o quanto isso vale.

        Decidi não seguir adiante com a vaga de { $role } na empresa { $company }. Foi uma decisão difícil, e eu queria que você ouvisse isso direto de mim.

        Gostei muito de cada conversa e aprendi demais com as pessoas que conheci.

        Queria muito manter contato. Ainda hoje te mando um e-mail rapidinho confirmando o que a gente conversou.
   *[formal]
        Olá, { $contact }, aqui é { $sender }. Agradeço por atender minha ligação; este é um bom momento para conversarmos?

        Antes de tudo, quero agradecer. Você e a equipe me dedicaram muito tempo ao longo dessas etapas, e sei o quanto isso vale.

        Decidi não seguir adiante com o cargo de { $role } na empresa { $company }. Foi uma decisão difícil, e eu queria que você soubesse diretamente por mim.

        Valorizei cada conversa e aprendi muito com as pessoas que conheci.

        Gostaria muito de manter contato. Ainda hoje vou enviar um breve e-mail confirmando o que conversamos.
}

# A carta não promete reembolsar nada antes de o contrato ser conferido.
letter-active-relocation-subject = { $formality ->
    [informal] A vaga de { $role } e a minha mudança
   *[formal] O cargo de { $role } e a minha mudança
}
letter-active-relocation-body = { $formality ->
    [informal]
        Oi, { $contact }!

        Queria agradecer por todo o apoio que recebi de você e da empresa { $company } com a vaga de { $role } e com a mudança.

        Preciso te contar que decidi não assumir a vaga. Sei que a mudança já está em andamento, então quero ser transparente sobre o que já foi feito: [liste os trâmites iniciados, os bens da empresa recebidos e os custos já pagos].

        Vou devolver tudo o que é da empresa. Quanto aos custos que já foram pagos, vou ver o que o nosso acordo diz e depois te dou um retorno sobre como acertar isso. Me conta como vocês preferem resolver o resto.

        Agradeço de verdade pela ajuda e sinto muito pelo trabalho extra. Adoraria manter contato.

        Um abraço,
        { $signature }
   *[formal]
        Olá, { $contact },

        Agradeço todo o apoio que você e a empresa { $company } me deram em relação ao cargo de { $role } e à mudança.

        Infelizmente, preciso informar que decidi não assumir o cargo. Sei que a mudança já está em andamento, por isso quero ser transparente sobre o que já foi feito: [liste os trâmites iniciados, os bens da empresa recebidos e os custos já pagos].

        Devolverei tudo o que pertence à empresa. Quanto aos custos já pagos, vou verificar o que prevê o nosso acordo e retornarei com uma proposta de como acertá-los. Peço que me informe como prefere conduzir as demais questões.

        Agradeço sinceramente a sua ajuda e lamento o trabalho adicional. Terei prazer em manter contato.

        Atenciosamente,
        { $signature }
}

letter-repair-subject = { $formality ->
    [informal] Sobre a minha última mensagem
   *[formal] Complemento à minha mensagem anterior
}
letter-repair-body = { $formality ->
    [informal]
        Oi, { $contact }!

        Fiquei pensando em como recusei a vaga de { $role } na empresa { $company } e acho que minha mensagem não passou o que eu queria dizer.

        Então quero deixar bem claro: agradeço muito pelo tempo e pelo cuidado que você e a sua equipe tiveram comigo. Minha decisão teve a ver com a minha situação, não com você nem com a empresa.

        Se eu puder ajudar de alguma forma, por exemplo indicando alguém para a vaga, vai ser um prazer. Também adoraria manter contato, se você topar.

        Agradeço pela compreensão!

        Um abraço,
        { $signature }
   *[formal]
        Olá, { $contact },

        Tenho refletido sobre a forma como recusei o cargo de { $role } na empresa { $company } e sinto que minha mensagem não transmitiu o que eu pretendia.

        Quero deixar claro que agradeço muito o tempo e a atenção que você e sua equipe me dedicaram. Minha decisão teve a ver com a minha situação pessoal, e não com você ou com a empresa.

        Se eu puder ajudar de alguma forma, por exemplo indicando alguém para o cargo, será um prazer. Também gostaria de manter contato, se você estiver de acordo.

        Agradeço a compreensão.

        Atenciosamente,
        { $signature }
}

# Escrita algum tempo depois de uma recusa, quando a situação da pessoa mudou. Diz o que
# mudou (a parte entre colchetes) e admite que a vaga talvez já tenha sido preenchida.
letter-reopen-subject = { $formality ->
    [informal] A vaga de { $role } na empresa { $company }
   *[formal] O cargo de { $role } na empresa { $company }
}
letter-reopen-body = { $formality ->
    [informal]
        Oi, { $contact }!

        Agradeço de novo por você ter pensado em mim para a vaga de { $role } na empresa { $company }. Na época eu recusei, e gostei muito da forma tranquila como você recebeu a notícia.

        De lá para cá, minha situação mudou: [o que mudou, por exemplo, agora minha família pode se mudar]. A vaga agora combina com o rumo que quero seguir. Sei que ela pode muito bem já ter sido preenchida; se ela, ou alguma parecida, ainda estiver aberta, eu adoraria conversar de novo.

        Será que a gente consegue marcar uma conversa rápida nas próximas semanas?

        Um abraço,
        { $signature }
   *[formal]
        Olá, { $contact },

        Agradeço mais uma vez por ter considerado minha candidatura ao cargo de { $role } na empresa { $company }. Na ocasião, recusei a proposta e guardo com apreço a gentileza com que você recebeu a minha decisão.

        Desde então, minha situação mudou: [o que mudou, por exemplo, agora minha família pode se mudar]. O cargo agora se alinha ao rumo que quero seguir. Compreendo que a vaga talvez já tenha sido preenchida; se ela, ou uma semelhante, ainda estiver aberta, eu teria muito prazer em conversar novamente.

        Seria possível marcarmos uma conversa breve nas próximas semanas?

        Atenciosamente,
        { $signature }
}

# Se as cartas neste idioma distinguem a formalidade (Sie/du, keigo…): "yes" ou "no".
letter-formality-marked = yes
# Se o cumprimento precisa de uma forma de tratamento própria (o vocativo do ucraniano ou do
# polonês): "yes" faz o editor pedi-la, com o exemplo abaixo. Em português, não.
letter-address-asked = no
# Um exemplo de forma de tratamento, mostrado no campo vazio (só onde é pedida).
letter-address-hint = ex.: Sra. Souza

## Respostas ao retorno da empresa. Escritas depois que a pessoa recusou a proposta (ou pediu
## mais tempo) e a empresa respondeu. Todas mantêm o tom da recusa: breves, cordiais e sinceras.

# A empresa melhorou a proposta depois da recusa, e a decisão continua a mesma. Agradece o
# esforço e não dá a entender que um valor maior mudaria alguma coisa.
letter-improved-offer-hold-subject = { $formality ->
    [informal] Re: Vaga de { $role } na empresa { $company }
   *[formal] Re: Cargo de { $role } na empresa { $company }
}
letter-improved-offer-hold-body = { $formality ->
    [informal]
        Oi, { $contact }!

        Agradeço pela mensagem e pela nova proposta para a vaga de { $role } na empresa { $company }. Significa muito para mim que você tenha ido conversar de novo com a equipe para defender a minha contratação.

        Pensei bastante, e minha decisão continua a mesma: não vou aceitar a proposta. Nunca foi só uma questão de números, e não quero que vocês segurem a vaga por minha causa.

        Agradeço de verdade pelo esforço que você e seus colegas fizeram. Vamos manter contato — espero que nossos caminhos se cruzem de novo.

        Um abraço,
        { $signature }
   *[formal]
        Olá, { $contact },

        Agradeço a mensagem e a nova proposta para o cargo de { $role } na empresa { $company }. Significa muito para mim que você tenha intercedido junto à equipe em meu favor.

        Refleti com cuidado e mantenho minha decisão: não aceitarei a proposta. A questão nunca foi apenas financeira, e não gostaria que vocês mantivessem a vaga aberta à minha espera.

        Agradeço sinceramente o empenho seu e de seus colegas. Terei prazer em manter contato e espero que nossos caminhos voltem a se cruzar.

        Atenciosamente,
        { $signature }
}

# A empresa melhorou a proposta e isso muda, sim, o quadro: a pessoa diz isso com franqueza e
# informa a data da resposta definitiva ($date, a mesma data do compromisso registrado no app).
# A parte entre colchetes é para a pessoa escrever com as próprias palavras. Sem palavras de
# recusa ("recusar", "recusa", "declinar"): a carta não pode soar como uma negativa.
letter-improved-offer-reopen-subject = { $formality ->
    [informal] Sua nova proposta para a vaga de { $role }
   *[formal] Nova proposta para o cargo de { $role }
}
letter-improved-offer-reopen-body = { $formality ->
    [informal]
        Oi, { $contact }!

        Agradeço por você ter voltado a me procurar com uma nova proposta para a vaga de { $role } na empresa { $company }. Foi uma surpresa, e fico muito feliz com o gesto.

        Quero ser transparente com você: as novas condições mudam as coisas para mim, e eu gostaria de repensar a minha decisão com calma em vez de responder na hora. [o que mudou, por exemplo, o novo salário agora cobre os custos da mudança]

        Tudo bem se eu te der a minha resposta até { $date }? Se ajudar, podemos conversar antes disso.

        Um abraço,
        { $signature }
   *[formal]
        Olá, { $contact },

        Recebi com satisfação a sua nova proposta para o cargo de { $role } na empresa { $company }. Foi uma grata surpresa, e agradeço a consideração.

        Quero ser transparente: as novas condições mudam o quadro para mim, e gostaria de reconsiderar minha decisão com a devida atenção em vez de responder de imediato. [o que mudou, por exemplo, o novo salário agora cobre os custos da mudança]

        Seria possível enviar minha resposta até { $date }? Se for útil, podemos conversar antes dessa data.

        Atenciosamente,
        { $signature }
}

# A empresa perguntou "o que seria preciso?". A resposta honesta quando nada na proposta
# mudaria a decisão: dizer isso com gentileza, sem abrir uma negociação que a pessoa não
# levaria até o fim. (Quando o dinheiro mudaria a decisão, o caminho é negociar.)
letter-what-would-it-take-subject = { $formality ->
    [informal] Re: Vaga de { $role } na empresa { $company }
   *[formal] Re: Cargo de { $role } na empresa { $company }
}
letter-what-would-it-take-body = { $formality ->
    [informal]
        Oi, { $contact }!

        Agradeço pelo retorno e por você me perguntar o que seria preciso para eu mudar de ideia. Encaro a pergunta como um elogio.

        Prefiro falar com franqueza a abrir uma negociação que eu não conseguiria levar até o fim. Minha decisão de recusar a proposta continua de pé: ela tem a ver com a minha situação, e não com algo que vocês poderiam mudar na proposta.

        Agradeço mais uma vez pela abertura e pelo tempo que você me dedicou. Vamos manter contato — quem sabe a gente ainda trabalha junto no futuro!

        Um abraço,
        { $signature }
   *[formal]
        Olá, { $contact },

        Agradeço o seu retorno e a pergunta sobre o que seria necessário para que eu mudasse de ideia. Recebo isso como um elogio.

        Prefiro ser transparente a iniciar uma negociação que eu não conseguiria concluir. Mantenho minha decisão de recusar a proposta: ela se deve à minha situação pessoal, e não a algo que vocês pudessem mudar nas condições oferecidas.

        Agradeço novamente a abertura e o tempo que você me dedicou. Terei prazer em manter contato e espero que possamos trabalhar em conjunto no futuro.

        Atenciosamente,
        { $signature }
}

# A empresa pediu uma ligação depois que a pessoa recusou por e-mail. A pessoa aceita uma
# ligação curta e avisa antes que a decisão está mantida, para que ninguém prepare uma
# contraproposta à toa. A parte entre colchetes é para os horários da pessoa.
letter-call-after-decline-subject = { $formality ->
    [informal] Re: Vaga de { $role } na empresa { $company }
   *[formal] Re: Cargo de { $role } na empresa { $company }
}
letter-call-after-decline-body = { $formality ->
    [informal]
        Oi, { $contact }!

        Agradeço pelo retorno e pela vontade de conversar sobre isso. Claro, vamos marcar uma ligação rápida.

        Só para vocês se organizarem, quero ser transparente desde já: minha decisão de não aceitar a vaga de { $role } está mantida, e a conversa não vai mudar isso. Mesmo assim, vou gostar muito de poder te agradecer pessoalmente e responder às suas perguntas.

        Algum destes horários fica bom para você? [dois ou três horários em que posso conversar]

        Um abraço,
        { $signature }
   *[formal]
        Olá, { $contact },

        Agradeço o seu retorno e o interesse em conversarmos sobre o assunto. Com prazer, podemos fazer uma ligação breve.

        Para que vocês possam se planejar, prefiro ser transparente desde já: minha decisão de não aceitar o cargo de { $role } está mantida, e a conversa não vai alterá-la. Ainda assim, gostaria muito de agradecer pessoalmente pela atenção e responder a eventuais perguntas.

        Algum destes horários seria conveniente para você? [dois ou três horários em que posso conversar]

        Atenciosamente,
        { $signature }
}

# A empresa perguntou se pode manter o currículo no banco de talentos para vagas futuras (pela
# LGPD, ela precisa do consentimento da pessoa). A pessoa autoriza e deixa a porta aberta.
letter-keep-cv-on-file-subject = { $formality ->
    [informal] Re: Meu currículo no banco de talentos
   *[formal] Re: Meu currículo no banco de talentos
}
letter-keep-cv-on-file-body = { $formality ->
    [informal]
        Oi, { $contact }!

        Agradeço pela mensagem e por ter pensado em mim para futuras vagas na empresa { $company }.

        Claro, pode manter meu currículo e minha candidatura no banco de talentos de vocês. Vou adorar ter notícias de vagas que combinem com a minha experiência, e quero muito manter contato.

        Agradeço mais uma vez pelo cuidado que você teve comigo durante todo o processo.

        Um abraço,
        { $signature }
   *[formal]
        Olá, { $contact },

        Agradeço a sua mensagem e a lembrança do meu nome para futuras oportunidades na empresa { $company }.

        Autorizo, sim, que mantenham meu currículo e minha candidatura no banco de talentos da empresa. Terei prazer em saber de vagas compatíveis com a minha experiência e em manter contato.

        Agradeço novamente a atenção e o cuidado dedicados a mim ao longo de todo o processo.

        Atenciosamente,
        { $signature }
}

# A empresa enviou um questionário de feedback sobre o processo. A pessoa aceita responder e
# diz quando; a avaliação em si vai no questionário, não nesta mensagem.
letter-exit-questionnaire-subject = { $formality ->
    [informal] Re: Questionário sobre o processo seletivo da vaga de { $role }
   *[formal] Re: Questionário sobre o processo seletivo para o cargo de { $role }
}
letter-exit-questionnaire-body = { $formality ->
    [informal]
        Oi, { $contact }!

        Agradeço pela mensagem e por querer saber como foi a minha experiência no processo seletivo para a vaga de { $role } na empresa { $company }.

        Vou preencher o questionário com todo o prazer e te mando de volta até { $date }. Espero que as minhas respostas sejam úteis para vocês.

        Agradeço de novo pelo tempo e pela atenção que você me dedicou.

        Um abraço,
        { $signature }
   *[formal]
        Olá, { $contact },

        Agradeço a mensagem e o interesse em conhecer a minha experiência no processo seletivo para o cargo de { $role } na empresa { $company }.

        Terei prazer em responder ao questionário e o enviarei até { $date }. Espero que minhas respostas sejam úteis.

        Agradeço mais uma vez o tempo e a atenção que me foram dedicados.

        Atenciosamente,
        { $signature }
}

# Um "tem certeza?" tardio da empresa, dias depois da recusa. A pessoa confirma a decisão
# com gentileza e em poucas palavras, sem reabri-la. "Tenho certeza" não marca o gênero de
# quem escreve (ao contrário de "estou certo/certa").
letter-are-you-sure-subject = { $formality ->
    [informal] Re: Vaga de { $role } na empresa { $company }
   *[formal] Re: Cargo de { $role } na empresa { $company }
}
letter-are-you-sure-body = { $formality ->
    [informal]
        Oi, { $contact }!

        Agradeço pela mensagem e por você ter me procurado mais uma vez para falar da vaga de { $role } na empresa { $company }.

        Tenho certeza, sim. Pensei com calma, e minha decisão de recusar a proposta continua de pé.

        Agradeço de verdade pelo tempo que você me dedicou e pela confiança que depositou em mim. Vamos manter contato — espero que nossos caminhos se cruzem de novo.

        Um abraço,
        { $signature }
   *[formal]
        Olá, { $contact },

        Agradeço a sua mensagem e o cuidado de me consultar novamente sobre o cargo de { $role } na empresa { $company }.

        Sim, tenho certeza. Refleti com cuidado e mantenho minha decisão de recusar a proposta.

        Agradeço sinceramente o tempo que você me dedicou e a confiança que depositou em mim. Terei prazer em manter contato e espero que nossos caminhos voltem a se cruzar.

        Atenciosamente,
        { $signature }
}
