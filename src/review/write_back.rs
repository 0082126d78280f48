//! The review written back into the translator's own file: each reviewed finding of a PO or
//! XLIFF file as a remark on its entry (a PO translator comment `# driftview: …`, an XLIFF
//! `<note>`), so that the translator sees it in Poedit, Lokalize or OmegaT beside the message.
//!
//! The file is changed by insertion only: every byte of it stays where it was, with the
//! remarks' lines put in (and the remarks of an earlier run taken out), so that a diff of the
//! copy shows the remarks and nothing else. Each result is read back before it is given out:
//! its entries must be the file's, one for one, or nothing is written.

use std::ops::Range;

use super::anchor::Attached;
use super::record::{Review, Verdict};
use super::scoring::{self, ScoringModel};
use crate::comparison::Comparison;
use crate::load::Bilingual;

/// What a remark starts with, in either format; a line or note that starts so is one of ours.
pub const MARK: &str = "driftview:";

/// One remark: the entry it is on (a bilingual file's entries are its comparison's rows) and
/// what it says, on one line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Remark {
    /// The entry, counted as the comparison counts them (a plural message is two).
    pub entry: usize,
    /// The remark, without the mark.
    pub text: String,
}

/// The remarks of a reviewed bilingual comparison: every finding with a verdict or a note,
/// and with `unreviewed`, the findings without one too.
pub fn remarks(
    cmp: &Comparison,
    review: &Review,
    attached: &Attached,
    model: &ScoringModel,
    unreviewed: bool,
) -> Vec<Remark> {
    let mut out = Vec::new();
    for (k, f) in cmp.findings.iter().enumerate() {
        let entry = attached.entries[k].map(|i| &review.entries[i]);
        let verdict = entry.and_then(|e| e.verdict);
        let note = entry.and_then(|e| e.note.as_deref());
        let judged = match (verdict, entry) {
            (Some(v), Some(e)) if e.is_error() => {
                let (category, severity) = scoring::judged(model, e, f);
                format!("{} ({category}, {})", v.label(), severity.label())
            }
            (Some(Verdict::Acceptable), _) => "acceptable".to_string(),
            (Some(v), _) => v.label().to_string(),
            (None, Some(_)) => "note".to_string(),
            (None, None) if unreviewed => format!("{} {}", f.severity.label(), f.kind.label()),
            (None, None) => continue,
        };
        let note = note.map_or(String::new(), |n| format!(" — {n}"));
        let text = format!("{judged}: {}{note}", f.message);
        out.push(Remark {
            entry: f.row,
            text: crate::text::typography::single_spaced(&text),
        });
    }
    out
}

/// Which of the two formats a file is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// gettext PO.
    Po,
    /// XLIFF 1.2 or 2.0.
    Xliff,
}

/// The file's text with the remarks in (and an earlier run's taken out). The file must be
/// UTF-8 (a catalogue in another charset is refused, not re-encoded behind the user's back).
pub fn annotate(format: Format, bytes: &[u8], remarks: &[Remark]) -> Result<String, String> {
    let text = std::str::from_utf8(bytes).map_err(|e| {
        format!(
            "not UTF-8 (at byte {}): remarks are written into UTF-8 files only",
            e.valid_up_to()
        )
    })?;
    let read = |t: &str| match format {
        Format::Po => crate::load::bilingual::read_po_file(t),
        Format::Xliff => crate::load::bilingual::read_xliff_file(t),
    };
    let before = read(text)?;
    let written = match format {
        Format::Po => po(text, remarks, before.entries.len())?,
        Format::Xliff => xliff(text, remarks, before.entries.len())?,
    };
    // Read back: the same entries, or the copy is not given out.
    let after = read(&written).map_err(|e| format!("the annotated copy does not read: {e}"))?;
    if !same_entries(&before, &after) {
        return Err("the annotated copy's entries differ from the file's; nothing written".into());
    }
    Ok(written)
}

fn same_entries(a: &Bilingual, b: &Bilingual) -> bool {
    a.entries.len() == b.entries.len()
        && a.entries
            .iter()
            .zip(&b.entries)
            .all(|(x, y)| x.source == y.source && x.target == y.target)
}

/// Each entry's remarks, one line each.
fn by_entry(remarks: &[Remark], entries: usize) -> Result<Vec<Vec<&str>>, String> {
    let mut out = vec![Vec::new(); entries];
    for r in remarks {
        out.get_mut(r.entry)
            .ok_or_else(|| format!("a remark on entry {} of {entries}", r.entry + 1))?
            .push(r.text.as_str());
    }
    Ok(out)
}

/// A PO message as the scan finds it: where its first line starts, and how many entries it
/// is (a plural message is two).
struct Message {
    start: usize,
    entries: usize,
}

/// The messages of a PO file, the header and obsolete (`#~`) entries left out, as polib
/// reads them. A message starts at its first comment or keyword line after the previous
/// message's `msgstr` (or after a blank line).
fn po_messages(text: &str) -> Vec<Message> {
    let mut messages: Vec<(usize, Vec<&str>)> = Vec::new();
    let mut current: Option<(usize, Vec<&str>)> = None;
    let mut seen_msgstr = false;
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        let start = at;
        at += line.len();
        let trimmed = line.trim();
        if trimmed.is_empty() {
            messages.extend(current.take());
            seen_msgstr = false;
            continue;
        }
        let starts_entry = trimmed.starts_with('#')
            || trimmed.starts_with("msgctxt")
            || (trimmed.starts_with("msgid") && !trimmed.starts_with("msgid_plural"));
        if starts_entry && seen_msgstr {
            messages.extend(current.take());
            seen_msgstr = false;
        }
        if trimmed.starts_with("msgstr") {
            seen_msgstr = true;
        }
        current.get_or_insert((start, Vec::new())).1.push(trimmed);
    }
    messages.extend(current);
    messages
        .into_iter()
        .filter_map(|(start, lines)| {
            let active: Vec<&str> = lines.into_iter().filter(|l| !l.starts_with('#')).collect();
            let msgid = active.iter().position(|l| l.starts_with("msgid "))?;
            let header = msgid == 0
                && active[0] == "msgid \"\""
                && active.get(1).is_some_and(|l| l.starts_with("msgstr"));
            let plural = active.iter().any(|l| l.starts_with("msgid_plural"));
            (!header).then_some(Message {
                start,
                entries: if plural { 2 } else { 1 },
            })
        })
        .collect()
}

fn po(text: &str, remarks: &[Remark], entries: usize) -> Result<String, String> {
    let messages = po_messages(text);
    let counted: usize = messages.iter().map(|m| m.entries).sum();
    if counted != entries {
        return Err(format!(
            "its messages were read as {counted} entries here and {entries} by the PO reader; nothing written"
        ));
    }
    let per_entry = by_entry(remarks, entries)?;
    // Where each message's remarks go, in file order.
    let mut inserts: Vec<(usize, String)> = Vec::new();
    let mut entry = 0;
    for m in &messages {
        let mut lines = String::new();
        for (form, remarks) in per_entry[entry..entry + m.entries].iter().enumerate() {
            let plural = if form > 0 { "(plural) " } else { "" };
            for r in remarks {
                lines.push_str(&format!("# {MARK} {plural}{r}\n"));
            }
        }
        entry += m.entries;
        if !lines.is_empty() {
            inserts.push((m.start, lines));
        }
    }
    // An earlier run's remarks out, these in.
    let mut out =
        String::with_capacity(text.len() + inserts.iter().map(|i| i.1.len()).sum::<usize>());
    let mut next = inserts.iter().peekable();
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        while let Some((_, lines)) = next.next_if(|(start, _)| *start <= at) {
            out.push_str(lines);
        }
        at += line.len();
        if !line.trim_start().starts_with(&format!("# {MARK}")) {
            out.push_str(line);
        }
    }
    for (_, lines) in next {
        out.push_str(lines);
    }
    Ok(out)
}

/// Text for XML character data.
fn escaped(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

fn xliff(text: &str, remarks: &[Remark], entries: usize) -> Result<String, String> {
    let parsed = crate::load::bilingual::xliff_without_doctype(text);
    let doc = roxmltree::Document::parse(&parsed).map_err(|e| format!("not XML: {e}"))?;
    let is = |n: &roxmltree::Node, name: &str| n.is_element() && n.tag_name().name() == name;
    // The units as the reader counts them: those with a source.
    let units: Vec<roxmltree::Node> = doc
        .descendants()
        .filter(|n| is(n, "trans-unit") || is(n, "segment"))
        .filter(|u| u.children().any(|c| is(&c, "source")))
        .collect();
    if units.len() != entries {
        return Err(format!(
            "its units were read as {} entries here and {entries} by the XLIFF reader",
            units.len()
        ));
    }
    let per_entry = by_entry(remarks, entries)?;
    // Edits as (range replaced, text put in); insertions have empty ranges.
    let mut edits: Vec<(Range<usize>, String)> = Vec::new();
    // An earlier run's notes out (and a 2.0 `<notes>` that held only ours).
    let ours = |n: &roxmltree::Node| {
        is(n, "note")
            && (n.attribute("from") == Some("driftview")
                || n.attribute("category") == Some("driftview"))
    };
    for notes in doc.descendants().filter(|n| is(n, "notes")) {
        let kept = notes
            .children()
            .filter(|c| c.is_element() && !ours(c))
            .count();
        if kept == 0 && notes.children().any(|c| ours(&c)) {
            edits.push((notes.range(), String::new()));
        }
    }
    for note in doc.descendants().filter(ours) {
        let inside_removed = edits
            .iter()
            .any(|(r, _)| r.start <= note.range().start && note.range().end <= r.end);
        if !inside_removed {
            edits.push((note.range(), String::new()));
        }
    }
    for (unit, lines) in units.iter().zip(&per_entry) {
        if lines.is_empty() {
            continue;
        }
        if is(unit, "trans-unit") {
            // 1.2: notes after the target (or the source), as the schema orders them.
            let after = unit
                .children()
                .rfind(|c| is(c, "target") || is(c, "source") || is(c, "seg-source"))
                .map_or(unit.range().start, |c| c.range().end);
            let notes: String = lines
                .iter()
                .map(|l| format!("<note from=\"driftview\">{MARK} {}</note>", escaped(l)))
                .collect();
            edits.push((after..after, notes));
        } else {
            // 2.0: a segment's notes are its unit's, first in the unit, naming the segment.
            let Some(owner) = unit.parent().filter(|p| is(p, "unit")) else {
                return Err("a <segment> outside a <unit>".into());
            };
            let id = unit
                .attribute("id")
                .map_or(String::new(), |i| format!(" (segment {i})"));
            let notes: String = lines
                .iter()
                .map(|l| {
                    format!(
                        "<note category=\"driftview\">{MARK}{} {}</note>",
                        escaped(&id),
                        escaped(l)
                    )
                })
                .collect();
            let existing = owner.children().find(|c| is(c, "notes"));
            match existing.filter(|n| n.children().any(|c| c.is_element() && !ours(&c))) {
                Some(n) => {
                    let close = parsed[n.range()]
                        .rfind("</")
                        .map_or(n.range().end, |i| n.range().start + i);
                    edits.push((close..close, notes));
                }
                None => {
                    let first = owner
                        .children()
                        .find(|c| c.is_element() && !is(c, "notes"))
                        .map_or(owner.range().end, |c| c.range().start);
                    edits.push((first..first, format!("<notes>{notes}</notes>")));
                }
            }
        }
    }
    // Applied from the end, so that earlier positions hold; the DOCTYPE blanked for the
    // parser is the file's own again (positions are the same).
    edits.sort_by_key(|(r, _)| (r.start, r.end));
    let mut out = text.to_string();
    for (range, with) in edits.into_iter().rev() {
        out.replace_range(range, &with);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    const PO: &str = "# German translation.\nmsgid \"\"\nmsgstr \"\"\n\"Language: de\\n\"\n\"Content-Type: text/plain; charset=UTF-8\\n\"\n\n#: src/main.c:10\nmsgid \"Print 12 lines.\"\nmsgstr \"13 Zeilen ausgeben.\"\n\n#, fuzzy\nmsgid \"one file\"\nmsgid_plural \"%d files\"\nmsgstr[0] \"eine Datei\"\nmsgstr[1] \"Dateien\"\n\n#~ msgid \"Old.\"\n#~ msgstr \"Alt.\"\n";

    fn remark(entry: usize, text: &str) -> Remark {
        Remark {
            entry,
            text: text.into(),
        }
    }

    #[test]
    fn a_po_gets_translator_comments_on_its_messages_and_nothing_else_changes() {
        let remarks = [
            remark(
                0,
                "error (accuracy/mistranslation, major): number changed: “12” → “13”",
            ),
            remark(2, "error (markup, major): placeholder “%d” missing"),
        ];
        let out = annotate(Format::Po, PO.as_bytes(), &remarks).unwrap();
        let expected = PO
            .replace(
                "#: src/main.c:10\n",
                "# driftview: error (accuracy/mistranslation, major): number changed: “12” → “13”\n#: src/main.c:10\n",
            )
            .replace(
                "#, fuzzy\n",
                "# driftview: (plural) error (markup, major): placeholder “%d” missing\n#, fuzzy\n",
            );
        assert_eq!(out, expected);
        // Annotating the copy again replaces the remarks, never doubles them.
        let again = annotate(Format::Po, out.as_bytes(), &remarks[..1]).unwrap();
        assert_eq!(again.matches("# driftview:").count(), 1, "{again}");
        // Messages with no blank line between them, which the PO reader takes for one: the
        // two readings differ, and nothing is written rather than a remark on the wrong one.
        let packed = "msgid \"a\"\nmsgstr \"b\"\nmsgid \"c\"\nmsgstr \"d\"\n";
        let refused = annotate(Format::Po, packed.as_bytes(), &[remark(0, "note: x")]);
        assert!(refused.unwrap_err().contains("nothing written"));
    }

    #[test]
    fn xliff_gets_notes_where_each_version_keeps_them() {
        let v12 = "<xliff version=\"1.2\"><file source-language=\"en\" target-language=\"de\"><body>\n<trans-unit id=\"1\"><source>A &amp; B</source><target>A und B</target></trans-unit>\n<trans-unit id=\"2\"><source>C</source></trans-unit>\n</body></file></xliff>";
        let out = annotate(
            Format::Xliff,
            v12.as_bytes(),
            &[remark(0, "note: <fine> & good")],
        )
        .unwrap();
        assert!(out.contains("<target>A und B</target><note from=\"driftview\">driftview: note: &lt;fine&gt; &amp; good</note></trans-unit>"), "{out}");
        let again = annotate(Format::Xliff, out.as_bytes(), &[remark(1, "untranslated")]).unwrap();
        assert_eq!(again.matches("from=\"driftview\"").count(), 1, "{again}");
        assert!(again.contains("<source>C</source><note from=\"driftview\">"));
        let v20 = "<xliff xmlns=\"urn:oasis:names:tc:xliff:document:2.0\" version=\"2.0\" srcLang=\"en\" trgLang=\"de\"><file id=\"f\"><unit id=\"u\"><segment id=\"s1\"><source>One.</source><target>Eins.</target></segment><segment id=\"s2\"><source>Two.</source><target>Drei.</target></segment></unit></file></xliff>";
        let out = annotate(Format::Xliff, v20.as_bytes(), &[remark(1, "error: number")]).unwrap();
        assert!(out.contains("<unit id=\"u\"><notes><note category=\"driftview\">driftview: (segment s2) error: number</note></notes><segment id=\"s1\">"), "{out}");
        let cleared = annotate(Format::Xliff, out.as_bytes(), &[]).unwrap();
        assert_eq!(cleared, v20);
    }

    #[test]
    fn a_file_in_another_charset_or_a_remark_off_the_end_is_refused() {
        let latin1 = b"msgid \"\"\nmsgstr \"\"\n\"Content-Type: text/plain; charset=ISO-8859-1\\n\"\n\nmsgid \"a\"\nmsgstr \"\xe9\"\n";
        assert!(
            annotate(Format::Po, latin1, &[])
                .unwrap_err()
                .contains("UTF-8")
        );
        let err = annotate(Format::Po, PO.as_bytes(), &[remark(9, "x")]).unwrap_err();
        assert!(err.contains("entry 10 of 3"), "{err}");
    }
}
