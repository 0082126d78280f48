//! What the configuration file calls each action of the key table, and keys read back from
//! the way the help writes them ("Ctrl-d", "PgDn", "S-Tab").

use ratatui::crossterm::event::KeyCode;

use crate::tui::action::Action;
use crate::tui::line_edit::CursorMove;
use driftview::review::Verdict;
use driftview::review::alignment_fixes::FixAction;

/// The configuration name of every action a key can be bound to.
pub(super) fn action_name(action: Action) -> &'static str {
    match action {
        Action::Suspend => "suspend",
        Action::Edit(true) => "edit-new",
        Action::Edit(false) => "edit-old",
        Action::SelectBy(n) if n > 0 => "next-document",
        Action::SelectBy(_) => "previous-document",
        Action::SetNew => "show-in-new-pane",
        Action::SetOld => "show-in-old-pane",
        Action::SwapPanes => "swap-panes",
        Action::SetMiddle => "show-in-middle-pane",
        Action::SwitchNarrowMiddle => "switch-middle-pane",
        Action::PreviousPair => "previous-pair",
        Action::NextPair => "next-pair",
        Action::ToggleHistory => "history-panel",
        Action::ToggleFocus => "focus",
        Action::FocusBack => "focus-back",
        Action::ScrollLines(n) if n > 0 => "scroll-down",
        Action::ScrollLines(_) => "scroll-up",
        Action::ScrollHalfPages(n) if n > 0 => "half-page-down",
        Action::ScrollHalfPages(_) => "half-page-up",
        Action::ScrollPages(n) if n > 0 => "page-down",
        Action::ScrollPages(_) => "page-up",
        Action::Top => "top",
        Action::Bottom => "bottom",
        Action::NextChange(true) => "next-change",
        Action::NextChange(false) => "previous-change",
        Action::SelectFinding(n) if n > 0 => "panel-next-finding",
        Action::SelectFinding(_) => "panel-previous-finding",
        Action::JumpToFinding => "show-finding",
        Action::NextFinding(true) => "next-finding",
        Action::NextFinding(false) => "previous-finding",
        Action::NextUnsureRow => "next-unsure-row",
        Action::ToggleFindings => "findings-panel",
        Action::ToggleList => "document-list",
        Action::StartSearch => "search",
        Action::ClearSearch => "clear-search",
        Action::ToggleFold => "fold",
        Action::ToggleCounterparts => "word-counterparts",
        Action::ToggleLineNumbers => "line-numbers",
        Action::CycleDiffOptions => "word-diff-options",
        Action::CycleTheme => "theme",
        Action::Reload => "reload",
        Action::ToggleHelp => "help",
        Action::Quit => "quit",
        Action::AcceptText => "search-keep",
        Action::CancelText => "search-cancel",
        Action::EraseChar => "search-erase",
        Action::DeleteChar => "search-delete",
        Action::MoveCursor(CursorMove::Left) => "cursor-left",
        Action::MoveCursor(CursorMove::Right) => "cursor-right",
        Action::MoveCursor(CursorMove::Home) => "cursor-home",
        Action::MoveCursor(CursorMove::End) => "cursor-end",
        Action::Mark(Some(Verdict::Error)) => "mark-error",
        Action::Mark(Some(Verdict::Acceptable)) => "mark-acceptable",
        Action::Mark(Some(Verdict::Verified)) => "mark-verified",
        Action::Mark(None) => "clear-verdict",
        Action::StartNote => "note",
        Action::CycleCategory => "error-category",
        Action::CycleErrorSeverity => "error-severity",
        Action::MarkAlike => "mark-alike",
        Action::AcceptKind => "accept-kind",
        Action::ExportReview => "export-review",
        Action::MarkIssue => "mark-issue",
        Action::FixAlignment(FixAction::Join) => "join-rows",
        Action::FixAlignment(FixAction::Split) => "split-row",
        Action::FixAlignment(FixAction::MoveOldUp) => "old-sentence-up",
        Action::FixAlignment(FixAction::MoveOldDown) => "old-sentence-down",
        Action::FixAlignment(FixAction::MoveNewUp) => "new-sentence-up",
        Action::FixAlignment(FixAction::MoveNewDown) => "new-sentence-down",
        Action::UndoFix => "undo-fix",
        Action::CycleVerdictFilter => "verdict-filter",
        Action::CycleSeverityFilter => "severity-filter",
        Action::CycleKindFilter => "kind-filter",
        // Not bound to keys: the mouse and typed text.
        Action::SelectAt(_) => "select-at",
        Action::TypeChar(_) => "search-type",
    }
}

/// Named keys, as the help writes them first and other spellings after.
const NAMED: &[(KeyCode, &[&str])] = &[
    (KeyCode::Char(' '), &["Space"]),
    (KeyCode::Down, &["↓", "Down"]),
    (KeyCode::Up, &["↑", "Up"]),
    (KeyCode::Left, &["Left", "←"]),
    (KeyCode::Right, &["Right", "→"]),
    (KeyCode::Enter, &["Enter", "Return"]),
    (KeyCode::Tab, &["Tab"]),
    (KeyCode::BackTab, &["S-Tab", "Shift-Tab", "BackTab"]),
    (KeyCode::PageDown, &["PgDn", "PageDown"]),
    (KeyCode::PageUp, &["PgUp", "PageUp"]),
    (KeyCode::Home, &["Home"]),
    (KeyCode::End, &["End"]),
    (KeyCode::Esc, &["Esc", "Escape"]),
    (KeyCode::Backspace, &["Backspace"]),
    (KeyCode::Delete, &["Delete", "Del"]),
    (KeyCode::Insert, &["Insert", "Ins"]),
];

/// How the help writes a key that is not a character: its first name, or `F5`.
pub(super) fn code_label(code: KeyCode) -> String {
    match NAMED.iter().find(|(c, _)| *c == code) {
        Some((_, names)) => names[0].to_string(),
        None => match code {
            KeyCode::F(n) => format!("F{n}"),
            KeyCode::Char(c) => c.to_string(),
            other => format!("{other:?}"),
        },
    }
}

/// The code of a key written by its name ("PgDn", "pagedown", "F5"), or a single character.
pub(super) fn code_named(text: &str) -> Option<KeyCode> {
    let mut chars = text.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) => Some(KeyCode::Char(c)),
        _ => NAMED
            .iter()
            .find(|(_, names)| names.iter().any(|n| n.eq_ignore_ascii_case(text)))
            .map(|(code, _)| *code)
            .or_else(|| function_key(text)),
    }
}

fn function_key(text: &str) -> Option<KeyCode> {
    let n: u8 = text.strip_prefix(['F', 'f'])?.parse().ok()?;
    (1..=12).contains(&n).then_some(KeyCode::F(n))
}
