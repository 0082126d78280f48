//! A count and its noun, in the plural when the count is not one: "1 finding", "3 findings".

/// `n` and `noun` ("finding"), the noun in the plural unless `n` is one: an "s" added, or
/// "es" after a hissing end ("fixes").
pub fn counted(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else if ["s", "x", "z", "ch", "sh"]
        .iter()
        .any(|end| noun.ends_with(end))
    {
        format!("{n} {noun}es")
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
        assert_eq!(counted(2, "alignment fix"), "2 alignment fixes");
    }
}
