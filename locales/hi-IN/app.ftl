# Gracious — इंटरफ़ेस के संदेश (hi-IN).
# हर भाषा में ठीक वही संदेश-आईडी हैं जो en-US में हैं।

app-title = Gracious
# Between the items of a list, e.g. "Visa, Tax". Quoted to keep the space.
list-separator = { ", " }

## मेनू

menu-file = फ़ाइल
menu-new-case = नया अवसर
menu-export-case = यह अवसर निर्यात करें…
menu-export-workspace = सारा डेटा निर्यात करें…
menu-export-csv = सूची को CSV के रूप में निर्यात करें…
menu-import = आयात करें…
menu-add-dictionary = वर्तनी शब्दकोश जोड़ें…
menu-profile = प्रोफ़ाइल
menu-about = परिचय
menu-language = भाषा
menu-language-system = सिस्टम की भाषा ({ $language })
menu-theme = थीम
theme-system = सिस्टम के अनुसार
theme-light = हल्की
theme-dark = गहरी

## सूचनाएँ और स्थिति

notice-dismiss = बंद करें
notice-save-failed = आपके बदलाव { $folder } में सहेजे नहीं जा सकते ({ $error })। Gracious उन्हें मेमोरी में रखे हुए है और फिर से कोशिश करेगा; ऐप खुला रहने दें।
notice-missing-font = { $count ->
    [one] { $count } वर्ण दिखाया नहीं जा सकता, क्योंकि किसी भी इंस्टॉल किए गए फ़ॉन्ट में वह नहीं है। अपनी भाषा के लिए कोई फ़ॉन्ट इंस्टॉल करें (Debian या Ubuntu पर: चीनी, जापानी और कोरियाई के लिए fonts-noto-cjk)।
   *[other] { $count } वर्ण दिखाए नहीं जा सकते, क्योंकि किसी भी इंस्टॉल किए गए फ़ॉन्ट में वे नहीं हैं। अपनी भाषा के लिए कोई फ़ॉन्ट इंस्टॉल करें (Debian या Ubuntu पर: चीनी, जापानी और कोरियाई के लिए fonts-noto-cjk)।
}
problem-empty = फ़ाइल खाली थी
problem-malformed = फ़ाइल क्षतिग्रस्त है या Gracious की फ़ाइल नहीं है ({ $detail })
problem-future-version = यह फ़ाइल Gracious के किसी नए संस्करण में लिखी गई थी (फ़ॉर्मैट { $version })
problem-unreadable = फ़ाइल पढ़ी नहीं जा सकी ({ $detail })
notice-set-aside = आपका सहेजा गया डेटा लोड नहीं हो सका: { $problem }। कुछ भी हटाया नहीं गया: फ़ाइल को { $path } पर रख दिया गया है।
notice-left-in-place = आपका सहेजा गया डेटा लोड नहीं हो सका: { $problem }। वह { $path } पर ज्यों-का-त्यों है, और इस सत्र में Gracious उसके ऊपर कुछ नहीं सहेजेगा।
notice-restored-backup = Gracious ने आपका पिछला सहेजा गया डेटा बैकअप { $path } से लोड किया है।
notice-backup-set-aside = बैकअप भी लोड नहीं हो सका: { $problem }। उसे { $path } पर रख दिया गया है। Gracious एक खाली वर्कस्पेस के साथ शुरू हुआ है।
status-saver-stopped = बैकग्राउंड में सहेजने की प्रक्रिया रुक गई है
status-ready = आप जो कुछ भी टाइप करें, वह अपने-आप सहेज लिया जाता है।
status-deleted = “{ $title }” हटा दिया गया।
status-undo = पूर्ववत करें
status-reset = पत्र टेम्पलेट पर रीसेट कर दिया गया।
status-copied = क्लिपबोर्ड पर कॉपी हो गया।
status-copied-presend-open = { $open ->
    [one] क्लिपबोर्ड पर कॉपी हो गया। भेजने से पहले की जाँच का { $open } बिंदु अभी बाकी है।
   *[other] क्लिपबोर्ड पर कॉपी हो गया। भेजने से पहले की जाँच के { $open } बिंदु अभी बाकी हैं।
}
status-draft-kept = आपका संपादित पत्र रखा गया है। इसकी जगह नया टेम्पलेट लाने के लिए “टेम्पलेट पर रीसेट करें” दबाएँ।
status-copy-failed = क्लिपबोर्ड पर कॉपी नहीं हो सका: { $error }। टेक्स्ट चुनकर ख़ुद कॉपी करें।

## फ़ाइलें

file-dialog-open = एक फ़ाइल डायलॉग खुला है।
file-no-dialog = इस सिस्टम पर कोई फ़ाइल डायलॉग नहीं खुल सका। इसके बजाय फ़ाइल का पाथ टाइप करें।
file-failed = { $path }: { $error }
file-imported = { $count ->
    [0] { $path } से कोई अवसर आयात नहीं हुआ।
    [one] { $path } से { $count } अवसर आयात किया गया।
   *[other] { $path } से { $count } अवसर आयात किए गए।
}
file-exported = { $path } सहेजा गया।
file-save-title = फ़ाइल में सहेजें
file-open-title = फ़ाइल खोलें
file-path = पाथ
file-save = सहेजें
file-open = खोलें
file-cancel = रद्द करें
csv-date = इंटरव्यू या ऑफ़र की तारीख़

## अवसर

cases-title = अवसर
cases-new = नया
cases-duplicate = प्रतिलिपि बनाएँ
cases-archive = संग्रहीत करें
cases-unarchive = वापस लाएँ
cases-delete = हटाएँ
cases-untitled = नया अवसर
cases-reply-by = { $date } तक जवाब दें
cases-overdue = समय-सीमा बीत गई
status-deciding = निर्णय बाकी
status-negotiating = बातचीत जारी
status-declined = मना किया
status-accepted = स्वीकार किया
status-archived = संग्रहीत

## प्रोफ़ाइल

profile-title = आपकी प्रोफ़ाइल
profile-intro = आपके पत्रों के अंत में हस्ताक्षर के लिए। यह जानकारी इसी कंप्यूटर पर रहती है।
profile-name = नाम
profile-email = ईमेल
profile-signature = हस्ताक्षर
profile-signature-hint = पत्र के अंत में नाम की जगह आता है, जैसे नाम, पद, फ़ोन
profile-letter-language = पत्रों की डिफ़ॉल्ट भाषा
profile-formality = औपचारिकता
profile-formality-help = औपचारिकता वहाँ लागू होती है जहाँ पत्र की भाषा में यह भेद होता है: जर्मन में Sie या du, जापानी में केइगो (keigo) या सामान्य विनम्र शैली, हिंदी में औपचारिक या आत्मीय लहजा।
formality-formal = औपचारिक
formality-informal = अनौपचारिक

## पैनल

tab-checklist = निर्णय चेकलिस्ट
tab-mobility = विदेश जाने का आकलन
tab-channel = माध्यम
tab-editor = टेम्पलेट संपादक

## अवसर का शीर्ष भाग

header-company = कंपनी
header-role = पद
header-contact = संपर्क व्यक्ति
header-stage = चरण
header-status = स्थिति
header-reply-by = जवाब की अंतिम तारीख़
header-date-interview = इंटरव्यू की तारीख़
header-date-offer = ऑफ़र की तारीख़
header-date-hint = YYYY-MM-DD
header-date-invalid = तारीख़ YYYY-MM-DD के रूप में लिखें, जैसे 2026-11-26।
stage-after-interview = इंटरव्यू के बाद
stage-after-offer = ऑफ़र के बाद

# समूह में किसी एक विकल्प का सुलभ नाम, जैसे “चरण: ऑफ़र के बाद”।
choice-accessible-name = { $group }: { $choice }

## निर्णय चेकलिस्ट

checklist-title = क्या आपको मना कर देना चाहिए?
checklist-intro = पाँच सवालों के जवाब दें। नीचे का निष्कर्ष अपना कारण ख़ुद बताता है; यह सिर्फ़ सलाह है, निर्णय आपका ही रहेगा।
checklist-use-weights = सवालों को महत्व दें (बताएँ कि हर सवाल आपके लिए कितना मायने रखता है)
checklist-blocker = रास्ते में क्या रुकावट है?
checklist-blocker-name = { $question }: रास्ते में क्या रुकावट है
checklist-blocker-negotiable = इस पर बातचीत हो सकती है।
checklist-blocker-fundamental = बातचीत से यह हल नहीं होगा।
blocker-group-negotiable = बातचीत से हल हो सकता है
blocker-group-fundamental = बुनियादी बेमेल
blocker-compensation = वेतन और सुविधाएँ
blocker-start-date = जॉइनिंग की तारीख़
blocker-role-scope = पद का दायरा
blocker-remote-work = रिमोट या लचीला काम
blocker-relocation-support = स्थानांतरण में सहायता
blocker-values = मूल्य
blocker-way-of-working = काम करने का तरीक़ा
blocker-long-term-direction = दीर्घकालिक दिशा
blocker-personal-compromise = परिवार, वीज़ा या स्वास्थ्य
checklist-weight = कितना मायने रखता है
checklist-weight-name = { $question }: कितना मायने रखता है
weight-1 = थोड़ा: इससे निर्णय तय नहीं होगा
weight-2 = कुछ हद तक
weight-3 = काफ़ी
weight-4 = बहुत
weight-5 = बेहद ज़रूरी
checklist-note-hint = टिप्पणी (वैकल्पिक)
checklist-note-name = { $question }: टिप्पणी
checklist-suggestion = विदेश जाने का आकलन “{ $answer }” का सुझाव देता है।
checklist-suggestion-net = कर के बाद के वेतन के आधार पर विदेश जाने का आकलन “{ $answer }” का सुझाव देता है।
checklist-suggestion-gross = कर से पहले के वेतन के आधार पर विदेश जाने का आकलन “{ $answer }” का सुझाव देता है। हाथ में कितना बचेगा, इसकी तुलना के लिए दोनों कर दरें दर्ज करें।
checklist-suggestion-use = इसे अपनाएँ
checklist-suggestion-use-name = { $question }: सुझाव अपनाएँ
checklist-q-career-goals = क्या यह पद अगले 12 से 24 महीनों के आपके करियर लक्ष्यों में मदद करता है?
checklist-q-career-goals-help = सिर्फ़ अगले कदम के बारे में नहीं, इस बारे में भी सोचें कि एक-दो साल में आपको कहाँ पहुँचना है।
checklist-q-career-goals-short = करियर लक्ष्य
checklist-q-pay-after-costs = रहन-सहन और स्थानांतरण का ख़र्च जोड़ने के बाद क्या वेतन और सुविधाएँ स्वीकार्य हैं?
checklist-q-pay-after-costs-help = सिर्फ़ रक़म न देखें; यह देखें कि जहाँ रहना होगा, वहाँ उस पैसे से क्या-क्या मिलेगा।
checklist-q-pay-after-costs-short = ख़र्च के बाद वेतन
checklist-q-growth = क्या आगे बढ़ने और पदोन्नति का कोई भरोसेमंद रास्ता है?
checklist-q-growth-help = क्या किसी ने उदाहरण देकर बताया कि इस पद पर रहे लोग कैसे आगे बढ़े?
checklist-q-growth-short = प्रगति
checklist-q-compromise = क्या इसे स्वीकार करने पर आपको कोई ऐसा समझौता करना पड़ेगा जिसके लिए आप तैयार नहीं हैं (परिवार, वीज़ा, स्वास्थ्य)?
checklist-q-compromise-help = यहाँ “हाँ” चेतावनी वाला जवाब है।
checklist-q-compromise-short = समझौता
checklist-q-culture-fit = क्या वहाँ की संस्कृति और नेतृत्व-शैली आपके अनुकूल है?
checklist-q-culture-fit-help = याद करें कि जिन लोगों से आपकी मुलाक़ात हुई, वे अपने काम और एक-दूसरे के बारे में कैसे बात करते थे।
checklist-q-culture-fit-short = संस्कृति और नेतृत्व
answer-yes = हाँ
answer-no = नहीं
answer-not-sure = पक्का नहीं
answer-unanswered = जवाब नहीं दिया गया

verdict-label = निष्कर्ष:
verdict-decline = मना करें
verdict-decline-advice = एक पक्का बेमेल ही काफ़ी कारण है। जल्दी और शालीनता से मना करें, और आगे के लिए रास्ता खुला रखें।
verdict-negotiate-first = पहले बातचीत करें
verdict-negotiate-first-advice = जो रुकावट है, उस पर बातचीत हो सकती है। मना करने से पहले उसके बारे में पूछें; उसके बाद भी मना करने का विकल्प रहेगा।
verdict-lean-accept = स्वीकार करने की ओर झुकाव
verdict-lean-accept-advice = यहाँ मना करने की कोई वजह नहीं दिखती। पूरी तरह निश्चित होने पर ही स्वीकार करें, और फिर दूसरी जगहों पर इंटरव्यू देना बंद कर दें।
verdict-undecided = अनिर्णीत
verdict-undecided-advice = जब तक मन में संशय हो, स्वीकार न करें। समय माँगें, जवाब की तारीख़ बताएँ, और जो जानकारी अभी नहीं है, उसका पता लगाएँ।
verdict-reasons = क्योंकि:
reason-fundamental-blocker = { $question }: { $blocker } — ऐसा बेमेल जो बातचीत से ठीक नहीं होगा।
reason-negotiable-blocker = { $question }: { $blocker } — ऐसी रुकावट जिस पर बातचीत हो सकती है।
reason-minor = { $question }: एक चिंता, पर आपके लिए इसका महत्व कम है, इसलिए इससे निर्णय तय नहीं होता।
reason-unanswered = { $question }: अभी जवाब नहीं दिया गया।
reason-not-sure = { $question }: आप अभी निश्चित नहीं हैं।
reason-all-favourable = हर जवाब इस पद के पक्ष में है।
# उपयोगकर्ता का झुकाव मना करने की ओर है, फिर भी सारी रुकावटें बातचीत से हल हो सकती हैं: जो पद
# चाहिए ही नहीं, उसके लिए बेहतर शर्तें माँगना सबका समय बर्बाद करता है।
reason-negotiation-not-wanted = { $question }: { $blocker } पर बातचीत हो सकती है, पर आपका झुकाव मना करने की ओर है। बातचीत सिर्फ़ उस पद के लिए करें जो आपको सच में चाहिए; वरना अभी मना कर दें।
# वेतन पर बातचीत हो सकती है, पर प्रगति या संस्कृति को लेकर अभी संशय है: पहले वह तय करें।
reason-doubt-before-negotiating = { $question }: आप अभी निश्चित नहीं हैं। पहले यह तय करें: बातचीत सिर्फ़ उस पद के लिए करें जो बाक़ी हर लिहाज़ से आपको चाहिए।
reason-negotiation-failed = { $question }: { $blocker } — वे आपका अनुरोध पूरा नहीं कर सके, इसलिए यह रुकावट बनी हुई है।
reason-negotiation-partly = { $question }: उन्होंने आपका अनुरोध आंशिक रूप से माना। उन्होंने जो पेशकश की है, उसके आधार पर इस सवाल का जवाब फिर से दें।
reason-negotiation-met = { $question }: उन्होंने आपका अनुरोध मान लिया।
# महत्व के अनुसार गिने गए अनुकूल जवाबों का हिस्सा आधे से कम है।
reason-weak-fit = जो बातें आपके लिए मायने रखती हैं, उनमें से सिर्फ़ { $percent }% इस पद के पक्ष में हैं: अभी स्वीकार न करें।
negotiation-title = बातचीत का नतीजा क्या रहा?
negotiation-pending = अभी जवाब नहीं आया
negotiation-met = उन्होंने मान लिया
negotiation-partly = आंशिक रूप से माना
negotiation-failed = वे नहीं मान सके
# जब जवाब कॉल पर दिया जाना हो, तब मना करने का बटन: यह कॉल स्क्रिप्ट खोलता है।
verdict-call-script = कॉल की तैयारी करें
verdict-write-decline = मना करने का पत्र लिखें
verdict-write-negotiate = बातचीत के लिए पत्र लिखें
verdict-ask-for-time = समय माँगें
verdict-fit = महत्व के अनुसार मेल: { $percent }%
flip-answer = निष्कर्ष क्या बदल सकता है: { $question } का जवाब “{ $answer }” देने पर निष्कर्ष “{ $verdict }” हो जाएगा।
flip-weight = निष्कर्ष क्या बदल सकता है: { $question } का महत्व “{ $weight }” रखने पर निष्कर्ष “{ $verdict }” हो जाएगा।
inclination-label = आपका झुकाव किस ओर है?
inclination-open = अभी तय नहीं
inclination-accept = स्वीकार करने की ओर
inclination-decline = मना करने की ओर
inclination-still-interviewing = दूसरी जगहों पर मेरे इंटरव्यू अभी जारी हैं
inclination-too-soon = जब तक मन में संशय हो, या दूसरी जगहों पर इंटरव्यू जारी हों, तब तक स्वीकार कर लेना ऐसी ग़लती है जिसे सुधारना मुश्किल होता है। इसके बजाय समय माँगें, और जवाब की तारीख़ बताएँ।
presend-title = भेजने से पहले
presend-advisor = मैंने किसी भरोसेमंद व्यक्ति से इस पर बात की है
presend-channel = मैंने माध्यम चुन लिया है (ईमेल, या कॉल और फिर सारांश)
presend-framework = संदेश में धन्यवाद है, निर्णय साफ़ है, और आगे का रास्ता खुला है
presend-proofread = मैंने लहजे और व्याकरण के लिए इसे दोबारा पढ़ लिया है
presend-in-time = यह निर्णय के 24 से 72 घंटों के भीतर भेजा जा रहा है
presend-archived = मैंने आवेदन के कागज़ संग्रहीत कर दिए हैं और नौकरी की खोज का रिकॉर्ड अपडेट कर दिया है
# भेजने से पहले की जाँच के उस बिंदु का होवर टेक्स्ट, जिस पर Gracious ने ख़ुद सही का निशान लगाया है
# (माध्यम चुना जा चुका है, समीक्षा में सुधारने लायक कुछ नहीं मिला)।
presend-seen = Gracious देख सकता है कि यह हो चुका है।
presend-summary = भेजने से पहले की जाँच: { $total } में से { $done } पूरे

## विदेश जाने का आकलन

mobility-title = इस पद के लिए विदेश जाना होगा?
mobility-intro = आकलन करें कि यह बदलाव आपके और आपके परिवार के लिए क्या मायने रखेगा। जो बातें अभी पता नहीं हैं, जवाब देने से पहले उनका पता लगा लेना अच्छा है।
mobility-moving-abroad = इस ऑफ़र का मतलब है दूसरे देश में जाकर रहना
mobility-not-moving = अगर ऑफ़र में विदेश जाना शामिल है, तो ऊपर का बॉक्स चुनें; तब यह शीट उसे परखने में आपकी मदद करेगी।
mobility-current-country = आपका मौजूदा देश
mobility-destination-country = नौकरी का देश
# उपयोगकर्ता की नागरिकताएँ (एक से ज़्यादा हो सकती हैं), प्रोफ़ाइल में रखी जाती हैं: इन्हीं से तय होता है कि
# विदेश जाने के लिए वीज़ा चाहिए या नहीं।
mobility-citizenship = आपकी नागरिकता
mobility-citizenship-add = नागरिकता जोड़ें
mobility-citizenship-remove = { $country } हटाएँ
mobility-choose-country = देश चुनें
mobility-search-country = देश खोजें
ppp-title = वेतन का असली मूल्य
ppp-intro = दोनों सालाना वेतन दर्ज करें, हर एक अपनी मुद्रा में। Gracious विश्व बैंक के क्रय-शक्ति आँकड़ों के आधार पर तुलना करता है कि उनसे क्या-क्या ख़रीदा जा सकता है: विनिमय दर की ज़रूरत नहीं।
ppp-amount = सालाना वेतन
ppp-currency = मुद्रा
ppp-tax = कर की दर (%)
ppp-override = आपका अपना गुणांक
ppp-override-hint = वैकल्पिक
ppp-current-pay = अभी
ppp-offered-pay = ऑफ़र
ppp-worth = { $country } के दामों के हिसाब से ऑफ़र का मूल्य लगभग { $amount } प्रति वर्ष है।
ppp-change = आपकी मौजूदा कमाई की तुलना में अंतर: { $change }%।
# दोनों कर दरें दर्ज होने पर सबसे पहले दिखता है: अपने देश के दामों के हिसाब से उपयोगकर्ता के हाथ में कितना आएगा।
ppp-worth-net = कर के बाद, { $country } के दामों के हिसाब से ऑफ़र का मूल्य लगभग { $amount } प्रति वर्ष है: अभी कर के बाद आपके हाथ में जितना आता है, उसकी तुलना में { $change }%।
# कर से पहले की रक़म, कर के बाद वाली रक़म के नीचे दिखती है।
ppp-gross-beside = कर से पहले: लगभग { $amount } ({ $change }%)।
# किसी देश के दामों का स्तर कहाँ से लिया गया है; गुणांक ख़ुद होवर टेक्स्ट में है।
ppp-source-data = { $country } में दाम: विश्व बैंक, { $series }, { $year }।
ppp-source-override = { $country } में दाम: आपका अपना गुणांक।
# होवर टेक्स्ट: क्रय-शक्ति गुणांक का मतलब, सीधे शब्दों में।
ppp-factor-explained = { $country } में { $factor } { $currency } से लगभग उतना ख़रीदा जा सकता है, जितना अमेरिका में एक अमेरिकी डॉलर से।
ppp-series-private = घरेलू उपभोग के लिए क्रय शक्ति
ppp-series-gdp = पूरी अर्थव्यवस्था (GDP) के लिए क्रय शक्ति
ppp-unreliable = { $country } में दाम तेज़ी से बढ़ रहे हैं, और यह गुणांक एक साल से ज़्यादा पुराना है: नतीजे को मोटा अनुमान ही मानें।
ppp-national = ये राष्ट्रीय औसत हैं: किसी बड़े शहर में ख़र्च कहीं ज़्यादा हो सकता है। अगर कोई बेहतर गुणांक पता हो, तो उसे दर्ज करें।
ppp-incomplete = ऑफ़र का मूल्य देखने के लिए दोनों देश चुनें और दोनों वेतन दर्ज करें।
ppp-not-positive = हर वेतन शून्य से अधिक रक़म के रूप में दर्ज करें।
ppp-no-data = विश्व बैंक के पास { $country } के लिए क्रय शक्ति का कोई उपयोगी आँकड़ा नहीं है। Gracious अंदाज़ा नहीं लगाएगा: अगर आपके पास कोई गुणांक है, तो उसे ख़ुद दर्ज करें।
ppp-currency-mismatch = { $country } के आँकड़े { $currency } में हैं: वह वेतन { $currency } में दर्ज करें।
ppp-sources = डेटा के स्रोत
visa-title = वीज़ा और जॉइनिंग की तारीख़
visa-processing-weeks = वीज़ा प्रक्रिया (सप्ताह)
visa-start-date = जॉइनिंग की तारीख़
visa-in-time = { $weeks ->
    [0] वीज़ा समय पर मिल जाना चाहिए, पर कोई अतिरिक्त समय नहीं बचेगा।
   *[other] वीज़ा समय पर मिल जाना चाहिए, और { $weeks ->
        [one] एक सप्ताह
       *[other] { $weeks } सप्ताह
    } का समय भी बचेगा।
}
visa-late = वीज़ा जॉइनिंग की तारीख़ के लगभग { $weeks ->
        [one] एक सप्ताह
       *[other] { $weeks } सप्ताह
    } बाद मिलेगा। जॉइनिंग की तारीख़ आगे बढ़ाने का अनुरोध करें, या प्रक्रिया तेज़ करने में मदद माँगें।
visa-unknown = समय की जाँच के लिए प्रक्रिया का समय और जॉइनिंग की तारीख़ दर्ज करें।
# वीज़ा चाहिए या नहीं, यह नागरिकता पर निर्भर है: वीज़ा वाले सवालों की जगह दिखता है।
visa-free-own = वीज़ा की ज़रूरत नहीं: आप { $country } के नागरिक हैं।
visa-free-eu = वीज़ा या वर्क परमिट की ज़रूरत नहीं: { $citizenship } की नागरिकता होने से आपको { $country } में रहने और काम करने का अधिकार है (यूरोपीय संघ, यूरोपीय आर्थिक क्षेत्र और स्विट्ज़रलैंड में मुक्त आवाजाही)।
visa-free-cta = वीज़ा या वर्क परमिट की ज़रूरत नहीं: { $citizenship } की नागरिकता होने से आपको { $country } में रहने और काम करने का अधिकार है (आयरलैंड और यूनाइटेड किंगडम का कॉमन ट्रैवल एरिया)।
visa-free-tasman = वीज़ा के लिए आवेदन की ज़रूरत नहीं: { $citizenship } की नागरिकता होने से आपको { $country } में रहने और काम करने का अधिकार है (ट्रांस-तस्मान ट्रैवल अरेंजमेंट)।
visa-partner-note = जीवनसाथी को काम करने की अनुमति मिलेगी या नहीं, यह उनकी अपनी नागरिकता पर निर्भर करता है: नीचे इसका आकलन करें।
mobility-prestige = क्या वह जगह ख़ुद (उसका नाम, उसकी प्रतिष्ठा) इस ऑफ़र के आकर्षण का बड़ा हिस्सा है?
mobility-weight-name = { $factor }: कितना मायने रखता है
# आँके गए पहलुओं में से अनुकूल पहलुओं का भारित हिस्सा (जो पता नहीं, वे शामिल नहीं)।
mobility-score = अब तक जो पता है, उसमें से { $percent }% इस बदलाव के पक्ष में है; हर पहलू को उतना महत्व दिया गया है, जितना वह आपके लिए मायने रखता है।
mobility-trap-prestige = लगता है, पद से ज़्यादा जगह का आकर्षण है। क्या अपने देश में भी यही पद आपको उतना ही आकर्षक लगता?
mobility-trap-visa-late = वीज़ा जॉइनिंग की तारीख़ के बाद मिलेगा। यह जॉइनिंग की तारीख़ पर बातचीत का मामला है, हार मानने की वजह नहीं: जॉइनिंग की तारीख़ आगे बढ़ाने का अनुरोध करें।
mobility-horizon = 12 से 24 महीने आगे की सोच
mobility-toward-place = क्या यह आपको किसी मनचाही जगह या वीज़ा की ओर ले जाता है?
mobility-builds-skills = क्या इससे ऐसे कौशल बनते हैं जिनसे आगे कहीं और जाना आसान हो?
mobility-horizon-warning = दोनों में से कोई नहीं: यह बदलाव आपकी लंबी योजनाओं में मदद नहीं करता।
mobility-factor-visa = वीज़ा और वर्क परमिट
# “Sponsorship”: नियोक्ता उम्मीदवार के लिए वर्क परमिट और वीज़ा का आवेदन करता है; “स्पॉन्सरशिप” न लिखें।
mobility-factor-visa-help = क्या कंपनी वर्क परमिट और वीज़ा दिलवाने की पक्की ज़िम्मेदारी ले रही है, और क्या परमिट जॉइनिंग की तारीख़ से पहले मिल जाएगा?
mobility-factor-relocation = स्थानांतरण भत्ता
mobility-factor-relocation-help = क्या कंपनी शिफ़्टिंग, अस्थायी आवास और यात्रा का ख़र्च उठाती है?
mobility-factor-family = परिवार के लिए सहायता
mobility-factor-family-help = साथ जाने वाले हर व्यक्ति के लिए आवास, कागज़ी कार्रवाई और वहाँ बसने में मदद।
mobility-factor-schooling = बच्चों की पढ़ाई
mobility-factor-schooling-help = बच्चों के लिए स्कूल में जगह, पढ़ाई का माध्यम और फ़ीस।
# जीवनसाथी का वर्क परमिट (और अपने क्षेत्र में काम मिलने की संभावना), काम का अमूर्त अधिकार नहीं।
mobility-factor-partner-work = जीवनसाथी के लिए वर्क परमिट
mobility-factor-partner-work-help = क्या आपके जीवनसाथी को वहाँ काम करने की अनुमति होगी, और क्या उन्हें अपने क्षेत्र में काम मिल पाएगा?
mobility-factor-cost-of-living = वेतन की तुलना में रहन-सहन का ख़र्च
mobility-factor-cost-of-living-help = वहाँ वेतन से क्या-क्या मिलता है, सिर्फ़ विनिमय दर नहीं।
mobility-factor-health-care = स्वास्थ्य सेवा और सामाजिक सुरक्षा
mobility-factor-health-care-help = बीमा, पेंशन और बीमारी की छुट्टी, आपकी मौजूदा व्यवस्था की तुलना में।
mobility-factor-language = परिवार के लिए भाषा और संस्कृति
mobility-factor-language-help = क्या साथ जाने वाला हर व्यक्ति रोज़मर्रा की ज़िंदगी सँभाल पाएगा और नए दोस्त बना पाएगा?
mobility-factor-tax = वेतन पर कर
mobility-factor-tax-help = वहाँ का आयकर, और अपने देश में बकाया कोई भी कर।
rating-good = अच्छा
rating-acceptable = ठीक-ठाक
rating-poor = कमज़ोर
rating-unknown = पता नहीं
# जीवनसाथी के काम और बच्चों की पढ़ाई के लिए, जब उपयोगकर्ता के साथ कोई नहीं जा रहा या बच्चे नहीं हैं।
rating-not-applicable = लागू नहीं
mobility-note-hint = टिप्पणी (वैकल्पिक)
mobility-note-name = { $factor } पर टिप्पणी
mobility-summary = सारांश
mobility-none = कोई नहीं
mobility-strengths = ख़ूबियाँ:
mobility-risks = जोखिम:
mobility-unknowns = अभी पता नहीं:
mobility-traps = सावधान रहें
mobility-trap-partner-work = जीवनसाथी के वर्क परमिट की स्थिति कमज़ोर है या पता नहीं। किसी जोड़े के लिए विदेश जाना सफल होगा या नहीं, यह अक्सर इसी पर निर्भर करता है।
mobility-trap-schooling = बच्चों की पढ़ाई की स्थिति कमज़ोर है या पता नहीं। निर्णय से पहले स्कूल में जगह और फ़ीस की जाँच करें।
mobility-trap-tax = वेतन पर कितना कर लगेगा, यह पता नहीं। पता करें कि कर के बाद हाथ में कितना आएगा।

## माध्यम

channel-title = ईमेल, कॉल या वीडियो?
channel-intro = Gracious को प्रक्रिया के बारे में थोड़ा बताएँ; वह सुझाएगा कि आपका जवाब किस माध्यम से देना बेहतर होगा।
channel-main-contact = मुख्य संपर्क
channel-contact-recruiter = रिक्रूटर
channel-contact-hiring-manager = हायरिंग मैनेजर
channel-rounds = इंटरव्यू के राउंड
channel-close-rapport = हायरिंग मैनेजर से अच्छा तालमेल बना था
channel-personal-time = किसी ने अपना काफ़ी निजी समय दिया
channel-collaboration = इस पद में उन्हीं लोगों के साथ मिलकर काम करना था जिनसे मुलाक़ात हुई
channel-relocation-visa = स्थानांतरण या वीज़ा पर बात हुई थी या उसकी पेशकश की गई थी
channel-video-process = इंटरव्यू वीडियो पर हुए
channel-recommendation = सुझाव:
channel-email = ईमेल
channel-phone-then-email = फ़ोन कॉल, फिर ईमेल से छोटा सारांश
channel-video-then-email = वीडियो कॉल, फिर ईमेल से छोटा सारांश
channel-why = क्यों:
channel-reason-email-default = आवाज़ में बात करने की कोई ख़ास ज़रूरत नहीं: ईमेल से साफ़ रिकॉर्ड रहता है और सबके समय का सम्मान होता है।
channel-reason-recruiter = आपका संपर्क एक रिक्रूटर से था और प्रक्रिया औपचारिक थी; ऐसे में ईमेल ही अपेक्षित होता है।
channel-reason-close-rapport = हायरिंग मैनेजर से आपका अच्छा तालमेल बना; यह बात उन्हें आपसे ही सुननी चाहिए।
channel-reason-many-rounds = प्रक्रिया के कई राउंड हुए; व्यक्तिगत रूप से कहे गए दो शब्द उस मेहनत का सम्मान करते हैं।
channel-reason-personal-time = किसी ने आपको अपना काफ़ी समय दिया; कॉल करके ही ठीक से धन्यवाद दिया जा सकता है।
channel-reason-collaboration = इस पद में मिलकर काम करना था; बातचीत से रिश्ते में गर्मजोशी बनी रहती है।
channel-reason-relocation-visa = स्थानांतरण या वीज़ा की बात चल रही थी; हो सकता है कि उस पर काम शुरू भी हो चुका हो।
channel-reason-video-process = प्रक्रिया वीडियो पर चली, इसलिए एक छोटी वीडियो कॉल स्वाभाविक लगती है।
channel-recap-advice = कॉल के बाद एक छोटा ईमेल भेजें, जिसमें कही गई बातों की पुष्टि हो।
channel-your-choice = आपकी पसंद:
channel-follow = सुझाव अपनाएँ
channel-open-call-script = कॉल स्क्रिप्ट खोलें
channel-write-recap = सारांश ईमेल लिखें
call-mode-title = कॉल स्क्रिप्ट
call-mode-intro = अपने शब्दों में कहें; यही क्रम कारगर रहता है। बात छोटी और आत्मीय रखें।

## जवाब की समय-सीमा

deadline-title = जवाब कब दें
deadline-decided-on = निर्णय की तारीख़
deadline-at = समय
deadline-time-hint = HH:MM
deadline-decided-now = मैंने अभी-अभी निर्णय लिया
# नियोक्ता की दी हुई जवाब की तारीख़: यही पक्की समय-सीमा है।
deadline-their-date = उनकी समय-सीमा: { $date }।
deadline-not-decided = अभी निर्णय नहीं हुआ: जवाब के लिए 24 से 72 घंटों की गिनती निर्णय लेने के समय से शुरू होगी।
deadline-window-past = निर्णय लिए 72 घंटे से ज़्यादा हो चुके हैं। उनकी समय-सीमा से पहले, अभी जवाब दें।
deadline-overdue-their = उनकी समय-सीमा बीत चुकी है। आज ही जवाब दें: देर से दिया गया जवाब चुप्पी से कहीं बेहतर है।
deadline-invalid = तारीख़ YYYY-MM-DD और समय HH:MM (24 घंटे की घड़ी) के रूप में लिखें।
deadline-answer-by = { $due } तक जवाब दें — बेहतर होगा कि { $ideal } तक।
# सबसे अच्छा समय (निर्णय के 24 घंटे बाद) बीत चुका है; आख़िरी समय-सीमा अभी नहीं बीती।
deadline-answer-by-late = { $due } तक जवाब दें। सबसे अच्छा समय ({ $ideal }) बीत चुका है।
# जब उपयोगकर्ता अवसर को “मना किया” के रूप में चिह्नित कर दे: उलटी गिनती रुक जाती है।
deadline-answered-on = { $date } को जवाब दिया गया।
deadline-answered = जवाब दिया जा चुका है।
deadline-left-ideal = { $duration } बाकी। जवाब देने का यही सबसे अच्छा समय है।
deadline-left = { $duration } बाकी।
deadline-overdue = समय-सीमा { $duration } पहले बीत चुकी है। आज ही जवाब दें: देर से दिया गया जवाब चुप्पी से कहीं बेहतर है।
deadline-need-time = और समय चाहिए? अभी बता दें, और जवाब की तारीख़ भी बताएँ।
duration-days = { $n ->
    [one] { $n } दिन
   *[other] { $n } दिन
}
duration-hours = { $n ->
    [0] { $n } घंटे
    [one] { $n } घंटा
   *[other] { $n } घंटे
}
duration-minutes = { $n ->
    [one] { $n } मिनट
   *[other] { $n } मिनट
}

## निर्णय के बाद की समय-रेखा

timeline-title = निर्णय के बाद
timeline-day-1 = पहला दिन
timeline-day-2 = दूसरा दिन
timeline-days-3-7 = तीसरे से सातवें दिन तक
timeline-stay-in-touch = संपर्क बनाए रखना
step-draft = संदेश का मसौदा तैयार करें
step-choose-channel = माध्यम चुनें
step-book-call = कॉल का समय तय करें
step-send-or-call = संदेश भेजें, या कॉल करें
step-send-recap = कॉल के बाद सारांश ईमेल भेजें
step-archive = आवेदन के कागज़ संग्रहीत करें
step-tracker = नौकरी की खोज का रिकॉर्ड अपडेट करें
step-refocus = बचा हुआ समय उन पदों पर लगाएँ जो आपके लिए बेहतर हों
step-close-visa = वीज़ा या स्थानांतरण की कागज़ी कार्रवाई बंद करवाएँ
step-reimbursements = किसी भी प्रतिपूर्ति या दायित्व की पुष्टि करें
step-connect = एक निजी संदेश के साथ जुड़ें
step-offer-help = मदद की पेशकश करें, जैसे किसी साथी का नाम सुझाकर
step-future-roles = भविष्य के पदों के लिए विचार किए जाने का अनुरोध करें
timeline-write-note = संपर्क बनाए रखने के लिए संदेश लिखें
channel-timing = निर्णय के 24 से 72 घंटों के भीतर जवाब दें। अगर ज़्यादा समय चाहिए, तो तुरंत बताएँ और तारीख़ भी बताएँ। चुप्पी सबसे बुरा जवाब है।

## टेम्पलेट संपादक

editor-title = आपका पत्र
editor-scenario = स्थिति
scenario-withdraw-after-interview = इंटरव्यू के बाद: पद सही मेल नहीं
scenario-accepted-other-offer = ऑफ़र के बाद: दूसरा ऑफ़र स्वीकार कर लिया
scenario-not-right-fit-after-offer = ऑफ़र के बाद: पद सही मेल नहीं
scenario-after-negotiation = बातचीत के बाद: अंतिम ऑफ़र के लिए मना करना
scenario-relocation-not-feasible = ऑफ़र के बाद: परिवार के लिए स्थानांतरण संभव नहीं
scenario-negotiate-instead = मना करने के बजाय बातचीत: लचीलेपन की गुंजाइश टटोलें
scenario-ask-for-time = समय माँगें: जवाब की तारीख़ बताएँ
scenario-call-recap = कॉल के बाद: सारांश ईमेल
scenario-stay-connected = जुड़े रहें: नेटवर्किंग के लिए छोटा संदेश
scenario-interview-call-script = इंटरव्यू के बाद: कॉल स्क्रिप्ट
scenario-visa-unworkable = ऑफ़र के बाद: वीज़ा या वर्क परमिट समय पर संभव नहीं (कॉल के बाद ईमेल)
scenario-counteroffer = काउंटर-ऑफ़र के बाद मौजूदा नियोक्ता के साथ बने रहना
scenario-many-rounds-call-script = कई राउंड के बाद: कॉल स्क्रिप्ट
scenario-active-relocation = स्थानांतरण के दौरान: दायित्वों के बारे में खुलकर बात
scenario-repair = अटपटे इनकार के बाद रिश्ता सँभालने का संदेश
scenario-reopen = पहले मना किए गए पद पर दोबारा बात शुरू करना
scenario-improved-offer-hold = उनका जवाब: बेहतर ऑफ़र, पर आपका निर्णय वही
scenario-improved-offer-reopen = उनका जवाब: बेहतर ऑफ़र, जिससे आपकी राय बदल गई
scenario-what-would-it-take = उनका जवाब: “किस बात से आपका फ़ैसला बदलेगा?”
scenario-call-after-decline = उनका जवाब: आपके ईमेल के बाद वे कॉल पर बात करना चाहते हैं
scenario-keep-cv-on-file = उनका जवाब: क्या वे आपका रिज़्यूमे रिकॉर्ड में रख सकते हैं?
scenario-exit-questionnaire = उनका जवाब: फ़ीडबैक प्रश्नावली
scenario-are-you-sure = उनका जवाब: कुछ दिन बाद “क्या आपको पूरा यक़ीन है?”
editor-letter-language = पत्र की भाषा
editor-letter-language-same = इंटरफ़ेस वाली भाषा ({ $language })
editor-letter-language-profile = आपकी प्रोफ़ाइल से ({ $language })
editor-sender = आपका नाम
editor-subject = विषय
editor-body = संदेश
editor-unfilled = अभी भरना बाकी: { $placeholders }
editor-copy = कॉपी करें
# “कॉपी करें” पत्र का टेक्स्ट (विषय के बिना) क्लिपबोर्ड पर रखता है; विषय का अपना अलग बटन है,
# ताकि उसे मेल के विषय वाले खाने में डाला जा सके।
editor-copy-subject = विषय कॉपी करें
# कॉपी बटन के बगल में दिखता है, जब तक टेक्स्ट बदल न जाए।
editor-copied = कॉपी हो गया
# पत्र के कॉपी होने, सहेजे जाने या मेल क्लाइंट में खोले जाने के बाद दिखता है।
editor-mark-declined = मना किया के रूप में चिह्नित करें
editor-reset = टेम्पलेट पर रीसेट करें
editor-formality = औपचारिकता
editor-to = प्रति
# पत्र संपर्क व्यक्ति का अभिवादन कैसे करे; केवल उन भाषाओं में पूछा जाता है जिन्हें इसकी ज़रूरत है।
editor-address = संबोधन
editor-script-note = यह कॉल स्क्रिप्ट है: इसे अपने शब्दों में कहें, फिर सारांश ईमेल भेजें।
editor-answer-date = जवाब देने की तारीख़
editor-answer-date-past = आज के बाद की कोई तारीख़ चुनें: पत्र में ऐसी तारीख़ तक जवाब देने का वादा नहीं होना चाहिए जो बीत चुकी हो।
# नियोक्ता के “क्यों?” पूछने पर एक वाक्य का जवाब; कॉल स्क्रिप्ट के साथ और संपादक में दिखता है।
why-title = अगर वे वजह पूछें
editor-network-note = { $count ->
    [one] कनेक्शन आमंत्रण के लिए: कोई विषय नहीं, और ज़्यादा से ज़्यादा 300 अक्षर (अभी { $count } अक्षर है)।
   *[other] कनेक्शन आमंत्रण के लिए: कोई विषय नहीं, और ज़्यादा से ज़्यादा 300 अक्षर (अभी { $count } अक्षर हैं)।
}
editor-network-too-long = { $count ->
    [one] { $count } अक्षर है: आमंत्रण में आने के लिए इसे छोटा करके 300 या उससे कम अक्षरों का करें।
   *[other] { $count } अक्षर हैं: आमंत्रण में आने के लिए इसे छोटा करके 300 या उससे कम अक्षरों का करें।
}
editor-relocation-check = कुछ भी चुकाने का वादा करने से पहले देख लें कि स्थानांतरण के ख़र्च के बारे में आपका अनुबंध क्या कहता है।
editor-fill = भरें
editor-fill-name = { $placeholder } का मान
editor-save-txt = टेक्स्ट के रूप में सहेजें…
editor-save-eml = ईमेल ड्राफ़्ट (.eml) के रूप में सहेजें…
editor-mail-client = मेल क्लाइंट में खोलें
editor-copy-refused = कॉपी करने से पहले { $placeholders } भरें।
editor-export-refused = कहीं भी भेजने से पहले { $placeholders } भरें।
editor-mail-failed = कोई मेल क्लाइंट नहीं खुल सका ({ $error })। इसके बजाय टेक्स्ट कॉपी करें।
editor-mail-opened = आपके मेल क्लाइंट में खोल दिया गया।
editor-group-builtin = अंतर्निहित टेम्पलेट
editor-group-mine = मेरे टेम्पलेट
editor-customised = (आपका संस्करण)

## समीक्षा

review-title = समीक्षा
review-intro = तय ढाँचे से जाँच: उल्लेख, निर्णय, कारण, धन्यवाद, संपर्क बनाए रखना, अगले कदम, समापन।
review-acknowledge = इंटरव्यू या ऑफ़र का उल्लेख है
review-decision = निर्णय साफ़ शब्दों में बताया गया है
review-reason = संक्षेप में कारण दिया गया है
review-gratitude = धन्यवाद दिया गया है
review-stay-in-touch = संपर्क बनाए रखने की बात है
review-next-steps = अगले कदम बताए गए हैं
review-sign-off = उचित समापन है
review-present = मौजूद
review-missing = नहीं मिला
review-optional = वैकल्पिक, नहीं मिला
review-length-words = { $length } शब्द ({ $max } से कम रखें)।
review-length-chars = { $length } अक्षर ({ $max } से कम रखें)।
review-too-long = पत्र लंबा हो रहा है: कम शब्दों में निर्णय ज़्यादा साफ़ दिखता है।
review-too-short = पत्र थोड़ा छोटा है: { $min } या उससे ज़्यादा होने पर यह ज़्यादा आत्मीय लगता है। लिखें कि आपको क्या अच्छा लगा, या किसे धन्यवाद देना है।
review-over-explains = कारण { $sentences } वाक्यों तक खिंच गया है: एक वाक्य काफ़ी है, ब्योरे अपने तक ही रखें।
review-critical = “{ $text }” — { $why }
review-critical-pay = इसमें वेतन की आलोचना है।
review-critical-process = इसमें भर्ती प्रक्रिया के तरीक़े की आलोचना है।
review-critical-people = इसमें किसी ऐसे व्यक्ति की आलोचना है जिनसे आपकी मुलाक़ात हुई।
review-critical-employer = इसमें कंपनी की आलोचना है।
review-critical-kinder = नरमी से कहें: “{ $kinder }”।
review-critical-leave-out = इसे हटा दें: इसके बिना भी निर्णय साफ़ है।
review-misspelled = { $count ->
    [one] एक शब्द की वर्तनी शायद ग़लत है (रेखांकित)। सुझाव देखने के लिए उस पर राइट-क्लिक करें।
   *[other] { $count } शब्दों की वर्तनी शायद ग़लत है (रेखांकित)। सुझाव देखने के लिए किसी एक पर राइट-क्लिक करें।
}
review-no-dictionary = वर्तनी जाँच नहीं हो रही: इस कंप्यूटर पर { $language } का कोई शब्दकोश नहीं है। इसके लिए अपने सिस्टम का Hunspell शब्दकोश इंस्टॉल करें, या “फ़ाइल” → “वर्तनी शब्दकोश जोड़ें” से कोई शब्दकोश (.aff और .dic) ख़ुद जोड़ें।
review-dictionary-loading = वर्तनी शब्दकोश पढ़ा जा रहा है…
review-no-spelling-here = वर्तनी जाँच नहीं हो रही: Gracious वर्तनी की जाँच Hunspell शब्दकोशों से करता है, और { $language } का कोई Hunspell शब्दकोश है ही नहीं।
review-dictionary-unreliable = वर्तनी जाँच नहीं हो रही: इस कंप्यूटर पर मौजूद { $language } का शब्दकोश “{ $word }” जैसे रोज़मर्रा के शब्द भी नहीं पहचानता, इसलिए सही पत्रों में भी ग़लतियाँ दिखाएगा। “फ़ाइल” → “वर्तनी शब्दकोश जोड़ें” से कोई बेहतर शब्दकोश (.aff और .dic) जोड़ें।
review-personal = पत्र हूबहू टेम्पलेट जैसा है। अपनी ओर से एक वाक्य जोड़ें: आपको क्या अच्छा लगा, या किसे धन्यवाद देना है।
spell-add-word = शब्दकोश में जोड़ें
spell-no-suggestions = कोई सुझाव नहीं
spell-looking = सुझाव खोजे जा रहे हैं…
editor-review-as = समीक्षा के लिए स्थिति
dictionary-added = { $language } के लिए वर्तनी शब्दकोश जोड़ दिया गया।
dictionary-failed = यह शब्दकोश नहीं जोड़ा जा सका ({ $path }): { $error }
review-unfilled = टेक्स्ट में अभी भी प्लेसहोल्डर हैं: { $placeholders }
review-all-good = सुधारने को कुछ नहीं।

## मेरे टेम्पलेट

templates-title = मेरे टेम्पलेट
templates-name = टेम्पलेट का नाम
templates-save-new = इस पत्र को नए टेम्पलेट के रूप में सहेजें
templates-save-version = इस टेम्पलेट के अपने संस्करण के रूप में सहेजें
templates-restore = मूल टेम्पलेट वापस लाएँ
templates-rename = { $name } का नाम
templates-duplicate = { $name } की प्रतिलिपि बनाएँ
templates-delete = { $name } हटाएँ
templates-use = { $name } इस्तेमाल करें
templates-use-short = इस्तेमाल करें
templates-confirm-delete = सचमुच हटाएँ
templates-none = आपके अपने टेम्पलेट अभी नहीं हैं। किसी पत्र को दोबारा इस्तेमाल करने के लिए सहेजें; उसमें कंपनी, पद और नाम फिर से प्लेसहोल्डर बन जाएँगे।
templates-import = टेम्पलेट आयात करें…
templates-export = मेरे टेम्पलेट निर्यात करें…
templates-saved = “{ $name }” नाम से सहेजा गया।
templates-imported = { $count ->
    [0] कोई टेम्पलेट आयात नहीं हुआ।
    [one] { $count } टेम्पलेट आयात किया गया।
   *[other] { $count } टेम्पलेट आयात किए गए।
}
templates-copy-name = { $name } (प्रतिलिपि)
header-contact-email = संपर्क का ईमेल

## परिचय

about-title = Gracious के बारे में
about-intro = Gracious नौकरी के लिए जल्दी, साफ़ और शालीनता से मना करने में आपकी मदद करता है। सब कुछ इसी कंप्यूटर पर रहता है।
about-version = संस्करण { $version }
about-data = डेटा के स्रोत और लाइसेंस
about-data-body = क्रय शक्ति की तुलना के लिए विश्व बैंक के PPP रूपांतरण गुणांकों का उपयोग किया गया है, जो क्रिएटिव कॉमन्स एट्रिब्यूशन 4.0 लाइसेंस (CC BY 4.0, creativecommons.org/licenses/by/4.0) के तहत प्रकाशित हैं। Gracious में ये आँकड़े नए रूप में ढालकर और हर शृंखला के नवीनतम वर्ष तक सीमित करके शामिल किए गए हैं; बुल्गारिया के आँकड़े लेव से यूरो में बदले गए हैं, और ज़िम्बाब्वे शामिल नहीं है। विश्व बैंक Gracious का समर्थन या अनुशंसा नहीं करता। देशों और मुद्राओं के नाम तथा संख्या, राशि और तारीख़ के प्रारूप Unicode CLDR से लिए गए हैं।

## पहली बार शुरू करने पर

welcome-title = Gracious में आपका स्वागत है
welcome-body = इंटरव्यू या ऑफ़र के बाद किसी नौकरी के लिए मना करना हो, तो Gracious इसमें आपकी मदद करता है: जल्दी, साफ़ और शालीनता से, आपकी अपनी भाषा में।
welcome-steps = पाँच छोटे सवालों के जवाब दें, तय करें कि बात किस माध्यम से कहनी है, और टेम्पलेट की मदद से अपना जवाब लिखें; भेजने से पहले उसकी समीक्षा भी हो जाएगी।
welcome-start = अपने अवसर से शुरू करें
welcome-example = एक उदाहरण दिखाएँ
welcome-private = आप जो कुछ भी टाइप करें, वह इसी कंप्यूटर पर रहता है।
# उदाहरण वाले अवसर के ऊपर दिखता है; “उदाहरण” एक काल्पनिक जॉब ऑफ़र है।
example-banner = यह काल्पनिक जानकारी वाला एक उदाहरण है; हर हिस्सा पहले से भरा गया है ताकि आप देख सकें कि सब कुछ कैसे काम करता है।
example-remove = उदाहरण हटाएँ
# अवसरों की सूची में उदाहरण के शीर्षक के बाद जुड़ता है।
cases-example = उदाहरण

## अगला कदम

# उस बटन से पहले, जिसमें अभी करने वाला अगला काम है, जैसे “अगला कदम: [पत्र लिखें]”।
next-label = अगला कदम:
next-answer-checklist = चेकलिस्ट भरें
# चेकलिस्ट के अनुसार पद उपयोगकर्ता के अनुकूल है: मना करने को कुछ नहीं है।
next-lean-accept = आपका झुकाव स्वीकार करने की ओर है, इसलिए फ़िलहाल मना करने की ज़रूरत नहीं है।
next-lean-accept-short = स्वीकार करने की ओर झुकाव
next-review-checklist = चेकलिस्ट दोबारा देखें
next-pick-channel = माध्यम चुनें
next-write-letter = पत्र लिखें
# $deadline सप्ताह का दिन और तारीख़ है, कभी-कभी समय के साथ।
next-send-by = { $deadline } तक भेजें
next-send = अपना जवाब भेजें
next-mark-sent = भेजा गया के रूप में चिह्नित करें
# $phase एक अवधि है, जैसे “तीसरे से सातवें दिन तक”; $step एक काम है, जैसे “नौकरी की खोज का रिकॉर्ड अपडेट करें”।
next-step = { $phase }: { $step }
next-step-done = पूरा हुआ
# “पूरा हुआ” बटन का सुलभ नाम; $step वह काम है जिसे यह पूरा चिह्नित करता है।
next-step-done-name = पूरा हुआ के रूप में चिह्नित करें: { $step }
next-all-done = यहाँ अब कुछ करना बाकी नहीं है।
# सूची में हर अवसर के नीचे; $action ऊपर दिए गए अगले कदमों में से एक है।
cases-next = अगला कदम: { $action }
# स्क्रीन रीडर पैनल के नाम के बाद पढ़ते हैं, जैसे “माध्यम (पूरा हुआ)”।
tab-state-done = पूरा हुआ
tab-state-attention = ध्यान देना ज़रूरी
# सुझाए गए माध्यम के बगल का बटन: सुझाव को ही अपनी पसंद बना लें।
channel-use-recommendation = यही चुनें

## Date picker

date-pick = कैलेंडर से तारीख़ चुनें: { $field }
date-previous-month = पिछला महीना
date-next-month = अगला महीना
date-today = आज
date-clear = साफ़ करें
date-close = बंद करें
date-day-today = { $date } (आज)

## हर डेटा फ़ोल्डर के लिए एक विंडो

# तब दिखता है जब Gracious को उसी डेटा के साथ दूसरी बार शुरू किया जाता है; $path डेटा फ़ोल्डर है।
notice-already-open = Gracious आपके डेटा ({ $path }) के साथ पहले से खुला है। यह विंडो सिर्फ़ उसे देखने के लिए है: यहाँ किया गया कोई भी बदलाव सहेजा नहीं जाएगा। इसे बंद करें और पहले से खुली विंडो में ही काम जारी रखें।

## बिना सहेजे बदलावों के साथ बंद करना

quit-title = आपके हाल के बदलाव सहेजे नहीं गए हैं
# $error सिस्टम की ओर से बताया गया कारण है, जैसे “Permission denied (os error 13)”।
quit-save-failed = Gracious आपके हाल के बदलाव सहेज नहीं सका ({ $error })। अगर आप अभी ऐप बंद करेंगे, तो ये बदलाव खो जाएँगे।
quit-read-only = यह विंडो बदलाव नहीं सहेजती (आपका डेटा किसी दूसरी विंडो में खुला है)। अगर आप अभी ऐप बंद करेंगे, तो यहाँ किए गए बदलाव खो जाएँगे।
quit-retry = फिर से सहेजने की कोशिश करें
# फ़ाइल डायलॉग खोलता है, ताकि सारा डेटा (हर अवसर, प्रोफ़ाइल, अपने टेम्पलेट) एक फ़ाइल में लिखा जा सके।
quit-export = सब कुछ फ़ाइल में सहेजें…
quit-anyway = सहेजे बिना बंद करें

## ऑफ़रों की तुलना: कुल वेतन-पैकेज आमने-सामने

menu-compare = ऑफ़रों की तुलना करें
compare-title = ऑफ़रों की तुलना
compare-close = तुलना बंद करें
compare-intro = अपने ऑफ़रों को अपनी मौजूदा नौकरी के साथ आमने-सामने रखकर देखें: वेतन का हर हिस्सा, आप अभी जहाँ रहते हैं वहाँ के दामों पर हर एक का सालाना मूल्य, और निर्णय चेकलिस्ट तथा विदेश जाने के आकलन में हर एक की स्थिति।
compare-choose = तुलना में शामिल करें
compare-current-job = आपकी मौजूदा नौकरी
# वाक्य के भीतर मौजूदा नौकरी का नाम (compare-summary, compare-summary-net)।
compare-current-job-in-text = आपकी मौजूदा नौकरी
# $max एक साथ तुलना किए जा सकने वाले अवसरों की अधिकतम संख्या है (4)।
compare-too-many = एक बार में ज़्यादा से ज़्यादा { $max } अवसरों की तुलना की जा सकती है।
compare-horizon = एकमुश्त रक़में और शेयर बाँटने की अवधि
compare-horizon-years = { $years ->
    [one] { $years } साल
   *[other] { $years } साल
}
compare-horizon-help = जॉइनिंग बोनस, स्थानांतरण भत्ता और शेयर नौकरी में बने रहने के हर साल के हिसाब से गिने जाते हैं। वेस्टिंग की सामान्य अवधि चार साल होती है।
compare-packages = किसमें कितना मिलता है
compare-packages-intro = रक़में सालाना और कर से पहले की लिखें, उस नौकरी की अपनी मुद्रा में। जो पता नहीं, उसे ख़ाली छोड़ दें: Gracious कभी अंदाज़ा नहीं लगाता। स्लेटी रंग के मान विदेश जाने के आकलन से लिए गए हैं।
compare-equity-private = निजी (गैर-सूचीबद्ध) कंपनी के शेयर
compare-results = आमने-सामने
compare-empty = तुलना के लिए कम से कम दो चुनें: आपकी मौजूदा नौकरी और एक ऑफ़र, या दो ऑफ़र।
compare-row-verdict = चेकलिस्ट का निष्कर्ष
compare-row-fit = चेकलिस्ट में मेल
compare-row-total = सालाना कुल, नौकरी की मुद्रा में
compare-row-total-home = सालाना कुल, मौजूदा देश के दामों पर
compare-row-net-home = कर के बाद सालाना कुल, मौजूदा देश के दामों पर
compare-row-basis = दामों की तुलना का आधार
compare-row-leave = सवेतन छुट्टियाँ
compare-row-notice = नोटिस अवधि
compare-row-start = जल्द से जल्द जॉइनिंग
compare-row-deadline = जवाब की अंतिम तारीख़
compare-row-mobility = विदेश जाने के आकलन का स्कोर
compare-row-traps = विदेश जाने से जुड़ी चेतावनियाँ
# निष्कर्ष वाली पंक्ति में मौजूदा नौकरी: यह तुलना का आधार है, इस पर निर्णय नहीं लेना है।
compare-reference = तुलना का आधार
# किसी पंक्ति के सबसे अच्छे आँकड़े को चिह्नित करता है; $value वह आँकड़ा है।
compare-best = { $value } · सबसे अच्छा
compare-leave-value = { $days } दिन ({ $amount } के बराबर)
compare-notice-weeks = { $weeks ->
    [one] { $weeks } सप्ताह
   *[other] { $weeks } सप्ताह
}
compare-not-moving = विदेश जाना शामिल नहीं
compare-no-traps = कोई नहीं
compare-not-given = —
compare-basis-same = एक ही देश
compare-basis-data = विश्व बैंक, { $year }
compare-basis-override = आपका अपना गुणांक
# $country वह देश है जहाँ उपयोगकर्ता अभी रहता है; $job और $second दो कॉलमों के नाम हैं।
compare-summary = { $country } के दामों के हिसाब से सबसे ज़्यादा मूल्य { $job } का है: { $amount } प्रति वर्ष, यानी { $second } से { $difference } ज़्यादा।
# $part वेतन का एक हिस्सा है, जैसे “बोनस”।
compare-summary-why = सबसे बड़ा अंतर इस हिस्से में है: { $part }।
compare-summary-net = हालाँकि, कर के बाद हाथ में सबसे ज़्यादा रक़म { $job } से आती है।
compare-summary-none = कौन-सी नौकरी ज़्यादा मूल्य की है, यह देखने के लिए कम से कम दो नौकरियों का फ़िक्स्ड वेतन और देश दर्ज करें।
compare-note-equity-private = { $job }: शेयर एक निजी (गैर-सूचीबद्ध) कंपनी के हैं। जब तक कंपनी बिक न जाए या शेयर बाज़ार में सूचीबद्ध न हो, तब तक इनका मूल्य शून्य भी हो सकता है।
compare-note-cliff = { $job }: { $months } महीने पूरे होने से पहले कोई शेयर वेस्ट नहीं होता, और यह समय तुलना की अवधि के बाद आता है।
compare-note-repayable = { $job }: { $part } — { $months } महीने पूरे होने से पहले नौकरी छोड़ने पर इसे लौटाना होगा। यह शर्त तुलना की अवधि के बाद तक लागू है, इसलिए इसे कुल में नहीं जोड़ा गया है।
compare-note-bonus-amount = { $job }: बोनस की रक़म और प्रतिशत दोनों दिए गए हैं; गणना में रक़म ली गई है।
compare-note-no-base = { $job }: अभी फ़िक्स्ड वेतन दर्ज नहीं है, इसलिए कुल नहीं निकाला जा सकता।
compare-note-not-a-number = { $job }: “{ $field }” में दर्ज मान ऐसी संख्या नहीं है जिसे Gracious इस्तेमाल कर सके।
compare-note-no-country = { $job }: इसे मौजूदा देश के दामों पर परखने के लिए इसका देश चुनें।
compare-note-no-factor = { $job }: { $country } के लिए क्रय शक्ति के आँकड़े नहीं हैं। तुलना के लिए कोई गुणांक दर्ज करें।
compare-note-currency = { $job }: { $country } के आँकड़े { $currency } में हैं। रक़में { $currency } में दर्ज करें, या कोई गुणांक दर्ज करें।
compare-note-tax = कर के बाद: हर नौकरी की कर दर उसकी पूरी कुल रक़म पर लगाई गई है।
compare-chart-total = मौजूदा देश के दामों पर सालाना कुल, हिस्सेवार
compare-chart-fit = कौन कितना अनुकूल है (प्रतिशत)
compare-chart-checklist = चेकलिस्ट में मेल
compare-chart-mobility = विदेश जाने के आकलन का स्कोर
compare-chart-alt = चार्ट। यही आँकड़े ऊपर की तालिका में हैं।
compare-accept = यह ऑफ़र स्वीकार करें
# स्क्रीन रीडर के लिए: बटन क्या करता है, ऑफ़र के नाम के साथ।
compare-accept-name = { $job } स्वीकार करें और बाक़ी ऑफ़रों के लिए मना करने वाले पत्र तैयार करें
compare-accepted = { $job } को “स्वीकार किया” के रूप में चिह्नित कर दिया गया है। { $others } के लिए पत्र अब यह कहकर मना करते हैं कि आपने दूसरा ऑफ़र स्वीकार कर लिया है।
compare-export-csv = CSV के रूप में निर्यात करें…
compare-export-text = टेक्स्ट के रूप में निर्यात करें…
compare-text-title = ऑफ़रों की तुलना, { $date }
compare-text-cell = { $job }: { $value }
compare-text-basis = { $country } के दामों के हिसाब से; एकमुश्त रक़में और शेयर { $years ->
    [one] { $years } साल
   *[other] { $years } साल
} में बाँटे गए हैं।
pay-field-country = देश
pay-field-currency = मुद्रा
pay-field-base = फ़िक्स्ड वेतन
pay-field-bonus-percent = टार्गेट बोनस (फ़िक्स्ड वेतन का %)
pay-field-bonus-amount = बोनस की रक़म
pay-field-equity-grant = शेयर: ग्रांट का मूल्य
pay-field-equity-years = शेयर: वेस्टिंग के साल
pay-field-equity-cliff = शेयर: क्लिफ़ (महीने)
pay-field-sign-on = जॉइनिंग बोनस
pay-field-sign-on-repay = जॉइनिंग बोनस: लौटाने की शर्त (महीने)
pay-field-relocation = स्थानांतरण भत्ता
pay-field-relocation-repay = स्थानांतरण भत्ता: लौटाने की शर्त (महीने)
pay-field-pension = नियोक्ता का पेंशन योगदान (फ़िक्स्ड वेतन का %)
pay-field-benefits = आपके लिए उपयोगी सुविधाएँ (सालाना मूल्य)
pay-field-leave = सवेतन छुट्टियाँ (दिन)
pay-field-notice = नोटिस अवधि (सप्ताह)
pay-field-start = जल्द से जल्द जॉइनिंग
pay-field-tax = कर की दर (%)
pay-field-factor = आपका अपना गुणांक
pay-part-base = फ़िक्स्ड वेतन
pay-part-bonus = बोनस
pay-part-equity = शेयर
pay-part-sign-on = जॉइनिंग बोनस
pay-part-relocation = स्थानांतरण भत्ता
pay-part-pension = पेंशन
pay-part-benefits = सुविधाएँ
checklist-suggestion-total-net = कर के बाद के कुल पैकेज को आपकी मौजूदा नौकरी से मिलाने पर ऑफ़रों की तुलना “{ $answer }” का सुझाव देती है।
checklist-suggestion-total-gross = कर से पहले के कुल पैकेज को आपकी मौजूदा नौकरी से मिलाने पर ऑफ़रों की तुलना “{ $answer }” का सुझाव देती है। हाथ में कितना बचेगा, इसकी तुलना के लिए दोनों कर दरें दर्ज करें।

## भेजने के बाद: उनका जवाब, आपके वादे, जिन लोगों से आप मिले, कैलेंडर
# पाँचवाँ पैनल। “वे” का मतलब नियोक्ता है (रिक्रूटर या हायरिंग मैनेजर)।
tab-followup = भेजने के बाद
menu-export-calendar = सारी तारीख़ें कैलेंडर फ़ाइल में निर्यात करें…
followup-intro = मना करने की बात अक्सर एक संदेश पर ख़त्म नहीं होती। उनका जवाब दर्ज करें, अपने किए वादे निभाएँ, और तारीख़ें अपने कैलेंडर में डाल लें।
followup-open = “भेजने के बाद” खोलें

followup-reply-title = उनका जवाब
# $date: जवाब आने का दिन (सप्ताह का दिन और तारीख़); $kind: उन्होंने क्या पूछा (कोई reply-kind-* टेक्स्ट)।
followup-reply-recorded = { $date }: { $kind }
# $pay: नया सालाना वेतन, जैसा उपयोगकर्ता ने लिखा।
followup-reply-new-pay = पेश किया गया नया सालाना वेतन: { $pay }
followup-reply-answer = जवाब के लिए पत्र:
followup-reply-earlier-letter = जिस पत्र पर उनका जवाब आया
followup-they-replied = उनका जवाब आया है
followup-reply-on = जवाब आने की तारीख़
followup-reply-kind = जवाब किस बारे में है
followup-reply-new-pay-field = नया सालाना वेतन
followup-reply-improved-note = बेहतर ऑफ़र का मतलब है कि निर्णय फिर से लेना होगा: जवाब देने से पहले चेकलिस्ट नए आँकड़ों के आधार पर वेतन वाला सवाल दोबारा पूछेगी।
followup-reply-note = उन्होंने क्या लिखा (वैकल्पिक, आपके रिकॉर्ड के लिए)
followup-reply-date-invalid = जवाब आने की तारीख़ दर्ज करें।
followup-record-reply = जवाब दर्ज करें
reply-kind-improved-offer = बेहतर ऑफ़र
reply-kind-what-would-it-take = “किस बात से आपका फ़ैसला बदलेगा?”
reply-kind-ask-for-call = आपके ईमेल के बाद कॉल का अनुरोध
reply-kind-keep-cv = क्या वे आपका रिज़्यूमे रिकॉर्ड में रख सकते हैं?
reply-kind-questionnaire = फ़ीडबैक प्रश्नावली
reply-kind-are-you-sure = “क्या आपको पूरा यक़ीन है?”
status-reply-recorded = उनका जवाब दर्ज हो गया है, और उसका उत्तर देने वाला पत्र टेम्पलेट संपादक में तैयार है। जिस पत्र पर उनका जवाब आया था, वह “भेजने के बाद” में रखा गया है।
status-reply-improved = उनका बेहतर ऑफ़र दर्ज हो गया है, और अब आपको फिर से निर्णय लेना है। नए आँकड़ों के आधार पर वेतन वाले सवाल का जवाब दें, फिर “भेजने के बाद” में अपना जवाब चुनें।

followup-promises-title = आपके वादे
followup-call-on = कॉल की तय तारीख़
followup-no-promises = अभी कोई वादा नहीं। आपके पत्रों में किए गए वादे यहाँ अपने-आप दिखेंगे; कोई और वादा किया हो, तो उसे ख़ुद जोड़ें।
followup-add-promise = वादा जोड़ें
followup-promise-what = क्या
followup-promise-to = किससे
followup-promise-due = कब तक
followup-remove = हटाएँ
# ऐप को पता है कि उपयोगकर्ता ने क्या वादा किया। $company, $contact: अवसर से; $name: कोई व्यक्ति जिससे मुलाक़ात हुई।
# नाम कभी नहीं बदलते: उनके बाद सिर्फ़ परसर्ग (को, से, के साथ) आते हैं, और क्रिया नाम के लिंग से नहीं बदलती।
promise-answer = { $company } को अपना जवाब दें
promise-questionnaire = प्रश्नावली भरकर लौटाएँ
promise-call = { $contact } के साथ कॉल
promise-return-property = नई जगह जाने के लिए { $company } से मिले दस्तावेज़ और बाक़ी सामान लौटाएँ
promise-settle-money = अनुबंध के अनुसार { $company } के साथ स्थानांतरण भत्ते या जॉइनिंग बोनस का हिसाब निपटाएँ
promise-claim-reimbursements = { $company } ने जिन ख़र्चों की प्रतिपूर्ति पर सहमति दी है, उनका दावा करें
promise-check-in = { $name } से फिर संपर्क करें
promise-untitled = बिना विवरण का वादा
promise-done = पूरा हुआ
# $when: सप्ताह का दिन और तारीख़ (कॉल के लिए समय के साथ); $days: दिनों की संख्या।
promise-overdue = { $days ->
    [one] एक दिन की देरी ({ $when })
   *[other] { $days } दिन की देरी ({ $when })
}
promise-due-today = आज ही करना है ({ $when })
promise-due-soon = { $days ->
    [one] कल तक करना है ({ $when })
   *[other] { $days } दिन में करना है ({ $when })
}
promise-due-later = { $when } तक
promise-undated = अभी कोई तारीख़ नहीं
# ऐप खुला रहने पर पैनलों के ऊपर दिखने वाली सूचना। $when: promise-overdue या promise-due-today का टेक्स्ट; $what: वादा; $title: अवसर।
promise-notice = { $what } ({ $title }): { $when }
promise-show = दिखाएँ

followup-people-title = जिन लोगों से आप मिले
followup-no-people = जिन लोगों से आप मिले, उन्हें यहाँ जोड़ें, ताकि संपर्क बनाए रखना सिर्फ़ याददाश्त के भरोसे न रहे।
followup-person-name = नाम
followup-person-role = पद
followup-person-reach = संपर्क का तरीक़ा
followup-person-connected = प्रोफ़ेशनल नेटवर्क पर जुड़े हुए हैं
followup-person-last-contact = पिछला संपर्क
followup-person-check-in = फिर से संपर्क की तारीख़
followup-write-to = संपर्क बनाए रखने के लिए संदेश लिखें
followup-add-person = व्यक्ति जोड़ें

followup-calendar-title = आपका कैलेंडर
followup-calendar-note = जवाब की अंतिम तारीख़, आपके वादे, तय की गई कॉल, निर्णय के बाद के कदम और फिर से संपर्क की तारीख़ें रिमाइंडर के साथ एक कैलेंडर फ़ाइल (.ics) में निर्यात करें। इसे दोबारा आयात करने पर वही प्रविष्टियाँ अपडेट होती हैं, नई नहीं जुड़तीं। कुछ भी आपके कंप्यूटर से बाहर नहीं जाता।
followup-export-calendar = इस अवसर की तारीख़ें निर्यात करें…
followup-export-calendar-all = सभी अवसरों की तारीख़ें निर्यात करें…
# कैलेंडर फ़ाइल में। $what: जो करना है; $company: नियोक्ता।
ics-summary = { $what } ({ $company })
ics-reply-by = जवाब की अंतिम तारीख़
ics-answer-window = अपना जवाब भेजें: निर्णय को 72 घंटे हो गए
# $title: अवसर (कंपनी · पद)।
ics-description = { $title }। Gracious द्वारा बनाया गया।
# $name: वह व्यक्ति जिससे वादा किया गया।
ics-to-whom = वादा किससे: { $name }
ics-calendar-name = Gracious: { $title }
ics-calendar-name-all = Gracious: आपकी नौकरी की खोज
# अवसरों की सूची में, उस अवसर के पास जिसके वादे आज पूरे करने हैं या जिनकी समय-सीमा बीत चुकी है। $count: कितने।
cases-promises-due = { $count ->
    [one] एक वादा पूरा करना है
   *[other] { $count } वादे पूरे करने हैं
}
# फ़ीडबैक प्रश्नावली का जवाब देने वाले पत्र में, तारीख़ चुनने वाले बॉक्स के पास।
editor-questionnaire-date = प्रश्नावली लौटाने की तारीख़
# वादों की सूची में, तय कॉल जिसका दिन बीत चुका है। $when: उसका सप्ताह का दिन, तारीख़ और समय।
promise-call-past = { $when } को तय थी: कॉल हो जाने पर इस पर सही का निशान लगाएँ
