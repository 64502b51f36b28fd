//! `gracious review` as scripts use it: the draft from a file or standard input, one
//! JSON object out, exit status 2 with a message for bad arguments or files.

use std::io::Write;
use std::process::{Command, Stdio};

fn gracious() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_gracious"));
    // No data folder of the user's: only what a test gives.
    command.env(
        "XDG_DATA_HOME",
        std::env::temp_dir().join("gracious-review-cli-none"),
    );
    command
}

/// Run `gracious review ARGS` with `stdin`; exit code, standard output, standard error.
fn review(args: &[&str], stdin: &str) -> (i32, String, String) {
    let mut child = gracious()
        .arg("review")
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("runs");
    // A run refused for its arguments may exit before it reads: a closed pipe is fine.
    let _ = child
        .stdin
        .take()
        .expect("stdin")
        .write_all(stdin.as_bytes());
    let out = child.wait_with_output().expect("finishes");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn json(text: &str) -> serde_json::Value {
    serde_json::from_str(text).unwrap_or_else(|e| panic!("not JSON ({e}): {text}"))
}

const GOOD: &str = "Subject: The analyst role\n\nDear Ms Chen,\n\nThank you for the offer of the \
    analyst role, and for the time you and the team gave me over the past weeks. After careful \
    thought I have decided to decline, as I have accepted another position closer to home. I \
    enjoyed our conversations and learned a lot about your work. I hope our paths cross again, \
    and I would be glad to stay in touch.\n\nKind regards,\nSam";

#[test]
fn a_draft_from_standard_input_prints_one_json_object() {
    let (code, out, err) = review(&["--lang", "en-US", "--no-spelling"], GOOD);
    assert_eq!(code, 0, "{err}");
    let r = json(&out);
    assert_eq!(r["language"], "en-US");
    assert_eq!(r["scenario"], "withdraw-after-interview");
    assert_eq!(r["elements"]["decision"], "present");
    assert_eq!(r["elements"]["next_steps"], "absent-optional");
    assert_eq!(r["unit"], "words");
    assert_eq!(r["too_short"], false);
    assert_eq!(r["too_long"], false);
    assert_eq!(r["critical"], serde_json::json!([]));
    assert_eq!(r["unfilled"], serde_json::json!([]));
    assert_eq!(r["misspelled"], serde_json::json!([]));
    assert_eq!(r["verdict"], "ready");
    // The subject line is not counted in the length.
    let body_words = GOOD.split_once("\n\n").map(|(_, b)| b).unwrap_or_default();
    assert_eq!(r["length"], body_words.split_whitespace().count());
}

#[test]
fn the_scenario_decides_what_is_required_and_findings_point_into_the_input() {
    let draft = "Subject: Höflich\n\nThe salary was far below market, sadly. I decline.";
    let (code, out, _) = review(
        &[
            "--lang",
            "en-US",
            "--scenario",
            "ask-for-time",
            "--no-spelling",
        ],
        draft,
    );
    assert_eq!(code, 0);
    let r = json(&out);
    assert_eq!(r["scenario"], "ask-for-time");
    assert_eq!(r["elements"]["next_steps"], "missing");
    assert_eq!(r["elements"]["decision"], "present");
    assert_eq!(r["verdict"], "not-ready");
    let finding = &r["critical"][0];
    // The salary and the comparison that finds it wanting: one finding over both.
    assert_eq!(finding["text"], "salary was far below market");
    // Character offsets into the input as given, the subject line included.
    let chars: Vec<char> = draft.chars().collect();
    let offset = |key: &str| usize::try_from(finding[key].as_u64().expect("offset")).expect("fits");
    let (start, end) = (offset("start"), offset("end"));
    assert_eq!(
        chars[start..end].iter().collect::<String>(),
        "salary was far below market"
    );
}

#[test]
fn a_file_and_japanese_count_characters() {
    let dir = tempfile::tempdir().expect("dir");
    let file = dir.path().join("draft.txt");
    std::fs::write(&file, "件名：内定について\n\n内定を辞退いたします。").expect("write");
    let (code, out, err) = review(&["--lang", "ja-JP", file.to_str().expect("utf-8 path")], "");
    assert_eq!(code, 0, "{err}");
    let r = json(&out);
    assert_eq!(r["unit"], "characters");
    assert_eq!(r["length"], "内定を辞退いたします。".chars().count());
    assert_eq!(r["too_short"], true);
    assert_eq!(r["spelling"], "no-dictionary");
}

#[test]
fn spelling_with_a_dictionary_in_the_data_folder() {
    let data = tempfile::tempdir().expect("dir");
    let dictionaries = data.path().join("dictionaries");
    std::fs::create_dir_all(&dictionaries).expect("folder");
    for ext in ["aff", "dic"] {
        std::fs::copy(
            crate::common::test_dictionaries().join(format!("en_US.{ext}")),
            dictionaries.join(format!("en_US.{ext}")),
        )
        .expect("copy");
    }
    let draft = "Dear Sam, thnak you for the offer.";
    let (code, out, err) = review(
        &[
            "--lang",
            "en-US",
            "--data-dir",
            data.path().to_str().expect("utf-8"),
        ],
        draft,
    );
    assert_eq!(code, 0, "{err}");
    let r = json(&out);
    assert_eq!(r["spelling"], "checked");
    let m = &r["misspelled"][0];
    assert_eq!(m["word"], "thnak", "{r}");
    assert_eq!(
        (m["start"].as_u64(), m["end"].as_u64()),
        (Some(10), Some(15))
    );
    assert!(
        m["suggestions"]
            .as_array()
            .expect("list")
            .iter()
            .any(|s| s == "thank"),
        "{m}"
    );
    assert_eq!(r["verdict"], "not-ready");
}

#[test]
fn bad_arguments_and_unreadable_files_exit_with_2_and_a_message() {
    for (args, says) in [
        (vec![], "--lang is required"),
        (
            vec!["--lang", "en-US", "--scenario", "nope"],
            "unknown scenario 'nope'",
        ),
        (vec!["--lang", "sw-KE"], "there is no review for 'sw-KE'"),
        (
            vec!["--lang", "en-US", "/no/such/file.txt"],
            "/no/such/file.txt",
        ),
        (
            vec!["--lang", "en-US", "--cues", "/no/such/review.ron"],
            "--cues",
        ),
        (vec!["--lang", "en-US", "--frobnicate"], "unknown argument"),
    ] {
        let (code, out, err) = review(&args, GOOD);
        assert_eq!(code, 2, "{args:?}: {out}");
        assert!(err.contains(says), "{args:?}: {err}");
        assert!(out.is_empty(), "{args:?}: {out}");
    }
    let dir = tempfile::tempdir().expect("dir");
    let latin1 = dir.path().join("latin1.txt");
    std::fs::write(&latin1, b"Caf\xe9").expect("write");
    let (code, _, err) = review(&["--lang", "en-US", latin1.to_str().expect("utf-8")], "");
    assert_eq!(code, 2);
    assert!(err.contains("not UTF-8"), "{err}");
    // A language given without its region finds the shipped one.
    let (code, out, _) = review(&["--lang", "de", "--no-spelling"], "Hallo");
    assert_eq!(code, 0);
    assert_eq!(json(&out)["language"], "de-DE");
    // Help is not a review.
    let (code, out, _) = review(&["--help"], "");
    assert_eq!(code, 0);
    assert!(out.contains("gracious review --lang"), "{out}");
}
