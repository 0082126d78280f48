//! Word processor files a translator hands over: DOCX (Office Open XML) and ODT
//! (OpenDocument). Each is a ZIP archive whose main XML part holds the paragraphs; their text
//! is the document, one paragraph a line, so that a paragraph's number is its line. Read with
//! the `zip` crate (deflate through flate2, no other codec) and roxmltree; the XML part is
//! read within `--max-size` however far it would inflate (a ZIP bomb stops at the limit).

use std::io::Read;

/// Whether a file is a word processor document, by its extension.
pub fn is_office(path: &std::path::Path) -> bool {
    let ext = super::file_name::lowercase_extension(path);
    matches!(ext.as_str(), "docx" | "odt")
}

const WORD: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const ODF_TEXT: &str = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";

/// The paragraphs of a DOCX or ODT file's bytes, one a line, or what is wrong with it.
pub fn office_text(bytes: &[u8], odt: bool, max_bytes: u64) -> Result<String, String> {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes))
        .map_err(|e| format!("not a ZIP archive, as a {} file is ({e})", kind(odt)))?;
    let part = if odt {
        "content.xml"
    } else {
        "word/document.xml"
    };
    let mut entry = archive
        .by_name(part)
        .map_err(|_| format!("no {part} in it: not a {} file", kind(odt)))?;
    let mut xml = Vec::new();
    (&mut entry)
        .take(max_bytes + 1)
        .read_to_end(&mut xml)
        .map_err(|e| format!("{part} cannot be read: {e}"))?;
    if xml.len() as u64 > max_bytes {
        return Err(format!("{part} inflates past --max-size"));
    }
    let xml = String::from_utf8(xml).map_err(|e| format!("{part} is not UTF-8: {e}"))?;
    let doc = roxmltree::Document::parse(&xml).map_err(|e| format!("{part} is not XML: {e}"))?;
    let paragraphs = if odt {
        odt_paragraphs(&doc)
    } else {
        docx_paragraphs(&doc)
    };
    let text = paragraphs
        .into_iter()
        .map(|p| p.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("\n");
    Ok(text)
}

fn kind(odt: bool) -> &'static str {
    if odt { "ODT" } else { "DOCX" }
}

fn named(node: &roxmltree::Node, ns: &str, name: &str) -> bool {
    node.is_element() && node.tag_name().name() == name && node.tag_name().namespace() == Some(ns)
}

/// The nearest paragraph holding a node (a paragraph in a text box or a footnote is its own).
fn owner<'a, 'i>(
    node: roxmltree::Node<'a, 'i>,
    is_paragraph: &impl Fn(&roxmltree::Node) -> bool,
) -> Option<roxmltree::Node<'a, 'i>> {
    node.ancestors().skip(1).find(|a| is_paragraph(a))
}

/// Each paragraph's text in document order: the pieces `piece` finds among the nodes, each
/// given to the nearest paragraph holding it.
fn paragraphs(
    doc: &roxmltree::Document,
    is_paragraph: impl Fn(&roxmltree::Node) -> bool,
    piece: impl Fn(&roxmltree::Node) -> Option<String>,
) -> Vec<String> {
    let ids: Vec<roxmltree::NodeId> = doc
        .descendants()
        .filter(|n| is_paragraph(n))
        .map(|p| p.id())
        .collect();
    let index: std::collections::HashMap<roxmltree::NodeId, usize> =
        ids.iter().enumerate().map(|(i, id)| (*id, i)).collect();
    let mut out = vec![String::new(); ids.len()];
    for n in doc.descendants() {
        if let (Some(text), Some(p)) = (piece(&n), owner(n, &is_paragraph)) {
            out[index[&p.id()]].push_str(&text);
        }
    }
    out
}

/// DOCX: each `w:p`, its `w:t` runs with tabs and breaks as spaces; text a tracked change
/// deleted (`w:delText`) is not part of it.
fn docx_paragraphs(doc: &roxmltree::Document) -> Vec<String> {
    paragraphs(
        doc,
        |n| named(n, WORD, "p"),
        |n| {
            if named(n, WORD, "t") {
                Some(n.text().unwrap_or("").to_string())
            } else if named(n, WORD, "tab") || named(n, WORD, "br") || named(n, WORD, "cr") {
                Some(" ".to_string())
            } else {
                None
            }
        },
    )
}

/// ODT: each `text:p` and `text:h`, its text with `text:s` (spaces), `text:tab` and
/// `text:line-break` as spaces.
fn odt_paragraphs(doc: &roxmltree::Document) -> Vec<String> {
    paragraphs(
        doc,
        |n| named(n, ODF_TEXT, "p") || named(n, ODF_TEXT, "h"),
        |n| {
            if n.is_text() {
                Some(n.text().unwrap_or("").to_string())
            } else if ["s", "tab", "line-break"]
                .iter()
                .any(|name| named(n, ODF_TEXT, name))
            {
                Some(" ".to_string())
            } else {
                None
            }
        },
    )
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use std::io::Write;

    /// A ZIP archive holding one file, as a word processor would write its main part.
    pub(crate) fn zipped(name: &str, content: &str) -> Vec<u8> {
        let mut out = std::io::Cursor::new(Vec::new());
        let mut zip = zip::ZipWriter::new(&mut out);
        let options = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated);
        zip.start_file(name, options).unwrap();
        zip.write_all(content.as_bytes()).unwrap();
        zip.finish().unwrap();
        out.into_inner()
    }

    #[test]
    fn a_docx_file_is_its_paragraphs_one_a_line() {
        let xml = format!(
            r#"<w:document xmlns:w="{WORD}"><w:body>
<w:p><w:r><w:t>The harbour </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>bridge</w:t></w:r><w:r><w:t xml:space="preserve"> closed.</w:t></w:r></w:p>
<w:p></w:p>
<w:p><w:r><w:t>About</w:t><w:tab/><w:t>40,000 cars</w:t></w:r><w:del><w:r><w:delText>deleted words</w:delText></w:r></w:del></w:p>
</w:body></w:document>"#
        );
        let text = office_text(&zipped("word/document.xml", &xml), false, 1 << 20).unwrap();
        assert_eq!(text, "The harbour bridge closed.\nAbout 40,000 cars");
    }

    #[test]
    fn an_odt_file_is_its_headings_and_paragraphs() {
        let xml = format!(
            r#"<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="{ODF_TEXT}"><office:body><office:text>
<text:h text:outline-level="1">Bridge closes</text:h>
<text:p>Engineers<text:s/>found <text:span>cracks</text:span>.<text:line-break/>Nobody was hurt.</text:p>
</office:text></office:body></office:document-content>"#
        );
        let text = office_text(&zipped("content.xml", &xml), true, 1 << 20).unwrap();
        assert_eq!(
            text,
            "Bridge closes\nEngineers found cracks. Nobody was hurt."
        );
    }

    #[test]
    fn a_broken_or_inflating_file_is_one_reason() {
        assert!(
            office_text(b"not a zip", false, 1000)
                .unwrap_err()
                .starts_with("not a ZIP archive")
        );
        let other = zipped("other.xml", "<x/>");
        assert!(
            office_text(&other, true, 1000)
                .unwrap_err()
                .contains("no content.xml")
        );
        let big = zipped("content.xml", &"<x>".repeat(10_000));
        assert!(
            office_text(&big, true, 1000)
                .unwrap_err()
                .contains("--max-size")
        );
    }
}
