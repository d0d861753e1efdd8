//! Quality targets checked on the shared data (`../shared/data`): skipped
//! with a message when it is missing, unless `AKHBAR_REQUIRE_SHARED=1`.

use std::process::Command;

fn akhbar() -> Command {
    Command::new(env!("CARGO_BIN_EXE_akhbar"))
}

/// Runs `akhbar eval <args> --json --gold <gold>` and returns the JSON
/// report on its last line.
fn eval_report(args: &[&str], gold: &std::path::Path) -> serde_json::Value {
    let out = akhbar()
        .arg("eval")
        .args(args)
        .args(["--json", "--gold"])
        .arg(gold)
        .output()
        .expect("runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8(out.stdout).expect("utf-8");
    let last = stdout.lines().last().expect("a JSON line");
    eprintln!("akhbar eval {args:?}: {last}");
    serde_json::from_str(last).expect("JSON")
}

/// Words F1 on UD Arabic-PUD (held out: never trained or tuned on) must stay
/// above the target of 98.0 and above Farasa's 98.47 (mapped to the UD
/// scheme, scored by the same evaluator): 98.59 on 2026-11-30.
#[test]
fn pud_words_f1_meets_target() {
    let Some(dir) = akhbar_eval::shared_data_dir() else {
        return;
    };
    let gold = dir.join("data/ud-arabic-pud/ar_pud-ud-test.conllu");
    let report = eval_report(&["segment"], &gold);
    let f1 = report["words_f1"].as_f64().expect("words_f1");
    assert!(f1 >= 98.5, "Words F1 {f1} < 98.5 (Farasa: 98.47)");
    assert_eq!(report["sentences"], 1000);
}

/// The seed through the command line: JSON out, offsets exact in Python's sense.
#[test]
fn seed_through_the_cli() {
    let Some(dir) = akhbar_eval::shared_data_dir() else {
        return;
    };
    let out = akhbar()
        .arg("analyze")
        .arg(dir.join("seed/article.txt"))
        .output()
        .expect("runs");
    assert!(out.status.success());
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).expect("one JSON object");
    assert_eq!(doc["dateline"]["place"]["text"], "موسكو");
    assert_eq!(doc["byline"][0]["text"], "حسن عمارة");
    assert_eq!(doc["boilerplate"][0]["kind"], "related");
    let text: Vec<char> = doc["text"].as_str().expect("text").chars().collect();
    for t in doc["tokens"].as_array().expect("tokens") {
        let (s, e) = (
            t["start"].as_u64().expect("start") as usize,
            t["end"].as_u64().expect("end") as usize,
        );
        assert_eq!(
            text[s..e].iter().collect::<String>(),
            t["text"].as_str().expect("token text")
        );
    }
}

/// Entity-level F1 on the derived ANERcorp test split (held out). The
/// issue's target is 80.0, which the shipped model does not reach (74.32,
/// see the README); this pins the measured level so that a regression fails.
#[test]
fn anercorp_test_f1_does_not_regress() {
    let Some(dir) = akhbar_eval::shared_data_dir() else {
        return;
    };
    let gold = dir.join("data/anercorp/derived/ANERcorp_approx-camel-split_test.txt");
    let report = eval_report(&["ner"], &gold);
    let f1 = report["total"]["f1"].as_f64().expect("f1");
    assert!(f1 >= 73.5, "entity F1 {f1} fell below 73.5");
    assert_eq!(report["total"]["gold"], 2221);
}

/// The shipped short-name counts are what `akhbar train short-names` gives
/// with this knowledge base and the ANT corpus: a knowledge-base change
/// that adds or renames short names must regenerate them.
#[test]
fn shipped_short_names_are_up_to_date() {
    let Some(dir) = akhbar_eval::shared_data_dir() else {
        return;
    };
    let out = std::env::temp_dir().join(format!("akhbar-short-names-{}", std::process::id()));
    let status = akhbar()
        .args(["train", "short-names", "--shared"])
        .arg(&dir)
        .arg("--out")
        .arg(&out)
        .status()
        .expect("runs");
    assert!(status.success());
    let fresh = std::fs::read_to_string(out.join("short_names.tsv")).expect("written");
    let shipped = include_str!("../../akhbar-extract/data/short_names/short_names.tsv");
    let _ = std::fs::remove_dir_all(&out);
    assert!(
        fresh == shipped,
        "crates/akhbar-extract/data/short_names is stale: run \
         `akhbar train short-names --shared ../shared --out crates/akhbar-extract/data/short_names`"
    );
}
