//! Subtitles (SubRip `.srt`, WebVTT `.vtt`): each cue a unit with its time on screen, so that a
//! subtitle translation aligns cue by cue by the times the two files share (`align/given.rs`),
//! however the translator merged or split cues. The cue's text is what is compared: its lines
//! joined, its markup (`<i>`, `<v Speaker>`, `{\an8}`) left out. No crate reads both formats
//! and keeps what this needs (the `srtlib` and `subparse` crates cover one each, or pull in a
//! media toolkit); the grammar is small, and a malformed cue is named by its line here.

use std::ops::Range;

/// A cue: when it is shown (milliseconds) and its text on one line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cue {
    /// From its start to its end, in milliseconds.
    pub time: Range<u32>,
    /// Its text, lines joined by a space, markup out.
    pub text: String,
}

/// Whether a file is subtitles, by its extension or WebVTT's signature.
pub fn is_subtitles(path: &std::path::Path, text: &str) -> bool {
    let ext = super::file_name::lowercase_extension(path);
    matches!(ext.as_str(), "srt" | "vtt") || text.starts_with("WEBVTT")
}

/// A timestamp, `01:02:03,456` (SubRip) or `01:02:03.456` / `02:03.456` (WebVTT), in ms.
fn timestamp(text: &str) -> Option<u32> {
    let (clock, millis) = text.trim().rsplit_once([',', '.'])?;
    if millis.len() != 3 {
        return None;
    }
    let parts: Vec<&str> = clock.split(':').collect();
    let numbers: Option<Vec<u32>> = parts.iter().map(|p| p.parse().ok()).collect();
    let (h, m, s) = match numbers?.as_slice() {
        [h, m, s] => (*h, *m, *s),
        [m, s] => (0, *m, *s),
        _ => return None,
    };
    if m >= 60 || s >= 60 {
        return None;
    }
    Some(((h * 60 + m) * 60 + s) * 1000 + millis.parse::<u32>().ok()?)
}

/// A timing line: `start --> end`, WebVTT's settings after it left out.
fn timing(line: &str) -> Option<Range<u32>> {
    let (start, rest) = line.split_once("-->")?;
    let end = rest.split_whitespace().next()?;
    let (start, end) = (timestamp(start)?, timestamp(end)?);
    Some(start..end.max(start))
}

/// A cue line's text without markup: tags in `<>` and SubStation overrides in `{\…}`, and
/// WebVTT's character references.
fn plain(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '<' if line.contains('>') => {
                for d in chars.by_ref() {
                    if d == '>' {
                        break;
                    }
                }
            }
            '{' if chars.peek() == Some(&'\\') => {
                for d in chars.by_ref() {
                    if d == '}' {
                        break;
                    }
                }
            }
            _ => out.push(c),
        }
    }
    out.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&nbsp;", " ")
        .replace("&amp;", "&")
}

/// The cues of a SubRip or WebVTT text (newlines already LF), or what is wrong, by line.
pub fn cues(text: &str) -> Result<Vec<Cue>, String> {
    let mut cues = Vec::new();
    let lines: Vec<&str> = text.lines().collect();
    let mut at = 0;
    let webvtt = text.starts_with("WEBVTT");
    while at < lines.len() {
        // A block: lines up to a blank one.
        let start = at;
        while at < lines.len() && !lines[at].trim().is_empty() {
            at += 1;
        }
        let block = &lines[start..at];
        at += 1;
        let Some(first) = block.first() else {
            continue;
        };
        let first = first.trim_start_matches('\u{feff}');
        // WebVTT's header, comments, styles and regions are no cues.
        if webvtt
            && (start == 0
                || ["NOTE", "STYLE", "REGION"]
                    .iter()
                    .any(|w| first == *w || first.starts_with(&format!("{w} "))))
        {
            continue;
        }
        // The timing line is the first or, after a number or identifier, the second.
        let Some(k) = block.iter().take(2).position(|l| l.contains("-->")) else {
            return Err(format!(
                "line {}: a cue without a timing line (00:00:01,000 --> 00:00:04,000)",
                start + 1
            ));
        };
        let time = timing(block[k])
            .ok_or_else(|| format!("line {}: not a cue's timing: {}", start + k + 1, block[k]))?;
        let text = block[k + 1..]
            .iter()
            .map(|l| plain(l))
            .map(|l| l.trim().to_string())
            .filter(|l| !l.is_empty())
            .collect::<Vec<_>>()
            .join(" ");
        if !text.is_empty() {
            cues.push(Cue { time, text });
        }
    }
    if cues.is_empty() {
        return Err("no subtitle cues".into());
    }
    Ok(cues)
}

/// The cues' texts one after another, a blank line between, each one's byte range and time.
pub fn joined(cues: &[Cue]) -> (String, Vec<Range<usize>>, Vec<Range<u32>>) {
    let mut text = String::new();
    let mut spans = Vec::with_capacity(cues.len());
    for cue in cues {
        if !text.is_empty() {
            text.push_str("\n\n");
        }
        let start = text.len();
        text.push_str(&cue.text);
        spans.push(start..text.len());
    }
    (text, spans, cues.iter().map(|c| c.time.clone()).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn subrip_cues_are_read_with_their_times_and_without_markup() {
        let srt = "1\n00:00:01,000 --> 00:00:04,500\n<i>Where are</i>\nyou going?\n\n2\n00:01:02,250 --> 00:01:05,000\n{\\an8}To the harbour &amp; back.\n";
        let cues = cues(srt).unwrap();
        assert_eq!(
            cues,
            [
                Cue {
                    time: 1000..4500,
                    text: "Where are you going?".into()
                },
                Cue {
                    time: 62_250..65_000,
                    text: "To the harbour & back.".into()
                },
            ]
        );
    }

    #[test]
    fn webvtt_skips_its_header_notes_and_styles_and_reads_short_times() {
        let vtt = "WEBVTT - a film\n\nNOTE written by hand\n\nSTYLE\n::cue { color: yellow }\n\nintro\n00:01.000 --> 00:03.000 align:start\n<v Anna>Hello there.</v>\n\n00:00:04.000 --> 00:00:06.000\nGoodbye.\n";
        let cues = cues(vtt).unwrap();
        assert_eq!(cues.len(), 2);
        assert_eq!(cues[0].time, 1000..3000);
        assert_eq!(cues[0].text, "Hello there.");
        assert_eq!(cues[1].text, "Goodbye.");
    }

    #[test]
    fn a_malformed_cue_is_named_by_its_line() {
        let err =
            cues("1\n00:00:01,000 --> 00:00:02,000\nFine.\n\n2\nno timing here\n").unwrap_err();
        assert!(
            err.starts_with("line 5: a cue without a timing line"),
            "{err}"
        );
        let err = cues("1\n00:00:01 --> 00:00:02,000\nx\n").unwrap_err();
        assert!(err.starts_with("line 2: not a cue's timing"), "{err}");
        assert_eq!(cues("\n\n").unwrap_err(), "no subtitle cues");
    }
}
