# Gracious — teksty interfejsu (pl-PL).
# Każdy język ma dokładnie te same identyfikatory komunikatów co en-US.

app-title = Gracious
# Separator elementów listy, np. „Wiza, Podatek”. W cudzysłowie, by zachować spację.
list-separator = { ", " }

## Menu

menu-file = Plik
menu-new-case = Nowa rekrutacja
menu-export-case = Eksportuj tę rekrutację…
menu-export-workspace = Eksportuj wszystkie dane…
menu-export-csv = Eksportuj listę do CSV…
menu-import = Importuj…
menu-add-dictionary = Dodaj słownik ortograficzny…
menu-profile = Profil
menu-about = O programie
menu-language = Język
menu-language-system = Język systemu ({ $language })
menu-theme = Motyw
theme-system = Zgodnie z systemem
theme-light = Jasny
theme-dark = Ciemny

## Powiadomienia i stan

notice-dismiss = Zamknij
notice-save-failed = Nie można zapisać zmian w { $folder } ({ $error }). Gracious przechowuje je w pamięci i spróbuje ponownie; nie zamykaj aplikacji.
notice-missing-font = { $count ->
    [one] Nie można wyświetlić jednego znaku, bo nie zawiera go żadna zainstalowana czcionka. Zainstaluj czcionkę dla swojego języka (w Debianie lub Ubuntu: fonts-noto-cjk dla chińskiego, japońskiego i koreańskiego).
    [few] Nie można wyświetlić { $count } znaków, bo nie zawiera ich żadna zainstalowana czcionka. Zainstaluj czcionkę dla swojego języka (w Debianie lub Ubuntu: fonts-noto-cjk dla chińskiego, japońskiego i koreańskiego).
   *[many] Nie można wyświetlić { $count } znaków, bo nie zawiera ich żadna zainstalowana czcionka. Zainstaluj czcionkę dla swojego języka (w Debianie lub Ubuntu: fonts-noto-cjk dla chińskiego, japońskiego i koreańskiego).
    [other] Nie można wyświetlić { $count } znaku, bo nie zawiera go żadna zainstalowana czcionka. Zainstaluj czcionkę dla swojego języka (w Debianie lub Ubuntu: fonts-noto-cjk dla chińskiego, japońskiego i koreańskiego).
}
problem-empty = plik był pusty
problem-malformed = plik jest uszkodzony lub nie jest plikiem Gracious ({ $detail })
problem-future-version = plik został zapisany przez nowszą wersję Gracious (format { $version })
problem-unreadable = nie udało się odczytać pliku ({ $detail })
notice-set-aside = Nie udało się wczytać zapisanych danych: { $problem }. Niczego nie usunięto: plik przeniesiono do { $path }.
notice-left-in-place = Nie udało się wczytać zapisanych danych: { $problem }. Plik pozostaje nietknięty w { $path }, a Gracious nie nadpisze go w tej sesji.
notice-restored-backup = Wczytano poprzedni zapis z kopii zapasowej { $path }.
notice-backup-set-aside = Nie udało się wczytać także kopii zapasowej: { $problem }. Przeniesiono ją do { $path }. Gracious uruchomiono z pustym obszarem roboczym.
status-saver-stopped = zapisywanie w tle zostało zatrzymane
status-ready = Wszystko, co wpisujesz, zapisuje się automatycznie.
status-deleted = Usunięto „{ $title }”.
status-undo = Cofnij
status-reset = Przywrócono treść listu z szablonu.
status-copied = Skopiowano do schowka.
status-copied-presend-open = { $open ->
    [one] Skopiowano do schowka. Jeden punkt kontroli przed wysłaniem jest jeszcze nieodhaczony.
    [few] Skopiowano do schowka. { $open } punkty kontroli przed wysłaniem są jeszcze nieodhaczone.
   *[many] Skopiowano do schowka. { $open } punktów kontroli przed wysłaniem jest jeszcze nieodhaczonych.
    [other] Skopiowano do schowka. { $open } punktu kontroli przed wysłaniem jest jeszcze nieodhaczone.
}
status-draft-kept = Zachowano twoją edytowaną wersję listu. Kliknij „Przywróć szablon”, aby zastąpić ją nowym szablonem.
status-copy-failed = Nie udało się skopiować do schowka: { $error }. Zaznacz tekst i skopiuj go ręcznie.

## Pliki

file-dialog-open = Otwarte jest okno wyboru pliku.
file-no-dialog = W tym systemie nie można otworzyć okna wyboru pliku. Wpisz ścieżkę pliku.
file-failed = { $path }: { $error }
file-imported = { $count ->
    [one] Zaimportowano jedną rekrutację z { $path }.
    [few] Zaimportowano { $count } rekrutacje z { $path }.
   *[many] Zaimportowano { $count } rekrutacji z { $path }.
    [other] Zaimportowano { $count } rekrutacji z { $path }.
}
file-exported = Zapisano { $path }.
file-save-title = Zapisz do pliku
file-open-title = Otwórz plik
file-path = Ścieżka
file-save = Zapisz
file-open = Otwórz
file-cancel = Anuluj
csv-date = Data rozmowy lub oferty

## Rekrutacje

cases-title = Rekrutacje
cases-new = Nowa
cases-duplicate = Duplikuj
cases-archive = Archiwizuj
cases-unarchive = Przywróć
cases-delete = Usuń
cases-untitled = Nowa rekrutacja
cases-reply-by = odpowiedź do { $date }
cases-overdue = po terminie
status-deciding = Do decyzji
status-negotiating = Negocjacje
status-declined = Odmówiono
status-accepted = Przyjęto
status-archived = W archiwum

## Profil

profile-title = Twój profil
profile-intro = Służy do podpisywania listów. Pozostaje na tym komputerze.
profile-name = Imię i nazwisko
profile-email = Adres e-mail
profile-signature = Podpis
profile-signature-hint = Zamyka listy zamiast samego imienia i nazwiska, np. imię i nazwisko, stanowisko, telefon
profile-letter-language = Domyślny język listów
profile-formality = Ton
profile-formality-help = Ton ma znaczenie tam, gdzie rozróżnia go język listu: po polsku „Państwo” albo „ty”, po niemiecku Sie albo du, po japońsku keigo albo zwykła forma grzecznościowa.
formality-formal = Formalny
formality-informal = Nieformalny

## Panele

tab-checklist = Lista decyzyjna
tab-mobility = Arkusz relokacji
tab-channel = Kanał
tab-editor = Edytor szablonów

## Nagłówek rekrutacji

header-company = Firma
header-role = Stanowisko
header-contact = Osoba kontaktowa
header-stage = Etap
header-status = Status
header-reply-by = Odpowiedź do
header-date-interview = Data rozmowy
header-date-offer = Data oferty
header-date-hint = RRRR-MM-DD
header-date-invalid = Wpisz datę w formacie RRRR-MM-DD, np. 2026-11-26.
stage-after-interview = Po rozmowie kwalifikacyjnej
stage-after-offer = Po ofercie

# Dostępna nazwa jednej opcji w grupie, np. „Etap: Po ofercie”.
choice-accessible-name = { $group }: { $choice }

## Lista decyzyjna

checklist-title = Czy odmówić?
checklist-intro = Odpowiedz na pięć pytań. Werdykt poniżej sam wyjaśnia, skąd się wziął; to tylko rada, a decyzja należy do ciebie.
checklist-use-weights = Nadaj pytaniom wagi (określ, jak ważne jest dla ciebie każde z nich)
checklist-blocker = Co stoi na przeszkodzie?
checklist-blocker-name = { $question }: co stoi na przeszkodzie
checklist-blocker-negotiable = To da się wynegocjować.
checklist-blocker-fundamental = Negocjacje tego nie zmienią.
blocker-group-negotiable = Do negocjacji
blocker-group-fundamental = Zasadnicza niezgodność
blocker-compensation = Wynagrodzenie i świadczenia
blocker-start-date = Data rozpoczęcia pracy
blocker-role-scope = Zakres obowiązków
blocker-remote-work = Praca zdalna lub elastyczna
blocker-relocation-support = Wsparcie w relokacji
blocker-values = Wartości
blocker-way-of-working = Sposób pracy
blocker-long-term-direction = Długofalowy kierunek rozwoju
blocker-personal-compromise = Rodzina, wiza lub zdrowie
checklist-weight = Jak bardzo to ważne
checklist-weight-name = { $question }: jak bardzo to ważne
weight-1 = trochę: nie przesądzi
weight-2 = średnio
weight-3 = dość mocno
weight-4 = bardzo
weight-5 = to kluczowe
checklist-note-hint = Notatka (opcjonalnie)
checklist-note-name = { $question }: notatka
checklist-suggestion = Arkusz relokacji podpowiada odpowiedź „{ $answer }”.
checklist-suggestion-net = Arkusz relokacji podpowiada odpowiedź „{ $answer }” na podstawie wynagrodzenia netto.
checklist-suggestion-gross = Arkusz relokacji podpowiada odpowiedź „{ $answer }” na podstawie wynagrodzenia brutto. Podaj obie stawki podatku, aby porównać, ile faktycznie zostanie ci na rękę.
checklist-suggestion-use = Użyj
checklist-suggestion-use-name = { $question }: użyj podpowiedzi
checklist-q-career-goals = Czy to stanowisko odpowiada twoim celom zawodowym na najbliższe 12–24 miesiące?
checklist-q-career-goals-help = Pomyśl, gdzie chcesz być za rok lub dwa, a nie tylko o następnym kroku.
checklist-q-career-goals-short = Cele zawodowe
checklist-q-pay-after-costs = Czy wynagrodzenie i świadczenia są do przyjęcia po uwzględnieniu kosztów życia i przeprowadzki?
checklist-q-pay-after-costs-help = Porównaj, co za te pieniądze kupisz tam, gdzie będziesz mieszkać, a nie samą kwotę.
checklist-q-pay-after-costs-short = Wynagrodzenie po kosztach
checklist-q-growth = Czy istnieje realna ścieżka rozwoju i awansu?
checklist-q-growth-help = Czy ktoś opisał na przykładach, jak rozwijały się osoby na tym stanowisku?
checklist-q-growth-short = Rozwój
checklist-q-compromise = Czy przyjęcie oferty wymusiłoby kompromis, na który nie chcesz teraz iść (rodzina, wiza, zdrowie)?
checklist-q-compromise-help = Tutaj to odpowiedź „Tak” jest sygnałem ostrzegawczym.
checklist-q-compromise-short = Kompromis
checklist-q-culture-fit = Czy kultura firmy i styl zarządzania ci odpowiadają?
checklist-q-culture-fit-help = Przypomnij sobie, jak poznane osoby mówiły o swojej pracy i o sobie nawzajem.
checklist-q-culture-fit-short = Kultura i zarządzanie
answer-yes = Tak
answer-no = Nie
answer-not-sure = Nie wiem
answer-unanswered = Bez odpowiedzi

verdict-label = Werdykt:
verdict-decline = Odmówić
verdict-decline-advice = Jedna poważna niezgodność to wystarczający powód. Odmów szybko i życzliwie, zostawiając otwarte drzwi.
verdict-negotiate-first = Najpierw negocjować
verdict-negotiate-first-advice = To, co stoi na przeszkodzie, da się wynegocjować. Zapytaj o to, zanim odmówisz; odmówić możesz i później.
verdict-lean-accept = Raczej przyjąć
verdict-lean-accept-advice = Nic tu nie przemawia za odmową. Przyjmij ofertę dopiero wtedy, gdy masz pewność, a potem wycofaj się z innych rekrutacji.
verdict-undecided = Wstrzymać się
verdict-undecided-advice = Nie przyjmuj oferty, dopóki masz wątpliwości. Poproś o czas, podaj datę odpowiedzi i dowiedz się, czego ci jeszcze brakuje.
verdict-reasons = Powody:
reason-fundamental-blocker = { $question }: { $blocker } – niezgodność, której negocjacje nie usuną.
reason-negotiable-blocker = { $question }: { $blocker } – przeszkoda, którą można wynegocjować.
reason-minor = { $question }: pewna wątpliwość, ale ma dla ciebie niewielkie znaczenie, więc nie przesądza.
reason-unanswered = { $question }: jeszcze bez odpowiedzi.
reason-not-sure = { $question }: jeszcze nie masz pewności.
reason-all-favourable = Wszystkie odpowiedzi przemawiają za tym stanowiskiem.
# Skłaniasz się ku odmowie, a jedyne przeszkody dałoby się wynegocjować: negocjowanie
# lepszych warunków na stanowisku, którego nie chcesz, to strata czasu dla wszystkich.
reason-negotiation-not-wanted = { $question }: { $blocker } – to da się wynegocjować, ale skłaniasz się ku odmowie. Negocjuj tylko wtedy, gdy chcesz tę pracę; w przeciwnym razie odmów od razu.
# Wynagrodzenie da się wynegocjować, ale rozwój lub kultura firmy budzą jeszcze wątpliwości: najpierw to wyjaśnij.
reason-doubt-before-negotiating = { $question }: jeszcze nie masz pewności. Najpierw to wyjaśnij: negocjuj tylko wtedy, gdy poza tym chcesz tę pracę.
reason-negotiation-failed = { $question }: { $blocker }. Firma nie mogła spełnić twojej prośby, więc to nadal stoi na przeszkodzie.
reason-negotiation-partly = { $question }: firma częściowo spełniła twoją prośbę. Odpowiedz na to pytanie jeszcze raz, biorąc pod uwagę nową propozycję.
reason-negotiation-met = { $question }: firma spełniła twoją prośbę.
# Ważony udział odpowiedzi przemawiających za ofertą jest mniejszy niż połowa.
reason-weak-fit = Tylko { $percent }% tego, co jest dla ciebie ważne, przemawia za tą ofertą: jeszcze jej nie przyjmuj.
negotiation-title = Jak poszły negocjacje?
negotiation-pending = Jeszcze bez odpowiedzi
negotiation-met = Prośba spełniona
negotiation-partly = Częściowo
negotiation-failed = Nie udało się
# Przycisk odmowy, gdy odpowiedź pada w rozmowie telefonicznej: otwiera scenariusz rozmowy.
verdict-call-script = Przygotuj rozmowę
verdict-write-decline = Napisz list z odmową
verdict-write-negotiate = Napisz list w sprawie negocjacji
verdict-ask-for-time = Poproś o czas
verdict-fit = Ważone dopasowanie: { $percent }%
flip-answer = Co zmieniłoby werdykt: odpowiedź „{ $answer }” w punkcie „{ $question }” dałaby werdykt „{ $verdict }”.
flip-weight = Co zmieniłoby werdykt: waga { $weight } dla punktu „{ $question }” dałaby werdykt „{ $verdict }”.
inclination-label = W którą stronę się skłaniasz?
inclination-open = Jeszcze otwarte
inclination-accept = Ku przyjęciu
inclination-decline = Ku odmowie
inclination-still-interviewing = Nadal biorę udział w innych rekrutacjach
inclination-too-soon = Przyjęcie oferty, gdy masz jeszcze wątpliwości albo nadal uczestniczysz w innych rekrutacjach, to błąd, który trudno odwrócić. Zamiast tego poproś o czas i podaj datę odpowiedzi.
presend-title = Przed wysłaniem
presend-advisor = Omów decyzję z zaufaną osobą
presend-channel = Wybierz kanał (e-mail albo rozmowa i podsumowanie)
presend-framework = Sprawdź, czy wiadomość dziękuje, jasno przekazuje decyzję i zostawia otwarte drzwi
presend-proofread = Przeczytaj tekst jeszcze raz pod kątem tonu i poprawności
presend-in-time = Wyślij w ciągu 24–72 godzin od podjęcia decyzji
presend-archived = Zarchiwizuj dokumenty rekrutacyjne i zaktualizuj listę swoich rekrutacji
# Podpowiedź przy punkcie kontroli przed wysłaniem, który Gracious odhaczył sam (kanał jest
# wybrany, ocena nie znalazła nic do poprawienia).
presend-seen = Gracious widzi, że to już zrobione.
presend-summary = Kontrola przed wysłaniem: { $done } z { $total }

## Arkusz relokacji

mobility-title = Przeprowadzka za granicę dla tej pracy?
mobility-intro = Oceń, co przeprowadzka oznaczałaby dla ciebie i twoich bliskich. Niewiadome warto wyjaśnić, zanim odpowiesz.
mobility-moving-abroad = Ta oferta wiąże się z przeprowadzką do innego kraju
mobility-not-moving = Zaznacz pole powyżej, jeśli oferta wiąże się z wyjazdem za granicę; arkusz pomoże ci wtedy to rozważyć.
mobility-current-country = Kraj zamieszkania
mobility-destination-country = Kraj pracy
# Obywatelstwa użytkownika (może być kilka), zapisane w profilu: od nich zależy, czy przeprowadzka
# wymaga wizy.
mobility-citizenship = Obywatelstwo
mobility-citizenship-add = Dodaj obywatelstwo
mobility-citizenship-remove = Usuń obywatelstwo: { $country }
mobility-choose-country = Wybierz kraj
mobility-search-country = Szukaj kraju
ppp-title = Ile naprawdę jest warte wynagrodzenie
ppp-intro = Wpisz oba wynagrodzenia roczne, każde w jego walucie. Gracious porównuje, co można za nie kupić, na podstawie danych Banku Światowego o parytecie siły nabywczej: kurs walut nie jest potrzebny.
ppp-amount = Wynagrodzenie roczne
ppp-currency = Waluta
ppp-tax = Stawka podatku (%)
ppp-override = Własny współczynnik
ppp-override-hint = opcjonalnie
ppp-current-pay = Obecnie
ppp-offered-pay = Oferta
ppp-worth = { $country }: w cenach tego kraju oferta jest warta około { $amount } rocznie.
ppp-change = To { $change }% w porównaniu z obecnymi zarobkami.
# Pokazywane jako pierwsze, gdy podano obie stawki podatku: ile zostaje na rękę, w cenach kraju zamieszkania.
ppp-worth-net = { $country }: w cenach tego kraju oferta jest warta po opodatkowaniu około { $amount } rocznie – to { $change }% w porównaniu z tym, ile zostaje ci teraz na rękę.
# Kwota przed opodatkowaniem, pod kwotą po opodatkowaniu.
ppp-gross-beside = Przed opodatkowaniem: około { $amount } ({ $change }%).
# Skąd pochodzi poziom cen w danym kraju; sam współczynnik jest w podpowiedzi.
ppp-source-data = { $country }: ceny według Banku Światowego ({ $series }, { $year }).
ppp-source-override = { $country }: ceny według własnego współczynnika.
# Podpowiedź: co oznacza współczynnik siły nabywczej, prostymi słowami.
ppp-factor-explained = { $country }: za { $factor } { $currency } można kupić mniej więcej tyle, co za jednego dolara amerykańskiego w Stanach Zjednoczonych.
ppp-series-private = siła nabywcza konsumpcji gospodarstw domowych
ppp-series-gdp = siła nabywcza całej gospodarki (PKB)
ppp-unreliable = { $country }: ceny szybko rosną, a ten współczynnik ma ponad rok – traktuj wynik jako przybliżony.
ppp-national = To średnie krajowe: w dużym mieście koszty mogą być znacznie wyższe. Jeśli znasz lepszy współczynnik, wpisz go.
ppp-incomplete = Wybierz oba kraje i wpisz oba wynagrodzenia, aby zobaczyć, ile jest warta oferta.
ppp-not-positive = Wpisz każde wynagrodzenie jako kwotę większą od zera.
ppp-no-data = { $country }: Bank Światowy nie ma użytecznych danych o sile nabywczej. Gracious nie będzie zgadywać: jeśli znasz współczynnik, wpisz go ręcznie.
ppp-currency-mismatch = { $country }: dane są podane w walucie { $currency }, więc w tej walucie wpisz to wynagrodzenie.
ppp-sources = Źródła danych
visa-title = Wiza i data rozpoczęcia
visa-processing-weeks = Czas wydania wizy (tygodnie)
visa-start-date = Data rozpoczęcia pracy
visa-in-time = { $weeks ->
    [0] Wiza powinna być gotowa na czas, ale bez żadnego zapasu.
    [one] Wiza powinna być gotowa na czas, z tygodniowym zapasem.
    [few] Wiza powinna być gotowa na czas, z zapasem { $weeks } tygodni.
   *[many] Wiza powinna być gotowa na czas, z zapasem { $weeks } tygodni.
    [other] Wiza powinna być gotowa na czas, z zapasem { $weeks } tygodnia.
}
visa-late = { $weeks ->
    [one] Wiza byłaby gotowa mniej więcej tydzień po dacie rozpoczęcia pracy. Poproś o późniejszy start albo o pomoc w przyspieszeniu procedury.
    [few] Wiza byłaby gotowa mniej więcej { $weeks } tygodnie po dacie rozpoczęcia pracy. Poproś o późniejszy start albo o pomoc w przyspieszeniu procedury.
   *[many] Wiza byłaby gotowa mniej więcej { $weeks } tygodni po dacie rozpoczęcia pracy. Poproś o późniejszy start albo o pomoc w przyspieszeniu procedury.
    [other] Wiza byłaby gotowa mniej więcej { $weeks } tygodnia po dacie rozpoczęcia pracy. Poproś o późniejszy start albo o pomoc w przyspieszeniu procedury.
}
visa-unknown = Wpisz czas wydania wizy i datę rozpoczęcia pracy, aby sprawdzić terminy.
# Od obywatelstwa zależy, czy potrzebna jest wiza: ten tekst zastępuje pytania o wizę.
visa-free-own = Nie potrzebujesz wizy: masz obywatelstwo kraju pracy ({ $country }).
visa-free-eu = Nie potrzebujesz wizy ani zezwolenia na pracę. Obywatelstwo: { $citizenship }, kraj pracy: { $country } – w ramach swobodnego przepływu osób w UE, EOG i Szwajcarii możesz tam mieszkać i pracować.
visa-free-cta = Nie potrzebujesz wizy ani zezwolenia na pracę. Obywatelstwo: { $citizenship }, kraj pracy: { $country } – w ramach wspólnego obszaru podróżowania Irlandii i Zjednoczonego Królestwa (Common Travel Area) możesz tam mieszkać i pracować.
visa-free-tasman = Nie musisz składać wniosku o wizę. Obywatelstwo: { $citizenship }, kraj pracy: { $country } – na mocy porozumienia Australii i Nowej Zelandii (Trans-Tasman Travel Arrangement) możesz tam mieszkać i pracować.
visa-partner-note = To, czy partner lub partnerka może tam pracować, zależy od obywatelstwa tej osoby: oceń to poniżej.
mobility-prestige = Czy samo miejsce (jego nazwa, prestiż) to duża część atrakcyjności oferty?
mobility-weight-name = { $factor }: jak bardzo to ważne
# Ważony udział ocenionych czynników, które wypadają dobrze (bez niewiadomych).
mobility-score = Z tego, co już wiesz, za przeprowadzką przemawia { $percent }%, a każdy czynnik waży tu tyle, ile dla ciebie znaczy.
mobility-trap-prestige = Wygląda na to, że bardziej przyciąga cię miejsce niż samo stanowisko. Czy takie samo stanowisko w twoim kraju też by cię kusiło?
mobility-trap-visa-late = Wiza byłaby gotowa dopiero po dacie rozpoczęcia pracy. To powód, by negocjować datę rozpoczęcia, a nie by rezygnować: poproś o późniejszy start.
mobility-horizon = Perspektywa 12–24 miesięcy
mobility-toward-place = Czy to przybliża cię do miejsca lub wizy, na których ci zależy?
mobility-builds-skills = Czy to rozwija umiejętności, które ułatwią późniejszą przeprowadzkę?
mobility-horizon-warning = Ani jedno, ani drugie: ta przeprowadzka nie służy twoim dalszym planom.
mobility-factor-visa = Wiza i pozwolenie na pracę
# Pracodawca występuje o zezwolenie na pracę i wizę dla kandydata; nie kalkować „sponsorship”.
mobility-factor-visa-help = Na ile pewne jest, że pracodawca uzyska dla ciebie zezwolenie na pracę i wizę, i czy zezwolenie będzie gotowe przed datą rozpoczęcia pracy?
mobility-factor-relocation = Pakiet relokacyjny
mobility-factor-relocation-help = Czy firma pokrywa koszty przeprowadzki, tymczasowego zakwaterowania i podróży?
mobility-factor-family = Wsparcie dla rodziny
mobility-factor-family-help = Pomoc w znalezieniu mieszkania, w formalnościach i w zadomowieniu się dla wszystkich, którzy się przeprowadzają.
mobility-factor-schooling = Szkoła
mobility-factor-schooling-help = Miejsca w szkołach, język nauczania i opłaty za naukę dzieci.
# Zezwolenie na pracę dla partnera (i szanse na pracę w zawodzie), nie abstrakcyjne prawo do pracy.
mobility-factor-partner-work = Zezwolenie na pracę dla partnera lub partnerki
mobility-factor-partner-work-help = Czy twój partner lub partnerka może tam legalnie pracować i znaleźć pracę w swoim zawodzie?
mobility-factor-cost-of-living = Koszty życia a wynagrodzenie
mobility-factor-cost-of-living-help = Co można tam kupić za to wynagrodzenie, a nie sam kurs walut.
mobility-factor-health-care = Opieka zdrowotna i zabezpieczenie społeczne
mobility-factor-health-care-help = Ubezpieczenie, emerytura i zwolnienia chorobowe w porównaniu z tym, co masz teraz.
mobility-factor-language = Język i kultura dla całej rodziny
mobility-factor-language-help = Czy wszyscy, którzy się przeprowadzą, poradzą sobie na co dzień i znajdą tam przyjaciół?
mobility-factor-tax = Podatek od wynagrodzenia
mobility-factor-tax-help = Podatek dochodowy na miejscu i ewentualny podatek należny w kraju.
rating-good = Dobrze
rating-acceptable = Do przyjęcia
rating-poor = Słabo
rating-unknown = Nie wiadomo
# Przy pracy partnera lub partnerki i szkole, gdy nikt nie przeprowadza się razem z użytkownikiem albo nie ma dzieci.
rating-not-applicable = Nie dotyczy
mobility-note-hint = Notatka (opcjonalnie)
mobility-note-name = { $factor }: notatka
mobility-summary = Podsumowanie
mobility-none = brak
mobility-strengths = Mocne strony:
mobility-risks = Ryzyka:
mobility-unknowns = Jeszcze nie wiadomo:
mobility-traps = Uwaga
mobility-trap-partner-work = Z zezwoleniem na pracę dla partnera lub partnerki jest słabo albo nic o nim nie wiadomo. To często przesądza o tym, czy przeprowadzka sprawdzi się dla pary.
mobility-trap-schooling = Szkoła wypada słabo albo nie wiadomo, jak wygląda. Zanim podejmiesz decyzję, sprawdź dostępność miejsc i opłaty.
mobility-trap-tax = Nie wiadomo, jaki będzie podatek od wynagrodzenia. Sprawdź, ile zostanie ci po opodatkowaniu.

## Kanał

channel-title = E-mail, telefon czy wideo?
channel-intro = Opowiedz Gracious trochę o przebiegu rekrutacji, a podpowie, jak najlepiej przekazać odpowiedź.
channel-main-contact = Główny kontakt
channel-contact-recruiter = Osoba z rekrutacji
channel-contact-hiring-manager = Menedżer zespołu
channel-rounds = Etapy rozmów
channel-close-rapport = Z menedżerem zespołu nawiązała się bliska relacja
channel-personal-time = Ktoś poświęcił dużo własnego czasu
channel-collaboration = Stanowisko zakładało ścisłą współpracę z poznanymi osobami
channel-relocation-visa = Była mowa o relokacji lub wizie albo je zaoferowano
channel-video-process = Rozmowy odbywały się przez wideo
channel-recommendation = Zalecenie:
channel-email = E-mail
channel-phone-then-email = Telefon, a potem krótkie podsumowanie e-mailem
channel-video-then-email = Rozmowa wideo, a potem krótkie podsumowanie e-mailem
channel-why = Dlaczego:
channel-reason-email-default = Nic nie wymaga rozmowy: e-mail zostawia jasny ślad i szanuje czas wszystkich.
channel-reason-recruiter = Kontaktem jest osoba z rekrutacji w sformalizowanym procesie; e-mail to kanał, którego się spodziewa.
channel-reason-close-rapport = Łączy cię bliska relacja z menedżerem zespołu; ta wiadomość powinna przyjść bezpośrednio od ciebie.
channel-reason-many-rounds = Za tobą kilka etapów rozmów; osobiste słowo jest wyrazem uznania dla tego wysiłku.
channel-reason-personal-time = Ktoś poświęcił ci dużo czasu; rozmowa telefoniczna to właściwy sposób, by podziękować.
channel-reason-collaboration = Stanowisko zakładało ścisłą współpracę; rozmowa pozwoli zachować dobrą relację.
channel-reason-relocation-visa = W grę wchodziła relokacja lub wiza; możliwe, że prace nad tym już ruszyły.
channel-reason-video-process = Rekrutacja odbywała się przez wideo, więc krótka rozmowa wideo będzie naturalna.
channel-recap-advice = Po rozmowie wyślij krótki e-mail, który potwierdza to, co zostało powiedziane.
channel-your-choice = Twój wybór:
channel-follow = Zgodnie z zaleceniem
channel-open-call-script = Otwórz scenariusz rozmowy
channel-write-recap = Napisz e-mail z podsumowaniem
call-mode-title = Scenariusz rozmowy
call-mode-intro = Mów własnymi słowami; ta kolejność się sprawdza. Krótko i życzliwie.

## Termin odpowiedzi

deadline-title = Kiedy odpowiedzieć
deadline-decided-on = Data decyzji
deadline-at = godz.
deadline-time-hint = GG:MM
deadline-decided-now = Decyzja zapadła przed chwilą
# Termin odpowiedzi wyznaczony przez pracodawcę: ostateczny.
deadline-their-date = Termin pracodawcy: { $date }.
deadline-not-decided = Decyzja jeszcze nie zapadła: 24–72 godziny na odpowiedź liczą się od chwili, gdy ją podejmiesz.
deadline-window-past = Od podjęcia decyzji minęło ponad 72 godziny. Odpowiedz teraz, przed terminem pracodawcy.
deadline-overdue-their = Termin pracodawcy minął. Odpowiedz dziś: spóźniona odpowiedź jest dużo lepsza niż milczenie.
deadline-invalid = Wpisz datę w formacie RRRR-MM-DD, a godzinę jako GG:MM (zegar 24-godzinny).
deadline-answer-by = Odpowiedz do { $due }, najlepiej do { $ideal }.
# Najlepszy moment (24 godziny po decyzji) minął, ostateczny termin jeszcze nie.
deadline-answer-by-late = Odpowiedz do { $due }. Najlepszy moment ({ $ideal }) już minął.
# Gdy rekrutacja jest oznaczona jako zakończona odmową: odliczanie się zatrzymuje.
deadline-answered-on = Udzielono odpowiedzi: { $date }.
deadline-answered = Udzielono odpowiedzi.
deadline-left-ideal = Pozostały czas: { $duration }. To najlepszy moment na odpowiedź.
deadline-left = Pozostały czas: { $duration }.
deadline-overdue = Po terminie: { $duration }. Odpowiedz dziś: spóźniona odpowiedź jest dużo lepsza niż milczenie.
deadline-need-time = Potrzebujesz więcej czasu? Powiedz o tym teraz i podaj datę odpowiedzi.
duration-days = { $n ->
    [one] 1 dzień
    [few] { $n } dni
   *[many] { $n } dni
    [other] { $n } dnia
}
duration-hours = { $n ->
    [one] 1 godzina
    [few] { $n } godziny
   *[many] { $n } godzin
    [other] { $n } godziny
}
duration-minutes = { $n ->
    [one] 1 minuta
    [few] { $n } minuty
   *[many] { $n } minut
    [other] { $n } minuty
}

## Harmonogram

timeline-title = Po podjęciu decyzji
timeline-day-1 = Dzień 1
timeline-day-2 = Dzień 2
timeline-days-3-7 = Dni 3–7
timeline-stay-in-touch = Utrzymywanie kontaktu
step-draft = Przygotuj wiadomość
step-choose-channel = Wybierz kanał
step-book-call = Umów rozmowę
step-send-or-call = Wyślij wiadomość albo zadzwoń
step-send-recap = Po rozmowie wyślij e-mail z podsumowaniem
step-archive = Zarchiwizuj dokumenty rekrutacyjne
step-tracker = Zaktualizuj listę swoich rekrutacji
step-refocus = Przeznacz odzyskany czas na lepiej dopasowane oferty
step-close-visa = Zamknij sprawy wizowe lub relokacyjne
step-reimbursements = Potwierdź ewentualne zwroty kosztów lub zobowiązania
step-connect = Zaproś do kontaktów z osobistą wiadomością
step-offer-help = Zaproponuj pomoc, np. polecając kogoś ze swojej sieci kontaktów
step-future-roles = Poproś, by brano cię pod uwagę przy przyszłych rekrutacjach
timeline-write-note = Napisz wiadomość, by pozostać w kontakcie
channel-timing = Odpowiedz w ciągu 24–72 godzin od podjęcia decyzji. Jeśli potrzebujesz więcej czasu, powiedz o tym od razu i podaj datę. Milczenie to najgorsza odpowiedź.

## Edytor szablonów

editor-title = Twój list
editor-scenario = Sytuacja
scenario-withdraw-after-interview = Po rozmowie kwalifikacyjnej: stanowisko nie pasuje
scenario-accepted-other-offer = Po ofercie: przyjęta inna oferta
scenario-not-right-fit-after-offer = Po ofercie: stanowisko nie pasuje
scenario-after-negotiation = Po negocjacjach: odmowa przyjęcia ostatecznej oferty
scenario-relocation-not-feasible = Po ofercie: przeprowadzka niemożliwa ze względu na rodzinę
scenario-negotiate-instead = Negocjacje zamiast odmowy: zapytaj o elastyczność
scenario-ask-for-time = Prośba o czas: podaj datę odpowiedzi
scenario-call-recap = Po rozmowie telefonicznej: podsumowanie e-mailem
scenario-stay-connected = Utrzymanie kontaktu: krótka wiadomość
scenario-interview-call-script = Po rozmowie kwalifikacyjnej: scenariusz rozmowy telefonicznej
scenario-visa-unworkable = Po ofercie: wiza lub zezwolenie na pracę nie zdążą na czas (e-mail po rozmowie)
scenario-counteroffer = Zostajesz u obecnego pracodawcy po kontrofercie
scenario-many-rounds-call-script = Po wielu etapach: scenariusz rozmowy telefonicznej
scenario-active-relocation = W trakcie relokacji: otwarcie o zobowiązaniach
scenario-repair = Wiadomość naprawcza po niezręcznej odmowie
scenario-reopen = Powrót do wcześniej odrzuconej oferty
scenario-improved-offer-hold = Odpowiedź firmy: lepsza oferta, twoja decyzja bez zmian
scenario-improved-offer-reopen = Odpowiedź firmy: lepsza oferta, która zmienia twoje zdanie
scenario-what-would-it-take = Odpowiedź firmy: „Co mogłoby cię przekonać?”
scenario-call-after-decline = Odpowiedź firmy: prośba o rozmowę po twoim e-mailu
scenario-keep-cv-on-file = Odpowiedź firmy: czy mogą zachować twoje CV?
scenario-exit-questionnaire = Odpowiedź firmy: ankieta o przebiegu rekrutacji
scenario-are-you-sure = Odpowiedź firmy: spóźnione pytanie „Czy na pewno?”
editor-letter-language = Język listu
editor-letter-language-same = Jak interfejs ({ $language })
editor-letter-language-profile = Z profilu ({ $language })
editor-sender = Twoje imię i nazwisko
editor-subject = Temat
editor-body = Treść
editor-unfilled = Do uzupełnienia: { $placeholders }
editor-copy = Kopiuj
# „Kopiuj” umieszcza w schowku treść listu (bez tematu); temat ma osobny przycisk – do pola
# tematu w e-mailu.
editor-copy-subject = Kopiuj temat
# Wyświetlane obok przycisku kopiowania, dopóki tekst się nie zmieni.
editor-copied = Skopiowano
# Pojawia się, gdy list został skopiowany, zapisany albo przekazany do programu pocztowego.
editor-mark-declined = Oznacz jako odmówione
editor-reset = Przywróć szablon
editor-formality = Ton
editor-to = Do
# Jak list wita adresata (wołacz); pole pojawia się tylko dla języków, które tego potrzebują.
editor-address = Forma zwrotu
editor-script-note = To scenariusz rozmowy: powiedz to własnymi słowami, a potem wyślij e-mail z podsumowaniem.
editor-answer-date = Odpowiem do
editor-answer-date-past = Wybierz datę późniejszą niż dzisiejsza: list nie może obiecywać odpowiedzi w terminie, który już minął.
# Odpowiedź w jednym zdaniu na wypadek, gdyby pracodawca zapytał o powód; widoczna przy scenariuszu rozmowy i w edytorze.
why-title = Jeśli zapytają o powód
editor-network-note = Do zaproszenia do kontaktów: bez tematu i najwyżej 300 znaków (teraz: { $count }).
editor-network-too-long = { $count ->
    [one] 1 znak: skróć tekst do najwyżej 300 znaków, żeby zmieścił się w zaproszeniu.
    [few] { $count } znaki: skróć tekst do najwyżej 300 znaków, żeby zmieścił się w zaproszeniu.
   *[many] { $count } znaków: skróć tekst do najwyżej 300 znaków, żeby zmieścił się w zaproszeniu.
    [other] { $count } znaku: skróć tekst do najwyżej 300 znaków, żeby zmieścił się w zaproszeniu.
}
editor-relocation-check = Zanim obiecasz zwrot jakichkolwiek kosztów, sprawdź, co twoja umowa mówi o kosztach relokacji.
editor-fill = Uzupełnij
editor-fill-name = { $placeholder }: wartość
editor-save-txt = Zapisz jako tekst…
editor-save-eml = Zapisz jako wersję roboczą e-maila (.eml)…
editor-mail-client = Otwórz w programie pocztowym
editor-copy-refused = Przed skopiowaniem uzupełnij: { $placeholders }.
editor-export-refused = Zanim gdziekolwiek to wyślesz, uzupełnij: { $placeholders }.
editor-mail-failed = Nie udało się otworzyć programu pocztowego ({ $error }). Skopiuj tekst.
editor-mail-opened = Otwarto w programie pocztowym.
editor-group-builtin = Wbudowane szablony
editor-group-mine = Moje szablony
editor-customised = (twoja wersja)

## Ocena

review-title = Ocena
review-intro = Porównanie ze schematem: nawiązanie, decyzja, powód, podziękowanie, dalszy kontakt, kolejne kroki, pożegnanie.
review-acknowledge = Nawiązuje do rozmowy lub oferty
review-decision = Jasno przedstawia decyzję
review-reason = Podaje krótki powód
review-gratitude = Zawiera podziękowanie
review-stay-in-touch = Proponuje dalszy kontakt
review-next-steps = Określa kolejne kroki
review-sign-off = Ma zwrot pożegnalny
review-present = jest
review-missing = brak
review-optional = opcjonalne, nie znaleziono
review-length-words = { $length ->
    [one] 1 słowo (najlepiej mniej niż { $max }).
    [few] { $length } słowa (najlepiej mniej niż { $max }).
   *[many] { $length } słów (najlepiej mniej niż { $max }).
    [other] { $length } słowa (najlepiej mniej niż { $max }).
}
review-length-chars = { $length ->
    [one] 1 znak (najlepiej mniej niż { $max }).
    [few] { $length } znaki (najlepiej mniej niż { $max }).
   *[many] { $length } znaków (najlepiej mniej niż { $max }).
    [other] { $length } znaku (najlepiej mniej niż { $max }).
}
review-too-long = Robi się długo: napisz mniej, a decyzja będzie czytelniejsza.
review-too-short = Dość krótko: od { $min } wzwyż list brzmi cieplej. Dopisz, co doceniasz albo komu chcesz podziękować.
review-over-explains = { $sentences ->
    [one] Powód zajmuje { $sentences } zdanie: wystarczy jedno, a szczegóły możesz zachować dla siebie.
    [few] Powód zajmuje aż { $sentences } zdania: wystarczy jedno, a szczegóły możesz zachować dla siebie.
   *[many] Powód zajmuje aż { $sentences } zdań: wystarczy jedno, a szczegóły możesz zachować dla siebie.
    [other] Powód zajmuje aż { $sentences } zdania: wystarczy jedno, a szczegóły możesz zachować dla siebie.
}
review-critical = „{ $text }” – { $why }
review-critical-pay = to krytyka wynagrodzenia.
review-critical-process = to krytyka przebiegu rekrutacji.
review-critical-people = to krytyka osoby poznanej podczas rekrutacji.
review-critical-employer = to krytyka firmy.
review-critical-kinder = Łagodniej: „{ $kinder }”.
review-critical-leave-out = Pomiń to: decyzja obroni się bez tego.
review-misspelled = { $count ->
    [one] Jedno słowo może być napisane z błędem (jest podkreślone). Kliknij je prawym przyciskiem myszy, aby zobaczyć podpowiedzi.
    [few] { $count } słowa mogą być napisane z błędem (są podkreślone). Kliknij jedno z nich prawym przyciskiem myszy, aby zobaczyć podpowiedzi.
   *[many] { $count } słów może być napisanych z błędem (są podkreślone). Kliknij jedno z nich prawym przyciskiem myszy, aby zobaczyć podpowiedzi.
    [other] { $count } słowa może być napisane z błędem (są podkreślone). Kliknij jedno z nich prawym przyciskiem myszy, aby zobaczyć podpowiedzi.
}
review-no-dictionary = Brak sprawdzania pisowni: na tym komputerze nie ma słownika w tym języku ({ $language }). Zainstaluj systemowy słownik Hunspell dla tego języka albo dodaj własny (.aff i .dic): Plik → Dodaj słownik ortograficzny.
review-dictionary-loading = Wczytywanie słownika ortograficznego…
review-no-spelling-here = Brak sprawdzania pisowni: Gracious sprawdza pisownię za pomocą słowników Hunspell, a dla tego języka ({ $language }) takich słowników nie ma.
review-dictionary-unreliable = Brak sprawdzania pisowni: słownik w tym języku ({ $language }) zainstalowany na tym komputerze nie zna nawet codziennych słów, takich jak „{ $word }”, więc zgłaszałby błędy w poprawnych listach. Dodaj lepszy (.aff i .dic): Plik → Dodaj słownik ortograficzny.
review-personal = To szablon słowo w słowo. Dodaj jedno zdanie od siebie: co doceniasz albo komu chcesz podziękować.
spell-add-word = Dodaj do słownika
spell-no-suggestions = Brak podpowiedzi
spell-looking = Wyszukiwanie podpowiedzi…
editor-review-as = Oceniaj jako
dictionary-added = Dodano słownik ortograficzny: { $language }.
dictionary-failed = Nie udało się dodać słownika ({ $path }): { $error }
review-unfilled = Niewypełnione pola w tekście: { $placeholders }
review-all-good = Nie ma nic do poprawy.

## Moje szablony

templates-title = Moje szablony
templates-name = Nazwa szablonu
templates-save-new = Zapisz ten list jako nowy szablon
templates-save-version = Zapisz jako moją wersję tego szablonu
templates-restore = Przywróć oryginalny szablon
templates-rename = { $name }: nazwa
templates-duplicate = Duplikuj „{ $name }”
templates-delete = Usuń „{ $name }”
templates-use = Użyj „{ $name }”
templates-use-short = Użyj
templates-confirm-delete = Tak, usuń
templates-none = Nie masz jeszcze własnych szablonów. Zapisz list, by użyć go ponownie: firma, stanowisko i nazwiska zostaną z powrotem zamienione na pola do uzupełnienia.
templates-import = Importuj szablony…
templates-export = Eksportuj moje szablony…
templates-saved = Zapisano jako „{ $name }”.
templates-imported = { $count ->
    [one] Zaimportowano jeden szablon.
    [few] Zaimportowano { $count } szablony.
   *[many] Zaimportowano { $count } szablonów.
    [other] Zaimportowano { $count } szablonu.
}
templates-copy-name = { $name } (kopia)
header-contact-email = E-mail osoby kontaktowej

## O programie

about-title = O programie Gracious
about-intro = Gracious pomaga szybko, jasno i życzliwie odmówić przyjęcia pracy. Wszystko zostaje na tym komputerze.
about-version = Wersja { $version }
about-data = Źródła danych i licencje
about-data-body = Porównanie siły nabywczej korzysta ze współczynników przeliczeniowych PPP Banku Światowego, opublikowanych na licencji Creative Commons Uznanie autorstwa 4.0 (CC BY 4.0, creativecommons.org/licenses/by/4.0). Gracious zawiera je w przetworzonej postaci, ograniczone do najnowszego roku każdej serii; dane Bułgarii przeliczono z lewów na euro, a Zimbabwe pominięto. Bank Światowy nie popiera ani nie rekomenduje Gracious. Nazwy krajów oraz formaty liczb, kwot i dat pochodzą z Unicode CLDR.

## Pierwsze uruchomienie

welcome-title = Witaj w Gracious
welcome-body = Gracious pomaga wycofać się z rekrutacji po rozmowie albo odrzucić ofertę pracy – szybko, jasno i życzliwie, we własnym języku.
welcome-steps = Odpowiedz na pięć krótkich pytań, wybierz, jak przekazać decyzję, i napisz odpowiedź na podstawie szablonu. Przed wysłaniem Gracious pomoże ci ją sprawdzić.
welcome-start = Zacznij od własnej rekrutacji
welcome-example = Pokaż przykład
welcome-private = Wszystko, co wpisujesz, zostaje na tym komputerze.
# Nad przykładową rekrutacją; „przykład” to jedna zmyślona oferta pracy.
example-banner = To przykład ze zmyślonymi danymi – wypełniony tak, by pokazać wszystkie panele.
example-remove = Usuń przykład
# Dopisywane do tytułu przykładu na liście rekrutacji.
cases-example = przykład

## Następny krok

# Przed przyciskiem z jedyną rzeczą do zrobienia teraz, np. „Następny krok: [Napisz list]”.
next-label = Następny krok:
next-answer-checklist = Wypełnij listę decyzyjną
# Lista decyzyjna wskazuje, że stanowisko pasuje: nie ma czego odrzucać.
next-lean-accept = Raczej skłaniasz się ku przyjęciu, więc na razie nie ma potrzeby odmawiać.
next-lean-accept-short = Raczej przyjąć
next-review-checklist = Przejrzyj listę decyzyjną
next-pick-channel = Wybierz, jak przekazać decyzję
next-write-letter = Napisz list
# $deadline to dzień tygodnia i data, czasem z godziną, np. „czw., 26 lis, 14:00”. Bez przyimka, żeby nie odmieniać daty.
next-send-by = Wyślij odpowiedź (termin: { $deadline })
next-send = Wyślij odpowiedź
next-mark-sent = Oznacz jako wysłane
# $phase to okres, np. „Dni 3–7”; $step to zadanie, np. „Zaktualizuj listę swoich rekrutacji”.
next-step = { $phase }: { $step }
next-step-done = Zrobione
# Dostępna nazwa przycisku „Zrobione”; $step to zadanie, które odhacza.
next-step-done-name = Oznacz jako zrobione: { $step }
next-all-done = Nie ma tu już nic do zrobienia.
# Pod każdą rekrutacją na liście; $action to jeden z powyższych kroków.
cases-next = Dalej: { $action }
# Czytane przez czytniki ekranu po nazwie panelu, np. „Kanał (gotowe)”.
tab-state-done = gotowe
tab-state-attention = wymaga uwagi
# Przycisk obok zalecanego kanału: przyjęcie zalecenia jako własnego wyboru.
channel-use-recommendation = Wybierz tę opcję

## Date picker

date-pick = Wybierz datę z kalendarza: { $field }
date-previous-month = Poprzedni miesiąc
date-next-month = Następny miesiąc
date-today = Dzisiaj
date-clear = Wyczyść
date-close = Zamknij
date-day-today = { $date } (dzisiaj)

## Jedno okno na folder danych

# Wyświetlane, gdy Gracious zostanie uruchomiony drugi raz z tymi samymi danymi; $path to folder danych.
notice-already-open = Twoje dane ({ $path }) są już otwarte w innym oknie Gracious. To okno służy tylko do podglądu: zmiany wprowadzone tutaj nie zostaną zapisane. Zamknij je i kontynuuj pracę w oknie, które jest już otwarte.

## Zamykanie z niezapisanymi zmianami

quit-title = Ostatnie zmiany nie zostały zapisane
# $error to przyczyna podana przez system, np. „Permission denied (os error 13)”.
quit-save-failed = Gracious nie mógł zapisać ostatnich zmian ({ $error }). Jeśli teraz zamkniesz aplikację, zostaną utracone.
quit-read-only = To okno nie zapisuje zmian (twoje dane są otwarte w innym oknie). Jeśli teraz zamkniesz aplikację, zmiany wprowadzone tutaj zostaną utracone.
quit-retry = Spróbuj zapisać ponownie
# Otwiera okno wyboru pliku, aby zapisać wszystkie dane (wszystkie rekrutacje, profil, własne szablony) w pliku.
quit-export = Zapisz wszystko do pliku…
quit-anyway = Zamknij bez zapisywania

## Porównanie ofert: całe wynagrodzenie w jednym zestawieniu

menu-compare = Porównaj oferty
compare-title = Porównanie ofert
compare-close = Zamknij porównanie
compare-intro = Zestaw oferty ze swoją obecną pracą: wszystkie składniki wynagrodzenia, ich roczną wartość w cenach kraju, w którym teraz mieszkasz, oraz wyniki na liście decyzyjnej i w arkuszu relokacji.
compare-choose = Porównaj
compare-current-job = Obecna praca
# Obecna praca wymieniona w zdaniu (compare-summary, compare-summary-net).
compare-current-job-in-text = twoja obecna praca
# $max to największa liczba pozycji porównywanych naraz (4).
compare-too-many = { $max ->
    [one] Naraz możesz porównać najwyżej { $max } pozycję.
    [few] Naraz możesz porównać najwyżej { $max } pozycje.
   *[many] Naraz możesz porównać najwyżej { $max } pozycji.
    [other] Naraz możesz porównać najwyżej { $max } pozycji.
}
compare-horizon = Rozłóż jednorazowe kwoty i akcje na
compare-horizon-years = { $years ->
    [one] { $years } rok
    [few] { $years } lata
   *[many] { $years } lat
    [other] { $years } roku
}
compare-horizon-help = Premia powitalna, dodatek relokacyjny i akcje liczą się w przeliczeniu na rok pracy. Cztery lata to typowy okres vestingu.
compare-packages = Składniki wynagrodzenia
compare-packages-intro = Kwoty roczne, brutto, w walucie danej pracy. Pomiń to, czego nie wiesz: Gracious nigdy nie zgaduje. Szare wartości pochodzą z arkusza relokacji.
compare-equity-private = Akcje spółki niepublicznej
compare-results = Zestawienie
compare-empty = Wybierz co najmniej dwie pozycje: obecną pracę i ofertę albo dwie oferty.
compare-row-verdict = Werdykt listy decyzyjnej
compare-row-fit = Dopasowanie według listy decyzyjnej
compare-row-total = Łącznie rocznie (waluta lokalna)
compare-row-total-home = Łącznie rocznie w cenach twojego kraju
compare-row-net-home = Po opodatkowaniu, w cenach twojego kraju
compare-row-basis = Podstawa przeliczenia cen
compare-row-leave = Urlop wypoczynkowy
compare-row-notice = Okres wypowiedzenia
compare-row-start = Najwcześniejsza data rozpoczęcia
compare-row-deadline = Odpowiedź do
compare-row-mobility = Wynik arkusza relokacji
compare-row-traps = Ostrzeżenia dotyczące przeprowadzki
# Obecna praca w wierszu werdyktu: to punkt odniesienia, a nie coś, o czym trzeba zdecydować.
compare-reference = punkt odniesienia
# Oznacza najlepszą wartość w wierszu; $value to ta wartość.
compare-best = { $value } · najlepszy wynik
compare-leave-value = { $days ->
    [one] { $days } dzień (wartość: { $amount })
    [few] { $days } dni (wartość: { $amount })
   *[many] { $days } dni (wartość: { $amount })
    [other] { $days } dnia (wartość: { $amount })
}
compare-notice-weeks = { $weeks ->
    [one] { $weeks } tydzień
    [few] { $weeks } tygodnie
   *[many] { $weeks } tygodni
    [other] { $weeks } tygodnia
}
compare-not-moving = bez przeprowadzki
compare-no-traps = brak
compare-not-given = —
compare-basis-same = ten sam kraj
compare-basis-data = Bank Światowy, { $year }
compare-basis-override = własny współczynnik
# $country to kraj, w którym użytkownik teraz mieszka; $job i $second to nazwy dwóch kolumn (w mianowniku,
# stąd „daje” i „niż”, które nie wymagają odmiany ani rodzaju).
compare-summary = W cenach kraju, w którym mieszkasz ({ $country }), najwięcej daje { $job }: { $amount } rocznie, czyli o { $difference } więcej niż { $second }.
# $part to składnik wynagrodzenia, np. „premia”.
compare-summary-why = Największa różnica: { $part }.
compare-summary-net = Po opodatkowaniu najwięcej na rękę daje { $job }.
compare-summary-none = Wpisz co najmniej wynagrodzenie zasadnicze i kraj dla dwóch pozycji, aby zobaczyć, która z nich jest warta więcej.
compare-note-equity-private = { $job }: akcje spółki niepublicznej. Mogą nie być nic warte, dopóki spółka nie zostanie sprzedana albo nie wejdzie na giełdę.
compare-note-cliff = { $months ->
    [one] { $job }: cliff trwa { $months } miesiąc, dłużej niż porównywany okres, więc w tym czasie nie nabędziesz żadnych akcji.
    [few] { $job }: cliff trwa { $months } miesiące, dłużej niż porównywany okres, więc w tym czasie nie nabędziesz żadnych akcji.
   *[many] { $job }: cliff trwa { $months } miesięcy, dłużej niż porównywany okres, więc w tym czasie nie nabędziesz żadnych akcji.
    [other] { $job }: cliff trwa { $months } miesiąca, dłużej niż porównywany okres, więc w tym czasie nie nabędziesz żadnych akcji.
}
compare-note-repayable = { $months ->
    [one] { $job }: { $part } – do zwrotu w razie odejścia przed upływem { $months } miesiąca. Ten termin wykracza poza porównywany okres, więc tej kwoty nie wliczono.
   *[many] { $job }: { $part } – do zwrotu w razie odejścia przed upływem { $months } miesięcy. Ten termin wykracza poza porównywany okres, więc tej kwoty nie wliczono.
    [few] { $job }: { $part } – do zwrotu w razie odejścia przed upływem { $months } miesięcy. Ten termin wykracza poza porównywany okres, więc tej kwoty nie wliczono.
    [other] { $job }: { $part } – do zwrotu w razie odejścia przed upływem { $months } miesiąca. Ten termin wykracza poza porównywany okres, więc tej kwoty nie wliczono.
}
compare-note-bonus-amount = { $job }: podano zarówno kwotę premii, jak i jej procent; uwzględniono kwotę.
compare-note-no-base = { $job }: nie podano jeszcze wynagrodzenia zasadniczego, więc nie ma sumy.
compare-note-not-a-number = { $job }: w polu „{ $field }” nie ma liczby, którą Gracious mógłby wykorzystać.
compare-note-no-country = { $job }: wybierz kraj, aby przeliczyć kwoty na ceny twojego kraju.
compare-note-no-factor = { $job }: brak danych o sile nabywczej dla kraju: { $country }. Wpisz własny współczynnik, aby uwzględnić tę pozycję w porównaniu.
compare-note-currency = { $job }: dane dla tego kraju ({ $country }) są podane w walucie { $currency }. Wpisz kwoty w tej walucie albo podaj własny współczynnik.
compare-note-tax = Po opodatkowaniu: stawka podatku danej pracy jest stosowana do całej jej łącznej kwoty.
compare-chart-total = Łącznie rocznie w cenach twojego kraju, w podziale na składniki
compare-chart-fit = Stopień dopasowania (%)
compare-chart-checklist = Dopasowanie według listy decyzyjnej
compare-chart-mobility = Wynik arkusza relokacji
compare-chart-alt = Wykres. Te same dane są w tabeli powyżej.
compare-accept = Przyjmij tę ofertę
# Dla czytników ekranu: co robi przycisk, z nazwą oferty.
compare-accept-name = Przyjmij ofertę: { $job } – i przygotuj listy z odmową do pozostałych
compare-accepted = Oznaczono ofertę jako przyjętą: { $job }. Listy do pozostałych ({ $others }) zmieniono na odmowę z powodu przyjęcia innej oferty.
compare-export-csv = Eksportuj do CSV…
compare-export-text = Eksportuj jako tekst…
compare-text-title = Porównanie ofert z dnia { $date }
compare-text-cell = { $job }: { $value }
compare-text-basis = W cenach kraju: { $country }; jednorazowe kwoty i akcje rozłożone na { $years ->
    [one] { $years } rok
    [few] { $years } lata
   *[many] { $years } lat
    [other] { $years } roku
}.
pay-field-country = Kraj
pay-field-currency = Waluta
pay-field-base = Wynagrodzenie zasadnicze
pay-field-bonus-percent = Premia docelowa (%)
pay-field-bonus-amount = Premia: kwota
pay-field-equity-grant = Akcje: wartość przydziału
pay-field-equity-years = Akcje: vesting (lata)
pay-field-equity-cliff = Akcje: cliff (miesiące)
pay-field-sign-on = Premia powitalna
pay-field-sign-on-repay = Premia powitalna: zwrotna przez (miesiące)
pay-field-relocation = Dodatek relokacyjny
pay-field-relocation-repay = Dodatek relokacyjny: zwrotny przez (miesiące)
pay-field-pension = Składka emerytalna pracodawcy (% podstawy)
pay-field-benefits = Wartość benefitów dla ciebie (rocznie)
pay-field-leave = Urlop wypoczynkowy (dni)
pay-field-notice = Okres wypowiedzenia (tygodnie)
pay-field-start = Najwcześniejsza data rozpoczęcia
pay-field-tax = Stawka podatku (%)
pay-field-factor = Własny współczynnik cen
pay-part-base = wynagrodzenie zasadnicze
pay-part-bonus = premia
pay-part-equity = akcje
pay-part-sign-on = premia powitalna
pay-part-relocation = dodatek relokacyjny
pay-part-pension = składka emerytalna
pay-part-benefits = benefity
checklist-suggestion-total-net = Porównanie ofert podpowiada odpowiedź „{ $answer }” na podstawie całego wynagrodzenia netto względem obecnej pracy.
checklist-suggestion-total-gross = Porównanie ofert podpowiada odpowiedź „{ $answer }” na podstawie całego wynagrodzenia brutto względem obecnej pracy. Podaj obie stawki podatku, aby porównać, ile faktycznie zostanie ci na rękę.

## Po wysłaniu: odpowiedź pracodawcy, twoje obietnice, poznane osoby, kalendarz
# Piąty panel. „Oni” to pracodawca (osoba z rekrutacji albo menedżer zespołu).
tab-followup = Po wysłaniu
menu-export-calendar = Eksportuj wszystkie terminy do pliku kalendarza…
followup-intro = Odmowa rzadko kończy się na jednej wiadomości. Zapisuj odpowiedzi pracodawcy, dotrzymuj złożonych obietnic i przenoś terminy do swojego kalendarza.
followup-open = Otwórz panel „Po wysłaniu”

followup-reply-title = Odpowiedź pracodawcy
# $date: dzień, w którym przyszła odpowiedź (dzień tygodnia i data); $kind: czego dotyczy (tekst reply-kind-*).
followup-reply-recorded = { $date }: { $kind }
# $pay: nowe wynagrodzenie roczne w takiej postaci, w jakiej wpisał je użytkownik.
followup-reply-new-pay = Nowa propozycja wynagrodzenia: { $pay }
followup-reply-answer = Odpowiedz według szablonu:
followup-reply-earlier-letter = List, na który odpowiedział pracodawca
followup-they-replied = Pracodawca odpowiedział
followup-reply-on = Data odpowiedzi
followup-reply-kind = Czego dotyczy odpowiedź
followup-reply-new-pay-field = Nowe wynagrodzenie roczne
followup-reply-improved-note = Lepsza oferta oznacza, że decyzja jest znowu otwarta: zanim odpowiesz, lista decyzyjna jeszcze raz zapyta o wynagrodzenie – tym razem z nowymi kwotami.
followup-reply-note = Co napisał pracodawca (opcjonalnie, na własny użytek)
followup-reply-date-invalid = Podaj datę otrzymania odpowiedzi.
followup-record-reply = Zapisz odpowiedź
reply-kind-improved-offer = Lepsza oferta
reply-kind-what-would-it-take = „Co mogłoby cię przekonać?”
reply-kind-ask-for-call = Prośba o rozmowę po twoim e-mailu
reply-kind-keep-cv = Prośba o zachowanie twojego CV w bazie
reply-kind-questionnaire = Ankieta z prośbą o opinię
reply-kind-are-you-sure = „Czy na pewno?”
status-reply-recorded = Zapisano odpowiedź pracodawcy, a list z odpowiedzią na nią czeka w edytorze. List, na który odpisał pracodawca, znajdziesz w panelu „Po wysłaniu”.
status-reply-improved = Zapisano lepszą ofertę pracodawcy i decyzja jest znowu otwarta. Oceń ponownie wynagrodzenie na liście decyzyjnej, biorąc pod uwagę nowe kwoty, a potem w panelu „Po wysłaniu” wybierz, jak odpowiedzieć.

followup-promises-title = Twoje obietnice
followup-call-on = Data umówionej rozmowy
followup-no-promises = Nie ma jeszcze żadnych obietnic. Te z twoich listów pojawią się tu automatycznie; pozostałe dodaj ręcznie.
followup-add-promise = Dodaj obietnicę
followup-promise-what = Co
followup-promise-to = Komu
followup-promise-due = Termin
followup-remove = Usuń
# To, co według aplikacji obiecał użytkownik. $company, $contact: z rekrutacji; $name: poznana osoba.
# Nazwy wstawiane bez odmiany: po rzeczowniku „firma” albo po dwukropku.
promise-answer = Przekaż odpowiedź firmie { $company }
promise-questionnaire = Odeślij wypełnioną ankietę
promise-call = Umówiona rozmowa: { $contact }
promise-return-property = Zwróć dokumenty i wszystko, co firma { $company } udostępniła ci na czas przeprowadzki
promise-settle-money = Rozlicz z firmą { $company } dodatek relokacyjny lub premię powitalną zgodnie z umową
promise-claim-reimbursements = Wystąp o zwrot kosztów, na który zgodziła się firma { $company }
promise-check-in = Odezwij się ponownie: { $name }
promise-untitled = Obietnica bez opisu
promise-done = zrobione
# $when: dzień tygodnia i data (przy rozmowie także godzina); $days: liczba dni.
promise-overdue = { $days ->
    [one] termin minął wczoraj ({ $when })
    [few] termin minął { $days } dni temu ({ $when })
    [many] termin minął { $days } dni temu ({ $when })
   *[other] termin minął { $days } dnia temu ({ $when })
}
promise-due-today = termin mija dziś ({ $when })
promise-due-soon = { $days ->
    [one] termin mija jutro ({ $when })
    [few] termin mija za { $days } dni ({ $when })
    [many] termin mija za { $days } dni ({ $when })
   *[other] termin mija za { $days } dnia ({ $when })
}
# Bez przyimka „do”, żeby nie odmieniać daty.
promise-due-later = termin: { $when }
promise-undated = jeszcze bez terminu
# Powiadomienie nad panelami, gdy aplikacja jest otwarta. $when: tekst promise-overdue lub promise-due-today; $what: obietnica; $title: rekrutacja.
promise-notice = { $what } ({ $title }): { $when }
promise-show = Pokaż

followup-people-title = Poznane osoby
followup-no-people = Dodaj osoby poznane podczas rekrutacji, żeby utrzymanie kontaktu nie zależało tylko od pamięci.
followup-person-name = Imię i nazwisko
followup-person-role = Stanowisko
followup-person-reach = Jak się skontaktować
followup-person-connected = W kontaktach na portalu zawodowym
followup-person-last-contact = Ostatni kontakt
followup-person-check-in = Następny kontakt
followup-write-to = Napisz wiadomość, by pozostać w kontakcie
followup-add-person = Dodaj osobę

followup-calendar-title = Twój kalendarz
followup-calendar-note = Wyeksportuj do pliku kalendarza (.ics) termin odpowiedzi, swoje obietnice, umówioną rozmowę, kroki po podjęciu decyzji i zaplanowane kontakty – razem z przypomnieniami. Ponowny import aktualizuje te same wpisy, zamiast dodawać nowe. Wszystko zostaje na tym komputerze.
followup-export-calendar = Eksportuj terminy tej rekrutacji…
followup-export-calendar-all = Eksportuj terminy wszystkich rekrutacji…
# W pliku kalendarza. $what: czego dotyczy termin; $company: pracodawca.
ics-summary = { $what } ({ $company })
ics-reply-by = Termin odpowiedzi
ics-answer-window = Wyślij odpowiedź: 72 godziny od podjęcia decyzji
# $title: rekrutacja (firma · stanowisko).
ics-description = { $title }. Wpis utworzony przez Gracious.
# $name: osoba, której złożono obietnicę.
ics-to-whom = Komu: { $name }
ics-calendar-name = Gracious: { $title }
ics-calendar-name-all = Gracious: poszukiwanie pracy
# Na liście rekrutacji, obok takiej, w której termin obietnic mija dziś lub już minął. $count: ile ich jest.
cases-promises-due = { $count ->
    [one] obietnica do spełnienia
    [few] { $count } obietnice do spełnienia
    [many] { $count } obietnic do spełnienia
   *[other] { $count } obietnicy do spełnienia
}
# Obok wyboru daty w liście, który odpowiada na ankietę z prośbą o opinię.
editor-questionnaire-date = Odeślę ankietę do
# Umówiona rozmowa, której dzień już minął, na liście obietnic. $when: dzień tygodnia, data i godzina (w nawiasie, żeby jej nie odmieniać).
promise-call-past = dzień rozmowy minął ({ $when }): zaznacz ją, jeśli się odbyła
