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
    let folder = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let write_error = |source| Error::Write {
        path: path.to_owned(),
        source,
    };
    let suffix = match path.extension() {
        Some(extension) => format!(".{}.part", extension.to_string_lossy()),
        None => ".part".to_string(),
    };
    let mut temporary = tempfile::Builder::new()
        .prefix(".recours-")
        .suffix(&suffix)
        .tempfile_in(folder)
        .map_err(write_error)?;
    temporary.write_all(bytes).map_err(write_error)?;
    temporary.as_file().sync_all().map_err(write_error)?;
    temporary.persist(path).map_err(|e| write_error(e.error))?;
    Ok(if existed {
        Written::Replaced
    } else {
        Written::Created
    })
}

#[cfg(test)]
mod tests {
    use super::*;

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
