//! A scanned signature under the letter (`letter.signature_image`): a PNG or JPEG file in the
//! case's folder or below it. The path is the writer's text and is read as such: no absolute
//! path, no `..`, no symbolic link leading out of the folder; a bounded size; the bytes must
//! be an image. The markup never holds the path: the image reaches the typesetter under a
//! fixed name.

use std::fmt;
use std::path::{Component, Path, PathBuf};

/// The largest signature image read: a signature scanned at 300 dpi is a few tens of kB.
pub const MAX_SIGNATURE_BYTES: u64 = 2 * 1024 * 1024;

/// A signature image, read and recognised.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Signature {
    pub bytes: Vec<u8>,
    pub format: ImageFormat,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImageFormat {
    Png,
    Jpeg,
}

impl ImageFormat {
    /// The name the typesetter knows the image by.
    pub fn virtual_path(self) -> &'static str {
        match self {
            Self::Png => "/signature.png",
            Self::Jpeg => "/signature.jpg",
        }
    }

    fn of(bytes: &[u8]) -> Option<Self> {
        if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
            Some(Self::Png)
        } else if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
            Some(Self::Jpeg)
        } else {
            None
        }
    }
}

/// Why a signature image was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SignatureProblem {
    Empty,
    Absolute,
    GoesUp,
    Missing(PathBuf),
    OutsideThroughLink(PathBuf),
    NotAFile(PathBuf),
    TooLarge(PathBuf, u64),
    NotAnImage(PathBuf),
    Unreadable(PathBuf, String),
}

impl fmt::Display for SignatureProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Empty => f.write_str("the signature image's path is empty"),
            Self::Absolute => f.write_str(
                "the signature image is given by an absolute path; it is read only from the case's folder",
            ),
            Self::GoesUp => f.write_str(
                "the signature image's path goes up out of the case's folder (`..`)",
            ),
            Self::Missing(path) => write!(f, "there is no file {}", path.display()),
            Self::OutsideThroughLink(path) => write!(
                f,
                "{} is a link to a file outside the case's folder; links out of it are not followed",
                path.display()
            ),
            Self::NotAFile(path) => write!(f, "{} is not a file", path.display()),
            Self::TooLarge(path, size) => write!(
                f,
                "{} has {size} bytes; a signature image has at most {MAX_SIGNATURE_BYTES}",
                path.display()
            ),
            Self::NotAnImage(path) => write!(f, "{} is not a PNG or JPEG image", path.display()),
            Self::Unreadable(path, why) => write!(f, "cannot read {}: {why}", path.display()),
        }
    }
}

impl SignatureProblem {
    /// What to do about it.
    pub fn help(&self) -> &'static str {
        match self {
            Self::TooLarge(..) => "scan the signature alone, or save it at a lower resolution",
            Self::NotAnImage(_) => "save the scanned signature as PNG or JPEG",
            _ => {
                "put the image in the case's folder (or a folder inside it) and give its path from there, e.g. `signature.png`"
            }
        }
    }
}

/// Reads the signature image `written` (as the case gives it) relative to the folder of the
/// case file `case_path`.
pub fn load(case_path: &Path, written: &str) -> Result<Signature, SignatureProblem> {
    let written = written.trim();
    if written.is_empty() {
        return Err(SignatureProblem::Empty);
    }
    let relative = Path::new(written);
    for component in relative.components() {
        match component {
            Component::Prefix(_) | Component::RootDir => return Err(SignatureProblem::Absolute),
            Component::ParentDir => return Err(SignatureProblem::GoesUp),
            Component::CurDir | Component::Normal(_) => {}
        }
    }
    // The path as the person would type it from where they are: "scans/signature.png" for a
    // case in the current folder, "cases/scans/signature.png" for one in `cases/`.
    let folder = case_path.parent().unwrap_or(Path::new(""));
    let shown = folder.join(relative);
    let folder = if folder.as_os_str().is_empty() {
        Path::new(".")
    } else {
        folder
    };
    let unreadable = |e: std::io::Error| SignatureProblem::Unreadable(shown.clone(), e.to_string());
    let real = match shown.canonicalize() {
        Ok(real) => real,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Err(SignatureProblem::Missing(shown));
        }
        Err(e) => return Err(unreadable(e)),
    };
    let root = folder.canonicalize().map_err(unreadable)?;
    if !real.starts_with(&root) {
        return Err(SignatureProblem::OutsideThroughLink(shown));
    }
    let metadata = std::fs::metadata(&real).map_err(unreadable)?;
    if !metadata.is_file() {
        return Err(SignatureProblem::NotAFile(shown));
    }
    if metadata.len() > MAX_SIGNATURE_BYTES {
        return Err(SignatureProblem::TooLarge(shown, metadata.len()));
    }
    let bytes = std::fs::read(&real).map_err(unreadable)?;
    let Some(format) = ImageFormat::of(&bytes) else {
        return Err(SignatureProblem::NotAnImage(shown));
    };
    Ok(Signature { bytes, format })
}

#[cfg(test)]
mod tests {
    use super::*;

    const PNG: &[u8] = b"\x89PNG\r\n\x1a\nrest";

    fn setup() -> (tempfile::TempDir, PathBuf) {
        let dir = tempfile::tempdir().unwrap();
        let cases = dir.path().join("cases");
        std::fs::create_dir_all(cases.join("scans")).unwrap();
        std::fs::write(cases.join("scans/signature.png"), PNG).unwrap();
        std::fs::write(dir.path().join("outside.png"), PNG).unwrap();
        let case = cases.join("case.yaml");
        (dir, case)
    }

    #[test]
    fn an_image_in_the_case_folder_is_read() {
        let (_dir, case) = setup();
        let signature = load(&case, "scans/signature.png").unwrap();
        assert_eq!(signature.format, ImageFormat::Png);
        assert_eq!(signature.bytes, PNG);
        assert_eq!(load(&case, "./scans/signature.png").unwrap(), signature);
    }

    #[test]
    fn nothing_outside_the_case_folder_is_read() {
        let (dir, case) = setup();
        assert_eq!(load(&case, "../outside.png"), Err(SignatureProblem::GoesUp));
        assert_eq!(
            load(&case, "scans/../../outside.png"),
            Err(SignatureProblem::GoesUp)
        );
        let absolute = dir.path().join("outside.png");
        assert_eq!(
            load(&case, absolute.to_str().unwrap()),
            Err(SignatureProblem::Absolute)
        );
        std::os::unix::fs::symlink(&absolute, case.with_file_name("link.png")).unwrap();
        assert!(matches!(
            load(&case, "link.png"),
            Err(SignatureProblem::OutsideThroughLink(_))
        ));
        // A link that stays inside the folder is followed.
        std::os::unix::fs::symlink("scans/signature.png", case.with_file_name("inside.png"))
            .unwrap();
        assert!(load(&case, "inside.png").is_ok());
    }

    #[test]
    fn only_a_small_png_or_jpeg_file_is_taken() {
        let (_dir, case) = setup();
        let folder = case.parent().unwrap();
        assert!(matches!(
            load(&case, "none.png"),
            Err(SignatureProblem::Missing(_))
        ));
        assert!(matches!(
            load(&case, "scans"),
            Err(SignatureProblem::NotAFile(_))
        ));
        std::fs::write(folder.join("text.png"), "not an image").unwrap();
        assert!(matches!(
            load(&case, "text.png"),
            Err(SignatureProblem::NotAnImage(_))
        ));
        std::fs::write(folder.join("photo.jpg"), [0xFF, 0xD8, 0xFF, 0xE0]).unwrap();
        assert_eq!(load(&case, "photo.jpg").unwrap().format, ImageFormat::Jpeg);
        let big = std::fs::File::create(folder.join("big.png")).unwrap();
        big.set_len(MAX_SIGNATURE_BYTES + 1).unwrap();
        assert!(matches!(
            load(&case, "big.png"),
            Err(SignatureProblem::TooLarge(_, _))
        ));
        assert_eq!(load(&case, "  "), Err(SignatureProblem::Empty));
    }
}
