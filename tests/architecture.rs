//! The shape of the source tree, checked: the terminal crates stay out of the core, and no
//! module imports a module that imports it back, at file or at folder level.
//!
//! The check reads the sources as text: every `crate::…`, `super::…` and child-module path
//! (in `use` lines, braces expanded, and inline) is resolved to the file that defines it.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

/// Where the terminal may be named: the binary's entry point and its two folders.
const TERMINAL_ALLOWED: &[&str] = &["src/main.rs", "src/cli/", "src/tui/"];
const TERMINAL_CRATES: &[&str] = &["ratatui", "crossterm"];

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).expect("source folder is readable") {
        let path = entry.expect("folder entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// Source files as paths relative to the package root ("src/align/gaps.rs").
fn sources() -> Vec<String> {
    let mut files = Vec::new();
    rust_files(&root().join("src"), &mut files);
    let mut names: Vec<String> = files
        .iter()
        .map(|p| {
            p.strip_prefix(root())
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/")
        })
        .collect();
    names.sort();
    names
}

/// The text with `//` comments removed (doc comments may name a crate in prose).
fn code_of(text: &str) -> String {
    text.lines()
        .map(|l| l.split("//").next().unwrap_or(""))
        .collect::<Vec<_>>()
        .join("\n")
}

fn names_word(code: &str, word: &str) -> bool {
    code.match_indices(word).any(|(i, _)| {
        let before = code[..i].chars().next_back();
        let after = code[i + word.len()..].chars().next();
        let ident = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '_');
        !ident(before) && !ident(after)
    })
}

#[test]
fn the_terminal_crates_are_named_only_by_the_binary_side() {
    let mut offenders = Vec::new();
    for file in sources() {
        if TERMINAL_ALLOWED.iter().any(|a| file.starts_with(a)) {
            continue;
        }
        let code = code_of(&fs::read_to_string(root().join(&file)).unwrap());
        for krate in TERMINAL_CRATES {
            if names_word(&code, krate) {
                offenders.push(format!("{file} names {krate}"));
            }
        }
    }
    assert!(offenders.is_empty(), "{offenders:#?}");
}

#[test]
fn the_check_sees_a_terminal_crate_where_one_is_named() {
    assert!(names_word("use ratatui::text::Line;", "ratatui"));
    assert!(!names_word("fn not_ratatui_x() {}", "ratatui"));
    assert!(!names_word(
        &code_of("// ratatui is the terminal's"),
        "ratatui"
    ));
}

/// A module path ("crate::text::tokens") for a source file, in its crate (the library's
/// root is `src/lib.rs`, the binary's `src/main.rs`; the binary's folders are `cli` and `tui`).
fn module_of(file: &str) -> Vec<String> {
    let inner = file
        .strip_prefix("src/")
        .unwrap()
        .strip_suffix(".rs")
        .unwrap();
    let mut parts: Vec<String> = inner.split('/').map(str::to_string).collect();
    if matches!(
        parts.last().map(String::as_str),
        Some("mod" | "lib" | "main")
    ) {
        parts.pop();
    }
    parts
}

/// The binary's own files: `main.rs` declares them, the library knows none of them.
const BINARY_SIDE: &[&str] = &[
    "src/main.rs",
    "src/cli/",
    "src/tui/",
    "src/config/",
    "src/environment.rs",
];

fn is_binary_side(file: &str) -> bool {
    BINARY_SIDE.iter().any(|a| file.starts_with(a))
}

/// Expands `a::{b, c::{d, e}}` into `a::b`, `a::c::d`, `a::c::e`.
fn expand(tree: &str) -> Vec<String> {
    let tree = tree.trim();
    let Some(open) = tree.find('{') else {
        return vec![tree.to_string()];
    };
    let prefix = &tree[..open];
    let inner = &tree[open + 1..tree.rfind('}').unwrap_or(tree.len())];
    let mut parts = Vec::new();
    let (mut depth, mut start) = (0, 0);
    for (i, c) in inner.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            ',' if depth == 0 => {
                parts.push(&inner[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    parts.push(&inner[start..]);
    parts
        .into_iter()
        .filter(|p| !p.trim().is_empty())
        .flat_map(expand)
        .map(|p| format!("{prefix}{p}"))
        .collect()
}

/// Every module path the code names: `use` trees expanded, and inline `crate::`/`super::` paths.
fn named_paths(code: &str) -> Vec<String> {
    let mut paths = Vec::new();
    for stmt in code.split(';') {
        let s = stmt.trim_start();
        let s = s
            .strip_prefix("pub(crate) ")
            .or(s.strip_prefix("pub "))
            .unwrap_or(s);
        if let Some(tree) = s.strip_prefix("use ") {
            paths.extend(expand(tree));
        }
    }
    for start in ["crate::", "super::"] {
        for (i, _) in code.match_indices(start) {
            let rest = &code[i..];
            let end = rest
                .find(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':'))
                .unwrap_or(rest.len());
            // `super::{a, b}` names the children, which the `use` expansion above has.
            if !rest[..end].ends_with("::") {
                paths.push(rest[..end].to_string());
            }
        }
    }
    paths
}

/// The file a path names, from `file`'s module: the longest prefix that is a module.
fn resolve(path: &str, here: &[String], modules: &BTreeMap<Vec<String>, String>) -> Option<String> {
    let segs: Vec<&str> = path
        .split("::")
        .map(|s| s.split(" as ").next().unwrap().trim())
        .filter(|s| !s.is_empty())
        .collect();
    let mut abs: Vec<String> = match segs.first()? {
        &"crate" => Vec::new(),
        &"super" => here[..here.len().saturating_sub(1)].to_vec(),
        &"self" => here.to_vec(),
        first => {
            // A path from this module down to a child of it (`use text::Text` in drift/mod.rs).
            let mut child = here.to_vec();
            child.push(first.to_string());
            if !modules.contains_key(&child) {
                return None;
            }
            here.to_vec()
        }
    };
    let skip = usize::from(matches!(segs[0], "crate" | "super" | "self"));
    let mut best = modules.get(&abs).cloned();
    for seg in &segs[skip..] {
        if *seg == "super" {
            abs.pop();
        } else {
            abs.push(seg.to_string());
        }
        if let Some(file) = modules.get(&abs) {
            best = Some(file.clone());
        }
    }
    best
}

/// File-level import edges within one crate (library or binary).
fn edges(binary: bool) -> BTreeMap<String, BTreeSet<String>> {
    let files: Vec<String> = sources()
        .into_iter()
        .filter(|f| {
            is_binary_side(f) == binary && f != if binary { "src/lib.rs" } else { "src/main.rs" }
        })
        .collect();
    let modules: BTreeMap<Vec<String>, String> =
        files.iter().map(|f| (module_of(f), f.clone())).collect();
    let mut graph = BTreeMap::new();
    for file in &files {
        let code = code_of(&fs::read_to_string(root().join(file)).unwrap());
        // Unit tests import what they test; they are not part of the module's dependencies.
        let code = code.split("#[cfg(test)]").next().unwrap_or(&code);
        let here = module_of(file);
        let targets: BTreeSet<String> = named_paths(code)
            .iter()
            .filter_map(|p| resolve(p, &here, &modules))
            .filter(|t| t != file)
            .collect();
        graph.insert(file.clone(), targets);
    }
    graph
}

/// A cycle in the graph, if there is one, as the nodes along it.
fn find_cycle(graph: &BTreeMap<String, BTreeSet<String>>) -> Option<Vec<String>> {
    fn visit(
        node: &str,
        graph: &BTreeMap<String, BTreeSet<String>>,
        state: &mut BTreeMap<String, u8>,
        stack: &mut Vec<String>,
    ) -> Option<Vec<String>> {
        state.insert(node.to_string(), 1);
        stack.push(node.to_string());
        for next in graph.get(node).into_iter().flatten() {
            match state.get(next.as_str()) {
                Some(1) => {
                    let at = stack.iter().position(|n| n == next).unwrap();
                    let mut cycle = stack[at..].to_vec();
                    cycle.push(next.clone());
                    return Some(cycle);
                }
                Some(_) => {}
                None => {
                    if let Some(c) = visit(next, graph, state, stack) {
                        return Some(c);
                    }
                }
            }
        }
        stack.pop();
        state.insert(node.to_string(), 2);
        None
    }
    let mut state = BTreeMap::new();
    for node in graph.keys() {
        if !state.contains_key(node.as_str()) {
            let mut stack = Vec::new();
            if let Some(c) = visit(node, graph, &mut state, &mut stack) {
                return Some(c);
            }
        }
    }
    None
}

/// The folder (stage) a file belongs to: `src/align/gaps.rs` → `align`; top-level files are
/// their own node.
fn folder_of(file: &str) -> String {
    let inner = file.strip_prefix("src/").unwrap();
    match inner.split_once('/') {
        Some((folder, _)) => folder.to_string(),
        None => inner.trim_end_matches(".rs").to_string(),
    }
}

fn folder_graph(files: &BTreeMap<String, BTreeSet<String>>) -> BTreeMap<String, BTreeSet<String>> {
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (from, tos) in files {
        let f = folder_of(from);
        let entry = graph.entry(f.clone()).or_default();
        entry.extend(tos.iter().map(|t| folder_of(t)).filter(|t| *t != f));
    }
    graph
}

#[test]
fn no_module_imports_one_that_imports_it_back() {
    for binary in [false, true] {
        let files = edges(binary);
        assert!(files.len() > 5, "the check found too few files: {files:?}");
        assert_eq!(find_cycle(&files), None, "file-level import cycle");
        let folders = folder_graph(&files);
        assert_eq!(find_cycle(&folders), None, "folder-level import cycle");
    }
}

#[test]
fn the_pipeline_reads_in_order_and_the_check_sees_its_edges() {
    let folders = folder_graph(&edges(false));
    // If resolution broke, the graph would be empty and the cycle check would prove nothing.
    for (from, to) in [
        ("compare", "align"),
        ("drift", "comparison"),
        ("align", "segment"),
    ] {
        assert!(
            folders[from].contains(to),
            "{from} → {to} not seen: {folders:#?}"
        );
    }
    assert!(
        folders["text"].is_empty(),
        "the ground floor uses no other folder: {folders:#?}"
    );
    assert!(
        folders["segment"].iter().all(|f| f == "text"),
        "segment uses only the ground floor: {folders:#?}"
    );
    assert!(
        folders["load"]
            .iter()
            .all(|f| f == "text" || f == "segment"),
        "load uses only the floors below it: {folders:#?}"
    );
}

#[test]
fn a_cycle_is_found_when_there_is_one() {
    let graph: BTreeMap<String, BTreeSet<String>> =
        [("a", vec!["b"]), ("b", vec!["c"]), ("c", vec!["a"])]
            .into_iter()
            .map(|(k, v)| (k.to_string(), v.into_iter().map(str::to_string).collect()))
            .collect();
    assert_eq!(find_cycle(&graph).map(|c| c.len()), Some(4));
    assert_eq!(expand("a::{b, c::{d, e}}"), ["a::b", "a::c::d", "a::c::e"]);
}

/// The folders and files the library is made of: the modules `src/lib.rs` declares (the
/// binary's own, `cli`, `tui`, `config`, are declared by `src/main.rs`).
fn library_sources() -> Vec<String> {
    let lib = code_of(&fs::read_to_string(root().join("src/lib.rs")).unwrap());
    let modules: Vec<String> = lib
        .lines()
        .filter_map(|l| {
            let l = l.trim();
            let rest = l.strip_prefix("pub mod ").or(l.strip_prefix("mod "))?;
            Some(rest.trim_end_matches(';').trim().to_string())
        })
        .collect();
    assert!(
        modules.len() > 5,
        "lib.rs declares too few modules: {modules:?}"
    );
    sources()
        .into_iter()
        .filter(|f| {
            let inner = f.strip_prefix("src/").unwrap();
            let top = inner.split('/').next().unwrap().trim_end_matches(".rs");
            inner == "lib.rs" || modules.iter().any(|m| m == top)
        })
        .collect()
}

/// The `static` items of some code, each as its text up to the `;` that ends it.
fn statics(code: &str) -> Vec<String> {
    let mut found = Vec::new();
    for (i, _) in code.match_indices("static") {
        let before = code[..i].chars().next_back();
        let after = code[i + "static".len()..].chars().next();
        // `'static` is a lifetime; `static_assertions` or `is_static` are other words.
        let word = !before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '\'')
            && after.is_some_and(char::is_whitespace);
        if word {
            let end = code[i..].find(';').map_or(code.len(), |e| i + e + 1);
            found.push(code[i..end].to_string());
        }
    }
    found
}

/// What may stand in a library `static`: a constant (Rust computes a plain static's value at
/// compile time) or a table computed once from constants (`LazyLock<WordTable<f64>>` of a
/// language's number words) gives the same answer on every machine. Anything that can change
/// after start, or that reads the machine, is state: it belongs in a value the caller passes
/// (`Knowledge`).
fn static_is_state(item: &str) -> Option<&'static str> {
    const STATE: [(&str, &str); 9] = [
        ("mut ", "a mutable static"),
        ("OnceLock", "a OnceLock filled at run time"),
        ("OnceCell", "a OnceCell filled at run time"),
        ("Mutex", "a Mutex"),
        ("RwLock", "a RwLock"),
        ("Atomic", "an atomic"),
        ("Cell<", "a cell"),
        ("env::", "the environment"),
        ("fs::", "the file system"),
    ];
    STATE
        .iter()
        .find(|(needle, _)| item.contains(needle))
        .map(|(_, why)| *why)
}

#[test]
fn the_library_holds_no_state_in_statics() {
    let mut offenders = Vec::new();
    for file in library_sources() {
        let code = code_of(&fs::read_to_string(root().join(&file)).unwrap());
        if code.contains("thread_local!") {
            offenders.push(format!("{file}: thread_local!"));
        }
        for item in statics(&code) {
            if let Some(why) = static_is_state(&item) {
                offenders.push(format!("{file}: {why}: {}", item.lines().next().unwrap()));
            }
        }
    }
    assert!(offenders.is_empty(), "{offenders:#?}");
}

#[test]
fn the_static_check_tells_a_table_from_state() {
    let table = "static SMALL: LazyLock<WordTable<f64>> = LazyLock::new(|| WordTable::new(SMALL));";
    assert_eq!(
        statics(&format!("fn f(x: &'static str) {{}}\n{table}")).len(),
        1
    );
    assert_eq!(static_is_state(table), None);
    for state in [
        "static CHOSEN: OnceLock<Option<Arc<Dictionary>>> = OnceLock::new();",
        "static FOUND: LazyLock<Mutex<HashMap<String, u8>>> = LazyLock::new(Default::default);",
        "static DIR: LazyLock<String> = LazyLock::new(|| std::env::var(\"X\").unwrap());",
        "static mut COUNT: usize = 0;",
        "static NEXT: AtomicU64 = AtomicU64::new(0);",
    ] {
        assert!(static_is_state(state).is_some(), "{state}");
    }
}

/// The modules inside `src/align/` besides its door (`mod.rs`).
fn align_inner_modules() -> Vec<String> {
    sources()
        .iter()
        .filter_map(|f| {
            f.strip_prefix("src/align/")?
                .strip_suffix(".rs")
                .map(str::to_string)
        })
        .filter(|m| m != "mod")
        .collect()
}

/// Where `code` names one of align's inner modules through a path from outside:
/// `crate::align::units::…` or `driftview::align::marks::…`.
fn reaches_inside_align(code: &str, inner: &[String]) -> Vec<String> {
    let mut found = Vec::new();
    for prefix in ["crate::align::", "driftview::align::"] {
        for (i, _) in code.match_indices(prefix) {
            let rest = &code[i + prefix.len()..];
            let name: String = rest
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            let names = if rest.starts_with('{') {
                let inside = &rest[1..rest.find('}').unwrap_or(rest.len())];
                inside
                    .split(',')
                    .map(|p| p.trim().split("::").next().unwrap_or("").to_string())
                    .collect()
            } else {
                vec![name]
            };
            found.extend(names.into_iter().filter(|n| inner.contains(n)));
        }
    }
    found
}

#[test]
fn align_is_entered_by_its_door_only() {
    let inner = align_inner_modules();
    assert!(inner.len() > 10, "align's modules not found: {inner:?}");
    let door = code_of(&fs::read_to_string(root().join("src/align/mod.rs")).unwrap());
    for line in door.lines() {
        let line = line.trim();
        assert!(
            !(line.starts_with("pub") && line.contains(" mod ")),
            "align/mod.rs opens a module: {line}"
        );
    }
    let mut files = sources();
    for dir in ["tests", "bench", "examples", "fuzz/fuzz_targets"] {
        let mut more = Vec::new();
        rust_files(&root().join(dir), &mut more);
        files.extend(more.iter().map(|p| {
            p.strip_prefix(root())
                .unwrap()
                .to_string_lossy()
                .to_string()
        }));
    }
    let mut offenders = Vec::new();
    for file in files.iter().filter(|f| !f.starts_with("src/align/")) {
        if file == "tests/architecture.rs" {
            continue;
        }
        let code = code_of(&fs::read_to_string(root().join(file)).unwrap());
        for name in reaches_inside_align(&code, &inner) {
            offenders.push(format!("{file} reaches align::{name}"));
        }
    }
    assert!(offenders.is_empty(), "{offenders:#?}");
    let inner = ["units".to_string(), "marks".to_string()];
    assert_eq!(
        reaches_inside_align("use crate::align::units::align_sentences;", &inner),
        ["units"]
    );
    assert_eq!(
        reaches_inside_align("use crate::align::{Group, marks::fold};", &inner),
        ["marks"]
    );
    assert!(
        reaches_inside_align("use crate::align::{Alignment, align_documents};", &inner).is_empty()
    );
}
