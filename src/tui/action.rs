//! Everything a user can ask the reader to do; keys, typed search text and the mouse map onto
//! these.

/// One user intent. `update` in `app.rs` is the only place that acts on them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Action {
    Quit,
    /// Ctrl-z: give the terminal back to the shell until `fg`.
    Suspend,
    /// `e` / Ctrl-e: open the new (`true`) or old document in the user's editor at the
    /// current row's line.
    Edit(bool),
    ToggleHelp,
    ToggleFocus,
    /// Focus the area before the one focused (`ToggleFocus` the other way round).
    FocusBack,
    /// Move the list selection by this many entries.
    SelectBy(isize),
    /// Select the list entry at this index (mouse click).
    SelectAt(usize),
    /// Put the selected document in the old (left) pane.
    SetOld,
    /// Put the selected document in the new (right) pane.
    SetNew,
    SwapPanes,
    /// The selected document as the middle pane (a round trip's translation), or closed.
    SetMiddle,
    /// On a screen too narrow for three panes: the middle pane in the new one's place, or back.
    SwitchNarrowMiddle,
    /// The previous pair of neighbouring documents (a history's versions k-1 and k).
    PreviousPair,
    /// The next pair of neighbouring documents.
    NextPair,
    /// Show or hide the history panel.
    ToggleHistory,
    /// Scroll the panes by this many lines.
    ScrollLines(isize),
    /// Scroll by this many half pages (negative: up).
    ScrollHalfPages(isize),
    /// Scroll by this many pages (negative: up).
    ScrollPages(isize),
    Top,
    Bottom,
    /// Next (true) or previous (false) change, or search match while a search is active.
    NextChange(bool),
    StartSearch,
    ClearSearch,
    // Text editing, in whichever box is open (the search box, or a finding's note): the
    // configuration names them `search-type`, `search-erase`, `search-keep`, `search-cancel`.
    /// A character typed into the open box.
    TypeChar(char),
    /// Backspace in the open box.
    EraseChar,
    /// Delete in the open box: the character at the cursor.
    DeleteChar,
    /// ←, →, Home, End in the open box.
    MoveCursor(crate::tui::line_edit::CursorMove),
    /// Enter: keep what was typed (the query, the note), leave the box.
    AcceptText,
    /// Esc: drop what was typed, leave the box.
    CancelText,
    ToggleFold,
    /// Across languages: underline the words the aligner learned to link, or not.
    ToggleCounterparts,
    /// Show or hide each row's first line number in its file, beside the gutter.
    ToggleLineNumbers,
    /// Cycle the word-comparison options: exact, ignore case, ignore case and punctuation.
    CycleDiffOptions,
    CycleTheme,
    /// Read again the documents whose files changed on disk.
    Reload,
    /// Show or hide the document list.
    ToggleList,
    /// Show or hide the findings panel.
    ToggleFindings,
    /// Next (true) or previous (false) finding after the row at the top.
    NextFinding(bool),
    /// Across languages: the next row the aligner is least sure of (confidence under one
    /// half), least sure first.
    NextUnsureRow,
    /// Move the findings panel's selection.
    SelectFinding(isize),
    /// Scroll the panes to the selected finding's row.
    JumpToFinding,
    /// Give the current finding a verdict (`None` clears it).
    Mark(Option<driftview::review::Verdict>),
    /// Write a note on the current finding (a one-line editor in the status bar).
    StartNote,
    /// The current error's next category in the typology (a finding not yet an error
    /// becomes one, with the category its kind proposes).
    CycleCategory,
    /// The current error's next severity: minor, major, critical.
    CycleErrorSeverity,
    /// The current finding's verdict (category, severity, note) to every finding alike.
    MarkAlike,
    /// Every finding of the current one's kind without a verdict, acceptable.
    AcceptKind,
    /// The pair's review exported as markdown beside the new document.
    ExportReview,
    /// An error the checks missed, marked on the current row (a one-line editor for what is
    /// wrong).
    MarkIssue,
    /// An alignment fix on the current row: join, split, or a sentence moved up or down.
    FixAlignment(driftview::review::alignment_fixes::FixAction),
    /// The last alignment fix undone.
    UndoFix,
    /// The findings panel shows all, unreviewed, errors, acceptable or verified findings.
    CycleVerdictFilter,
    /// The findings panel shows every severity, medium and high, or high only.
    CycleSeverityFilter,
    /// The findings panel shows every kind, or one kind this pair has.
    CycleKindFilter,
}

/// Which part of the screen takes the keys that differ by place (`j`, `k`, `Enter`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Focus {
    List,
    Panes,
    Findings,
}
