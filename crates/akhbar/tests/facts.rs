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
    // The 2021 visit is another event.
    let past = find("CONSULT", &|e| e.date.as_deref() == Some("2021-09"));
    assert_eq!(past.mode.as_deref(), Some("visit"));
}

#[test]
fn our_own_wire_story() {
    let text = "عمّان - بترا\nاستقبل وزير الخارجية الأردني أيمن الصفدي، اليوم الأحد، نظيره الألماني في عمّان.وقال الصفدي: «الحوار هو الطريق الوحيد». وأضاف أن البلدين سيوقعان اتفاقية للتعاون الاقتصادي الأسبوع المقبل.\nولم يلتق الوزير الألماني رئيس الوزراء.";
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
    assert_eq!(names(&call.target), ["عبدالله الثاني"]);
}
