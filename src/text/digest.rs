//! SHA-256 digests, written in hexadecimal: the evidence manifest, and the fingerprints that
//! tell a batch what changed.
//!
//! Computed by `ring`, whose SHA-256 chooses at run time the fastest code the processor allows
//! (its SHA extensions, else AVX2 or SSSE3): on a processor without the SHA extensions it
//! hashed about twice as fast as sha2's portable code (README, Performance), and a batch hashes
//! every letter it writes.

/// The SHA-256 of `bytes`, as `sha256sum` writes it.
pub fn sha256_hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let digest = ring::digest::digest(&ring::digest::SHA256, bytes);
    let mut hex = String::with_capacity(64);
    for b in digest.as_ref() {
        hex.push(char::from(DIGITS[usize::from(b >> 4)]));
        hex.push(char::from(DIGITS[usize::from(b & 0x0f)]));
    }
    hex
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digests_are_those_sha256sum_prints() {
        // FIPS 180-2's examples, as `printf abc | sha256sum` prints them.
        assert_eq!(
            sha256_hex(b""),
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
        );
        assert_eq!(
            sha256_hex(b"abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
        // Longer than one block, so that the blocks are chained.
        assert_eq!(
            sha256_hex(&[b'a'; 1_000_000]),
            "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"
        );
    }
}
