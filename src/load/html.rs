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
pub(crate) fn looks_like_html(text: &str) -> bool {
    let head = text
        .trim_start()
        .get(..512.min(text.trim_start().len()))
        .unwrap_or("");
    let lower = head.to_ascii_lowercase();
    lower.starts_with("<!doctype html") || lower.starts_with("<html") || lower.contains("<body")
}

/// Pages nested deeper than this are refused. The HTML parsing algorithm looks through the
/// stack of open elements at many tags, so parsing time grows with the square of the depth: a
/// page nested 200,000 deep took minutes, 2,000 deep half a second. Pages written to be read
/// nest a few dozen deep.
pub(crate) const MAX_NESTING: usize = 1000;

/// Elements often left unclosed, whose next sibling closes them (and whose stray end tags the
/// parser answers with an empty element): not counted either way.
const SELF_CLOSING_BY_SIBLING: &[&str] = &[
    "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "thead", "tbody", "tfoot",
    "colgroup", "rb", "rt", "rtc", "rp",
];

/// Elements that never have content.
const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track",
    "wbr",
];

/// How deep a page's elements nest, estimated from its tags without parsing: a start tag
/// opens a level unless it is void, self-closing (`<path/>`) or closed by its next sibling;
/// an end tag closes one.
pub(crate) fn nesting_depth(html: &str) -> usize {
    let bytes = html.as_bytes();
    let (mut depth, mut deepest) = (0usize, 0usize);
    let mut from = 0;
    while let Some(offset) = bytes[from..].iter().position(|&b| b == b'<') {
        let at = from + offset;
        from = at + 1;
        let closing = bytes.get(at + 1) == Some(&b'/');
        let name_start = at + 1 + usize::from(closing);
        let name_len = bytes[name_start..]
            .iter()
            .take_while(|b| b.is_ascii_alphanumeric())
            .count();
        if name_len == 0 || !bytes[name_start].is_ascii_alphabetic() {
            continue;
        }
        let name = html[name_start..name_start + name_len].to_ascii_lowercase();
        if SELF_CLOSING_BY_SIBLING.contains(&name.as_str()) {
            continue;
        }
        if closing {
            depth = depth.saturating_sub(1);
            continue;
        }
        // A tag whose name runs on into other characters is no element of that name; its end
        // is looked for nearby only, so that a page of `<a<a<a` stays linear.
        let rest = &bytes[name_start + name_len..];
        let name_ends = rest
            .first()
            .is_some_and(|&b| b.is_ascii_whitespace() || b == b'/' || b == b'>');
        if !name_ends || VOID.contains(&name.as_str()) {
            continue;
        }
        let end = rest.iter().take(4096).position(|&b| b == b'>');
        let self_closing = end.is_some_and(|e| e > 0 && rest[e - 1] == b'/');
        if end.is_some() && !self_closing {
            depth += 1;
            deepest = deepest.max(depth);
        }
    }
    deepest
}

/// The page nests deeper than [`MAX_NESTING`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct TooDeep;

/// The article text of an HTML document, unless it nests too deep to parse in good time.
pub(crate) fn article_text(html: &str) -> Result<String, TooDeep> {
    if nesting_depth(html) > MAX_NESTING {
        return Err(TooDeep);
    }
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
    Ok(blocks.join("\n\n") + "\n")
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
        let text = article_text(PAGE).unwrap();
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
        let text = article_text(PAGE).unwrap();
        for gone in ["Home", "var x", "color", "rights reserved"] {
            assert!(!text.contains(gone), "{gone} leaked into {text:?}");
        }
    }

    #[test]
    fn nesting_is_estimated_from_the_tags() {
        assert_eq!(nesting_depth(PAGE), 4, "html, body, article, ul");
        let deep = |n: usize, open: &str, close: &str| {
            format!(
                "<html><body>{}x{}</body></html>",
                open.repeat(n),
                close.repeat(n)
            )
        };
        assert_eq!(nesting_depth(&deep(100, "<div>", "</div>")), 102);
        // Unclosed paragraphs and list items, void and self-closing tags add nothing.
        assert_eq!(
            nesting_depth(&deep(5000, "<p>a<li>b<br><img src=x>", "")),
            2
        );
        assert_eq!(nesting_depth(&"<svg><path d='M0'/></svg>".repeat(9000)), 1);
        // Stray end tags of such elements do not hide real depth.
        assert_eq!(nesting_depth(&deep(50, "<div></p>", "</div>")), 52);
        assert_eq!(nesting_depth(&"<a<a<".repeat(100_000)), 0);
    }

    #[test]
    fn a_page_nested_too_deep_is_refused_before_parsing() {
        let page = |n: usize| {
            let (open, close) = ("<div>".repeat(n), "</div>".repeat(n));
            format!("<html><body>{open}<p>text</p>{close}</body></html>")
        };
        assert_eq!(article_text(&page(MAX_NESTING + 1)), Err(TooDeep));
        assert!(article_text(&page(100)).unwrap().contains("text"));
    }

    #[test]
    fn recognises_html() {
        assert!(looks_like_html("  <!DOCTYPE html><html>"));
        assert!(looks_like_html("<html lang=en>"));
        assert!(!looks_like_html("Plain text about <b> tags."));
    }
}
