//! A count and its noun, in the plural when the count is not one: "1 finding", "3 findings".

/// `n` and `noun` ("finding"), the noun in the plural (an "s" added) unless `n` is one.
pub fn counted(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_is_singular_every_other_count_plural() {
        assert_eq!(counted(1, "finding"), "1 finding");
        assert_eq!(counted(0, "finding"), "0 findings");
        assert_eq!(counted(12, "verdict"), "12 verdicts");
    }
}
