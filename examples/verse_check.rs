//! Checks that alignment is verse-true on the Bible corpus: a verse's sentence in the old
//! translation sits in the same row as the same verse's sentence in the new one.
//!
//! `cargo run --release --example verse_check -- KJV_LINES WEB_LINES OLD NEW`
//!
//! The `-lines` files have one verse per line in the same order in both translations; they
//! give every word its verse. OLD and NEW (the `-lines` files again, or their paragraph-per-line
//! twins, which hold the same words) are then compared, and each sentence is checked against
//! the verses of the sentences across from it. Chapters whose verse lines do not pair one to
//! one (psalm titles, verses split by a paragraph mark) are left out of the count.

use std::collections::HashSet;
use std::sync::Arc;

use driftview::load::load_file;
use driftview::segment::word_count;
use driftview::{DiffOptions, Side, compare};

fn is_heading(line: &str) -> bool {
    let Some((book, number)) = line.rsplit_once(' ') else {
        return false;
    };
    !line.starts_with("BOOK")
        && number.chars().all(|c| c.is_ascii_digit())
        && !number.is_empty()
        && book.chars().all(|c| c.is_alphanumeric() || c == ' ')
        && book.split(' ').count() <= 3
}

/// The verse (chapter, line) of every word of a `-lines` file, `None` outside paired chapters.
/// Chapters: each a heading's word count and its non-blank lines.
fn chapters(text: &str) -> Vec<(usize, Vec<&str>)> {
    let mut out: Vec<(usize, Vec<&str>)> = vec![(0, Vec::new())];
    for line in text.lines() {
        if is_heading(line) {
            out.push((word_count(line), Vec::new()));
        } else if !line.trim().is_empty() {
            out.last_mut().unwrap().1.push(line);
        }
    }
    out
}

/// The verse (chapter, line) of every word, `None` for headings and unpaired chapters.
fn word_verses(
    own: &[(usize, Vec<&str>)],
    other: &[(usize, Vec<&str>)],
) -> Vec<Option<(usize, usize)>> {
    let mut verses = Vec::new();
    for (c, (heading_words, lines)) in own.iter().enumerate() {
        verses.extend(std::iter::repeat_n(None, *heading_words));
        let paired = c > 0 && other.get(c).is_some_and(|o| o.1.len() == lines.len());
        for (v, line) in lines.iter().enumerate() {
            let id = paired.then_some((c, v));
            verses.extend(std::iter::repeat_n(id, word_count(line)));
        }
    }
    verses
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [kjv_lines, web_lines, old, new] = &args[..] else {
        eprintln!("usage: verse_check KJV_LINES WEB_LINES OLD NEW");
        std::process::exit(2);
    };
    let read = |p: &String| std::fs::read_to_string(p).expect("readable");
    let (kl, wl) = (read(kjv_lines), read(web_lines));
    let (kc, wc) = (chapters(&kl), chapters(&wl));
    let verse_of = [word_verses(&kc, &wc), word_verses(&wc, &kc)];
    let old = Arc::new(load_file(old.as_ref()).expect("old loads"));
    let new = Arc::new(load_file(new.as_ref()).expect("new loads"));
    let t = std::time::Instant::now();
    let cmp = compare(old, new, DiffOptions::default());
    let elapsed = t.elapsed();
    // The verse of each sentence's first word.
    let sentence_verses: Vec<Vec<Option<(usize, usize)>>> = Side::BOTH
        .iter()
        .enumerate()
        .map(|(k, &side)| {
            let text = &cmp.docs.get(side).text;
            let mut words = 0;
            let mut at = 0;
            cmp.sentences
                .get(side)
                .iter()
                .map(|s| {
                    words += word_count(&text[at..s.span.start]);
                    let verse = verse_of[k].get(words).copied().flatten();
                    words += word_count(&text[s.span.clone()]);
                    at = s.span.end;
                    verse
                })
                .collect()
        })
        .collect();
    let (mut checked, mut right) = (0usize, 0usize);
    for row in &cmp.rows {
        let across: HashSet<(usize, usize)> = row
            .sentences
            .new
            .clone()
            .filter_map(|j| sentence_verses[1][j])
            .collect();
        for i in row.sentences.old.clone() {
            if let Some(v) = sentence_verses[0][i] {
                checked += 1;
                right += usize::from(across.contains(&v));
                if !across.contains(&v)
                    && std::env::var_os("VERSE_DEBUG").is_some()
                    && checked < 400
                {
                    eprintln!(
                        "{v:?} {:?} | across {:?}: {}",
                        &cmp.docs.old.text[cmp.sentences.old[i].span.clone()],
                        across,
                        cmp.text(row, Side::New)
                    );
                }
            }
        }
    }
    println!(
        "compared in {:.2} s; {} rows; words in common {:.1}%; verse-true {:.1}% of {} old sentences in paired chapters",
        elapsed.as_secs_f64(),
        cmp.rows.len(),
        cmp.similarity * 100.0,
        100.0 * right as f64 / checked.max(1) as f64,
        checked
    );
}
