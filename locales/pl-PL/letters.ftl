# Szablony listów (pl-PL). Zmienne: $company, $role, $contact, $sender (imię i nazwisko),
# $signature (podpis z profilu, a jeśli go nie ma – imię i nazwisko), $formality (formal / informal),
# $address (zwrot do adresata w wołaczu, tak jak go wpisano: „Pani Anno”, „Panie Janie”, „Anno”;
# jeśli go nie wpisano – imię i nazwisko z $contact) i $address_given („yes”, gdy zwrot wpisano,
# inaczej „no”). Powitanie nigdy nie stawia imienia w mianowniku: bez zwrotu „Cześć,” albo
# „Dzień dobry,”; formy „Szanowna Pani” / „Szanowny Panie” tylko przez wpisany zwrot.
# $company i $role przychodzą tak, jak je wpisano („Poczta Polska”, „IBM”), więc się ich nie
# odmienia: „w firmie { $company }”, „na stanowisku { $role }”.
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
        { $address_given ->
            [yes] Cześć, { $address },
           *[no] Cześć,
        }

        dzięki za rozmowę o stanowisku { $role } w firmie { $company }. Bardzo miło było poznać Wasz zespół i posłuchać o tym, co macie przed sobą.

        Po dłuższym namyśle wycofuję jednak swoją kandydaturę. To stanowisko nie pasuje do kierunku, w którym chcę teraz rozwijać karierę, a wolę powiedzieć Ci o tym od razu, niż zabierać Wam więcej czasu.

        Dziękuję Tobie i całemu zespołowi za poświęcony czas i otwartość. Chętnie zostanę w kontakcie – mam nadzieję, że nasze drogi jeszcze się skrzyżują.

        Pozdrawiam serdecznie
        { $signature }
   *[formal]
        { $address_given ->
            [yes] Dzień dobry, { $address },
           *[no] Dzień dobry,
        }

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
        { $address_given ->
            [yes] Cześć, { $address },
           *[no] Cześć,
        }

        bardzo dziękuję za propozycję pracy na stanowisku { $role } w firmie { $company } i za Twoje wsparcie na każdym etapie rekrutacji.

        Po długim namyśle muszę jednak odmówić. Mój wybór padł na inną ofertę, która trochę lepiej pasuje do moich planów – i naprawdę nie była to łatwa decyzja.

        Bardzo cenię to, co budujecie w zespole, i dziękuję Ci za zaufanie. Chętnie zostanę w kontakcie – może kiedyś jeszcze uda nam się razem popracować.

        Wszystkiego dobrego
        { $signature }
   *[formal]
        { $address_given ->
            [yes] Dzień dobry, { $address },
           *[no] Dzień dobry,
        }

        serdecznie dziękuję za propozycję objęcia stanowiska { $role } w firmie { $company } oraz za życzliwość i zaangażowanie na każdym etapie rekrutacji.

        Po długim namyśle muszę jednak odmówić. Mój wybór padł na inną ofertę, która nieco lepiej odpowiada moim planom zawodowym. Nie była to łatwa decyzja.

        Mam duże uznanie dla tego, co tworzy Państwa zespół, i dziękuję za okazane mi zaufanie. Chętnie pozostanę w kontakcie i mam nadzieję, że w przyszłości nadarzy się okazja do współpracy.

        Z serdecznymi pozdrowieniami
        { $signature }
}

# Po ofercie, gdy samo stanowisko nie pasuje (wartości, sposób pracy, kierunek rozwoju) albo
# z powodu osobistego, który nie dotyczy przeprowadzki. Celowo neutralny: powód nie jest
# nazwany wprost.
letter-not-right-fit-after-offer-subject = { $formality ->
    [informal] Wasza oferta pracy na stanowisku { $role }
   *[formal] Oferta pracy na stanowisku { $role }
}
letter-not-right-fit-after-offer-body = { $formality ->
    [informal]
        { $address_given ->
            [yes] Cześć, { $address },
           *[no] Cześć,
        }

        dzięki za propozycję pracy na stanowisku { $role } w firmie { $company } i za czas, który Ty i zespół mi poświęciliście.

        Po długim namyśle muszę jednak odmówić. Wiem już, że to stanowisko nie jest teraz dla mnie, i wolę powiedzieć Ci o tym od razu, niż kazać Ci dłużej czekać.

        Bardzo miło było poznać Wasz zespół i dziękuję za zaufanie, którym mnie obdarzyliście. Chętnie zostanę w kontakcie – mam nadzieję, że nasze drogi jeszcze się skrzyżują.

        Pozdrawiam serdecznie
        { $signature }
   *[formal]
        { $address_given ->
            [yes] Dzień dobry, { $address },
           *[no] Dzień dobry,
        }

        dziękuję za propozycję objęcia stanowiska { $role } w firmie { $company } oraz za czas, który poświęcono mi w trakcie rekrutacji.

        Po starannym namyśle postanawiam nie przyjmować oferty. Uważam, że na tym etapie to stanowisko nie jest dla mnie właściwym wyborem, i wolę poinformować o tym od razu, niż kazać Państwu dłużej czekać.

        Bardzo miło było poznać zespół, dziękuję też za okazane mi zaufanie. Chętnie pozostanę w kontakcie i mam nadzieję, że nasze drogi jeszcze się skrzyżują.

        Z wyrazami szacunku
        { $signature }
}

# Po tym, jak użytkownik poprosił o lepsze warunki (wynagrodzenie, datę rozpoczęcia, dni pracy
# zdalnej…), a pracodawca nie mógł ich spełnić. Dziękuje za starania i nie wznawia negocjacji.
letter-after-negotiation-subject = { $formality ->
    [informal] Wasza oferta pracy na stanowisku { $role }
   *[formal] Oferta pracy na stanowisku { $role }
}
letter-after-negotiation-body = { $formality ->
    [informal]
        { $address_given ->
            [yes] Cześć, { $address },
           *[no] Cześć,
        }

        dzięki, że jeszcze raz przyjrzeliście się warunkom oferty pracy na stanowisku { $role } w firmie { $company }, i że tak szczerze mówiliście o tym, co jest możliwe.

        Po dokładnym przemyśleniu ostatecznej oferty muszę jednak odmówić. Rozumiem ograniczenia, w jakich działacie, i szanuję je, ale ostatecznie różnica jest dla mnie zbyt duża.

        Dziękuję za czas i wysiłek, które w to włożyliście. Chętnie zostanę w kontakcie – może kiedyś jeszcze uda nam się razem popracować.

        Pozdrawiam serdecznie
        { $signature }
   *[formal]
        { $address_given ->
            [yes] Dzień dobry, { $address },
           *[no] Dzień dobry,
        }

        dziękuję, że ponownie przyjrzeli się Państwo warunkom oferty pracy na stanowisku { $role } w firmie { $company }, i że tak otwarcie przedstawili Państwo, co jest możliwe.

        Po starannym rozważeniu ostatecznej oferty postanawiam jej nie przyjmować. Rozumiem ograniczenia, w jakich Państwo działają, i szanuję je, jednak ostatecznie różnica jest dla mnie zbyt duża.

        Dziękuję za czas i wysiłek, które Państwo w to włożyli. Chętnie pozostanę w kontakcie i mam nadzieję, że w przyszłości nadarzy się okazja do współpracy.

        Z wyrazami szacunku
        { $signature }
}

letter-relocation-not-feasible-subject = { $formality ->
    [informal] Wasza oferta pracy na stanowisku { $role }
   *[formal] Oferta pracy na stanowisku { $role }
}
letter-relocation-not-feasible-body = { $formality ->
    [informal]
        { $address_given ->
            [yes] Cześć, { $address },
           *[no] Cześć,
        }

        dziękuję za ofertę pracy na stanowisku { $role } w firmie { $company } – bardzo mnie ucieszyła.

        Po rozmowach w domu muszę jednak odmówić. Przeprowadzka nie wchodzi teraz w grę dla mojej rodziny, a nie chcę zaczynać tej pracy bez pełnego zaangażowania, na jakie zasługuje.

        Naprawdę doceniam Twój czas i zaproponowaną pomoc przy przeprowadzce. Jeśli kiedyś pojawi się stanowisko, które będzie pasować do mojej sytuacji, odezwij się – chętnie posłucham. I bardzo chcę zostać w kontakcie.

        Pozdrawiam serdecznie
        { $signature }
   *[formal]
        { $address_given ->
            [yes] Dzień dobry, { $address },
           *[no] Dzień dobry,
        }

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
        { $address_given ->
            [yes] Cześć, { $address },
           *[no] Cześć,
        }

        dzięki za ofertę pracy na stanowisku { $role } w firmie { $company }. To stanowisko i Wasz zespół naprawdę mnie interesują.

        Zanim dam Ci odpowiedź, chcę omówić z Tobą kilka kwestii: [czego dotyczą pytania, np. wynagrodzenia, daty rozpoczęcia pracy albo dni pracy zdalnej]. Chodzi mi o to, czy jest tu jakieś pole manewru.

        Znajdziesz w tym tygodniu chwilę na krótką rozmowę? Zależy mi na decyzji, która będzie dobra dla obu stron. Dzięki też za Twoją otwartość.

        Pozdrawiam
        { $signature }
   *[formal]
        { $address_given ->
            [yes] Dzień dobry, { $address },
           *[no] Dzień dobry,
        }

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
        { $address_given ->
            [yes] Cześć, { $address },
           *[no] Cześć,
        }

        dzięki za ofertę pracy na stanowisku { $role } w firmie { $company }. Bardzo się cieszę i chcę ją spokojnie przemyśleć.

        Czy mogę dać Ci ostateczną odpowiedź do { $date }? Najpóźniej tego dnia się odezwę, niezależnie od tego, jaka będzie moja decyzja.

        Jeśli potrzebujecie odpowiedzi wcześniej, daj znać – zrobię, co w mojej mocy.

        Dzięki za zrozumienie!

        Pozdrawiam
        { $signature }
   *[formal]
        { $address_given ->
            [yes] Dzień dobry, { $address },
           *[no] Dzień dobry,
        }

        dziękuję za ofertę pracy na stanowisku { $role } w firmie { $company }. Bardzo ją doceniam i chcę poświęcić jej tyle namysłu, na ile zasługuje.

        Czy mogę przekazać ostateczną odpowiedź do { $date }? Najpóźniej tego dnia się odezwę, niezależnie od decyzji.

        Jeśli potrzebują Państwo odpowiedzi wcześniej, proszę o informację – zrobię wszystko, co w mojej mocy.

        Dziękuję za wyrozumiałość.

        Z wyrazami szacunku
        { $signature }
}

# Jedno zdanie, neutralne i prawdziwe, na wypadek pytania „dlaczego?” (w rozmowie albo
# dopisane do listu). Aplikacja wybiera zdanie pasujące do tego, co w liście decyzyjnej
# stoi na przeszkodzie; why-general, gdy nic nie jest wskazane. Mówi kandydat; zdanie nigdy
# nie obwinia pracodawcy. Bez $formality: zdania nie zwracają się do nikogo, więc pasują do
# obu tonów, i nie zdradzają płci mówiącego.
why-compensation = Ostatecznie cały pakiet nie odpowiada mojej sytuacji.
why-start-date = Nie zgadzają się terminy: nie mogę zacząć pracy wtedy, kiedy potrzebuje mnie zespół.
why-role-scope = Zakres obowiązków na tym stanowisku nie do końca odpowiada temu, czego teraz szukam.
why-remote-work = Podział między pracą w biurze a pracą zdalną nie pasuje do mojej sytuacji.
why-relocation-support = Na tych warunkach przeprowadzka nie wchodzi dla mnie w grę.
why-values = Szukam innego środowiska pracy i wolę powiedzieć o tym szczerze.
why-way-of-working = Ten sposób pracy nie do końca pasuje do tego, jak pracuje mi się najlepiej.
why-long-term-direction = To stanowisko nie prowadzi w kierunku, w którym chcę dalej rozwijać karierę.
why-personal-compromise = Z przyczyn osobistych to nie jest dla mnie dobry moment na taką zmianę.
why-general = Uznaję, że na tym etapie to nie jest dla mnie właściwy krok.

# Scenariusz rozmowy: co powiedzieć, w kolejności schematu (podziękowanie, decyzja, powód,
# wdzięczność, dalszy kontakt, kolejne kroki). Akapity pojawiają się po kolei, dużą czcionką.
# $why to jedno ze zdań why-* powyżej, wybrane na podstawie powodu z listy decyzyjnej.
call-script = { $formality ->
    [informal]
        { $address_given ->
            [yes] Cześć, { $address },
           *[no] Cześć,
        } dzięki, że odbierasz. Masz kilka minut?

        Na początek jeszcze raz dziękuję Tobie i zespołowi za czas poświęcony mi w rekrutacji na stanowisko { $role } w firmie { $company }.

        Po długim namyśle postanawiam zrezygnować.

        { $why }

        Bardzo doceniam, jak otwarte były wszystkie nasze rozmowy – wiele z nich wyniosę.

        Chętnie zostanę w kontakcie. Jeszcze dziś wyślę Ci krótkiego maila z podsumowaniem naszej rozmowy.

        Jeszcze raz dzięki i wszystkiego dobrego dla Ciebie i zespołu!
   *[formal]
        { $address_given ->
            [yes] Dzień dobry, { $address },
           *[no] Dzień dobry,
        } dziękuję za możliwość rozmowy. Czy to dobry moment na kilka minut?

        Na początek jeszcze raz dziękuję za czas, który poświęcono mi w rekrutacji na stanowisko { $role } w firmie { $company }.

        Po starannym namyśle postanawiam zrezygnować.

        { $why }

        Bardzo doceniam otwartość, z jaką przebiegały wszystkie rozmowy – wiele z nich wyniosę.

        Chętnie pozostanę w kontakcie. Jeszcze dziś wyślę krótką wiadomość e-mail z podsumowaniem naszej rozmowy.

        Jeszcze raz dziękuję i życzę wszystkiego dobrego całemu zespołowi.
}

letter-call-recap-subject = { $formality ->
    [informal] Po naszej dzisiejszej rozmowie
   *[formal] Podsumowanie dzisiejszej rozmowy
}
letter-call-recap-body = { $formality ->
    [informal]
        { $address_given ->
            [yes] Cześć, { $address },
           *[no] Cześć,
        }

        dzięki za dzisiejszą rozmowę i Twój czas.

        Potwierdzam to, co padło przez telefon: rezygnuję ze stanowiska { $role } w firmie { $company }. Nie była to łatwa decyzja. Dziękuję Tobie i zespołowi za otwartość i wszystkie przekazane mi informacje.

        Chętnie zostanę w kontakcie. Trzymam kciuki za szybkie znalezienie właściwej osoby na to stanowisko.

        Pozdrawiam serdecznie
        { $signature }
   *[formal]
        { $address_given ->
            [yes] Dzień dobry, { $address },
           *[no] Dzień dobry,
        }

        dziękuję za dzisiejszą rozmowę i poświęcony mi czas.

        Zgodnie z tym, co padło w rozmowie, potwierdzam rezygnację ze stanowiska { $role } w firmie { $company }. Nie była to łatwa decyzja. Dziękuję Państwu i całemu zespołowi za otwartość i wszystkie przekazane mi informacje.

        Chętnie pozostanę w kontakcie i życzę powodzenia w znalezieniu odpowiedniej osoby na to stanowisko.

        Z wyrazami szacunku
        { $signature }
}

# Notka do zaproszenia w sieci zawodowej: bez tematu i najwyżej 300 znaków po wstawieniu
# nazwisk i nazw (limit takich zaproszeń), więc musi być aż tak krótka.
letter-stay-connected-body = { $formality ->
    [informal]
        { $address_given ->
            [yes] Cześć, { $address },
           *[no] Cześć,
        } jeszcze raz dzięki za nasze rozmowy o stanowisku { $role } w firmie { $company }. Tym razem się nie złożyło, ale bardzo miło było poznać Ciebie i zespół – chętnie zostanę w kontakcie.

        Pozdrawiam serdecznie
        { $signature }
   *[formal]
        { $address_given ->
            [yes] Dzień dobry, { $address },
           *[no] Dzień dobry,
        } jeszcze raz dziękuję za rozmowy dotyczące stanowiska { $role } w firmie { $company }. Tym razem nie doszło do współpracy, ale cieszę się, że mogliśmy się poznać. Chętnie pozostanę w kontakcie.

        Serdecznie pozdrawiam
        { $signature }
}

letter-interview-call-script-body = { $formality ->
    [informal]
        { $address_given ->
            [yes] Cześć, { $address },
           *[no] Cześć,
        } tu { $sender }. Dzięki, że odbierasz – masz dwie minuty?

        Jeszcze raz dzięki za rozmowę o stanowisku { $role } w firmie { $company }. Bardzo miło było poznać zespół.

        Po długim namyśle wycofuję swoją kandydaturę. To stanowisko nie pasuje do kierunku, w którym chcę się teraz rozwijać.

        Dziękuję za Twój czas i za to, jak otwarcie wszyscy ze mną rozmawiali.

        Chętnie zostanę w kontakcie. Jeszcze raz dzięki i wszystkiego dobrego!
   *[formal]
        { $address_given ->
            [yes] Dzień dobry, { $address },
           *[no] Dzień dobry,
        } z tej strony { $sender }. Dziękuję za odebranie telefonu – czy to dobry moment na dwie minuty rozmowy?

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
        { $address_given ->
            [yes] Cześć, { $address },
           *[no] Cześć,
        }

        jeszcze raz dzięki za dzisiejszą rozmowę i za ofertę pracy na stanowisku { $role } w firmie { $company }.

        Potwierdzam to, co padło przez telefon: muszę odmówić. Formalności związane z wizą i zezwoleniem na pracę potrwają tak długo, że nie zdążę zacząć pracy wtedy, kiedy potrzebujecie mnie w zespole, a nie chcę wstrzymywać Waszych planów.

        Bardzo dziękuję Tobie i zespołowi za cały wysiłek włożony w to, żeby się udało. Chętnie zostanę w kontakcie – mam nadzieję, że nasze drogi jeszcze się skrzyżują.

        Pozdrawiam serdecznie
        { $signature }
   *[formal]
        { $address_given ->
            [yes] Dzień dobry, { $address },
           *[no] Dzień dobry,
        }

        jeszcze raz dziękuję za dzisiejszą rozmowę oraz za ofertę pracy na stanowisku { $role } w firmie { $company }.

        Zgodnie z naszą rozmową z przykrością odmawiam przyjęcia oferty. Formalności związane z wizą i zezwoleniem na pracę nie pozwoliłyby mi rozpocząć pracy w terminie, w którym potrzebuje mnie zespół, a nie chcę opóźniać Państwa planów.

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
        { $address_given ->
            [yes] Cześć, { $address },
           *[no] Cześć,
        }

        dzięki za ofertę pracy na stanowisku { $role } w firmie { $company } i za czas poświęcony mi w trakcie całej rekrutacji.

        Po długim namyśle muszę jednak odmówić. Mój obecny pracodawca złożył mi propozycję, która pozwala mi rozwijać się dokładnie w tym kierunku, którego szukam – dlatego zostaję tam, gdzie jestem.

        Dziękuję za zaufanie i za możliwość lepszego poznania Waszego zespołu. Chętnie zostanę w kontakcie – mam nadzieję, że nasze drogi jeszcze się skrzyżują.

        Pozdrawiam serdecznie
        { $signature }
   *[formal]
        { $address_given ->
            [yes] Dzień dobry, { $address },
           *[no] Dzień dobry,
        }

        dziękuję za propozycję objęcia stanowiska { $role } w firmie { $company } oraz za czas poświęcony mi w trakcie całej rekrutacji.

        Po długim namyśle postanawiam nie przyjmować oferty. Mój obecny pracodawca przedstawił mi propozycję, która pozwala mi rozwijać się dokładnie w kierunku, na którym mi zależy, dlatego zostaję w obecnej firmie.

        Dziękuję za okazane zaufanie i za możliwość bliższego poznania Państwa zespołu. Chętnie pozostanę w kontakcie i mam nadzieję, że nasze drogi jeszcze się skrzyżują.

        Z wyrazami szacunku
        { $signature }
}

letter-many-rounds-call-script-body = { $formality ->
    [informal]
        { $address_given ->
            [yes] Cześć, { $address },
           *[no] Cześć,
        } tu { $sender }. Dzięki, że odbierasz – pasuje Ci teraz chwila rozmowy?

        Na początek chcę podziękować Tobie i całemu zespołowi za mnóstwo czasu, który mi poświęciliście na wszystkich etapach. Bardzo to doceniam.

        Moja decyzja jest taka, że rezygnuję ze stanowiska { $role } w firmie { $company }. To była trudna decyzja i zależało mi, żeby przekazać Ci ją osobiście.

        Każdą z tych rozmów bardzo cenię i wiele wyniosę ze spotkań z ludźmi z Twojego zespołu.

        Bardzo chcę zostać w kontakcie. Jeszcze dziś wyślę Ci krótkiego maila z podsumowaniem naszej rozmowy.
   *[formal]
        { $address_given ->
            [yes] Dzień dobry, { $address },
           *[no] Dzień dobry,
        } z tej strony { $sender }. Dziękuję za odebranie telefonu – czy to dobry moment na rozmowę?

        Przede wszystkim chcę podziękować za mnóstwo czasu, który poświęcono mi na kolejnych etapach rekrutacji. Bardzo to doceniam.

        Postanawiam zrezygnować ze stanowiska { $role } w firmie { $company }. To była trudna decyzja i zależało mi, żeby przekazać ją osobiście.

        Każdą z rozmów bardzo cenię i wiele wyniosę ze spotkań z osobami z zespołu.

        Bardzo chętnie pozostanę w kontakcie. Jeszcze dziś wyślę krótką wiadomość e-mail z podsumowaniem naszej rozmowy.
}

# Nie obiecuje zwrotu żadnych kosztów, zanim umowa zostanie sprawdzona.
letter-active-relocation-subject = { $formality ->
    [informal] Stanowisko { $role } i moja przeprowadzka
   *[formal] Stanowisko { $role } i moja przeprowadzka
}
letter-active-relocation-body = { $formality ->
    [informal]
        { $address_given ->
            [yes] Cześć, { $address },
           *[no] Cześć,
        }

        dzięki za całe wsparcie, jakie dostaję od Ciebie i firmy { $company } w związku ze stanowiskiem { $role } i przeprowadzką.

        Niestety muszę Ci powiedzieć, że rezygnuję z tego stanowiska. Wiem, że przeprowadzka już trwa, więc chcę otwarcie napisać, co zostało już zrobione: [wymień rozpoczęte formalności, otrzymany sprzęt firmowy, już poniesione koszty].

        Oddam wszystko, co należy do firmy. Co do już poniesionych kosztów – sprawdzę, co mówi o nich nasza umowa, i wrócę do Ciebie z propozycją, jak je rozliczyć. Daj znać, jak chcecie załatwić pozostałe sprawy.

        Naprawdę dziękuję za pomoc i przepraszam za dodatkowy kłopot. Chętnie zostanę w kontakcie.

        Pozdrawiam serdecznie
        { $signature }
   *[formal]
        { $address_given ->
            [yes] Dzień dobry, { $address },
           *[no] Dzień dobry,
        }

        dziękuję za całe wsparcie, jakie otrzymuję od Państwa i firmy { $company } w związku ze stanowiskiem { $role } i przeprowadzką.

        Z przykrością muszę poinformować, że rezygnuję z objęcia tego stanowiska. Wiem, że przeprowadzka już trwa, dlatego chcę otwarcie przedstawić, co zostało już zrobione: [wymień rozpoczęte formalności, otrzymany sprzęt firmowy, już poniesione koszty].

        Zwrócę wszystko, co należy do firmy. W sprawie już poniesionych kosztów sprawdzę, co przewiduje nasza umowa, i wrócę do Państwa z propozycją ich rozliczenia. Proszę też o informację, jak chcą Państwo załatwić pozostałe kwestie.

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
        { $address_given ->
            [yes] Cześć, { $address },
           *[no] Cześć,
        }

        wracam jeszcze do mojej odmowy w sprawie stanowiska { $role } w firmie { $company }. Mam wrażenie, że moja wiadomość nie zabrzmiała tak, jak powinna.

        Chcę to powiedzieć wprost: bardzo dziękuję Tobie i Twojemu zespołowi za poświęcony mi czas i życzliwość. Moja decyzja wynikała wyłącznie z mojej sytuacji, a nie z czegokolwiek po Twojej stronie czy po stronie firmy.

        Jeśli mogę w czymś pomóc, na przykład polecając kogoś na to stanowisko, zrobię to z przyjemnością. Chętnie też zostanę w kontakcie, jeśli masz na to ochotę.

        Dzięki za zrozumienie!

        Pozdrawiam serdecznie
        { $signature }
   *[formal]
        { $address_given ->
            [yes] Dzień dobry, { $address },
           *[no] Dzień dobry,
        }

        wracam jeszcze do mojej odmowy w sprawie stanowiska { $role } w firmie { $company }. Mam wrażenie, że moja wiadomość nie zabrzmiała tak, jak powinna.

        Chcę to jasno powiedzieć: z całego serca dziękuję Państwu i całemu zespołowi za poświęcony mi czas i życzliwość. Moja decyzja wynikała wyłącznie z mojej sytuacji, a nie z czegokolwiek po stronie Państwa czy firmy.

        Jeśli mogę w czymś pomóc, na przykład polecając kogoś na to stanowisko, zrobię to z przyjemnością. Chętnie też pozostanę w kontakcie, o ile będzie to dla Państwa odpowiednie.

        Dziękuję za wyrozumiałość.

        Z wyrazami szacunku
        { $signature }
}

# Pisany jakiś czas po odmowie, gdy sytuacja użytkownika się zmieniła. Mówi, co się zmieniło
# (fragment w nawiasach), i przyjmuje do wiadomości, że stanowisko może być już obsadzone.
letter-reopen-subject = { $formality ->
    [informal] Stanowisko { $role } w firmie { $company }
   *[formal] Stanowisko { $role } w firmie { $company }
}
letter-reopen-body = { $formality ->
    [informal]
        { $address_given ->
            [yes] Cześć, { $address },
           *[no] Cześć,
        }

        jeszcze raz dzięki za rozmowy o stanowisku { $role } w firmie { $company }. Moja odpowiedź była wtedy odmowna i bardzo doceniam, jak życzliwie została przyjęta.

        Od tamtej pory moja sytuacja się zmieniła: [co się zmieniło, np. moja rodzina może się teraz przeprowadzić]. To stanowisko dobrze pasuje teraz do tego, w którą stronę chcę iść. Wiem, że może być już obsadzone; jeśli jednak wciąż jest otwarte – albo pojawiło się podobne – bardzo chętnie wrócę do rozmowy.

        Znajdziesz w najbliższych tygodniach chwilę, żeby pogadać?

        Pozdrawiam serdecznie
        { $signature }
   *[formal]
        { $address_given ->
            [yes] Dzień dobry, { $address },
           *[no] Dzień dobry,
        }

        jeszcze raz dziękuję, że brali Państwo pod uwagę moją kandydaturę na stanowisko { $role } w firmie { $company }. Moja odpowiedź była wtedy odmowna i bardzo doceniam, jak życzliwie Państwo ją przyjęli.

        Od tamtej pory moja sytuacja się zmieniła: [co się zmieniło, np. moja rodzina może się teraz przeprowadzić]. To stanowisko dobrze wpisuje się teraz w moje plany zawodowe. Zdaję sobie sprawę, że może być już obsadzone; jeśli jednak jest nadal aktualne – albo pojawiło się podobne – bardzo chętnie wrócę do rozmów.

        Czy znajdzie się w najbliższych tygodniach chwila na krótkie spotkanie lub telefon?

        Z wyrazami szacunku
        { $signature }
}

# Czy listy w tym języku rozróżniają stopień formalności (Państwo/ty, Sie/du, keigo…): „yes” albo „no”.
letter-formality-marked = yes
# Czy powitanie potrzebuje osobnej formy zwrotu (wołacz: „Pani Anno”): „yes” – edytor o nią
# pyta, z przykładem poniżej.
letter-address-asked = yes
# Przykładowy zwrot w pustym polu.
letter-address-hint = np. Pani Anno, Panie Janie (na „ty”: Anno, Janie)

## Odpowiedź na odpowiedź firmy. Pisane po odmowie (albo po prośbie o czas), gdy pracodawca
## odpisał. Każdy list zachowuje ton odmowy: krótko, ciepło i szczerze.

# Po odmowie firma poprawiła ofertę, a decyzja użytkownika się nie zmienia. Dziękuje za starania
# i nie sugeruje, że wyższa kwota mogłaby cokolwiek zmienić.
letter-improved-offer-hold-subject = { $formality ->
    [informal] Re: Stanowisko { $role } w firmie { $company }
   *[formal] Re: Stanowisko { $role } w firmie { $company }
}
letter-improved-offer-hold-body = { $formality ->
    [informal]
        { $address_given ->
            [yes] Cześć, { $address },
           *[no] Cześć,
        }

        dzięki za wiadomość i za nową, lepszą ofertę pracy na stanowisku { $role } w firmie { $company }. Wiele dla mnie znaczy, że jeszcze raz o mnie zawalczyliście.

        Po długim namyśle zostaję jednak przy swojej decyzji i nie przyjmę oferty. Nigdy nie chodziło mi wyłącznie o pieniądze, a nie chcę, żeby to stanowisko dłużej na mnie czekało.

        Dziękuję Tobie i całemu zespołowi za wysiłek, który w to włożyliście. Chętnie zostanę w kontakcie – mam nadzieję, że nasze drogi jeszcze się skrzyżują.

        Pozdrawiam serdecznie
        { $signature }
   *[formal]
        { $address_given ->
            [yes] Dzień dobry, { $address },
           *[no] Dzień dobry,
        }

        dziękuję za wiadomość i za nową, korzystniejszą ofertę pracy na stanowisku { $role } w firmie { $company }. Wiele dla mnie znaczy, że tak zabiegali Państwo o moją kandydaturę.

        Po głębokim namyśle podtrzymuję jednak swoją decyzję i nie przyjmę oferty. Nigdy nie chodziło mi wyłącznie o kwestie finansowe, a nie chcę, żeby to stanowisko dłużej na mnie czekało.

        Bardzo dziękuję Państwu i całemu zespołowi za wysiłek włożony w przygotowanie nowej oferty. Chętnie pozostanę w kontakcie i mam nadzieję, że nasze drogi jeszcze się skrzyżują.

        Z wyrazami szacunku
        { $signature }
}

# Firma poprawiła ofertę i to naprawdę zmienia sytuację: użytkownik mówi o tym szczerze i podaje
# datę ostatecznej odpowiedzi ($date, ta sama data co obietnica w aplikacji). Fragment
# w nawiasach kwadratowych użytkownik pisze własnymi słowami. List nie może brzmieć jak odmowa.
letter-improved-offer-reopen-subject = { $formality ->
    [informal] Wasza nowa oferta pracy na stanowisku { $role }
   *[formal] Nowa oferta pracy na stanowisku { $role }
}
letter-improved-offer-reopen-body = { $formality ->
    [informal]
        { $address_given ->
            [yes] Cześć, { $address },
           *[no] Cześć,
        }

        dzięki za nową ofertę pracy na stanowisku { $role } w firmie { $company }. To dla mnie miłe zaskoczenie i naprawdę to doceniam.

        Powiem szczerze: nowe warunki sporo dla mnie zmieniają, więc zamiast odpowiadać od razu, wolę jeszcze raz na spokojnie przemyśleć swoją decyzję. [Co się zmieniło – np. nowe wynagrodzenie pokrywa teraz koszty przeprowadzki.]

        Czy mogę dać Ci odpowiedź do { $date }? Jeśli tak będzie łatwiej, możemy też pogadać wcześniej.

        Pozdrawiam serdecznie
        { $signature }
   *[formal]
        { $address_given ->
            [yes] Dzień dobry, { $address },
           *[no] Dzień dobry,
        }

        dziękuję, że zwrócili się Państwo do mnie z nową ofertą pracy na stanowisku { $role } w firmie { $company }. To dla mnie miłe zaskoczenie i naprawdę doceniam ten gest.

        Nie ukrywam, że nowe warunki zmieniają dla mnie sytuację, dlatego zamiast odpowiadać od razu, wolę jeszcze raz starannie przemyśleć swoją decyzję. [Co się zmieniło – np. nowe wynagrodzenie pokrywa teraz koszty przeprowadzki.]

        Czy mogę przekazać Państwu odpowiedź do { $date }? Jeśli będzie taka potrzeba, chętnie porozmawiam jeszcze przed tym terminem.

        Z wyrazami szacunku
        { $signature }
}

# Firma pyta: „Co mogłoby Pana/Panią przekonać?”. Szczera odpowiedź, gdy nic w ofercie nie
# zmieni decyzji: mówi to życzliwie i nie zaczyna negocjacji, których użytkownik nie zamierza
# prowadzić. (Gdy pieniądze mogłyby coś zmienić, użytkownik negocjuje zamiast odmawiać).
letter-what-would-it-take-subject = { $formality ->
    [informal] Re: Stanowisko { $role } w firmie { $company }
   *[formal] Re: Stanowisko { $role } w firmie { $company }
}
letter-what-would-it-take-body = { $formality ->
    [informal]
        { $address_given ->
            [yes] Cześć, { $address },
           *[no] Cześć,
        }

        dzięki za odpowiedź i za pytanie, co mogłoby mnie przekonać. Odbieram je jako komplement.

        Wolę powiedzieć to wprost, niż zaczynać negocjacje, których i tak nie doprowadzę do końca: moja decyzja o odmowie jest ostateczna. Wynika z mojej osobistej sytuacji, a nie z czegokolwiek, co moglibyście zmienić w ofercie.

        Jeszcze raz dzięki za otwartość i za Twój czas. Chętnie zostanę w kontakcie – może kiedyś jeszcze uda nam się razem popracować.

        Pozdrawiam serdecznie
        { $signature }
   *[formal]
        { $address_given ->
            [yes] Dzień dobry, { $address },
           *[no] Dzień dobry,
        }

        dziękuję za odpowiedź i za pytanie, co mogłoby mnie przekonać. Odbieram je jako wyraz uznania.

        Wolę jasno postawić sprawę, niż zaczynać negocjacje, których nie doprowadzę do końca: podtrzymuję swoją decyzję o odmowie. Wynika ona z mojej osobistej sytuacji, a nie z czegokolwiek, co mogliby Państwo zmienić w ofercie.

        Jeszcze raz dziękuję za otwartość i poświęcony mi czas. Chętnie pozostanę w kontakcie i mam nadzieję, że w przyszłości nadarzy się okazja do współpracy.

        Z wyrazami szacunku
        { $signature }
}

# Po odmowie wysłanej e-mailem firma prosi o rozmowę. Użytkownik zgadza się na krótki telefon
# i uprzedza, że decyzja się nie zmieni, żeby nikt na próżno nie przygotowywał kontroferty.
# Fragment w nawiasach kwadratowych to terminy, które pasują użytkownikowi.
letter-call-after-decline-subject = { $formality ->
    [informal] Re: Stanowisko { $role } w firmie { $company }
   *[formal] Re: Stanowisko { $role } w firmie { $company }
}
letter-call-after-decline-body = { $formality ->
    [informal]
        { $address_given ->
            [yes] Cześć, { $address },
           *[no] Cześć,
        }

        dzięki za odpowiedź i za to, że chcesz o tym pogadać. Jasne, chętnie umówię się na krótką rozmowę.

        Żebyście mogli to sobie zaplanować, powiem od razu: nie obejmę stanowiska { $role }, a rozmowa tego nie zmieni. Mimo to chętnie podziękuję Ci osobiście i odpowiem na wszystkie Twoje pytania.

        Który z tych terminów Ci pasuje? [dwa lub trzy terminy, które mi odpowiadają]

        Pozdrawiam serdecznie
        { $signature }
   *[formal]
        { $address_given ->
            [yes] Dzień dobry, { $address },
           *[no] Dzień dobry,
        }

        dziękuję za odpowiedź i za to, że chcą Państwo o tym porozmawiać. Oczywiście chętnie umówię się na krótką rozmowę.

        Żeby mogli Państwo odpowiednio się przygotować, uprzedzam od razu: nie obejmę stanowiska { $role }, a rozmowa tej decyzji nie zmieni. Mimo to chętnie podziękuję Państwu osobiście i odpowiem na wszystkie pytania.

        Czy któryś z tych terminów będzie dla Państwa dogodny? [dwa lub trzy terminy, które mi odpowiadają]

        Z wyrazami szacunku
        { $signature }
}

# Firma pyta, czy może zachować CV użytkownika na potrzeby przyszłych rekrutacji (w Polsce,
# zgodnie z RODO, potrzebuje na to zgody). Użytkownik się zgadza i zostawia otwarte drzwi.
letter-keep-cv-on-file-subject = { $formality ->
    [informal] Re: Moje CV w Waszej bazie
   *[formal] Re: Zgoda na przechowywanie mojego CV
}
letter-keep-cv-on-file-body = { $formality ->
    [informal]
        { $address_given ->
            [yes] Cześć, { $address },
           *[no] Cześć,
        }

        dzięki za wiadomość i za to, że pamiętacie o mnie przy kolejnych rekrutacjach w firmie { $company }.

        Jasne, zgadzam się, żebyście zachowali moje CV i zgłoszenie w swojej bazie. Chętnie dowiem się o stanowiskach, które pasują do mojego doświadczenia, i z przyjemnością zostanę w kontakcie.

        Jeszcze raz dzięki za życzliwość, jaką mi okazywaliście przez całą rekrutację.

        Pozdrawiam serdecznie
        { $signature }
   *[formal]
        { $address_given ->
            [yes] Dzień dobry, { $address },
           *[no] Dzień dobry,
        }

        dziękuję za wiadomość i za to, że biorą mnie Państwo pod uwagę przy obsadzaniu przyszłych stanowisk w firmie { $company }.

        Tak, wyrażam zgodę na przechowywanie mojego CV i zgłoszenia w Państwa bazie kandydatów na potrzeby kolejnych rekrutacji. Chętnie dowiem się o stanowiskach odpowiadających mojemu doświadczeniu i z przyjemnością pozostanę w kontakcie.

        Jeszcze raz dziękuję za życzliwość, jaką okazano mi w trakcie całego procesu rekrutacji.

        Z wyrazami szacunku
        { $signature }
}

# Firma przysłała ankietę o przebiegu rekrutacji. Użytkownik zgadza się ją wypełnić i podaje
# termin; same uwagi trafiają do ankiety, nie do tego listu.
letter-exit-questionnaire-subject = { $formality ->
    [informal] Re: Ankieta po rekrutacji na stanowisko { $role }
   *[formal] Re: Ankieta dotycząca rekrutacji na stanowisko { $role }
}
letter-exit-questionnaire-body = { $formality ->
    [informal]
        { $address_given ->
            [yes] Cześć, { $address },
           *[no] Cześć,
        }

        dzięki za wiadomość i za to, że pytacie o moje wrażenia z rekrutacji na stanowisko { $role } w firmie { $company }.

        Chętnie wypełnię ankietę i odeślę ją najpóźniej do { $date }. Mam nadzieję, że moje odpowiedzi się Wam przydadzą.

        Jeszcze raz dzięki za Twój czas i uwagę.

        Pozdrawiam serdecznie
        { $signature }
   *[formal]
        { $address_given ->
            [yes] Dzień dobry, { $address },
           *[no] Dzień dobry,
        }

        dziękuję za wiadomość i za to, że pytają Państwo o moje wrażenia z rekrutacji na stanowisko { $role } w firmie { $company }.

        Chętnie wypełnię ankietę i odeślę ją najpóźniej do { $date }. Mam nadzieję, że moje odpowiedzi okażą się przydatne.

        Jeszcze raz dziękuję za poświęcony mi czas i uwagę.

        Z wyrazami szacunku
        { $signature }
}

# Kilka dni po odmowie firma pyta jeszcze: „Czy na pewno?”. Użytkownik krótko i życzliwie
# potwierdza decyzję i nie otwiera sprawy na nowo.
letter-are-you-sure-subject = { $formality ->
    [informal] Re: Stanowisko { $role } w firmie { $company }
   *[formal] Re: Stanowisko { $role } w firmie { $company }
}
letter-are-you-sure-body = { $formality ->
    [informal]
        { $address_given ->
            [yes] Cześć, { $address },
           *[no] Cześć,
        }

        dzięki za wiadomość i za to, że jeszcze raz pytasz o moją decyzję w sprawie stanowiska { $role } w firmie { $company }.

        Tak, nie mam co do tego wątpliwości. Po długim namyśle zostaję przy swojej decyzji i nie przyjmę oferty.

        Naprawdę doceniam Twój czas i zaufanie. Chętnie zostanę w kontakcie – mam nadzieję, że nasze drogi jeszcze się skrzyżują.

        Pozdrawiam serdecznie
        { $signature }
   *[formal]
        { $address_given ->
            [yes] Dzień dobry, { $address },
           *[no] Dzień dobry,
        }

        dziękuję za wiadomość i za to, że jeszcze raz pytają Państwo o moją decyzję w sprawie stanowiska { $role } w firmie { $company }.

        Tak, nie mam co do tego wątpliwości. Po głębokim namyśle podtrzymuję decyzję o odmowie przyjęcia oferty.

        Bardzo doceniam poświęcony mi czas i okazane zaufanie. Chętnie pozostanę w kontakcie i mam nadzieję, że nasze drogi jeszcze się skrzyżują.

        Z wyrazami szacunku
        { $signature }
}
