# Gracious — textos da interface (pt-BR).
# Todo idioma tem exatamente os mesmos IDs de mensagem que en-US.

app-title = Gracious
# Between the items of a list, e.g. "Visa, Tax". Quoted to keep the space.
list-separator = { ", " }

## Menu

menu-file = Arquivo
menu-new-case = Nova oportunidade
menu-export-case = Exportar esta oportunidade…
menu-export-workspace = Exportar todos os dados…
menu-export-csv = Exportar a lista como CSV…
menu-import = Importar…
menu-add-dictionary = Adicionar um dicionário ortográfico…
menu-profile = Perfil
menu-about = Sobre
menu-language = Idioma
menu-language-system = Idioma do sistema ({ $language })
menu-theme = Tema
theme-system = Seguir o sistema
theme-light = Claro
theme-dark = Escuro

## Avisos e status

notice-dismiss = Dispensar
notice-save-failed = Não foi possível salvar suas alterações em { $folder } ({ $error }). O Gracious vai mantê-las na memória e tentar de novo; deixe o app aberto.
notice-missing-font = { $count ->
    [one] Um caractere não pode ser exibido porque nenhuma fonte instalada o contém. Instale uma fonte para o seu idioma (no Debian ou Ubuntu: fonts-noto-cjk para chinês, japonês e coreano).
    [many] { $count } de caracteres não podem ser exibidos porque nenhuma fonte instalada os contém. Instale uma fonte para o seu idioma (no Debian ou Ubuntu: fonts-noto-cjk para chinês, japonês e coreano).
   *[other] { $count } caracteres não podem ser exibidos porque nenhuma fonte instalada os contém. Instale uma fonte para o seu idioma (no Debian ou Ubuntu: fonts-noto-cjk para chinês, japonês e coreano).
}
problem-empty = o arquivo estava vazio
problem-malformed = o arquivo está danificado ou não é um arquivo do Gracious ({ $detail })
problem-future-version = o arquivo foi gravado por uma versão mais nova do Gracious (formato { $version })
problem-unreadable = não foi possível ler o arquivo ({ $detail })
notice-set-aside = Não foi possível carregar seus dados salvos: { $problem }. Nada foi excluído: o arquivo foi movido para { $path }.
notice-left-in-place = Não foi possível carregar seus dados salvos: { $problem }. O arquivo continua intacto em { $path }, e o Gracious não vai gravar por cima dele nesta sessão.
notice-restored-backup = O Gracious carregou seu último salvamento a partir do backup { $path }.
notice-backup-set-aside = Também não foi possível carregar o backup: { $problem }. Ele foi movido para { $path }. O Gracious começou com um espaço de trabalho vazio.
status-saver-stopped = o salvamento automático parou
status-ready = Tudo o que você digita é salvo automaticamente.
status-deleted = Excluído: “{ $title }”.
status-undo = Desfazer
status-reset = A carta voltou ao modelo.
status-copied = Copiado para a área de transferência.
status-copied-presend-open = { $open ->
    [one] Copiado para a área de transferência. Ainda falta um item da verificação antes do envio.
    [many] Copiado para a área de transferência. Ainda faltam { $open } de itens da verificação antes do envio.
   *[other] Copiado para a área de transferência. Ainda faltam { $open } itens da verificação antes do envio.
}
status-draft-kept = Sua carta editada foi mantida. Clique em “Restaurar o modelo” para substituí-la pelo novo modelo.
status-copy-failed = Não foi possível copiar para a área de transferência: { $error }. Selecione o texto e copie manualmente.

## Arquivos

file-dialog-open = Há uma janela de arquivos aberta.
file-no-dialog = Não foi possível abrir uma janela de arquivos neste sistema. Digite o caminho do arquivo.
file-failed = { $path }: { $error }
file-imported = { $count ->
    [0] Nenhuma oportunidade importada de { $path }.
    [one] { $count } oportunidade importada de { $path }.
    [many] { $count } de oportunidades importadas de { $path }.
   *[other] { $count } oportunidades importadas de { $path }.
}
file-exported = Arquivo salvo: { $path }.
file-save-title = Salvar em um arquivo
file-open-title = Abrir um arquivo
file-path = Caminho
file-save = Salvar
file-open = Abrir
file-cancel = Cancelar
csv-date = Data da entrevista ou da proposta

## Oportunidades

cases-title = Oportunidades
cases-new = Nova
cases-duplicate = Duplicar
cases-archive = Arquivar
cases-unarchive = Restaurar
cases-delete = Excluir
cases-untitled = Nova oportunidade
cases-reply-by = responder até { $date }
cases-overdue = prazo vencido
status-deciding = Em decisão
status-negotiating = Em negociação
status-declined = Recusada
status-accepted = Aceita
status-archived = Arquivada

## Perfil

profile-title = Seu perfil
profile-intro = Usado para assinar suas cartas. Fica somente neste computador.
profile-name = Nome
profile-email = E-mail
profile-signature = Assinatura
profile-signature-hint = Encerra suas cartas no lugar do seu nome, por exemplo: nome, cargo, telefone
profile-letter-language = Idioma padrão das cartas
profile-formality = Formalidade
profile-formality-help = A formalidade vale quando o idioma da carta faz essa distinção: Sie ou du em alemão, keigo ou japonês polido simples, tom profissional ou mais próximo em português.
formality-formal = Formal
formality-informal = Informal

## Painéis

tab-checklist = Checklist da decisão
tab-mobility = Ficha de mobilidade
tab-channel = Canal
tab-editor = Editor de modelos

## Cabeçalho da oportunidade

header-company = Empresa
header-role = Cargo
header-contact = Pessoa de contato
header-stage = Etapa
header-status = Situação
header-reply-by = Responder até
header-date-interview = Data da entrevista
header-date-offer = Data da proposta
header-date-hint = AAAA-MM-DD
header-date-invalid = Escreva a data no formato AAAA-MM-DD, por exemplo: 2026-11-26.
stage-after-interview = Após a entrevista
stage-after-offer = Após a proposta

# Nome acessível de uma opção em um grupo, por exemplo: "Etapa: Após a proposta".
choice-accessible-name = { $group }: { $choice }

## Checklist da decisão

checklist-title = Recusar ou não?
checklist-intro = Responda a cinco perguntas. O veredito abaixo explica o porquê; é um conselho, e a decisão continua sendo sua.
checklist-use-weights = Dar peso às perguntas (diga quanto cada uma importa para você)
checklist-blocker = Qual é o obstáculo?
checklist-blocker-name = { $question }: qual é o obstáculo
checklist-blocker-negotiable = Isso pode ser negociado.
checklist-blocker-fundamental = Negociar não vai resolver isso.
blocker-group-negotiable = Negociável
blocker-group-fundamental = Incompatibilidade de fundo
blocker-compensation = Salário e benefícios
blocker-start-date = Data de início
blocker-role-scope = Escopo do cargo
blocker-remote-work = Trabalho remoto ou flexível
blocker-relocation-support = Apoio à mudança
blocker-values = Valores
blocker-way-of-working = Forma de trabalhar
blocker-long-term-direction = Rumo a longo prazo
blocker-personal-compromise = Família, visto ou saúde
checklist-weight = Quanto isso importa
checklist-weight-name = { $question }: quanto isso importa
weight-1 = pouco: não é decisivo
weight-2 = moderadamente
weight-3 = bastante
weight-4 = muito
weight-5 = é essencial
checklist-note-hint = Observação (opcional)
checklist-note-name = { $question }: observação
checklist-suggestion = Sua ficha de mobilidade sugere “{ $answer }”.
checklist-suggestion-net = Sua ficha de mobilidade sugere “{ $answer }”, com base no salário líquido.
checklist-suggestion-gross = Sua ficha de mobilidade sugere “{ $answer }”, com base no salário bruto. Informe as duas alíquotas de imposto para comparar quanto sobraria de fato.
checklist-suggestion-use = Usar
checklist-suggestion-use-name = { $question }: usar a sugestão
checklist-q-career-goals = O cargo contribui para seus objetivos de carreira nos próximos 12 a 24 meses?
checklist-q-career-goals-help = Pense em onde você quer estar daqui a um ou dois anos, não só no próximo passo.
checklist-q-career-goals-short = Objetivos de carreira
checklist-q-pay-after-costs = O salário e os benefícios são aceitáveis depois de considerar o custo de vida e a mudança?
checklist-q-pay-after-costs-help = Compare o que o dinheiro compra onde você moraria, não apenas o valor.
checklist-q-pay-after-costs-short = Salário descontados os custos
checklist-q-growth = Existe um caminho concreto de crescimento e promoção?
checklist-q-growth-help = Alguém contou, com exemplos, como as pessoas nesse cargo cresceram?
checklist-q-growth-short = Crescimento
checklist-q-compromise = Aceitar exigiria uma concessão que você ainda não está em condições de fazer (família, visto, saúde)?
checklist-q-compromise-help = Aqui, “Sim” é a resposta de alerta.
checklist-q-compromise-short = Concessão
checklist-q-culture-fit = A cultura e o estilo de liderança combinam com você?
checklist-q-culture-fit-help = Lembre como as pessoas que você conheceu falavam do trabalho e umas das outras.
checklist-q-culture-fit-short = Cultura e liderança
answer-yes = Sim
answer-no = Não
answer-not-sure = Não sei
answer-unanswered = Sem resposta

verdict-label = Veredito:
verdict-decline = Recusar
verdict-decline-advice = Uma incompatibilidade clara já é motivo suficiente. Recuse logo e com gentileza, e deixe a porta aberta.
verdict-negotiate-first = Negociar primeiro
verdict-negotiate-first-advice = O obstáculo pode ser negociado. Converse sobre ele antes de recusar; você ainda pode dizer não depois.
verdict-lean-accept = Tendência a aceitar
verdict-lean-accept-advice = Nada aqui indica uma recusa. Só aceite quando tiver certeza e, a partir daí, deixe de participar de outros processos seletivos.
verdict-undecided = Indefinido
verdict-undecided-advice = Não aceite enquanto tiver dúvidas. Peça mais tempo, diga a data em que vai responder e descubra o que ainda falta saber.
verdict-reasons = Motivos:
reason-fundamental-blocker = { $question }: { $blocker } — uma incompatibilidade que a negociação não resolve.
reason-negotiable-blocker = { $question }: { $blocker } — um obstáculo que pode ser negociado.
reason-minor = { $question }: um ponto de atenção, mas que importa pouco para você, então não é decisivo.
reason-unanswered = { $question }: ainda sem resposta.
reason-not-sure = { $question }: você ainda não tem certeza.
reason-all-favourable = Todas as respostas são favoráveis ao cargo.
# A pessoa tende a recusar, mas os únicos obstáculos poderiam ser negociados: pedir
# condições melhores para uma vaga que ela não quer faz todo mundo perder tempo.
reason-negotiation-not-wanted = { $question }: { $blocker } — isso poderia ser negociado, mas sua tendência é recusar. Só negocie por uma vaga que você realmente queira; caso contrário, recuse agora.
# O salário poderia ser negociado, mas ainda há dúvida sobre crescimento ou cultura: resolva isso primeiro.
reason-doubt-before-negotiating = { $question }: você ainda não tem certeza. Esclareça isso primeiro: só negocie se, de resto, você quiser a vaga.
reason-negotiation-failed = { $question }: { $blocker }. A empresa não conseguiu atender ao seu pedido, então isso continua sendo um obstáculo.
reason-negotiation-partly = { $question }: a empresa atendeu em parte ao seu pedido. Responda à pergunta de novo considerando o que foi oferecido.
reason-negotiation-met = { $question }: a empresa atendeu ao seu pedido.
# A parcela ponderada de respostas favoráveis está abaixo da metade.
reason-weak-fit = Só { $percent }% do que importa para você é favorável ao cargo: não aceite ainda.
negotiation-title = Como foi a negociação?
negotiation-pending = Ainda sem resposta
negotiation-met = Atenderam ao pedido
negotiation-partly = Em parte
negotiation-failed = Não conseguiram
# O botão de recusa quando a resposta é dada por ligação: abre o roteiro da ligação.
verdict-call-script = Preparar a ligação
verdict-write-decline = Escrever a carta de recusa
verdict-write-negotiate = Escrever uma carta para negociar
verdict-ask-for-time = Pedir mais tempo
verdict-fit = Compatibilidade ponderada: { $percent }%
flip-answer = O que mudaria o veredito: responder “{ $answer }” em { $question } o tornaria “{ $verdict }”.
flip-weight = O que mudaria o veredito: dar a { $question } o peso “{ $weight }” o tornaria “{ $verdict }”.
inclination-label = Qual é a sua tendência?
inclination-open = Ainda em aberto
inclination-accept = Tendendo a aceitar
inclination-decline = Tendendo a recusar
inclination-still-interviewing = Ainda estou em outros processos seletivos
inclination-too-soon = Aceitar enquanto ainda tem dúvidas, ou enquanto participa de outros processos seletivos, é um erro difícil de desfazer. Em vez disso, peça mais tempo e diga a data em que vai responder.
presend-title = Antes de enviar
presend-advisor = Conversei sobre isso com alguém de confiança
presend-channel = Escolhi o canal (e-mail, ou uma ligação seguida de um resumo)
presend-framework = A mensagem agradece, comunica a decisão com clareza e deixa a porta aberta
presend-proofread = Revisei o tom e a gramática
presend-in-time = Vou enviar entre 24 e 72 horas depois de decidir
presend-archived = Arquivei os documentos da candidatura e atualizei minha busca de emprego
# Texto ao passar o mouse sobre um item da verificação antes do envio que o próprio Gracious
# marcou (o canal foi escolhido, a revisão não encontrou nada a corrigir).
presend-seen = O Gracious identificou que isso já foi feito.
presend-summary = Verificação antes do envio: { $done } de { $total } itens concluídos

## Ficha de mobilidade

mobility-title = Vai se mudar de país por este cargo?
mobility-intro = Avalie o que uma mudança significaria para você e sua família. Vale a pena esclarecer o que ainda não se sabe antes de responder.
mobility-moving-abroad = Esta proposta implica mudar para outro país
mobility-not-moving = Marque a caixa acima se a proposta envolver uma mudança para o exterior; a ficha então ajuda você a avaliá-la.
mobility-current-country = Você mora em
mobility-destination-country = A vaga é em
# As cidadanias da pessoa (pode haver mais de uma), guardadas no perfil: decidem se a mudança
# exige visto.
mobility-citizenship = Sua cidadania
mobility-citizenship-add = Adicionar cidadania
mobility-citizenship-remove = Remover cidadania: { $country }
mobility-choose-country = Escolha um país
mobility-search-country = Buscar países
ppp-title = Quanto vale o salário
ppp-intro = Informe os dois salários anuais, cada um na sua moeda. O Gracious compara o que eles compram com base nos dados de paridade do poder de compra do Banco Mundial: não é preciso taxa de câmbio.
ppp-amount = Salário anual
ppp-currency = Moeda
ppp-tax = Alíquota de imposto (%)
ppp-override = Seu próprio fator
ppp-override-hint = opcional
ppp-current-pay = Atual
ppp-offered-pay = Proposta
ppp-worth = A preços locais ({ $country }), a proposta vale cerca de { $amount } por ano.
ppp-change = Isso representa { $change }% em relação ao que você ganha hoje.
# Aparece primeiro quando as duas alíquotas foram informadas: o que sobra para a pessoa, a preços do país onde mora.
ppp-worth-net = Depois dos impostos, a preços locais ({ $country }), a proposta vale cerca de { $amount } por ano: { $change }% em relação ao seu salário líquido atual.
# O valor antes dos impostos, mostrado abaixo do valor depois dos impostos.
ppp-gross-beside = Antes dos impostos: cerca de { $amount } ({ $change }%).
# De onde vem o nível de preços de um país; o fator em si aparece na dica ao passar o mouse.
ppp-source-data = { $country }: preços segundo o Banco Mundial ({ $series }, { $year }).
ppp-source-override = { $country }: preços segundo o seu próprio fator.
# Dica ao passar o mouse: o que significa o fator de poder de compra, em palavras simples.
ppp-factor-explained = { $country }: com { $factor } { $currency } se compra mais ou menos o mesmo que com um dólar americano nos Estados Unidos.
ppp-series-private = poder de compra para o consumo das famílias
ppp-series-gdp = poder de compra da economia como um todo (PIB)
ppp-unreliable = { $country }: os preços vêm subindo rápido e este fator tem mais de um ano; considere o resultado apenas aproximado.
ppp-national = Estas são médias nacionais: uma cidade grande pode custar bem mais. Se você conhece um fator melhor, digite-o.
ppp-incomplete = Escolha os dois países e informe os dois salários para ver quanto vale a proposta.
ppp-not-positive = Informe cada salário como um valor maior que zero.
ppp-no-data = { $country }: o Banco Mundial não tem dados de poder de compra utilizáveis. O Gracious não vai tentar adivinhar: se você tiver um fator, digite-o.
ppp-currency-mismatch = { $country }: os dados estão em { $currency }; informe esse salário em { $currency }.
ppp-sources = Fontes dos dados
visa-title = Visto e data de início
visa-processing-weeks = Processamento do visto (semanas)
visa-start-date = Data de início
visa-in-time = { $weeks ->
    [0] O visto deve sair a tempo, mas sem nenhuma folga.
   *[other] O visto deve sair a tempo, com { $weeks ->
        [one] { $weeks } semana
       *[other] { $weeks } semanas
    } de folga.
}
visa-late = O visto sairia cerca de { $weeks ->
        [one] { $weeks } semana
       *[other] { $weeks } semanas
    } depois da data de início. Peça para começar mais tarde ou ajuda para agilizar o processo.
visa-unknown = Informe o prazo de processamento e a data de início para conferir o cronograma.
# A necessidade de visto depende da cidadania: este texto aparece no lugar das perguntas sobre o visto.
visa-free-own = Não é preciso visto: você tem a cidadania do país da vaga ({ $country }).
visa-free-eu = Não é preciso visto nem autorização de trabalho. Cidadania: { $citizenship }; país da vaga: { $country }. Pela livre circulação de pessoas na UE, no EEE e na Suíça, você pode morar e trabalhar lá.
visa-free-cta = Não é preciso visto nem autorização de trabalho. Cidadania: { $citizenship }; país da vaga: { $country }. Pela Zona Comum de Viagens da Irlanda e do Reino Unido (Common Travel Area), você pode morar e trabalhar lá.
visa-free-tasman = Não é preciso solicitar visto. Cidadania: { $citizenship }; país da vaga: { $country }. Pelo acordo de livre circulação entre a Austrália e a Nova Zelândia (Trans-Tasman Travel Arrangement), você pode morar e trabalhar lá.
visa-partner-note = O direito do seu cônjuge de trabalhar lá depende da cidadania dele ou dela: avalie isso abaixo.
mobility-prestige = O lugar em si (o nome, o prestígio) é grande parte do atrativo?
mobility-weight-name = { $factor }: quanto isso importa
# A parcela ponderada dos fatores avaliados que parecem favoráveis (os desconhecidos ficam de fora).
mobility-score = Do que você sabe até agora, { $percent }% fala a favor da mudança, com cada fator pesando conforme a importância que tem para você.
mobility-trap-prestige = O lugar parece atrair mais do que o cargo. Você aceitaria o mesmo cargo no seu país?
mobility-trap-visa-late = O visto sairia depois da data de início. Isso é motivo para negociar a data de início, não para desistir: peça para começar mais tarde.
mobility-horizon = Pensando nos próximos 12 a 24 meses
mobility-toward-place = Isso aproxima você de um lugar ou de um visto que você deseja?
mobility-builds-skills = Isso desenvolve competências que facilitam uma mudança no futuro?
mobility-horizon-warning = Nenhum dos dois: esta mudança não serve aos seus planos de longo prazo.
mobility-factor-visa = Visto e autorização de trabalho
# A empresa solicita a autorização de trabalho e o visto em nome da pessoa candidata; não traduza "sponsorship" por "patrocínio".
mobility-factor-visa-help = A empresa vai mesmo cuidar da autorização de trabalho e do visto, e a autorização sai antes da data de início?
mobility-factor-relocation = Auxílio-mudança
mobility-factor-relocation-help = A empresa paga a mudança, a moradia temporária e as viagens?
mobility-factor-family = Apoio à família
mobility-factor-family-help = Ajuda com moradia, documentação e adaptação para todos que se mudam.
mobility-factor-schooling = Escola
mobility-factor-schooling-help = Vagas, idioma de ensino e mensalidades para os filhos.
# A autorização de trabalho do cônjuge (e as chances de emprego na área dele), não o direito ao trabalho em abstrato.
mobility-factor-partner-work = Autorização de trabalho do cônjuge
mobility-factor-partner-work-help = Seu cônjuge terá autorização para trabalhar lá e conseguirá emprego na própria área?
mobility-factor-cost-of-living = Custo de vida em relação ao salário
mobility-factor-cost-of-living-help = O que o salário compra lá, não só a taxa de câmbio.
mobility-factor-health-care = Saúde e proteção social
mobility-factor-health-care-help = Plano de saúde, aposentadoria e licença médica, comparados com o que você tem hoje.
mobility-factor-language = Idioma e cultura para a família
mobility-factor-language-help = Todos que se mudam vão conseguir se virar no dia a dia e fazer amizades?
mobility-factor-tax = Impostos sobre o salário
mobility-factor-tax-help = O imposto de renda de lá e qualquer imposto ainda devido no seu país.
rating-good = Bom
rating-acceptable = Aceitável
rating-poor = Ruim
rating-unknown = Desconhecido
# Para o trabalho do cônjuge e a escola, quando ninguém se muda junto com a pessoa ou não há filhos.
rating-not-applicable = Não se aplica
mobility-note-hint = Observação (opcional)
mobility-note-name = Observação sobre { $factor }
mobility-summary = Resumo
mobility-none = nenhum
mobility-strengths = Pontos fortes:
mobility-risks = Riscos:
mobility-unknowns = Ainda desconhecido:
mobility-traps = Atenção
mobility-trap-partner-work = A autorização de trabalho para o seu cônjuge é um problema ou ainda não se sabe nada sobre ela. Muitas vezes é isso que decide se uma mudança dá certo para um casal.
mobility-trap-schooling = A situação escolar é ruim ou desconhecida. Confira vagas e mensalidades antes de decidir.
mobility-trap-tax = Os impostos sobre o salário são desconhecidos. Descubra quanto sobraria depois dos impostos.

## Canal

channel-title = E-mail, ligação ou vídeo?
channel-intro = Conte um pouco sobre o processo; o Gracious sugere a melhor forma de dar sua resposta.
channel-main-contact = Contato principal
channel-contact-recruiter = Alguém do recrutamento
channel-contact-hiring-manager = Gestor ou gestora da vaga
channel-rounds = Etapas de entrevista
channel-close-rapport = A relação com o gestor ou a gestora da vaga ficou próxima
channel-personal-time = Alguém dedicou muito do próprio tempo
channel-collaboration = O cargo envolveria trabalhar de perto com as pessoas que você conheceu
channel-relocation-visa = Uma mudança ou um visto foi discutido ou oferecido
channel-video-process = As entrevistas foram por vídeo
channel-recommendation = Recomendação:
channel-email = E-mail
channel-phone-then-email = Uma ligação e, depois, um breve e-mail de resumo
channel-video-then-email = Uma chamada de vídeo e, depois, um breve e-mail de resumo
channel-why = Por quê:
channel-reason-email-default = Nada pede uma conversa de viva voz: um e-mail deixa um registro claro e respeita o tempo de todos.
channel-reason-recruiter = Seu contato foi alguém do recrutamento, em um processo formal; um e-mail é o esperado.
channel-reason-close-rapport = Você criou uma relação próxima com o gestor ou a gestora da vaga; essa pessoa merece ouvir isso de você.
channel-reason-many-rounds = Você passou por várias etapas; uma palavra pessoal honra esse esforço.
channel-reason-personal-time = Alguém dedicou muito tempo a você; uma ligação é a forma certa de agradecer.
channel-reason-collaboration = O cargo envolveria colaboração próxima; uma conversa mantém a boa relação.
channel-reason-relocation-visa = Uma mudança ou um visto estava em pauta; talvez já tenham começado a trabalhar nisso.
channel-reason-video-process = O processo foi por vídeo, então uma breve chamada de vídeo soa natural.
channel-recap-advice = Depois da ligação, envie um breve e-mail confirmando o que você disse.
channel-your-choice = Sua escolha:
channel-follow = Seguir a recomendação
channel-open-call-script = Abrir o roteiro da ligação
channel-write-recap = Escrever o e-mail de resumo
call-mode-title = Roteiro da ligação
call-mode-intro = Diga com suas próprias palavras; esta é a ordem que funciona. Seja breve e cordial.

## Prazo de resposta

deadline-title = Quando responder
deadline-decided-on = Você decidiu em
deadline-at = às
deadline-time-hint = HH:MM
deadline-decided-now = Acabei de decidir
# A data-limite de resposta dada pela empresa: o prazo final.
deadline-their-date = Prazo da empresa: { $date }.
deadline-not-decided = Você ainda não decidiu: as 24 a 72 horas para responder começam a contar quando você decidir.
deadline-window-past = Já se passaram mais de 72 horas desde a sua decisão. Responda agora, antes do prazo da empresa.
deadline-overdue-their = O prazo da empresa já passou. Responda hoje: uma resposta atrasada é muito melhor do que o silêncio.
deadline-invalid = Escreva a data no formato AAAA-MM-DD e a hora no formato HH:MM (24 horas).
deadline-answer-by = Responda até { $due } — de preferência até { $ideal }.
# O momento ideal (24 horas depois da decisão) já passou; o prazo final ainda não.
deadline-answer-by-late = Responda até { $due }. O momento ideal ({ $ideal }) já passou.
# Depois que a oportunidade é marcada como recusada: a contagem regressiva para.
deadline-answered-on = Resposta enviada em { $date }.
deadline-answered = Resposta enviada.
deadline-left-ideal = Tempo restante: { $duration }. Agora é o melhor momento para responder.
deadline-left = Tempo restante: { $duration }.
deadline-overdue = Prazo vencido há { $duration }. Responda hoje: uma resposta atrasada é muito melhor do que o silêncio.
deadline-need-time = Precisa de mais tempo? Avise agora e diga a data da sua resposta.
duration-days = { $n ->
    [0] 0 dias
    [one] { $n } dia
    [many] { $n } de dias
   *[other] { $n } dias
}
duration-hours = { $n ->
    [0] 0 horas
    [one] { $n } hora
    [many] { $n } de horas
   *[other] { $n } horas
}
duration-minutes = { $n ->
    [0] 0 minutos
    [one] { $n } minuto
    [many] { $n } de minutos
   *[other] { $n } minutos
}

## Linha do tempo

timeline-title = Depois de decidir
timeline-day-1 = Dia 1
timeline-day-2 = Dia 2
timeline-days-3-7 = Dias 3 a 7
timeline-stay-in-touch = Para mantermos contato
step-draft = Redigir a mensagem
step-choose-channel = Escolher o canal
step-book-call = Agendar a ligação
step-send-or-call = Enviar a mensagem ou fazer a ligação
step-send-recap = Enviar o e-mail de resumo depois da ligação
step-archive = Arquivar os documentos da candidatura
step-tracker = Atualizar o controle da sua busca de emprego
step-refocus = Dedicar o tempo livre a vagas mais adequadas
step-close-visa = Encerrar os trâmites de visto ou de mudança
step-reimbursements = Confirmar eventuais reembolsos ou obrigações
step-connect = Conectar-se com uma mensagem pessoal
step-offer-help = Oferecer ajuda, por exemplo, indicando alguém da sua rede
step-future-roles = Pedir que se lembrem de você para vagas futuras
timeline-write-note = Escrever uma mensagem para manter contato
channel-timing = Responda entre 24 e 72 horas depois de decidir. Se precisar de mais tempo, avise logo e diga a data. O silêncio é a pior resposta.

## Editor de modelos

editor-title = Sua carta
editor-scenario = Situação
scenario-withdraw-after-interview = Após uma entrevista: o cargo não é o ideal
scenario-accepted-other-offer = Após uma proposta: aceitei outra proposta
scenario-not-right-fit-after-offer = Após uma proposta: o cargo não é o ideal
scenario-after-negotiation = Após uma negociação: recusar a proposta final
scenario-relocation-not-feasible = Após uma proposta: mudança inviável para a família
scenario-negotiate-instead = Negociar em vez de recusar: buscar flexibilidade
scenario-ask-for-time = Pedir mais tempo: dizer a data da resposta
scenario-call-recap = Após uma ligação: o e-mail de resumo
scenario-stay-connected = Manter contato: uma breve mensagem de networking
scenario-interview-call-script = Após uma entrevista: roteiro da ligação
scenario-visa-unworkable = Após uma proposta: prazos do visto ou da autorização de trabalho inviáveis (e-mail após a ligação)
scenario-counteroffer = Ficar no emprego atual após uma contraproposta
scenario-many-rounds-call-script = Após muitas etapas: roteiro da ligação
scenario-active-relocation = Durante uma mudança: transparência sobre os compromissos
scenario-repair = Para reparar uma recusa mal colocada
scenario-reopen = Retomar uma vaga recusada antes
scenario-improved-offer-hold = Resposta da empresa: uma proposta melhor, mas sua decisão continua a mesma
scenario-improved-offer-reopen = Resposta da empresa: uma proposta melhor que faz você mudar de ideia
scenario-what-would-it-take = Resposta da empresa: “O que seria preciso?”
scenario-call-after-decline = Resposta da empresa: pedem uma ligação depois do seu e-mail
scenario-keep-cv-on-file = Resposta da empresa: podem manter seu currículo no banco de talentos?
scenario-exit-questionnaire = Resposta da empresa: um questionário de feedback
scenario-are-you-sure = Resposta da empresa: um “tem certeza?” tardio
editor-letter-language = Idioma da carta
editor-letter-language-same = Igual ao da interface ({ $language })
editor-letter-language-profile = Do seu perfil ({ $language })
editor-sender = Seu nome
editor-subject = Assunto
editor-body = Mensagem
editor-unfilled = Ainda falta preencher: { $placeholders }
editor-copy = Copiar
# “Copiar” coloca o texto da carta (sem o assunto) na área de transferência; o assunto tem
# um botão próprio, para o campo de assunto do e-mail.
editor-copy-subject = Copiar o assunto
# Aparece ao lado do botão de copiar até o texto mudar.
editor-copied = Copiado
# Oferecido depois que a carta foi copiada, salva ou aberta no programa de e-mail.
editor-mark-declined = Marcar como recusada
editor-reset = Restaurar o modelo
editor-formality = Formalidade
editor-to = Para
# Como a carta cumprimenta o contato; só é pedido nos idiomas que precisam disso.
editor-address = Forma de tratamento
editor-script-note = Este é um roteiro de ligação: diga com suas próprias palavras e depois envie o e-mail de resumo.
editor-answer-date = Vou responder até
editor-answer-date-past = Escolha uma data depois de hoje: a carta não pode prometer uma resposta até uma data que já passou.
# Uma resposta de uma frase para quando a empresa perguntar o motivo; aparece com o roteiro da ligação e no editor.
why-title = Se perguntarem o motivo
editor-network-note = Para um convite de conexão: sem assunto e com no máximo 300 caracteres (agora: { $count }).
editor-network-too-long = { $count ->
    [one] { $count } caractere: encurte para no máximo 300 para caber em um convite.
    [many] { $count } de caracteres: encurte para no máximo 300 para caber em um convite.
   *[other] { $count } caracteres: encurte para no máximo 300 para caber em um convite.
}
editor-relocation-check = Antes de prometer reembolsar qualquer coisa, confira o que o seu contrato diz sobre os custos da mudança.
editor-fill = Preencher
editor-fill-name = Valor para { $placeholder }
editor-save-txt = Salvar como texto…
editor-save-eml = Salvar como rascunho de e-mail (.eml)…
editor-mail-client = Abrir no programa de e-mail
editor-copy-refused = Preencha { $placeholders } antes de copiar.
editor-export-refused = Preencha { $placeholders } antes de enviar para qualquer lugar.
editor-mail-failed = Não foi possível abrir um programa de e-mail ({ $error }). Copie o texto.
editor-mail-opened = Aberto no seu programa de e-mail.
editor-group-builtin = Modelos incluídos
editor-group-mine = Meus modelos
editor-customised = (sua versão)

## Revisão

review-title = Revisão
review-intro = Avaliada segundo a estrutura: reconhecer, decidir, dar um motivo, agradecer, manter contato, próximos passos, despedida.
review-acknowledge = Menciona a entrevista ou a proposta
review-decision = Comunica a decisão com clareza
review-reason = Dá um motivo breve
review-gratitude = Agradece
review-stay-in-touch = Propõe manter contato
review-next-steps = Indica os próximos passos
review-sign-off = Tem despedida
review-present = presente
review-missing = ausente
review-optional = opcional, não encontrado
review-length-words = { $length ->
    [0] { $length } palavras (mantenha abaixo de { $max }).
    [one] { $length } palavra (mantenha abaixo de { $max }).
   *[other] { $length } palavras (mantenha abaixo de { $max }).
}
review-length-chars = { $length ->
    [0] { $length } caracteres (mantenha abaixo de { $max }).
    [one] { $length } caractere (mantenha abaixo de { $max }).
   *[other] { $length } caracteres (mantenha abaixo de { $max }).
}
review-too-long = Está ficando longa: diga menos, e a decisão fica mais clara.
review-too-short = Um pouco curta: a partir de { $min }, a carta soa mais calorosa. Conte o que você valorizou ou a quem quer agradecer.
review-over-explains = O motivo se estende por { $sentences } frases: uma basta, e os detalhes podem ficar com você.
review-critical = “{ $text }” { $why }
review-critical-pay = critica o salário.
review-critical-process = critica a condução do processo seletivo.
review-critical-people = critica alguém que você conheceu no processo.
review-critical-employer = critica a empresa.
review-critical-kinder = Mais gentil: “{ $kinder }”.
review-critical-leave-out = Melhor tirar: a decisão se sustenta sem isso.
review-misspelled = { $count ->
    [one] Uma palavra pode ter erro de ortografia (sublinhada). Clique nela com o botão direito para ver sugestões.
    [many] { $count } de palavras podem ter erro de ortografia (sublinhadas). Clique com o botão direito em uma delas para ver sugestões.
   *[other] { $count } palavras podem ter erro de ortografia (sublinhadas). Clique com o botão direito em uma delas para ver sugestões.
}
review-no-dictionary = Sem verificação ortográfica: não há dicionário para este idioma ({ $language }) neste computador. Instale o dicionário Hunspell do seu sistema para esse idioma ou adicione um (.aff e .dic) em Arquivo → Adicionar um dicionário ortográfico.
review-dictionary-loading = Carregando o dicionário ortográfico…
review-no-spelling-here = Sem verificação ortográfica: o Gracious verifica a ortografia com dicionários Hunspell, e não existe nenhum para este idioma ({ $language }).
review-dictionary-unreliable = Sem verificação ortográfica: o dicionário para este idioma ({ $language }) instalado neste computador não reconhece palavras comuns como “{ $word }” e apontaria erros em cartas corretas. Adicione um melhor (.aff e .dic) em Arquivo → Adicionar um dicionário ortográfico.
review-personal = O texto é o modelo palavra por palavra. Acrescente uma frase sua: o que você valorizou ou a quem quer agradecer.
spell-add-word = Adicionar ao dicionário
spell-no-suggestions = Nenhuma sugestão
spell-looking = Procurando sugestões…
editor-review-as = Revisar como
dictionary-added = Dicionário ortográfico adicionado: { $language }.
dictionary-failed = Não foi possível adicionar esse dicionário ({ $path }): { $error }
review-unfilled = Campos ainda no texto: { $placeholders }
review-all-good = Nada a corrigir.

## Meus modelos

templates-title = Meus modelos
templates-name = Nome do modelo
templates-save-new = Salvar esta carta como novo modelo
templates-save-version = Salvar como minha versão deste modelo
templates-restore = Restaurar o modelo original
templates-rename = Nome de { $name }
templates-duplicate = Duplicar { $name }
templates-delete = Excluir { $name }
templates-use = Usar { $name }
templates-use-short = Usar
templates-confirm-delete = Confirmar exclusão
templates-none = Você ainda não tem modelos próprios. Salve uma carta para reutilizá-la: empresa, cargo e nomes voltam a ser campos a preencher.
templates-import = Importar modelos…
templates-export = Exportar meus modelos…
templates-saved = Salvo como “{ $name }”.
templates-imported = { $count ->
    [0] Nenhum modelo importado.
    [one] { $count } modelo importado.
    [many] { $count } de modelos importados.
   *[other] { $count } modelos importados.
}
templates-copy-name = { $name } (cópia)
header-contact-email = E-mail de contato

## Sobre

about-title = Sobre o Gracious
about-intro = O Gracious ajuda você a recusar uma vaga com rapidez, clareza e gentileza. Tudo fica neste computador.
about-version = Versão { $version }
about-data = Fontes de dados e licenças
about-data-body = A comparação de poder de compra usa os fatores de conversão de PPC (paridade do poder de compra) do Banco Mundial, publicados sob a licença Creative Commons Atribuição 4.0 (CC BY 4.0, creativecommons.org/licenses/by/4.0). O Gracious os inclui reorganizados e reduzidos ao ano mais recente de cada série, com a Bulgária convertida de levs para euros e o Zimbábue excluído. O Banco Mundial não endossa o Gracious. Os nomes de países e os formatos de números, valores monetários e datas vêm do Unicode CLDR.

## Primeiro uso

welcome-title = Boas-vindas ao Gracious
welcome-body = O Gracious ajuda você a recusar uma vaga depois de uma entrevista ou de uma proposta: com rapidez, clareza e gentileza, no seu idioma.
welcome-steps = Responda a cinco perguntas rápidas, escolha como dar a notícia e escreva sua resposta a partir de um modelo, com uma revisão antes de enviar.
welcome-start = Começar com minha oportunidade
welcome-example = Ver um exemplo
welcome-private = Tudo o que você digita fica neste computador.
# Acima da oportunidade de exemplo; “o exemplo” é uma proposta de emprego fictícia.
example-banner = Este é um exemplo com dados fictícios, preenchido para mostrar todos os painéis.
example-remove = Remover o exemplo
# Acrescentado ao título do exemplo na lista de oportunidades.
cases-example = exemplo

## Próximo passo

# Antes do botão com a única coisa a fazer agora, por exemplo: “Próximo passo: [Escrever a carta]”.
next-label = Próximo passo:
next-answer-checklist = Preencher o checklist
# O checklist indica que o cargo combina com a pessoa: não há nada a recusar.
next-lean-accept = Sua tendência é aceitar, então não há nada a recusar por enquanto.
next-lean-accept-short = Tendência a aceitar
next-review-checklist = Revisar o checklist
next-pick-channel = Escolher como dar a notícia
next-write-letter = Escrever a carta
# $deadline é um dia da semana e uma data, às vezes com hora, por exemplo: “qui., 26 de nov., 14:00”.
next-send-by = Enviar até { $deadline }
next-send = Enviar sua resposta
next-mark-sent = Marcar como enviada
# $phase é um período, como “Dias 3 a 7”; $step é uma tarefa, como “Atualizar o controle da sua busca de emprego”.
next-step = { $phase }: { $step }
next-step-done = Concluído
# Nome acessível do botão “Concluído”; $step é a tarefa que ele marca.
next-step-done-name = Marcar como concluído: { $step }
next-all-done = Não há mais nada a fazer aqui.
# Abaixo de cada oportunidade na lista; $action é um dos próximos passos acima.
cases-next = A seguir: { $action }
# Lido por leitores de tela depois do nome de um painel, por exemplo: “Canal (concluído)”.
tab-state-done = concluído
tab-state-attention = requer atenção
# Botão ao lado do canal recomendado: adotar a recomendação como sua escolha.
channel-use-recommendation = Escolher esta opção

## Date picker

date-pick = Escolher no calendário: { $field }
date-previous-month = Mês anterior
date-next-month = Próximo mês
date-today = Hoje
date-clear = Limpar
date-close = Fechar
date-day-today = { $date } (hoje)

## Uma janela por pasta de dados

# Aparece quando o Gracious é aberto uma segunda vez com os mesmos dados; $path é a pasta de dados.
notice-already-open = O Gracious já está aberto com seus dados ({ $path }). Esta janela serve só para visualização: nada do que você alterar aqui será salvo. Feche-a e continue na janela que já está aberta.

## Sair com alterações não salvas

quit-title = Suas últimas alterações não foram salvas
# $error é o motivo informado pelo sistema, por exemplo: “Permission denied (os error 13)”.
quit-save-failed = O Gracious não conseguiu salvar suas últimas alterações ({ $error }). Se você sair agora, elas serão perdidas.
quit-read-only = Esta janela não salva nada (seus dados estão abertos em outra janela). Se você sair agora, as alterações feitas aqui serão perdidas.
quit-retry = Tentar salvar de novo
# Abre uma janela de arquivos para gravar todos os dados (todas as oportunidades, o perfil, seus próprios modelos) em um arquivo.
quit-export = Salvar tudo em um arquivo…
quit-anyway = Sair sem salvar

## Comparar propostas: remuneração total lado a lado

menu-compare = Comparar propostas
compare-title = Comparar propostas
compare-close = Fechar a comparação
compare-intro = Coloque suas propostas lado a lado com seu emprego atual: cada parte da remuneração, quanto cada uma vale em um ano a preços do lugar onde você mora hoje e como cada uma se sai no checklist da decisão e na ficha de mobilidade.
compare-choose = Comparar
compare-current-job = Seu emprego atual
# O emprego atual citado dentro de uma frase (compare-summary, compare-summary-net).
compare-current-job-in-text = seu emprego atual
# $max é o número máximo de oportunidades comparadas de uma vez (4).
compare-too-many = Você pode comparar até { $max } oportunidades por vez.
compare-horizon = Distribuir valores pontuais e ações ao longo de
compare-horizon-years = { $years ->
    [one] { $years } ano
    [many] { $years } de anos
   *[other] { $years } anos
}
compare-horizon-help = O bônus de contratação, o auxílio-mudança e as ações são divididos pelos anos de permanência. Quatro anos é o prazo de vesting mais comum.
compare-packages = O que cada opção paga
compare-packages-intro = Valores anuais e brutos, na moeda de cada opção. Deixe em branco o que você não souber: o Gracious nunca tenta adivinhar. Os valores em cinza vêm da ficha de mobilidade.
compare-equity-private = Ações de empresa de capital fechado
compare-results = Lado a lado
compare-empty = Escolha pelo menos duas opções para comparar: seu emprego atual e uma proposta, ou duas propostas.
compare-row-verdict = Veredito do checklist
compare-row-fit = Compatibilidade no checklist
compare-row-total = Total anual, na moeda de origem
compare-row-total-home = Total anual a preços do seu país
compare-row-net-home = Líquido, a preços do seu país
compare-row-basis = Base da comparação de preços
compare-row-leave = Férias
compare-row-notice = Aviso prévio
compare-row-start = Início possível a partir de
compare-row-deadline = Responder até
compare-row-mobility = Avaliação da mobilidade
compare-row-traps = Alertas sobre a mudança
# O emprego atual na linha do veredito: é a referência, não algo a decidir.
compare-reference = sua referência
# Marca o melhor número de uma linha; $value é o número.
compare-best = { $value } · melhor
compare-leave-value = { $days ->
    [0] { $days } dias (equivalem a { $amount })
    [one] { $days } dia (equivale a { $amount })
    [many] { $days } de dias (equivalem a { $amount })
   *[other] { $days } dias (equivalem a { $amount })
}
compare-notice-weeks = { $weeks ->
    [0] { $weeks } semanas
    [one] { $weeks } semana
    [many] { $weeks } de semanas
   *[other] { $weeks } semanas
}
compare-not-moving = sem mudança
compare-no-traps = nenhum
compare-not-given = —
compare-basis-same = mesmo país
compare-basis-data = Banco Mundial, { $year }
compare-basis-override = seu próprio fator
# $country é onde a pessoa mora hoje; $job e $second são os nomes de duas colunas.
compare-summary = A preços do seu país ({ $country }), a opção que mais vale é { $job }: { $amount } por ano, { $difference } a mais que { $second }.
# $part é uma parte da remuneração, por exemplo: “bônus”.
compare-summary-why = A maior diferença está neste item: { $part }.
compare-summary-net = Depois dos impostos, a opção em que mais sobra para você é { $job }.
compare-summary-none = Informe pelo menos o salário-base e o país de duas opções para ver qual vale mais.
compare-note-equity-private = { $job }: as ações são de uma empresa de capital fechado. Podem não valer nada até que ela seja vendida ou abra o capital.
compare-note-cliff = { $job }: nenhuma ação é liberada antes do mês { $months } (cliff), e esse mês fica depois do fim do período comparado.
# $part é “bônus de contratação” ou “auxílio-mudança” (os dois, masculinos).
compare-note-repayable = { $job }: o { $part } precisa ser devolvido se você sair da empresa antes do mês { $months }. Como esse prazo termina depois do período comparado, o valor não entra no total.
compare-note-bonus-amount = { $job }: foram informados um valor e um percentual de bônus; o Gracious usa o valor.
compare-note-no-base = { $job }: ainda falta o salário-base, então não há total.
compare-note-not-a-number = { $job }: “{ $field }” não é um número que o Gracious consiga usar.
compare-note-no-country = { $job }: escolha o país para comparar a preços do seu país.
compare-note-no-factor = { $job }: não há dados de poder de compra para este país ({ $country }). Digite um fator para comparar.
compare-note-currency = { $job }: os dados deste país ({ $country }) estão em { $currency }. Informe os valores em { $currency } ou digite um fator.
compare-note-tax = Depois dos impostos: a alíquota de imposto de cada opção incide sobre o total dela.
compare-chart-total = Total anual a preços do seu país, item por item
compare-chart-fit = Compatibilidade de cada opção (%)
compare-chart-checklist = Compatibilidade no checklist
compare-chart-mobility = Avaliação da mobilidade
compare-chart-alt = Gráfico. Os mesmos números estão na tabela acima.
compare-accept = Aceitar esta proposta
# Para leitores de tela: o que o botão faz, com o nome da proposta.
compare-accept-name = Aceitar a proposta de { $job } e preparar as cartas de recusa das demais
compare-accepted = Proposta aceita: { $job }. As cartas para { $others } agora recusam a proposta porque você aceitou outra.
compare-export-csv = Exportar como CSV…
compare-export-text = Exportar como texto…
compare-text-title = Propostas comparadas em { $date }
compare-text-cell = { $job }: { $value }
compare-text-basis = A preços do seu país ({ $country }); valores pontuais e ações distribuídos ao longo de { $years ->
    [one] { $years } ano
    [many] { $years } de anos
   *[other] { $years } anos
}.
pay-field-country = País
pay-field-currency = Moeda
pay-field-base = Salário-base
pay-field-bonus-percent = Bônus-alvo (%)
pay-field-bonus-amount = Valor do bônus
pay-field-equity-grant = Ações: valor total concedido
pay-field-equity-years = Ações: anos de vesting
pay-field-equity-cliff = Ações: cliff (meses)
pay-field-sign-on = Bônus de contratação
pay-field-sign-on-repay = Bônus de contratação: permanência (meses)
pay-field-relocation = Auxílio-mudança
pay-field-relocation-repay = Auxílio-mudança: permanência (meses)
pay-field-pension = Previdência privada (% do salário-base)
pay-field-benefits = Benefícios (valor para você, por ano)
pay-field-leave = Férias (dias)
pay-field-notice = Aviso prévio (semanas)
pay-field-start = Início possível a partir de
pay-field-tax = Alíquota de imposto (%)
pay-field-factor = Seu próprio fator de preços
pay-part-base = salário-base
pay-part-bonus = bônus
pay-part-equity = ações
pay-part-sign-on = bônus de contratação
pay-part-relocation = auxílio-mudança
pay-part-pension = previdência privada
pay-part-benefits = benefícios
checklist-suggestion-total-net = A comparação de propostas sugere “{ $answer }”, com base na remuneração total líquida em relação ao seu emprego atual.
checklist-suggestion-total-gross = A comparação de propostas sugere “{ $answer }”, com base na remuneração total bruta em relação ao seu emprego atual. Informe as duas alíquotas de imposto para comparar quanto sobraria de fato.

## Depois de enviar: a resposta da empresa, seus compromissos, as pessoas que você conheceu, a agenda
# The fifth panel. "They" are the employer (the recruiter or hiring manager).
tab-followup = Depois de enviar
menu-export-calendar = Exportar todas as datas para um arquivo de calendário…
followup-intro = Uma recusa raramente termina em uma única mensagem. Registre o que a empresa responder, cumpra os compromissos que você assumiu e leve as datas para a sua agenda.
followup-open = Abrir “Depois de enviar”

followup-reply-title = Resposta da empresa
# $date: the day the reply came (a weekday and date); $kind: what they asked (a reply-kind-* text).
followup-reply-recorded = { $date }: { $kind }
# $pay: the new yearly pay as the user typed it.
followup-reply-new-pay = Novo salário oferecido: { $pay }
followup-reply-answer = Responder com:
followup-reply-earlier-letter = A carta à qual a empresa respondeu
followup-they-replied = A empresa respondeu
followup-reply-on = Data da resposta
followup-reply-kind = Tipo de resposta
followup-reply-new-pay-field = Novo salário anual
followup-reply-improved-note = Uma proposta melhor reabre a sua decisão: antes de você responder, o checklist volta a fazer a pergunta sobre o salário, com os novos valores.
followup-reply-note = O que escreveram (opcional, para seu registro)
followup-reply-date-invalid = Informe a data em que a resposta chegou.
followup-record-reply = Registrar a resposta
reply-kind-improved-offer = Uma proposta melhor
reply-kind-what-would-it-take = “O que seria preciso?”
reply-kind-ask-for-call = Uma ligação depois do seu e-mail
reply-kind-keep-cv = Podem manter seu currículo no banco de talentos?
reply-kind-questionnaire = Um questionário de feedback
reply-kind-are-you-sure = “Tem certeza?”
status-reply-recorded = A resposta da empresa foi registrada, e a carta para respondê-la já está no editor de modelos. A carta à qual a empresa respondeu fica guardada em “Depois de enviar”.
status-reply-improved = A proposta melhor foi registrada, e a sua decisão está em aberto de novo. Responda à pergunta sobre o salário com os novos valores e depois escolha sua resposta em “Depois de enviar”.

followup-promises-title = Seus compromissos
followup-call-on = Ligação marcada para
followup-no-promises = Nenhum compromisso ainda. Os compromissos assumidos nas suas cartas aparecem aqui automaticamente; adicione qualquer outro que você tenha assumido.
followup-add-promise = Adicionar compromisso
followup-promise-what = O quê
followup-promise-to = Com quem
followup-promise-due = Prazo
followup-remove = Remover
# What the app knows the user promised. $company, $contact: from the opportunity; $name: a person met.
promise-answer = Dar sua resposta à empresa { $company }
promise-questionnaire = Devolver o questionário preenchido
promise-call = Ligação com { $contact }
promise-return-property = Devolver os documentos e tudo o que a empresa { $company } emprestou para a mudança
promise-settle-money = Acertar com a empresa { $company } o auxílio-mudança ou o bônus de contratação, conforme o contrato
promise-claim-reimbursements = Pedir o reembolso dos custos que a empresa { $company } concordou em cobrir
promise-check-in = Retomar o contato com { $name }
promise-untitled = Compromisso sem descrição
promise-done = cumprido
# $when: a weekday and date (with the time for the call); $days: a number of days.
promise-overdue = { $days ->
    [one] com { $days } dia de atraso ({ $when })
    [many] com { $days } de dias de atraso ({ $when })
   *[other] com { $days } dias de atraso ({ $when })
}
promise-due-today = vence hoje ({ $when })
promise-due-soon = { $days ->
    [one] vence amanhã ({ $when })
    [many] vence em { $days } de dias ({ $when })
   *[other] vence em { $days } dias ({ $when })
}
promise-due-later = até { $when }
promise-undated = ainda sem data
# A notice above the panels while the app is open. $when: a promise-overdue or promise-due-today text; $what: the promise; $title: the opportunity.
promise-notice = { $what } ({ $title }): { $when }
promise-show = Ver

followup-people-title = Pessoas que você conheceu
followup-no-people = Adicione as pessoas que você conheceu, para que manter contato não dependa da memória.
followup-person-name = Nome
followup-person-role = Cargo
followup-person-reach = Como entrar em contato
followup-person-connected = Conectados em uma rede profissional
followup-person-last-contact = Último contato
followup-person-check-in = Retomar o contato em
followup-write-to = Escrever uma mensagem para manter contato
followup-add-person = Adicionar pessoa

followup-calendar-title = Sua agenda
followup-calendar-note = Exporte para um arquivo de calendário (.ics), com lembretes, o prazo de resposta, seus compromissos, a ligação marcada, os passos depois da decisão e as datas para retomar o contato. Se você importar o arquivo de novo, os mesmos eventos são atualizados, sem duplicar nada. Nada sai deste computador.
followup-export-calendar = Exportar as datas desta oportunidade…
followup-export-calendar-all = Exportar as datas de todas as oportunidades…
# In the calendar file. $what: what is due; $company: the employer.
ics-summary = { $what } ({ $company })
ics-reply-by = Prazo de resposta
ics-answer-window = Enviar sua resposta: 72 horas desde a decisão
# $title: the opportunity (company · role).
ics-description = { $title }. Criado pelo Gracious.
# $name: the person the promise was made to.
ics-to-whom = com { $name }
ics-calendar-name = Gracious: { $title }
ics-calendar-name-all = Gracious: sua busca de emprego
# Na lista de oportunidades, ao lado de uma cujos compromissos vencem hoje ou já venceram. $count: quantos.
cases-promises-due = { $count ->
    [one] um compromisso a cumprir
    [many] { $count } de compromissos a cumprir
   *[other] { $count } compromissos a cumprir
}
# Ao lado do seletor de data da carta que responde a um questionário de feedback.
editor-questionnaire-date = Vou devolver o questionário até
# Uma ligação marcada cujo dia já passou, na lista de compromissos. $when: o dia da semana, a data e a hora.
promise-call-past = estava agendada para { $when }: marque quando ela tiver acontecido
