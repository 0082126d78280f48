//! Files that hold a source and its translation already aligned: gettext PO (`msgid` /
//! `msgstr`, read with polib) and XLIFF 1.2 and 2.0 (`source` / `target`, read with
//! roxmltree). Each opens as two documents whose entries face each other one to one.

use std::ops::Range;
use std::path::{Path, PathBuf};

use super::corpus::LoadOptions;
use super::document::{BilingualSide, Document};
use super::entry_notes::EntryNotes;
use super::error::LoadError;
use crate::text::language::Language;

/// One aligned entry: the source text and its translation (empty when untranslated).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// The source text.
    pub source: String,
    /// Its translation; empty when there is none.
    pub target: String,
    /// Whether the file marks the translation as awaiting review (a PO `#, fuzzy` flag, an
    /// XLIFF `state` of `needs-…` or `initial`).
    pub needs_review: bool,
    /// The file's line (from 1) where the entry begins (a PO message's `msgid`, or
    /// `msgid_plural` for its plural; an XLIFF unit's source; a TMX unit), if known.
    pub line: Option<usize>,
}

/// What a bilingual file holds: its entries and the two languages it names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bilingual {
    /// The entries in file order.
    pub entries: Vec<Entry>,
    /// The source language the file names, if any.
    pub source_language: Option<String>,
    /// The translation's language the file names, if any.
    pub target_language: Option<String>,
}

/// Whether `path` names a bilingual file by its extension (`.po`, `.xlf`, `.xliff`, `.tmx`).
pub fn is_bilingual(path: &Path) -> bool {
    let ext = super::file_name::lowercase_extension(path);
    matches!(ext.as_str(), "po" | "xlf" | "xliff" | "tmx")
}

/// Reads a PO or XLIFF file as a source and its translation, entry facing entry.
pub fn load_bilingual(path: &Path, options: &LoadOptions) -> Result<[Document; 2], LoadError> {
    // Bounded like any document: a `.po` that is a pipe or a link to /dev/zero is refused at
    // the limit, not read until memory runs out.
    let (bytes, metadata) = super::corpus::read_file(path, options)?;
    let malformed = |reason: String| LoadError::Malformed {
        path: path.to_path_buf(),
        reason,
    };
    let ext = super::file_name::lowercase_extension(path);
    let file = if ext == "po" {
        let (text, added) = super::po_text::prepare_counting(&bytes).map_err(malformed)?;
        let mut file = read_po(&text).map_err(malformed)?;
        // Lines the reader put before the file's own do not count.
        for line in file.entries.iter_mut().filter_map(|e| e.line.as_mut()) {
            *line = line.saturating_sub(added).max(1);
        }
        file
    } else {
        let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
        let text = std::str::from_utf8(bytes).map_err(|e| malformed(format!("not UTF-8 ({e})")))?;
        if ext == "tmx" {
            read_tmx(text).map_err(malformed)?
        } else {
            read_xliff(text).map_err(malformed)?
        }
    };
    if file.entries.is_empty() {
        return Err(malformed("no entries to compare".into()));
    }
    let label = path.display().to_string();
    let stamp = metadata
        .is_file()
        .then(|| super::document::FileStamp::of(&metadata));
    let side = |name: &str, pick: fn(&Entry) -> &str, language: &Option<String>| {
        let (text, spans) = joined(file.entries.iter().map(pick));
        let mut doc = Document::from_text(PathBuf::from(format!("{label} ({name})")), text);
        // Both sides stand for the one file: the editor opens it, a reload reads it again.
        let which = if name == "source" {
            BilingualSide::Source
        } else {
            BilingualSide::Translation
        };
        doc.bilingual = Some((path.to_path_buf(), which));
        doc.stamp = stamp;
        if let Some(lang) = language.as_deref().and_then(language_of) {
            doc.language = Some(lang);
        }
        doc.entries = Some(spans.into());
        // Each entry's line of the file, where every entry's is known: the rows' lines in
        // the reports.
        doc.entry_lines = file
            .entries
            .iter()
            .map(|e| e.line)
            .collect::<Option<Vec<usize>>>()
            .map(Into::into);
        doc
    };
    let mut translation = side("translation", |e| &e.target, &file.target_language);
    translation.entry_notes = Some(std::sync::Arc::new(EntryNotes {
        sources: file.entries.iter().map(|e| e.source.clone()).collect(),
        targets: file.entries.iter().map(|e| e.target.clone()).collect(),
        needs_review: file.entries.iter().map(|e| e.needs_review).collect(),
    }));
    Ok([
        side("source", |e| &e.source, &file.source_language),
        translation,
    ])
}

/// A PO file's text (UTF-8) read as the loader reads it: for checking a rewritten copy.
pub(crate) fn read_po_file(text: &str) -> Result<Bilingual, String> {
    read_po(&super::po_text::prepare(text.as_bytes())?)
}

/// An XLIFF file's text read as the loader reads it.
pub(crate) fn read_xliff_file(text: &str) -> Result<Bilingual, String> {
    read_xliff(text)
}

/// `de`, `pt_BR`, `en-US`: the language before any region.
fn language_of(code: &str) -> Option<Language> {
    let base = code.split(['_', '-', '.', '@']).next().unwrap_or(code);
    Language::from_code(base.trim())
}

/// The entries one after another, a blank line between, and each one's byte range.
fn joined<'a>(texts: impl Iterator<Item = &'a str>) -> (String, Vec<Range<usize>>) {
    let mut text = String::new();
    let mut spans = Vec::new();
    for t in texts {
        if !text.is_empty() {
            text.push_str("\n\n");
        }
        let start = text.len();
        text.push_str(t.trim());
        spans.push(start..text.len());
    }
    (text, spans)
}

/// A PO file's messages (the header entry left out); a plural message is two entries,
/// singular and plural against the first two forms.
fn read_po(text: &str) -> Result<Bilingual, String> {
    let catalog = polib::po_file::parse_from_reader(text.as_bytes())
        .map_err(|e| format!("not a PO file: {e}"))?;
    let mut entries = Vec::new();
    let mut lines = MessageLines::of(text, catalog.messages().count());
    for m in catalog.messages() {
        let fuzzy = m.flags().is_fuzzy();
        let (singular, plural) = lines.next();
        let forms = m.msgstr_plural().map(|v| v.to_vec()).unwrap_or_default();
        if m.is_plural() {
            let form = |k: usize| forms.get(k).cloned().unwrap_or_default();
            entries.push(Entry {
                source: m.msgid().to_string(),
                target: form(0),
                needs_review: fuzzy,
                line: singular,
            });
            entries.push(Entry {
                source: m.msgid_plural().unwrap_or_default().to_string(),
                target: form(1),
                needs_review: fuzzy,
                line: plural.or(singular),
            });
        } else {
            entries.push(Entry {
                source: m.msgid().to_string(),
                target: m.msgstr().unwrap_or_default().to_string(),
                needs_review: fuzzy,
                line: singular,
            });
        }
    }
    let target_language = Some(catalog.metadata.language.clone()).filter(|l| !l.is_empty());
    Ok(Bilingual {
        entries,
        source_language: None,
        target_language,
    })
}

/// Where each message of a PO text begins: its `msgid` line, and its `msgid_plural` line
/// if it has one. polib reads no positions, so the lines are read here: the file's `msgid`
/// lines in order, the header's first (a message's `msgid ""` continued on the next lines
/// is a message, not the header, so the count decides). A text whose `msgid` lines do not
/// number its messages (and the header) gives no lines rather than wrong ones.
struct MessageLines {
    starts: std::vec::IntoIter<(usize, Option<usize>)>,
}

impl MessageLines {
    fn of(text: &str, messages: usize) -> MessageLines {
        let mut found: Vec<(usize, Option<usize>)> = Vec::new();
        for (k, line) in text.lines().enumerate() {
            if line.starts_with("msgid_plural") {
                if let Some(last) = found.last_mut() {
                    last.1 = Some(k + 1);
                }
            } else if line.starts_with("msgid ") || line.starts_with("msgid\"") {
                found.push((k + 1, None));
            }
        }
        if found.len() == messages + 1 {
            found.remove(0);
        }
        if found.len() != messages {
            found.clear();
        }
        MessageLines {
            starts: found.into_iter(),
        }
    }

    /// The next message's `msgid` and `msgid_plural` lines.
    fn next(&mut self) -> (Option<usize>, Option<usize>) {
        self.starts
            .next()
            .map_or((None, None), |(msgid, plural)| (Some(msgid), plural))
    }
}

/// XLIFF 1.0 and 1.1 files declare the standard's public DTD (`<!DOCTYPE xliff PUBLIC
/// "-//XLIFF//DTD XLIFF//EN" …>`). roxmltree refuses every DTD, which keeps entity expansion
/// (billion laughs) and external entities out; that one declaration, with no internal subset
/// (`[…]`, where entities would be declared), is blanked out instead (spaces, so that error
/// positions stay true) and the file read without it.
pub(crate) fn xliff_without_doctype(text: &str) -> std::borrow::Cow<'_, str> {
    let Some(start) = text.find("<!DOCTYPE") else {
        return text.into();
    };
    let Some(len) = text[start..].find('>') else {
        return text.into();
    };
    let declaration = &text[start..=start + len];
    let standard = declaration.contains("PUBLIC")
        && declaration.contains("-//XLIFF//DTD XLIFF//EN")
        && !declaration.contains('[');
    if !standard {
        return text.into();
    }
    let mut out = String::with_capacity(text.len());
    out.push_str(&text[..start]);
    out.extend(declaration.chars().map(|c| if c == '\n' { c } else { ' ' }));
    out.push_str(&text[start + len + 1..]);
    out.into()
}

/// An XLIFF file's units: `trans-unit` (1.2) or `segment` (2.0), each its `source` and
/// `target` with inline markup reduced to its text.
fn read_xliff(text: &str) -> Result<Bilingual, String> {
    let text = xliff_without_doctype(text);
    let doc = roxmltree::Document::parse(&text).map_err(|e| format!("not XML: {e}"))?;
    let root = doc.root_element();
    if root.tag_name().name() != "xliff" {
        return Err(format!(
            "not an XLIFF file (its root element is <{}>)",
            root.tag_name().name()
        ));
    }
    let attr = |names: &[&str]| -> Option<String> {
        doc.descendants()
            .filter(|n| n.is_element())
            .find_map(|n| names.iter().find_map(|a| n.attribute(*a)))
            .map(str::to_string)
    };
    let source_language = attr(&["srcLang", "source-language"]);
    let target_language = attr(&["trgLang", "target-language"]);
    fn child<'a, 'i>(unit: roxmltree::Node<'a, 'i>, name: &str) -> Option<roxmltree::Node<'a, 'i>> {
        unit.children()
            .find(|c| c.is_element() && c.tag_name().name() == name)
    }
    // Inline markup reduced to its text.
    fn text_of(node: roxmltree::Node) -> String {
        node.descendants()
            .filter(|d| d.is_text())
            .filter_map(|d| d.text())
            .collect()
    }
    let entries: Vec<Entry> = doc
        .descendants()
        .filter(|n| n.is_element() && matches!(n.tag_name().name(), "trans-unit" | "segment"))
        .filter_map(|unit| {
            let target = child(unit, "target");
            // XLIFF 1.2 marks a target's state on the target, 2.0 on the segment.
            let state = target
                .and_then(|t| t.attribute("state"))
                .or_else(|| unit.attribute("state"))
                .unwrap_or("");
            let source = child(unit, "source")?;
            Some(Entry {
                source: text_of(source),
                target: target.map(text_of).unwrap_or_default(),
                needs_review: state.starts_with("needs-") || state == "initial",
                line: Some(doc.text_pos_at(source.range().start).row as usize),
            })
        })
        .collect();
    Ok(Bilingual {
        entries,
        source_language,
        target_language,
    })
}

/// A TMX translation memory's units (`tu`): each its source language's segment against the
/// first other language's, the source language being the header's `srclang` (else the first
/// `tuv`'s). Inline codes (`bpt`, `ept`, `ph`, `it`, `ut`) hold the original's markup, not
/// text: they are left out.
fn read_tmx(text: &str) -> Result<Bilingual, String> {
    let doc = roxmltree::Document::parse(text).map_err(|e| format!("not XML: {e}"))?;
    let root = doc.root_element();
    if root.tag_name().name() != "tmx" {
        return Err(format!(
            "not a TMX file (its root element is <{}>)",
            root.tag_name().name()
        ));
    }
    let is = |n: &roxmltree::Node, name: &str| n.is_element() && n.tag_name().name() == name;
    let lang_of = |n: &roxmltree::Node| {
        n.attribute(("http://www.w3.org/XML/1998/namespace", "lang"))
            .or_else(|| n.attribute("lang"))
            .map(str::to_lowercase)
    };
    fn seg_text(seg: roxmltree::Node) -> String {
        let code = |n: &roxmltree::Node| {
            n.ancestors().any(|a| {
                a.is_element() && matches!(a.tag_name().name(), "bpt" | "ept" | "ph" | "it" | "ut")
            })
        };
        seg.descendants()
            .filter(|d| d.is_text() && !code(d))
            .filter_map(|d| d.text())
            .collect()
    }
    let units: Vec<Vec<(String, String)>> = doc
        .descendants()
        .filter(|n| is(n, "tu"))
        .map(|tu| {
            tu.children()
                .filter(|c| is(c, "tuv"))
                .filter_map(|tuv| {
                    let seg = tuv.children().find(|c| is(c, "seg"))?;
                    Some((lang_of(&tuv).unwrap_or_default(), seg_text(seg)))
                })
                .collect()
        })
        .collect();
    let header_source = doc
        .descendants()
        .find(|n| is(n, "header"))
        .and_then(|h| h.attribute("srclang"))
        .map(str::to_lowercase)
        .filter(|l| l != "*all*");
    let source = header_source
        .or_else(|| units.iter().find_map(|u| u.first().map(|v| v.0.clone())))
        .ok_or("no translation units")?;
    let base = |l: &str| l.split(['-', '_']).next().unwrap_or(l).to_string();
    let target = units
        .iter()
        .flatten()
        .map(|(l, _)| l.clone())
        .find(|l| base(l) != base(&source))
        .ok_or("no language besides the source's")?;
    let entries = units
        .iter()
        .filter_map(|u| {
            let pick = |lang: &str| {
                u.iter()
                    .find(|(l, _)| base(l) == base(lang))
                    .map(|v| v.1.clone())
            };
            Some(Entry {
                source: pick(&source)?,
                target: pick(&target).unwrap_or_default(),
                needs_review: false,
                // A translation memory's units are not lines a reviewer edits.
                line: None,
            })
        })
        .collect();
    Ok(Bilingual {
        entries,
        source_language: Some(source),
        target_language: Some(target),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_tmx_memory_gives_its_units_in_the_source_and_first_other_language() {
        let tmx = r#"<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header srclang="en-US" datatype="plaintext" segtype="sentence" adminlang="en" o-tmf="x" creationtool="t" creationtoolversion="1"/>
<body>
<tu><tuv xml:lang="en-US"><seg>Open <bpt i="1">&lt;b&gt;</bpt>twelve<ept i="1">&lt;/b&gt;</ept> files.</seg></tuv><tuv xml:lang="es-ES"><seg>Abrir doce archivos.</seg></tuv></tu>
<tu><tuv xml:lang="es-ES"><seg>Cerrarlos.</seg></tuv><tuv xml:lang="en-US"><seg>Close them.</seg></tuv></tu>
<tu><tuv xml:lang="en-US"><seg>Not yet.</seg></tuv></tu>
</body></tmx>"#;
        let file = read_tmx(tmx).unwrap();
        let pairs: Vec<(&str, &str)> = file
            .entries
            .iter()
            .map(|e| (e.source.as_str(), e.target.as_str()))
            .collect();
        assert_eq!(
            pairs,
            [
                ("Open twelve files.", "Abrir doce archivos."),
                ("Close them.", "Cerrarlos."),
                ("Not yet.", ""),
            ]
        );
        assert_eq!(file.source_language.as_deref(), Some("en-us"));
        assert_eq!(file.target_language.as_deref(), Some("es-es"));
        assert!(
            read_tmx("<tmx/>")
                .unwrap_err()
                .contains("no translation units")
        );
        assert!(read_tmx("<html/>").unwrap_err().contains("not a TMX file"));
    }

    const PO: &str = r#"msgid ""
msgstr ""
"Language: de\n"
"Content-Type: text/plain; charset=UTF-8\n"

#: src/main.c:10
msgid "Print 12 lines of context."
msgstr "12 Zeilen Kontext ausgeben."

#, fuzzy
msgid ""
"Search for PATTERNS in each FILE. "
"Use -E for extended regular expressions."
msgstr "Nach MUSTERN in jeder DATEI suchen."

msgid "one file"
msgid_plural "%d files"
msgstr[0] "eine Datei"
msgstr[1] "%d Dateien"

msgid "Not translated yet."
msgstr ""
"#;

    #[test]
    fn a_po_file_gives_each_message_and_plural_form_as_an_entry() {
        let file = read_po(PO).unwrap();
        let pairs: Vec<(&str, &str)> = file
            .entries
            .iter()
            .map(|e| (e.source.as_str(), e.target.as_str()))
            .collect();
        assert_eq!(
            pairs,
            [
                ("Print 12 lines of context.", "12 Zeilen Kontext ausgeben."),
                (
                    "Search for PATTERNS in each FILE. Use -E for extended regular expressions.",
                    "Nach MUSTERN in jeder DATEI suchen."
                ),
                ("one file", "eine Datei"),
                ("%d files", "%d Dateien"),
                ("Not translated yet.", ""),
            ]
        );
        assert_eq!(file.target_language.as_deref(), Some("de"));
    }

    #[test]
    fn xliff_1_2_and_2_0_give_their_units() {
        let v12 = r#"<?xml version="1.0"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file source-language="en" target-language="es" datatype="plaintext" original="a.txt">
    <body>
      <trans-unit id="1"><source>Open <g id="b">twelve</g> files.</source><target>Abrir <g id="b">doce</g> archivos.</target></trans-unit>
      <trans-unit id="2"><source>Close them.</source></trans-unit>
    </body>
  </file>
</xliff>"#;
        let file = read_xliff(v12).unwrap();
        assert_eq!(file.entries[0].source, "Open twelve files.");
        assert_eq!(file.entries[0].target, "Abrir doce archivos.");
        assert_eq!(file.entries[1].target, "");
        assert_eq!(file.source_language.as_deref(), Some("en"));
        assert_eq!(file.target_language.as_deref(), Some("es"));
        let v20 = r#"<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="de">
  <file id="f1"><unit id="u1">
    <segment><source>First sentence.</source><target>Erster Satz.</target></segment>
    <segment><source>Second one.</source><target>Zweiter.</target></segment>
  </unit></file>
</xliff>"#;
        let file = read_xliff(v20).unwrap();
        assert_eq!(file.entries.len(), 2);
        assert_eq!(file.entries[1].target, "Zweiter.");
        assert_eq!(file.target_language.as_deref(), Some("de"));
        assert!(
            read_xliff("<html/>")
                .unwrap_err()
                .contains("not an XLIFF file")
        );
        assert!(read_xliff("<xliff").unwrap_err().starts_with("not XML"));
    }

    #[test]
    fn entries_awaiting_review_are_marked() {
        let marks = |file: Bilingual| -> Vec<bool> {
            file.entries.iter().map(|e| e.needs_review).collect()
        };
        let po = "msgid \"\"\nmsgstr \"\"\n\"Language: de\\n\"\n\nmsgid \"Open\"\nmsgstr \"Öffnen\"\n\n#, fuzzy\nmsgid \"Close\"\nmsgstr \"Schließen\"\n";
        assert_eq!(marks(read_po(po).unwrap()), [false, true]);
        let v12 = r#"<xliff version="1.2"><file><body>
      <trans-unit id="1"><source>Open</source><target state="needs-review-translation">Abrir</target></trans-unit>
      <trans-unit id="2"><source>Close</source><target state="translated">Cerrar</target></trans-unit>
    </body></file></xliff>"#;
        assert_eq!(marks(read_xliff(v12).unwrap()), [true, false]);
        let v20 = r#"<xliff version="2.0"><file id="f"><unit id="u">
    <segment state="initial"><source>Open</source><target>Öffnen</target></segment>
    <segment state="final"><source>Close</source><target>Schließen</target></segment>
  </unit></file></xliff>"#;
        assert_eq!(marks(read_xliff(v20).unwrap()), [true, false]);
    }

    #[test]
    fn entries_are_joined_with_their_ranges() {
        let (text, spans) = joined(["One.", "", " Two. "].into_iter());
        assert_eq!(text, "One.\n\n\n\nTwo.");
        assert_eq!(spans, [0..4, 6..6, 8..12]);
    }
}
