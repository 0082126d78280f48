//! Markdown as its readers see it: headings, paragraphs, list items, quotations, table rows
//! and code blocks are the document's paragraphs, and the markup is out of the comparison
//! (`**`, `_`, link targets, HTML, list markers): a translation that keeps a link's address
//! or moves an emphasis compares as its words. Parsed by pulldown-cmark (CommonMark, with
//! tables, footnotes, strikethrough and task lists).

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

/// Whether a file is Markdown, by its extension.
pub fn is_markdown(path: &std::path::Path) -> bool {
    let ext = super::file_name::lowercase_extension(path);
    matches!(ext.as_str(), "md" | "markdown" | "mdown" | "mkd")
}

/// The text of a Markdown document: each block on its own, a blank line between blocks.
pub fn markdown_text(source: &str) -> String {
    let options = Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS;
    let mut blocks: Vec<String> = Vec::new();
    let mut current = String::new();
    let mut in_code = false;
    let flush = |current: &mut String, blocks: &mut Vec<String>| {
        let block = current.trim();
        if !block.is_empty() {
            blocks.push(block.to_string());
        }
        current.clear();
    };
    for event in Parser::new_ext(source, options) {
        match event {
            Event::Start(tag) => {
                if matches!(
                    tag,
                    Tag::Paragraph
                        | Tag::Heading { .. }
                        | Tag::Item
                        | Tag::CodeBlock(_)
                        | Tag::BlockQuote(_)
                        | Tag::List(_)
                        | Tag::Table(_)
                        | Tag::TableHead
                        | Tag::TableRow
                        | Tag::FootnoteDefinition(_)
                ) {
                    flush(&mut current, &mut blocks);
                }
                in_code |= matches!(tag, Tag::CodeBlock(_));
            }
            Event::End(end) => match end {
                TagEnd::TableCell => current.push_str(" | "),
                TagEnd::Paragraph
                | TagEnd::Heading(_)
                | TagEnd::Item
                | TagEnd::BlockQuote(_)
                | TagEnd::TableHead
                | TagEnd::TableRow
                | TagEnd::FootnoteDefinition => {
                    let row = current.trim_end().trim_end_matches('|').to_string();
                    current = row;
                    flush(&mut current, &mut blocks);
                }
                TagEnd::CodeBlock => {
                    in_code = false;
                    flush(&mut current, &mut blocks);
                }
                _ => {}
            },
            Event::Text(text) if in_code => current.push_str(&text),
            Event::Text(text) | Event::Code(text) => current.push_str(&text),
            Event::SoftBreak | Event::HardBreak => current.push(' '),
            // Markup that is no text: HTML, footnote marks, rules, task boxes.
            _ => {}
        }
    }
    flush(&mut current, &mut blocks);
    blocks.join("\n\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_is_out_and_blocks_are_paragraphs() {
        let md = "# The *harbour* bridge\n\nIt was **closed** on [Monday](https://example.org/monday)\nmorning.\n\n- first item\n- second with `code`\n  - nested item\n\n> A quotation.\n\n| Cars | Day |\n|---|---|\n| 40,000 | Monday |\n\n<div>html block</div>\n\n```\nlet x = 1;\n```\n";
        let text = markdown_text(md);
        assert_eq!(
            text,
            "The harbour bridge\n\nIt was closed on Monday morning.\n\nfirst item\n\nsecond with code\n\nnested item\n\nA quotation.\n\nCars | Day\n\n40,000 | Monday\n\nlet x = 1;"
        );
    }
}
