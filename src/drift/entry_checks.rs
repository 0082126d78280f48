//! The checks translators run on bilingual files (PO, XLIFF), as pofilter, Xbench and
//! Verifika run them: placeholders (`%s`, `%1$d`, `{0}`, `{name}`, `${x}`, `%(name)s`) and
//! markup tags kept; the accelerator (`&File`, `_File`) kept; the spaces and line breaks at
//! an entry's ends kept; an entry marked fuzzy; an empty translation (untranslated, not a
//! dropped sentence); one source translated two ways in the file.
//!
//! Written by hand: the placeholder grammars are a few lines each and no maintained crate
//! reads them all (printf's, .NET's and ICU's braces, shell's `${}`, Python's `%()`).

use rustc_hash::FxHashMap;

use super::messages::{finding, quoted};
use super::negation::vanished;
use crate::comparison::{Finding, FindingKind, Severity};
use crate::load::EntryNotes;

/// The placeholders of a message, in order: printf conversions (`%s`, `%5.2f`, `%1$d`,
/// `%lu`; `%%` is a percent sign), Python's `%(name)s`, braces (`{0}`, `{name}`, `{0:N2}`;
/// `{{` is a brace), and `${name}`.
pub(super) fn placeholders(text: &str) -> Vec<String> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'%' if b.get(i + 1) == Some(&b'%') => i += 2,
            b'%' => match printf_end(b, i + 1) {
                Some(end) => {
                    out.push(text[i..end].to_string());
                    i = end;
                }
                None => i += 1,
            },
            b'{' if b.get(i + 1) == Some(&b'{') => i += 2,
            b'$' if b.get(i + 1) == Some(&b'{') => match text[i..].find('}') {
                Some(k) => {
                    out.push(text[i..i + k + 1].to_string());
                    i += k + 1;
                }
                None => i += 1,
            },
            b'{' => match text[i..].find('}') {
                // A brace placeholder names an argument: a number or an identifier, then an
                // optional format after a colon or comma.
                Some(k)
                    if k > 1
                        && text[i + 1..i + k]
                            .split([':', ','])
                            .next()
                            .is_some_and(|name| {
                                !name.is_empty()
                                    && name.chars().all(|c| c.is_alphanumeric() || c == '_')
                            }) =>
                {
                    out.push(text[i..i + k + 1].to_string());
                    i += k + 1;
                }
                _ => i += 1,
            },
            _ => i += 1,
        }
    }
    out
}

/// Where a printf conversion starting after `%` at `start` ends, if one does.
fn printf_end(b: &[u8], start: usize) -> Option<usize> {
    let mut i = start;
    // Python's named form, `%(name)s`.
    if b.get(i) == Some(&b'(') {
        let close = b[i..].iter().position(|&c| c == b')')? + i;
        i = close + 1;
    }
    // Position (`1$`), flags, width, precision, length.
    let digits = |i: &mut usize| {
        while b.get(*i).is_some_and(u8::is_ascii_digit) {
            *i += 1;
        }
    };
    let mark = i;
    digits(&mut i);
    if b.get(i) == Some(&b'$') {
        i += 1;
    } else {
        i = mark;
    }
    while b.get(i).is_some_and(|c| b"-+ #0'".contains(c)) {
        i += 1;
    }
    digits(&mut i);
    if b.get(i) == Some(&b'.') {
        i += 1;
        digits(&mut i);
    }
    while b.get(i).is_some_and(|c| b"hlLqjzt".contains(c)) {
        i += 1;
    }
    let conversion = *b.get(i)?;
    b"diouxXeEfFgGaAcspn@"
        .contains(&conversion)
        .then_some(i + 1)
}

/// The markup tags of a message (`<b>`, `</b>`, `<br/>`, `<a href="…">` as `<a>`), in order.
pub(super) fn tags(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find('<') {
        let after = &rest[open + 1..];
        let Some(close) = after.find('>') else { break };
        let inside = &after[..close];
        let closing = inside.starts_with('/');
        let name: String = inside
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == ':' || *c == '-')
            .collect();
        // "a < b > c" is no tag: a tag's name starts right after its bracket; an address in
        // brackets (<bugs@example.org>, <https://…>) is none either.
        let address = inside.contains('@') || inside.contains("://");
        if !address
            && !name.is_empty()
            && name.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
        {
            let slash = if closing { "/" } else { "" };
            let empty = if inside.ends_with('/') { "/" } else { "" };
            out.push(format!("<{slash}{name}{empty}>"));
        }
        rest = &after[close + 1..];
    }
    out
}

/// The accelerator a message marks (`&File` → 'f', `_Open` → 'o'): the letter after an `&`
/// or `_` that follows no letter or digit (not `&&`, `&amp;`, `NO_COLOR`, `file_name`).
pub(super) fn accelerator(text: &str) -> Option<char> {
    let chars: Vec<char> = text.chars().collect();
    (0..chars.len()).find_map(|i| {
        let c = chars[i];
        let before_ok = i == 0 || !chars[i - 1].is_alphanumeric() && chars[i - 1] != c;
        let next = chars.get(i + 1)?;
        let entity = c == '&' && chars[i + 1..].iter().take(8).any(|&x| x == ';');
        ((c == '&' || c == '_') && before_ok && next.is_alphanumeric() && !entity)
            .then(|| next.to_lowercase().next().unwrap_or(*next))
    })
}

/// printf reads conversions without a position (`%s`, not `%1$s`) in order: the same ones
/// in another order in the translation swap the arguments.
fn printf_order(a: &[String], b: &[String], row: usize) -> Option<Finding> {
    let printf = |v: &[String]| -> Vec<String> {
        v.iter()
            .filter(|p| p.starts_with('%') && !p.starts_with("%("))
            .cloned()
            .collect()
    };
    let (a, b) = (printf(a), printf(b));
    let positional = a.iter().chain(&b).any(|p| p.contains('$'));
    let same_set = vanished(&a, &b).is_empty() && vanished(&b, &a).is_empty();
    (!positional && same_set && a != b).then(|| {
        finding(
            FindingKind::Format,
            Severity::High,
            row,
            a.join(", "),
            b.join(", "),
            format!(
                "placeholders in another order ({} → {}): without positions (%1$s) printf reads them in order",
                quoted(&a),
                quoted(&b)
            ),
        )
    })
}

/// What a bilingual file's checks read besides the entry: for each entry, the first other
/// entry with its source translated another way.
pub(super) struct EntryChecks<'a> {
    notes: &'a EntryNotes,
    other_translation: Vec<Option<usize>>,
}

impl<'a> EntryChecks<'a> {
    pub(super) fn new(notes: &'a EntryNotes) -> EntryChecks<'a> {
        let mut first: FxHashMap<&str, usize> = FxHashMap::default();
        let other_translation = (0..notes.sources.len())
            .map(|k| {
                let (source, target) = (notes.sources[k].trim(), notes.targets[k].trim());
                if source.is_empty() || target.is_empty() {
                    return None;
                }
                let at = *first.entry(source).or_insert(k);
                (at != k && notes.targets[at].trim() != target).then_some(at)
            })
            .collect();
        EntryChecks {
            notes,
            other_translation,
        }
    }

    /// Whether entry `k`'s translation is empty.
    pub(super) fn untranslated(&self, k: usize) -> bool {
        self.notes
            .targets
            .get(k)
            .is_some_and(|t| t.trim().is_empty())
    }

    /// The findings of entry `k`, which is row `k` (a bilingual file's rows are its entries).
    pub(super) fn entry(&self, k: usize, out: &mut Vec<Finding>) {
        let row = k;
        let (Some(source), Some(target)) = (self.notes.sources.get(k), self.notes.targets.get(k))
        else {
            return;
        };
        if target.trim().is_empty() {
            if !source.trim().is_empty() {
                out.push(finding(
                    FindingKind::Untranslated,
                    Severity::Medium,
                    row,
                    source.trim().to_string(),
                    String::new(),
                    "entry not translated".to_string(),
                ));
            }
            return;
        }
        if self.notes.needs_review.get(k) == Some(&true) {
            out.push(finding(
                FindingKind::Fuzzy,
                Severity::Medium,
                row,
                String::new(),
                target.trim().to_string(),
                "entry marked fuzzy: its translation awaits review".to_string(),
            ));
        }
        let (pa, pb) = (placeholders(source), placeholders(target));
        if let Some(f) = printf_order(&pa, &pb, row) {
            out.push(f);
        }
        for (what, a, b, severity) in [
            ("placeholder", pa, pb, Severity::High),
            ("markup tag", tags(source), tags(target), Severity::High),
        ] {
            let (lost, gained) = (vanished(&a, &b), vanished(&b, &a));
            if lost.is_empty() && gained.is_empty() {
                continue;
            }
            let message = match (lost.is_empty(), gained.is_empty()) {
                (false, true) => format!("{what} {} not in the translation", quoted(&lost)),
                (true, false) => format!("{what} {} only in the translation", quoted(&gained)),
                _ => format!("{what} {} → {}", quoted(&lost), quoted(&gained)),
            };
            out.push(finding(
                FindingKind::Format,
                severity,
                row,
                lost.join(", "),
                gained.join(", "),
                message,
            ));
        }
        if let (Some(_), None) = (accelerator(source), accelerator(target)) {
            out.push(finding(
                FindingKind::Format,
                Severity::Medium,
                row,
                source.trim().to_string(),
                target.trim().to_string(),
                "accelerator (& or _ before a letter) not in the translation".to_string(),
            ));
        }
        let ends = |t: &str| {
            (
                t.starts_with(char::is_whitespace),
                t.ends_with(char::is_whitespace),
                t.ends_with('\n'),
            )
        };
        let (a, b) = (ends(source), ends(target));
        for (differs, which) in [
            (a.0 != b.0, "leading spaces"),
            (a.2 != b.2, "a final line break"),
            (a.1 != b.1 && a.2 == b.2, "trailing spaces"),
        ] {
            if differs {
                out.push(finding(
                    FindingKind::Format,
                    Severity::Medium,
                    row,
                    String::new(),
                    String::new(),
                    format!("{which} in one of source and translation only"),
                ));
            }
        }
        if let Some(at) = self.other_translation.get(k).copied().flatten() {
            out.push(finding(
                FindingKind::Consistency,
                Severity::Medium,
                row,
                self.notes.targets[at].trim().to_string(),
                target.trim().to_string(),
                format!(
                    "“{}” translated two ways in the file: entry {} “{}”, here “{}”",
                    super::messages::short(source.trim()),
                    at + 1,
                    super::messages::short(self.notes.targets[at].trim()),
                    super::messages::short(target.trim())
                ),
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_of_every_grammar_are_read() {
        assert_eq!(
            placeholders("%s of %1$d at %5.2f, 100%% %lu"),
            ["%s", "%1$d", "%5.2f", "%lu"]
        );
        assert_eq!(
            placeholders("%(name)s has {0} and {count:N2}"),
            ["%(name)s", "{0}", "{count:N2}"]
        );
        assert_eq!(placeholders("${HOME} {{literal}} { not one }"), ["${HOME}"]);
        assert!(placeholders("a 50% rise, {} and {:}").is_empty());
    }

    #[test]
    fn tags_are_read_by_name() {
        assert_eq!(
            tags("<b>bold</b> and <a href=\"x\">link</a><br/>"),
            ["<b>", "</b>", "<a>", "</a>", "<br/>"]
        );
        assert!(tags("if a < b and c > d").is_empty());
        assert!(tags("write to <bugs@example.org> or <https://example.org>").is_empty());
    }

    #[test]
    fn accelerators_are_letters_after_a_lone_marker() {
        assert_eq!(accelerator("&File"), Some('f'));
        assert_eq!(accelerator("_Open…"), Some('o'));
        assert_eq!(accelerator("Save &As"), Some('a'));
        assert_eq!(accelerator("Tom & Jerry, NO_COLOR, file_name, &amp;"), None);
    }

    fn notes(entries: &[(&str, &str, bool)]) -> EntryNotes {
        EntryNotes {
            sources: entries.iter().map(|e| e.0.to_string()).collect(),
            targets: entries.iter().map(|e| e.1.to_string()).collect(),
            needs_review: entries.iter().map(|e| e.2).collect(),
        }
    }

    fn messages(n: &EntryNotes, k: usize) -> Vec<String> {
        let mut out = Vec::new();
        EntryChecks::new(n).entry(k, &mut out);
        out.into_iter().map(|f| f.message).collect()
    }

    #[test]
    fn an_entry_s_format_is_checked() {
        let n = notes(&[
            ("%d files in %s", "%d Dateien", false),
            ("<b>Stop</b>", "Anhalten", false),
            ("&Open", "Öffnen", false),
            ("Name: ", "Name:", false),
            ("Line\n", "Zeile", false),
            ("Quit", "Beenden", true),
            ("Quit", "Verlassen", false),
            ("Help", "", false),
            ("%d of %s", "%s von %d", false),
            ("%1$d of %2$s", "%2$s von %1$d", false),
        ]);
        assert_eq!(messages(&n, 0), ["placeholder “%s” not in the translation"]);
        assert_eq!(
            messages(&n, 1),
            ["markup tag “<b>”, “</b>” not in the translation"]
        );
        assert_eq!(
            messages(&n, 2),
            ["accelerator (& or _ before a letter) not in the translation"]
        );
        assert_eq!(
            messages(&n, 3),
            ["trailing spaces in one of source and translation only"]
        );
        assert_eq!(
            messages(&n, 4),
            ["a final line break in one of source and translation only"]
        );
        assert_eq!(
            messages(&n, 5),
            ["entry marked fuzzy: its translation awaits review"]
        );
        assert_eq!(
            messages(&n, 6),
            ["“Quit” translated two ways in the file: entry 6 “Beenden”, here “Verlassen”"]
        );
        assert_eq!(messages(&n, 7), ["entry not translated"]);
        assert_eq!(
            messages(&n, 8),
            [
                "placeholders in another order (“%d”, “%s” → “%s”, “%d”): without positions (%1$s) printf reads them in order"
            ]
        );
        // With positions, any order is kept.
        assert!(messages(&n, 9).is_empty());
    }
}
