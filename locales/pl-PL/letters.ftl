# Szablony listów (pl-PL). Zmienne: $company, $role, $contact, $sender (imię i nazwisko),
# $signature (podpis z profilu, a jeśli go nie ma – imię i nazwisko), $formality (formal / informal).
# Puste pole pojawia się jako opis w nawiasach kwadratowych, np. „[firma]”.
# Listy nie ujawniają płci nadawcy ani adresata: forma oficjalna zwraca się do „Państwa”,
# a zamiast czasu przeszłego w 1. osobie (zdecydowałem/zdecydowałam) używa czasu teraźniejszego.

placeholder-company = firma
placeholder-role = stanowisko
placeholder-contact = osoba kontaktowa
placeholder-sender = twoje imię i nazwisko
placeholder-date = data odpowiedzi

# Data w zapisie listowym. $day, $month i $year to liczby, $monthname to nazwa miesiąca
# (w dopełniaczu, jak w dacie: „28 listopada 2026”).
date-long = { $day } { $monthname } { $year }
month-1 = stycznia
month-2 = lutego
month-3 = marca
month-4 = kwietnia
month-5 = maja
month-6 = czerwca
month-7 = lipca
month-8 = sierpnia
month-9 = września
month-10 = października
month-11 = listopada
month-12 = grudnia

letter-withdraw-after-interview-subject = { $formality ->
    [informal] Moja decyzja w sprawie stanowiska { $role }
   *[formal] Rekrutacja na stanowisko { $role } – moja decyzja
}
letter-withdraw-after-interview-body = { $formality ->
    [informal]
        Cześć { $contact },

        dzięki za rozmowę o stanowisku { $role } w firmie { $company }. Bardzo miło było poznać Wasz zespół i posłuchać o tym, co macie przed sobą.

        Po dłuższym namyśle wycofuję jednak swoją kandydaturę. To stanowisko nie pasuje do kierunku, w którym chcę teraz rozwijać karierę, a wolę powiedzieć Ci o tym od razu, niż zabierać Wam więcej czasu.

        Dziękuję Tobie i całemu zespołowi za poświęcony czas i otwartość. Chętnie zostanę w kontakcie – mam nadzieję, że nasze drogi jeszcze się skrzyżują.

        Pozdrawiam serdecznie
        { $signature }
   *[formal]
        Dzień dobry,

        dziękuję za rozmowę dotyczącą stanowiska { $role } w firmie { $company }. Bardzo miło było poznać zespół i dowiedzieć się więcej o zadaniach, które przed nim stoją.

        Po starannym namyśle postanawiam wycofać swoją kandydaturę. To stanowisko nie odpowiada kierunkowi, w którym chcę rozwijać karierę, a wolę poinformować o tym od razu, niż dłużej zajmować Państwu czas.

        Dziękuję Państwu za poświęcony mi czas i otwartość podczas rozmów. Chętnie pozostanę w kontakcie i mam nadzieję, że nasze drogi jeszcze się skrzyżują.

        Z wyrazami szacunku
        { $signature }
}

letter-accepted-other-offer-subject = { $formality ->
    [informal] Wasza oferta pracy na stanowisku { $role }
   *[formal] Oferta pracy na stanowisku { $role }
}
letter-accepted-other-offer-body = { $formality ->
    [informal]
        Cześć { $contact },

        bardzo dziękuję za propozycję pracy na stanowisku { $role } w firmie { $company } i za Twoje wsparcie na każdym etapie rekrutacji.

        Po długim namyśle muszę jednak odmówić. Mój wybór padł na inną ofertę, która trochę lepiej pasuje do moich planów – i naprawdę nie była to łatwa decyzja.

        Bardzo cenię to, co budujecie w zespole, i dziękuję Ci za zaufanie. Chętnie zostanę w kontakcie – może kiedyś jeszcze uda nam się razem popracować.

        Wszystkiego dobrego
        { $signature }
   *[formal]
        Dzień dobry,

        serdecznie dziękuję za propozycję objęcia stanowiska { $role } w firmie { $company } oraz za życzliwość i zaangażowanie na każdym etapie rekrutacji.

        Po długim namyśle muszę jednak odmówić. Mój wybór padł na inną ofertę, która nieco lepiej odpowiada moim planom zawodowym. Nie była to łatwa decyzja.

        Mam duże uznanie dla tego, co tworzy Państwa zespół, i dziękuję za okazane mi zaufanie. Chętnie pozostanę w kontakcie i mam nadzieję, że w przyszłości nadarzy się okazja do współpracy.

        Z serdecznymi pozdrowieniami
        { $signature }
}

letter-relocation-not-feasible-subject = { $formality ->
    [informal] Wasza oferta pracy na stanowisku { $role }
   *[formal] Oferta pracy na stanowisku { $role }
}
letter-relocation-not-feasible-body = { $formality ->
    [informal]
        Cześć { $contact },

        dziękuję za ofertę pracy na stanowisku { $role } w firmie { $company } – bardzo mnie ucieszyła.

        Po rozmowach w domu muszę jednak odmówić. Przeprowadzka nie wchodzi teraz w grę dla mojej rodziny, a nie chcę zaczynać tej pracy bez pełnego zaangażowania, na jakie zasługuje.

        Naprawdę doceniam Twój czas i zaproponowaną pomoc przy przeprowadzce. Jeśli kiedyś pojawi się rola, która będzie pasować do mojej sytuacji, odezwij się – chętnie posłucham. I bardzo chcę zostać w kontakcie.

        Pozdrawiam serdecznie
        { $signature }
   *[formal]
        Dzień dobry,

        dziękuję za ofertę pracy na stanowisku { $role } w firmie { $company }. Bardzo mnie ucieszyła.

        Po rozmowach z rodziną muszę jednak odmówić. Przeprowadzka nie jest dla nas obecnie możliwa, a nie chcę obejmować stanowiska bez pełnego zaangażowania, na jakie ono zasługuje.

        Serdecznie dziękuję za poświęcony czas i zaoferowane wsparcie w przeprowadzce. Jeśli w przyszłości pojawi się stanowisko odpowiadające mojej sytuacji, będzie mi bardzo miło, jeśli Państwo się odezwą. Chętnie pozostanę też w kontakcie.

        Z serdecznymi pozdrowieniami
        { $signature }
}

letter-negotiate-instead-subject = { $formality ->
    [informal] Wasza oferta pracy na stanowisku { $role } – kilka pytań
   *[formal] Oferta pracy na stanowisku { $role } – kilka pytań
}
letter-negotiate-instead-body = { $formality ->
    [informal]
        Cześć { $contact },

        dzięki za ofertę pracy na stanowisku { $role } w firmie { $company }. Ta rola i Wasz zespół naprawdę mnie interesują.

        Zanim dam Ci odpowiedź, chcę omówić z Tobą kilka kwestii: [czego dotyczą pytania, np. wynagrodzenia, daty rozpoczęcia pracy albo dni pracy zdalnej]. Chodzi mi o to, czy jest tu jakieś pole manewru.

        Znajdziesz w tym tygodniu chwilę na krótką rozmowę? Zależy mi na decyzji, która będzie dobra dla obu stron, i dzięki za Twoją otwartość.

        Pozdrawiam
        { $signature }
   *[formal]
        Dzień dobry,

        dziękuję za ofertę pracy na stanowisku { $role } w firmie { $company }. Zarówno to stanowisko, jak i zespół bardzo mnie interesują.

        Zanim udzielę odpowiedzi, chcę omówić z Państwem kilka kwestii: [czego dotyczą pytania, np. wynagrodzenia, daty rozpoczęcia pracy albo dni pracy zdalnej]. Chcę się zorientować, czy w tym zakresie możliwa jest pewna elastyczność.

        Czy znajdzie się w tym tygodniu chwila na krótką rozmowę? Zależy mi na decyzji, która będzie dobra dla obu stron, i doceniam Państwa otwartość.

        Z wyrazami szacunku
        { $signature }
}

letter-ask-for-time-subject = { $formality ->
    [informal] Wasza oferta pracy na stanowisku { $role }
   *[formal] Oferta pracy na stanowisku { $role }
}
letter-ask-for-time-body = { $formality ->
    [informal]
        Cześć { $contact },

        dzięki za ofertę pracy na stanowisku { $role } w firmie { $company }. Bardzo się cieszę i chcę ją spokojnie przemyśleć.

        Czy mogę dać Ci ostateczną odpowiedź do { $date }? Najpóźniej tego dnia się odezwę, niezależnie od tego, jaka będzie moja decyzja.

        Jeśli potrzebujecie odpowiedzi wcześniej, daj znać – zrobię, co w mojej mocy.

        Dzięki za zrozumienie!

        Pozdrawiam
        { $signature }
   *[formal]
        Dzień dobry,

        dziękuję za ofertę pracy na stanowisku { $role } w firmie { $company }. Bardzo ją doceniam i chcę poświęcić jej tyle namysłu, na ile zasługuje.

        Czy mogę przekazać ostateczną odpowiedź do { $date }? Najpóźniej tego dnia się odezwę, niezależnie od decyzji.

        Jeśli potrzebują Państwo odpowiedzi wcześniej, proszę o informację – zrobię wszystko, co w mojej mocy.

        Dziękuję za wyrozumiałość.

        Z wyrazami szacunku
        { $signature }
}

# Scenariusz rozmowy: co powiedzieć, w kolejności schematu (podziękowanie, decyzja, powód,
# wdzięczność, dalszy kontakt, kolejne kroki). Akapity pojawiają się po kolei, dużą czcionką.
call-script = { $formality ->
    [informal]
        Cześć { $contact }, dzięki, że odbierasz. Masz kilka minut?

        Na początek jeszcze raz dziękuję Tobie i zespołowi za czas poświęcony mi w rekrutacji na stanowisko { $role } w firmie { $company }.

        Po długim namyśle rezygnuję z dalszego udziału w rekrutacji.

        Najważniejszy powód w jednym zdaniu: [jeden szczery, neutralny powód, np. ta rola nie pasuje do kierunku, w którym chcę się rozwijać].

        Bardzo doceniam, jak otwarte były wszystkie nasze rozmowy – wiele z nich wyniosę.

        Chętnie zostanę w kontakcie. Jeszcze dziś wyślę Ci krótkiego maila z podsumowaniem naszej rozmowy.

        Jeszcze raz dzięki i wszystkiego dobrego dla Ciebie i zespołu!
   *[formal]
        Dzień dobry, dziękuję za możliwość rozmowy. Czy to dobry moment na kilka minut?

        Na początek jeszcze raz dziękuję Państwu i całemu zespołowi za czas poświęcony mi w rekrutacji na stanowisko { $role } w firmie { $company }.

        Po starannym namyśle postanawiam zrezygnować z dalszego udziału w rekrutacji.

        Najważniejszy powód w jednym zdaniu: [jeden szczery, neutralny powód, np. to stanowisko nie odpowiada kierunkowi, w którym chcę się rozwijać].

        Bardzo doceniam otwartość, z jaką przebiegały wszystkie rozmowy – wiele z nich wyniosę.

        Chętnie pozostanę w kontakcie. Jeszcze dziś wyślę krótką wiadomość e-mail z podsumowaniem naszej rozmowy.

        Jeszcze raz dziękuję i wszystkiego dobrego dla Państwa i całego zespołu.
}

letter-call-recap-subject = { $formality ->
    [informal] Po naszej dzisiejszej rozmowie
   *[formal] Podsumowanie dzisiejszej rozmowy
}
letter-call-recap-body = { $formality ->
    [informal]
        Cześć { $contact },

        dzięki za dzisiejszą rozmowę i Twój czas.

        Potwierdzam to, co padło przez telefon: rezygnuję ze stanowiska { $role } w firmie { $company }. Nie była to łatwa decyzja. Dziękuję Tobie i zespołowi za otwartość i wszystkie przekazane mi informacje.

        Chętnie zostanę w kontakcie. Trzymam kciuki za szybkie znalezienie właściwej osoby na to stanowisko.

        Pozdrawiam serdecznie
        { $signature }
   *[formal]
        Dzień dobry,

        dziękuję za dzisiejszą rozmowę i poświęcony mi czas.

        Zgodnie z tym, co padło w rozmowie, potwierdzam rezygnację ze stanowiska { $role } w firmie { $company }. Nie była to łatwa decyzja. Dziękuję Państwu i całemu zespołowi za otwartość i wszystkie przekazane mi informacje.

        Chętnie pozostanę w kontakcie i życzę powodzenia w znalezieniu odpowiedniej osoby na to stanowisko.

        Z wyrazami szacunku
        { $signature }
}

letter-stay-connected-subject = { $formality ->
    [informal] Bądźmy w kontakcie
   *[formal] Pozostańmy w kontakcie
}
letter-stay-connected-body = { $formality ->
    [informal]
        Cześć { $contact },

        jeszcze raz dzięki za nasze rozmowy o stanowisku { $role } w firmie { $company }. Choć tym razem się nie złożyło, bardzo miło było poznać Ciebie i zespół.

        Chętnie zostanę w kontakcie. Jeśli mogę w czymś pomóc, na przykład polecając Wam kogoś dobrego do zespołu, daj znać. I pamiętaj o mnie, gdy pojawi się u Was nowa rola.

        Pozdrawiam serdecznie
        { $signature }
   *[formal]
        Dzień dobry,

        jeszcze raz dziękuję za rozmowy dotyczące stanowiska { $role } w firmie { $company }. Choć tym razem nie doszło do współpracy, bardzo miło było poznać Państwa i cały zespół.

        Chętnie pozostanę w kontakcie. Jeśli mogę w czymś pomóc, na przykład polecając odpowiednią osobę do zespołu, proszę dać znać. Będzie mi też miło, jeśli przy kolejnych rekrutacjach pomyślą Państwo o mojej kandydaturze.

        Serdecznie pozdrawiam
        { $signature }
}

letter-interview-call-script-body = { $formality ->
    [informal]
        Cześć { $contact }, tu { $sender }. Dzięki, że odbierasz – masz dwie minuty?

        Jeszcze raz dzięki za rozmowę o stanowisku { $role } w firmie { $company }. Bardzo miło było poznać zespół.

        Po długim namyśle wycofuję swoją kandydaturę. Ta rola nie pasuje do kierunku, w którym chcę się teraz rozwijać.

        Dziękuję za Twój czas i za to, jak otwarcie wszyscy ze mną rozmawiali.

        Chętnie zostanę w kontakcie. Jeszcze raz dzięki i wszystkiego dobrego!
   *[formal]
        Dzień dobry, z tej strony { $sender }. Dziękuję za odebranie telefonu – czy to dobry moment na dwie minuty rozmowy?

        Jeszcze raz dziękuję za rozmowę kwalifikacyjną na stanowisko { $role } w firmie { $company }. Bardzo miło było poznać zespół.

        Po starannym namyśle postanawiam wycofać swoją kandydaturę. To stanowisko nie odpowiada kierunkowi, w którym chcę się rozwijać.

        Dziękuję za poświęcony czas i za otwartość, z jaką wszyscy ze mną rozmawiali.

        Chętnie pozostanę w kontakcie. Jeszcze raz dziękuję i wszystkiego dobrego.
}

letter-visa-unworkable-subject = { $formality ->
    [informal] Wasza oferta pracy na stanowisku { $role }
   *[formal] Oferta pracy na stanowisku { $role }
}
letter-visa-unworkable-body = { $formality ->
    [informal]
        Cześć { $contact },

        jeszcze raz dzięki za dzisiejszą rozmowę i za ofertę pracy na stanowisku { $role } w firmie { $company }.

        Potwierdzam to, co padło przez telefon: muszę odmówić. Formalności związane z wizą i sponsorowaniem potrwają tak długo, że nie zdążę zacząć pracy wtedy, kiedy potrzebujecie mnie w zespole, a nie chcę wstrzymywać Waszych planów.

        Bardzo dziękuję Tobie i zespołowi za cały wysiłek włożony w to, żeby się udało. Chętnie zostanę w kontakcie – mam nadzieję, że nasze drogi jeszcze się skrzyżują.

        Pozdrawiam serdecznie
        { $signature }
   *[formal]
        Dzień dobry,

        jeszcze raz dziękuję za dzisiejszą rozmowę oraz za ofertę pracy na stanowisku { $role } w firmie { $company }.

        Zgodnie z naszą rozmową z przykrością odmawiam przyjęcia oferty. Procedury wizowe i związane ze sponsorowaniem nie pozwoliłyby mi rozpocząć pracy w terminie, w którym potrzebuje mnie zespół, a nie chcę opóźniać Państwa planów.

        Bardzo dziękuję Państwu i całemu zespołowi za wysiłek włożony w to, by ta współpraca doszła do skutku. Chętnie pozostanę w kontakcie i mam nadzieję, że nasze drogi jeszcze się skrzyżują.

        Z wyrazami szacunku
        { $signature }
}

letter-counteroffer-subject = { $formality ->
    [informal] Wasza oferta pracy na stanowisku { $role }
   *[formal] Oferta pracy na stanowisku { $role }
}
letter-counteroffer-body = { $formality ->
    [informal]
        Cześć { $contact },

        dzięki za ofertę pracy na stanowisku { $role } w firmie { $company } i za czas poświęcony mi w trakcie całej rekrutacji.

        Po długim namyśle muszę jednak odmówić. Mój obecny pracodawca złożył mi propozycję, która pozwala mi rozwijać się dokładnie w tym kierunku, którego szukam – dlatego zostaję tam, gdzie jestem.

        Dziękuję za zaufanie i za możliwość lepszego poznania Waszego zespołu. Chętnie zostanę w kontakcie – mam nadzieję, że nasze drogi jeszcze się skrzyżują.

        Pozdrawiam serdecznie
        { $signature }
   *[formal]
        Dzień dobry,

        dziękuję za propozycję objęcia stanowiska { $role } w firmie { $company } oraz za czas poświęcony mi w trakcie całej rekrutacji.

        Po długim namyśle postanawiam nie przyjmować oferty. Mój obecny pracodawca przedstawił mi propozycję, która pozwala mi rozwijać się dokładnie w kierunku, na którym mi zależy, dlatego zostaję w obecnej firmie.

        Dziękuję za okazane zaufanie i za możliwość bliższego poznania Państwa zespołu. Chętnie pozostanę w kontakcie i mam nadzieję, że nasze drogi jeszcze się skrzyżują.

        Z wyrazami szacunku
        { $signature }
}

letter-many-rounds-call-script-body = { $formality ->
    [informal]
        Cześć { $contact }, tu { $sender }. Dzięki, że odbierasz – pasuje Ci teraz chwila rozmowy?

        Na początek chcę Ci podziękować – Tobie i całemu zespołowi – za mnóstwo czasu, który poświęcono mi na wszystkich etapach. Wcale nie traktuję tego jako oczywistości.

        Moja decyzja jest taka, że rezygnuję ze stanowiska { $role } w firmie { $company }. To była trudna decyzja i zależało mi, żeby przekazać Ci ją osobiście.

        Każdą z tych rozmów bardzo cenię i wiele wyniosę ze spotkań z ludźmi z Twojego zespołu.

        Bardzo chcę zostać w kontakcie. Jeszcze dziś wyślę Ci krótkiego maila z podsumowaniem naszej rozmowy.
   *[formal]
        Dzień dobry, z tej strony { $sender }. Dziękuję za odebranie telefonu – czy to dobry moment na rozmowę?

        Przede wszystkim chcę podziękować. Na kolejnych etapach rekrutacji poświęcili mi Państwo wraz z zespołem mnóstwo czasu i wcale nie traktuję tego jako oczywistości.

        Postanawiam zrezygnować ze stanowiska { $role } w firmie { $company }. To była trudna decyzja i zależało mi, żeby usłyszeli ją Państwo bezpośrednio ode mnie.

        Każdą z rozmów bardzo cenię i wiele wyniosę ze spotkań z osobami z Państwa zespołu.

        Bardzo chętnie pozostanę w kontakcie. Jeszcze dziś wyślę krótką wiadomość e-mail z podsumowaniem naszej rozmowy.
}

letter-active-relocation-subject = { $formality ->
    [informal] Stanowisko { $role } i moja przeprowadzka
   *[formal] Stanowisko { $role } i moja przeprowadzka
}
letter-active-relocation-body = { $formality ->
    [informal]
        Cześć { $contact },

        dzięki za całe wsparcie, jakie dostaję od Ciebie i firmy { $company } w związku ze stanowiskiem { $role } i przeprowadzką.

        Niestety muszę Ci powiedzieć, że rezygnuję z tego stanowiska. Wiem, że przeprowadzka już trwa, więc chcę otwarcie napisać, co zostało już zrobione: [wymień rozpoczęte formalności, otrzymany sprzęt firmowy, już poniesione koszty].

        Oddam wszystko, co należy do firmy, i zwrócę koszty, które zgodnie z naszą umową są po mojej stronie. Daj znać, jak chcecie to rozliczyć.

        Naprawdę dziękuję za pomoc i przepraszam za dodatkowy kłopot. Chętnie zostanę w kontakcie.

        Pozdrawiam serdecznie
        { $signature }
   *[formal]
        Dzień dobry,

        dziękuję za całe wsparcie, jakie otrzymuję od Państwa i firmy { $company } w związku ze stanowiskiem { $role } i przeprowadzką.

        Z przykrością muszę poinformować, że rezygnuję z objęcia tego stanowiska. Wiem, że przeprowadzka już trwa, dlatego chcę otwarcie przedstawić, co zostało już zrobione: [wymień rozpoczęte formalności, otrzymany sprzęt firmowy, już poniesione koszty].

        Zwrócę wszystko, co należy do firmy, i pokryję koszty, do których zwrotu zobowiązuje mnie nasza umowa. Proszę o informację, jak chcą Państwo to rozliczyć.

        Z całego serca dziękuję za pomoc i przepraszam za dodatkowy kłopot. Chętnie pozostanę w kontakcie.

        Z wyrazami szacunku
        { $signature }
}

letter-repair-subject = { $formality ->
    [informal] Jeszcze w sprawie mojej ostatniej wiadomości
   *[formal] Uzupełnienie mojej poprzedniej wiadomości
}
letter-repair-body = { $formality ->
    [informal]
        Cześć { $contact },

        wracam jeszcze do mojej odmowy w sprawie stanowiska { $role } w firmie { $company }. Mam wrażenie, że moja wiadomość nie zabrzmiała tak, jak powinna.

        Chcę to powiedzieć wprost: bardzo dziękuję Tobie i Twojemu zespołowi za poświęcony mi czas i życzliwość. Moja decyzja wynikała wyłącznie z mojej sytuacji, a nie z czegokolwiek po Twojej stronie czy po stronie firmy.

        Mam nadzieję, że nie zostawiło to złego wrażenia – chętnie zostanę w kontakcie. Dzięki za zrozumienie!

        Pozdrawiam serdecznie
        { $signature }
   *[formal]
        Dzień dobry,

        wracam jeszcze do mojej odmowy w sprawie stanowiska { $role } w firmie { $company }. Mam wrażenie, że moja wiadomość nie zabrzmiała tak, jak powinna.

        Chcę to jasno powiedzieć: z całego serca dziękuję Państwu i całemu zespołowi za poświęcony mi czas i życzliwość. Moja decyzja wynikała wyłącznie z mojej sytuacji, a nie z czegokolwiek po stronie Państwa czy firmy.

        Mam nadzieję, że ta sytuacja nie położy się cieniem na naszych relacjach, i chętnie pozostanę w kontakcie. Dziękuję za wyrozumiałość.

        Z wyrazami szacunku
        { $signature }
}

letter-reopen-subject = { $formality ->
    [informal] Stanowisko { $role } w firmie { $company }
   *[formal] Stanowisko { $role } w firmie { $company }
}
letter-reopen-body = { $formality ->
    [informal]
        Cześć { $contact },

        jeszcze raz dzięki za rozmowy sprzed kilku miesięcy o stanowisku { $role } w firmie { $company }. Moja odpowiedź była wtedy odmowna i bardzo doceniam, jak życzliwie została przyjęta.

        Od tamtej pory sporo się u mnie zmieniło i ta rola dobrze pasuje do tego, w którą stronę teraz idę. Jeśli to albo podobne stanowisko jest wciąż otwarte, bardzo chętnie wrócę do rozmowy.

        Znajdziesz w najbliższych tygodniach chwilę, żeby pogadać? Chętnie opowiem, co się zmieniło.

        Pozdrawiam serdecznie
        { $signature }
   *[formal]
        Dzień dobry,

        jeszcze raz dziękuję, że kilka miesięcy temu brali Państwo pod uwagę moją kandydaturę na stanowisko { $role } w firmie { $company }. Moja odpowiedź była wtedy odmowna i bardzo doceniam, jak życzliwie Państwo ją przyjęli.

        Od tamtej pory moja sytuacja się zmieniła i to stanowisko dobrze wpisuje się teraz w moje plany zawodowe. Jeśli to lub podobne stanowisko jest nadal aktualne, bardzo chętnie wrócę do rozmów.

        Czy znajdzie się w najbliższych tygodniach chwila na krótkie spotkanie lub telefon? Chętnie opowiem, co się zmieniło.

        Z wyrazami szacunku
        { $signature }
}

# Czy listy w tym języku rozróżniają stopień formalności (Państwo/ty, Sie/du, keigo…): „yes” albo „no”.
letter-formality-marked = yes
