//! Rendered screens at two sizes (TestBackend + insta), and the styles the plain snapshot drops.

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::style::{Color, Modifier};

use crate::tui::action::Action;
use crate::tui::testing::{app_on, render, sample_app};

use super::Geometry;
use crate::tui::theme::Paint;

/// The screen's characters, row after row.
fn screen_text(terminal: &Terminal<TestBackend>) -> String {
    terminal
        .backend()
        .buffer()
        .content()
        .iter()
        .map(|c| c.symbol())
        .collect()
}

/// The screen's rows, each its characters.
fn screen_rows(terminal: &Terminal<TestBackend>) -> Vec<String> {
    let buffer = terminal.backend().buffer();
    let width = usize::from(buffer.area.width).max(1);
    buffer
        .content()
        .chunks(width)
        .map(|row| row.iter().map(|c| c.symbol()).collect())
        .collect()
}

fn cells_where(
    buffer: &Buffer,
    x_range: std::ops::Range<u16>,
    test: impl Fn(&ratatui::buffer::Cell) -> bool,
) -> usize {
    let area = buffer.area;
    (0..area.height)
        .flat_map(|y| x_range.clone().map(move |x| (x, y)))
        .filter(|&(x, y)| test(&buffer[(x, y)]))
        .count()
}

#[test]
fn screen_120x40() {
    let mut app = sample_app(Paint::COLOUR);
    let terminal = render(&mut app, 120, 40);
    insta::assert_snapshot!(terminal.backend());
}

#[test]
fn a_source_and_its_translation_side_by_side() {
    // English against Spanish: rows by sentence, the text plain (no word diff across
    // languages), the omitted sentence marked, the languages in the status bar.
    let doc = |name: &str, text: &str| driftview::Document::from_text(name, text);
    let docs = vec![
        doc(
            "notice-en.txt",
            include_str!("../../../tests/data/bilingual/notice-en.txt"),
        ),
        doc(
            "notice-es.txt",
            include_str!("../../../tests/data/bilingual/notice-es.txt"),
        ),
    ];
    let mut app = app_on(docs, Paint::COLOUR);
    let terminal = render(&mut app, 120, 24);
    insta::assert_snapshot!(terminal.backend());
}

#[test]
fn screen_80x24_scrolled_to_a_change() {
    let mut app = sample_app(Paint::COLOUR);
    render(&mut app, 80, 24);
    app.act(Action::NextChange(true));
    app.act(Action::NextChange(true));
    let terminal = render(&mut app, 80, 24);
    insta::assert_snapshot!(terminal.backend());
}

#[test]
fn help_overlay_lists_the_keys() {
    let mut app = sample_app(Paint::COLOUR);
    app.act(Action::ToggleHelp);
    let terminal = render(&mut app, 120, 40);
    insta::assert_snapshot!(terminal.backend());
}

#[test]
fn help_at_160x45_shows_every_key_in_two_columns_quit_first() {
    let mut app = sample_app(Paint::COLOUR);
    app.act(Action::ToggleHelp);
    let terminal = render(&mut app, 160, 45);
    let rows = screen_rows(&terminal);
    // Nothing to scroll: every key is on the first screen, quitting among the box's first
    // lines.
    let top = rows
        .iter()
        .position(|l| l.contains("driftview keys (Esc or ? closes)"))
        .expect("the help scrolls at 160x45");
    let quit = rows
        .iter()
        .position(|l| l.contains("q Ctrl-c"))
        .expect("quit shown");
    assert!(quit - top <= 3, "quit is on the box's line {}", quit - top);
    insta::assert_snapshot!(terminal.backend());
}

#[test]
fn too_small_says_so() {
    let mut app = sample_app(Paint::COLOUR);
    let terminal = render(&mut app, 30, 5);
    let text = screen_text(&terminal);
    assert!(text.contains("terminal too small"));
}

#[test]
fn deletions_left_and_insertions_right_are_coloured_and_underlined() {
    let mut app = sample_app(Paint::COLOUR);
    let terminal = render(&mut app, 120, 40);
    let buffer = terminal.backend().buffer();
    let g = Geometry::of(buffer.area, 0, Some(None), false).unwrap();
    let old_x = g.old.x..g.old.x + g.old.width;
    let new_x = g.new.x..g.new.x + g.new.width;
    let underlined = |c: &ratatui::buffer::Cell| c.modifier.contains(Modifier::UNDERLINED);
    let deleted = |c: &ratatui::buffer::Cell| c.fg == Color::LightRed && underlined(c);
    let inserted = |c: &ratatui::buffer::Cell| c.fg == Color::LightGreen && underlined(c);
    assert!(cells_where(buffer, old_x.clone(), deleted) > 10);
    assert_eq!(cells_where(buffer, old_x, inserted), 0);
    assert!(cells_where(buffer, new_x.clone(), inserted) > 10);
    assert_eq!(cells_where(buffer, new_x, deleted), 0);
}

#[test]
fn no_colour_theme_still_marks_changes() {
    let mut app = sample_app(Paint::MONO);
    let terminal = render(&mut app, 120, 40);
    let buffer = terminal.backend().buffer();
    let all = 0..buffer.area.width;
    let coloured =
        |c: &ratatui::buffer::Cell| !matches!(c.fg, Color::Reset) || !matches!(c.bg, Color::Reset);
    assert_eq!(cells_where(buffer, all.clone(), coloured), 0);
    let marked =
        |c: &ratatui::buffer::Cell| c.modifier.contains(Modifier::UNDERLINED | Modifier::BOLD);
    assert!(cells_where(buffer, all, marked) > 20);
}

#[test]
fn search_matches_are_highlighted_in_both_panes() {
    let mut app = sample_app(Paint::COLOUR);
    app.act(Action::StartSearch);
    for c in "putin".chars() {
        app.act(Action::TypeChar(c));
    }
    app.act(Action::AcceptText);
    let terminal = render(&mut app, 120, 40);
    let buffer = terminal.backend().buffer();
    let g = Geometry::of(buffer.area, 0, Some(None), false).unwrap();
    let hit = |c: &ratatui::buffer::Cell| c.bg == Color::Yellow;
    assert!(cells_where(buffer, g.old.x..g.old.x + g.old.width, hit) >= 5);
    assert!(cells_where(buffer, g.new.x..g.new.x + g.new.width, hit) >= 5);
}

#[test]
fn help_fits_80x24_with_whole_descriptions_and_scrolls_to_its_end() {
    let mut app = sample_app(Paint::COLOUR);
    app.act(Action::ToggleHelp);
    let mut seen = String::new();
    // Enough lines to pass the end of the help, however many keys it lists.
    for _ in 0..app.keys.bindings().len() + 20 {
        let text = screen_text(&render(&mut app, 80, 24));
        seen.push_str(&text);
        app.act(Action::ScrollLines(1));
    }
    // Every description whole, somewhere in the scroll (none cut at the box's edge).
    // (The search box's own keys are shown on the status bar while it is open, not here.)
    let listed = app.keys.bindings().iter();
    for b in listed.filter(|b| b.scope != crate::tui::keymap::Scope::Search) {
        let words: Vec<&str> = b.help.split(' ').collect();
        let last = words.last().unwrap();
        assert!(seen.contains(last), "{:?} cut or missing", b.help);
    }
    assert!(seen.contains("findings ! high"), "the legend is reached");
    // The panes did not move under the help, and it closes.
    assert_eq!(app.panes.top, 0);
    app.act(Action::ToggleHelp);
    assert!(!screen_text(&render(&mut app, 80, 24)).contains("driftview keys"));
}

#[test]
fn every_size_from_one_cell_to_huge_draws_without_panicking() {
    let mut app = sample_app(Paint::COLOUR);
    app.act(Action::ToggleFindings);
    let sizes = [
        (1, 1),
        (2, 3),
        (10, 4),
        (59, 9),
        (60, 10),
        (61, 11),
        (80, 24),
        (137, 41),
        (500, 200),
    ];
    for (w, h) in sizes
        .into_iter()
        .chain((1..40).map(|k| (k * 7 % 300 + 1, k * 5 % 120 + 1)))
    {
        let terminal = render(&mut app, w, h);
        let text = screen_text(&terminal);
        if w < super::MIN_WIDTH || h < super::MIN_HEIGHT {
            assert!(text.contains("60x10") || w < 6, "{w}x{h}: {text}");
        } else {
            // The list gives narrow screens' columns to the panes.
            let wide = w >= crate::tui::app::AUTO_HIDE_BELOW;
            assert_eq!(text.contains("Documents"), wide, "{w}x{h}");
        }
    }
}

#[test]
fn the_status_bar_says_the_end_and_which_finding_is_shown() {
    let mut app = sample_app(Paint::COLOUR);
    render(&mut app, 160, 40);
    app.act(Action::Bottom);
    let text = screen_text(&render(&mut app, 160, 40));
    assert!(
        text.contains("(100%)"),
        "the last screen is the end: {text}"
    );
    app.act(Action::NextFinding(true));
    let text = screen_text(&render(&mut app, 160, 40));
    // Counted among the findings the panel shows (the low-severity notes are out of it).
    let count = app.shown_findings().len();
    assert!(
        count < app.comparison().unwrap().findings.len(),
        "some are hidden"
    );
    assert!(text.contains(&format!("/{count} │")), "{text}");
    assert!(text.contains("finding "), "{text}");
    while app.status.message.is_none() {
        app.act(Action::NextFinding(true));
    }
    let text = screen_text(&render(&mut app, 160, 40));
    assert!(text.contains("last finding"), "{text}");
}

#[test]
fn hiding_the_list_gives_the_panes_its_room() {
    let mut app = sample_app(Paint::COLOUR);
    let area = ratatui::layout::Rect::new(0, 0, 120, 20);
    render(&mut app, 120, 20);
    assert!(screen_text(&render(&mut app, 120, 20)).contains("Documents"));
    let with = Geometry::of(area, 0, Some(None), false)
        .unwrap()
        .text_width();
    app.act(Action::ToggleList);
    let text = screen_text(&render(&mut app, 120, 20));
    assert!(!text.contains("Documents"), "{text}");
    let without = Geometry::of(area, 0, None, false).unwrap().text_width();
    assert!(without >= with + 10, "{with} -> {without} columns a pane");
    // Focus skips the hidden list.
    for _ in 0..3 {
        app.act(Action::ToggleFocus);
        assert_ne!(app.focus, crate::tui::action::Focus::List);
    }
    // Hidden by the user, it stays hidden whatever the width, until shown again.
    assert!(!screen_text(&render(&mut app, 60, 20)).contains("Documents"));
    assert!(!screen_text(&render(&mut app, 160, 20)).contains("Documents"));
    app.act(Action::ToggleList);
    assert!(screen_text(&render(&mut app, 120, 20)).contains("Documents"));
}

#[test]
fn a_narrow_screen_hides_the_list_until_it_widens_or_the_user_shows_it() {
    let mut app = sample_app(Paint::COLOUR);
    // At 60 columns the list would take a third of the screen: hidden, and said.
    let text = screen_text(&render(&mut app, 60, 20));
    assert!(!text.contains("Documents"), "{text}");
    assert!(text.contains("list is hidden"), "{text}");
    assert_ne!(app.focus, crate::tui::action::Focus::List);
    // The user can still show it there.
    app.act(Action::ToggleList);
    assert!(screen_text(&render(&mut app, 60, 20)).contains("Documents"));
    app.act(Action::ToggleList);
    // Hidden by the width, it comes back when the screen widens.
    let mut app = sample_app(Paint::COLOUR);
    render(&mut app, 60, 20);
    assert!(screen_text(&render(&mut app, 160, 20)).contains("Documents"));
}

/// The round trip in the test data: an English original, its Spanish translation and an
/// English back-translation, open in three panes.
fn round_trip_app() -> crate::tui::app::App {
    let doc = |name: &str, text: &str| driftview::Document::from_text(name, text);
    let docs = vec![
        doc(
            "original-en.txt",
            include_str!("../../../tests/data/roundtrip/original-en.txt"),
        ),
        doc(
            "translation-es.txt",
            include_str!("../../../tests/data/roundtrip/translation-es.txt"),
        ),
        doc(
            "back-en.txt",
            include_str!("../../../tests/data/roundtrip/back-en.txt"),
        ),
    ];
    let mut app = app_on(docs, Paint::COLOUR);
    app.open_round_trip();
    crate::tui::testing::settle(&mut app);
    app
}

#[test]
fn a_round_trip_in_three_panes_with_where_each_finding_entered() {
    // Original | translation | back-translation on the same rows; the panel names the
    // version that brought each finding in.
    let mut app = round_trip_app();
    app.act(Action::ToggleFindings);
    let terminal = render(&mut app, 160, 45);
    insta::assert_snapshot!(terminal.backend());
}

#[test]
fn a_round_trip_on_a_narrow_screen_shows_two_panes_and_switches_the_third_in() {
    let mut app = round_trip_app();
    let text = |app: &mut crate::tui::app::App| screen_text(&render(app, 88, 30));
    let two = text(&mut app);
    assert!(two.contains("back-translation: back-en.txt"), "{two}");
    assert!(!two.contains("translation: translation-es"), "{two}");
    assert!(two.contains("Traffic is diverted"), "{two}");
    app.act(Action::SwitchNarrowMiddle);
    let switched = text(&mut app);
    assert!(
        switched.contains("translation: translation-es"),
        "{switched}"
    );
    assert!(switched.contains("El tráfico se desvía"), "{switched}");
    assert!(!switched.contains("Traffic is diverted"), "{switched}");
}

/// The words drawn underlined in columns `x_range`, in screen order.
fn underlined_words(buffer: &Buffer, x_range: std::ops::Range<u16>) -> Vec<String> {
    let mut words = Vec::new();
    for y in 0..buffer.area.height {
        let mut word = String::new();
        for x in x_range.clone() {
            let cell = &buffer[(x, y)];
            if cell.modifier.contains(Modifier::UNDERLINED) && cell.symbol() != " " {
                word.push_str(cell.symbol());
            } else if !word.is_empty() {
                words.push(std::mem::take(&mut word));
            }
        }
        if !word.is_empty() {
            words.push(word);
        }
    }
    words
}

#[test]
fn w_underlines_the_words_the_aligner_learned_to_link_in_a_translation() {
    // Text+Berg's test4, German against French: with `W` the words the model links are
    // underlined beside the names and numbers both sides keep ("Aber" / "Mais").
    let read = |name: &str| {
        let path = format!("{}/tests/data/textberg/{name}", env!("CARGO_MANIFEST_DIR"));
        driftview::Document::from_text(name, std::fs::read_to_string(path).unwrap())
    };
    let mut app = app_on(vec![read("test4.de"), read("test4.fr")], Paint::COLOUR);
    app.act(Action::ToggleList);
    let before = render(&mut app, 160, 45);
    let (left, right) = (0..80, 80..160);
    let plain = |t: &Terminal<TestBackend>| {
        (
            underlined_words(t.backend().buffer(), left.clone()),
            underlined_words(t.backend().buffer(), right.clone()),
        )
    };
    let (old_before, new_before) = plain(&before);
    assert!(!old_before.contains(&"Aber".to_string()) && !new_before.contains(&"Mais".to_string()));
    app.act(Action::ToggleCounterparts);
    let after = render(&mut app, 160, 45);
    let (old_after, new_after) = plain(&after);
    assert!(old_after.contains(&"Aber".to_string()), "{old_after:?}");
    assert!(new_after.contains(&"Mais".to_string()), "{new_after:?}");
    assert!(old_after.len() > old_before.len() && new_after.len() > new_before.len());
    // What was underlined stays underlined: names and numbers kept are still anchors.
    assert!(old_before.iter().all(|w| old_after.contains(w)));
    insta::assert_snapshot!(after.backend());
    app.act(Action::ToggleCounterparts);
    assert_eq!(plain(&render(&mut app, 160, 45)), (old_before, new_before));
}

#[test]
fn hash_shows_each_row_s_first_line_in_its_file_and_hides_it_again() {
    // Two hard-wrapped files whose sentences start mid-line and after blank lines: the
    // number is the line where the row's first sentence starts, on each side.
    let dir = std::env::temp_dir().join(format!("driftview-line-numbers-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let write = |name: &str, text: &str| {
        let path = dir.join(name);
        std::fs::write(&path, text).unwrap();
        driftview::load::load_file(&path).unwrap()
    };
    let old = write(
        "old.txt",
        "The ferry leaves at noon. It returns\nat six.\n\nTickets cost two euros\nat the pier.\n",
    );
    let new = write(
        "new.txt",
        "The ferry leaves at noon.\n\nIt returns at seven.\n\n\nTickets cost three euros\nat the pier.\n",
    );
    let mut app = crate::tui::testing::app_on(vec![old, new], Paint::COLOUR);
    let before = screen_text(&render(&mut app, 100, 12));
    app.act(Action::ToggleLineNumbers);
    let terminal = render(&mut app, 100, 12);
    insta::assert_snapshot!(terminal.backend());
    assert!(screen_text(&terminal).contains("line numbers of the files"));
    app.act(Action::ToggleLineNumbers);
    let after = screen_text(&render(&mut app, 100, 12));
    // Hidden again, the panes are as they were but for the status bar's message.
    let panes = |s: &str| s.chars().take(100 * 11).collect::<String>();
    assert_eq!(panes(&before), panes(&after));
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn hash_on_text_without_file_lines_says_why_there_are_none() {
    let mut app = sample_app(Paint::COLOUR);
    render(&mut app, 120, 30);
    app.act(Action::ToggleLineNumbers);
    let text = screen_text(&render(&mut app, 120, 30));
    assert!(
        text.contains("no line numbers for bundled samples"),
        "{text}"
    );
}

#[test]
fn the_current_row_is_marked_down_its_gutter_and_moves_with_the_findings() {
    let mut app = sample_app(Paint::MONO);
    // The old pane's gutter cue: the list's 30 columns, then the pane's border.
    let cue = 31..32;
    let marked = |terminal: &Terminal<TestBackend>| -> Vec<u16> {
        let buffer = terminal.backend().buffer();
        // Inside the pane: below its top border, above its bottom one and the status bar.
        (1..buffer.area.height - 2)
            .filter(|&y| buffer[(cue.start, y)].modifier.contains(Modifier::REVERSED))
            .collect()
    };
    render(&mut app, 120, 40);
    app.act(Action::NextFinding(true));
    let first = marked(&render(&mut app, 120, 40));
    assert!(!first.is_empty(), "no row marked");
    // One row: its lines run on without a gap.
    assert!(first.windows(2).all(|w| w[1] == w[0] + 1), "{first:?}");
    app.act(Action::NextFinding(true));
    let second = marked(&render(&mut app, 120, 40));
    assert!(
        !second.is_empty() && second != first,
        "{first:?} -> {second:?}"
    );
}

#[test]
fn the_history_panel_wraps_each_version_so_a_late_change_shows() {
    let docs = driftview::load::samples::documents();
    let mut app = crate::tui::testing::app_on(docs, Paint::COLOUR);
    app.open_history();
    crate::tui::testing::settle(&mut app);
    app.act(Action::NextPair);
    app.act(Action::NextFinding(true));
    let text = screen_text(&render(&mut app, 100, 50));
    // The panel's own columns, from its title's corner on.
    let rows: Vec<String> = text
        .chars()
        .collect::<Vec<_>>()
        .chunks(100)
        .map(|r| r.iter().collect())
        .collect();
    let lines: Vec<&String> = rows
        .iter()
        .skip_while(|l| !l.contains("History of row"))
        .collect();
    let corner = lines[0].chars().position(|c| c == '┌').unwrap();
    let panel: String = lines
        .iter()
        .map(|l| l.chars().skip(corner).collect::<String>())
        .collect::<Vec<_>>()
        .join("\n");
    let versions = app.history_versions().unwrap();
    let row = app.focus_row();
    for v in [app.old, app.new.unwrap()] {
        let sentence = versions.text(row, v);
        let last = sentence.split_whitespace().last().expect("a sentence");
        // The last word was cut at the panel's edge before.
        assert!(
            panel.contains(last),
            "{last:?} of version {v} not shown:\n{panel}"
        );
    }
}

#[test]
fn the_help_lists_the_glossary_in_force() {
    let mut app = sample_app(Paint::COLOUR);
    let (glossary, problems) = driftview::knowledge::Glossary::parse(
        "# terms\nKremlin\tKremlin|Kreml\nwhite house\tCasa Blanca\n",
    );
    assert!(problems.is_empty());
    app.reviewing.knowledge.glossary = Some(std::sync::Arc::new(glossary));
    app.act(Action::ToggleHelp);
    let text = screen_text(&render(&mut app, 160, 60));
    assert!(text.contains("Glossary (2 terms"), "{text}");
    assert!(text.contains("Kremlin|Kreml"), "{text}");
    assert!(text.contains("white house"), "{text}");
}

#[test]
fn a_long_glossary_keeps_the_help_in_two_columns_running_on() {
    let mut app = sample_app(Paint::COLOUR);
    let terms: String = (0..90)
        .map(|k| format!("term{k:02}\tword{k:02}\n"))
        .collect();
    let (glossary, problems) = driftview::knowledge::Glossary::parse(&terms);
    assert!(problems.is_empty());
    app.reviewing.knowledge.glossary = Some(std::sync::Arc::new(glossary));
    app.act(Action::ToggleHelp);
    let rows = screen_rows(&render(&mut app, 160, 45));
    let text = rows.join("\n");
    assert!(
        rows[0].contains(" scroll, "),
        "too tall to show whole: {text}"
    );
    let quit = rows
        .iter()
        .position(|l| l.contains("q Ctrl-c"))
        .expect("quit shown");
    assert!(quit <= 3, "quit is on the box's line {quit}");
    // Both halves of the box carry help: two columns, not one of 80.
    let right_half = rows
        .iter()
        .filter(|l| l.chars().skip(82).any(char::is_alphanumeric))
        .count();
    assert!(right_half > 30, "{text}");
    // The right column runs on from the left: a box's height further on, the left column
    // shows what the right one showed.
    let column = |screen: &[String], from: usize| -> Vec<String> {
        screen
            .iter()
            .skip(1)
            .take(43)
            .map(|l| {
                l.chars()
                    .skip(from)
                    .take(79)
                    .collect::<String>()
                    .trim_end()
                    .to_string()
            })
            .collect()
    };
    let right_before = column(&rows, 80);
    app.act(Action::ScrollLines(43));
    let left_after = column(&screen_rows(&render(&mut app, 160, 45)), 1);
    assert_eq!(left_after, right_before);
    // Scrolled a line at a time to its end, every term is seen.
    let mut seen = String::new();
    for _ in 0..200 {
        seen.push_str(&screen_text(&render(&mut app, 160, 45)));
        app.act(Action::ScrollLines(1));
    }
    for k in 0..90 {
        assert!(seen.contains(&format!("term{k:02}")), "term{k:02} missing");
    }
}

#[test]
fn the_list_gives_a_translation_its_findings_not_a_share_of_words_in_common() {
    let doc = |name: &str, text: &str, code: &str| {
        let mut d = driftview::Document::from_text(name, text);
        d.language = driftview::text::Language::from_code(code);
        d
    };
    let english = "The minister arrived in Geneva on Monday. Talks began at once with 40 aides.";
    let mut app = crate::tui::testing::app_on(
        vec![
            doc("en.txt", english, "en"),
            doc("en-edited.txt", &english.replace("40", "50"), "en"),
            doc(
                "es.txt",
                "El ministro llegó a Ginebra el lunes. Las conversaciones empezaron enseguida con 40 asesores.",
                "es",
            ),
        ],
        Paint::COLOUR,
    );
    app.act(Action::SelectAt(0));
    app.act(Action::SetOld);
    crate::tui::testing::settle(&mut app);
    let rows = screen_rows(&render(&mut app, 120, 30));
    let detail = |words: &str| {
        rows.iter()
            .find(|l| l.contains(words))
            .map(|l| l.chars().take(39).collect::<String>())
            .unwrap_or_else(|| panic!("no {words:?} line: {rows:#?}"))
    };
    // The edited English version: its share of words and a bar; the Spanish: no share.
    assert!(detail("new en 14w").contains('%'), "{rows:#?}");
    let spanish = detail(" es 14w");
    assert!(!spanish.contains('%') && spanish.contains('⚑'), "{spanish}");
}

#[test]
fn a_book_s_rows_come_first_and_its_findings_fill_in_at_the_same_row() {
    use crate::tui::worker::Report;
    use std::sync::Arc;
    let mut app = sample_app(Paint::COLOUR);
    app.act(Action::ToggleFindings);
    app.act(Action::ScrollLines(12));
    let row = app.current_row();
    let whole = app.comparison().expect("compared").clone();
    let figures = app.list.against_old[1];
    let (options, docs) = (app.options, whole.docs.clone());
    let none = driftview::Knowledge::none();
    let rows = driftview::compare::compare_unchecked(docs.old, docs.new, options, &none);
    let report = |comparison| Report::Compared {
        old: 0,
        new: 1,
        options,
        comparison,
    };
    app.on_report(report(Arc::new(rows.clone())));
    let shown = app.comparison().expect("rows shown");
    assert!(!shown.checked && shown.rows.len() == whole.rows.len());
    assert_eq!(app.current_row(), row, "the panes stay where they were");
    assert_eq!(app.list.against_old[1], figures, "no findings counted yet");
    let requests = app.take_requests();
    assert!(
        requests
            .iter()
            .any(|r| matches!(r, crate::tui::app::Request::RowsShown))
    );
    app.act(Action::NextFinding(true));
    assert_eq!(
        app.status.message.as_deref(),
        Some("still checking for drift: no findings yet")
    );
    let screen = screen_text(&render(&mut app, 160, 45));
    assert!(screen.contains("checking for drift…"), "{screen}");
    assert!(screen.contains("Checking for drift: the findings appear here"));
    // The checks done: the same comparison as one pass makes, at the same row.
    app.on_report(report(Arc::new(driftview::compare::checked(&rows, &none))));
    let shown = app.comparison().expect("checked");
    assert!(shown.checked && shown.findings == whole.findings && !shown.findings.is_empty());
    assert_eq!(app.current_row(), row);
    let screen = screen_text(&render(&mut app, 160, 45));
    assert!(!screen.contains("hecking for drift"), "{screen}");
}
