//! Hard-wrapped prose (text broken at a fixed column, as licenses, mail and man pages are):
//! recognising it, and telling its soft line breaks, which are spaces for a reader, from the
//! breaks that carry structure (list items, indented or framed blocks, rules, headings, verse).

use std::borrow::Cow;
use std::ops::Range;

use crate::text::tokens::{GROFF_HYPHEN, REJOINED_HYPHEN};

/// Fewer lines than this say too little about how a text is wrapped.
const WRAP_MIN_LINES: usize = 8;
/// Hard-wrapped prose has its longest line in this range: the columns editors and mailers
/// wrap at (72, 76, 80); a line of a few words or of a whole paragraph is not wrapping.
const WRAP_LONGEST: std::ops::RangeInclusive<usize> = 40..=100;
/// A line at least this share of the longest counts as full (the last line of a paragraph is
/// shorter, a wrapped one rarely is).
const WRAP_FULL_SHARE: (usize, usize) = (6, 10);
/// This share of the lines must be full for the text to read as hard-wrapped (of the lines
/// that do not end a paragraph).
const WRAP_FULL_LINES: (usize, usize) = (7, 10);

/// The column hard-wrapped prose is wrapped at (its longest line, in characters), or `None`
/// when the text is not hard-wrapped: many lines, none long, most of them near the longest.
/// Only the lines of paragraphs of two lines or more are measured: a paragraph pasted as one
/// long line into a wrapped file (as a browser copies one) is not wrapping, and measured it
/// turned reflow off for the whole file.
///
/// Whether lines are full is judged within blocks of one indentation: a man page's option
/// ("-A, --catenate") stands on a short line of its own right above its indented description,
/// with no blank line between, and counted as a line that ends early it kept every man page
/// at 80 columns from reading as wrapped (tar(1): 58% of its inner lines full, 98% by blocks).
pub fn wrap_width(text: &str) -> Option<usize> {
    // Every line of the paragraphs of two lines or more; and the lines of each block (lines
    // of one indentation) but its last, which ends where its sentence or its option does.
    let (mut lengths, mut inner): (Vec<usize>, Vec<usize>) = (Vec::new(), Vec::new());
    let (mut paragraph, mut block): (Vec<usize>, Vec<usize>) = (Vec::new(), Vec::new());
    let mut block_indent = None;
    for line in text.lines().chain(std::iter::once("")) {
        let (n, indent) = columns(line);
        if n == 0 || block_indent.is_some_and(|i| i != indent) {
            if block.len() >= 2 {
                inner.extend_from_slice(&block[..block.len() - 1]);
            }
            block.clear();
        }
        if n > 0 {
            paragraph.push(n);
            block.push(n);
            block_indent = Some(indent);
            continue;
        }
        block_indent = None;
        if paragraph.len() >= 2 {
            lengths.append(&mut paragraph);
        }
        paragraph.clear();
    }
    // And they must be most of the text: a text of one-line paragraphs with a few short
    // stanzas or lists among them is not hard-wrapped.
    let all = text.lines().filter(|l| !l.trim().is_empty()).count();
    if lengths.len() * 2 < all {
        return None;
    }
    // The width is the longest line but for the longest hundredth: an example or a table
    // wider than the page overflows it (find(1) at 80 columns has one line of 96).
    lengths.sort_unstable();
    let longest = lengths
        .get(lengths.len().saturating_sub(1 + lengths.len() / 100))
        .copied()
        .unwrap_or(0);
    if lengths.len() < WRAP_MIN_LINES || !WRAP_LONGEST.contains(&longest) {
        return None;
    }
    let (share, of) = WRAP_FULL_SHARE;
    let full = inner.iter().filter(|&&n| n * of >= longest * share).count();
    let (lines, of_lines) = WRAP_FULL_LINES;
    (full * of_lines >= inner.len() * lines).then_some(longest)
}

/// A line's width and indentation in columns, a tab reaching the next multiple of 8 (`col
/// -b` leaves tabs in every man page's indented lines).
fn columns(line: &str) -> (usize, usize) {
    let (mut width, mut indent) = (0, None);
    let mut last_visible = 0;
    for c in line.chars() {
        width = after(width, c);
        if !c.is_whitespace() {
            indent.get_or_insert(width - 1);
            last_visible = width;
        }
    }
    (last_visible, indent.unwrap_or(0))
}

/// The column after character `c` written at column `width`: a tab reaches the next multiple
/// of 8, any other character takes one.
fn after(width: usize, c: char) -> usize {
    if c == '\t' {
        (width / 8 + 1) * 8
    } else {
        width + 1
    }
}

/// A line ending before this share of the wrap width ends on purpose (a heading, an address
/// line, a line of verse): the break after it is kept.
const SHORT_LINE_SHARE: (usize, usize) = (6, 10);

/// A frame takes about this many columns of the wrap width (a border and two spaces a side).
const FRAME_MARGIN: usize = 6;
/// A line indented this much more than the one before starts a block of its own.
const BLOCK_INDENT: usize = 4;

/// Characters that draw frames and rules: `****`, `| … |`, `+---+`, `====`.
const FRAME_CHARS: &[char] = &['*', '|', '+', '=', '-', '_', '~', '#'];

/// A line of a frame or a rule: only frame characters, or framed on both ends by the same one.
fn is_frame(line: &str) -> bool {
    let t = line.trim();
    let mut chars = t.chars();
    let (Some(first), Some(last)) = (chars.next(), chars.next_back()) else {
        return false;
    };
    let rule = t.chars().count() >= 3 && t.chars().all(|c| FRAME_CHARS.contains(&c) || c == ' ');
    rule || (first == last && matches!(first, '*' | '|' | '+'))
}

/// Whether a line opens a list item: `- `, `* `, `• `, `1. `, `2) `, `a. `, `(b) `, `iv) `.
fn is_list_item(line: &str) -> bool {
    let t = line.trim_start();
    if let Some(rest) = t.strip_prefix(['-', '*', '•', '+', '–', '·']) {
        return rest.starts_with(' ');
    }
    let t = t.strip_prefix('(').unwrap_or(t);
    let label: String = t.chars().take_while(|c| c.is_alphanumeric()).collect();
    let rest = &t[label.len()..];
    let short = (1..=3).contains(&label.chars().count())
        && (label.chars().all(|c| c.is_ascii_digit())
            || label.chars().count() == 1
            || is_roman(&label));
    short && (rest.starts_with(". ") || rest.starts_with(") "))
}

fn is_roman(label: &str) -> bool {
    label
        .chars()
        .all(|c| matches!(c, 'i' | 'v' | 'x' | 'I' | 'V' | 'X'))
}

/// A line's indentation in columns (a tab to the next multiple of 8).
fn indent(line: &str) -> usize {
    columns(line).1
}

/// The line of `text` holding byte `at`, as a byte range (without its newline).
fn line_at(text: &str, at: usize) -> Range<usize> {
    let start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    let end = text[at..].find('\n').map_or(text.len(), |i| at + i);
    start..end
}

/// The part of a line a reader reads: inside its frame for a line of a framed box
/// (`*  Covered Software is …  *`), else the whole line.
fn content(text: &str, line: Range<usize>) -> Range<usize> {
    let l = &text[line.clone()];
    let t = l.trim();
    let Some(border) = t.chars().next().filter(|c| matches!(c, '*' | '|')) else {
        return line;
    };
    // A line of the border character alone is the frame's top or bottom, not a framed line.
    let framed = t.chars().count() >= 2 && t.ends_with(border) && !t.chars().all(|c| c == border);
    if !framed {
        return line;
    }
    let inner = t[1..t.len() - border.len_utf8()].trim();
    if inner.is_empty() {
        return line.start..line.start;
    }
    let start = line.start + l.find(inner).unwrap_or(0);
    start..start + inner.len()
}

/// Whether the line break at byte `newline` of hard-wrapped `text` (wrapped at `width`) is
/// soft: a space for a reader, the sentence going on at the next line.
pub(crate) fn is_soft_break(text: &str, newline: usize, width: usize) -> bool {
    matches!(break_at(text, newline, width), Break::Soft)
}

/// Whether the line break at byte `newline` of a man page ([`man_layout`]) parts two units as
/// a line break of the page unwrapped does: before an indented block or a list item (an
/// option and its description, a subsection's heading and its text), or after a short line
/// (the lines of an example). A break kept for a frame or a rule parts nothing.
pub(crate) fn is_structural_break(text: &str, newline: usize, width: usize) -> bool {
    match break_at(text, newline, width) {
        Break::Structure | Break::AfterShortLine => true,
        Break::Soft => next_word_would_fit(text, newline, width),
        Break::Frame => false,
    }
}

/// Whether the next line's first word would have fit at the end of the line before the break
/// at byte `newline`, within `width`: groff fills a line greedily, so a page's line that stops
/// short of a word that fits was ended on purpose ("tar --create --file etc.tar --verbose
/// /etc" / "or (abbreviating some options):", an example's lines). Only for a man page: `fmt`
/// and other fillers balance a paragraph's lines and leave room a word would fit in.
fn next_word_would_fit(text: &str, newline: usize, width: usize) -> bool {
    let (a, b) = (line_at(text, newline), line_at(text, newline + 1));
    let (before, after) = (&text[a], text[b].trim_start());
    let word = after.split_whitespace().next().unwrap_or("");
    let hyphenated = before.trim_end().ends_with('-')
        || before
            .trim_end()
            .ends_with(crate::text::tokens::GROFF_HYPHEN);
    !hyphenated && columns(before).0 + 1 + word.chars().count() <= width
}

/// Whether the line before the break at byte `newline` is a line of names, and the next one
/// starts with a capital: an address ("51 Franklin Street, Fifth Floor, Boston, MA
/// 02110-1301  USA" / "Everyone is permitted to copy …"), a title over a date, a name and
/// its web address. Wrapped prose
/// does not fill a line with capitalised words alone (German capitalises nouns, not every
/// word), so the line's text ends at its end. Three words or more, each capitalised or a
/// number, some in lower case (a paragraph in capitals, as licenses write their warranty
/// disclaimers, is prose), and no comma, colon or hyphen at the end, which would carry the
/// text on.
pub(crate) fn ends_a_name_line(text: &str, newline: usize) -> bool {
    const MIN_WORDS: usize = 3;
    let (a, b) = (line_at(text, newline), line_at(text, newline + 1));
    // Lines of one block: a centred title over its version line is the layout's to part.
    if indent(&text[a.clone()]) != indent(&text[b.clone()]) {
        return false;
    }
    let (before, after) = (text[a].trim(), text[b].trim_start());
    let capital = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    // An address is a name too: "Inc. <https://fsf.org/>", "<gnu@gnu.org>".
    let name_or_number = |w: &str| {
        let w = w.trim_start_matches(|c: char| !c.is_alphanumeric());
        capital(w)
            || w.chars().next().is_some_and(|c| c.is_ascii_digit())
            || w.contains("://")
            || w.contains('@')
    };
    let words: Vec<&str> = before.split_whitespace().collect();
    // A line that ends on a web or mail address in angle brackets, as man pages and notices
    // set them ("GNU coreutils online help: <https://www.gnu.org/software/coreutils/>" /
    // "Report any translation bugs to …"), ends there too: prose wraps a sentence on after
    // an address only into lower case or a stop.
    let on_an_address = words.last().is_some_and(|w| {
        w.starts_with('<') && w.ends_with('>') && (w.contains("://") || w.contains('@'))
    });
    if on_an_address && capital(after) {
        return true;
    }
    words.len() >= MIN_WORDS
        && words.iter().all(|w| name_or_number(w))
        && before.chars().any(char::is_lowercase)
        && !before.ends_with([',', ';', ':', '-', '\u{2010}', '.', '!', '?'])
        && capital(after)
}

/// Whether hard-wrapped `text` is laid out as a manual page is on a terminal: most lines
/// indented 7 columns or more, under headings at the margin with no lower-case letter
/// ("NAME", "DESCRIPTION", "BESCHREIBUNG", "名称"). Only there do indented blocks part units:
/// in other wrapped text a heading's definition indented under it ("1.12. \"Secondary
/// License\"" / "    means either …", as the MPL 2.0 writes them) is one sentence with it, as
/// a revision writing both on one line has them (parted, the MPL 1.1 / 2.0 pair had 8 more
/// one-sided rows).
pub(crate) fn man_layout(text: &str) -> bool {
    let (mut lines, mut indented, mut headings) = (0, 0, 0);
    for line in text.lines() {
        let (width, indent) = columns(line);
        if width == 0 {
            continue;
        }
        lines += 1;
        if indent >= MAN_INDENT {
            indented += 1;
        } else if indent == 0
            && line.split_whitespace().count() <= 4
            && !line.chars().any(char::is_lowercase)
            && line.chars().any(char::is_alphabetic)
        {
            headings += 1;
        }
    }
    headings >= 2 && indented * 2 >= lines
}

/// The indentation of a manual page's text under its headings (man's default, 7 ens).
const MAN_INDENT: usize = 7;

/// What a line break of hard-wrapped text is.
enum Break {
    /// A space for a reader.
    Soft,
    /// Kept, because the line before it ends early (a heading, an address line, verse).
    AfterShortLine,
    /// Kept, at a frame's border or a rule, into a frame or out of it, or at a framed blank.
    Frame,
    /// Kept, because an indented block or a list item starts there.
    Structure,
}

fn break_at(text: &str, newline: usize, width: usize) -> Break {
    let (a, b) = (line_at(text, newline), line_at(text, newline + 1));
    let (ca, cb) = (content(text, a.clone()), content(text, b.clone()));
    // Into or out of a frame is a break; inside one, the frame's own width is the margin.
    let framed = ca != a;
    if framed != (cb != b) {
        return Break::Frame;
    }
    let (before, after) = (&text[ca], &text[cb]);
    if before.trim().is_empty() || after.trim().is_empty() {
        return Break::Frame;
    }
    let margin = if framed {
        width.saturating_sub(FRAME_MARGIN)
    } else {
        width
    };
    // An indented block (a quotation, code, an address) starts well right of the prose before
    // it; a hanging indent of a space or two only continues the paragraph, and so does the
    // hanging indent of a tagged paragraph, whose text starts on the tag's line at the column
    // the next line is indented to ("-c     with -lt: sort by …" / "       file status …").
    let (to, from) = (indent(after), indent(before));
    let deeper = !framed
        && to >= from + BLOCK_INDENT
        && !is_list_item(before)
        && second_word_at(before) != Some(to);
    // A line that ends mid-sentence (on a word or a comma) goes on at the next, at its own
    // indentation, even where that starts like a numbered item ("exits with status" / "0.
    // When one or more …"); an item indented further is a list's.
    let mid_sentence = before
        .trim_end()
        .ends_with(|c: char| c.is_alphanumeric() || c == ',');
    let item = is_list_item(after) && !(mid_sentence && to <= from);
    let (share, of) = SHORT_LINE_SHARE;
    if is_frame(before) || is_frame(after) {
        Break::Frame
    } else if deeper || item {
        Break::Structure
    } else if columns(before).0 * of < margin * share {
        Break::AfterShortLine
    } else {
        Break::Soft
    }
}

/// The column where the second word of `line` starts: on a tagged paragraph's first line
/// (an option, then its description), where the description starts.
fn second_word_at(line: &str) -> Option<usize> {
    let mut width = 0;
    let (mut words, mut in_word) = (0, false);
    for c in line.chars() {
        if !c.is_whitespace() && !in_word {
            words += 1;
            if words == 2 {
                return Some(width);
            }
        }
        in_word = !c.is_whitespace();
        width = after(width, c);
    }
    None
}

/// `text[range]` as a reader sees it. When the text is hard-wrapped at `width`, each soft line
/// break, with the next line's indentation, becomes one space, and a framed box loses its
/// frame (`*` borders) so that its text reads as a paragraph. Other text is borrowed as is.
pub fn reflow(text: &str, range: Range<usize>, width: Option<usize>) -> Cow<'_, str> {
    let piece = &text[range.clone()];
    let Some(width) = width else {
        return Cow::Borrowed(piece);
    };
    let mut out = String::with_capacity(piece.len());
    let mut changed = false;
    let mut pos = range.start;
    // After a soft break: the next line's leading blanks are dropped.
    let mut skip_lead = false;
    while pos < range.end {
        let line = line_at(text, pos);
        let keep = content(text, line.clone());
        let end = line.end.min(range.end);
        let from = pos.max(keep.start).min(end);
        let to = end.min(keep.end).max(from);
        let mut part = &text[from..to];
        if skip_lead {
            part = part.trim_start_matches([' ', '\t']);
        }
        changed |= part.len() != end - pos;
        if line.end >= range.end {
            // A run that ends inside a filled line ("-P     Never  follow  symbolic  links.",
            // whose line goes on past the stop) has the justifier's gaps too.
            let filled = line.end < text.len() && is_soft_break(text, line.end, width);
            if filled && part.contains(['\t', ' ']) {
                let before = out.len();
                push_single_spaced(&mut out, part);
                changed |= out.len() - before != part.len();
            } else {
                out.push_str(part);
            }
            break;
        }
        if is_soft_break(text, line.end, width) {
            // A filled line's runs of spaces are a justifier's (groff's "intermixed,  although
            // doing  so"), or two after a stop: one space each, as the line reflows.
            push_single_spaced(&mut out, part.trim_end_matches([' ', '\t']));
            // A word groff hyphenated at the line's end reads whole ("eingesetzt"): its
            // hyphen becomes a joiner of the same length, which nothing shows.
            let hyphenated = out.ends_with(GROFF_HYPHEN)
                && text[line.end + 1..]
                    .trim_start_matches([' ', '\t'])
                    .starts_with(char::is_alphabetic);
            if hyphenated {
                out.truncate(out.len() - GROFF_HYPHEN.len());
                out.push(REJOINED_HYPHEN);
            }
            // A piece that starts on a frame's border has nothing before its first break; any
            // other piece, a lone "\n" between two words among them, keeps its space.
            if !(hyphenated || out.is_empty() && keep != line) {
                out.push(' ');
            }
            changed = true;
            skip_lead = true;
        } else {
            out.push_str(part);
            out.push('\n');
            skip_lead = false;
        }
        pos = line.end + 1;
    }
    if changed {
        Cow::Owned(out)
    } else {
        Cow::Borrowed(piece)
    }
}

/// A line's `part` pushed onto `out` with each run of spaces or tabs between its words made
/// one space (its indentation kept).
fn push_single_spaced(out: &mut String, part: &str) {
    let body = part.trim_start_matches([' ', '\t']);
    out.push_str(&part[..part.len() - body.len()]);
    let mut after_space = false;
    for c in body.chars() {
        // `col -b` writes a justifier's wide gaps as tabs ("with  -l,\t scale\tsizes").
        let blank = c == ' ' || c == '\t';
        if blank && after_space {
            continue;
        }
        after_space = blank;
        out.push(if blank { ' ' } else { c });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const LGPL: &str = "  The licenses for most software are designed to take away your
freedom to share and change it.  By contrast, the GNU General Public
Licenses are intended to guarantee your freedom to share and change
free software--to make sure the software is free for all its users.

  This license, the Lesser General Public License, applies to some
specially designated software packages--typically libraries--of the
Free Software Foundation and other authors who decide to use it.  You
can use it too, but we suggest you first think carefully about whether
this license or the ordinary General Public License is the better
strategy to use in any particular case, based on the explanations below.
";

    fn read(text: &str) -> String {
        reflow(text, 0..text.len(), wrap_width(text)).into_owned()
    }

    #[test]
    fn a_sentence_that_ends_inside_a_justified_line_reads_single_spaced() {
        // find(1) at 80 columns: the first sentence stops mid-line, and its line is filled.
        let page = "       -P     Never  follow  symbolic  links.\tThis is the default behaviour.\n\
                    \t      When find examines or prints information about  files,  and  the\n\
                    \t      file  is\ta  symbolic  link, the information used shall be taken\n\
                    \t      from the properties of the symbolic link itself.\n";
        let width = Some(80);
        let stop = page.find("links.").unwrap() + "links.".len();
        assert_eq!(
            reflow(page, 0..stop, width),
            "       -P Never follow symbolic links."
        );
        // The next sentence starts in that line and goes on over the break.
        let next = page.find("This").unwrap();
        let end = page.find("itself.").unwrap() + "itself.".len();
        assert!(
            reflow(page, next..end, width)
                .starts_with("This is the default behaviour. When find examines")
        );
        // A line that ends the paragraph is left as written.
        let last = "One  two.\n";
        assert_eq!(reflow(last, 0..9, width), "One  two.");
    }

    #[test]
    fn in_a_man_page_a_line_that_stops_short_of_a_word_that_fits_ends_there() {
        // groff fills greedily: "or" would have fit after "/etc" at 80 columns.
        let example = "       tar --create --file etc.tar --verbose /etc\n       or (abbreviating some options):\n";
        assert!(is_structural_break(
            example,
            example.find('\n').unwrap(),
            80
        ));
        // A full line goes on, and so does a line ending on a hyphen.
        let full = "       The options in all three styles can be intermixed,  although  doing  so\n       with old options is not encouraged.\n";
        assert!(!is_structural_break(full, full.find('\n').unwrap(), 80));
        let hyphen = "       Also the TIME_STYLE environment variable sets the de\u{2010}\n       fault style to use.\n";
        assert!(!is_structural_break(hyphen, hyphen.find('\n').unwrap(), 80));
    }

    #[test]
    fn a_line_of_names_or_one_ending_on_an_address_ends_before_a_capital() {
        let ends = |text: &str| ends_a_name_line(text, text.find('\n').unwrap());
        assert!(ends(
            " 51 Franklin Street, Fifth Floor, Boston, MA  02110-1301  USA\n Everyone is"
        ));
        assert!(ends(
            "  GNU coreutils online help: <https://www.gnu.org/software/coreutils/>\n  Report any"
        ));
        assert!(ends(
            "Free Software Foundation, Inc. <https://fsf.org/>\nEveryone is"
        ));
        // Prose goes on: into lower case, after a comma, or on a line with small words.
        assert!(!ends(
            " 51 Franklin Street, Fifth Floor, Boston, MA  02110-1301  USA\n and"
        ));
        assert!(!ends(
            "Write to the Free Software Foundation, Inc.,\nBoston"
        ));
        assert!(!ends("mail your report to <bugs@example.org>\nand wait"));
        assert!(!ends(
            "the work of the Free Software Foundation and\nOthers"
        ));
        // A paragraph in capitals is prose.
        assert!(!ends(
            "THE LIBRARY IS PROVIDED AS IS WITHOUT WARRANTY OF ANY\nKIND"
        ));
    }

    #[test]
    fn soft_breaks_of_wrapped_prose_are_spaces() {
        assert_eq!(wrap_width(LGPL), Some(72));
        let read = read(LGPL);
        assert!(read.starts_with("  The licenses for most software are designed to take away your freedom to share and change it."), "{read}");
        assert!(
            read.contains("all its users.\n\n  This license"),
            "paragraphs stay: {read}"
        );
        assert_eq!(read.matches('\n').count(), 3, "{read}");
    }

    #[test]
    fn one_line_wider_than_the_page_leaves_its_width_alone() {
        // An example that overflows the page (find(1) at 80 columns: one line of 96) is not
        // the width, or no other line would read as full.
        let example = "      $ find . .. / /tmp /tmp/TRACE compile compile/64/tests/find -maxdepth 0 -printf '[%h][%f]'";
        let last = LGPL.trim_end();
        let overflow = format!("{}{last}\n{example}\n", format!("{LGPL}\n\n").repeat(12));
        assert_eq!(wrap_width(&overflow), Some(72));
    }

    #[test]
    fn a_paragraph_pasted_as_one_long_line_leaves_the_wrapping_alone() {
        let pasted = format!("{}\n\n{LGPL}", "A pasted paragraph, one line. ".repeat(8));
        assert_eq!(wrap_width(&pasted), Some(72));
        // One-line paragraphs with a short stanza among them are not hard-wrapped.
        let lines = format!(
            "{}Roses are red,\nviolets are blue,\nsugar is sweet,\nand so are you.\n",
            "A paragraph on one line, long enough to be a whole thought of prose here.\n\n"
                .repeat(6)
        );
        assert_eq!(wrap_width(&lines), None);
    }

    #[test]
    fn text_that_is_not_hard_wrapped_is_left_alone() {
        let text = "One sentence a line.\nAnother one here.\n";
        assert_eq!(wrap_width(text), None);
        assert!(matches!(
            reflow(text, 0..text.len(), None),
            Cow::Borrowed(_)
        ));
    }

    #[test]
    fn a_word_groff_hyphenated_at_a_line_end_reads_whole() {
        let body = "This is a line of ordinary prose that runs to the margin of the page\n";
        let text = format!(
            "{body}and the colour of the file types is chosen when it is einge‐\n  setzt here, and a hyphen of the text's own at the end of a line stays: hyphen-\n  ated one\n{body}{body}{body}{body}{body}{body}"
        );
        let read = reflow(&text, 0..text.len(), wrap_width(&text));
        // On screen the word is whole; the joiner in its hyphen's place keeps every byte
        // that is not white space where it was counted.
        let shown = crate::text::visible(&read);
        assert!(shown.contains("eingesetzt here"), "{shown}");
        assert!(read.contains("einge\u{2060}setzt here"), "{read}");
        let solid = |t: &str| t.bytes().filter(|b| !b.is_ascii_whitespace()).count();
        assert_eq!(solid(&read), solid(&text));
        assert!(read.contains("hyphen- ated"), "{read}");
    }

    #[test]
    fn a_man_page_s_options_and_tab_indents_read_as_wrapped_prose() {
        // `man ls | col -b` at 80 columns: a short option line above its description, tabs
        // for indentation, a tagged paragraph whose text goes on at the tag's text column.
        let page = "       -a, --all\n\
                    \t      do not ignore entries starting with . and so on to the margin\n\
                    \t      of the page as the page is wrapped at eighty columns here\n\
                    \t      and this line ends the description.\n\
                    \n\
                    \x20      -c     with -lt: sort by, and show, ctime (time of last modification of\n\
                    \t      file status information); with -l: show ctime and sort by  name;\n\
                    \t      otherwise: sort by ctime, newest first and on to the margin of it\n\
                    \t      to the end.\n";
        let width = wrap_width(page).expect("read as wrapped");
        let newline = |line: &str| page.find(line).unwrap() + line.len();
        // The option's line is a unit of its own; its description is one paragraph.
        assert!(is_structural_break(page, newline("-a, --all"), width));
        assert!(is_soft_break(
            page,
            newline("starting with . and so on to the margin"),
            width
        ));
        // The tagged paragraph's text goes on under its own first words.
        assert!(is_soft_break(
            page,
            newline("(time of last modification of"),
            width
        ));
    }

    #[test]
    fn list_items_frames_rules_and_short_lines_keep_their_breaks() {
        let body = "This is a line of ordinary prose that runs to the margin of the page\n";
        let cases = [
            "  a) You must cause the modified files to carry prominent notices\n",
            "  2. The second item of the list is here with words to the margin..\n",
            "  - a dash item that runs on and on and on to the margin of the page\n",
            "*  Covered Software is provided under this License on an as is    *\n",
            "************************************************************************\n",
        ];
        for case in cases {
            let text = format!("{body}{case}{body}{body}{body}{body}{body}{body}{body}");
            let width = wrap_width(&text).expect("hard-wrapped");
            assert!(!is_soft_break(&text, body.len() - 1, width), "{case:?}");
        }
        let hanging = format!(
            "{body} with a hanging indent of one space only, to the margin here\n{body}{body}{body}{body}{body}{body}"
        );
        let width = wrap_width(&hanging).unwrap();
        assert!(
            is_soft_break(&hanging, body.len() - 1, width),
            "a hanging indent"
        );
        let block = format!(
            "{body}        Copyright (C) <year>  <name of author> and more words\n{body}{body}{body}{body}{body}{body}"
        );
        let width = wrap_width(&block).unwrap();
        assert!(
            !is_soft_break(&block, body.len() - 1, width),
            "an indented block"
        );
        let short = format!("{body}A heading\n{body}{body}{body}{body}{body}{body}{body}");
        let width = wrap_width(&short).unwrap();
        assert!(
            is_soft_break(&short, body.len() - 1, width),
            "prose before a short line"
        );
        assert!(
            !is_soft_break(&short, body.len() + 9, width),
            "a short line keeps its break"
        );
    }

    #[test]
    fn a_framed_disclaimer_reads_as_a_block() {
        let text = "*  Covered Software is provided under this License on an as is basis, *
*  without warranty of any kind, either expressed, implied, or        *
*  statutory, including, without limitation, warranties that the      *
*  Covered Software is free of defects, merchantable, fit for a        *
*  particular purpose or non-infringing. The entire risk as to the     *
*  quality and performance of the Covered Software is with You.        *
*  Should any Covered Software prove defective in any respect, You     *
*  (not any Contributor) assume the cost of any necessary servicing.   *
";
        let read = read(text);
        assert!(!read.contains('*'), "the frame is gone: {read}");
        assert!(
            read.starts_with("Covered Software is provided under this License on an as is basis, without warranty"),
            "{read}"
        );
        assert!(
            read.contains("servicing.\n") || read.ends_with("servicing."),
            "{read}"
        );
        // A piece cut from the middle (a sentence that starts on the border that ends the line
        // before it) starts with its first word.
        let from = text.find("You     *").unwrap() + 4;
        let piece = reflow(text, from..text.len(), wrap_width(text));
        assert!(
            !piece.starts_with('*') && piece.trim_start() == piece,
            "{piece:?}"
        );
        // The break between two words, alone in a piece (as a word diff cuts it), is a space.
        let nl = LGPL.find("your\nfreedom").unwrap() + 4;
        assert_eq!(reflow(LGPL, nl..nl + 1, wrap_width(LGPL)), " ");
    }

    #[test]
    fn a_justified_line_reflows_single_spaced_and_its_last_line_as_written() {
        let page = "       The options in all three styles can be intermixed,\t although  doing  so
       with  old  options  is  not encouraged.  Everything is fine.
       Another  line ends here at its natural length and width.

       tar --create --file etc.tar --verbose /etc
       or (abbreviating some options):
";
        let read = reflow(page, 0..page.find("\n\n").unwrap(), Some(80));
        assert_eq!(
            read,
            "       The options in all three styles can be intermixed, although doing so with old options is not encouraged. Everything is fine. Another  line ends here at its natural length and width."
        );
    }
}
