//! A scanned signature under the letter (`letter.signature_image`): a PNG or JPEG file in the
//! case's folder or below it. The path is the writer's text and is read as such: no absolute
//! path, no `..`, no symbolic link leading out of the folder; a bounded size; the bytes must
//! be an image. The markup never holds the path: the image reaches the typesetter under a
//! fixed name.

use std::fmt;
use std::path::{Component, Path, PathBuf};

use crate::text::messages::tr;
use typst::foundations::{Bytes, Smart};
use typst::visualize::{ExchangeFormat, RasterImage};

/// The largest signature image read: a signature scanned at 300 dpi is a few tens of kB.
pub const MAX_SIGNATURE_BYTES: u64 = 2 * 1024 * 1024;

/// The largest side of a signature image, in pixels: 10 cm at 600 dpi. A small file can
/// declare an enormous image that would take gigabytes to decode; its header is read first.
pub const MAX_SIGNATURE_SIDE: u32 = 2400;

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

    /// The width and height an image declares, from its header.
    fn dimensions(self, bytes: &[u8]) -> Option<(u32, u32)> {
        let be32 = |at: usize| Some(u32::from_be_bytes(bytes.get(at..at + 4)?.try_into().ok()?));
        let be16 = |at: usize| {
            Some(u32::from(u16::from_be_bytes(
                bytes.get(at..at + 2)?.try_into().ok()?,
            )))
        };
        match self {
            // The first chunk is IHDR: width and height follow its length and type.
            Self::Png => (bytes.get(12..16)? == b"IHDR").then_some((be32(16)?, be32(20)?)),
            // Segments follow the SOI marker; a start-of-frame segment holds the size.
            Self::Jpeg => {
                let mut at = 2;
                loop {
                    if *bytes.get(at)? != 0xFF {
                        return None;
                    }
                    let marker = *bytes.get(at + 1)?;
                    if marker == 0xFF {
                        at += 1;
                        continue;
                    }
                    let length = be16(at + 2)? as usize;
                    if matches!(marker, 0xC0..=0xCF) && !matches!(marker, 0xC4 | 0xC8 | 0xCC) {
                        return Some((be16(at + 7)?, be16(at + 5)?));
                    }
                    at += 2 + length;
                }
            }
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
    TooManyPixels(PathBuf, u32, u32),
    NotAnImage(PathBuf),
    Damaged(PathBuf, String),
    Unreadable(PathBuf, String),
}

impl fmt::Display for SignatureProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let shown = |path: &PathBuf| path.display().to_string();
        f.write_str(&match self {
            Self::Empty => tr!("signature-empty"),
            Self::Absolute => tr!("signature-absolute"),
            Self::GoesUp => tr!("signature-goes-up"),
            Self::Missing(path) => tr!("signature-missing", path = shown(path)),
            Self::OutsideThroughLink(path) => tr!("signature-link", path = shown(path)),
            Self::NotAFile(path) => tr!("signature-not-file", path = shown(path)),
            Self::TooLarge(path, size) => tr!(
                "signature-too-large",
                path = shown(path),
                size = *size,
                max = MAX_SIGNATURE_BYTES
            ),
            Self::TooManyPixels(path, width, height) => tr!(
                "signature-too-many-pixels",
                path = shown(path),
                width = *width,
                height = *height,
                max = MAX_SIGNATURE_SIDE
            ),
            Self::NotAnImage(path) => tr!("signature-not-image", path = shown(path)),
            Self::Damaged(path, why) => {
                tr!("signature-damaged", path = shown(path), why = why.as_str())
            }
            Self::Unreadable(path, why) => {
                tr!(
                    "signature-unreadable",
                    path = shown(path),
                    why = why.as_str()
                )
            }
        })
    }
}

impl SignatureProblem {
    /// What to do about it.
    pub fn help(&self) -> String {
        match self {
            Self::TooLarge(..) | Self::TooManyPixels(..) => tr!("signature-smaller"),
            Self::NotAnImage(_) | Self::Damaged(..) => tr!("signature-save-again"),
            _ => tr!("signature-in-folder"),
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
    let Some((width, height)) = format.dimensions(&bytes) else {
        return Err(SignatureProblem::NotAnImage(shown));
    };
    if width == 0 || height == 0 {
        return Err(SignatureProblem::NotAnImage(shown));
    }
    if width > MAX_SIGNATURE_SIDE || height > MAX_SIGNATURE_SIDE {
        return Err(SignatureProblem::TooManyPixels(shown, width, height));
    }
    // Decoded as the typesetter will (bounded by the size checked above), so that a damaged
    // file is reported here, at its line of the case, rather than in the generated markup.
    let raster_format = match format {
        ImageFormat::Png => ExchangeFormat::Png,
        ImageFormat::Jpeg => ExchangeFormat::Jpg,
    };
    if let Err(why) = RasterImage::new(Bytes::new(bytes.clone()), raster_format, Smart::Auto) {
        return Err(SignatureProblem::Damaged(shown, why.to_string()));
    }
    Ok(Signature { bytes, format })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A scanned signature, 240 × 80 pixels.
    const SIGNATURE_PNG: &[u8] = include_bytes!("../../tests/fixtures/signature.png");
    /// A page scanned as JPEG, 166 × 234 pixels.
    const SCAN_JPEG: &[u8] = include_bytes!("../../tests/fixtures/scan.jpg");

    /// A PNG header declaring `width` × `height` pixels.
    fn png(width: u32, height: u32) -> Vec<u8> {
        let mut bytes = b"\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR".to_vec();
        bytes.extend(width.to_be_bytes());
        bytes.extend(height.to_be_bytes());
        bytes.extend([8, 6, 0, 0, 0]);
        bytes
    }

    /// A JPEG header (SOI, an APP0 segment, SOF0) declaring `width` × `height` pixels.
    fn jpeg(width: u16, height: u16) -> Vec<u8> {
        let mut bytes = vec![0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x04, 0x4A, 0x46];
        bytes.extend([0xFF, 0xC0, 0x00, 0x0B, 0x08]);
        bytes.extend(height.to_be_bytes());
        bytes.extend(width.to_be_bytes());
        bytes.extend([0x01, 0x01, 0x11, 0x00]);
        bytes
    }

    fn setup() -> (tempfile::TempDir, PathBuf) {
        let dir = tempfile::tempdir().unwrap();
        let cases = dir.path().join("cases");
        std::fs::create_dir_all(cases.join("scans")).unwrap();
        std::fs::write(cases.join("scans/signature.png"), SIGNATURE_PNG).unwrap();
        std::fs::write(dir.path().join("outside.png"), SIGNATURE_PNG).unwrap();
        let case = cases.join("case.yaml");
        (dir, case)
    }

    #[test]
    fn an_image_in_the_case_folder_is_read() {
        let (_dir, case) = setup();
        let signature = load(&case, "scans/signature.png").unwrap();
        assert_eq!(signature.format, ImageFormat::Png);
        assert_eq!(signature.bytes, SIGNATURE_PNG);
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
        std::fs::write(folder.join("photo.jpg"), SCAN_JPEG).unwrap();
        assert_eq!(load(&case, "photo.jpg").unwrap().format, ImageFormat::Jpeg);
        assert_eq!(ImageFormat::Jpeg.dimensions(SCAN_JPEG), Some((166, 234)));
        assert_eq!(ImageFormat::Png.dimensions(SIGNATURE_PNG), Some((240, 80)));
        // A few bytes declaring a huge image are refused before anything decodes them.
        std::fs::write(folder.join("bomb.png"), png(100_000, 100_000)).unwrap();
        assert!(matches!(
            load(&case, "bomb.png"),
            Err(SignatureProblem::TooManyPixels(_, 100_000, 100_000))
        ));
        std::fs::write(folder.join("bomb.jpg"), jpeg(60_000, 100)).unwrap();
        assert!(matches!(
            load(&case, "bomb.jpg"),
            Err(SignatureProblem::TooManyPixels(_, 60_000, 100))
        ));
        std::fs::write(folder.join("header-only.png"), png(10, 10)).unwrap();
        assert!(matches!(
            load(&case, "header-only.png"),
            Err(SignatureProblem::Damaged(_, _))
        ));
        std::fs::write(folder.join("cut.jpg"), [0xFF, 0xD8, 0xFF, 0xE0]).unwrap();
        assert!(matches!(
            load(&case, "cut.jpg"),
            Err(SignatureProblem::NotAnImage(_))
        ));
        let big = std::fs::File::create(folder.join("big.png")).unwrap();
        big.set_len(MAX_SIGNATURE_BYTES + 1).unwrap();
        assert!(matches!(
            load(&case, "big.png"),
            Err(SignatureProblem::TooLarge(_, _))
        ));
        assert_eq!(load(&case, "  "), Err(SignatureProblem::Empty));
    }
}
