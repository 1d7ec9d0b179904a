//! `--shard K/N`: a stable slice of a folder's cases, for one machine of several.

use crate::text::messages::tr;

/// The stable K-th of N slices of a case list (K from 1 to N).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shard {
    pub index: u32,
    pub count: u32,
}

impl std::str::FromStr for Shard {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, String> {
        let (k, n) = text
            .split_once('/')
            .ok_or_else(|| tr!("shard-not-k-n", text = text))?;
        let index: u32 = k
            .trim()
            .parse()
            .map_err(|_| tr!("shard-not-number", text = k))?;
        let count: u32 = n
            .trim()
            .parse()
            .map_err(|_| tr!("shard-not-number", text = n))?;
        if count == 0 || index == 0 || index > count {
            return Err(tr!("shard-range", text = text));
        }
        Ok(Shard { index, count })
    }
}

impl Shard {
    /// Whether a case (by its path relative to the batch folder) belongs to this shard. The
    /// choice depends on the path alone, so that adding cases moves no other case.
    pub fn holds(&self, relative: &str) -> bool {
        // FNV-1a: stable across runs, machines and versions.
        let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
        for byte in relative.as_bytes() {
            hash ^= u64::from(*byte);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
        hash % u64::from(self.count) == u64::from(self.index - 1)
    }

    pub(super) fn suffix(&self) -> String {
        format!("-{}-of-{}", self.index, self.count)
    }
}
