//! The shape of the crate holds: its top-level modules — the stages `case → procedure →
//! letter → render`, and the commands above them — import each other one way only. Every
//! `crate::…` path of `src/` is collected, in `use` lines, in bodies and inside macros alike
//! (an import cycle hides as easily in a function body as in a `use`), a path through a
//! re-export of the crate root is followed to the module that defines the item, and a cycle
//! between two top-level modules fails the test with the lines that make it.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use proc_macro2::{TokenStream, TokenTree};
use syn::visit::Visit;

use crate::common::root;

/// A `crate::…` path found in a file: the first segment after `crate`, and its line.
struct Found {
    segments: Vec<(String, usize)>,
}

impl Found {
    fn push_path<'a>(&mut self, mut idents: impl Iterator<Item = &'a syn::Ident>) {
        if let Some(first) = idents.next()
            && first == "crate"
            && let Some(next) = idents.next()
        {
            self.segments
                .push((next.to_string(), next.span().start().line));
        }
    }

    fn scan_tokens(&mut self, tokens: TokenStream) {
        let tokens: Vec<TokenTree> = tokens.into_iter().collect();
        for (i, token) in tokens.iter().enumerate() {
            match token {
                TokenTree::Group(group) => self.scan_tokens(group.stream()),
                TokenTree::Ident(ident) if ident == "crate" => {
                    if let (
                        Some(TokenTree::Punct(a)),
                        Some(TokenTree::Punct(b)),
                        Some(TokenTree::Ident(next)),
                    ) = (tokens.get(i + 1), tokens.get(i + 2), tokens.get(i + 3))
                        && a.as_char() == ':'
                        && b.as_char() == ':'
                    {
                        self.segments
                            .push((next.to_string(), next.span().start().line));
                    }
                }
                _ => {}
            }
        }
    }
}

impl<'ast> Visit<'ast> for Found {
    fn visit_path(&mut self, path: &'ast syn::Path) {
        self.push_path(path.segments.iter().map(|s| &s.ident));
        syn::visit::visit_path(self, path);
    }

    fn visit_item_use(&mut self, item: &'ast syn::ItemUse) {
        fn walk(tree: &syn::UseTree, prefix: &mut Vec<syn::Ident>, found: &mut Found) {
            match tree {
                syn::UseTree::Path(p) => {
                    prefix.push(p.ident.clone());
                    walk(&p.tree, prefix, found);
                    prefix.pop();
                }
                syn::UseTree::Name(n) => {
                    let mut all = prefix.clone();
                    all.push(n.ident.clone());
                    found.push_path(all.iter());
                }
                syn::UseTree::Rename(r) => {
                    let mut all = prefix.clone();
                    all.push(r.ident.clone());
                    found.push_path(all.iter());
                }
                syn::UseTree::Glob(_) => found.push_path(prefix.iter()),
                syn::UseTree::Group(g) => {
                    for item in &g.items {
                        walk(item, prefix, found);
                    }
                }
            }
        }
        walk(&item.tree, &mut Vec::new(), self);
    }

    fn visit_macro(&mut self, mac: &'ast syn::Macro) {
        self.scan_tokens(mac.tokens.clone());
        syn::visit::visit_macro(self, mac);
    }
}

/// The top-level module a source file belongs to: `src/letter/compose.rs` → `letter`.
fn module_of(relative: &Path) -> Option<String> {
    let first = relative
        .components()
        .next()?
        .as_os_str()
        .to_string_lossy()
        .into_owned();
    let module = first.strip_suffix(".rs").unwrap_or(&first).to_string();
    (!matches!(module.as_str(), "lib" | "main")).then_some(module)
}

/// The crate root's re-exports (`pub use crate::letter::Letter;` in `lib.rs`): item → module.
fn root_reexports(src: &Path) -> BTreeMap<String, String> {
    let lib = syn::parse_file(&std::fs::read_to_string(src.join("lib.rs")).unwrap()).unwrap();
    let mut map = BTreeMap::new();
    fn walk(tree: &syn::UseTree, prefix: &mut Vec<String>, map: &mut BTreeMap<String, String>) {
        match tree {
            syn::UseTree::Path(p) => {
                prefix.push(p.ident.to_string());
                walk(&p.tree, prefix, map);
                prefix.pop();
            }
            syn::UseTree::Name(n) if prefix.len() >= 2 && prefix[0] == "crate" => {
                map.insert(n.ident.to_string(), prefix[1].clone());
            }
            syn::UseTree::Rename(r) if prefix.len() >= 2 && prefix[0] == "crate" => {
                map.insert(r.rename.to_string(), prefix[1].clone());
            }
            syn::UseTree::Group(g) => g.items.iter().for_each(|i| walk(i, prefix, map)),
            _ => {}
        }
    }
    for item in &lib.items {
        if let syn::Item::Use(u) = item {
            walk(&u.tree, &mut Vec::new(), &mut map);
        }
    }
    map
}

/// The edges between top-level modules, each with the places (`src/file.rs:line`) making it.
type Edges = BTreeMap<(String, String), Vec<String>>;

/// Every top-level module, and every edge between two of them.
fn module_graph() -> (BTreeSet<String>, Edges) {
    let src = root().join("src");
    let reexports = root_reexports(&src);
    let mut modules = BTreeSet::new();
    let mut edges = Edges::new();
    for entry in walkdir::WalkDir::new(&src) {
        let entry = entry.unwrap();
        if entry.path().extension().is_none_or(|e| e != "rs") {
            continue;
        }
        let relative = entry.path().strip_prefix(&src).unwrap().to_owned();
        let Some(from) = module_of(&relative) else {
            continue;
        };
        modules.insert(from.clone());
        let text = std::fs::read_to_string(entry.path()).unwrap();
        let file = syn::parse_file(&text).unwrap_or_else(|e| panic!("{relative:?}: {e}"));
        let mut found = Found {
            segments: Vec::new(),
        };
        found.visit_file(&file);
        for (segment, line) in found.segments {
            let to = reexports.get(&segment).cloned().unwrap_or(segment);
            if to != from {
                edges
                    .entry((from.clone(), to))
                    .or_default()
                    .push(format!("src/{}:{line}", relative.display()));
            }
        }
    }
    // Only edges to modules of the crate (not to items defined in the root itself).
    edges.retain(|(_, to), _| modules.contains(to));
    (modules, edges)
}

/// A cycle through the graph, if any: the modules in order.
fn find_cycle(
    modules: &BTreeSet<String>,
    edges: &BTreeMap<(String, String), Vec<String>>,
) -> Option<Vec<String>> {
    fn visit(
        node: &str,
        edges: &Edges,
        stack: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(at) = stack.iter().position(|n| n == node) {
            let mut cycle = stack[at..].to_vec();
            cycle.push(node.to_string());
            return Some(cycle);
        }
        if done.contains(node) {
            return None;
        }
        stack.push(node.to_string());
        for (_, to) in edges.keys().filter(|(from, _)| from == node) {
            if let Some(cycle) = visit(to, edges, stack, done) {
                return Some(cycle);
            }
        }
        stack.pop();
        done.insert(node.to_string());
        None
    }
    let mut done = BTreeSet::new();
    modules
        .iter()
        .find_map(|m| visit(m, edges, &mut Vec::new(), &mut done))
}

#[test]
fn the_top_level_modules_import_each_other_one_way_only() {
    let (modules, edges) = module_graph();
    assert!(modules.len() > 3, "{modules:?}");
    if let Some(cycle) = find_cycle(&modules, &edges) {
        let mut message = format!("an import cycle: {}\n", cycle.join(" → "));
        for pair in cycle.windows(2) {
            let places = &edges[&(pair[0].clone(), pair[1].clone())];
            message.push_str(&format!(
                "  {} → {}: {}\n",
                pair[0],
                pair[1],
                places.join(", ")
            ));
        }
        panic!("{message}");
    }
}

#[test]
fn the_cycle_check_finds_a_cycle_hidden_in_a_function_body() {
    let mut modules = BTreeSet::new();
    modules.extend(["a".to_string(), "b".to_string()]);
    let mut found = Found {
        segments: Vec::new(),
    };
    found.visit_file(
        &syn::parse_file("fn f() { let x = crate::b::g(); println!(\"{}\", crate::c::h()); }")
            .unwrap(),
    );
    let targets: Vec<&str> = found.segments.iter().map(|(s, _)| s.as_str()).collect();
    assert_eq!(targets, ["b", "c"]);
    let mut edges = BTreeMap::new();
    edges.insert(
        ("a".to_string(), "b".to_string()),
        vec!["src/a.rs:1".to_string()],
    );
    assert_eq!(find_cycle(&modules, &edges), None);
    edges.insert(
        ("b".to_string(), "a".to_string()),
        vec!["src/b.rs:9".to_string()],
    );
    assert_eq!(
        find_cycle(&modules, &edges),
        Some(vec!["a".into(), "b".into(), "a".into()])
    );
}

/// The stages, lowest first: a module may import only those before it.
const STAGES: [&str; 9] = [
    "text",
    "error",
    "yaml",
    "registry",
    "case",
    "procedure",
    "letter",
    "render",
    "cli",
];

#[test]
fn a_lower_stage_never_imports_a_higher_one() {
    let (modules, edges) = module_graph();
    let unknown: Vec<&String> = modules
        .iter()
        .filter(|m| !STAGES.contains(&m.as_str()))
        .collect();
    assert!(
        unknown.is_empty(),
        "top-level modules without a stage: {unknown:?} (add them to STAGES and to the README's \"Where things are\")"
    );
    let rank = |m: &str| STAGES.iter().position(|s| *s == m).unwrap();
    let upward: Vec<String> = edges
        .iter()
        .filter(|((from, to), _)| rank(from) < rank(to))
        .map(|((from, to), places)| format!("{from} → {to}: {}", places.join(", ")))
        .collect();
    assert!(
        upward.is_empty(),
        "imports of a higher stage:\n{}",
        upward.join("\n")
    );
}

/// The longest a module of `src/` may be, and a function outside the tests.
const MAX_MODULE_LINES: usize = 600;
const MAX_FUNCTION_LINES: usize = 100;

/// Every function of a file outside its test modules: name, first and last line.
struct Functions {
    found: Vec<(String, usize, usize)>,
}

impl<'ast> Visit<'ast> for Functions {
    fn visit_item_mod(&mut self, module: &'ast syn::ItemMod) {
        let test_only = module.attrs.iter().any(|a| {
            a.path().is_ident("cfg")
                && a.meta
                    .require_list()
                    .is_ok_and(|list| list.tokens.to_string() == "test")
        });
        if !test_only {
            syn::visit::visit_item_mod(self, module);
        }
    }

    fn visit_item_fn(&mut self, item: &'ast syn::ItemFn) {
        self.found.push((
            item.sig.ident.to_string(),
            item.sig.fn_token.span.start().line,
            item.block.brace_token.span.close().start().line,
        ));
        syn::visit::visit_item_fn(self, item);
    }

    fn visit_impl_item_fn(&mut self, item: &'ast syn::ImplItemFn) {
        self.found.push((
            item.sig.ident.to_string(),
            item.sig.fn_token.span.start().line,
            item.block.brace_token.span.close().start().line,
        ));
        syn::visit::visit_impl_item_fn(self, item);
    }
}

#[test]
fn no_module_is_too_long_to_read_nor_any_function() {
    let src = root().join("src");
    let mut too_long = Vec::new();
    for entry in walkdir::WalkDir::new(&src) {
        let entry = entry.unwrap();
        let name = entry.file_name().to_string_lossy().into_owned();
        if !name.ends_with(".rs") || name.starts_with("tests") {
            continue;
        }
        let text = std::fs::read_to_string(entry.path()).unwrap();
        let relative = entry
            .path()
            .strip_prefix(&src)
            .unwrap()
            .display()
            .to_string();
        let lines = text.lines().count();
        if lines > MAX_MODULE_LINES {
            too_long.push(format!("src/{relative}: {lines} lines"));
        }
        let mut functions = Functions { found: Vec::new() };
        functions.visit_file(&syn::parse_file(&text).unwrap());
        for (name, first, last) in functions.found {
            if last - first + 1 > MAX_FUNCTION_LINES {
                too_long.push(format!(
                    "src/{relative}:{first}: fn {name}, {} lines",
                    last - first + 1
                ));
            }
        }
    }
    assert!(
        too_long.is_empty(),
        "over {MAX_MODULE_LINES} lines a module or {MAX_FUNCTION_LINES} a function:\n{}",
        too_long.join("\n")
    );
}
