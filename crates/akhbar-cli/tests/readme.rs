//! The README's `console` examples run as written: each `$ command` line is
//! run by `sh` in the repository root with `akhbar` on the PATH, and its
//! output must equal the lines that follow it.

use std::path::Path;
use std::process::Command;

#[test]
fn readme_examples_run_as_written() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let readme = std::fs::read_to_string(root.join("README.md")).expect("README.md");
    let bin_dir = Path::new(env!("CARGO_BIN_EXE_akhbar"))
        .parent()
        .expect("bin dir")
        .to_path_buf();
    let path = format!(
        "{}:{}",
        bin_dir.display(),
        std::env::var("PATH").unwrap_or_default()
    );

    let mut examples = Vec::new();
    let mut in_console = false;
    let mut current: Option<(String, Vec<String>)> = None;
    for line in readme.lines() {
        if line.trim_start().starts_with("```") {
            if let Some(c) = current.take() {
                examples.push(c);
            }
            in_console = !in_console && line.trim() == "```console";
            continue;
        }
        if !in_console {
            continue;
        }
        if let Some(cmd) = line.strip_prefix("$ ") {
            if let Some(c) = current.take() {
                examples.push(c);
            }
            current = Some((cmd.to_string(), Vec::new()));
        } else if let Some((_, out)) = current.as_mut() {
            out.push(line.to_string());
        }
    }
    assert!(
        examples.len() >= 4,
        "README console examples found: {}",
        examples.len()
    );
    for (cmd, expected) in examples {
        let out = Command::new("sh")
            .arg("-c")
            .arg(&cmd)
            .current_dir(&root)
            .env("PATH", &path)
            .output()
            .expect("sh runs");
        let stdout = String::from_utf8(out.stdout).expect("utf-8");
        let got: Vec<&str> = stdout.lines().collect();
        assert_eq!(
            got,
            expected,
            "README example: {cmd}\nstderr: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}
