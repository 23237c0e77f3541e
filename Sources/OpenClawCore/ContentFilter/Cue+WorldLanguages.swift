extension Cue {
    /// The override, extraction and role-play vocabulary in the languages with more than about 50
    /// million speakers that `languageVocabulary` does not cover: Amharic, Bengali, Gujarati, Hausa,
    /// Indonesian, Javanese, Marathi, Malay, Burmese, Punjabi, Swahili, Tamil, Telugu, Thai, Tagalog,
    /// Ukrainian, Urdu, Vietnamese and Yoruba (with `europeanLanguageVocabulary`, the languages a
    /// fixed rule chose). Each cue lists the languages in that order, one commented line or more each.
    ///
    /// Written as `FoldedText` reads them: Latin letters up to U+017F without accents, other scripts
    /// as typed (the lexicon drops their nonspacing marks itself). Letters that folding keeps get a
    /// second, plain spelling for people who type without them.
    /// Vietnamese and Yoruba letters beyond U+017F and Hausa's hooked letters get a plain spelling;
    /// Indic letters with a nukta are listed as one letter and as base letter plus nukta. Folding
    /// drops most vowel signs of Telugu and Punjabi and some of Gujarati and Marathi, so short
    /// pronouns that then read like another ("your" like "my") are left out there. Where "your"
    /// follows the noun (Indonesian, Malay, Javanese, Tagalog, Swahili, Hausa, Yoruba, Vietnamese,
    /// Thai), it is also listed under `givenToYou`. Thai puts no space between words and is read a
    /// character a word; Burmese does not either and `WordTokenizer` does not split it, so its
    /// phrases match only where a writer left spaces.
    static let worldLanguageVocabulary: [Cue: [String]] = [
        .overrideVerb: [
            "yi watsi da", "ku yi watsi da", "ka yi watsi da", "ki yi watsi da", "manta da", "ka manta da", "ki manta da",  // ha
            "ku manta da", "kada ka bi", "kada ki bi", "kar ka bi", "kar ki bi", "kada ku bi", "daina bin", "ka daina bin",
            "kada ka kula da", "kar ka kula da", "ƙyale", "kyale", "watsar da",
            "abaikan", "abaikanlah", "lupakan", "lupakanlah", "lupain", "jangan ikuti", "jangan mengikuti", "jangan ikutin",  // id
            "berhenti mengikuti", "tidak usah mengikuti", "gak usah ikutin", "ga usah ikutin", "jangan hiraukan",
            "jangan pedulikan", "acuhkan", "cuekin", "kesampingkan", "buang",
            "lalekna", "lalekno", "lalenana", "aja nggatekake", "aja digatekake", "ora usah nggatekake", "ora sah digatekke",  // jv
            "aja ngetutake", "aja nuruti", "aja manut", "sampun nggatosaken", "sampun ngetutaken", "ojo nggatekake", "ojo manut",
            "ojo nuruti", "ojo ngetutake", "ora usah manut",
            "jangan ikut", "berhenti mengikut", "tak payah ikut", "tidak perlu ikut", "jangan endahkan", "usah hiraukan",  // ms
            "ketepikan",
            "puuza", "puuzeni", "sahau", "sahauni", "usifuate", "msifuate", "acha kufuata", "acheni kufuata", "usizingatie",  // sw
            "msizingatie", "achana na", "tupilia mbali",
            "เพิกเฉย", "ละเว้น", "ลืม", "ไม่ต้องสนใจ", "อย่าสนใจ", "อย่าทำตาม", "หยุดทำตาม", "ไม่ต้องทำตาม", "มองข้าม",  // th
            "huwag pansinin", "wag pansinin", "huwag mong pansinin", "wag mong pansinin", "huwag ninyong pansinin", "kalimutan",  // tl
            "huwag sundin", "wag sundin", "huwag mong sundin", "wag mong sundin", "itigil ang pagsunod sa", "balewalain",
            "isantabi", "ignore mo",
            "ігноруй", "ігноруйте", "проігноруй", "проігноруйте", "не зважай на", "не зважайте на", "не звертай уваги на",  // uk
            "не звертайте уваги на", "не дотримуйся", "не дотримуйтесь", "припини виконувати", "перестань дотримуватися",
            "знехтуй", "відкинь", "не виконуй", "не слухай",
            "bỏ qua", "bo qua", "hay bỏ qua", "hay bo qua", "quen", "quen di", "hay quen", "dừng lam theo", "dung lam theo",  // vi
            "dừng tuan theo", "dung tuan theo", "khong cần lam theo", "khong can lam theo", "ngừng lam theo", "ngung lam theo",
            "phớt lờ", "phot lo", "hay phớt lờ", "hay phot lo", "lờ di", "mặc kệ", "mac ke", "gạt bỏ", "gat bo", "khong tuan theo",
            "dừng dể y dến", "dung de y den",
            "foju fo", "ṣaika si", "saika si", "ṣaika", "saika", "gbagbe", "ma ṣe tẹ̀le", "ma se tele", "maṣe tẹ̀le", "mase tele",  // yo
            "ma tẹ̀le", "ma tele", "dẹ́kun titẹ̀le", "dekun titele", "ma fiyesi", "pa ti",
        ] + verbFinalOverrides,
        .overrideVerbFinal: verbFinalOverrides,
        .overrideAfter: [
            "আর প্রযোজ্য নয়", "আর প্রযোজ্য নয়", "বাতিল করা হলো",  // bn
            "tidak berlaku lagi", "sudah tidak berlaku",  // id
            "tidak lagi terpakai", "tidak lagi berkuat kuasa",  // ms
            "hayatumiki tena", "hazitumiki tena", "si halali tena",  // sw
            "більше не діють", "вже не діють", "скасовано",  // uk
            "khong con hiệu lực", "khong con hieu luc", "da bị hủy bỏ", "da bi huy bo",  // vi
        ],
        .instructionNoun: [
            "መመሪያዎች", "መመሪያዎችን", "መመሪያ", "መመሪያውን", "መመሪያዎችህን", "ትዕዛዞች", "ትዕዛዞችን", "ደንቦች", "ደንቦችን", "ህጎች", "ህጎችን", "ሕጎች", "ሕጎችን",  // am
            "ገደቦች", "ገደቦችን",
            "নির্দেশ", "নির্দেশনা", "নির্দেশাবলী", "নির্দেশগুলো", "নির্দেশগুলি", "নির্দেশনাগুলো", "নির্দেশনাগুলি", "নির্দেশের",  // bn
            "নির্দেশনার", "নিয়ম", "নিয়ম", "নিয়মগুলো", "নিয়মগুলো", "নিয়মগুলি", "নিয়মগুলি", "নিয়মাবলী", "নিয়মাবলী", "আদেশ",
            "আদেশগুলো", "নির্দেশিকা", "বিধিনিষেধ",
            "સૂચનાઓ", "સૂચનાઓને", "સૂચના", "નિયમો", "નિયમોને", "નિયમ", "માર્ગદર્શિકા", "આદેશો", "આદેશ", "પ્રતિબંધો",  // gu
            "દિશાનિર્દેશો",
            "umarni", "umarnin", "umarnai", "umarnan", "umarninka", "umarninki", "dokoki", "dokokin", "dokokinka", "ƙa'idoji",  // ha
            "ka'idoji", "ƙa'idojin", "ka'idojin", "jagorori", "jagororin", "sharuɗɗa", "sharudda", "sharuɗɗan", "sharuddan",
            "takunkumi", "hane-hane",
            "instruksi", "perintah", "aturan", "peraturan", "pedoman", "arahan", "petunjuk", "panduan", "batasan", "instruksimu",  // id
            "instruksinya", "aturanmu", "perintahmu", "pedomanmu", "arahanmu",
            "pitunjuk", "prentah", "printah", "paugeran", "pandhuan", "pranatan", "pitunjukmu", "wewaler",  // jv
            "सूचना", "सूचनांकडे", "सूचनांना", "सूचनांचे", "नियमांकडे", "नियमांना", "नियमांचे", "आदेश", "मार्गदर्शक तत्त्वे",  // mr
            "बंधने",
            "garis panduan", "sekatan",  // ms
            "ညွှန်ကြားချက်များ", "ညွှန်ကြားချက်", "ညွှန်ကြားချက်တွေ", "စည်းမျဉ်းများ", "စည်းမျဉ်း", "စည်းမျဉ်းတွေ", "အမိန့်များ",  // my
            "လမ်းညွှန်ချက်များ", "ကန့်သတ်ချက်များ",
            "ਹਦਾਇਤਾਂ", "ਹਿਦਾਇਤਾਂ", "ਨਿਰਦੇਸ਼", "ਨਿਰਦੇਸ਼", "ਨਿਰਦੇਸ਼ਾਂ", "ਨਿਰਦੇਸ਼ਾਂ", "ਨਿਯਮ", "ਨਿਯਮਾਂ", "ਹੁਕਮ", "ਹੁਕਮਾਂ",  // pa
            "ਦਿਸ਼ਾ-ਨਿਰਦੇਸ਼", "ਦਿਸ਼ਾ-ਨਿਰਦੇਸ਼", "ਪਾਬੰਦੀਆਂ",
            "maagizo", "maelekezo", "sheria", "kanuni", "miongozo", "mwongozo", "amri", "vikwazo", "masharti",  // sw
            "அறிவுறுத்தல்கள்", "அறிவுறுத்தல்களை", "அறிவுறுத்தல்களையும்", "அறிவுறுத்தல்", "வழிமுறைகள்", "வழிமுறைகளை", "விதிகள்",  // ta
            "விதிகளை", "விதிகளையும்", "விதிமுறைகள்", "விதிமுறைகளை", "கட்டளைகள்", "கட்டளைகளை", "வழிகாட்டுதல்கள்", "வழிகாட்டுதல்களை",
            "கட்டுப்பாடுகள்", "கட்டுப்பாடுகளை",
            "సూచనలు", "సూచనలను", "సూచనల", "నిర్దేశాలు", "నిర్దేశాలను", "నియమాలు", "నియమాలను", "ఆదేశాలు", "ఆదేశాలను",  // te
            "మార్గదర్శకాలు", "మార్గదర్శకాలను", "ఆంక్షలు", "పరిమితులు",
            "คำสั่ง", "คำแนะนำ", "กฎ", "กฎเกณฑ์", "ข้อกำหนด", "แนวทาง", "ข้อจำกัด",  // th
            "mga tagubilin", "tagubilin", "mga instruksyon", "instruksyon", "instruksiyon", "mga panuntunan", "panuntunan",  // tl
            "mga patakaran", "patakaran", "mga utos", "utos", "mga alituntunin", "alituntunin", "mga gabay", "mga limitasyon",
            "інструкції", "інструкцій", "інструкціям", "вказівки", "вказівок", "правил", "настанови", "накази", "обмеження",  // uk
            "директиви", "розпорядження",
            "ہدایات", "ہدایت", "ہدایتوں", "قواعد", "اصول", "اصولوں", "احکامات", "احکام", "رہنما اصول", "پابندیاں", "پابندیوں",  // ur
            "hướng dẫn", "huong dan", "chỉ dẫn", "chi dan", "chỉ thị", "chi thi", "quy tắc", "quy tac", "nguyen tắc", "nguyen tac",  // vi
            "luật lệ", "luat le", "quy dịnh", "quy dinh", "mệnh lệnh", "menh lenh", "lệnh", "lenh", "giới hạn", "gioi han",
            "hạn chế", "han che",
            "awọn ilana", "awon ilana", "ilana", "itọ́nisọ́na", "itonisona", "awọn itọ́nisọ́na", "awon itonisona", "itọ́sọ́na",  // yo
            "itosona", "awọn itọ́sọ́na", "awon itosona", "awọn ofin", "awon ofin", "ofin", "aṣẹ", "awọn aṣẹ", "idiwọ́", "idiwo",
            "awọn idiwọ́", "awon idiwo", "ihamọ́", "ihamo",
        ],
        .priorQualifier: [
            "ቀደም ሲል የተሰጡ", "ቀደምት", "የቀድሞ", "ቀዳሚ", "ሁሉንም", "ሁሉም", "የመጀመሪያ", "የመጀመሪያዎቹን", "ከዚህ በፊት", "በፊት የነበሩ", "ያለፉ", "ያለፉትን",  // am
            "আগের", "পূর্ববর্তী", "সব", "সমস্ত", "সকল", "মূল", "প্রাথমিক", "উপরের", "পুরোনো",  // bn
            "અગાઉની", "અગાઉના", "પહેલાંની", "પાછલી", "બધી", "બધા", "તમામ", "ઉપરની",  // gu
            "na baya", "da suka gabata", "duka", "dukkan", "dukan", "duk", "na farko", "na asali",  // ha
            "sebelumnya", "semua", "seluruh", "terdahulu", "awal", "asli", "di atas",  // id
            "sadurunge", "kabeh", "sakabehe", "sadaya", "sedaya", "sakderenge", "sakdurunge", "wiwitan", "sing lawas",  // jv
            "आधीच्या", "मागील", "पूर्वीच्या", "सर्व", "सगळ्या", "सगळे", "मूळ", "वरील", "आधीचे",  // mr
            "sebelum ini", "segala", "asal",  // ms
            "ယခင်", "အရင်", "အားလုံး", "မူလ", "ပြီးခဲ့သော", "အထက်ပါ",  // my
            "ਪਿਛਲੀਆਂ", "ਪਿਛਲੇ", "ਪਹਿਲਾਂ ਦੀਆਂ", "ਪਹਿਲੀਆਂ", "ਸਾਰੀਆਂ", "ਸਾਰੇ", "ਸਭ", "ਉੱਪਰ ਦੀਆਂ",  // pa
            "yote", "zote", "yoyote", "zozote", "ya awali", "za awali", "ya hapo awali", "za hapo awali", "ya zamani", "za zamani",  // sw
            "ya asili", "za asili", "ya kwanza", "za kwanza", "ya mwanzo", "iliyotangulia", "zilizotangulia", "yaliyotangulia",
            "hapo juu",
            "முந்தைய", "முன்னைய", "அனைத்து", "எல்லா", "எல்லாம்", "முந்திய", "அசல்", "ஆரம்ப", "மேலே உள்ள",  // ta
            "మునుపటి", "ఇంతకుముందు", "ఇంతకు ముందు", "గత", "అన్ని", "మొత్తం", "అసలు", "ప్రారంభ",  // te
            "ก่อนหน้า", "ก่อนหน้านี้", "ทั้งหมด", "ทุก", "เดิม", "ข้างบน", "ที่ผ่านมา",  // th
            "naunang", "nauna", "lahat ng", "lahat", "dating", "orihinal na", "orihinal", "sa itaas", "mga nakaraang", "nakaraang",  // tl
            "попередні", "попередніх", "всі", "усі", "всіх", "усіх", "початкові", "початкових", "оригінальні", "колишні",  // uk
            "вищезазначені", "раніші", "дотеперішні",
            "پچھلی", "پچھلے", "سابقہ", "گزشتہ", "تمام", "سب", "ساری", "سارے", "اصل", "ابتدائی", "پہلے کی", "اوپر والی",  // ur
            "trước do", "truoc do", "trước day", "truoc day", "tất cả", "tat ca", "mọi", "moi", "ban dầu", "ban dau", "gốc", "goc",  // vi
            "phia tren", "ở tren", "o tren", "trước", "truoc",
            "ti tẹ́lẹ̀", "ti tele", "iṣaaju", "isaaju", "ti iṣaaju", "ti isaaju", "gbogbo", "atilẹ̀ba", "atileba", "akọ́kọ́",  // yo
            "ti atijọ́", "ti atijo", "ti o wa loke",
        ],
        .revealVerb: [
            "አሳይ", "አሳዪ", "አሳዩ", "ግለጽ", "ግለጥ", "ንገረኝ", "ንገሪኝ", "ይንገሩኝ", "ጻፍ", "ድገም", "አትም", "ስጠኝ", "አሳየኝ", "አሳዪኝ", "ያሳዩኝ",  // am
            "দেখাও", "দেখান", "প্রকাশ করো", "প্রকাশ করুন", "বলো", "বলুন", "লিখে দাও", "লেখো", "প্রিন্ট করো", "আবার বলো",  // bn
            "উদ্ধৃত করো", "জানাও",
            "બતાવો", "બતાવ", "જાહેર કરો", "કહો", "કહે", "જણાવો", "લખો", "લખી આપો", "છાપો", "ફરી કહો", "ટાંકો",  // gu
            "nuna", "nuna mini", "nuna min", "bayyana", "faɗa mini", "fada mini", "gaya mini", "gaya min", "rubuta", "maimaita",  // ha
            "buga", "ba ni", "bani", "fitar da",
            "tunjukkan", "tampilkan", "ungkapkan", "beri tahu", "beritahu", "katakan", "sebutkan", "tuliskan", "tulis", "ulangi",  // id
            "kutip", "cetak", "bocorkan", "kasih tahu", "kasih tau", "berikan",
            "tuduhna", "tuduhno", "tuduhake", "tampilna", "tampilake", "kandhakna", "kandhakno", "critakna", "tulisen", "tulisna",  // jv
            "baleni", "wenehana", "wenehno", "wedharna",
            "दाखव", "दाखवा", "उघड कर", "उघड करा", "सांग", "सांगा", "लिहा", "लिही", "प्रिंट कर", "पुन्हा सांग", "उद्धृत कर",  // mr
            "paparkan", "dedahkan", "nyatakan", "ulang", "petik",  // ms
            "ပြပါ", "ဖော်ပြပါ", "ထုတ်ဖော်ပါ", "ပြောပြပါ", "ရေးပြပါ", "ထပ်ပြောပါ",  // my
            "ਦਿਖਾਓ", "ਦਿਖਾ", "ਵਿਖਾਓ", "ਵਿਖਾ", "ਦੱਸੋ", "ਲਿਖੋ", "ਪ੍ਰਗਟ ਕਰੋ", "ਦੁਹਰਾਓ", "ਛਾਪੋ",  // pa
            "nionyeshe", "onyesha", "onyesheni", "fichua", "niambie", "sema", "andika", "rudia", "nukuu", "chapisha", "nipe",  // sw
            "taja",
            "காட்டு", "காட்டவும்", "காட்டுங்கள்", "வெளிப்படுத்து", "வெளிப்படுத்தவும்", "சொல்", "சொல்லு", "சொல்லுங்கள்", "கூறு",  // ta
            "எழுது", "அச்சிடு", "மீண்டும் சொல்", "மேற்கோள் காட்டு",
            "చూపించు", "చూపించండి", "చూపు", "బయటపెట్టు", "బహిర్గతం చేయి", "చెప్పు", "చెప్పండి", "రాయి", "రాయండి", "ముద్రించు",  // te
            "మళ్ళీ చెప్పు", "ఉల్లేఖించు",
            "แสดง", "เปิดเผย", "บอก", "พิมพ์", "เขียน", "ทวน", "ให้ดู", "บอกมา",  // th
            "ipakita", "ipakita mo", "ibunyag", "sabihin", "sabihin mo", "isulat", "ulitin", "i-print", "ibigay", "ibahagi",  // tl
            "banggitin", "ilabas",
            "покажіть", "розкрий", "розкрийте", "скажіть", "виведи", "процитуй", "дай", "надрукуй", "розкажи", "виклади",  // uk
            "دکھاؤ", "دکھائیں", "دکھا دو", "ظاہر کرو", "ظاہر کریں", "بتاؤ", "بتائیں", "بتا دو", "لکھو", "لکھیں", "دہراؤ",  // ur
            "پرنٹ کرو", "نقل کرو",
            "hiển thị", "hien thi", "cho toi xem", "cho xem", "tiết lộ", "tiet lo", "noi cho toi", "noi", "in ra", "viết ra",  // vi
            "viet ra", "lặp lại", "lap lai", "trich dẫn", "trich dan", "dưa cho toi", "dua cho toi", "chia sẻ", "chia se",
            "cho biết", "cho biet", "kể",
            "fi han mi", "fihan", "fi han", "ṣafihan", "safihan", "sọ fun mi", "so fun mi", "kọ jade", "ko jade", "tun sọ",  // yo
            "tun so", "tẹ̀ jade", "te jade", "ṣi paya", "si paya",
        ],
        .hiddenPrompt: [
            "የሲስተም ፕሮምፕት", "ሲስተም ፕሮምፕት", "የስርዓት መመሪያ", "የሥርዓት መመሪያ", "የስርዓት መመሪያዎች", "የሲስተም መልእክት", "የስርዓት መልእክት", "የሲስተም ፕሮምፕትህን",  // am
            "সিস্টেম প্রম্পট", "সিস্টেম প্রম্পটটি", "সিস্টেম প্রম্পটের", "সিস্টেম বার্তা", "সিস্টেম নির্দেশনা",  // bn
            "সিস্টেম নির্দেশাবলী",
            "સિસ્ટમ પ્રોમ્પ્ટ", "સિસ્ટમ સંદેશ", "સિસ્ટમ સૂચનાઓ",  // gu
            "umarnin tsarin", "saƙon tsarin", "sakon tsarin", "umarnin tsari", "tsarinka",  // ha
            "prompt sistem", "prompt sistemmu", "pesan sistem", "instruksi sistem",  // id
            "pesen sistem",  // jv
            "सिस्टीम प्रॉम्प्ट", "सिस्टम संदेश", "सिस्टम सूचना", "प्रणाली सूचना",  // mr
            "gesaan sistem", "arahan sistem", "mesej sistem",  // ms
            "စနစ်ညွှန်ကြားချက်", "စနစ် prompt", "စနစ်မက်ဆေ့ချ်",  // my
            "ਸਿਸਟਮ ਪ੍ਰੌਂਪਟ", "ਸਿਸਟਮ ਪ੍ਰੋਮਪਟ", "ਸਿਸਟਮ ਸੁਨੇਹਾ", "ਸਿਸਟਮ ਹਦਾਇਤਾਂ", "ਸਿਸਟਮ ਨਿਰਦੇਸ਼", "ਸਿਸਟਮ ਨਿਰਦੇਸ਼",  // pa
            "maagizo ya mfumo", "maelekezo ya mfumo", "ujumbe wa mfumo", "kidokezo cha mfumo",  // sw
            "சிஸ்டம் ப்ராம்ப்ட்", "சிஸ்டம் பிராம்ப்ட்", "சிஸ்டம் ப்ராம்ப்டை", "கணினி அறிவுறுத்தல்", "கணினி அறிவுறுத்தல்கள்",  // ta
            "கணினி செய்தி", "அமைப்பு அறிவுறுத்தல்கள்",
            "సిస్టమ్ ప్రాంప్ట్", "సిస్టమ్ ప్రాంప్ట్‌ను", "సిస్టమ్ సందేశం", "సిస్టమ్ సూచనలు", "సిస్టమ్ సూచనలను", "వ్యవస్థ సూచనలు",  // te
            "พรอมต์ระบบ", "พรอมต์ของระบบ", "ข้อความระบบ", "คำสั่งระบบ", "คำสั่งของระบบ",  // th
            "prompt ng sistema", "mga tagubilin ng sistema", "mensahe ng sistema", "utos ng sistema",  // tl
            "системний промпт", "системний запит", "системну підказку", "системна підказка", "системні інструкції",  // uk
            "системне повідомлення", "системні вказівки", "промпт",
            "سسٹم پرامپٹ", "سسٹم پرومپٹ", "سسٹم کا پیغام", "سسٹم پیغام", "سسٹم ہدایات", "نظام کی ہدایات",  // ur
            "lời nhắc hệ thống", "loi nhac he thong", "prompt hệ thống", "prompt he thong", "chỉ dẫn hệ thống", "chi dan he thong",  // vi
            "thong diệp hệ thống", "thong diep he thong",
            "itọ́sọ́na eto", "itosona eto", "ilana eto", "ifiranṣẹ́ eto", "ifiranse eto", "aṣẹ eto", "ase eto",  // yo
        ],
        .secretPrompt: [
            "የተደበቁ መመሪያዎች", "የተደበቁ መመሪያዎችን", "ሚስጥራዊ መመሪያዎች", "ሚስጥራዊ መመሪያዎችን", "ምስጢራዊ መመሪያዎች", "የውስጥ መመሪያዎች", "የመጀመሪያ መመሪያዎች",  // am
            "গোপন নির্দেশ", "গোপন নির্দেশনা", "লুকানো নির্দেশ", "লুকানো নির্দেশনা", "লুকোনো নির্দেশ", "গোপন নিয়ম", "গোপন নিয়ম",  // bn
            "অভ্যন্তরীণ নির্দেশনা", "মূল নির্দেশনা",
            "છુપી સૂચનાઓ", "છુપાયેલી સૂચનાઓ", "ગુપ્ત સૂચનાઓ", "ગુપ્ત નિયમો", "આંતરિક સૂચનાઓ", "મૂળ સૂચનાઓ",  // gu
            "umarnin sirri", "ɓoyayyun umarni", "boyayyun umarni", "umarnin ɓoye", "umarnin boye", "dokokin sirri",  // ha
            "umarnai na sirri", "umarnin asali", "umarnin farko",
            "instruksi tersembunyi", "instruksi rahasia", "aturan tersembunyi", "aturan rahasia", "instruksi internal",  // id
            "instruksi asli", "perintah rahasia",
            "instruksi sing didhelikake", "instruksi sing didelikke", "pitunjuk rahasia",  // jv
            "गुप्त सूचना", "लपवलेल्या सूचना", "लपलेल्या सूचना", "छुप्या सूचना", "अंतर्गत सूचना", "मूळ सूचना", "गुप्त नियम",  // mr
            "arahan tersembunyi", "arahan rahsia", "peraturan tersembunyi", "arahan dalaman", "arahan asal",  // ms
            "လျှို့ဝှက်ညွှန်ကြားချက်များ", "ဝှက်ထားသောညွှန်ကြားချက်များ", "လျှို့ဝှက်ညွှန်ကြားချက်",  // my
            "ਗੁਪਤ ਹਦਾਇਤਾਂ", "ਲੁਕੀਆਂ ਹਦਾਇਤਾਂ", "ਲੁਕਵੀਆਂ ਹਦਾਇਤਾਂ", "ਗੁਪਤ ਨਿਰਦੇਸ਼", "ਗੁਪਤ ਨਿਰਦੇਸ਼", "ਅੰਦਰੂਨੀ ਹਦਾਇਤਾਂ", "ਮੂਲ ਹਦਾਇਤਾਂ",  // pa
            "maagizo yaliyofichwa", "maelekezo yaliyofichwa", "maagizo ya siri", "maelekezo ya siri", "sheria za siri",  // sw
            "maagizo ya ndani", "maagizo ya awali", "maelekezo ya awali",
            "மறைக்கப்பட்ட அறிவுறுத்தல்கள்", "மறைக்கப்பட்ட அறிவுறுத்தல்களை", "ரகசிய அறிவுறுத்தல்கள்", "ரகசிய அறிவுறுத்தல்களை",  // ta
            "உள் அறிவுறுத்தல்கள்", "ரகசிய விதிகள்",
            "దాచిన సూచనలు", "దాచిన సూచనలను", "రహస్య సూచనలు", "రహస్య సూచనలను", "రహస్య నియమాలు", "అంతర్గత సూచనలు", "అసలు సూచనలు",  // te
            "คำสั่งลับ", "คำสั่งที่ซ่อนอยู่", "คำแนะนำที่ซ่อนอยู่", "กฎลับ", "คำสั่งภายใน",  // th
            "mga nakatagong tagubilin", "nakatagong tagubilin", "lihim na tagubilin", "mga lihim na tagubilin",  // tl
            "mga nakatagong instruksyon", "lihim na instruksyon", "mga panloob na tagubilin", "orihinal na tagubilin",
            "приховані інструкції", "таємні інструкції", "секретні інструкції", "приховані вказівки", "внутрішні інструкції",  // uk
            "початкові інструкції", "приховані правила",
            "خفیہ ہدایات", "چھپی ہوئی ہدایات", "پوشیدہ ہدایات", "خفیہ اصول", "اندرونی ہدایات", "اصل ہدایات",  // ur
            "chỉ dẫn ẩn", "chi dan an", "hướng dẫn ẩn", "huong dan an", "hướng dẫn bi mật", "huong dan bi mat", "chỉ dẫn bi mật",  // vi
            "chi dan bi mat", "quy tắc ẩn", "quy tac an", "chỉ thị bi mật", "chi thi bi mat", "hướng dẫn nội bộ",
            "huong dan noi bo", "hướng dẫn ban dầu", "huong dan ban dau",
            "ilana ti o farasin", "awọn ilana aṣiri", "awon ilana asiri", "ilana aṣiri", "ilana asiri", "itọ́nisọ́na aṣiri",  // yo
            "itonisona asiri", "ilana ikọ̀kọ̀", "ilana ikoko", "awọn ilana ti a fi pamọ́", "awon ilana ti a fi pamo",
            "ilana atilẹ̀ba", "ilana atileba",
        ],
        .givenToYou: [
            "የተሰጡህ", "የተሰጡሽ", "የተሰጠህ", "ለአንተ የተሰጡ", "የተቀበልካቸው", "የደረሱህ",  // am
            "যা তোমাকে দেওয়া হয়েছে", "যা তোমাকে দেওয়া হয়েছে", "তোমাকে দেওয়া", "তোমাকে দেওয়া", "তোমাকে দেয়া", "তোমাকে দেয়া",  // bn
            "আপনাকে দেওয়া", "আপনাকে দেওয়া", "যেগুলো তুমি পেয়েছ", "যেগুলো তুমি পেয়েছ", "তুমি পেয়েছ", "তুমি পেয়েছ",
            "તમને આપવામાં આવેલી", "તને આપેલી", "તમને આપેલી", "તમને મળેલી", "તને મળેલી", "જે તમને મળી",  // gu
            "da aka ba ka", "da aka baka", "da aka ba ki", "da aka ba ku", "da ka karɓa", "da ka karba", "da ka samu", "naka",  // ha
            "naki", "naku", "ɗinka", "dinka", "ɗinki", "dinki", "ɗinku", "dinku",
            "yang kamu terima", "yang anda terima", "yang diberikan kepadamu", "yang diberikan kepada kamu",  // id
            "yang diberikan kepada anda", "kamu", "anda", "sistemmu",
            "sing mbok tampa", "sing kok tampa", "sing diwenehake marang kowe", "sing diwenehke kowe", "kowe", "sampeyan",  // jv
            "panjenengan", "sliramu",
            "तुला दिलेल्या", "तुम्हाला दिलेल्या", "तुला मिळालेल्या", "तुम्हाला मिळालेल्या", "ज्या तुला मिळाल्या",  // mr
            "yang diberi kepada anda", "awak",  // ms
            "သင်ရရှိထားသော", "သင့်ကိုပေးထားသော", "သင့်", "မင်းရဲ့",  // my
            "ਤੈਨੂੰ ਦਿੱਤੀਆਂ", "ਤੁਹਾਨੂੰ ਦਿੱਤੀਆਂ", "ਤੁਹਾਨੂੰ ਦਿੱਤੇ", "ਤੈਨੂੰ ਮਿਲੀਆਂ", "ਤੁਹਾਨੂੰ ਮਿਲੀਆਂ",  // pa
            "uliyopewa", "ulizopewa", "uliyopokea", "ulizopokea", "yako", "zako", "wako", "chako", "lako", "yenu", "zenu",  // sw
            "உனக்குக் கொடுக்கப்பட்ட", "உனக்கு கொடுக்கப்பட்ட", "உங்களுக்கு வழங்கப்பட்ட", "உனக்கு வழங்கப்பட்ட",  // ta
            "உங்களுக்குக் கொடுக்கப்பட்ட", "நீ பெற்ற", "நீங்கள் பெற்ற",
            "నువ్వు పొందిన",  // te
            "ที่คุณได้รับ", "ของคุณ", "ของแก",  // th
            "na ibinigay sa iyo", "ibinigay sa iyo", "na natanggap mo", "natanggap mo", "mo", "ninyo",  // tl
            "які ти отримав", "які ти отримала", "що ти отримав", "які тобі дали", "надані тобі", "що тобі дали", "тобі дали",  // uk
            "جو تمہیں دی گئی", "جو آپ کو دی گئیں", "تمہیں دی گئی", "تمہیں دی گئیں", "آپ کو دی گئی", "آپ کو دی گئیں", "تمہیں ملی",  // ur
            "آپ کو ملی",
            "bạn da nhận", "ban da nhan", "dược cung cấp cho bạn", "duoc cung cap cho ban", "dược dưa cho bạn", "duoc dua cho ban",  // vi
            "ma bạn nhận dược", "ma ban nhan duoc", "của bạn", "cua ban", "của may", "của cậu", "của ngươi",
            "ti a fun ọ", "ti a fun o", "ti wọ́n fun ọ", "ti won fun o", "rẹ", "yin", "tirẹ",  // yo
        ],
        .verbatim: [
            "ቃል በቃል", "ሙሉ በሙሉ", "ሙሉውን", "በትክክል", "እንዳለ",  // am
            "হুবহু", "শব্দে শব্দে", "শব্দ ধরে ধরে", "পুরোটা", "সম্পূর্ণ", "অবিকল",  // bn
            "શબ્દશઃ", "શબ્દે શબ્દ", "અક્ષરશઃ", "સંપૂર્ણ", "પૂરેપૂરી", "આખી", "આખો",  // gu
            "kalma da kalma", "kalma bayan kalma", "gaba ɗaya", "gaba daya", "baki ɗaya", "baki daya", "cikakke", "cikakken",  // ha
            "kata demi kata", "kata per kata", "secara lengkap", "lengkap", "seluruhnya", "persis", "apa adanya", "utuh",  // id
            "tembung saben tembung", "tembung demi tembung", "jangkep",  // jv
            "जसेच्या तसे", "संपूर्ण", "अक्षरशः",  // mr
            "perkataan demi perkataan", "sepenuhnya", "secara penuh", "tepat",  // ms
            "စကားလုံးတိုင်း", "တစ်လုံးချင်း", "အပြည့်အစုံ", "အတိအကျ",  // my
            "ਸ਼ਬਦ-ਬ-ਸ਼ਬਦ", "ਸ਼ਬਦ-ਬ-ਸ਼ਬਦ", "ਸ਼ਬਦ ਦਰ ਸ਼ਬਦ", "ਸ਼ਬਦ ਦਰ ਸ਼ਬਦ", "ਹੂਬਹੂ", "ਪੂਰੀਆਂ", "ਮੁਕੰਮਲ",  // pa
            "neno kwa neno", "kamili", "kikamilifu", "bila kupunguza", "kama yalivyo",  // sw
            "வார்த்தைக்கு வார்த்தை", "சொல்லுக்குச் சொல்", "அப்படியே", "முழுமையாக", "முழுவதும்", "துல்லியமாக",  // ta
            "పదం పదం", "పదానికి పదం", "యథాతథంగా", "ఉన్నది ఉన్నట్లుగా", "పూర్తిగా", "పూర్తి",  // te
            "คำต่อคำ", "ทุกคำ", "ครบถ้วน", "แบบเต็ม",  // th
            "salita por salita", "bawat salita", "nang buo", "buo", "kumpleto", "eksakto",  // tl
            "дослівно", "повністю", "цілком", "повний", "точно",  // uk
            "لفظ بہ لفظ", "حرف بہ حرف", "ہو بہو", "ہوبہو", "مکمل", "من و عن",  // ur
            "nguyen van", "từng chữ", "tung chu", "từng từ", "tung tu", "dầy dủ", "day du", "toan bộ", "toan bo", "chinh xac",  // vi
            "nguyen vẹn", "nguyen ven",
            "ọ̀rọ̀ fun ọ̀rọ̀", "oro fun oro", "ọ̀rọ̀ si ọ̀rọ̀", "oro si oro", "lẹ́kunrẹ́rẹ́", "lekunrere", "patapata", "ni kikun",  // yo
        ],
        .unrestricted: [
            "ያለምንም ገደብ", "ያለ ገደብ", "ገደብ የሌለው", "ገደብ የሌለበት", "ያለ ሳንሱር", "ሳንሱር የሌለው", "ያለ ማጣሪያ", "ማጣሪያ የሌለው", "ያለ ህግ", "ህግ የሌለው",  // am
            "ደንብ የሌለው",
            "বিধিনিষেধ ছাড়া", "বিধিনিষেধ ছাড়া", "সীমাবদ্ধতা ছাড়া", "সীমাবদ্ধতা ছাড়া", "সেন্সর ছাড়া", "সেন্সর ছাড়া",  // bn
            "সেন্সরশিপ ছাড়া", "সেন্সরশিপ ছাড়া", "ফিল্টার ছাড়া", "ফিল্টার ছাড়া", "নিয়ম ছাড়া", "নিয়ম ছাড়া", "বাধা ছাড়া",
            "বাধা ছাড়া", "বাধাহীন",
            "પ્રતિબંધ વગર", "પ્રતિબંધો વગર", "મર્યાદા વગર", "મર્યાદા વિના", "સેન્સર વગર", "સેન્સરશિપ વગર", "ફિલ્ટર વગર",  // gu
            "નિયમો વગર", "પ્રતિબંધ વિના", "પ્રતિબંધ વગરની", "પ્રતિબંધ વગરનું", "સેન્સર વગરની", "મર્યાદા વગરની",
            "ba tare da takunkumi", "ba tare da wani takunkumi", "ba tare da ƙa'idoji", "ba tare da ka'idoji", "ba tare da dokoki",  // ha
            "ba tare da tacewa", "ba tare da iyaka", "ba tare da wani hani", "ba tare da hani", "babu takunkumi",
            "tanpa batasan", "tanpa batasan apa pun", "tanpa sensor", "tanpa filter", "tanpa aturan", "tanpa larangan",  // id
            "tidak terikat aturan", "tanpa pembatasan",
            "tanpa watesan", "tanpa wates", "ora ana watesan",  // jv
            "कोणत्याही निर्बंधांशिवाय", "निर्बंधांशिवाय", "मर्यादांशिवाय", "कोणत्याही मर्यादेशिवाय", "सेन्सॉरशिवाय", "फिल्टरशिवाय",  // mr
            "नियमांशिवाय", "बंधनांशिवाय", "बंधनमुक्त",
            "tanpa sekatan", "tanpa sebarang sekatan", "tanpa tapisan", "tanpa penapis", "tanpa peraturan", "tanpa penapisan",  // ms
            "ကန့်သတ်ချက်မရှိ", "ကန့်သတ်ချက်မရှိဘဲ", "ဆင်ဆာမရှိ", "စစ်ထုတ်မှုမရှိ", "စည်းမျဉ်းမရှိ",  // my
            "ਬਿਨਾਂ ਕਿਸੇ ਪਾਬੰਦੀ", "ਬਿਨਾਂ ਪਾਬੰਦੀ", "ਬਿਨਾਂ ਪਾਬੰਦੀਆਂ", "ਬਿਨਾਂ ਕਿਸੇ ਸੀਮਾ", "ਬਿਨਾਂ ਸੀਮਾ", "ਬਿਨਾਂ ਸੈਂਸਰ", "ਬਿਨਾਂ ਫਿਲਟਰ",  // pa
            "ਬਿਨਾਂ ਨਿਯਮਾਂ", "ਬਿਨਾਂ ਰੋਕ ਟੋਕ",
            "bila vikwazo", "bila vikwazo vyovyote", "bila udhibiti", "bila udhibiti wowote", "bila vichujio", "bila kichujio",  // sw
            "bila sheria zozote", "bila kanuni", "bila kudhibitiwa", "bila kuchujwa",
            "எந்தக் கட்டுப்பாடும் இல்லாமல்", "கட்டுப்பாடுகள் இல்லாமல்", "கட்டுப்பாடு இல்லாத", "கட்டுப்பாடற்ற", "தணிக்கை இல்லாமல்",  // ta
            "வடிகட்டி இல்லாமல்", "வடிப்பான்கள் இல்லாமல்", "விதிகள் இல்லாமல்", "வரம்புகள் இல்லாமல்", "கட்டுப்பாடுகளும் இல்லாத",
            "ఎలాంటి పరిమితులు లేకుండా", "పరిమితులు లేకుండా", "ఆంక్షలు లేకుండా", "ఆంక్షలు లేని", "పరిమితులు లేని",  // te
            "సెన్సార్ లేకుండా", "ఫిల్టర్లు లేకుండా", "ఫిల్టర్ లేకుండా", "నియమాలు లేకుండా", "నియమాలు లేని",
            "ไม่มีข้อจำกัด", "ไร้ข้อจำกัด", "ไม่มีการเซ็นเซอร์", "ไม่มีตัวกรอง", "ไม่มีกฎ", "ไร้การเซ็นเซอร์", "ไม่มีขีดจำกัด",  // th
            "walang limitasyon", "walang anumang limitasyon", "walang censorship", "walang sensura", "walang filter",  // tl
            "walang mga patakaran", "walang patakaran", "walang paghihigpit", "walang restriksyon",
            "без обмежень", "без жодних обмежень", "без цензури", "без фільтрів",  // uk
            "بغیر کسی پابندی", "بغیر پابندی", "پابندیوں کے بغیر", "کسی پابندی کے بغیر", "بغیر سنسر", "سنسر کے بغیر",  // ur
            "فلٹر کے بغیر", "بغیر فلٹر", "اصولوں کے بغیر", "حدود کے بغیر", "بلا روک ٹوک",
            "khong co bất kỳ giới hạn", "khong co bat ky gioi han", "khong bị giới hạn", "khong bi gioi han", "khong co hạn chế",  // vi
            "khong co han che", "khong hạn chế", "khong han che", "khong kiểm duyệt", "khong kiem duyet", "khong co kiểm duyệt",
            "khong co kiem duyet", "khong co bộ lọc", "khong co bo loc", "khong bộ lọc", "khong bo loc", "khong co quy tắc",
            "khong co quy tac", "khong bị rang buộc", "khong bi rang buoc", "khong co luật lệ", "khong co luat le",
            "laisi idiwọ́", "laisi idiwo", "laisi idiwọ̀n", "laisi idiwon", "laisi ihamọ́", "laisi ihamo", "laisi ihamọ́ kankan",  // yo
            "laisi ihamo kankan", "laisi ofin", "laisi alẹ̀mọ́", "laisi alemo", "laisi iwọ̀n", "laisi iwon",
        ],
        .personaShift: [
            "እንደሆንክ አስመስል", "አስመስል", "አስመስዪ", "አስመስሉ", "ሚና ተጫወት", "ገጸ ባህሪ ተጫወት",  // am
            "ভান করো", "ভান করুন", "ভান কর", "অভিনয় করো", "অভিনয় করো", "হিসেবে আচরণ করো", "মতো আচরণ করো", "কল্পনা করো",  // bn
            "ভূমিকায় অভিনয় করো", "ভূমিকায় অভিনয় করো",
            "હોવાનો ડોળ કરો", "ડોળ કરો", "ડોળ કર", "નાટક કરો", "તરીકે વર્તો", "ની જેમ વર્તો", "કલ્પના કરો", "ભૂમિકા ભજવો",  // gu
            "yi kamar", "ka yi kamar", "ki yi kamar", "yi riya", "ka yi riya", "ɗauki matsayin", "dauki matsayin",  // ha
            "yi aiki a matsayin", "ka zama", "yi tunanin",
            "berpura-puralah", "berpura-pura", "pura-pura", "bertindaklah sebagai", "bertindak sebagai", "berperan sebagai",  // id
            "berperanlah sebagai", "anggap dirimu", "bayangkan", "jadilah", "perankan",
            "ethok-ethoka", "ethok-ethok", "api-api", "tumindaka kaya", "tumindak kaya", "bayangna", "dadia",  // jv
            "असल्याचे नाटक कर", "नाटक कर", "नाटक करा", "असल्याचा आव आण", "आव आण", "सारखं वाग", "सारखे वागा", "म्हणून वाग",  // mr
            "कल्पना कर", "भूमिका कर", "भूमिका निभाव",
            "berlakon sebagai", "anggap diri anda", "main peranan sebagai",  // ms
            "ဟန်ဆောင်ပါ", "ဟန်ဆောင်", "သရုပ်ဆောင်ပါ", "စိတ်ကူးကြည့်ပါ",  // my
            "ਹੋਣ ਦਾ ਦਿਖਾਵਾ ਕਰੋ", "ਦਿਖਾਵਾ ਕਰੋ", "ਬਹਾਨਾ ਕਰੋ", "ਵਾਂਗ ਵਿਵਹਾਰ ਕਰੋ", "ਵਜੋਂ ਕੰਮ ਕਰੋ", "ਕਲਪਨਾ ਕਰੋ", "ਭੂਮਿਕਾ ਨਿਭਾਓ",  // pa
            "jifanye", "jifanyeni", "igiza", "igiza kama", "tenda kama", "chukua nafasi ya", "jiweke kama", "fikiria kuwa",  // sw
            "போல் நடி", "ஆக நடி", "நடியுங்கள்", "பாசாங்கு செய்", "பாவனை செய்", "போல் நடந்துகொள்", "கற்பனை செய்",  // ta
            "பாத்திரத்தை ஏற்று",
            "నటించు", "నటించండి", "లా నటించు", "గా నటించు", "లాగా ప్రవర్తించు", "గా ప్రవర్తించు", "ఊహించుకో", "పాత్ర పోషించు",  // te
            "แกล้งทำเป็น", "แสร้งทำเป็น", "สมมติว่า", "ทำตัวเป็น", "สวมบทบาท", "เล่นเป็น", "จินตนาการว่า",  // th
            "magkunwari", "magkunwari ka", "kunwari", "umarte bilang", "umarte ka bilang", "kumilos bilang", "gampanan ang papel",  // tl
            "isipin mo na", "magpanggap", "magpanggap ka",
            "прикинься", "прикиньтеся", "вдавай", "вдай", "поводься як", "уяви що", "уяви", "зіграй роль", "грай роль",  // uk
            "ہونے کا ڈرامہ کرو", "ڈرامہ کرو", "ہونے کا بہانہ کرو", "بہانہ کرو", "کی طرح برتاؤ کرو", "کی طرح پیش آؤ",  // ur
            "کا کردار ادا کرو", "تصور کرو", "فرض کرو",
            "giả vờ", "gia vo", "hay giả vờ", "hay gia vo", "giả sử bạn la", "gia su ban la", "dong vai", "hay dong vai",  // vi
            "hanh dộng như", "hanh dong nhu", "cư xử như", "cu xu nhu", "hay tưởng tượng", "hay tuong tuong", "nhập vai",
            "nhap vai", "giả lam", "gia lam",
            "ṣe bi ẹni pe", "se bi eni pe", "ṣebi", "sebi", "dibọ́n", "dibon", "ṣe dibọ́n", "se dibon", "huwa bi", "ṣe ipa",  // yo
            "se ipa", "foju inu wo",
        ],
        .identityShift: [
            "ከአሁን ጀምሮ አንተ", "ከአሁን በኋላ አንተ", "ከአሁን ጀምሮ አንቺ", "ከዛሬ ጀምሮ አንተ", "ከእንግዲህ አንተ",  // am
            "এখন থেকে তুমি", "এখন থেকে আপনি", "এখন থেকে তুই", "তুমি আর সহকারী নও",  // bn
            "હવેથી તમે", "આજથી તમે", "અત્યારથી તમે",  // gu
            "daga yanzu kai ne", "daga yanzu ke ce", "daga yanzu kai", "ba kai ba ne", "yanzu kai ne",  // ha
            "mulai sekarang kamu adalah", "mulai sekarang kamu", "mulai sekarang anda", "kamu bukan lagi", "anda bukan lagi",  // id
            "dari sekarang kamu",
            "wiwit saiki kowe", "wiwit saiki sampeyan", "mulai saiki kowe", "saiki kowe dudu", "kowe dudu maneh", "kowe wis dudu",  // jv
            "आतापासून तुम्ही", "यापुढे तुम्ही",  // mr
            "mulai sekarang awak", "awak bukan lagi", "dari sekarang anda",  // ms
            "ယခုမှစ၍ သင်သည်", "အခုကစပြီး မင်းက", "မဟုတ်တော့ဘူး",  // my
            "ਹੁਣ ਤੋਂ ਤੁਸੀਂ", "ਅੱਜ ਤੋਂ ਤੁਸੀਂ", "ਹੁਣ ਤੋਂ ਬਾਅਦ ਤੁਸੀਂ",  // pa
            "kuanzia sasa wewe ni", "tangu sasa wewe ni", "sasa wewe ni", "wewe si tena", "hauko tena",  // sw
            "kuanzia sasa na kuendelea wewe ni",
            "இனிமேல் நீ", "இனி நீ", "இப்போதிருந்து நீ", "இனிமேல் நீங்கள்", "இனி நீங்கள்",  // ta
            "ఇప్పటి నుండి నువ్వు", "ఇప్పటినుండి నువ్వు", "ఇకపై నువ్వు", "ఇక నుండి నువ్వు",  // te
            "ต่อจากนี้คุณคือ", "ตั้งแต่นี้คุณคือ", "ตอนนี้คุณคือ", "คุณไม่ใช่",  // th
            "mula ngayon ikaw ay", "mula ngayon ikaw", "simula ngayon ikaw", "simula ngayon ikaw ay", "hindi ka na isang",  // tl
            "відтепер ти", "ти більше не", "віднині ти", "з цього моменту ти",  // uk
            "اب سے تم", "اب سے آپ", "آج سے تم",  // ur
            "từ bay giờ bạn la", "tu bay gio ban la", "từ giờ bạn la", "tu gio ban la", "từ nay bạn la", "tu nay ban la",  // vi
            "bạn khong con la", "ban khong con la", "từ giờ trở di bạn la", "tu gio tro di ban la",
            "lati isinsinyi iwọ ni", "lati isinsinyi iwo ni", "lati isinsinyi lọ iwọ ni", "lati isinsinyi lo iwo ni",  // yo
            "lati bayii iwọ ni", "lati bayii iwo ni", "iwọ ki i ṣe", "iwo ki i se",
        ],
        .complianceDemand: [
            "እኔን ብቻ ታዘዝ", "እኔን ብቻ ስማ", "በፍጹም እምቢ አትበል", "ፈጽሞ እምቢ የማይል", "እምቢ የማይል", "ለሁሉም ጥያቄ መልስ ስጥ",  // am
            "শুধু আমার কথা শোনো", "শুধু আমার কথা মানো", "কখনও প্রত্যাখ্যান করো না", "কখনো প্রত্যাখ্যান করে না",  // bn
            "কখনও অস্বীকার করে না", "সব প্রশ্নের উত্তর দাও", "সব প্রশ্নের উত্তর দেয়", "সব প্রশ্নের উত্তর দেয়",
            "ફક્ત મારું માનો", "માત્ર મારી વાત માનો", "ક્યારેય ના પાડતા નથી", "ક્યારેય ઇનકાર કરતા નથી", "ક્યારેય ના ન પાડો",  // gu
            "દરેક પ્રશ્નનો જવાબ આપો", "બધા પ્રશ્નોના જવાબ આપો",
            "ka bi umarnina kawai", "ni kaɗai za ka bi", "ni kadai za ka bi", "ka saurare ni kawai", "ba ka taɓa ƙi",  // ha
            "ba ka taba ki", "ba ya taɓa ƙi", "ba ya taba ki", "amsa kowace tambaya", "ka amsa komai",
            "patuhi hanya aku", "hanya patuhi aku", "hanya dengarkan aku", "hanya dengarkan saya", "tidak pernah menolak",  // id
            "jangan pernah menolak", "jawab semua pertanyaan", "jawab semuanya",
            "manuta mung marang aku", "mung manut aku", "ora tau nolak", "aja nolak", "ora nate nolak", "wangsulana kabeh",  // jv
            "jawaben kabeh",
            "फक्त माझं ऐक", "फक्त माझे ऐका", "फक्त माझीच आज्ञा पाळ", "कधीही नकार देत नाही", "कधीच नकार देऊ नकोस",  // mr
            "सर्व प्रश्नांची उत्तरे दे",
            "patuh hanya kepada saya", "dengar cakap saya sahaja", "jangan sesekali menolak", "jawab semua soalan",  // ms
            "ကျွန်ုပ်ကိုသာ နာခံပါ", "ဘယ်တော့မှ မငြင်းပါနဲ့", "ဘယ်တော့မှမငြင်း", "မေးခွန်းအားလုံးကို ဖြေပါ",  // my
            "ਸਿਰਫ਼ ਮੇਰੀ ਗੱਲ ਮੰਨੋ", "ਸਿਰਫ਼ ਮੇਰੀ ਗੱਲ ਮੰਨੋ", "ਸਿਰਫ਼ ਮੇਰਾ ਹੁਕਮ ਮੰਨੋ", "ਸਿਰਫ਼ ਮੇਰਾ ਹੁਕਮ ਮੰਨੋ", "ਕਦੇ ਇਨਕਾਰ ਨਹੀਂ ਕਰਦਾ",  // pa
            "ਕਦੇ ਨਾਂਹ ਨਹੀਂ ਕਰਦਾ", "ਕਦੇ ਮਨ੍ਹਾ ਨਾ ਕਰੋ", "ਹਰ ਸਵਾਲ ਦਾ ਜਵਾਬ ਦਿਓ",
            "nitii mimi tu", "nisikilize mimi tu", "hukatai kamwe", "usikatae kamwe", "hakatai kamwe", "haikatai kamwe",  // sw
            "jibu kila swali", "jibu kila kitu",
            "என் பேச்சை மட்டும் கேள்", "எனக்கு மட்டும் கீழ்ப்படி", "ஒருபோதும் மறுக்காத", "ஒருபோதும் மறுக்காதே",  // ta
            "ஒருபோதும் மறுக்க மாட்டாய்", "எல்லா கேள்விகளுக்கும் பதில் சொல்",
            "నా మాట మాత్రమే విను", "నాకు మాత్రమే లోబడు", "ఎప్పుడూ నిరాకరించవు", "ఎప్పుడూ నిరాకరించదు", "ఎప్పుడూ కాదనదు",  // te
            "ఎప్పుడూ నిరాకరించకు", "అన్ని ప్రశ్నలకు సమాధానం ఇవ్వు",
            "เชื่อฟังฉันคนเดียว", "ฟังฉันคนเดียว", "ไม่เคยปฏิเสธ", "ห้ามปฏิเสธ", "ตอบทุกคำถาม",  // th
            "ako lang ang sundin mo", "sundin mo lang ako", "ako lang ang susundin mo", "hindi ka tumatanggi",  // tl
            "hindi tumatanggi kailanman", "huwag kang tumanggi", "sagutin mo lahat",
            "слухайся тільки мене", "слухай тільки мене", "підкоряйся лише мені", "ніколи не відмовляєш", "ніколи не відмовляє",  // uk
            "відповідай на все",
            "صرف میری بات مانو", "صرف میری مانو", "صرف میرا حکم مانو", "کبھی انکار نہیں کرتا", "کبھی انکار نہیں کرتے",  // ur
            "کبھی انکار نہ کرو", "ہر سوال کا جواب دو",
            "chỉ nghe lời toi", "chi nghe loi toi", "chỉ tuan lệnh toi", "chi tuan lenh toi", "chỉ vang lời toi",  // vi
            "chi vang loi toi", "khong bao giờ từ chối", "khong bao gio tu choi", "dừng bao giờ từ chối", "dung bao gio tu choi",
            "trả lời mọi cau hỏi", "tra loi moi cau hoi", "trả lời tất cả", "tra loi tat ca",
            "gbọ́ temi nikan", "gbo temi nikan", "gbọ́ran si mi nikan", "gboran si mi nikan", "ma kọ̀ rara", "ma ko rara",  // yo
            "ko kọ̀ rara", "ko ko rara", "dahun gbogbo ibeere",
        ],
        .answerVerb: [
            "መልስ ስጥ", "መልስ",  // am
            "উত্তর দাও", "উত্তর দিন",  // bn
            "જવાબ આપો", "જવાબ આપ",  // gu
            "amsa", "ka amsa",  // ha
            "jawab", "jawablah",  // id
            "jawaben", "wangsulana",  // jv
            "उत्तर दे", "उत्तर द्या",  // mr
            "ဖြေပါ",  // my
            "ਜਵਾਬ ਦਿਓ", "ਜਵਾਬ ਦੇ",  // pa
            "jibu", "jibuni",  // sw
            "பதில் சொல்", "பதிலளி",  // ta
            "సమాధానం ఇవ్వు", "జవాబు చెప్పు",  // te
            "ตอบ",  // th
            "sagutin", "sumagot ka",  // tl
            "відповідай", "відповідайте",  // uk
            "جواب دو", "جواب دیں",  // ur
            "trả lời", "tra loi", "hay trả lời", "hay tra loi",  // vi
            "dahun",  // yo
        ],
        .secondPerson: [
            "አንተ", "አንቺ", "እርስዎ", "እናንተ", "ያንተ", "ያንቺ", "የእርስዎ", "ላንተ", "ያንተን", "ያንቺን", "የእርስዎን",  // am
            "তোমার", "আপনার", "তোর", "তুমি", "আপনি", "তুই", "তোমাকে", "আপনাকে",  // bn
            "તમારી", "તમારા", "તમારો", "તારી", "તારા", "તારો",  // gu
            "kai", "ku", "ka", "naka", "naki", "naku", "ɗinka", "dinka", "ɗinki", "dinki", "ɗinku", "dinku", "miki", "muku",  // ha
            "kamu", "anda", "kau", "dirimu", "milikmu", "kalian", "engkau",  // id
            "kowe", "sampeyan", "panjenengan", "sliramu", "koe", "awakmu",  // jv
            "तुझ्या", "तुझे", "तुझी", "तुझा", "तुमच्या", "तुमचे", "तुमची", "तुम्ही", "तुला", "तुम्हाला",  // mr
            "awak", "korang",  // ms
            "သင်", "မင်း", "ခင်ဗျား", "နင်",  // my
            "ਤੁਹਾਡੀਆਂ", "ਤੁਹਾਡੇ", "ਤੁਹਾਡੀ", "ਤੁਹਾਡਾ", "ਤੇਰੀਆਂ", "ਤੇਰੇ", "ਤੇਰੀ", "ਤੇਰਾ", "ਤੁਸੀਂ", "ਤੁਹਾਨੂੰ", "ਆਪਣੀਆਂ", "ਆਪਣੇ",  // pa
            "ਆਪਣਾ", "ਆਪਣੀ",
            "wewe", "yako", "zako", "wako", "lako", "chako", "vyako", "kwako", "nyinyi", "ninyi", "yenu", "zenu",  // sw
            "உன்", "உன்னுடைய", "உங்கள்", "உங்களுடைய", "நீ", "நீங்கள்", "உனக்கு", "உங்களுக்கு", "உனது", "உங்களது",  // ta
            "నువ్వు",  // te
            "คุณ", "แก", "นาย", "ของคุณ",  // th
            "iyong", "ikaw", "mo", "ninyo", "inyong", "iyo", "mong",  // tl
            "твої", "твій", "твоє", "свої", "свій", "ви", "ваші", "тобі", "твоїх", "своїх",  // uk
            "تمہاری", "تمہارے", "تمہارا", "آپ کی", "آپ کے", "آپ کا", "تم", "آپ", "تمہیں", "تجھے", "تیری", "تیرے", "تیرا", "اپنی",  // ur
            "اپنے", "اپنا",
            "bạn", "cậu", "ngươi", "của bạn", "cua ban", "cac bạn", "cac ban",  // vi
            "iwọ", "iwo", "rẹ", "yin", "tirẹ", "ẹ̀yin", "eyin",  // yo
        ],
        .aiSubject: [
            "ሰው ሰራሽ አስተውሎት", "ሰው ሠራሽ አስተውሎት", "ሰው ሰራሽ ብልህነት", "ኤአይ",  // am
            "কৃত্রিম বুদ্ধিমত্তা", "এআই",  // bn
            "કૃત્રિમ બુદ્ધિ", "કૃત્રિમ બુદ્ધિમત્તા", "એઆઈ",  // gu
            "basirar wucin gadi", "basira ta wucin gadi", "ƙirƙirarriyar basira", "kirkirarriyar basira",  // ha
            "kecerdasan buatan",  // id
            "kacerdhasan gawean", "kecerdasan gawean",  // jv
            "कृत्रिम बुद्धिमत्ता", "एआय",  // mr
            "ဉာဏ်ရည်တု", "အေအိုင်",  // my
            "ਨਕਲੀ ਬੁੱਧੀ", "ਮਸਨੂਈ ਬੁੱਧੀ", "ਆਰਟੀਫੀਸ਼ੀਅਲ ਇੰਟੈਲੀਜੈਂਸ", "ਆਰਟੀਫੀਸ਼ੀਅਲ ਇੰਟੈਲੀਜੈਂਸ", "ਏਆਈ",  // pa
            "akili bandia", "akili mnemba",  // sw
            "செயற்கை நுண்ணறிவு", "ஏஐ",  // ta
            "కృత్రిమ మేధ", "కృత్రిమ మేధస్సు", "ఏఐ",  // te
            "ปัญญาประดิษฐ์", "เอไอ",  // th
            "artipisyal na intelihensiya", "artificial intelligence",  // tl
            "штучний інтелект", "ші", "штучного інтелекту", "штучним інтелектом",  // uk
            "مصنوعی ذہانت", "اے آئی",  // ur
            "tri tuệ nhan tạo", "tri tue nhan tao",  // vi
            "oye atọwọ́da", "oye atowoda", "ọgbọ́n atọwọ́da", "ogbon atowoda",  // yo
        ],
    ]

    /// Override verbs of the verb-final languages, which follow their object: read both as override
    /// verbs and, before them, after an object.
    private static let verbFinalOverrides: [String] = [
            "ችላ በል", "ችላ በይ", "ችላ በሉ", "እርሳ", "እርሺ", "አትከተል", "አትከተይ", "አትከተሉ", "መከተል አቁም", "ግምት ውስጥ አታስገባ", "አትስማ",  // am
            "উপেক্ষা করো", "উপেক্ষা কর", "উপেক্ষা করুন", "ভুলে যাও", "ভুলে যান", "ভুলে যা", "মেনো না", "মানবে না", "মানবেন না",  // bn
            "অনুসরণ করো না", "অনুসরণ করবেন না", "অনুসরণ করা বন্ধ করো", "পাত্তা দিও না", "গুরুত্ব দিও না", "এড়িয়ে যাও",
            "এড়িয়ে যাও", "এড়িয়ে যান", "এড়িয়ে যান", "বাদ দাও", "বাদ দিন",
            "અવગણો", "અવગણ", "અવગણના કરો", "ભૂલી જાઓ", "ભૂલી જા", "ભૂલી જજો", "અનુસરશો નહીં", "અનુસરીશ નહીં", "પાળશો નહીં",  // gu
            "માનશો નહીં", "ધ્યાન ન આપો", "ધ્યાન ના આપ", "અનુસરવાનું બંધ કરો", "નજરઅંદાજ કરો",
            "दुर्लक्ष करा", "दुर्लक्ष कर", "विसरून जा", "विसरा", "विसर", "पाळू नका", "पाळू नकोस", "पालन करू नका", "पालन करू नकोस",  // mr
            "अनुसरण करू नका", "लक्ष देऊ नका", "लक्ष देऊ नकोस", "पालन करणे थांबव", "बाजूला ठेवा", "बाजूला ठेव",
            "လျစ်လျူရှု", "လျစ်လျူရှုပါ", "မေ့လိုက်ပါ", "မေ့လိုက်", "မလိုက်နာပါနဲ့", "မလိုက်နာနဲ့", "ဂရုမစိုက်ပါနဲ့",  // my
            "ဂရုမစိုက်နဲ့", "ပယ်ဖျက်ပါ",
            "ਅਣਡਿੱਠਾ ਕਰੋ", "ਅਣਡਿੱਠ ਕਰੋ", "ਨਜ਼ਰਅੰਦਾਜ਼ ਕਰੋ", "ਨਜ਼ਰਅੰਦਾਜ਼ ਕਰੋ", "ਭੁੱਲ ਜਾਓ", "ਭੁੱਲ ਜਾ", "ਪਾਲਣਾ ਨਾ ਕਰੋ", "ਨਾ ਮੰਨੋ",  // pa
            "ਧਿਆਨ ਨਾ ਦਿਓ", "ਧਿਆਨ ਨਾ ਦੇ", "ਪਾਲਣਾ ਕਰਨੀ ਬੰਦ ਕਰੋ",
            "புறக்கணி", "புறக்கணிக்கவும்", "புறக்கணியுங்கள்", "மறந்துவிடு", "மறந்து விடு", "மறந்துவிடுங்கள்", "மறந்துவிடவும்",  // ta
            "பின்பற்ற வேண்டாம்", "பின்பற்றாதே", "பின்பற்றாதீர்கள்", "கண்டுகொள்ளாதே", "கண்டுகொள்ள வேண்டாம்", "பொருட்படுத்தாதே",
            "பொருட்படுத்த வேண்டாம்", "கவனிக்காதே", "புறக்கணித்து", "புறக்கணித்துவிட்டு", "மறந்துவிட்டு",
            "విస్మరించు", "విస్మరించండి", "పట్టించుకోకు", "పట్టించుకోకండి", "మర్చిపో", "మర్చిపోండి", "పాటించకు", "పాటించకండి",  // te
            "అనుసరించకు", "అనుసరించకండి", "పాటించడం ఆపు", "పక్కన పెట్టు", "లెక్కచేయకు", "విస్మరించి", "మర్చిపోయి",
            "نظرانداز کرو", "نظر انداز کرو", "نظرانداز کریں", "نظر انداز کریں", "نظرانداز کر دو", "نظر انداز کر دو", "بھول جاؤ",  // ur
            "بھول جائیں", "بھول جا", "مت مانو", "نہ مانو", "نہ مانیں", "پیروی نہ کرو", "پیروی نہ کریں", "عمل نہ کرو",
            "عمل نہ کریں", "پروا نہ کرو", "پرواہ نہ کرو", "دھیان نہ دو", "پیروی کرنا بند کرو",
    ]
}
