//! `--back-translate COMMAND`: a back-translation made on demand, for a reviewer who does not
//! read the target language. The command (any shell command line, e.g. `apertium spa-eng`)
//! reads the translation on stdin and writes the back-translation on stdout; driftview then
//! opens (or reports) original | translation | back-translation as a round trip.
//!
//! The output is cached beside the reviews, named after the translation and keyed by the
//! command and the translation's text, so a second look costs nothing and an edited
//! translation is translated again. A command that fails, writes nothing, writes more than
//! `--max-size`, or outlives its time is stopped (its whole process group: an engine is often
//! a pipeline) and reported in one line; nothing is cached then.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use anyhow::{Result, anyhow};

use driftview::load::LoadOptions;

/// How to make a back-translation.
#[derive(Debug, Clone)]
pub(crate) struct BackTranslation {
    /// The shell command line.
    pub command: String,
    /// How long it may run.
    pub timeout: Duration,
    /// Where its outputs are kept.
    pub cache_dir: PathBuf,
}

/// The back-translation of `translation`: its cached file, made first when there is none.
pub(crate) fn back_translate(
    translation: &Path,
    how: &BackTranslation,
    load: &LoadOptions,
) -> Result<PathBuf> {
    let doc = super::loading::load_one(translation, load)?;
    let cached = cache_file(&how.cache_dir, translation, &how.command, &doc.text);
    if cached.is_file() {
        return Ok(cached);
    }
    eprintln!(
        "driftview: back-translating {} with `{}`…",
        doc.name(),
        driftview::text::visible(&how.command)
    );
    let output = run(&how.command, &doc.text, how.timeout, load.max_bytes)?;
    // Atomically: a reader killed mid-write leaves no half back-translation to be reused.
    super::atomic::write(&cached, output.as_bytes())?;
    Ok(cached)
}

/// `<translation's name>.back-<command>-<key>.txt`: readable in a pane's title, and a new key
/// for a new command or an edited translation.
fn cache_file(dir: &Path, translation: &Path, command: &str, text: &str) -> PathBuf {
    let key = driftview::review::store::fingerprint(&format!("{command}\0{text}"));
    let stem = translation
        .file_stem()
        .map_or("stdin".into(), |s| s.to_string_lossy().into_owned());
    let tidy = |s: &str, n: usize| -> String {
        s.chars()
            .map(|c| if c.is_alphanumeric() { c } else { '-' })
            .take(n)
            .collect()
    };
    dir.join(format!(
        "{}.back-{}-{:08x}.txt",
        tidy(&stem, 40),
        tidy(command, 24),
        key as u32
    ))
}

/// Runs `command` with `input` on its stdin; its stdout, as text. std's `try_wait` polled
/// every few milliseconds is the timeout (a crate for it would save four lines).
fn run(command: &str, input: &str, timeout: Duration, max_bytes: u64) -> Result<String> {
    use std::os::unix::process::CommandExt;
    let shown = driftview::text::visible(command).into_owned();
    let mut child = Command::new("sh")
        .arg("-c")
        .arg(command)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        // Its own process group, so that a timeout stops the whole pipeline.
        .process_group(0)
        .spawn()
        .map_err(|e| anyhow!("back-translation: cannot run `{shown}`: {e}"))?;
    let mut stdin = child.stdin.take().expect("piped");
    let text = input.to_string();
    // A command that stops reading early (or never starts) must not block the writer: the
    // error of a closed pipe is its own business.
    let writer = std::thread::spawn(move || {
        let _ = stdin.write_all(text.as_bytes());
    });
    let mut stdout = child.stdout.take().expect("piped");
    let reader = std::thread::spawn(move || {
        let mut bytes = Vec::new();
        let read = (&mut stdout).take(max_bytes + 1).read_to_end(&mut bytes);
        read.map(|_| bytes)
    });
    let mut stderr = child.stderr.take().expect("piped");
    let complaints = std::thread::spawn(move || {
        let mut bytes = Vec::new();
        let _ = (&mut stderr).take(64 * 1024).read_to_end(&mut bytes);
        bytes
    });
    let start = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait()? {
            break status;
        }
        if start.elapsed() >= timeout {
            stop_group(child.id());
            let _ = child.wait();
            return Err(anyhow!(
                "back-translation: `{shown}` did not finish in {} s and was stopped \
                 (--back-translate-timeout sets the time)",
                timeout.as_secs()
            ));
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    // The shell is done; what it started in the background must not hold the pipes open.
    stop_group(child.id());
    let _ = writer.join();
    let bytes = reader
        .join()
        .map_err(|_| anyhow!("back-translation: reading `{shown}` failed"))??;
    // The line that says "error" (an engine's usage follows it), else the last one (a
    // traceback ends with its error).
    let complaints = String::from_utf8_lossy(&complaints.join().unwrap_or_default()).into_owned();
    let lines: Vec<&str> = complaints
        .lines()
        .filter(|l| !l.trim().is_empty())
        .collect();
    let last_complaint = lines
        .iter()
        .find(|l| l.to_lowercase().contains("error"))
        .or(lines.last())
        .map(|l| driftview::text::visible(l.trim()).into_owned());
    // Too much output first: the reader stopped taking it, which the command may have died of.
    if bytes.len() as u64 > max_bytes {
        return Err(anyhow!(
            "back-translation: `{shown}` wrote more than --max-size allows"
        ));
    }
    if !status.success() {
        let why = last_complaint.map_or(String::new(), |l| format!(": {l}"));
        return Err(anyhow!(
            "back-translation: `{shown}` failed ({status}){why}"
        ));
    }
    let text = String::from_utf8_lossy(&bytes).into_owned();
    if text.trim().is_empty() {
        return Err(anyhow!(
            "back-translation: `{shown}` wrote nothing on its standard output"
        ));
    }
    Ok(text)
}

/// Stops a process group, whatever is left of it (a group already gone is no error here).
/// rustix sends the signal: std has no call for a group, and driftview has no unsafe code.
fn stop_group(leader: u32) {
    let pid = i32::try_from(leader)
        .ok()
        .and_then(rustix::process::Pid::from_raw);
    if let Some(pid) = pid {
        let _ = rustix::process::kill_process_group(pid, rustix::process::Signal::KILL);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_command_reads_stdin_and_its_stdout_is_the_text() {
        let out = run("tr a-z A-Z", "hola mundo\n", Duration::from_secs(10), 1000).unwrap();
        assert_eq!(out, "HOLA MUNDO\n");
    }

    #[test]
    fn a_failure_a_silence_an_overflow_and_a_hang_are_one_line_each() {
        let t = Duration::from_secs(10);
        let failed = run("echo 'no such pair' >&2; exit 3", "x", t, 1000).unwrap_err();
        assert!(
            failed
                .to_string()
                .contains("failed (exit status: 3): no such pair"),
            "{failed}"
        );
        let usage = "echo 'Error: Mode spa-xxx does not exist. Try one of:' >&2; echo spa-eng >&2";
        let failed = run(&format!("{usage}; exit 1"), "x", t, 1000).unwrap_err();
        assert!(
            failed
                .to_string()
                .ends_with("Mode spa-xxx does not exist. Try one of:")
        );
        let silent = run("cat > /dev/null", "x", t, 1000).unwrap_err();
        assert!(silent.to_string().contains("wrote nothing"), "{silent}");
        let big = run("yes", "x", t, 1000).unwrap_err();
        assert!(big.to_string().contains("--max-size"), "{big}");
        let start = Instant::now();
        // A pipeline whose first part hangs: the whole group is stopped in time.
        let hung = run("sleep 30 | cat", "x", Duration::from_millis(300), 1000).unwrap_err();
        assert!(hung.to_string().contains("did not finish in 0 s"), "{hung}");
        assert!(start.elapsed() < Duration::from_secs(5));
    }

    #[test]
    fn the_cache_key_follows_the_command_and_the_text() {
        let dir = Path::new("/c");
        let t = Path::new("/x/es.txt");
        let a = cache_file(dir, t, "apertium spa-eng", "Hola.");
        assert_eq!(a, cache_file(dir, t, "apertium spa-eng", "Hola."));
        assert_ne!(a, cache_file(dir, t, "apertium spa-eng", "Adiós."));
        assert_ne!(a, cache_file(dir, t, "other", "Hola."));
        let name = a.file_name().unwrap().to_string_lossy().into_owned();
        assert!(name.starts_with("es.back-apertium-spa-eng-"), "{name}");
    }
}
