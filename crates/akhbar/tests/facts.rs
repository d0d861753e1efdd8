//! Quotes, times and events: the founding article's facts (published
//! 2023-03-16; `../shared/seed/article.txt`, skipped with a message when the
//! shared folder is missing unless `AKHBAR_REQUIRE_SHARED=1`), our own
//! examples, and hostile input.

use akhbar::document::{Actor, Event, Quote};
use akhbar::{Analyzer, Document, Metadata};

fn analyze(text: &str, published: &str) -> Document {
    Analyzer::default()
        .analyze(
            text,
            &Metadata {
                published: Some(published.to_string()),
                ..Metadata::default()
            },
        )
        .expect("analyzes")
}

fn seed() -> Option<Document> {
    let dir = akhbar_eval::shared_data_dir()?;
    let raw = std::fs::read_to_string(dir.join("seed/article.txt")).expect("seed is readable");
    Some(analyze(&raw, "2023-03-16"))
}

fn chars(s: &str, start: usize, end: usize) -> String {
    s.chars().skip(start).take(end - start).collect()
}

fn speaker(q: &Quote) -> &str {
    q.speaker_canonical.as_deref().unwrap_or("")
}

fn names(actors: &[Actor]) -> Vec<&str> {
    actors
        .iter()
        .map(|a| a.canonical.as_deref().unwrap_or(&a.text))
        .collect()
}

fn countries(actors: &[Actor]) -> Vec<&str> {
    actors.iter().filter_map(|a| a.country.as_deref()).collect()
}

#[test]
fn seed_quotes_and_speakers() {
    let Some(doc) = seed() else { return };
    for q in &doc.quotes {
        assert_eq!(chars(&doc.text, q.span.start, q.span.end), q.text);
    }
    // Putin's three direct quotes: «وقال بوتين», then «وأضاف» and «وتابع»
    // carried over.
    let direct: Vec<&Quote> = doc.quotes.iter().filter(|q| q.kind == "direct").collect();
    assert_eq!(direct.len(), 3, "{direct:#?}");
    let cues: Vec<&str> = direct
        .iter()
        .map(|q| q.cue.as_ref().map_or("", |c| c.text.as_str()))
        .collect();
    assert_eq!(cues, ["وقال", "وأضاف", "وتابع"]);
    for q in &direct {
        assert_eq!(speaker(q), "فلاديمير بوتين", "{q:#?}");
    }
    assert!(!direct[0].speaker_carried);
    assert!(direct[1].speaker_carried && direct[2].speaker_carried);
    // Assad's reported statements, one relayed by the Russian agency.
    let assad: Vec<&Quote> = doc
        .quotes
        .iter()
        .filter(|q| speaker(q) == "بشار الأسد")
        .collect();
    assert!(assad.len() >= 3, "{assad:#?}");
    let relayed = assad
        .iter()
        .find(|q| q.via.is_some())
        .expect("a quote via the agency");
    let via = relayed.via.as_ref().unwrap();
    assert_eq!(via.text, "وكالة الإعلام الروسية");
    // The relayed words follow the channel, in its sentence.
    let sentence = &doc.sentences[relayed.sentence];
    assert!(sentence.span.start <= via.span.start && via.span.end < relayed.span.start);
    // Peskov's announcement.
    let peskov = &doc.quotes[0];
    assert_eq!(peskov.kind, "reported");
    assert_eq!(speaker(peskov), "دميتري بيسكوف");
    // His announcement carries the talks' length (a duration inside it).
    assert!(doc.times.iter().any(|t| t.kind == "duration"
        && peskov.span.start <= t.span.start
        && t.span.end <= peskov.span.end));
}

#[test]
fn seed_times() {
    let Some(doc) = seed() else { return };
    let value = |text: &str| {
        doc.times
            .iter()
            .find(|t| t.text == text)
            .unwrap_or_else(|| panic!("{text} not found in {:#?}", doc.times))
    };
    assert_eq!(value("الخميس").value.as_deref(), Some("2023-03-16"));
    assert_eq!(value("الأربعاء").value.as_deref(), Some("2023-03-15"));
    assert_eq!(value("سبتمبر 2021").value.as_deref(), Some("2021-09"));
    assert_eq!(value("سبتمبر 2021").kind, "month");
    let hours = value("قرابة 3 ساعات");
    assert_eq!(
        (
            hours.value.as_deref(),
            hours.kind.as_str(),
            hours.approximate
        ),
        (Some("PT3H"), "duration", true)
    );
    for t in &doc.times {
        assert_eq!(chars(&doc.text, t.span.start, t.span.end), t.text);
    }
}

#[test]
fn seed_events() {
    let Some(doc) = seed() else { return };
    let find = |kind: &str, pred: &dyn Fn(&Event) -> bool| -> Event {
        doc.events
            .iter()
            .find(|e| e.kind == kind && pred(e))
            .cloned()
            .unwrap_or_else(|| panic!("no {kind} event: {:#?}", doc.events))
    };
    // Putin and Assad meet in Moscow: Russia and Syria, one event told many
    // times, on the Wednesday.
    let talks = find("CONSULT", &|e| {
        let mut c = countries(&e.source);
        c.extend(countries(&e.target));
        c.contains(&"RUS") && c.contains(&"SYR") && e.modality == "asserted"
    });
    assert_eq!(
        talks.location.as_ref().map(|l| l.text.as_str()),
        Some("موسكو")
    );
    assert!(talks.mentions.len() >= 3, "{talks:#?}");
    assert_eq!(talks.date.as_deref(), Some("2023-03-15"));
    // Assad backs Russia in Ukraine.
    let support = find("SUPPORT", &|e| e.trigger.text == "تأييده");
    assert_eq!(names(&support.source), ["بشار الأسد"]);
    assert_eq!(names(&support.target), ["روسيا"]);
    assert_eq!(support.modality, "asserted");
    // Both presidents welcome the Saudi–Iranian resumption of relations.
    let welcome = find("SUPPORT", &|e| names(&e.target).contains(&"السعودية"));
    assert_eq!(names(&welcome.source), ["فلاديمير بوتين", "بشار الأسد"]);
    assert!(names(&welcome.target).contains(&"إيران"));
    // The quadrilateral meeting is still to come.
    let four = find("CONSULT", &|e| e.trigger.text == "اجتماع");
    assert_eq!(four.modality, "planned");
    assert_eq!(four.mode.as_deref(), Some("multilateral"));
    let mut c = countries(&four.source);
    c.extend(countries(&four.target));
    c.sort_unstable();
    assert_eq!(c, ["IRN", "RUS", "SYR", "TUR"]);
    // The 2021 visit is another event (the meeting of that time is one
    // more).
    let past = find("CONSULT", &|e| {
        e.date.as_deref() == Some("2021-09") && e.mode.as_deref() == Some("visit")
    });
    assert_eq!(countries(&past.source), ["SYR"]);
}

#[test]
fn our_own_wire_story() {
    let text = "عمّان - بترا\nاستقبل وزير الخارجية الأردني أيمن الصفدي، اليوم الأحد، نظيره الألماني في عمّان.وقال الصفدي: «الحوار هو الطريق الوحيد». وأضاف أن البلدين سيوقعان اتفاقية للتعاون الاقتصادي الأسبوع المقبل.\nولم يلتق الوزير الألماني رئيس الوزراء جعفر حسان.";
    let doc = analyze(text, "2024-05-12");
    let q: Vec<(&str, &str, bool)> = doc
        .quotes
        .iter()
        .map(|q| (q.kind.as_str(), speaker(q), q.speaker_carried))
        .collect();
    assert_eq!(
        q,
        [
            ("direct", "أيمن الصفدي", false),
            ("reported", "أيمن الصفدي", true)
        ]
    );
    let sunday = doc.times.iter().find(|t| t.text == "اليوم الأحد").unwrap();
    assert_eq!(sunday.value.as_deref(), Some("2024-05-12"));
    let week = doc
        .times
        .iter()
        .find(|t| t.text == "الأسبوع المقبل")
        .unwrap();
    assert_eq!(week.value.as_deref(), Some("2024-W20"));
    let host = doc
        .events
        .iter()
        .find(|e| e.trigger.text == "استقبل")
        .unwrap();
    assert_eq!(
        (host.kind.as_str(), host.mode.as_deref()),
        ("CONSULT", Some("host"))
    );
    assert_eq!(names(&host.source), ["أيمن الصفدي"]);
    let not_met = doc
        .events
        .iter()
        .find(|e| e.trigger.text == "يلتق")
        .unwrap();
    assert!(not_met.negated);
    assert_eq!(not_met.modality, "denied");
    assert_eq!(names(&not_met.target), ["جعفر حسان"]);
}

#[test]
fn hostile_quotes_dates_and_sizes_do_not_break_the_article() {
    // Unbalanced and never-closing marks, 500 nested quotes.
    let nested = format!(
        "وقال الوزير: {}نعم{} وأضاف: «لن نتراجع",
        "«".repeat(500),
        "»".repeat(499)
    );
    let doc = analyze(&nested, "2024-01-01");
    assert!(doc.quotes.len() <= 3, "{:#?}", doc.quotes);
    for q in &doc.quotes {
        assert_eq!(chars(&doc.text, q.span.start, q.span.end), q.text);
    }
    // «32 شباط» is no date; a Hijri year out of range has no value.
    let doc = analyze(
        "وصل الوفد في 32 شباط 2023 بعد اتفاق 12 رمضان 1600 هـ. وقال الوزير إن المحادثات مستمرة.",
        "2024-01-01",
    );
    assert!(doc
        .times
        .iter()
        .all(|t| t.value.as_deref() != Some("2023-02-32")));
    assert!(doc
        .times
        .iter()
        .filter(|t| t.text.contains("1600"))
        .all(|t| t.value.is_none()));
    assert_eq!(
        doc.quotes.len(),
        1,
        "the rest of the article is still analyzed"
    );
    // A sentence of 10,000 words, with cues and quote marks in it.
    let long = "قال الوزير إن \"الحوار مستمر ".repeat(2_000);
    let doc = analyze(&long, "2024-01-01");
    assert!(!doc.tokens.is_empty());
    for e in &doc.events {
        assert!(e.trigger.span.end <= doc.text.chars().count());
    }
}

#[test]
fn participles_and_light_verbs_carry_events() {
    let doc = analyze(
        "أدان وزير الخارجية المصري سامح شكري الهجوم، داعيا مجلس الأمن الدولي إلى التحرك. وتلقى الملك عبدالله الثاني اتصالا هاتفيا من الرئيس الفرنسي إيمانويل ماكرون.",
        "2023-10-20",
    );
    let request = doc
        .events
        .iter()
        .find(|e| e.kind == "REQUEST")
        .expect("a REQUEST");
    assert_eq!(names(&request.source), ["سامح شكري"]);
    assert_eq!(request.trigger.text, "داعيا");
    assert!(
        names(&request.target)[0].contains("مجلس الأمن"),
        "{request:#?}"
    );
    let call = doc
        .events
        .iter()
        .find(|e| e.mode.as_deref() == Some("phone"))
        .expect("a phone call");
    // «تلقى X اتصالا من Y»: Y called.
    assert_eq!(countries(&call.source), ["FRA"]);
    // Written «عبدالله» here, «عبد الله» in the knowledge base: linked.
    assert_eq!(names(&call.target), ["عبد الله الثاني"]);
}

fn event<'a>(doc: &'a Document, trigger: &str) -> &'a Event {
    doc.events
        .iter()
        .find(|e| e.trigger.text == trigger)
        .unwrap_or_else(|| panic!("no event «{trigger}»: {:#?}", doc.events))
}

#[test]
fn a_bare_noun_stands_for_the_body_named_before() {
    let doc = analyze(
        "أصدرت وزارة الخارجية السودانية بيانا اليوم. وطالبت الوزارة مجلس الأمن الدولي بالتحرك العاجل.",
        "2024-05-12",
    );
    let request = event(&doc, "وطالبت");
    assert_eq!(names(&request.source), ["وزارة الخارجية السودانية"]);
}

#[test]
fn a_short_name_of_a_body_stands_for_its_full_name() {
    // The head and one word of the fuller name told before; «ل» + «ال» of
    // the fuller name's first word is its article.
    let doc = analyze(
        "وعقد ممثلون للهيئة الوطنية العليا للمصالحة اجتماعا في تونس. واتهمت الهيئة العليا الحكومة بعرقلة عملها.",
        "2024-05-12",
    );
    let charge = event(&doc, "واتهمت");
    assert_eq!(names(&charge.source), ["الهيئة الوطنية العليا"]);
}

#[test]
fn a_subject_before_qad_is_the_subject() {
    let doc = analyze("وقالت مصادر إن إيران قد هاجمت العراق.", "2024-05-12");
    let attack = event(&doc, "هاجمت");
    assert_eq!(countries(&attack.source), ["IRN"]);
    assert_eq!(countries(&attack.target), ["IRQ"]);
}

#[test]
fn kama_goes_on_with_the_subject_told_before() {
    let doc = analyze(
        "التقى وزير الخارجية المصري سامح شكري نظيره الأردني أيمن الصفدي، كما زار بغداد.",
        "2024-05-12",
    );
    assert_eq!(names(&event(&doc, "زار").source), ["سامح شكري"]);
}

#[test]
fn qad_before_a_perfect_is_no_hedge() {
    let doc = analyze(
        "وكان الرئيس المصري عبد الفتاح السيسي قد استقبل أمس رئيس الوزراء الأردني بشر الخصاونة.",
        "2024-05-12",
    );
    let host = event(&doc, "استقبل");
    assert_eq!(host.modality, "asserted");
    assert_eq!(names(&host.target), ["بشر الخصاونة"]);
}

#[test]
fn what_is_sent_or_fired_makes_the_event() {
    let doc = analyze(
        "وأرسلت تركيا أمس سفينة محملة بالمساعدات إلى لبنان. وأطلقت جماعة الحوثي صواريخ باتجاه إسرائيل، فيما أطلقت السلطات اليمنية سراح عشرين معتقلا. وأرسل الوزير رسالة إلى نظيره.",
        "2024-05-12",
    );
    let aid = event(&doc, "وأرسلت");
    assert_eq!(aid.kind, "AID");
    assert_eq!(countries(&aid.source), ["TUR"]);
    assert_eq!(countries(&aid.target), ["LBN"]);
    assert_eq!(event(&doc, "وأطلقت").kind, "ASSAULT");
    assert_eq!(event(&doc, "أطلقت").kind, "CONCEDE");
    assert!(doc.events.iter().all(|e| e.trigger.text != "وأرسل"));
}

#[test]
fn two_calls_are_two_events() {
    let doc = analyze(
        "وأجرى وزير الخارجية القطري محمد بن عبدالرحمن آل ثاني اتصالين هاتفيين بكل من وزير الخارجية الأمريكي أنتوني بلينكن ونظيره التركي هاكان فيدان.",
        "2024-05-12",
    );
    let calls: Vec<&Event> = doc
        .events
        .iter()
        .filter(|e| e.trigger.text.ends_with("اتصالين"))
        .collect();
    assert_eq!(calls.len(), 2, "{calls:#?}");
    for c in calls {
        assert_eq!(c.mode.as_deref(), Some("phone"));
        assert_eq!(c.target.len(), 1);
    }
}

#[test]
fn pronoun_on_the_complementizer_and_where_clauses_keep_their_subject() {
    let doc = analyze(
        "وقالت وزارة الخارجية الأردنية إنها استدعت السفير الإيراني في عمّان.\nوكان الرئيس الفرنسي إيمانويل ماكرون قد وصل إلى بيروت أمس، حيث التقى رئيس الحكومة نجيب ميقاتي.",
        "2024-05-12",
    );
    let summon = event(&doc, "استدعت");
    assert_eq!(summon.kind, "ACCUSE");
    assert_eq!(names(&summon.source), ["وزارة الخارجية الأردنية"]);
    let met = event(&doc, "التقى");
    assert_eq!(names(&met.source), ["إيمانويل ماكرون"]);
    assert_eq!(names(&met.target), ["نجيب ميقاتي"]);
}

#[test]
fn a_relative_clause_on_a_noun_names_no_one() {
    let doc = analyze("وأدانت مصر القصف الذي استهدف مدرسة في غزة.", "2024-05-12");
    assert!(
        doc.events.iter().all(|e| e.kind != "ASSAULT"),
        "{:#?}",
        doc.events
    );
}

#[test]
fn a_person_after_a_title_with_its_body_is_the_subject() {
    let doc = analyze(
        "ودعا الأمين العام للأمم المتحدة أنطونيو غوتيريش جميع الأطراف إلى ضبط النفس.",
        "2024-05-12",
    );
    let request = event(&doc, "ودعا");
    assert_eq!(names(&request.source), ["أنطونيو غوتيريش"]);
    assert_eq!(names(&request.target), ["جميع الأطراف"]);
}

#[test]
fn the_same_day_in_a_later_sentence_is_the_day_named_before() {
    let doc = analyze(
        "التقى الوزير، أمس الأحد، وفد البعثة. كما استقبل في اليوم نفسه سفير الاتحاد.",
        "2023-12-11",
    );
    let values: Vec<(&str, Option<&str>)> = doc
        .times
        .iter()
        .map(|t| (t.text.as_str(), t.value.as_deref()))
        .collect();
    assert_eq!(
        values,
        [
            ("أمس الأحد", Some("2023-12-10")),
            ("اليوم نفسه", Some("2023-12-10"))
        ]
    );
}

#[test]
fn an_attributed_clause_leaves_out_its_conjunction_and_names_the_issuer() {
    let doc = analyze(
        "وزار الوفد الرياض. واتفق الجانبان على إحالة الملف إلى اللجنة، وفق بيان مشترك صادر عن وزارة الخارجية ووزارة الدفاع.",
        "2023-01-05",
    );
    let q = doc
        .quotes
        .iter()
        .find(|q| q.cue.as_ref().is_some_and(|c| c.text == "وفق"))
        .expect("the attributed clause");
    assert_eq!(q.text, "اتفق الجانبان على إحالة الملف إلى اللجنة");
    assert_eq!(chars(&doc.text, q.span.start, q.span.end), q.text);
    assert_eq!(
        q.speaker.as_deref(),
        Some("وزارة الخارجية ووزارة الدفاع"),
        "{q:#?}"
    );
}

#[test]
fn a_sentence_verb_is_no_part_of_the_name_after_it() {
    let doc = analyze(
        "تونس (وات) - استقبل رئيس الجمهورية قيس سعيد، اليوم الاثنين بقصر قرطاج، الأمين العام لنقابة المعلمين لسعد اليعقوبي ورئيس اتحاد الفلاحين عبد المجيد الزار، وذلك إثر إعلانه مساء أمس تعليق أشغال البرلمان. وأكد رئيس الدولة، خلال اللقاء، أن التدابير \"مؤقتة\"، مشددا على أن \"الحريات مضمونة\". ومن جهته، دعا اليعقوبي إلى \"تحديد سقف زمني واضح للتدابير\".",
        "2021-07-26",
    );
    assert!(
        doc.entities.iter().any(|e| e.text == "اليعقوبي"),
        "{:?}",
        doc.entities.iter().map(|e| &e.text).collect::<Vec<_>>()
    );
    let call = doc
        .events
        .iter()
        .find(|e| e.trigger.text == "دعا")
        .expect("the call");
    assert_eq!(names(&call.source), ["لسعد اليعقوبي"], "{call:#?}");
}

#[test]
fn a_capital_an_envoy_is_recalled_from_stands_for_its_state() {
    let doc = analyze(
        "وأعلنت الحكومة الأردنية الأحد استدعاء سفيرها في أنقرة للتشاور.",
        "2023-07-02",
    );
    let e = event(&doc, "استدعاء");
    assert_eq!(e.kind, "SANCTION", "{:#?}", doc.events);
    let target = &e.target[0];
    assert_eq!(target.text, "أنقرة", "{:#?}", doc.events);
    assert_eq!(
        target.canonical.as_deref(),
        Some("تركيا"),
        "{:#?}",
        doc.events
    );
    assert_eq!(target.country.as_deref(), Some("TUR"), "{:#?}", doc.events);
}

#[test]
fn a_threat_is_made_a_deadline_is_no_date_and_a_participle_leaves_the_denial() {
    // The condition of a threat and its future tense belong to what is
    // threatened; the threat itself is made.
    let doc = analyze(
        "وهدد رئيس الوزراء الإسرائيلي بنيامين نتنياهو السبت بضرب مواقع الحزب إذا استمر إطلاق الصواريخ.",
        "2024-05-12",
    );
    assert_eq!(event(&doc, "وهدد").modality, "asserted");
    let doc = analyze("وتوعد الحرس الثوري برد قاس الأسبوع المقبل.", "2024-05-12");
    assert_eq!(event(&doc, "وتوعد").modality, "asserted");
    // «بحلول» names the day by which, not the day of the agreement.
    let doc = analyze(
        "واتفق بوتين وأردوغان على سحب الأسلحة الثقيلة من المنطقة بحلول 20 أيلول المقبل.",
        "2024-05-12",
    );
    let agree = event(&doc, "واتفق");
    assert_eq!(agree.modality, "asserted", "{agree:#?}");
    assert_eq!(agree.date, None, "{agree:#?}");
    // A participle after a comma is not under the denial before it.
    let doc = analyze(
        "ونفى المتحدث باسم الخارجية الفرنسية أن تكون باريس على علم بالعملية، داعيا جميع الأطراف إلى ضبط النفس.",
        "2024-05-12",
    );
    assert_eq!(
        event(&doc, "داعيا").modality,
        "asserted",
        "{:#?}",
        doc.events
    );
}

#[test]
fn a_welcome_at_arrival_is_hosted_and_a_later_relative_clause_keeps_its_date() {
    let doc = analyze(
        "بدأ أمير الكويت الشيخ نواف الأحمد الجابر الصباح اليوم الأربعاء زيارة رسمية إلى بغداد، وكان في مقدمة مستقبليه الرئيس العراقي عبد اللطيف رشيد. وبحث الجانبان خططا مستقبلية للتعاون.",
        "2023-06-14",
    );
    let welcome = event(&doc, "مستقبليه");
    assert_eq!(welcome.mode.as_deref(), Some("host"), "{welcome:#?}");
    assert_eq!(names(&welcome.source), ["عبد اللطيف رشيد"], "{welcome:#?}");
    assert_eq!(
        names(&welcome.target),
        ["نواف الأحمد الجابر الصباح"],
        "{welcome:#?}"
    );
    assert!(
        doc.events.iter().all(|e| e.trigger.text != "مستقبلية"),
        "{:#?}",
        doc.events
    );
    // The Thursday is the attacks', not the talks'.
    let doc = analyze(
        "وعقد وزير الخارجية العماني بدر البوسعيدي ونظيره الإيراني حسين أمير عبد اللهيان جلسة مباحثات تناولت التوتر على خلفية الهجمات التي استهدفت ناقلتي نفط الخميس الماضي.",
        "2023-06-14",
    );
    let talks = doc
        .events
        .iter()
        .find(|e| e.kind == "CONSULT")
        .unwrap_or_else(|| panic!("{:#?}", doc.events));
    assert_ne!(talks.date.as_deref(), Some("2023-06-08"), "{talks:#?}");
}

/// Rights groups, unions and universities carry their CAMEO sector.
#[test]
fn rights_groups_and_universities_have_their_sector() {
    let doc = analyze(
        "واتهمت منظمة العفو الدولية السلطات المصرية باحتجاز ناشطين دون محاكمة.",
        "2024-01-01",
    );
    let accuse = doc
        .events
        .iter()
        .find(|e| e.kind == "ACCUSE")
        .expect("an accusation");
    assert_eq!(accuse.source[0].sector.as_deref(), Some("NGO"));
    assert_eq!(accuse.target[0].sector.as_deref(), Some("GOV"));
}
