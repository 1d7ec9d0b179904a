//! The known word nearest to a typo, for "did you mean" hints.

/// The candidate nearest to `wanted` by edit distance, if it is close enough to be a typo.
pub fn nearest<'a>(wanted: &str, candidates: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    candidates
        .map(|c| (strsim::damerau_levenshtein(wanted, c), c))
        .filter(|(distance, c)| *distance <= (c.len() / 2).max(2))
        .min_by_key(|(distance, _)| *distance)
        .map(|(_, c)| c)
}
