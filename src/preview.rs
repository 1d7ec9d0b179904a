//! `recours preview`: a page on 127.0.0.1 that shows the letter's pages as SVG and updates by
//! itself after each save (server-sent events); an error shows as an overlay above the last
//! good pages. Built on the same session as `recours watch`.

use std::collections::BTreeSet;
use std::io::Read;
use std::path::PathBuf;
use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use notify::{RecursiveMode, Watcher};
use serde::Serialize;

use crate::error::Error;
use crate::watch::{Session, wait_for_change};

const PAGE: &str = include_str!("preview.html");

/// What the page shows: the last good pages, and the error of the last render if it failed.
#[derive(Default)]
struct Shown {
    generation: u64,
    pages: Vec<String>,
    error: Option<String>,
    subscribers: Vec<mpsc::Sender<u64>>,
}

#[derive(Serialize)]
struct State<'a> {
    generation: u64,
    pages: usize,
    error: Option<&'a str>,
}

/// Serves the preview until the process is stopped. `ready` hears the address once listening.
pub fn serve(mut session: Session, port: u16, ready: impl FnOnce(&str)) -> Result<(), Error> {
    let server = tiny_http::Server::http(("127.0.0.1", port)).map_err(|e| Error::Write {
        path: PathBuf::from(format!("127.0.0.1:{port}")),
        source: std::io::Error::other(e),
    })?;
    let address = format!("http://{}/", server.server_addr());
    let shown = Arc::new(Mutex::new(Shown::default()));
    let markup_copy = std::env::temp_dir().join("recours-preview.typ");

    let mut files = render(&session, &shown, &markup_copy);
    let (sender, events) = mpsc::channel();
    let mut watcher = notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
        // Reading a file is no change (and rendering reads the case and the templates).
        if let Ok(event) = event
            && !matches!(event.kind, notify::EventKind::Access(_))
        {
            let _ = sender.send(event.paths);
        }
    })
    .map_err(|e| Error::Read {
        path: session.case.clone(),
        source: std::io::Error::other(e),
    })?;
    let mut watched = BTreeSet::new();
    let mut watch_folders = |files: &BTreeSet<PathBuf>| -> Result<(), Error> {
        for dir in files.iter().filter_map(|f| f.parent()) {
            if watched.insert(dir.to_owned()) {
                watcher
                    .watch(dir, RecursiveMode::NonRecursive)
                    .map_err(|e| Error::Read {
                        path: dir.to_owned(),
                        source: std::io::Error::other(e),
                    })?;
            }
        }
        Ok(())
    };
    watch_folders(&files)?;

    let renderer_shown = Arc::clone(&shown);
    let (folders_sender, folders) = mpsc::channel::<BTreeSet<PathBuf>>();
    std::thread::Builder::new()
        .name("recours-preview-render".into())
        .stack_size(16 * 1024 * 1024)
        .spawn(move || {
            loop {
                let changed = wait_for_change(&events, &files);
                if changed.is_empty() {
                    return;
                }
                if let Err(e) = session.reload(&changed) {
                    let mut shown = renderer_shown
                        .lock()
                        .expect("no panic while holding the page");
                    publish(&mut shown, Vec::new(), Some(e.to_string()));
                    continue;
                }
                files = render(&session, &renderer_shown, &markup_copy);
                let _ = folders_sender.send(files.clone());
            }
        })
        .map_err(|source| Error::Write {
            path: PathBuf::from("preview"),
            source,
        })?;

    ready(&address);
    for request in server.incoming_requests() {
        while let Ok(files) = folders.try_recv() {
            watch_folders(&files)?;
        }
        respond(request, &shown);
    }
    Ok(())
}

/// Renders the letter and publishes its pages, or the error above the last good pages.
fn render(
    session: &Session,
    shown: &Mutex<Shown>,
    markup_copy: &std::path::Path,
) -> BTreeSet<PathBuf> {
    let outcome = session.lay_out();
    let mut shown = shown.lock().expect("no panic while holding the page");
    match outcome {
        Ok(laid) => {
            let options = typst_svg::SvgOptions::default();
            let pages = laid
                .document
                .pages()
                .iter()
                .map(|page| typst_svg::svg(page, &options))
                .collect();
            publish(&mut shown, pages, None);
            session.dependencies(&laid.templates)
        }
        Err(failure) => {
            let message = session.explain(
                &failure.error,
                &failure.templates,
                failure.markup.as_deref(),
                markup_copy,
            );
            publish(&mut shown, Vec::new(), Some(message));
            session.dependencies(&failure.templates)
        }
    }
}

/// Makes a render visible: new pages replace the old ones; an error keeps them.
fn publish(shown: &mut Shown, pages: Vec<String>, error: Option<String>) {
    shown.generation += 1;
    if error.is_none() {
        shown.pages = pages;
    }
    shown.error = error;
    let generation = shown.generation;
    shown.subscribers.retain(|s| s.send(generation).is_ok());
}

fn respond(request: tiny_http::Request, shown: &Arc<Mutex<Shown>>) {
    let path = request.url().split('?').next().unwrap_or("/").to_string();
    let header =
        |value: &str| tiny_http::Header::from_bytes("Content-Type", value).expect("a valid header");
    let reply = match path.as_str() {
        "/" => {
            tiny_http::Response::from_string(PAGE).with_header(header("text/html; charset=utf-8"))
        }
        "/state" => {
            let shown = shown.lock().expect("no panic while holding the page");
            let state = State {
                generation: shown.generation,
                pages: shown.pages.len(),
                error: shown.error.as_deref(),
            };
            tiny_http::Response::from_string(
                serde_json::to_string(&state).expect("a state serializes"),
            )
            .with_header(header("application/json"))
        }
        "/events" => {
            let (sender, receiver) = mpsc::channel();
            shown
                .lock()
                .expect("no panic while holding the page")
                .subscribers
                .push(sender);
            // The stream is answered on its own thread: it stays open as long as the page.
            std::thread::spawn(move || {
                let response = tiny_http::Response::new(
                    200.into(),
                    vec![
                        header("text/event-stream"),
                        tiny_http::Header::from_bytes("Cache-Control", "no-cache")
                            .expect("a valid header"),
                    ],
                    EventStream {
                        receiver,
                        pending: b"retry: 500\n\n".to_vec(),
                    },
                    None,
                    None,
                );
                let _ = request.respond(response);
            });
            return;
        }
        page if page.starts_with("/page/") && page.ends_with(".svg") => {
            let index: Option<usize> = page["/page/".len()..page.len() - 4].parse().ok();
            let shown = shown.lock().expect("no panic while holding the page");
            match index.and_then(|i| shown.pages.get(i)) {
                Some(svg) => tiny_http::Response::from_string(svg.clone())
                    .with_header(header("image/svg+xml")),
                None => tiny_http::Response::from_string("no such page").with_status_code(404),
            }
        }
        _ => tiny_http::Response::from_string("not found").with_status_code(404),
    };
    let _ = request.respond(reply);
}

/// A server-sent event stream: one `data:` line per render, a comment now and then to notice
/// a page that went away.
struct EventStream {
    receiver: mpsc::Receiver<u64>,
    pending: Vec<u8>,
}

impl Read for EventStream {
    fn read(&mut self, buffer: &mut [u8]) -> std::io::Result<usize> {
        while self.pending.is_empty() {
            match self.receiver.recv_timeout(Duration::from_secs(15)) {
                Ok(generation) => self.pending = format!("data: {generation}\n\n").into_bytes(),
                Err(mpsc::RecvTimeoutError::Timeout) => self.pending = b": keep-alive\n\n".to_vec(),
                Err(mpsc::RecvTimeoutError::Disconnected) => return Ok(0),
            }
        }
        let n = self.pending.len().min(buffer.len());
        buffer[..n].copy_from_slice(&self.pending[..n]);
        self.pending.drain(..n);
        Ok(n)
    }
}
