//! `recours preview`: a page on 127.0.0.1 that shows the letter's pages as SVG and updates by
//! itself after each save (server-sent events); an error shows as an overlay above the last
//! good pages. Built on the same session as `recours watch`.

use std::collections::BTreeSet;
use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::PathBuf;
use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use serde::Serialize;

use super::{Globals, PreviewArgs, Report};
use crate::cli::watch::{FileWatcher, Session, wait_for_change};
use crate::error::Error;
use crate::text::messages::tr;

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
    // 127.0.0.1 only: the letter holds a person's data.
    let listener = TcpListener::bind(("127.0.0.1", port)).map_err(|source| {
        if source.kind() == std::io::ErrorKind::AddrInUse {
            Error::PortInUse { port }
        } else {
            Error::Write {
                path: PathBuf::from(format!("127.0.0.1:{port}")),
                source,
            }
        }
    })?;
    let local = listener.local_addr().map_err(|source| Error::Write {
        path: PathBuf::from("127.0.0.1"),
        source,
    })?;
    let address = format!("http://{local}/");
    let shown = Arc::new(Mutex::new(Shown::default()));
    let markup_copy = std::env::temp_dir().join("recours-preview.typ");

    let mut files = render(&session, &shown, &markup_copy);
    let (mut watcher, events) = FileWatcher::new()?;
    watcher.watch_folders_of(&files)?;

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
    for connection in listener.incoming() {
        while let Ok(files) = folders.try_recv() {
            watcher.watch_folders_of(&files)?;
        }
        let Ok(connection) = connection else { continue };
        let shown = Arc::clone(&shown);
        // One thread a connection: an event stream stays open as long as its page.
        std::thread::spawn(move || {
            let _ = respond(connection, &shown);
        });
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
            let pages = crate::render::typeset::caught(|| {
                laid.document
                    .pages()
                    .iter()
                    .map(|page| typst_svg::svg(page, &options))
                    .collect()
            });
            match pages {
                Ok(pages) => publish(&mut shown, pages, None),
                Err(fault) => publish(&mut shown, Vec::new(), Some(fault.to_string())),
            }
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

/// Answers one HTTP/1.1 request (GET only, the connection closed after the answer).
fn respond(mut connection: TcpStream, shown: &Arc<Mutex<Shown>>) -> std::io::Result<()> {
    connection.set_read_timeout(Some(Duration::from_secs(10)))?;
    let mut reader = BufReader::new(connection.try_clone()?);
    let mut request_line = String::new();
    reader.read_line(&mut request_line)?;
    loop {
        let mut header = String::new();
        if reader.read_line(&mut header)? == 0 || header == "\r\n" || header == "\n" {
            break;
        }
    }
    let mut parts = request_line.split_whitespace();
    let method = parts.next().unwrap_or("");
    let path = parts
        .next()
        .unwrap_or("/")
        .split('?')
        .next()
        .unwrap_or("/")
        .to_string();
    if method != "GET" {
        return send(
            &mut connection,
            "405 Method Not Allowed",
            "text/plain",
            b"GET only",
        );
    }
    match path.as_str() {
        "/" => {
            let page = {
                let shown = shown.lock().expect("no panic while holding the page");
                page(&shown)
            };
            send(
                &mut connection,
                "200 OK",
                "text/html; charset=utf-8",
                page.as_bytes(),
            )
        }
        "/state" => {
            let body = {
                let shown = shown.lock().expect("no panic while holding the page");
                let state = State {
                    generation: shown.generation,
                    pages: shown.pages.len(),
                    error: shown.error.as_deref(),
                };
                serde_json::to_vec(&state).expect("a state serializes")
            };
            send(&mut connection, "200 OK", "application/json", &body)
        }
        "/events" => {
            let (sender, receiver) = mpsc::channel();
            shown
                .lock()
                .expect("no panic while holding the page")
                .subscribers
                .push(sender);
            connection.write_all(
                b"HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-cache\r\nConnection: close\r\n\r\nretry: 500\n\n",
            )?;
            connection.flush()?;
            loop {
                let event = match receiver.recv_timeout(Duration::from_secs(15)) {
                    Ok(generation) => format!("data: {generation}\n\n"),
                    Err(mpsc::RecvTimeoutError::Timeout) => ": keep-alive\n\n".to_string(),
                    Err(mpsc::RecvTimeoutError::Disconnected) => return Ok(()),
                };
                // A page that went away ends the stream here.
                connection.write_all(event.as_bytes())?;
                connection.flush()?;
            }
        }
        page if page.starts_with("/page/") && page.ends_with(".svg") => {
            let index: Option<usize> = page["/page/".len()..page.len() - 4].parse().ok();
            let svg = {
                let shown = shown.lock().expect("no panic while holding the page");
                index.and_then(|i| shown.pages.get(i)).cloned()
            };
            match svg {
                Some(svg) => send(&mut connection, "200 OK", "image/svg+xml", svg.as_bytes()),
                None => send(
                    &mut connection,
                    "404 Not Found",
                    "text/plain",
                    b"no such page",
                ),
            }
        }
        _ => send(&mut connection, "404 Not Found", "text/plain", b"not found"),
    }
}

/// The page as served: the pages and the error already in the HTML, so that it shows without
/// JavaScript; the script only follows the changes.
fn page(shown: &Shown) -> String {
    let images: String = (0..shown.pages.len())
        .map(|i| {
            format!(
                "<img class=\"page\" alt=\"page {}\" src=\"/page/{i}.svg?g={}\">",
                i + 1,
                shown.generation
            )
        })
        .collect();
    let overlay = match &shown.error {
        Some(error) => format!("<pre id=\"overlay\">{}</pre>", html_text(error)),
        None => "<pre id=\"overlay\" hidden></pre>".to_string(),
    };
    PAGE.replace("<!--OVERLAY-->", &overlay)
        .replace("<!--GENERATION-->", &shown.generation.to_string())
        .replace("<!--PAGES-->", &images)
}

/// Text made safe for HTML.
fn html_text(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

fn send(
    connection: &mut TcpStream,
    status: &str,
    content_type: &str,
    body: &[u8],
) -> std::io::Result<()> {
    write!(
        connection,
        "HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n",
        body.len()
    )?;
    connection.write_all(body)?;
    connection.flush()
}

/// The command `recours preview`.
pub fn command(globals: &Globals, args: PreviewArgs) -> Result<Report, Error> {
    let PreviewArgs { case, port, date } = args;
    let session = Session::for_command(globals, &case, date)?;
    serve(session, port, |address| {
        use std::io::Write as _;
        println!(
            "{}",
            tr!(
                "preview-serving",
                case = case.display().to_string(),
                address = address
            )
        );
        let _ = std::io::stdout().flush();
    })?;
    Ok(Report::default())
}
