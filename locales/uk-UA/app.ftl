# Gracious — тексти інтерфейсу (uk-UA).
# Кожна мова має точно ті самі ідентифікатори повідомлень, що й en-US.

app-title = Gracious
# Між елементами списку, напр. «Віза, Податки». У лапках, щоб зберегти пробіл.
list-separator = { ", " }

## Меню

menu-file = Файл
menu-new-case = Нова вакансія
menu-export-case = Експортувати цю вакансію…
menu-export-workspace = Експортувати всі дані…
menu-export-csv = Експортувати список у CSV…
menu-import = Імпортувати…
menu-profile = Профіль
menu-about = Про програму
menu-language = Мова
menu-language-system = Мова системи ({ $language })
menu-theme = Тема
theme-system = Як у системі
theme-light = Світла
theme-dark = Темна

## Сповіщення і стан

notice-dismiss = Закрити
notice-save-failed = Не вдається зберегти зміни в { $folder } ({ $error }). Gracious тримає їх у пам’яті й спробує ще раз; не закривайте програму.
notice-missing-font = { $count ->
    [one] Не вдається показати { $count } символ: його немає в жодному встановленому шрифті. Установіть шрифт для своєї мови (у Debian або Ubuntu: fonts-noto-cjk для китайської, японської та корейської).
    [few] Не вдається показати { $count } символи: їх немає в жодному встановленому шрифті. Установіть шрифт для своєї мови (у Debian або Ubuntu: fonts-noto-cjk для китайської, японської та корейської).
    [many] Не вдається показати { $count } символів: їх немає в жодному встановленому шрифті. Установіть шрифт для своєї мови (у Debian або Ubuntu: fonts-noto-cjk для китайської, японської та корейської).
   *[other] Не вдається показати { $count } символу: їх немає в жодному встановленому шрифті. Установіть шрифт для своєї мови (у Debian або Ubuntu: fonts-noto-cjk для китайської, японської та корейської).
}
problem-empty = файл порожній
problem-malformed = файл пошкоджений або не є файлом Gracious ({ $detail })
problem-future-version = файл створено новішою версією Gracious (формат { $version })
problem-unreadable = не вдалося прочитати файл ({ $detail })
notice-set-aside = Не вдалося завантажити збережені дані: { $problem }. Нічого не видалено: файл переміщено до { $path }.
notice-left-in-place = Не вдалося завантажити збережені дані: { $problem }. Файл лишається недоторканим у { $path }, і до кінця цього сеансу Gracious не записуватиме поверх нього.
notice-restored-backup = Попереднє збереження завантажено з резервної копії { $path }.
notice-backup-set-aside = Резервну копію теж не вдалося завантажити: { $problem }. Її переміщено до { $path }. Gracious запущено з порожнім робочим простором.
status-saver-stopped = фонове збереження зупинилося
status-ready = Усе, що ви вводите, зберігається автоматично.
status-deleted = Видалено «{ $title }».
status-undo = Скасувати
status-copied = Скопійовано в буфер обміну.
status-copied-presend-open = { $open ->
    [one] Скопійовано в буфер обміну. У перевірці перед надсиланням ще не позначено { $open } пункт.
    [few] Скопійовано в буфер обміну. У перевірці перед надсиланням ще не позначено { $open } пункти.
    [many] Скопійовано в буфер обміну. У перевірці перед надсиланням ще не позначено { $open } пунктів.
   *[other] Скопійовано в буфер обміну. У перевірці перед надсиланням ще не позначено { $open } пункту.
}
status-draft-kept = Ваш відредагований лист збережено. Щоб замінити його новим шаблоном, натисніть «Повернутися до шаблону».
status-copy-failed = Не вдалося скопіювати в буфер обміну: { $error }. Виділіть текст і скопіюйте його вручну.

## Файли

file-dialog-open = Відкрито вікно вибору файлу.
file-no-dialog = У цій системі не вдалося відкрити вікно вибору файлу. Натомість введіть шлях до файлу.
file-failed = { $path }: { $error }
file-imported = { $count ->
    [one] Імпортовано { $count } вакансію з { $path }.
    [few] Імпортовано { $count } вакансії з { $path }.
    [many] Імпортовано { $count } вакансій з { $path }.
   *[other] Імпортовано { $count } вакансії з { $path }.
}
file-exported = Збережено { $path }.
file-save-title = Зберегти у файл
file-open-title = Відкрити файл
file-path = Шлях
file-save = Зберегти
file-open = Відкрити
file-cancel = Скасувати
csv-date = Дата співбесіди або пропозиції

## Вакансії

cases-title = Вакансії
cases-new = Нова
cases-duplicate = Дублювати
cases-archive = Архівувати
cases-unarchive = Відновити
cases-delete = Видалити
cases-untitled = Нова вакансія
cases-reply-by = відповісти до { $date }
cases-overdue = прострочено
status-deciding = На розгляді
status-negotiating = Перемовини
status-declined = Відхилено
status-accepted = Прийнято
status-archived = В архіві

## Профіль

profile-title = Ваш профіль
profile-intro = Потрібен для підпису листів. Дані залишаються на цьому комп’ютері.
profile-name = Ім’я
profile-email = Електронна пошта
profile-signature = Підпис
profile-signature-hint = Завершує листи замість імені, напр.: ім’я, посада, телефон
profile-letter-language = Типова мова листів
profile-formality = Тон
profile-formality-help = Тон враховується там, де мова листа його розрізняє: «Ви» чи «ти» українською, «Sie» чи «du» німецькою, кейґо чи проста ввічлива форма японською.
formality-formal = Офіційний
formality-informal = Неофіційний

## Панелі

tab-checklist = Чек-лист рішення
tab-mobility = Переїзд
tab-channel = Спосіб зв’язку
tab-editor = Редактор шаблонів

## Заголовок вакансії

header-company = Компанія
header-role = Посада
header-contact = Контактна особа
header-stage = Етап
header-status = Статус
header-reply-by = Відповісти до
header-date-interview = Дата співбесіди
header-date-offer = Дата пропозиції
header-date-hint = РРРР-ММ-ДД
header-date-invalid = Запишіть дату у форматі РРРР-ММ-ДД, напр. 2026-11-26.
stage-after-interview = Після співбесіди
stage-after-offer = Після пропозиції

# Доступна назва одного варіанта в групі, напр. «Етап: Після пропозиції».
choice-accessible-name = { $group }: { $choice }

## Чек-лист рішення

checklist-title = Чи варто відмовитися?
checklist-intro = Дайте відповідь на п’ять запитань. Нижче з’явиться висновок із поясненням; це лише порада, а рішення завжди за вами.
checklist-use-weights = Зважити запитання (вкажіть, наскільки кожне з них важливе для вас)
checklist-blocker = Що заважає?
checklist-blocker-name = { $question }: що заважає
checklist-blocker-negotiable = Про це можна домовитися.
checklist-blocker-fundamental = Перемовини цього не виправлять.
blocker-group-negotiable = Можна домовитися
blocker-group-fundamental = Принципова невідповідність
blocker-compensation = Зарплата й соцпакет
blocker-start-date = Дата початку роботи
blocker-role-scope = Коло обов’язків
blocker-remote-work = Віддалена або гнучка робота
blocker-relocation-support = Допомога з переїздом
blocker-values = Цінності
blocker-way-of-working = Стиль роботи
blocker-long-term-direction = Довгостроковий напрям
blocker-personal-compromise = Сім’я, віза чи здоров’я
checklist-weight = Наскільки це важливо
checklist-weight-name = { $question }: наскільки це важливо
weight-1 = трохи: не вирішальне
weight-2 = певною мірою
weight-3 = досить важливо
weight-4 = дуже важливо
weight-5 = принципово
checklist-note-hint = Примітка (необов’язково)
checklist-note-name = { $question }: примітка
checklist-suggestion = Вкладка «Переїзд» підказує відповідь «{ $answer }».
checklist-suggestion-net = Вкладка «Переїзд» підказує відповідь «{ $answer }», якщо рахувати зарплату після сплати податків.
checklist-suggestion-gross = Вкладка «Переїзд» підказує відповідь «{ $answer }», якщо рахувати зарплату до сплати податків. Вкажіть обидві ставки податку, щоб порівняти, скільки ви отримуватимете на руки.
checklist-suggestion-use = Застосувати
checklist-suggestion-use-name = { $question }: застосувати підказку
checklist-q-career-goals = Чи відповідає посада вашим кар’єрним цілям на найближчі 12–24 місяці?
checklist-q-career-goals-help = Подумайте, де ви хочете бути через рік-два, а не лише про наступний крок.
checklist-q-career-goals-short = Кар’єрні цілі
checklist-q-pay-after-costs = Чи прийнятні зарплата й соцпакет з урахуванням вартості життя та переїзду?
checklist-q-pay-after-costs-help = Порівнюйте, що можна купити на ці гроші там, де ви житимете, а не саму лише суму.
checklist-q-pay-after-costs-short = Зарплата з урахуванням витрат
checklist-q-growth = Чи є реальна перспектива розвитку й підвищення?
checklist-q-growth-help = Чи навели вам конкретні приклади того, як зростали люди на цій посаді?
checklist-q-growth-short = Розвиток
checklist-q-compromise = Чи доведеться вам, погодившись, піти на компроміс, до якого ви не готові (сім’я, віза, здоров’я)?
checklist-q-compromise-help = Тут тривожна відповідь — «Так».
checklist-q-compromise-short = Компроміс
checklist-q-culture-fit = Чи підходять вам культура компанії та стиль керівництва?
checklist-q-culture-fit-help = Пригадайте, як люди, з якими ви зустрічалися, говорили про свою роботу й одне про одного.
checklist-q-culture-fit-short = Культура й керівництво
answer-yes = Так
answer-no = Ні
answer-not-sure = Не знаю
answer-unanswered = Без відповіді

verdict-label = Висновок:
verdict-decline = Відмовитися
verdict-decline-advice = Однієї суттєвої невідповідності досить. Відмовтеся швидко й доброзичливо і залиште двері відчиненими.
verdict-negotiate-first = Спершу обговорити умови
verdict-negotiate-first-advice = Те, що заважає, можна обговорити. Запитайте про це, перш ніж відмовлятися; сказати «ні» ви зможете й потім.
verdict-lean-accept = Радше погодитися
verdict-lean-accept-advice = Ніщо тут не свідчить на користь відмови. Погоджуйтеся, лише коли будете впевнені, а тоді припиніть співбесіди в інших компаніях.
verdict-undecided = Рішення ще немає
verdict-undecided-advice = Не погоджуйтеся, поки маєте сумніви. Попросіть часу, назвіть дату своєї відповіді й з’ясуйте, чого вам бракує.
verdict-reasons = Підстави:
reason-fundamental-blocker = { $question }: { $blocker } — невідповідність, яку перемовини не виправлять.
reason-negotiable-blocker = { $question }: { $blocker } — перешкода, про яку можна домовитися.
reason-minor = { $question }: є застереження, але для вас воно мало важить, тож не вирішальне.
reason-unanswered = { $question }: відповіді ще немає.
reason-not-sure = { $question }: ви ще не впевнені.
reason-all-favourable = Усі відповіді — на користь посади.
# Ви схиляєтеся до відмови, але єдині перешкоди можна обговорити: просити кращих умов на
# посаді, якої ви не хочете, — марна трата часу для всіх.
reason-negotiation-not-wanted = { $question }: { $blocker } — про це можна домовитися, але ви схиляєтеся до відмови. Обговорюйте умови лише тоді, коли справді хочете цю посаду; інакше відмовтеся вже зараз.
# Про зарплату можна домовитися, але щодо розвитку чи культури ще є сумніви: спершу з’ясуйте це.
reason-doubt-before-negotiating = { $question }: ви ще не впевнені. Спершу з’ясуйте це: обговорюйте умови лише тоді, коли в усьому іншому посада вам підходить.
reason-negotiation-failed = { $question }: { $blocker }. Компанія не змогла погодитися на ваші умови, тож це й далі заважає.
reason-negotiation-partly = { $question }: компанія частково погодилася на ваші умови. Дайте відповідь на це запитання ще раз з урахуванням того, що вам запропонували.
reason-negotiation-met = { $question }: компанія погодилася на ваші умови.
# Зважена частка сприятливих відповідей менша за половину.
reason-weak-fit = Лише { $percent }% того, що для вас важливо, говорить на користь посади: поки що не погоджуйтеся.
negotiation-title = Чим завершилися перемовини?
negotiation-pending = Відповіді ще немає
negotiation-met = Погодилися
negotiation-partly = Частково
negotiation-failed = Не змогли
# Кнопка відмови, коли відповідь дають під час дзвінка: відкриває сценарій дзвінка.
verdict-call-script = Підготуватися до дзвінка
verdict-write-decline = Написати лист із відмовою
verdict-write-negotiate = Написати лист про умови
verdict-ask-for-time = Попросити часу
verdict-fit = Зважена відповідність: { $percent }%
flip-answer = Що змінить висновок: якщо в пункті «{ $question }» відповісти «{ $answer }», висновок буде «{ $verdict }».
flip-weight = Що змінить висновок: якщо надати пункту «{ $question }» вагу { $weight }, висновок буде «{ $verdict }».
inclination-label = До чого ви схиляєтеся?
inclination-open = Ще не визначено
inclination-accept = До згоди
inclination-decline = До відмови
inclination-still-interviewing = Я ще проходжу співбесіди в інших компаніях
inclination-too-soon = Погоджуватися, поки ви вагаєтеся або ще проходите співбесіди деінде, — помилка, яку важко виправити. Натомість попросіть часу й назвіть дату своєї відповіді.
presend-title = Перед надсиланням
presend-advisor = Рішення обговорено з людиною, якій я довіряю
presend-channel = Спосіб зв’язку обрано (лист або дзвінок із підсумковим листом)
presend-framework = У листі є подяка, чітке рішення і відчинені двері на майбутнє
presend-proofread = Лист вичитано: тон і граматика
presend-in-time = Надсилаю протягом 24–72 годин після рішення
presend-archived = Документи заявки в архіві, журнал пошуку роботи оновлено
presend-summary = Перевірка перед надсиланням: виконано { $done } з { $total }

## Переїзд

mobility-title = Переїзд за кордон заради цієї посади?
mobility-intro = Оцініть, що переїзд означатиме для вас і вашої родини. Усе невідоме варто з’ясувати, перш ніж відповідати.
mobility-moving-abroad = Ця пропозиція передбачає переїзд до іншої країни
mobility-not-moving = Позначте пункт вище, якщо пропозиція передбачає переїзд за кордон; тоді ця вкладка допоможе все зважити.
mobility-current-country = Країна проживання
mobility-destination-country = Країна роботи
mobility-choose-country = Оберіть країну
mobility-search-country = Пошук країни
ppp-title = Реальна вартість зарплати
ppp-intro = Введіть обидві річні зарплати, кожну у своїй валюті. Gracious порівнює, що на них можна купити, за даними Світового банку про паритет купівельної спроможності: обмінний курс не потрібен.
ppp-amount = Зарплата на рік
ppp-currency = Валюта
ppp-tax = Ставка податку (%)
ppp-override = Власний коефіцієнт
ppp-override-hint = необов’язково
ppp-current-pay = Зараз
ppp-offered-pay = Пропозиція
ppp-worth = { $country }: у місцевих цінах пропозиція варта близько { $amount } на рік.
ppp-change = Це { $change }% порівняно з вашим теперішнім заробітком.
ppp-net = Після сплати податків: близько { $amount } ({ $change }%).
ppp-source-data = { $country }: { $series }, { $year }, { $factor } за міжнародний долар (Світовий банк).
ppp-source-override = { $country }: власний коефіцієнт, { $factor } за міжнародний долар.
ppp-series-private = купівельна спроможність для споживання домогосподарств
ppp-series-gdp = купівельна спроможність для економіки загалом (ВВП)
ppp-unreliable = { $country }: ціни швидко зростають, а цьому коефіцієнту понад рік, тож результат лише приблизний.
ppp-national = Це середні показники по країні: у великому місті життя може бути значно дорожчим. Якщо знаєте точніший коефіцієнт, введіть його.
ppp-incomplete = Оберіть обидві країни та введіть обидві зарплати, щоб побачити реальну вартість пропозиції.
ppp-not-positive = Введіть кожну зарплату як суму, більшу за нуль.
ppp-no-data = { $country }: у Світового банку немає придатних даних про купівельну спроможність. Gracious не вгадуватиме: якщо маєте власний коефіцієнт, введіть його.
ppp-currency-mismatch = { $country }: дані вказано у валюті { $currency }, тож введіть цю зарплату в { $currency }.
ppp-sources = Джерела даних
visa-title = Віза й дата початку роботи
visa-processing-weeks = Оформлення візи (тижнів)
visa-start-date = Дата початку роботи
visa-in-time = { $weeks ->
    [0] Віза має надійти вчасно, але без жодного запасу часу.
    [one] Віза має надійти вчасно, із запасом у { $weeks } тиждень.
    [few] Віза має надійти вчасно, із запасом у { $weeks } тижні.
    [many] Віза має надійти вчасно, із запасом у { $weeks } тижнів.
   *[other] Віза має надійти вчасно, із запасом у { $weeks } тижня.
}
visa-late = { $weeks ->
    [one] Віза надійде приблизно через { $weeks } тиждень після дати початку роботи. Попросіть пізнішу дату початку або допомогу з пришвидшенням оформлення.
    [few] Віза надійде приблизно через { $weeks } тижні після дати початку роботи. Попросіть пізнішу дату початку або допомогу з пришвидшенням оформлення.
    [many] Віза надійде приблизно через { $weeks } тижнів після дати початку роботи. Попросіть пізнішу дату початку або допомогу з пришвидшенням оформлення.
   *[other] Віза надійде приблизно через { $weeks } тижня після дати початку роботи. Попросіть пізнішу дату початку або допомогу з пришвидшенням оформлення.
}
visa-unknown = Введіть термін оформлення й дату початку роботи, щоб перевірити, чи все встигає.
mobility-prestige = Чи приваблює вас насамперед саме місце (його назва, престиж)?
mobility-weight-name = { $factor }: наскільки це важливо
mobility-score = Зважена оцінка того, що відомо: { $percent }%
mobility-trap-prestige = Схоже, місце вабить більше, ніж сама посада. Чи погодилися б ви на таку саму посаду вдома?
mobility-trap-visa-late = Віза надійде вже після дати початку роботи. Це привід домовитися про іншу дату початку, а не відмовлятися: попросіть пізніший вихід на роботу.
mobility-horizon = Погляд на 12–24 місяці вперед
mobility-toward-place = Чи наближає це вас до бажаного місця або візи?
mobility-builds-skills = Чи розвиває це навички, які полегшать переїзд згодом?
mobility-horizon-warning = Ні те, ні інше: цей переїзд не служить вашим довгостроковим планам.
mobility-factor-visa = Віза й дозвіл на роботу
mobility-factor-visa-help = Наскільки надійне спонсорство і чи надійде дозвіл до початку роботи?
mobility-factor-relocation = Компенсація переїзду
mobility-factor-relocation-help = Чи оплачує компанія переїзд, тимчасове житло та дорогу?
mobility-factor-family = Підтримка родини
mobility-factor-family-help = Допомога з житлом, документами та облаштуванням для всіх, хто переїжджає.
mobility-factor-schooling = Навчання дітей
mobility-factor-schooling-help = Місця в школах, мова навчання та вартість для дітей.
mobility-factor-partner-work = Робота для партнера чи партнерки
mobility-factor-partner-work-help = Чи матиме ваша друга половина право там працювати й чи знайде роботу за фахом?
mobility-factor-cost-of-living = Вартість життя порівняно із зарплатою
mobility-factor-cost-of-living-help = Що можна купити на цю зарплату там, а не лише обмінний курс.
mobility-factor-health-care = Медицина й соціальний захист
mobility-factor-health-care-help = Страхування, пенсія та лікарняні порівняно з тим, що ви маєте зараз.
mobility-factor-language = Мова й культура для родини
mobility-factor-language-help = Чи впорається кожен, хто переїжджає, з повсякденним життям і чи знайде друзів?
mobility-factor-tax = Податки із зарплати
mobility-factor-tax-help = Податок на доходи там і податки, які, можливо, доведеться сплатити вдома.
rating-good = Добре
rating-acceptable = Прийнятно
rating-poor = Погано
rating-unknown = Невідомо
# Для роботи партнера чи партнерки і навчання дітей, коли з користувачем ніхто не переїжджає або дітей немає.
rating-not-applicable = Не стосується
mobility-note-hint = Примітка (необов’язково)
mobility-note-name = Примітка: { $factor }
mobility-summary = Підсумок
mobility-none = немає
mobility-strengths = Переваги:
mobility-risks = Ризики:
mobility-unknowns = Ще невідомо:
mobility-traps = Зверніть увагу
mobility-trap-partner-work = Із правом на роботу для вашої другої половини погано або нічого не відомо. Саме від цього часто залежить, чи вдасться переїзд для пари.
mobility-trap-schooling = Зі шкільним навчанням погано або нічого не відомо. Перш ніж вирішувати, перевірте місця в школах і вартість.
mobility-trap-tax = Податки із зарплати невідомі. З’ясуйте, скільки вам залишиться після їх сплати.

## Спосіб зв’язку

channel-title = Лист, дзвінок чи відеозв’язок?
channel-intro = Розкажіть трохи про процес відбору, і Gracious підкаже, як краще передати вашу відповідь.
channel-main-contact = Основний контакт
channel-contact-recruiter = Рекрутер
channel-contact-hiring-manager = Майбутній керівник
channel-rounds = Кількість етапів співбесід
channel-close-rapport = З майбутнім керівником склалися близькі стосунки
channel-personal-time = Хтось приділив вам багато особистого часу
channel-collaboration = Посада передбачала тісну співпрацю з людьми, з якими ви зустрічалися
channel-relocation-visa = Обговорювали або пропонували переїзд чи візу
channel-video-process = Співбесіди відбувалися у відеоформаті
channel-recommendation = Рекомендовано:
channel-email = Лист
channel-phone-then-email = Телефонний дзвінок, потім короткий підсумковий лист
channel-video-then-email = Відеодзвінок, потім короткий підсумковий лист
channel-why = Чому:
channel-reason-email-default = Ніщо не вимагає живої розмови: лист залишає чіткий запис і заощаджує всім час.
channel-reason-recruiter = Ви спілкувалися з рекрутером у формальному процесі відбору; тут очікують саме листа.
channel-reason-close-rapport = З майбутнім керівником у вас склалися близькі стосунки, тож про рішення варто сказати особисто.
channel-reason-many-rounds = Ви пройшли кілька етапів; особиста розмова віддасть належне цим зусиллям.
channel-reason-personal-time = Хтось приділив вам багато часу; дзвінок — найкращий спосіб як слід подякувати.
channel-reason-collaboration = Посада передбачала тісну співпрацю; розмова збереже теплі стосунки.
channel-reason-relocation-visa = Ішлося про переїзд або візу; можливо, над цим уже почали працювати.
channel-reason-video-process = Відбір відбувався у відеоформаті, тож короткий відеодзвінок буде природним.
channel-recap-advice = Після дзвінка надішліть короткий лист, який підтверджує сказане.
channel-your-choice = Ваш вибір:
channel-follow = Як рекомендовано
channel-open-call-script = Відкрити сценарій дзвінка
channel-write-recap = Написати підсумковий лист
call-mode-title = Сценарій дзвінка
call-mode-intro = Говоріть своїми словами, але в цьому порядку: так найкраще. Коротко й тепло.

## Термін відповіді

deadline-title = Коли відповісти
deadline-decided-on = Рішення ухвалено
deadline-at = о
deadline-time-hint = ГГ:ХХ
deadline-decided-now = Рішення ухвалено щойно
# Дата, до якої роботодавець чекає на відповідь: крайній термін.
deadline-their-date = Крайній термін роботодавця: { $date }.
deadline-not-decided = Рішення ще не ухвалено: 24–72 години на відповідь відраховуються від моменту, коли ви його ухвалите.
deadline-window-past = Від вашого рішення минуло понад 72 години. Відповідайте зараз, до крайнього терміну роботодавця.
deadline-overdue-their = Крайній термін роботодавця минув. Відповідайте сьогодні: запізніла відповідь значно краща за мовчання.
deadline-invalid = Запишіть дату у форматі РРРР-ММ-ДД, а час — у форматі ГГ:ХХ (24 години).
deadline-answer-by = Відповісти до { $due }, а найкраще — до { $ideal }.
deadline-left-ideal = Залишилося: { $duration }. Зараз найкращий час відповісти.
deadline-left = Залишилося: { $duration }.
deadline-overdue = Запізнення: { $duration }. Відповідайте сьогодні: запізніла відповідь значно краща за мовчання.
deadline-need-time = Потрібно більше часу? Скажіть про це вже зараз і назвіть дату своєї відповіді.
duration-days = { $n ->
    [one] { $n } день
    [few] { $n } дні
    [many] { $n } днів
   *[other] { $n } дня
}
duration-hours = { $n ->
    [one] { $n } година
    [few] { $n } години
    [many] { $n } годин
   *[other] { $n } години
}
duration-minutes = { $n ->
    [one] { $n } хвилина
    [few] { $n } хвилини
    [many] { $n } хвилин
   *[other] { $n } хвилини
}

## Хронологія

timeline-title = Після рішення
timeline-day-1 = День 1
timeline-day-2 = День 2
timeline-days-3-7 = Дні 3–7
timeline-stay-in-touch = Підтримувати зв’язок
step-draft = Скласти чернетку листа
step-choose-channel = Обрати спосіб зв’язку
step-book-call = Домовитися про дзвінок
step-send-or-call = Надіслати лист або зателефонувати
step-send-recap = Після дзвінка надіслати підсумковий лист
step-archive = Заархівувати документи заявки
step-tracker = Оновити журнал пошуку роботи
step-refocus = Спрямувати вивільнений час на посади, які пасують більше
step-close-visa = Завершити справи з візою чи переїздом
step-reimbursements = Уточнити компенсації та зобов’язання
step-connect = Додати в контакти з особистим повідомленням
step-offer-help = Запропонувати допомогу, напр. порекомендувати когось із колег
step-future-roles = Попросити мати вас на увазі для майбутніх вакансій
timeline-write-note = Написати лист, щоб підтримати зв’язок
channel-timing = Відповідайте протягом 24–72 годин після рішення. Якщо потрібно більше часу, одразу скажіть про це й назвіть дату. Мовчання — найгірша відповідь.

## Редактор шаблонів

editor-title = Ваш лист
editor-scenario = Ситуація
scenario-withdraw-after-interview = Після співбесіди: посада не підходить
scenario-accepted-other-offer = Після пропозиції: прийнято іншу пропозицію
scenario-not-right-fit-after-offer = Після пропозиції: посада не підходить
scenario-after-negotiation = Після перемовин: відмова від остаточної пропозиції
scenario-relocation-not-feasible = Після пропозиції: переїзд неможливий для родини
scenario-negotiate-instead = Замість відмови: обговорити умови
scenario-ask-for-time = Попросити часу: назвати дату відповіді
scenario-call-recap = Після дзвінка: підсумковий лист
scenario-stay-connected = Підтримати зв’язок: короткий лист
scenario-interview-call-script = Після співбесіди: сценарій дзвінка
scenario-visa-unworkable = Після пропозиції: віза чи спонсорство неможливі (лист після дзвінка)
scenario-counteroffer = Контрпропозиція: залишитися в нинішнього роботодавця
scenario-many-rounds-call-script = Після багатьох етапів: сценарій дзвінка
scenario-active-relocation = Під час переїзду: відкрито про зобов’язання
scenario-repair = Виправити враження після невдалої відмови
scenario-reopen = Повернутися до посади, від якої ви раніше відмовилися
editor-letter-language = Мова листа
editor-letter-language-same = Як в інтерфейсі ({ $language })
editor-letter-language-profile = З вашого профілю ({ $language })
editor-sender = Ваше ім’я
editor-subject = Тема
editor-body = Текст
editor-unfilled = Ще треба заповнити: { $placeholders }
editor-copy = Копіювати
editor-reset = Повернутися до шаблону
editor-formality = Тон
editor-to = Кому
editor-script-note = Це сценарій дзвінка: скажіть усе своїми словами, а потім надішліть підсумковий лист.
editor-answer-date = Я відповім до
editor-answer-date-past = Оберіть дату після сьогоднішньої: лист не може обіцяти відповідь до дати, яка вже минула.
# Відповідь одним реченням на випадок, якщо роботодавець запитає чому; показується разом зі сценарієм дзвінка й у редакторі.
why-title = Якщо запитають про причину
editor-network-note = Для запрошення до контактів: без теми й не більше 300 символів (зараз { $count }).
editor-network-too-long = { $count ->
    [one] { $count } символ: скоротіть текст до 300 символів або менше, щоб він умістився в запрошення.
    [few] { $count } символи: скоротіть текст до 300 символів або менше, щоб він умістився в запрошення.
    [many] { $count } символів: скоротіть текст до 300 символів або менше, щоб він умістився в запрошення.
   *[other] { $count } символу: скоротіть текст до 300 символів або менше, щоб він умістився в запрошення.
}
editor-relocation-check = Перш ніж обіцяти щось відшкодувати, перевірте, що передбачає ваш договір щодо витрат на переїзд.
editor-fill = Заповнити
editor-fill-name = Значення для { $placeholder }
editor-save-txt = Зберегти як текст…
editor-save-eml = Зберегти як чернетку листа (.eml)…
editor-mail-client = Відкрити в поштовій програмі
editor-copy-refused = Перш ніж копіювати, заповніть: { $placeholders }.
editor-export-refused = Перш ніж кудись надсилати, заповніть: { $placeholders }.
editor-mail-failed = Не вдалося відкрити поштову програму ({ $error }). Скопіюйте текст натомість.
editor-mail-opened = Відкрито в поштовій програмі.
editor-group-builtin = Вбудовані шаблони
editor-group-mine = Мої шаблони
editor-customised = (ваша версія)

## Перевірка

review-title = Перевірка
review-intro = Порівняння зі схемою: згадати розмову чи пропозицію, повідомити рішення, назвати причину, подякувати, запропонувати зв’язок, наступні кроки, завершення.
review-acknowledge = Згадує співбесіду чи пропозицію
review-decision = Чітко повідомляє рішення
review-reason = Коротко називає причину
review-gratitude = Дякує
review-stay-in-touch = Пропонує підтримувати зв’язок
review-next-steps = Називає наступні кроки
review-sign-off = Має завершальну формулу
review-present = є
review-missing = бракує
review-optional = необов’язково, не знайдено
review-length-words = { $length ->
    [one] { $length } слово (бажано не більше { $max }).
    [few] { $length } слова (бажано не більше { $max }).
    [many] { $length } слів (бажано не більше { $max }).
   *[other] { $length } слова (бажано не більше { $max }).
}
review-length-chars = { $length ->
    [one] { $length } символ (бажано не більше { $max }).
    [few] { $length } символи (бажано не більше { $max }).
    [many] { $length } символів (бажано не більше { $max }).
   *[other] { $length } символу (бажано не більше { $max }).
}
review-too-long = Лист задовгий: що коротше, то чіткіше звучить рішення.
review-negative = Звучить критично: { $words }. Залиште претензії поза листом, нехай він буде доброзичливим.
review-unfilled = У тексті ще є заповнювачі: { $placeholders }
review-all-good = Виправляти нічого не треба.

## Мої шаблони

templates-title = Мої шаблони
templates-name = Назва шаблону
templates-save-new = Зберегти цей лист як новий шаблон
templates-save-version = Зберегти як мою версію цього шаблону
templates-restore = Відновити оригінальний шаблон
templates-rename = Назва шаблону «{ $name }»
templates-duplicate = Дублювати «{ $name }»
templates-delete = Видалити «{ $name }»
templates-use = Використати «{ $name }»
templates-use-short = Використати
templates-confirm-delete = Так, видалити
templates-none = Власних шаблонів поки немає. Збережіть лист, щоб використати його знову: назву компанії, посаду та імена буде знову замінено на заповнювачі.
templates-import = Імпортувати шаблони…
templates-export = Експортувати мої шаблони…
templates-saved = Збережено як «{ $name }».
templates-imported = { $count ->
    [one] Імпортовано { $count } шаблон.
    [few] Імпортовано { $count } шаблони.
    [many] Імпортовано { $count } шаблонів.
   *[other] Імпортовано { $count } шаблону.
}
templates-copy-name = { $name } (копія)
header-contact-email = Електронна пошта контактної особи

## Про програму

about-title = Про Gracious
about-intro = Gracious допомагає відмовитися від роботи швидко, чітко й доброзичливо. Усі дані залишаються на цьому комп’ютері.
about-version = Версія { $version }
about-data = Джерела даних і ліцензії
about-data-body = Для порівняння купівельної спроможності Gracious використовує коефіцієнти перерахунку за паритетом купівельної спроможності (ПКС) Світового банку, опубліковані за ліцензією Creative Commons «Із зазначенням авторства» 4.0 (CC BY 4.0, creativecommons.org/licenses/by/4.0). Gracious містить їх у переробленому вигляді й лише за останній рік кожного ряду; дані Болгарії перераховано з левів у євро, а Зімбабве не включено. Світовий банк не схвалює і не рекомендує Gracious. Назви країн, а також формати чисел, грошових сум і дат узято з Unicode CLDR.

## Перший запуск

welcome-title = Вітаємо в Gracious
welcome-body = Gracious допомагає відмовитися від роботи після співбесіди чи отриманої пропозиції — швидко, чітко й доброзичливо, вашою мовою.
welcome-steps = Дайте відповідь на п’ять коротких запитань, оберіть, як повідомити про рішення, і напишіть відповідь за шаблоном. Перед надсиланням Gracious допоможе її перевірити.
welcome-start = Почати з власної вакансії
welcome-example = Показати приклад
welcome-private = Усе, що ви вводите, залишається на цьому комп’ютері.
# Над вакансією-прикладом; «приклад» — одна вигадана пропозиція роботи.
example-banner = Це приклад із вигаданими даними: усі вкладки заповнено, щоб показати, як вони працюють.
example-remove = Видалити приклад
# Додається до назви прикладу в списку вакансій.
cases-example = приклад

## Наступний крок

# Перед кнопкою з єдиною справою, яку варто зробити зараз, напр. «Наступний крок: [Написати лист]».
next-label = Наступний крок:
next-answer-checklist = Заповнити чек-лист
# Чек-лист показує, що посада підходить: відмовлятися немає від чого.
next-lean-accept = Ви радше схиляєтеся до згоди, тож поки що відмовлятися немає від чого.
next-lean-accept-short = Радше погодитися
next-review-checklist = Переглянути чек-лист
next-pick-channel = Обрати спосіб зв’язку
next-write-letter = Написати лист
# $deadline — день тижня й дата, іноді з часом, напр. «чт, 26 лист., 14:00». Без прийменника, щоб не відмінювати дату.
next-send-by = Надіслати відповідь (термін: { $deadline })
next-send = Надіслати відповідь
next-mark-sent = Позначити як надіслане
# $phase — період, напр. «Дні 3–7»; $step — завдання, напр. «Оновити журнал пошуку роботи».
next-step = { $phase }: { $step }
next-step-done = Готово
# Доступна назва кнопки «Готово»; $step — завдання, яке вона позначає виконаним.
next-step-done-name = Позначити як виконане: { $step }
next-all-done = Тут усе зроблено.
# Під кожною вакансією в списку; $action — один із наступних кроків вище.
cases-next = Далі: { $action }
# Програма зчитування з екрана читає це після назви вкладки, напр. «Спосіб зв’язку (готово)».
tab-state-done = готово
tab-state-attention = потребує уваги
# Кнопка біля рекомендованого способу зв’язку: прийняти рекомендацію як свій вибір.
channel-use-recommendation = Обрати цей варіант

## Date picker

date-pick = Обрати дату в календарі: { $field }
date-previous-month = Попередній місяць
date-next-month = Наступний місяць
date-today = Сьогодні
date-clear = Очистити
date-close = Закрити
date-day-today = { $date } (сьогодні)

## Одне вікно на папку даних

# Показується, коли Gracious запускають удруге з тими самими даними; $path — папка даних.
notice-already-open = Gracious уже відкрито з вашими даними ({ $path }). Це вікно лише для перегляду: зміни, внесені тут, не зберігаються. Закрийте його й працюйте далі у вже відкритому вікні.

## Вихід із незбереженими змінами

quit-title = Останні зміни не збережено
# $error — причина, яку повідомляє система, напр. «Permission denied (os error 13)».
quit-save-failed = Gracious не вдалося зберегти ваші останні зміни ({ $error }). Якщо ви вийдете зараз, їх буде втрачено.
quit-read-only = Це вікно не зберігає змін (ваші дані відкрито в іншому вікні). Якщо ви вийдете зараз, зміни, внесені тут, буде втрачено.
quit-retry = Спробувати зберегти ще раз
# Відкриває вікно вибору файлу, щоб записати всі дані (усі вакансії, профіль, власні шаблони) у файл.
quit-export = Зберегти все у файл…
quit-anyway = Вийти без збереження
