//! SHA-256 digests, written in hexadecimal: the evidence manifest, and the fingerprints that
//! tell a batch what changed.

use sha2::{Digest, Sha256};

/// The SHA-256 of `bytes`, as `sha256sum` writes it.
pub fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}
