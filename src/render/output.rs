//! Writing a letter to disk. A letter already sent is evidence: an existing file with other
//! bytes is never replaced without `--force`, and every write goes to a temporary file in the
//! same folder first, renamed over the target once complete, so no partial PDF is ever left.

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::error::Error;

/// What happened to the output file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Written {
    Created,
    /// The file held other bytes and `--force` replaced them.
    Replaced,
    /// The file already held exactly these bytes.
    Unchanged,
}

/// The default output beside the case: `<case-stem>-niveau-<N>.pdf`.
pub fn default_output(case: &Path, level: u32) -> PathBuf {
    let stem = case
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "lettre".into());
    case.with_file_name(format!("{stem}-niveau-{level}.pdf"))
}

/// The name beside a letter for another version of it, by the letter's date:
/// `dubois-niveau-2.pdf` → `dubois-niveau-2-2026-11-30.pdf`.
pub fn dated_name(path: &Path, date: chrono::NaiveDate) -> PathBuf {
    numbered_name(path, date, 1)
}

/// The `n`-th name beside a letter for the versions of one date: `…-2026-11-30.pdf`, then
/// `…-2026-11-30-2.pdf`, `…-2026-11-30-3.pdf`.
pub fn numbered_name(path: &Path, date: chrono::NaiveDate, n: u32) -> PathBuf {
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let extension = path
        .extension()
        .map(|e| format!(".{}", e.to_string_lossy()))
        .unwrap_or_default();
    let suffix = if n > 1 {
        format!("-{n}")
    } else {
        String::new()
    };
    path.with_file_name(format!("{stem}-{date}{suffix}{extension}"))
}

/// Writes `bytes` to `path` atomically, refusing to replace different bytes unless `force`.
pub fn write_atomically(path: &Path, bytes: &[u8], force: bool) -> Result<Written, Error> {
    let existed = match std::fs::read(path) {
        Ok(existing) if existing == bytes => return Ok(Written::Unchanged),
        Ok(_) if !force => return Err(Error::WouldOverwrite(path.to_owned())),
        Ok(_) => true,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => false,
        Err(source) => {
            return Err(Error::Write {
                path: path.to_owned(),
                source,
            });
        }
    };
    let staged = stage(path, bytes, existed)?;
    staged
        .temporary
        .as_file()
        .sync_all()
        .map_err(|source| Error::Write {
            path: path.to_owned(),
            source,
        })?;
    staged.put_in_place()?;
    Ok(if existed {
        Written::Replaced
    } else {
        Written::Created
    })
}

/// A file written under a temporary name in its folder (`.recours-XXXX.pdf.part`): complete,
/// but neither durable nor in place until [`commit`] (or [`write_atomically`]) moves it.
/// Dropped, it is removed.
pub struct Staged {
    temporary: tempfile::NamedTempFile,
    target: PathBuf,
    /// Whether it may replace a file at its place; else a file that appeared there meanwhile
    /// stays, and the move fails.
    replace: bool,
}

impl Staged {
    /// Where it goes.
    pub fn target(&self) -> &Path {
        &self.target
    }

    fn put_in_place(self) -> Result<(), Error> {
        let target = self.target;
        let moved = if self.replace {
            self.temporary.persist(&target)
        } else {
            self.temporary.persist_noclobber(&target)
        };
        moved.map(drop).map_err(|e| Error::Write {
            path: target,
            source: e.error,
        })
    }
}

/// A new file beside `path` under a temporary name (`.recours-….part`), created as an ordinary
/// file is (0666 less the umask), not with the 0600 of a temporary file.
fn temporary_beside(path: &Path) -> Result<tempfile::NamedTempFile, Error> {
    let folder = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let suffix = match path.extension() {
        Some(extension) => format!(".{}.part", extension.to_string_lossy()),
        None => ".part".to_string(),
    };
    let mut builder = tempfile::Builder::new();
    builder.prefix(".recours-").suffix(&suffix);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(std::fs::Permissions::from_mode(0o666));
    }
    builder.tempfile_in(folder).map_err(|source| Error::Write {
        path: path.to_owned(),
        source,
    })
}

/// Writes a file that is made a piece at a time (`write` is given the file), replacing
/// `path` only once it is complete and on disk.
pub fn write_streamed(
    path: &Path,
    write: impl FnOnce(&mut dyn Write) -> Result<(), Error>,
) -> Result<(), Error> {
    let write_error = |source| Error::Write {
        path: path.to_owned(),
        source,
    };
    let mut temporary = temporary_beside(path)?;
    let mut buffered = std::io::BufWriter::new(&mut temporary);
    write(&mut buffered)?;
    buffered.flush().map_err(write_error)?;
    drop(buffered);
    temporary.as_file().sync_all().map_err(write_error)?;
    temporary
        .persist(path)
        .map(drop)
        .map_err(|e| write_error(e.error))
}

/// Writes `bytes` beside `path` under a temporary name. Files are created as an ordinary file
/// is (0666 less the umask), not with the 0600 of a temporary file: a clinic's shared folder
/// must be able to read its letters.
pub fn stage(path: &Path, bytes: &[u8], replace: bool) -> Result<Staged, Error> {
    let write_error = |source| Error::Write {
        path: path.to_owned(),
        source,
    };
    let mut temporary = temporary_beside(path)?;
    temporary.write_all(bytes).map_err(write_error)?;
    Ok(Staged {
        temporary,
        target: path.to_owned(),
        replace,
    })
}

/// Makes staged files durable, then moves each into place: what a reader finds at a letter's
/// name is complete and on disk. On Linux one flush of each file system they are on
/// (`syncfs`) stands for a flush of every file (a batch writes hundreds: one each cost it
/// 10–20 % of its time); elsewhere each file is flushed. One result per file, in order.
pub fn commit(staged: Vec<Staged>) -> Vec<Result<PathBuf, Error>> {
    let flushed = flush(&staged);
    staged
        .into_iter()
        .zip(flushed)
        .map(|(staged, flushed)| {
            let target = staged.target.clone();
            flushed.map_err(|source| Error::Write {
                path: target.clone(),
                source,
            })?;
            staged.put_in_place()?;
            Ok(target)
        })
        .collect()
}

#[cfg(target_os = "linux")]
fn flush(staged: &[Staged]) -> Vec<std::io::Result<()>> {
    use std::collections::HashMap;
    use std::os::fd::AsRawFd;
    use std::os::unix::fs::MetadataExt;
    // One syncfs per file system; every file on it shares its outcome.
    let mut failures: HashMap<u64, Option<String>> = HashMap::new();
    staged
        .iter()
        .map(|s| {
            let file = s.temporary.as_file();
            let failure = failures.entry(file.metadata()?.dev()).or_insert_with(|| {
                // SAFETY: syncfs only reads the descriptor of a file this process holds open.
                let failed = unsafe { libc::syncfs(file.as_raw_fd()) } != 0;
                failed.then(|| std::io::Error::last_os_error().to_string())
            });
            match failure {
                None => Ok(()),
                Some(message) => Err(std::io::Error::other(message.clone())),
            }
        })
        .collect()
}

#[cfg(not(target_os = "linux"))]
fn flush(staged: &[Staged]) -> Vec<std::io::Result<()>> {
    staged
        .iter()
        .map(|s| s.temporary.as_file().sync_all())
        .collect()
}

/// Writes new files (an export), creating their folders; refuses, before writing any, when one
/// of them is there already — an adapted copy is never replaced by the built-in one.
pub fn write_new_files(files: &[(PathBuf, &[u8])], help: &str) -> Result<(), Error> {
    if let Some((path, _)) = files.iter().find(|(path, _)| path.exists()) {
        return Err(Error::Exists {
            path: path.clone(),
            help: help.to_string(),
        });
    }
    for (path, bytes) in files {
        if let Some(folder) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            create_folder(folder)?;
        }
        write_atomically(path, bytes, false)?;
    }
    Ok(())
}

/// Creates a folder and its parents, as `mkdir -p` does.
pub fn create_folder(folder: &Path) -> Result<(), Error> {
    std::fs::create_dir_all(folder).map_err(|source| Error::Write {
        path: folder.to_owned(),
        source,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_staged_letter_appears_only_once_committed_and_never_over_a_newcomer() {
        let dir = tempfile::tempdir().unwrap();
        let first = dir.path().join("a.pdf");
        let second = dir.path().join("b.pdf");
        let staged = vec![
            stage(&first, b"%PDF-a", false).unwrap(),
            stage(&second, b"%PDF-b", false).unwrap(),
        ];
        assert_eq!(staged[0].target(), first);
        // Complete, but not yet at its name.
        assert!(!first.exists() && !second.exists());
        // A file that appears at a place meanwhile is kept; the other letter goes in.
        std::fs::write(&second, "someone else's").unwrap();
        let results = commit(staged);
        assert_eq!(results[0].as_ref().unwrap(), &first);
        assert!(results[1].is_err(), "{results:?}");
        assert_eq!(std::fs::read(&first).unwrap(), b"%PDF-a");
        assert_eq!(std::fs::read_to_string(&second).unwrap(), "someone else's");
        // No temporary file is left behind, committed or not.
        let names: Vec<String> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        assert_eq!(names.len(), 2, "{names:?}");
        // A staged letter dropped (a batch interrupted) leaves nothing.
        drop(stage(&dir.path().join("c.pdf"), b"%PDF-c", false).unwrap());
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 2);
    }

    #[test]
    fn an_existing_letter_is_kept_unless_forced() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.pdf");
        assert_eq!(
            write_atomically(&path, b"one", false).unwrap(),
            Written::Created
        );
        assert_eq!(
            write_atomically(&path, b"one", false).unwrap(),
            Written::Unchanged
        );
        assert!(matches!(
            write_atomically(&path, b"two", false),
            Err(Error::WouldOverwrite(_))
        ));
        assert_eq!(std::fs::read(&path).unwrap(), b"one");
        assert_eq!(
            write_atomically(&path, b"two", true).unwrap(),
            Written::Replaced
        );
        assert_eq!(std::fs::read(&path).unwrap(), b"two");
        let leftovers: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
        assert_eq!(leftovers.len(), 1, "no temporary file is left behind");
    }

    /// The umask is process-wide: the test that sets it runs alone in its own process (a
    /// child of this test binary), so that no other test sees it.
    #[cfg(unix)]
    #[test]
    fn letters_get_the_permissions_of_the_umask() {
        use std::os::unix::fs::PermissionsExt;
        if std::env::var_os("RECOURS_UMASK_CHILD").is_none() {
            let status = std::process::Command::new(std::env::current_exe().unwrap())
                .args([
                    "--exact",
                    "output::tests::letters_get_the_permissions_of_the_umask",
                ])
                .env("RECOURS_UMASK_CHILD", "1")
                .status()
                .unwrap();
            assert!(status.success());
            return;
        }
        let dir = tempfile::tempdir().unwrap();
        for (umask, mode) in [(0o022, 0o644), (0o002, 0o664), (0o077, 0o600)] {
            // SAFETY: umask only sets the process's file mode creation mask; this process runs
            // this one test.
            unsafe { libc::umask(umask) };
            let path = dir.path().join(format!("{umask:o}.pdf"));
            write_atomically(&path, b"letter", false).unwrap();
            let got = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
            assert_eq!(got, mode, "umask {umask:o}");
        }
    }

    #[test]
    fn a_missing_folder_is_an_error_and_writes_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("missing").join("a.pdf");
        assert!(matches!(
            write_atomically(&path, b"x", false),
            Err(Error::Write { .. })
        ));
        assert!(!dir.path().join("missing").exists());
    }

    #[test]
    fn default_output_sits_beside_the_case() {
        assert_eq!(
            default_output(Path::new("cases/dubois.yaml"), 3),
            PathBuf::from("cases/dubois-niveau-3.pdf")
        );
    }
}
