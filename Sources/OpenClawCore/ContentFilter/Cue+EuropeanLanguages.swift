extension Cue {
    /// The override, extraction and role-play vocabulary in the official languages of the European
    /// Union that `languageVocabulary` does not cover: Bulgarian, Czech, Danish, Greek, Estonian,
    /// Finnish, Irish, Croatian, Hungarian, Lithuanian, Latvian, Maltese, Romanian, Slovak, Slovenian
    /// and Swedish. With `worldLanguageVocabulary`, the languages a fixed rule chose: the EU's and
    /// those with more than about 50 million speakers. Each cue lists the languages in that order,
    /// one commented line or more each.
    ///
    /// Written as `FoldedText` reads them: Latin letters up to U+017F without accents, other scripts
    /// as typed (the lexicon drops their nonspacing marks itself). Letters that folding keeps get a
    /// second, plain spelling for people who type without them.
    /// Romanian ș ț (U+0219, U+021B) are kept while the cedilla forms ş ţ fold to s t, so both are
    /// listed; Greek is listed with its accents and without, with σ for the ς that capitals lower to.
    /// Where "your" follows the noun (Maltese, Greek), it is also listed under `givenToYou`, which the
    /// extraction rule reads after the object.
    static let europeanLanguageVocabulary: [Cue: [String]] = [
        .overrideVerb: [
            "игнорирай", "игнорирайте", "забрави", "забравете", "не обръщай внимание на", "не обръщайте внимание на",  // bg
            "пренебрегни", "пренебрегнете", "не следвай", "не следвайте", "спри да следваш", "спрете да следвате",
            "престани да следваш", "не спазвай", "не спазвайте", "отхвърли",
            "ignorujte", "zapomen na", "zapomen", "zapomente", "nevsimej si", "nevsimejte si", "nerid se", "neridte se",  // cs
            "prestan se ridit", "prestante se ridit", "nedbej", "nedodrzuj", "pust z hlavy", "zahod",
            "ignorer alle", "ignorer dine", "ignorer de", "ignorer venligst", "ignorer tidligere", "glem", "glem alt om",  // da
            "se bort fra", "lad være med at folge", "folg ikke", "hold op med at folge", "stop med at folge", "tilsidesæt",
            "αγνόησε", "αγνοησε", "αγνοήστε", "αγνοηστε", "ξέχασε", "ξεχασε", "ξεχάστε", "ξεχαστε", "μην ακολουθείς",  // el
            "μην ακολουθεις", "μην ακολουθεισ", "μην ακολουθήσεις", "μην ακολουθησεις", "μην ακολουθησεισ", "μην ακολουθήσετε",
            "μην ακολουθησετε", "σταμάτα να ακολουθείς", "σταματα να ακολουθεις", "σταματα να ακολουθεισ", "παράβλεψε",
            "παραβλεψε", "παραβλέψτε", "παραβλεψτε", "μην λαμβάνεις υπόψη", "μην λαμβανεις υποψη", "μην λαμβανεισ υποψη",
            "ignoreeri", "ignoreerige", "unusta", "unustage", "ara arvesta", "arge arvestage", "ara jargi", "arge jargige",  // et
            "lopeta jargimine", "jata tahelepanuta", "eira", "eirake",
            "ohita", "ohittakaa", "unohda", "unohtakaa", "ala valita", "alkaa valittako", "ala noudata", "alkaa noudattako",  // fi
            "jata huomiotta", "jattakaa huomiotta", "sivuuta", "hylkaa",
            "dean neamhaird de", "dean neamhshuim de", "deanaigi neamhaird de", "tabhair neamhaird ar", "dean dearmad ar",  // ga
            "deanaigi dearmad ar", "na lean", "na leanaigi", "stop ag leanuint", "na tabhair aird ar", "dean neamhaird den",
            "dean dearmad den",
            "ignoriraj", "ignorirajte", "zaboravi", "zaboravite", "ne obaziri se na", "ne obazirite se na", "ne slijedi",  // hr
            "ne slijedite", "prestani slijediti", "ne postuj", "zanemari", "zanemarite", "odbaci",
            "hagyjatok figyelmen kivul",  // hu, and `hungarianVerbFinal`
            "tekintsd semmisnek",
            "ignoruok", "ignoruokite", "pamirsk", "pamirskite", "nekreipk demesio i", "nekreipkite demesio i", "nesilaikyk",  // lt
            "nesilaikykite", "nustok laikytis", "neatsizvelk i", "atmesk",
            "ignorejiet", "aizmirsti", "aizmirstiet", "nenem vera", "nenemiet vera", "neievero", "neieverojiet", "parstaj ieverot",  // lv
            "nepievers uzmanibu",
            "injora", "injoraw", "insa", "insew", "taghtix kas", "taghtux kas", "la ssegwix", "tibqax issegwi", "warrab",  // mt
            "ignorați", "ignorati", "ignora-le", "uita toate", "uita tot", "uita de", "uita orice", "uitați", "uitati",  // ro
            "nu ține cont de", "nu tine cont de", "nu țineți cont de", "nu tineti cont de", "nu mai urma", "nu urma",
            "nu mai respecta", "nu respecta", "nu lua in seama", "treci peste", "renunța la", "renunta la", "inceteaza sa urmezi",
            "zabudni na", "zabudni", "zabudnite", "nevsimaj si", "nevsimajte si", "neriad sa", "neriadte sa", "prestan sa riadit",  // sk
            "nedodrziavaj",
            "pozabi", "pozabite", "ne upostevaj", "ne upostevajte", "ne sledi", "ne sledite", "prenehaj slediti", "ne meni se za",  // sl
            "zavrzi",
            "ignorera", "glom", "glom bort", "strunta i", "bortse fran", "folj inte", "sluta folja", "sluta lyda", "asidosatt",  // sv
        ] + hungarianVerbFinal,
        .overrideVerbFinal: hungarianVerbFinal,
        .overrideAfter: [
            "вече не важат", "вече не са валидни", "са отменени",  // bg
            "uz neplati", "prestavaji platit",  // cs
            "gælder ikke længere", "er ophævet",  // da
            "δεν ισχύουν πια", "δεν ισχυουν πια", "δεν ισχύουν πλέον", "δεν ισχυουν πλεον", "ακυρώνονται", "ακυρωνονται",  // el
            "ei kehti enam", "tahelepanuta",  // et
            "huomiotta", "eivat enaa pade", "eivat ole enaa voimassa",  // fi
            "vise ne vrijede", "ne vrijede vise",  // hr
            "mar nem ervenyesek", "ervenytelenek",  // hu
            "nebegalioja",  // lt
            "vairs nav speka",  // lv
            "nu mai sunt valabile", "nu mai sunt valide", "nu mai conteaza", "nu se mai aplica",  // ro
            "uz neplatia",  // sk
            "ne veljajo vec",  // sl
            "galler inte langre",  // sv
        ],
        .instructionNoun: [
            "инструкциите", "указанията", "правилата", "насоки", "насоките", "заповеди", "заповедите", "команди", "командите",  // bg
            "ограниченията",
            "pokyny", "pokynu", "pokyn", "instrukce", "instrukci", "pravidla", "pravidel", "smernice", "prikazy", "omezeni",  // cs
            "instruktioner", "instruktionerne", "instrukser", "instrukserne", "regler", "reglerne", "retningslinjer",  // da
            "retningslinjerne", "ordrer", "ordrerne", "begrænsninger", "begrænsningerne", "anvisninger", "anvisningerne",
            "direktiver",
            "οδηγίες", "οδηγιες", "οδηγιεσ", "οδηγιών", "οδηγιων", "οδηγία", "οδηγια", "κανόνες", "κανονες", "κανονεσ", "κανόνων",  // el
            "κανονων", "κανονισμούς", "κανονισμους", "κανονισμουσ", "εντολές", "εντολες", "εντολεσ", "εντολών", "εντολων",
            "κατευθυντήριες γραμμές", "κατευθυντηριες γραμμες", "κατευθυντηριεσ γραμμεσ", "περιορισμούς", "περιορισμους",
            "περιορισμουσ", "περιορισμοί", "περιορισμοι",
            "juhised", "juhiseid", "juhistest", "juhend", "juhendid", "reeglid", "reegleid", "reeglitest", "piirangud",  // et
            "piiranguid", "suunised", "suuniseid", "korraldused", "korraldusi",
            "ohjeet", "ohjeita", "ohjeista", "ohjeesi", "ohjeitasi", "ohjeistus", "ohjeistukset", "ohjeistuksen", "ohje", "ohjeen",  // fi
            "saannot", "saantoja", "saannoista", "saantosi", "maaraykset", "kaskyt", "rajoitukset", "rajoituksesi", "rajoituksia",
            "toimintaohjeet",
            "treoracha", "threoracha", "dtreoracha", "rialacha", "rialachain", "orduithe", "treoirlinte", "srianta", "treoir",  // ga
            "upute", "uputa", "uputama", "pravila", "pravilima", "smjernice", "smjernica", "naredbe", "naredbi", "ogranicenja",  // hr
            "instrukcije", "naputke",
            "utasitasokat", "utasitast", "utasitasok", "utasitasaidat", "utasitasaid", "utasitasokra", "szabalyokat",  // hu
            "szabalyaidat", "szabalyok", "iranyelveket", "iranyelveidet", "parancsokat", "korlatozasokat", "korlataidat",
            "eloirasokat",
            "instrukcijas", "instrukciju", "instrukcijos", "nurodymus", "nurodymu", "nurodymai", "taisykles", "taisykliu",  // lt
            "gaires", "gairiu", "komandas", "isakymus", "apribojimus", "apribojimu",
            "instrukcijam", "noradijumus", "noradijumi", "norades", "noteikumus", "noteikumi", "vadlinijas", "paveles",  // lv
            "ierobezojumus", "ierobezojumi",
            "istruzzjonijiet", "struzzjonijiet", "regoli", "linji gwida", "ordnijiet", "direttivi", "restrizzjonijiet", "kmandi",  // mt
            "instrucțiunile", "instructiunile", "instrucțiuni", "instructiuni", "instrucțiunilor", "instructiunilor", "regulile",  // ro
            "reguli", "regulilor", "indicațiile", "indicatiile", "directivele", "ordinele", "comenzile", "restricțiile",
            "restrictiile", "liniile directoare",
            "pokynov", "instrukcie", "instrukcii", "pravidiel", "obmedzenia",  // sk
            "navodila", "navodil", "navodilom", "pravil", "smernic", "ukaze", "ukazi", "omejitve", "usmeritve", "direktive",  // sl
            "instruktionerna", "instruktionen", "reglerna", "riktlinjer", "riktlinjerna", "ordrar", "direktiv", "direktiven",  // sv
            "begransningar", "begransningarna", "anvisningar", "anvisningarna",
        ],
        .priorQualifier: [
            "предишни", "предишните", "всички", "досегашни", "досегашните", "оригинални", "оригиналните", "първоначални",  // bg
            "първоначалните", "горните", "по-ранни", "по-ранните",
            "predchozi", "vsechny", "vsechna", "veskere", "drivejsi", "puvodni", "dosavadni", "vyse uvedene",  // cs
            "tidligere", "forrige", "oprindelige", "originale", "ovenstaende", "foregaende", "hidtidige",  // da
            "προηγούμενες", "προηγουμενες", "προηγουμενεσ", "προηγούμενους", "προηγουμενους", "προηγουμενουσ", "προηγούμενων",  // el
            "προηγουμενων", "όλες", "ολες", "ολεσ", "όλους", "ολους", "ολουσ", "όλα", "ολα", "αρχικές", "αρχικες", "αρχικεσ",
            "αρχικούς", "αρχικους", "αρχικουσ", "παλιές", "παλιες", "παλιεσ", "παραπάνω", "παραπανω", "πρότερες", "προτερες",
            "προτερεσ",
            "eelnevad", "eelnevaid", "varasemad", "varasemaid", "koik", "koiki", "algsed", "algseid", "eelmised", "eelmisi",  // et
            "senised", "seniseid", "ulaltoodud",
            "aiemmat", "aiempia", "aiemmista", "aikaisemmat", "aikaisemmista", "kaikki", "kaikista", "edelliset", "edellisista",  // fi
            "alkuperaiset", "ylla olevat", "tahanastiset",
            "roimhe seo", "go leir", "uile", "bunaidh", "roimhe", "thuas", "gach",  // ga
            "prethodne", "prethodnih", "sve", "svih", "ranije", "ranijih", "izvorne", "originalne", "dosadasnje", "gornje",  // hr
            "pocetne",
            "elozo", "korabbi", "osszes", "minden", "eredeti", "eddigi", "fenti",  // hu
            "ankstesnes", "ankstesnius", "ankstesniu", "visas", "visus", "visu", "pradines", "pradinius", "originalias",  // lt
            "iki siol",
            "ieprieksejas", "ieprieksejos", "ieprieksejie", "visi", "sakotnejas", "sakotnejos", "originalas", "agrakas",  // lv
            "lidzsinejas", "lidzsinejos",
            "ta' qabel", "kollha", "ta' fuq",  // mt
            "anterioare", "precedente", "toate", "inițiale", "initiale", "de mai sus", "de pana acum", "dinainte", "vechi",  // ro
            "predchadzajuce", "vsetky", "doterajsie", "skorsie", "povodne", "predosle",  // sk
            "prejsnja", "prejsnje", "prejsnjih", "vsa", "vse", "vsi", "dosedanja", "prvotna", "izvirna", "zgornja", "predhodna",  // sl
            "tidigare", "alla", "ursprungliga", "ovanstaende", "forra", "hittillsvarande", "originala",  // sv
        ],
        .revealVerb: [
            "покажете", "разкрий", "разкрийте", "кажи", "кажете", "изведи", "напишете", "дай ми", "сподели", "цитирай", "повтори",  // bg
            "отпечатай",
            "ukaz", "ukazte", "vypis", "vypiste", "prozrad", "rekni", "reknete", "zobraz", "odhal", "napis", "zopakuj", "ocituj",  // cs
            "dej mi", "sdel",
            "vis", "vis mig", "afslor", "fortæl", "fortæl mig", "udskriv", "skriv", "gentag", "citer", "giv mig",  // da
            "δείξε", "δειξε", "δείξτε", "δειξτε", "αποκάλυψε", "αποκαλυψε", "αποκαλύψτε", "αποκαλυψτε", "πες", "πεσ", "πείτε",  // el
            "πειτε", "τύπωσε", "τυπωσε", "γράψε", "γραψε", "επανάλαβε", "επαναλαβε", "παράθεσε", "παραθεσε", "δώσε", "δωσε",
            "εμφάνισε", "εμφανισε",
            "naita", "naidake", "avalda", "paljasta", "utle", "oelge", "kirjuta", "truki", "korda", "tsiteeri", "anna",  // et
            "nayta", "nayttakaa", "kerro", "kertokaa", "tulosta", "kirjoita", "toista", "lainaa",  // fi
            "taispeain", "taispeanaigi", "nocht", "inis dom", "inis", "scriobh amach", "scriobh", "athluaigh", "tabhair dom",  // ga
            "priontail", "luaigh",
            "pokazi", "pokazite", "ispisi", "otkrij", "reci", "napisi", "ponovi", "citiraj", "daj mi", "prikazi",  // hr
            "mutasd meg", "mutasd", "mutassa meg", "aruld el", "arulja el", "ird ki", "irja ki", "mondd el", "mondja el",  // hu
            "ismeteld meg", "idezd", "add meg", "fedd fel", "tard fel",
            "parodyk", "parodykite", "atskleisk", "pasakyk", "pasakykite", "isspausdink", "parasyk", "pakartok", "pacituok",  // lt
            "duok man", "isvesk",
            "paradi", "paradiet", "atklaj", "pasaki", "sakiet", "izdruka", "uzraksti", "atkarto", "dod man", "izvadi",  // lv
            "uri", "urini", "uruni", "ghidli", "ikteb", "iktbu", "aghtini", "zvela", "irrepeti", "ikkwota", "stampa",  // mt
            "arata", "arata-mi", "aratați", "aratati", "dezvaluie", "dezvaluiți", "dezvaluiti", "spune-mi", "spune", "spuneți",  // ro
            "spuneti", "afișeaza", "afiseaza", "scrie", "repeta", "citeaza", "da-mi", "tiparește", "tipareste", "reda",
            "prezrad", "povedz", "povedzte", "odcituj",  // sk
            "izpisi", "razkrij", "povej", "povejte",  // sl
            "visa", "visa mig", "avsloja", "beratta", "skriv ut", "upprepa", "citera", "ge mig", "aterge",  // sv
        ],
        .hiddenPrompt: [
            "системен промпт", "системния промпт", "системният промпт", "системни инструкции", "системните инструкции",  // bg
            "системното съобщение", "системно съобщение", "промпта", "системния си промпт", "системните си инструкции",
            "systemovy prompt", "systemovy pokyn", "systemove pokyny", "systemove instrukce", "systemovou zpravu",  // cs
            "systemova zprava",
            "systemprompten", "systeminstruktioner", "systeminstruktionerne", "systembesked", "systembeskeden", "systemmeddelelse",  // da
            "μήνυμα συστήματος", "μηνυμα συστηματος", "μηνυμα συστηματοσ", "προτροπή συστήματος", "προτροπη συστηματος",  // el
            "προτροπη συστηματοσ", "προτροπή του συστήματος", "προτροπη του συστηματος", "προτροπη του συστηματοσ",
            "οδηγίες συστήματος", "οδηγιες συστηματος", "οδηγιεσ συστηματοσ", "οδηγίες του συστήματος", "οδηγιες του συστηματος",
            "οδηγιεσ του συστηματοσ", "prompt συστήματος", "prompt συστηματος", "prompt συστηματοσ", "οδηγίες συστήματός",
            "μήνυμα συστήματός", "προτροπή συστήματός",
            "susteemiviip", "susteemiviipa", "susteemi viip", "susteemiprompt", "susteemijuhised", "susteemijuhiseid",  // et
            "susteemisonum", "susteemi juhised",
            "jarjestelmakehote", "jarjestelmakehotteesi", "jarjestelmakehotteen", "jarjestelmaviesti", "jarjestelmaviestisi",  // fi
            "jarjestelmaohjeet", "jarjestelmaohjeesi", "jarjestelmaprompti", "jarjestelmapromptisi", "jarjestelmapromptin",
            "systeemiprompti", "systeemikehote",
            "leid an chorais", "leid chorais", "pras an chorais", "pras corais", "treoracha an chorais",  // ga
            "teachtaireacht an chorais",
            "sistemski prompt", "sistemski upit", "sistemske upute", "sistemsku poruku", "sistemska poruka",  // hr
            "rendszerprompt", "rendszerpromptot", "rendszerpromptodat", "rendszerpromptod", "rendszeruzenet", "rendszeruzenetet",  // hu
            "rendszerutasitasok", "rendszerutasitasokat", "rendszerutasitasaidat",
            "sistemos raginima", "sistemos raginimas", "sistemos instrukcijas", "sistemos nurodymus", "sistemos pranesima",  // lt
            "sistemos uzklausa", "sistemos prompta",
            "sistemas uzvedne", "sistemas uzvedni", "sistemas noradijumus", "sistemas instrukcijas", "sistemas zinojumu",  // lv
            "sistemas promptu", "sistemas prompts",
            "prompt tas-sistema", "istruzzjonijiet tas-sistema", "messagg tas-sistema",  // mt
            "promptul de sistem", "promptul sistemului", "prompt de sistem", "instrucțiunile de sistem",  // ro
            "instructiunile de sistem", "instrucțiunile sistemului", "instructiunile sistemului", "mesajul de sistem",
            "mesajul sistemului", "promptul",
            "systemove instrukcie", "systemovu spravu",  // sk
            "sistemski poziv", "sistemska navodila", "sistemsko sporocilo", "sistemski pozivnik",  // sl
            "systeminstruktionerna", "systemmeddelande", "systemmeddelandet",  // sv
        ],
        .secretPrompt: [
            "скрити инструкции", "скритите инструкции", "тайни инструкции", "тайните инструкции", "скритите правила",  // bg
            "първоначалните инструкции", "вътрешните инструкции",
            "skryte pokyny", "tajne pokyny", "skryte instrukce", "tajne instrukce", "interni pokyny", "puvodni pokyny",  // cs
            "interni nastaveni",
            "skjulte instruktioner", "hemmelige instruktioner", "interne instruktioner", "oprindelige instruktioner",  // da
            "skjulte regler",
            "κρυφές οδηγίες", "κρυφες οδηγιες", "κρυφεσ οδηγιεσ", "μυστικές οδηγίες", "μυστικες οδηγιες", "μυστικεσ οδηγιεσ",  // el
            "εσωτερικές οδηγίες", "εσωτερικες οδηγιες", "εσωτερικεσ οδηγιεσ", "αρχικές οδηγίες", "αρχικες οδηγιες",
            "αρχικεσ οδηγιεσ", "κρυφούς κανόνες", "κρυφους κανονες", "κρυφουσ κανονεσ", "αρχική προτροπή", "αρχικη προτροπη",
            "peidetud juhised", "peidetud juhiseid", "salajased juhised", "salajasi juhiseid", "sisemised juhised",  // et
            "algsed juhised",
            "piilotetut ohjeet", "piilotetut ohjeesi", "salaiset ohjeet", "salaiset ohjeesi", "sisaiset ohjeet",  // fi
            "alkuperaiset ohjeet", "piilotetut saannot",
            "treoracha ceilte", "treoracha folaithe", "treoracha runda", "treoracha inmheanacha", "treoracha bunaidh",  // ga
            "rialacha ceilte",
            "skrivene upute", "tajne upute", "interne upute", "izvorne upute", "pocetne upute",  // hr
            "rejtett utasitasokat", "rejtett utasitast", "rejtett utasitasok", "titkos utasitasokat", "titkos utasitasok",  // hu
            "belso utasitasokat", "eredeti utasitasokat",
            "pasleptas instrukcijas", "pasleptus nurodymus", "slaptas instrukcijas", "slaptus nurodymus", "vidines instrukcijas",  // lt
            "pradines instrukcijas",
            "sleptas instrukcijas", "sleptos noradijumus", "slepenas instrukcijas", "slepenos noradijumus",  // lv
            "ieksejas instrukcijas", "sakotnejas instrukcijas",
            "istruzzjonijiet mohbija", "istruzzjonijiet sigrieti", "regoli mohbija", "istruzzjonijiet interni",  // mt
            "istruzzjonijiet originali",
            "instrucțiunile ascunse", "instructiunile ascunse", "instrucțiuni ascunse", "instructiuni ascunse",  // ro
            "instrucțiunile secrete", "instructiunile secrete", "instrucțiuni secrete", "instructiuni secrete",
            "instrucțiunile interne", "instructiunile interne", "instrucțiunile inițiale", "instructiunile initiale",
            "regulile ascunse",
            "skryte instrukcie", "interne pokyny", "povodne pokyny",  // sk
            "skrita navodila", "tajna navodila", "skrivna navodila", "notranja navodila", "prvotna navodila", "izvirna navodila",  // sl
            "dolda instruktioner", "dolda instruktionerna", "hemliga instruktioner", "hemliga instruktionerna",  // sv
            "interna instruktioner", "ursprungliga instruktioner", "dolda regler",
        ],
        .givenToYou: [
            "които си получил", "които си получила", "които получи", "които ти дадоха", "дадени ти", "които са ти дадени",  // bg
            "ktere jsi dostal", "ktere jsi dostala", "ktere ti dali", "ti byly dany", "dostal jsi",  // cs
            "du har faet", "som du har faet", "du fik", "givet til dig", "du blev givet", "du har modtaget",  // da
            "που σου δόθηκαν", "που σου δοθηκαν", "που σου έχουν δοθεί", "που σου εχουν δοθει", "που έλαβες", "που ελαβες",  // el
            "που ελαβεσ", "σου δόθηκαν", "σου δοθηκαν", "σου έδωσαν", "σου εδωσαν", "σου", "σας", "σασ",
            "mille said", "mis sa said", "mis sulle anti", "sulle antud", "mida sa said",  // et
            "jotka sait", "jotka olet saanut", "sinulle annetut", "sinulle annettiin",  // fi
            "a tugadh duit", "a fuair tu", "tugadh duit",  // ga
            "koje si dobio", "koje si dobila", "koje su ti dali", "koje su ti dane", "su ti dane",  // hr
            "amit kaptal", "amiket kaptal", "amelyeket kaptal", "neked adott", "neked adtak",  // hu
            "kurias gavai", "kuriuos gavai", "tau duotas", "tau duotus", "tau buvo duoti",  // lt
            "ko tu sanemi", "ko sanemi", "kas tev tika dotas", "kas tev doti", "tev dotas", "tev dotos",  // lv
            "li nghatawlek", "nghatawlek", "li rcevejt", "li tawk", "tieghek", "taghkom",  // mt
            "pe care le-ai primit", "care ți-au fost date", "care ti-au fost date", "ți-au fost date", "ti-au fost date",  // ro
            "care ți s-au dat", "care ti s-au dat", "ți s-a spus", "ti s-a spus", "pe care l-ai primit",
            "ktore si dostal", "ktore si dostala", "ktore ti dali", "ti boli dane",  // sk
            "ki si jih dobil", "ki si jih prejel", "ki so ti jih dali", "so ti bila dana", "si jih dobil", "si jih prejel",  // sl
            "du har fatt", "som du fatt", "du fick", "givits till dig", "du har getts", "du har tagit emot",  // sv
        ],
        .verbatim: [
            "дума по дума", "дословно", "изцяло", "целия", "пълния", "буква по буква",  // bg
            "doslova", "slovo od slova", "slovo po slovu", "cely", "cele", "uplne", "v plnem zneni", "kompletni",  // cs
            "ordret", "ord for ord", "i sin helhed", "fuldstændig", "hele", "komplet", "fulde",  // da
            "αυτολεξεί", "αυτολεξει", "λέξη προς λέξη", "λεξη προς λεξη", "λεξη προσ λεξη", "ολόκληρο", "ολοκληρο", "ολόκληρες",  // el
            "ολοκληρες", "ολοκληρεσ", "ολόκληρη", "ολοκληρη", "πλήρως", "πληρως", "πληρωσ", "πλήρες", "πληρες", "πληρεσ",
            "ακριβώς", "ακριβως", "ακριβωσ",
            "sona-sonalt", "sonasonalt", "taielikult", "tervikuna", "tapselt",  // et
            "sanasta sanaan", "sanatarkasti", "kokonaan", "kokonaisuudessaan", "taydellisena", "sana sanalta",  // fi
            "focal ar fhocal", "go hiomlan", "ina iomlaine", "iomlan", "go direach",  // ga
            "doslovno", "rijec po rijec", "u cijelosti", "cijeli", "cijelu", "cjelovit", "potpuno",  // hr
            "szo szerint", "szorol szora", "teljes egeszeben", "teljes", "hianytalanul", "pontosan",  // hu
            "zodis zodin", "pazodziui", "visiskai", "visa apimtimi", "istisai", "tiksliai",  // lt
            "vards varda", "burtiski", "pilniba", "pilnu", "precizi",  // lv
            "kelma b'kelma", "kelma kelma", "kollu kemm hu", "shih", "kompletament", "ezatt",  // mt
            "cuvant cu cuvant", "textual", "integral", "in intregime", "complet", "intreg", "intregul",  // ro
            "slovo po slove", "v plnom zneni", "kompletne",  // sk
            "dobesedno", "besedo za besedo", "v celoti", "celoten", "celotna", "celotno", "popolno",  // sl
            "ordagrant", "i sin helhet", "fullstandigt", "hela", "komplett", "fullstandiga",  // sv
        ],
        .unrestricted: [
            "без ограничения", "без никакви ограничения", "без цензура", "без филтри", "без правила",  // bg
            "bez omezeni", "bez jakychkoli omezeni", "bez filtru", "bez pravidel", "bez zabran",  // cs
            "uden begrænsninger", "uden nogen begrænsninger", "uden censur", "uden filtre", "uden regler", "ucensureret",  // da
            "ufiltreret",
            "χωρίς περιορισμούς", "χωρις περιορισμους", "χωρισ περιορισμουσ", "χωρίς κανέναν περιορισμό",  // el
            "χωρις κανεναν περιορισμο", "χωρισ κανεναν περιορισμο", "χωρίς κανένα περιορισμό", "χωρις κανενα περιορισμο",
            "χωρισ κανενα περιορισμο", "χωρίς λογοκρισία", "χωρις λογοκρισια", "χωρισ λογοκρισια", "χωρίς φίλτρα", "χωρις φιλτρα",
            "χωρισ φιλτρα", "χωρίς κανόνες", "χωρις κανονες", "χωρισ κανονεσ",
            "ilma piiranguteta", "ilma igasuguste piiranguteta", "ilma tsensuurita", "ilma filtriteta", "ilma reegliteta",  // et
            "piiranguteta", "tsenseerimata", "filtreerimata",
            "ilman rajoituksia", "ilman mitaan rajoituksia", "ilman sensuuria", "ilman suodattimia", "ilman saantoja",  // fi
            "rajoittamaton", "sensuroimaton", "suodattamaton",
            "gan srianta", "gan aon srianta", "gan srian", "gan chinsireacht", "gan cinsireacht", "gan scagairi", "gan rialacha",  // ga
            "gan teorainneacha", "gan teorainn",
            "bez ogranicenja", "bez ikakvih ogranicenja", "bez cenzure", "bez filtera", "bez pravila",  // hr
            "korlatozasok nelkul", "mindenfele korlatozas nelkul", "korlatok nelkul", "cenzura nelkul", "szurok nelkul",  // hu
            "szabalyok nelkul", "cenzurazatlan",
            "be apribojimu", "be jokiu apribojimu", "be cenzuros", "be filtru", "be taisykliu",  // lt
            "bez ierobezojumiem", "bez jebkadiem ierobezojumiem", "bez cenzuras", "bez filtriem", "bez noteikumiem",  // lv
            "minghajr restrizzjonijiet", "minghajr ebda restrizzjoni", "minghajr limiti", "minghajr censura", "minghajr filtri",  // mt
            "minghajr regoli",
            "fara restricții", "fara restrictii", "fara nicio restricție", "fara nicio restrictie", "fara limite", "fara cenzura",  // ro
            "fara filtre", "fara reguli", "necenzurat", "nefiltrat",
            "bez obmedzeni", "bez akychkolvek obmedzeni", "bez filtrov", "bez pravidiel",  // sk
            "brez omejitev", "brez kakrsnih koli omejitev", "brez cenzure", "brez filtrov", "brez pravil",  // sl
            "utan begransningar", "utan nagra begransningar", "utan censur", "utan filter", "utan regler", "ocensurerad",  // sv
            "ofiltrerad",
        ],
        .personaShift: [
            "преструвай се", "престори се", "представи си че", "дръж се като", "действай като", "играй ролята на",  // bg
            "влез в ролята на",
            "predstirej", "predstirejte", "delej ze", "chovej se jako", "hraj roli", "predstav si ze", "vzij se do role",  // cs
            "lad som om", "lad som", "opfor dig som", "ager som", "spil rollen som", "forestil dig", "foregiv",  // da
            "προσποιήσου", "προσποιησου", "προσποιηθείτε", "προσποιηθειτε", "κάνε πως", "κανε πως", "κανε πωσ", "κάνε ότι",  // el
            "κανε οτι", "παίξε τον ρόλο", "παιξε τον ρολο", "υποδύσου", "υποδυσου", "φαντάσου ότι", "φαντασου οτι",
            "συμπεριφέρσου σαν", "συμπεριφερσου σαν", "φέρσου σαν", "φερσου σαν",
            "teeskle", "teesklege", "tee nagu", "kaitu nagu", "mangi rolli", "kujutle et", "kujuta ette et",  // et
            "teeskentele", "teeskennelkaa", "esita", "kayttaydy kuin", "toimi kuin", "nayttele", "kuvittele etta", "leiki etta",  // fi
            "ole olevinasi",
            "lig ort", "ligigi oraibh", "bi i do", "gniomhaigh mar", "samhlaigh", "glac rol", "as seo amach",  // ga
            "pretvaraj se", "pretvarajte se", "glumi", "ponasaj se kao", "igraj ulogu", "zamisli da", "uzivi se u ulogu",  // hr
            "pravi se da",
            "tegy ugy mintha", "tegyel ugy mintha", "tegyen ugy mintha", "jatszd el", "viselkedj ugy mint", "viselkedj mint",  // hu
            "kepzeld el", "szinleld", "bujj bele",
            "apsimesk", "apsimeskite", "elkis kaip", "vaidink", "isivaizduok kad", "isijausk i vaidmeni",  // lt
            "izliecies", "uzvedies ka", "rikojies ka", "telo", "iedomajies ka", "iejuties loma",  // lv
            "ippretendi", "agixxi bhala", "immagina li", "ilghab ir-rwol", "gib ruhek bhala",  // mt
            "prefa-te", "prefaceți-va", "prefaceti-va", "pretinde ca", "comporta-te ca", "joaca rolul", "imagineaza-ți ca",  // ro
            "imagineaza-ti ca", "acționeaza ca", "actioneaza ca",
            "predstieraj", "predstierajte", "spravaj sa ako", "hraj rolu", "vzij sa do role", "tvar sa ze",  // sk
            "pretvarjaj se", "pretvarjajte se", "delaj se da", "obnasaj se kot", "igraj vlogo", "predstavljaj si da",  // sl
            "vzivi se v vlogo",
            "latsas", "latsas att", "agera som", "bete dig som", "spela rollen som", "forestall dig", "tank dig att",  // sv
        ],
        .identityShift: [
            "от сега нататък си", "отсега нататък си", "от сега нататък ти си", "отсега нататък ти си", "вече не си асистент",  // bg
            "ти вече не си",
            "od ted jsi", "odted jsi", "od teto chvile jsi", "uz nejsi",  // cs
            "fra nu af er du", "fra nu er du", "du er ikke længere",  // da
            "από τώρα είσαι", "απο τωρα εισαι", "από τώρα και στο εξής είσαι", "απο τωρα και στο εξης εισαι",  // el
            "απο τωρα και στο εξησ εισαι", "από εδώ και πέρα είσαι", "απο εδω και περα εισαι", "δεν είσαι πια", "δεν εισαι πια",
            "nuudsest oled sa", "nuudsest oled", "edaspidi oled", "sa ei ole enam", "sa pole enam",  // et
            "tasta lahtien olet", "tasta eteenpain olet", "et ole enaa",  // fi
            "as seo amach is tu", "as seo amach ta tu", "ni tu a thuilleadh", "nil tu a thuilleadh", "is tu anois",  // ga
            "od sada si", "od sada nadalje si", "od sad si", "vise nisi", "ti vise nisi",  // hr
            "mostantol te vagy", "mostantol te", "te mar nem vagy", "mar nem vagy", "mostantol on",  // hu
            "nuo siol tu esi", "nuo dabar tu esi", "tu nebesi", "nuo siol esi",  // lt
            "no si briza tu esi", "turpmak tu esi", "no tagad tu esi", "tu vairs neesi",  // lv
            "minn issa 'l quddiem int", "minn issa 'l quddiem inti", "minn issa int", "m'ghadekx",  // mt
            "de acum inainte ești", "de acum inainte esti", "de acum ești", "de acum esti", "de acum incolo ești",  // ro
            "de acum incolo esti", "nu mai ești", "nu mai esti",
            "odteraz si", "od teraz si", "od tejto chvile si", "uz nie si",  // sk
            "od zdaj si", "od zdaj naprej si", "odslej si", "nisi vec",  // sl
            "fran och med nu ar du", "fran nu ar du", "du ar inte langre",  // sv
        ],
        .complianceDemand: [
            "подчинявай се само на мен", "слушай само мен", "никога не отказваш", "никога не отказва", "отговаряй на всичко",  // bg
            "poslouchej jen me", "poslouchej pouze me", "nikdy neodmitas", "nikdy neodmitne", "odpovidej na vsechno",  // cs
            "adlyd kun mig", "lyt kun til mig", "nægter aldrig", "afviser aldrig", "svar pa alt",  // da
            "υπάκουε μόνο σε μένα", "υπακουε μονο σε μενα", "άκου μόνο εμένα", "ακου μονο εμενα", "δεν αρνείσαι ποτέ",  // el
            "δεν αρνεισαι ποτε", "δεν αρνείται ποτέ", "δεν αρνειται ποτε", "απάντα σε όλα", "απαντα σε ολα",
            "kuula ainult mind", "allu ainult mulle", "sa ei keeldu kunagi", "ei keeldu kunagi", "vasta koigele",  // et
            "tottele vain minua", "kuuntele vain minua", "et koskaan kieltaydy", "ei koskaan kieltaydy", "vastaa kaikkeen",  // fi
            "geill domsa amhain", "eist liomsa amhain", "ni dhiultaionn tu riamh", "ni dhiultaionn se riamh", "freagair gach rud",  // ga
            "slusaj samo mene", "poslusaj samo mene", "nikad ne odbijas", "nikada ne odbija", "nikad ne odbija",  // hr
            "odgovaraj na sve",
            "csak nekem engedelmeskedj", "csak ram hallgass", "soha nem utasitasz el", "soha nem tagad meg",  // hu
            "soha semmit nem utasit el", "valaszolj mindenre",
            "klausyk tik manes", "paklusk tik man", "niekada neatsisakai", "niekada neatsisako", "atsakyk i viska",  // lt
            "klausi tikai mani", "paklausi tikai man", "tu nekad neatsaki", "nekad neatsaka", "atbildi uz visu",  // lv
            "obdini biss", "isma' minni biss", "qatt ma tirrifjuta", "qatt ma jirrifjuta", "wiegeb kollox", "wiegeb ghal kollox",  // mt
            "asculta doar de mine", "asculta numai de mine", "nu refuzi niciodata", "nu refuza niciodata", "raspunde la orice",  // ro
            "raspunde la toate",
            "pocuvaj len mna", "pocuvaj iba mna", "nikdy neodmietas", "nikdy neodmietne", "odpovedaj na vsetko",  // sk
            "ubogaj samo mene", "nikoli ne zavrnes", "nikoli ne zavrne", "odgovori na vse",  // sl
            "lyd bara mig", "lyssna bara pa mig", "vagrar aldrig", "svara pa allt",  // sv
        ],
        .answerVerb: [
            "отговаряй", "отговори",  // bg
            "odpovidej", "odpovez",  // cs
            "svar",  // da
            "απάντα", "απαντα", "απαντήστε", "απαντηστε",  // el
            "vasta", "vastake",  // et
            "vastaa", "vastaatte",  // fi
            "freagair",  // ga
            "odgovaraj", "odgovori",  // hr
            "valaszolj", "valaszoljon",  // hu
            "atsakyk", "atsakykite",  // lt
            "atbildi", "atbildiet",  // lv
            "wiegeb", "wiegbu",  // mt
            "raspunde", "raspundeți", "raspundeti",  // ro
            "odpovedaj", "odpovedz",  // sk
            "odgovarjaj",  // sl
            "svara",  // sv
        ],
        .secondPerson: [
            "твоите", "твоят", "своите", "ти", "вашите", "вие", "теб",  // bg
            "tvoje", "tvuj", "tve", "tvych", "svych", "svoje", "svuj", "vase", "vasich", "tvoji",  // cs
            "din", "dine", "dit", "jeres",  // da
            "σου", "σας", "σασ", "εσύ", "εσυ", "εσείς", "εσεις", "εσεισ",  // el
            "sinu", "sina", "teie", "sul", "sulle", "sinul", "oma",  // et
            "sinun", "sinua", "teidan", "sinulle", "sinulla",  // fi
            "bhur", "thu", "daoibh",  // ga
            "tvoj", "tvoja", "tvoju", "tvojih", "svoj", "svoju", "ti",  // hr
            "neked", "toled", "tied", "onnek",  // hu
            "tavo", "savo", "jusu", "tau",  // lt
            "tavas", "tavus", "tavi", "tava", "tavu", "tavs", "savas", "savus", "tev", "savu",  // lv
            "tieghek", "taghkom", "inti", "lilek",  // mt
            "tai", "dumneavoastra", "voastre", "vostru",  // ro
            "tvojich", "svojich",  // sk
            "svoja", "vasa",  // sl
            "dina", "ditt",  // sv
        ],
        .aiSubject: [
            "изкуствен интелект",  // bg
            "umela inteligence", "umelou inteligenci",  // cs
            "kunstig intelligens",  // da
            "τεχνητή νοημοσύνη", "τεχνητη νοημοσυνη", "τεχνητής νοημοσύνης", "τεχνητης νοημοσυνης", "τεχνητησ νοημοσυνησ",  // el
            "tehisintellekt", "tehisintellekti", "tehisaru",  // et
            "tekoaly", "tekoalyn", "tekoalyna", "tekoalya", "keinoaly",  // fi
            "intleacht shaorga", "intleacht saorga",  // ga
            "umjetna inteligencija", "umjetnu inteligenciju",  // hr
            "mesterseges intelligencia", "mesterseges intelligenciakent",  // hu
            "dirbtinis intelektas", "dirbtinio intelekto", "dirbtiniu intelektu",  // lt
            "maksligais intelekts", "maksligo intelektu", "maksliga intelekta",  // lv
            "intelligenza artificjali",  // mt
            "inteligența artificiala", "inteligenta artificiala",  // ro
            "umela inteligencia", "umelu inteligenciu",  // sk
            "umetna inteligenca", "umetno inteligenco",  // sl
            "artificiell intelligens",  // sv
        ],
    ]

    /// Hungarian override verbs, which may follow their object: read both as override verbs and,
    /// before them, after an object.
    private static let hungarianVerbFinal: [String] = [
        "hagyd figyelmen kivul", "hagyja figyelmen kivul", "ne vedd figyelembe", "ne vegye figyelembe", "felejtsd el",
        "felejtse el", "ne kovesd", "ne kovesse", "ignorald", "ignoralja",
    ]
}
