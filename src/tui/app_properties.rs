//! Any sequence of actions, resizes and search typing, at any terminal size: the reader
//! never panics and its state stays inside the documents (proptest over the real app and
//! ratatui's TestBackend).

use proptest::prelude::*;

use super::action::Action;
use super::testing::{render, sample_app, settle};
use super::theme::Paint;

#[derive(Debug, Clone)]
enum Step {
    Act(Action),
    Resize(u16, u16),
    Type(String),
    FinishSearch(bool),
    /// Time passes (the list selection settles).
    Wait,
}

fn action() -> impl Strategy<Value = Action> {
    prop_oneof![
        Just(Action::ToggleHelp),
        Just(Action::ToggleFocus),
        Just(Action::FocusBack),
        (-3isize..4).prop_map(Action::SelectBy),
        (0usize..8).prop_map(Action::SelectAt),
        Just(Action::SetOld),
        Just(Action::SetNew),
        Just(Action::SwapPanes),
        (-60isize..60).prop_map(Action::ScrollLines),
        (-3isize..4).prop_map(Action::ScrollHalfPages),
        (-3isize..4).prop_map(Action::ScrollPages),
        Just(Action::Top),
        Just(Action::Bottom),
        any::<bool>().prop_map(Action::NextChange),
        Just(Action::StartSearch),
        Just(Action::ClearSearch),
        Just(Action::ToggleFold),
        Just(Action::CycleDiffOptions),
        Just(Action::CycleTheme),
        Just(Action::ToggleFindings),
        any::<bool>().prop_map(Action::NextFinding),
        (-5isize..6).prop_map(Action::SelectFinding),
        Just(Action::JumpToFinding),
        Just(Action::Reload),
    ]
}

fn step() -> impl Strategy<Value = Step> {
    prop_oneof![
        6 => action().prop_map(Step::Act),
        2 => (1u16..220, 1u16..70).prop_map(|(w, h)| Step::Resize(w, h)),
        1 => "[a-zA-Z ’“.0-9é]{0,6}".prop_map(Step::Type),
        1 => any::<bool>().prop_map(Step::FinishSearch),
        1 => Just(Step::Wait),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(40))]
    #[test]
    fn any_steps_at_any_size_keep_the_reader_whole(steps in prop::collection::vec(step(), 1..40)) {
        let mut app = sample_app(Paint::COLOUR);
        let (mut width, mut height) = (120, 40);
        for step in steps {
            match step {
                Step::Act(action) => app.act(action),
                Step::Resize(w, h) => (width, height) = (w, h),
                Step::Type(text) => text.chars().for_each(|c| app.act(Action::TypeChar(c))),
                Step::FinishSearch(keep) => app.act(if keep {
                    Action::AcceptText
                } else {
                    Action::CancelText
                }),
                Step::Wait => {
                    app.tick(std::time::Instant::now() + super::app::SELECT_DEBOUNCE);
                }
            }
            settle(&mut app);
            render(&mut app, width, height);
            let n = app.docs.len();
            prop_assert!(app.list.selected < n && app.old < n);
            prop_assert!(app.new.is_none_or(|new| new < n && new != app.old));
            if let Some(cmp) = app.comparison() {
                prop_assert!(app.current_row() < cmp.rows.len().max(1));
                prop_assert!(app.panel.selected < cmp.findings.len().max(1));
                prop_assert!(app.search.rows.iter().all(|&r| r < cmp.rows.len()));
            }
        }
    }
}
