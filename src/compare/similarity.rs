//! How alike two texts are, and pairing the most alike first.

/// At most this many pairs are scored in one pairing: more is two unrelated
/// maps of thousands of cards, where pairing by text would take seconds and
/// find nothing.
const MAX_SCORED_PAIRS: usize = 250_000;

/// How alike two texts are, from 0 (nothing in common) to 1 (the same, case and
/// surrounding spaces aside): the normalized Levenshtein similarity.
pub fn text_similarity(a: &str, b: &str) -> f64 {
    let (a, b) = (a.trim().to_lowercase(), b.trim().to_lowercase());
    if a == b {
        return 1.0;
    }
    strsim::normalized_levenshtein(&a, &b)
}

/// Pairs items of `old` with items of `new`, each at most once, best `score`
/// first, ties going to the pair nearest in position; pairs scoring below
/// `threshold` are left out.
pub fn greedy_pairs<'a, T, U>(
    old: &'a [T],
    new: &'a [U],
    threshold: f64,
    score: impl Fn(&T, &U) -> f64,
) -> impl Iterator<Item = (&'a T, &'a U)> + 'a {
    let mut scored = Vec::new();
    if old.len().saturating_mul(new.len()) <= MAX_SCORED_PAIRS {
        for (i, a) in old.iter().enumerate() {
            for (j, b) in new.iter().enumerate() {
                let value = score(a, b);
                if value >= threshold && value > 0.0 {
                    let distance = relative_place(i, old.len()) - relative_place(j, new.len());
                    scored.push((value, distance.abs(), i, j));
                }
            }
        }
    }
    scored.sort_by(|x, y| y.0.total_cmp(&x.0).then(x.1.total_cmp(&y.1)));
    let mut old_taken = vec![false; old.len()];
    let mut new_taken = vec![false; new.len()];
    let mut pairs = Vec::new();
    for (_, _, i, j) in scored {
        if !old_taken[i] && !new_taken[j] {
            old_taken[i] = true;
            new_taken[j] = true;
            pairs.push((&old[i], &new[j]));
        }
    }
    pairs.into_iter()
}

/// Where an item sits in its list, from 0 (first) to 1 (last).
fn relative_place(index: usize, len: usize) -> f64 {
    if len <= 1 {
        0.0
    } else {
        index as f64 / (len - 1) as f64
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn alike_texts_score_high_and_unrelated_ones_low() {
        assert_eq!(text_similarity(" Advisor call", "advisor call "), 1.0);
        assert!(text_similarity("Advisor call", "Advisor call-back") > 0.6);
        assert!(text_similarity("Advisor call", "Visit the website") < 0.4);
    }

    #[test]
    fn the_best_pairs_are_taken_first_and_ties_go_to_the_nearest() {
        let old = ["Quote", "Quote", "Payment"];
        let new = ["Payment", "Quote"];
        let pairs: Vec<_> = greedy_pairs(&old, &new, 0.5, |a, b| text_similarity(a, b))
            .map(|(a, b)| (old.iter().position(|x| std::ptr::eq(x, a)), *b))
            .collect();
        assert!(pairs.contains(&(Some(1), "Quote")), "{pairs:?}");
        assert!(pairs.contains(&(Some(2), "Payment")), "{pairs:?}");
        assert_eq!(pairs.len(), 2);
    }
}
