//! A saved web page reduced to its article: the title, headings and paragraphs, one per
//! line with blank lines between, without navigation, scripts, styles, forms or footers.
//! Parsed with a real HTML parser (html5ever, through `scraper`).

use scraper::{ElementRef, Html, Selector};

/// Elements whose text is never article text.
const SKIPPED: &[&str] = &[
    "nav", "footer", "aside", "script", "style", "noscript", "form", "template", "button",
    "select", "svg", "iframe", "menu", "head",
];

/// Elements that hold a block of article text.
const BLOCKS: &[&str] = &[
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "p",
    "li",
    "blockquote",
    "pre",
    "figcaption",
    "dt",
    "dd",
    "td",
    "th",
];

/// Whether bytes already decoded look like an HTML document.
pub fn looks_like_html(text: &str) -> bool {
    let head = text
        .trim_start()
        .get(..512.min(text.trim_start().len()))
        .unwrap_or("");
    let lower = head.to_ascii_lowercase();
    lower.starts_with("<!doctype html") || lower.starts_with("<html") || lower.contains("<body")
}

/// The article text of an HTML document.
pub fn article_text(html: &str) -> String {
    let doc = Html::parse_document(html);
    let select = |css: &str| Selector::parse(css).expect("valid selector");
    let root = ["article", "main", "body"]
        .iter()
        .find_map(|tag| doc.select(&select(tag)).next())
        .unwrap_or_else(|| doc.root_element());
    let mut blocks: Vec<String> = Vec::new();
    if let Some(title) = doc.select(&select("title")).next() {
        // The title lives in <head>, which is skipped for body text: read it directly.
        let text: Vec<&str> = title.text().flat_map(str::split_whitespace).collect();
        push_block(&mut blocks, &text.join(" "));
    }
    let block_selector = select(&BLOCKS.join(", "));
    for element in root.select(&block_selector) {
        if skipped(element) || inside_another_block(element) {
            continue;
        }
        push_block(&mut blocks, &text_of(element));
    }
    blocks.join("\n\n") + "\n"
}

fn push_block(blocks: &mut Vec<String>, text: &str) {
    // A heading repeating the title just above it is one line, not two.
    if !text.is_empty() && blocks.last().is_none_or(|last| last != text) {
        blocks.push(text.to_string());
    }
}

fn skipped(element: ElementRef) -> bool {
    element
        .ancestors()
        .filter_map(ElementRef::wrap)
        .any(|a| SKIPPED.contains(&a.value().name()))
}

/// A paragraph inside a list item is read with the item, once.
fn inside_another_block(element: ElementRef) -> bool {
    element
        .ancestors()
        .filter_map(ElementRef::wrap)
        .any(|a| BLOCKS.contains(&a.value().name()))
}

/// An element's text with runs of whitespace made single spaces, skipped parts left out.
fn text_of(element: ElementRef) -> String {
    let mut out = String::new();
    for node in element.descendants() {
        let Some(text) = node.value().as_text() else {
            continue;
        };
        let hidden = node
            .ancestors()
            .filter_map(ElementRef::wrap)
            .any(|a| SKIPPED.contains(&a.value().name()));
        if !hidden {
            out.push_str(text);
            out.push(' ');
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = r#"<!DOCTYPE html><html><head><title>Putin wants to meet Biden</title>
        <style>p { color: red }</style><script>var x = "not text";</script></head>
        <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
        <article><h1>Putin wants to meet Biden</h1>
        <p>Russian President Vladimir Putin told Joe Biden he would
           <em>really like</em> to meet.</p>
        <ul><li><p>First point.</p></li><li>Second point.</li></ul>
        <p>He said: “We will definitely meet.”<br>Then he left.</p></article>
        <footer>© 2021 News Corp. All rights reserved.</footer></body></html>"#;

    #[test]
    fn keeps_title_headings_and_paragraphs() {
        let text = article_text(PAGE);
        assert_eq!(
            text,
            "Putin wants to meet Biden\n\n\
             Russian President Vladimir Putin told Joe Biden he would really like to meet.\n\n\
             First point.\n\nSecond point.\n\n\
             He said: “We will definitely meet.” Then he left.\n"
        );
    }

    #[test]
    fn drops_navigation_scripts_styles_and_footers() {
        let text = article_text(PAGE);
        for gone in ["Home", "var x", "color", "rights reserved"] {
            assert!(!text.contains(gone), "{gone} leaked into {text:?}");
        }
    }

    #[test]
    fn recognises_html() {
        assert!(looks_like_html("  <!DOCTYPE html><html>"));
        assert!(looks_like_html("<html lang=en>"));
        assert!(!looks_like_html("Plain text about <b> tags."));
    }
}
