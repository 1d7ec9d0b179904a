//! Typesetting in-process: a typst [`World`] holding the generated markup as its only source
//! file and the fonts of `fonts/` embedded in the binary (no system fonts, no files, no
//! network). The same markup, date and identifier always give the same PDF bytes.

use std::sync::OnceLock;
use std::sync::atomic::{AtomicUsize, Ordering};

use chrono::{Datelike, NaiveDate};
use typst::diag::{FileError, FileResult, Severity, SourceDiagnostic};
use typst::foundations::{Bytes, Datetime, Duration, Smart};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World, WorldExt};
use typst_layout::PagedDocument;
use typst_pdf::{PdfOptions, PdfStandard, PdfStandards, Timestamp};

use crate::case::signature::{ImageFormat, Signature};
use crate::error::{Error, MarkupError};

/// The fonts built into the binary (Carlito, SIL Open Font License 1.1; see `fonts/`).
const FONT_FILES: [&[u8]; 4] = [
    include_bytes!("../../fonts/Carlito-Regular.ttf"),
    include_bytes!("../../fonts/Carlito-Bold.ttf"),
    include_bytes!("../../fonts/Carlito-Italic.ttf"),
    include_bytes!("../../fonts/Carlito-BoldItalic.ttf"),
];

/// The parts of a typst world shared by every letter: the standard library and the fonts.
/// Built once per process; cheap to share between threads.
pub struct Typesetter {
    library: LazyHash<Library>,
    book: LazyHash<FontBook>,
    fonts: Vec<Font>,
    main: FileId,
    /// The names a signature image is known by, by format.
    signature_png: FileId,
    signature_jpg: FileId,
    /// Letters laid out so far, to evict typst's memo cache now and then.
    laid_out: AtomicUsize,
}

/// typst memoizes layout results for the whole process; without eviction a long batch, a
/// watch session of a day or a fuzzer grows without bound (fuzzing reached 4 GB). Every
/// `EVICT_EVERY` letters, results unused in the last `EVICT_AGE` evictions are dropped: memory
/// stays flat, and the layouts shared by consecutive letters stay cached.
const EVICT_EVERY: usize = 8;
const EVICT_AGE: usize = 4;
/// Every this many letters, the allocator's free memory is handed back to the system. Not
/// more often: a trim hands back every free page of every arena, which the next letters
/// fault in again. 10,000 letters: trimming every 64, 240,000 page faults and a peak of
/// 127 MB; every 256, 95,000–99,000 and 125–129 MB; every 1,024, 49,000–55,000 and
/// 128–146 MB; never, 33,000 and 138–139 MB.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
const TRIM_EVERY: usize = 256;

/// A typeset letter.
#[derive(Debug, Clone)]
pub struct Pdf {
    pub bytes: Vec<u8>,
    pub pages: usize,
    /// The markup as it was laid out, when it was set tighter than given (see [`TIGHT`]).
    pub tightened: Option<String>,
}

/// The first line of the layout (`letter-templates/layout.typ`), which says whether the letter
/// is set tighter. A letter whose enclosures alone would go onto a page of their own is laid
/// out again with [`TIGHT`] in its place, and kept so if it then takes fewer pages.
const LOOSE: &str = "#let recours-tight = false\n";
const TIGHT: &str = "#let recours-tight = true\n";

/// What makes a PDF's bytes: its document identifier and creation date.
#[derive(Debug, Clone)]
pub struct PdfIdentity {
    /// A stable identifier of the letter (not of this rendering).
    pub ident: String,
    pub date: NaiveDate,
    pub standard: Standard,
}

/// The PDF standard a letter is written to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum Standard {
    /// PDF 1.7, tagged.
    #[default]
    #[value(name = "1.7")]
    Pdf17,
    /// PDF/A-2b, for archiving (ISO 19005-2, level B).
    #[value(name = "a-2b")]
    A2b,
}

impl Typesetter {
    pub fn new() -> Self {
        let fonts: Vec<Font> = FONT_FILES
            .iter()
            .flat_map(|data| Font::iter(Bytes::new(*data)))
            .collect();
        let book = FontBook::from_fonts(&fonts);
        // The one virtual path every letter uses: file ids are interned for the whole process.
        let intern = |path: &str| {
            RootedPath::new(
                VirtualRoot::Project,
                VirtualPath::new(path).expect("a valid virtual path"),
            )
            .intern()
        };
        let main = intern("/letter.typ");
        let signature_png = intern(ImageFormat::Png.virtual_path());
        let signature_jpg = intern(ImageFormat::Jpeg.virtual_path());
        Self {
            library: LazyHash::new(Library::builder().build()),
            book: LazyHash::new(book),
            fonts,
            main,
            signature_png,
            signature_jpg,
            laid_out: AtomicUsize::new(0),
        }
    }

    /// The process-wide typesetter.
    pub fn shared() -> &'static Typesetter {
        static SHARED: OnceLock<Typesetter> = OnceLock::new();
        SHARED.get_or_init(Typesetter::new)
    }

    /// Typesets markup into a PDF, with the signature image the markup may show.
    pub fn pdf(
        &self,
        markup: &str,
        identity: &PdfIdentity,
        signature: Option<&Signature>,
    ) -> Result<Pdf, Error> {
        let (mut document, mut world) = self.layout(markup, identity.date, signature)?;
        let mut tightened = None;
        // Only the layout's own first line: never anything further down, which may be the
        // case's text.
        let rest = markup.trim_start().strip_prefix(LOOSE);
        if let Some(tight) = rest
            .filter(|_| enclosures_alone(&document))
            .map(|rest| format!("{TIGHT}{rest}"))
        {
            let (tighter, its_world) = self.layout(&tight, identity.date, signature)?;
            if tighter.pages().len() < document.pages().len() {
                (document, world) = (tighter, its_world);
                tightened = Some(tight);
            }
        }
        let bytes = caught(|| export(&document, identity))?
            .map_err(|errors| typeset_error(&world, &errors))?;
        Ok(Pdf {
            bytes,
            pages: document.pages().len(),
            tightened,
        })
    }

    /// Lays markup out into pages. The signature image, when given, is the only file the
    /// markup can read, under its format's [`ImageFormat::virtual_path`].
    pub fn layout<'a>(
        &'a self,
        markup: &str,
        today: NaiveDate,
        signature: Option<&Signature>,
    ) -> Result<(PagedDocument, LetterWorld<'a>), Error> {
        let laid_out = self.laid_out.fetch_add(1, Ordering::Relaxed) + 1;
        if laid_out.is_multiple_of(EVICT_EVERY) {
            typst::comemo::evict(EVICT_AGE);
        }
        // What the evictions freed goes back to the system now and then, rather than staying
        // in the allocator's arenas (one per worker thread) for the rest of a long batch.
        #[cfg(all(target_os = "linux", target_env = "gnu"))]
        if laid_out.is_multiple_of(TRIM_EVERY) {
            // SAFETY: malloc_trim only hands free pages of the allocator's heaps back.
            unsafe {
                libc::malloc_trim(0);
            }
        }
        let world = LetterWorld {
            typesetter: self,
            source: Source::new(self.main, markup.to_string()),
            signature: signature.map(|s| {
                let id = match s.format {
                    ImageFormat::Png => self.signature_png,
                    ImageFormat::Jpeg => self.signature_jpg,
                };
                (id, Bytes::new(s.bytes.clone()))
            }),
            today: Datetime::from_ymd(today.year(), today.month() as u8, today.day() as u8),
        };
        let warned = caught(|| typst::compile::<PagedDocument>(&world))?;
        let document = warned
            .output
            .map_err(|errors| typeset_error(&world, &errors))?;
        Ok((document, world))
    }
}

/// Whether the last page holds only what follows the signature (the enclosures): the label
/// the layout puts after the signature is on an earlier page.
fn enclosures_alone(document: &PagedDocument) -> bool {
    use typst::introspection::Introspector as _;
    let Some(label) =
        typst::foundations::Label::new(typst::utils::PicoStr::intern("recours-signed"))
    else {
        return false;
    };
    let introspector = document.introspector();
    let signed = (introspector.query_label(label).ok())
        .and_then(|signed| signed.location())
        .and_then(|at| introspector.page(at));
    signed.is_some_and(|page| page.get() < document.pages().len())
}

/// Runs a part of typst, turning a panic into an error: one letter that trips a fault of the
/// typesetter must not end a batch, a watch session or the preview.
pub fn caught<T>(work: impl FnOnce() -> T) -> Result<T, Error> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(work)).map_err(|payload| {
        let message = payload
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "no message".to_string());
        Error::TypesetterFault(message)
    })
}

impl Default for Typesetter {
    fn default() -> Self {
        Self::new()
    }
}

/// Writes a laid-out letter as PDF: its identifier and its date make the bytes.
pub fn export(
    document: &PagedDocument,
    identity: &PdfIdentity,
) -> typst::diag::SourceResult<Vec<u8>> {
    let d = identity.date;
    let timestamp = Datetime::from_ymd_hms(d.year(), d.month() as u8, d.day() as u8, 0, 0, 0)
        .map(Timestamp::new_utc);
    let standards = match identity.standard {
        Standard::Pdf17 => PdfStandards::default(),
        Standard::A2b => {
            PdfStandards::new(&[PdfStandard::A_2b]).expect("PDF/A-2b is a valid set of standards")
        }
    };
    let options = PdfOptions {
        ident: Smart::Custom(identity.ident.clone()),
        timestamp,
        standards,
        ..PdfOptions::default()
    };
    typst_pdf::pdf(document, &options)
}

/// One letter's world: the shared parts plus its markup.
pub struct LetterWorld<'a> {
    typesetter: &'a Typesetter,
    source: Source,
    signature: Option<(FileId, Bytes)>,
    today: Option<Datetime>,
}

impl World for LetterWorld<'_> {
    fn library(&self) -> &LazyHash<Library> {
        &self.typesetter.library
    }

    fn book(&self) -> &LazyHash<FontBook> {
        &self.typesetter.book
    }

    fn main(&self) -> FileId {
        self.typesetter.main
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        if id == self.typesetter.main {
            Ok(self.source.clone())
        } else {
            Err(FileError::AccessDenied)
        }
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        // A letter reads no file but its signature image: every value reaches it through the
        // markup.
        match &self.signature {
            Some((signature, bytes)) if *signature == id => Ok(bytes.clone()),
            _ => Err(FileError::AccessDenied),
        }
    }

    fn font(&self, index: usize) -> Option<Font> {
        self.typesetter.fonts.get(index).cloned()
    }

    fn today(&self, _offset: Option<Duration>) -> Option<Datetime> {
        self.today
    }
}

/// Typst's errors, each with the line of the generated markup it points at.
fn typeset_error(world: &LetterWorld, errors: &[SourceDiagnostic]) -> Error {
    let text = world.source.text();
    let list = errors
        .iter()
        .filter(|e| e.severity == Severity::Error)
        .map(|e| {
            let place = world.range(e.span).and_then(|range| {
                let line = world.source.lines().byte_to_line(range.start)?;
                let column = world.source.lines().byte_to_column(range.start)?;
                Some((
                    line + 1,
                    column + 1,
                    text.lines().nth(line).unwrap_or("").to_string(),
                ))
            });
            let (line, column, source_line) = place.unwrap_or_default();
            MarkupError {
                line,
                column,
                message: e.message.to_string(),
                source_line,
                hints: e.hints.iter().map(|h| h.v.to_string()).collect(),
            }
        })
        .collect();
    Error::Typeset(list)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fault_of_the_typesetter_is_an_error_not_a_crash() {
        let fault = caught(|| -> u32 { panic!("byte index 3 is out of bounds") }).unwrap_err();
        assert!(
            matches!(fault, Error::TypesetterFault(ref m) if m == "byte index 3 is out of bounds")
        );
        assert!(fault.to_string().starts_with(
            "the typesetter stopped on an internal fault while laying out this letter (byte index 3 is out of bounds); nothing was written"
        ));
        assert_eq!(caught(|| 7).unwrap(), 7);
    }
}
