//! The default key table: every key the reader knows out of the box, in the order the help
//! shows them.

use ratatui::crossterm::event::KeyCode;

use super::key::{Key, Scope};
use crate::tui::action::Action;
use crate::tui::line_edit::CursorMove;
use Scope::{Findings, Global, List, Panes, Search};
use driftview::review::Verdict;
use driftview::review::alignment_fixes::FixAction;

const fn k(c: char) -> Key {
    Key {
        code: KeyCode::Char(c),
        ctrl: false,
    }
}
const fn ctrl(c: char) -> Key {
    Key {
        code: KeyCode::Char(c),
        ctrl: true,
    }
}
const fn code(code: KeyCode) -> Key {
    Key { code, ctrl: false }
}

/// A default binding, as written in the table below.
pub(super) struct DefaultBinding {
    pub(super) scope: Scope,
    pub(super) keys: &'static [Key],
    pub(super) action: Action,
    pub(super) help: &'static str,
}

const fn bind(
    scope: Scope,
    keys: &'static [Key],
    action: Action,
    help: &'static str,
) -> DefaultBinding {
    DefaultBinding {
        scope,
        keys,
        action,
        help,
    }
}

/// Every key the reader knows by default, in the order the help shows them.
pub(super) const DEFAULTS: &[DefaultBinding] = &[
    bind(
        List,
        &[k('j'), code(KeyCode::Down)],
        Action::SelectBy(1),
        "next document",
    ),
    bind(
        List,
        &[k('k'), code(KeyCode::Up)],
        Action::SelectBy(-1),
        "previous document",
    ),
    bind(
        List,
        &[code(KeyCode::Enter)],
        Action::SetNew,
        "show selected in the new pane",
    ),
    bind(
        Global,
        &[k('o')],
        Action::SetOld,
        "make selected the old (left) pane",
    ),
    bind(Global, &[k('s')], Action::SwapPanes, "swap old and new"),
    bind(
        Global,
        &[k('m')],
        Action::SetMiddle,
        "selected as the middle pane (round trip); again: close",
    ),
    bind(
        Global,
        &[k('M')],
        Action::SwitchNarrowMiddle,
        "narrow screen: translation / back-translation",
    ),
    bind(
        Global,
        &[k('<')],
        Action::PreviousPair,
        "previous pair of versions",
    ),
    bind(Global, &[k('>')], Action::NextPair, "next pair of versions"),
    bind(
        Global,
        &[k('H')],
        Action::ToggleHistory,
        "history panel: the row through every version",
    ),
    bind(
        Global,
        &[code(KeyCode::Tab)],
        Action::ToggleFocus,
        "focus list / panes / findings",
    ),
    bind(
        Global,
        &[code(KeyCode::BackTab)],
        Action::FocusBack,
        "focus back: findings / panes / list",
    ),
    bind(
        Panes,
        &[k('j'), code(KeyCode::Down)],
        Action::ScrollLines(1),
        "scroll down a line",
    ),
    bind(
        Panes,
        &[k('k'), code(KeyCode::Up)],
        Action::ScrollLines(-1),
        "scroll up a line",
    ),
    bind(
        Global,
        &[ctrl('d')],
        Action::ScrollHalfPages(1),
        "half page down",
    ),
    bind(
        Global,
        &[ctrl('u')],
        Action::ScrollHalfPages(-1),
        "half page up",
    ),
    bind(
        Global,
        &[code(KeyCode::PageDown), k(' '), ctrl('f')],
        Action::ScrollPages(1),
        "page down",
    ),
    bind(
        Global,
        &[code(KeyCode::PageUp), ctrl('b')],
        Action::ScrollPages(-1),
        "page up",
    ),
    bind(
        Global,
        &[k('g'), code(KeyCode::Home)],
        Action::Top,
        "top (first entry of a focused list)",
    ),
    bind(
        Global,
        &[k('G'), code(KeyCode::End)],
        Action::Bottom,
        "bottom (last entry of a focused list)",
    ),
    bind(
        Global,
        &[k('n')],
        Action::NextChange(true),
        "next change (next match while searching)",
    ),
    bind(
        Global,
        &[k('N'), k('p')],
        Action::NextChange(false),
        "previous change (or match)",
    ),
    bind(
        Findings,
        &[k('j'), code(KeyCode::Down)],
        Action::SelectFinding(1),
        "next finding in the panel",
    ),
    bind(
        Findings,
        &[k('k'), code(KeyCode::Up)],
        Action::SelectFinding(-1),
        "previous finding in the panel",
    ),
    bind(
        Findings,
        &[code(KeyCode::Enter)],
        Action::JumpToFinding,
        "show the finding's row",
    ),
    bind(Global, &[k(']')], Action::NextFinding(true), "next finding"),
    bind(
        Global,
        &[k('[')],
        Action::NextFinding(false),
        "previous finding",
    ),
    bind(
        Global,
        &[k('!')],
        Action::NextUnsureRow,
        "next unsure row of a translation, least sure first",
    ),
    bind(Global, &[k('F')], Action::ToggleFindings, "findings panel"),
    bind(
        Global,
        &[k('L')],
        Action::ToggleList,
        "hide / show the document list",
    ),
    bind(Global, &[k('/')], Action::StartSearch, "search both panes"),
    bind(
        Global,
        &[code(KeyCode::Esc)],
        Action::ClearSearch,
        "clear search / close help",
    ),
    bind(
        Global,
        &[k('f')],
        Action::ToggleFold,
        "fold: unchanged stretches / rows without findings / none",
    ),
    bind(
        Global,
        &[k('W')],
        Action::ToggleCounterparts,
        "word counterparts of a translation: show / hide",
    ),
    bind(
        Global,
        &[k('#')],
        Action::ToggleLineNumbers,
        "line numbers of the files: show / hide",
    ),
    bind(
        Global,
        &[k('w')],
        Action::CycleDiffOptions,
        "word diff: exact / ignore case / + punctuation",
    ),
    bind(
        Global,
        &[k('t')],
        Action::CycleTheme,
        "theme: colour / colour-blind safe / no colour",
    ),
    bind(
        Global,
        &[k('R')],
        Action::Reload,
        "reload files changed on disk",
    ),
    bind(
        Global,
        &[k('e')],
        Action::Edit(true),
        "edit the new document at the row's line ($EDITOR)",
    ),
    bind(
        Global,
        &[ctrl('e')],
        Action::Edit(false),
        "edit the old document at the row's line",
    ),
    bind(
        Global,
        &[k('x')],
        Action::Mark(Some(Verdict::Error)),
        "mark the current finding an error to fix",
    ),
    bind(
        Global,
        &[k('a')],
        Action::Mark(Some(Verdict::Acceptable)),
        "mark it acceptable",
    ),
    bind(
        Global,
        &[k('v')],
        Action::Mark(Some(Verdict::Verified)),
        "mark it verified (fixed)",
    ),
    bind(
        Global,
        &[k('C')],
        Action::CycleCategory,
        "its error category: the next of the typology ([review] in the configuration)",
    ),
    bind(
        Global,
        &[k('X')],
        Action::CycleErrorSeverity,
        "its error severity: minor / major / critical",
    ),
    bind(
        Global,
        &[k('=')],
        Action::MarkAlike,
        "its verdict to every finding alike (same kind and evidence)",
    ),
    bind(
        Global,
        &[k('A')],
        Action::AcceptKind,
        "every finding of its kind without a verdict: acceptable",
    ),
    bind(
        Global,
        &[k('I')],
        Action::MarkIssue,
        "mark an error the checks missed on the current row (Enter keeps, Esc cancels)",
    ),
    bind(Global, &[k('u')], Action::Mark(None), "clear its verdict"),
    bind(
        Global,
        &[k('J')],
        Action::FixAlignment(FixAction::Join),
        "alignment: join the current row with the next",
    ),
    bind(
        Global,
        &[k('B')],
        Action::FixAlignment(FixAction::Split),
        "alignment: split the row (two against one: the pair whose lengths agree stays)",
    ),
    bind(
        Global,
        &[k('(')],
        Action::FixAlignment(FixAction::MoveOldUp),
        "alignment: the row's first old (left) sentence up into the row above",
    ),
    bind(
        Global,
        &[k(')')],
        Action::FixAlignment(FixAction::MoveOldDown),
        "alignment: the row's last old (left) sentence down into the row below",
    ),
    bind(
        Global,
        &[k('{')],
        Action::FixAlignment(FixAction::MoveNewUp),
        "alignment: the row's first new (right) sentence up into the row above",
    ),
    bind(
        Global,
        &[k('}')],
        Action::FixAlignment(FixAction::MoveNewDown),
        "alignment: the row's last new (right) sentence down into the row below",
    ),
    bind(
        Global,
        &[k('U')],
        Action::UndoFix,
        "alignment: undo the last fix (fixes are kept in the review file)",
    ),
    bind(
        Global,
        &[k('E')],
        Action::ExportReview,
        "export the pair's review as markdown and CSV beside the new document",
    ),
    bind(
        Global,
        &[k('c')],
        Action::StartNote,
        "write a note on it (Enter keeps, Esc cancels)",
    ),
    bind(
        Global,
        &[k('V')],
        Action::CycleVerdictFilter,
        "findings shown: all / unreviewed / errors / acceptable / verified",
    ),
    bind(
        Global,
        &[k('S')],
        Action::CycleSeverityFilter,
        "findings shown: medium and high / high / all (with the low split and merged notes)",
    ),
    bind(
        Global,
        &[k('K')],
        Action::CycleKindFilter,
        "findings shown: every kind / one kind at a time",
    ),
    bind(Global, &[k('?')], Action::ToggleHelp, "this help"),
    bind(Global, &[k('q'), ctrl('c')], Action::Quit, "quit"),
    bind(Search, &[code(KeyCode::Enter)], Action::AcceptText, "keep"),
    bind(
        Search,
        &[code(KeyCode::Esc), ctrl('c')],
        Action::CancelText,
        "cancel",
    ),
    bind(
        Search,
        &[code(KeyCode::Backspace)],
        Action::EraseChar,
        "erase a character",
    ),
    bind(
        Search,
        &[code(KeyCode::Delete)],
        Action::DeleteChar,
        "erase the character at the cursor",
    ),
    bind(
        Search,
        &[code(KeyCode::Left)],
        Action::MoveCursor(CursorMove::Left),
        "cursor left",
    ),
    bind(
        Search,
        &[code(KeyCode::Right)],
        Action::MoveCursor(CursorMove::Right),
        "cursor right",
    ),
    bind(
        Search,
        &[code(KeyCode::Home)],
        Action::MoveCursor(CursorMove::Home),
        "cursor to the start",
    ),
    bind(
        Search,
        &[code(KeyCode::End)],
        Action::MoveCursor(CursorMove::End),
        "cursor to the end",
    ),
];
