//! The harness the CLI's integration tests share: run the `akhbar` binary
//! on arguments and standard input, and check what it did.
#![allow(dead_code)] // each test file uses its own part of it

use std::io::Write;
use std::process::{Command, Stdio};

use serde_json::Value;

pub const BIN: &str = env!("CARGO_BIN_EXE_akhbar");

pub struct Run {
    pub code: Option<i32>,
    pub stdout: Vec<u8>,
    pub stderr: String,
}

impl Run {
    pub fn out(&self) -> &str {
        std::str::from_utf8(&self.stdout).expect("stdout is UTF-8")
    }

    pub fn lines(&self) -> Vec<&str> {
        self.out().lines().collect()
    }

    #[track_caller]
    pub fn assert_code(&self, code: i32) -> &Self {
        assert_eq!(
            self.code,
            Some(code),
            "exit status; stderr:\n{}",
            self.stderr
        );
        self
    }

    #[track_caller]
    pub fn assert_stderr_has(&self, needle: &str) -> &Self {
        assert!(
            self.stderr.contains(needle),
            "stderr should mention {needle:?}; it is:\n{}",
            self.stderr
        );
        self
    }

    /// The single JSON document on stdout.
    #[track_caller]
    pub fn json(&self) -> Value {
        serde_json::from_slice(&self.stdout)
            .unwrap_or_else(|e| panic!("stdout is not one JSON value ({e}):\n{}", self.out()))
    }

    /// One JSON document per stdout line.
    #[track_caller]
    pub fn jsonl(&self) -> Vec<Value> {
        self.lines()
            .iter()
            .map(|l| {
                serde_json::from_str(l).unwrap_or_else(|e| panic!("not a JSON line ({e}): {l}"))
            })
            .collect()
    }
}

/// Run `akhbar args…` with `stdin` as its input.
#[track_caller]
pub fn run(args: &[&str], stdin: &[u8]) -> Run {
    let mut child = Command::new(BIN)
        .args(args)
        .env("RUST_BACKTRACE", "0")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn akhbar");
    let mut sin = child.stdin.take().unwrap();
    let input = stdin.to_vec();
    // A thread, so that a large input cannot deadlock against a full stdout.
    let feeder = std::thread::spawn(move || {
        let _ = sin.write_all(&input);
    });
    let out = child.wait_with_output().expect("wait for akhbar");
    feeder.join().unwrap();
    let r = Run {
        code: out.status.code(),
        stdout: out.stdout,
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    };
    assert!(
        r.code != Some(101) && !r.stderr.contains("panicked"),
        "akhbar {args:?} panicked:\n{}",
        r.stderr
    );
    assert!(r.code.is_some(), "akhbar {args:?} was killed by a signal");
    r
}
