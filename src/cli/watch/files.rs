//! Which saves a watch session sees: the folders of the files a letter depends on, watched.

use std::collections::BTreeSet;
use std::path::PathBuf;
use std::sync::mpsc;
use std::time::Duration;

use notify::{RecursiveMode, Watcher};

use super::absolute;
use crate::error::Error;

/// Watches the folders of the files a letter depends on (editors replace a file by renaming,
/// so its folder is watched rather than the file) and sends the paths of every change that is
/// not a mere read.
pub struct FileWatcher {
    watcher: notify::RecommendedWatcher,
    folders: BTreeSet<PathBuf>,
}

impl FileWatcher {
    pub fn new() -> Result<(Self, mpsc::Receiver<Vec<PathBuf>>), Error> {
        let (sender, events) = mpsc::channel();
        let watcher = notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
            // Reading a file is no change (and rendering reads the case and the templates).
            if let Ok(event) = event
                && !matches!(event.kind, notify::EventKind::Access(_))
            {
                let _ = sender.send(event.paths);
            }
        })
        .map_err(|e| Error::Read {
            path: PathBuf::from("(file watcher)"),
            source: std::io::Error::other(e),
        })?;
        Ok((
            Self {
                watcher,
                folders: BTreeSet::new(),
            },
            events,
        ))
    }

    /// Watches the folders of `files` not watched yet.
    pub fn watch_folders_of(&mut self, files: &BTreeSet<PathBuf>) -> Result<(), Error> {
        for dir in files.iter().filter_map(|f| f.parent()) {
            if self.folders.insert(dir.to_owned()) {
                self.watcher
                    .watch(dir, RecursiveMode::NonRecursive)
                    .map_err(|e| Error::Read {
                        path: dir.to_owned(),
                        source: std::io::Error::other(e),
                    })?;
            }
        }
        Ok(())
    }
}

/// Blocks until one of `files` changes, then lets the burst of events of one save settle.
pub fn wait_for_change(
    events: &mpsc::Receiver<Vec<PathBuf>>,
    files: &BTreeSet<PathBuf>,
) -> BTreeSet<PathBuf> {
    let mut changed = BTreeSet::new();
    loop {
        let Ok(paths) = events.recv() else {
            return changed;
        };
        changed.extend(
            paths
                .into_iter()
                .map(|p| absolute(&p))
                .filter(|p| files.contains(p)),
        );
        if !changed.is_empty() {
            break;
        }
    }
    while let Ok(paths) = events.recv_timeout(Duration::from_millis(SETTLE_MS)) {
        changed.extend(
            paths
                .into_iter()
                .map(|p| absolute(&p))
                .filter(|p| files.contains(p)),
        );
    }
    changed
}

/// How long a save's events are left to settle before rendering.
const SETTLE_MS: u64 = 5;
