//! `recours preview` in a real browser: headless Chromium, driven over WebDriver by
//! chromedriver (Debian's `chromium` and `chromium-driver`, which `.ci/run` installs). The page
//! shows the letter's pages, updates after a template is saved, and shows an error as an
//! overlay above the last good pages.
//!
//! Without Chromium the test says so and passes, unless `RECOURS_EXTERNAL_TESTS=required`
//! (as in CI), where a missing browser is a failure.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::os::unix::process::CommandExt as _;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::{Value, json};

use crate::common::{recours, root};

fn find(program: &str) -> Option<PathBuf> {
    std::env::var_os("PATH")?
        .to_str()?
        .split(':')
        .map(|dir| Path::new(dir).join(program))
        .find(|p| p.is_file())
}

/// Standard base64 (RFC 4648), as WebDriver sends screenshots.
fn base64_decode(text: &str) -> Vec<u8> {
    let value = |c: u8| match c {
        b'A'..=b'Z' => c - b'A',
        b'a'..=b'z' => c - b'a' + 26,
        b'0'..=b'9' => c - b'0' + 52,
        b'+' => 62,
        b'/' => 63,
        _ => panic!("not base64: {c}"),
    };
    let bytes: Vec<u8> = text
        .bytes()
        .filter(|c| *c != b'=' && !c.is_ascii_whitespace())
        .collect();
    let mut out = Vec::with_capacity(bytes.len() * 3 / 4);
    for chunk in bytes.chunks(4) {
        let mut n = 0u32;
        for (i, c) in chunk.iter().enumerate() {
            n |= u32::from(value(*c)) << (18 - 6 * i);
        }
        let take = chunk.len() - 1;
        out.extend_from_slice(&n.to_be_bytes()[1..1 + take]);
    }
    out
}

/// A child process killed when the test ends, however it ends.
struct Killed(Child);

impl Drop for Killed {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// chromedriver in a process group of its own, the group killed when the test ends: the
/// Chromium processes it started (renderers, zygotes) go with it, where closing the session
/// leaves some behind.
struct KilledGroup(Child);

impl Drop for KilledGroup {
    fn drop(&mut self) {
        // SAFETY: kill has no memory preconditions; a negative pid names the process group
        // this child leads (it was spawned with `process_group(0)`).
        unsafe {
            libc::kill(-(self.0.id() as i32), libc::SIGKILL);
        }
        let _ = self.0.wait();
    }
}

/// A plain HTTP/1.1 request to a server on this machine; returns the status and the body.
fn http(method: &str, url: &str, body: Option<&Value>) -> (u16, String) {
    let rest = url.strip_prefix("http://").expect("an http URL");
    let (host, path) = rest
        .split_once('/')
        .map(|(h, p)| (h, format!("/{p}")))
        .unwrap_or((rest, "/".into()));
    let mut stream = TcpStream::connect(host).expect("the server listens");
    stream
        .set_read_timeout(Some(Duration::from_secs(30)))
        .unwrap();
    let payload = body.map(|b| b.to_string()).unwrap_or_default();
    write!(
        stream,
        "{method} {path} HTTP/1.1\r\nHost: {host}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{payload}",
        payload.len()
    )
    .unwrap();
    // Read the head, then exactly the body it announces: servers may keep the connection open.
    let mut raw = Vec::new();
    let mut byte = [0u8; 1];
    while !raw.ends_with(b"\r\n\r\n") {
        if stream.read(&mut byte).unwrap() == 0 {
            break;
        }
        raw.push(byte[0]);
    }
    let head = String::from_utf8_lossy(&raw).to_ascii_lowercase();
    let status = head
        .split(' ')
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let length = head
        .lines()
        .find_map(|l| l.strip_prefix("content-length:"))
        .and_then(|v| v.trim().parse::<usize>().ok());
    let body = match length {
        Some(length) => {
            let mut body = vec![0u8; length];
            stream.read_exact(&mut body).unwrap();
            String::from_utf8_lossy(&body).into_owned()
        }
        None if head.contains("transfer-encoding: chunked") => {
            let mut body = Vec::new();
            while !body.ends_with(b"0\r\n\r\n") {
                if stream.read(&mut byte).unwrap() == 0 {
                    break;
                }
                body.push(byte[0]);
            }
            dechunk(&String::from_utf8_lossy(&body))
        }
        None => {
            let mut body = String::new();
            let _ = stream.read_to_string(&mut body);
            body
        }
    };
    (status, body)
}

fn dechunk(mut body: &str) -> String {
    let mut out = String::new();
    while let Some((size, rest)) = body.split_once("\r\n") {
        let size = usize::from_str_radix(size.trim(), 16).unwrap_or(0);
        if size == 0 || rest.len() < size {
            break;
        }
        out.push_str(&rest[..size]);
        body = rest[size..].trim_start_matches("\r\n");
    }
    out
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// Polls `check` every 50 ms for at most 20 seconds.
fn eventually<T>(what: &str, mut check: impl FnMut() -> Option<T>) -> T {
    let start = Instant::now();
    loop {
        if let Some(value) = check() {
            return value;
        }
        assert!(
            start.elapsed() < Duration::from_secs(20),
            "timed out waiting for {what}"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// A headless Chromium driven through chromedriver (WebDriver).
pub struct Browser {
    driver: String,
    session: String,
}

/// The session is closed before chromedriver is killed: killing chromedriver alone leaves its
/// Chromium running after the test.
impl Drop for Browser {
    fn drop(&mut self) {
        let url = format!("{}/session/{}", self.driver, self.session);
        let _ = std::panic::catch_unwind(|| http("DELETE", &url, None));
    }
}

impl Browser {
    /// Starts chromedriver and a headless Chromium with its profile in `dir`; `None` (the test
    /// skipped) when they are not installed, unless `RECOURS_EXTERNAL_TESTS=required`. The
    /// second value is chromedriver's process, killed when dropped (after the browser).
    pub fn start(dir: &Path) -> Option<(Browser, impl Drop)> {
        let (Some(chromium), Some(chromedriver)) = (find("chromium"), find("chromedriver")) else {
            assert_ne!(
                std::env::var("RECOURS_EXTERNAL_TESTS").as_deref(),
                Ok("required"),
                "chromium and chromedriver are required here (apt-get install chromium chromium-driver)"
            );
            eprintln!("skipped: chromium and chromedriver are not installed");
            return None;
        };
        let port = free_port();
        let driver_process = KilledGroup(
            Command::new(&chromedriver)
                .arg(format!("--port={port}"))
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .process_group(0)
                .spawn()
                .unwrap(),
        );
        let driver = format!("http://127.0.0.1:{port}");
        eventually("chromedriver", || {
            TcpStream::connect(("127.0.0.1", port)).ok().map(|_| ())
        });
        let profile = dir.join("chromium-profile");
        let (status, body) = http(
            "POST",
            &format!("{driver}/session"),
            Some(
                &json!({ "capabilities": { "alwaysMatch": { "goog:chromeOptions": {
                    "binary": chromium,
                    "args": ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                             "--no-first-run", "--disable-background-networking", "--disable-component-update",
                             "--disable-sync", "--allow-file-access-from-files",
                             format!("--user-data-dir={}", profile.display())]
                }}}}),
            ),
        );
        assert_eq!(status, 200, "a browser session: {body}");
        let session = serde_json::from_str::<Value>(&body).unwrap()["value"]["sessionId"]
            .as_str()
            .unwrap()
            .to_string();
        Some((Browser { driver, session }, driver_process))
    }

    /// Loads a page (an http:// or file:// URL).
    pub fn open(&self, url: &str) {
        let (status, body) = http(
            "POST",
            &format!("{}/session/{}/url", self.driver, self.session),
            Some(&json!({ "url": url })),
        );
        assert_eq!(status, 200, "{body}");
    }

    /// The page as a PNG.
    pub fn screenshot(&self) -> Vec<u8> {
        let (status, body) = http(
            "GET",
            &format!("{}/session/{}/screenshot", self.driver, self.session),
            None,
        );
        assert_eq!(status, 200, "{body}");
        let encoded = serde_json::from_str::<Value>(&body).unwrap()["value"]
            .as_str()
            .unwrap()
            .to_string();
        base64_decode(&encoded)
    }

    /// Runs a script in the page and returns its value.
    pub fn run(&self, script: &str) -> Value {
        let (status, body) = http(
            "POST",
            &format!("{}/session/{}/execute/sync", self.driver, self.session),
            Some(&json!({ "script": script, "args": [] })),
        );
        assert_eq!(status, 200, "{body}");
        serde_json::from_str::<Value>(&body).unwrap()["value"].clone()
    }
}

const PAGES_LOADED: &str = "const images = [...document.querySelectorAll('#pages img.page')];
    return images.length > 0 && images.every(i => i.complete && i.naturalWidth > 0)
        ? { generation: Number(document.getElementById('pages').dataset.generation), src: images[0].src, count: images.length }
        : null;";

#[test]
fn the_preview_page_shows_the_pages_follows_edits_and_overlays_errors() {
    let dir = tempfile::tempdir().unwrap();
    let Some((browser, _driver_process)) = Browser::start(dir.path()) else {
        return;
    };
    let (_preview, address) = start_preview(dir.path(), "cetelem-fr-mediation.yaml");
    let address = format!("{address}/");
    let templates = dir.path().join("templates");

    browser.open(&address);

    // The pages are shown.
    let first = eventually("the pages", || {
        Some(browser.run(PAGES_LOADED)).filter(|v| !v.is_null())
    });
    assert!(first["count"].as_u64().unwrap() >= 1);
    let (_, svg_before) = http("GET", &format!("{address}page/0.svg"), None);
    assert!(
        svg_before.starts_with("<svg"),
        "{}",
        &svg_before[..svg_before.len().min(200)]
    );

    // A template saved: the page updates by itself.
    let layout = templates.join("layout.typ");
    let good = std::fs::read_to_string(&layout).unwrap();
    std::fs::write(
        &layout,
        good.replace("[{{ labels.facts }}]", "[{{ labels.facts }} (édité)]"),
    )
    .unwrap();
    let generation = first["generation"].as_u64().unwrap();
    let second = eventually("the updated pages", || {
        Some(browser.run(PAGES_LOADED))
            .filter(|v| !v.is_null() && v["generation"].as_u64().unwrap() > generation)
    });
    assert_ne!(
        second["src"], first["src"],
        "the page's images were reloaded"
    );
    let (_, svg_after) = http("GET", &format!("{address}page/0.svg"), None);
    assert_ne!(svg_after, svg_before, "the page shows the new text");
    let overlay_hidden = browser.run("return document.getElementById('overlay').hidden;");
    assert_eq!(overlay_hidden, json!(true));

    // A template broken: the error shows above the last good pages.
    std::fs::write(&layout, good.replace("{{ salutation }}", "{{ salutaton }}")).unwrap();
    let overlay = eventually("the error overlay", || {
        let text = browser.run(
            "const o = document.getElementById('overlay'); return o.hidden ? null : o.textContent;",
        );
        text.as_str().map(str::to_string)
    });
    let line = good
        .lines()
        .position(|l| l.contains("{{ salutation }}"))
        .unwrap()
        + 1;
    assert!(
        overlay.contains("salutaton") && overlay.contains(&format!("layout.typ:{line}:4")),
        "{overlay}"
    );
    let still = browser.run(PAGES_LOADED);
    assert_eq!(
        still["src"], second["src"],
        "the last good pages stay under the overlay"
    );
}

/// Starts `recours preview` on a copy of an example and of the templates (in `dir`), and
/// returns it with its address (no trailing slash).
fn start_preview(dir: &Path, example: &str) -> (Killed, String) {
    let templates = dir.join("templates");
    crate::common::copy_templates(&templates);
    std::fs::copy(root().join("examples").join(example), dir.join("case.yaml")).unwrap();
    let mut preview = Killed(
        recours()
            .current_dir(dir)
            .args([
                "--templates",
                "templates",
                "preview",
                "case.yaml",
                "--port",
                "0",
            ])
            .stdout(Stdio::piped())
            .spawn()
            .unwrap(),
    );
    let mut first_line = String::new();
    BufReader::new(preview.0.stdout.take().unwrap())
        .read_line(&mut first_line)
        .unwrap();
    let address = first_line
        .split_whitespace()
        .find(|w| w.starts_with("http://"))
        .expect("the address is printed")
        .trim_end_matches('/')
        .to_string();
    (preview, address)
}

#[test]
fn the_page_shows_the_pages_and_the_error_without_javascript() {
    let dir = tempfile::tempdir().unwrap();
    let (_preview, address) = start_preview(dir.path(), "stellantis-clinique-ombudsfin.yaml");
    // The HTML itself holds the pages (the script only follows changes).
    let html = eventually("the pages in the HTML", || {
        let (status, body) = http("GET", &format!("{address}/"), None);
        (status == 200 && body.contains("<img class=\"page\"")).then_some(body)
    });
    assert!(
        html.contains("alt=\"page 1\" src=\"/page/0.svg?g="),
        "{html}"
    );
    assert!(html.contains("alt=\"page 2\""), "a two-page letter: {html}");
    assert!(html.contains("<pre id=\"overlay\" hidden></pre>"), "{html}");
    let (status, svg) = http("GET", &format!("{address}/page/0.svg"), None);
    assert_eq!(status, 200);
    assert!(svg.contains("<svg"));

    // A broken template: the error is in the HTML too, escaped, above the last good pages.
    let layout = dir.path().join("templates/layout.typ");
    let text = std::fs::read_to_string(&layout).unwrap();
    std::fs::write(
        &layout,
        text.replace("{{ salutation }}", "{{ salutation.x }}"),
    )
    .unwrap();
    let html = eventually("the error in the HTML", || {
        let (_, body) = http("GET", &format!("{address}/"), None);
        body.contains("<pre id=\"overlay\">").then_some(body)
    });
    assert!(html.contains("layout.typ"), "{html}");
    assert!(
        html.contains("<img class=\"page\""),
        "the last good pages stay: {html}"
    );
}

#[test]
fn a_port_in_use_says_to_pass_another() {
    let taken = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = taken.local_addr().unwrap().port();
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(
        root().join("examples/cetelem-fr-reclamation.yaml"),
        dir.path().join("case.yaml"),
    )
    .unwrap();
    let output = recours()
        .current_dir(dir.path())
        .args(["preview", "case.yaml", "--port", &port.to_string()])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains(&format!("the port {port} of 127.0.0.1 is already in use"))
            && stderr.contains("pass another one with --port"),
        "{stderr}"
    );
}
