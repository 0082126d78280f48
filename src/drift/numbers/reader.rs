//! Numbers by value: "12" = "twelve", "1,000" = "1000", "$300 million" = "300 million dollars";
//! a value on one side with no equal on the other is drift.

use super::english::ENGLISH;
use super::months::month;
use super::system::Numerals;
use crate::text::tokens::Text;
use crate::text::tokens::TokenKind;

/// A number found in text: its value and the words it was written with.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Number {
    pub value: f64,
    pub text: String,
    /// Where it stands: a byte range of the text it was read from.
    pub span: std::ops::Range<usize>,
}

fn digits_value(word: &str, n: &Numerals) -> Option<f64> {
    if !word.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let lower = word.to_lowercase();
    let stripped = ["st", "nd", "rd", "th"]
        .iter()
        .find_map(|s| {
            lower
                .strip_suffix(s)
                .filter(|r| r.chars().all(|c| c.is_ascii_digit()) && !r.is_empty())
        })
        .unwrap_or(&lower);
    if !stripped.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    if n.decimal_comma {
        // "40.000" is forty thousand only when every group after a full stop has three
        // digits; "3.16" (a verse, a version) keeps its full stop.
        let spaced: String;
        let stripped = if stripped.contains(|c: char| c.is_whitespace()) {
            spaced = stripped.chars().filter(|c| !c.is_whitespace()).collect();
            spaced.as_str()
        } else {
            stripped
        };
        let (whole, decimals) = stripped.split_once(',').unwrap_or((stripped, ""));
        let groups: Vec<&str> = whole.split('.').collect();
        let thousands = groups.len() > 1 && groups[1..].iter().all(|g| g.len() == 3);
        let whole = if thousands {
            groups.concat()
        } else {
            whole.to_string()
        };
        let plain = if decimals.is_empty() {
            whole
        } else {
            format!("{whole}.{decimals}")
        };
        return plain.parse::<f64>().ok();
    }
    let plain: String = stripped
        .chars()
        .filter(|&c| c != ',' && c != '\'' && c != '’')
        .collect();
    plain.parse::<f64>().ok()
}

/// A spelled number: a cardinal, an irregular ordinal from the table, or an ordinal by rule,
/// "-th" on a cardinal ("thirteenth", "hundredth", "thousandth") or "-ieth" for one in "-y"
/// ("thirtieth", "seventieth").
fn word_value(word: &str, n: &Numerals) -> Option<f64> {
    if let Some(v) = n.small.get(word) {
        return Some(v);
    }
    if let Some(by_rule) = n.ordinal_by_rule {
        return by_rule(word);
    }
    if !n.english {
        return None;
    }
    // "for twenty's sake" is "por amor de los veinte".
    // ("one's" is a pronoun's.)
    if let Some(owner) = word.strip_suffix("'s").or_else(|| word.strip_suffix("’s")) {
        let pronoun = n.ambiguous.iter().any(|a| owner.eq_ignore_ascii_case(a));
        return word_value(owner, n).filter(|_| !pronoun);
    }
    // Ordinals by rule end in "th", multiples in "fold" ("fourfold" is "cuatro tantos", an
    // "hundredfold" "cien veces"); most words end in neither, and need no lower-case copy.
    let b = word.as_bytes();
    let ends = |suffix: &[u8]| {
        b.len() > suffix.len() && b[b.len() - suffix.len()..].eq_ignore_ascii_case(suffix)
    };
    if ends(b"fold") {
        let stem = word[..word.len() - 4].to_lowercase();
        return n.small.get(&stem).or_else(|| n.scales.get(&stem));
    }
    if b.len() <= 2 || !ends(b"th") {
        return None;
    }
    let lower = word.to_lowercase();
    if let Some(stem) = lower.strip_suffix("ieth") {
        return n.small.get(&format!("{stem}y"));
    }
    let stem = lower.strip_suffix("th")?;
    n.small.get(stem).or_else(|| n.scales.get(stem))
}

/// A scale word's value, its English ordinal too: "the six hundredth year" is "el año
/// seiscientos".
fn scale_value(word: &str, n: &Numerals) -> Option<f64> {
    n.scales.get(word).or_else(|| {
        let stem = word.strip_suffix("th").filter(|_| n.english)?;
        n.scales.get(stem)
    })
}

/// Whether `word` stands inside a longer word of `text` (both lower case): "first" in
/// "firstfruits", "seven" in "sevenfold".
pub(crate) fn inside_a_word(word: &str, text: &str) -> bool {
    text.match_indices(word).any(|(at, _)| {
        let before = text[..at]
            .chars()
            .next_back()
            .is_some_and(char::is_alphabetic);
        let after = text[at + word.len()..]
            .chars()
            .next()
            .is_some_and(char::is_alphabetic);
        before || after
    })
}

/// Every number in an English text (see [`numbers_in`]).
pub(crate) fn numbers(text: &Text) -> Vec<Number> {
    numbers_in(text, &ENGLISH)
}

/// Every number in a text whose language spells numbers as `n` says, scale words applied
/// ("300 million" is 3e8, "an hundred and twenty" is 120, "trescientos" 300).
pub(crate) fn numbers_in(text: &Text, n: &Numerals) -> Vec<Number> {
    if !may_hold_a_number(text, n) {
        return Vec::new();
    }
    read_numbers(text, n)
}

/// [`numbers_in`] without its quick check.
fn read_numbers(text: &Text, n: &Numerals) -> Vec<Number> {
    let links = link_spans(text.text);
    let mut words: Vec<Word> = Vec::with_capacity(text.tokens.len());
    for t in text.tokens.iter().filter(|t| t.kind == TokenKind::Word) {
        let in_a_link = links.iter().any(|l| l.contains(&t.span.start));
        if !in_a_link && !a_name_in_code(text.text, t.span.clone()) {
            push_list_parts(text.text, t.span.clone(), n, &mut words);
        }
    }
    if n.decimal_comma {
        join_spaced_thousands(text.text, &mut words);
    }
    let text = text.text;
    let mut out = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let (w, start, _) = words[i];
        if let Some((value, j)) = date_at(&words, text, i, n) {
            out.push(Number {
                value,
                text: text[start..words[j - 1].2].to_string(),
                span: start..words[j - 1].2,
            });
            i = j;
            continue;
        }
        let parsed = match digits_value(w, n) {
            Some(value) => Some((value, i + 1, false)),
            None => spelled_below_hundred(&words, text, i, n).map(|(value, j)| (value, j, true)),
        };
        let Some((mut value, mut j, spelled)) = parsed else {
            i += 1;
            continue;
        };
        let mut scaled = false;
        let mut last_scale = f64::INFINITY;
        let mut rest_added = false;
        // What the larger scales have made so far, and the part still being read: in
        // "seventy four thousand and six hundred" the hundred multiplies the six, not the
        // seventy-four thousand and six.
        let mut done = 0.0;
        // Scales multiply from small to large ("trescientos mil"); a smaller one right after
        // a larger starts another number ("millones; trezentos mil"), unless a number stands
        // between them ("a thousand seven hundred").
        // A scale word follows its number after a space or a hyphen ("32 million",
        // "two-hundred"), not after other marks ("ln=32:bn=32" is a setting). (A lone
        // scale word, "mil", "cent", is its own number: nothing before it to check.)
        let spaced = |k: usize| k == i || matches!(between(text, &words, k), "" | "-");
        while let Some(s) = words
            .get(j)
            .filter(|_| spaced(j))
            .and_then(|w| scale_value(w.0, n))
            .filter(|&s| !scaled || s >= last_scale || rest_added)
        {
            if !scaled || s > last_scale || (s == last_scale && !rest_added) {
                done = (done + value) * s;
                value = 0.0;
            } else if s == last_scale {
                // Another group of the same scale after a number, added: the King James's
                // "six hundred thousand and three thousand and five hundred and fifty"
                // (603,550), where "a thousand thousand" multiplies.
                done += value * s;
                value = 0.0;
            } else {
                value *= s;
            }
            last_scale = s;
            rest_added = false;
            j += 1;
            scaled = true;
            // "two hundred and fifty", "three hundred sixty and five": a smaller spelled
            // number after a scale word adds to it.
            let after_and = j + usize::from(words.get(j).is_some_and(|w| is_and(w.0, n)));
            if spelled
                && let Some((rest, k)) = spelled_below_hundred(&words, text, after_and, n)
                && k > after_and
                && rest < s
            {
                value += rest;
                j = k;
                rest_added = true;
            } else if let Some(hundreds) = lone_hundreds_after(&words, after_and, s, n)
                .filter(|_| after_and > i && spaced(after_and))
            {
                // Spanish and Portuguese write the hundreds as one word after the thousands,
                // "mil quinientos treinta", "cuatro mil y quinientas": one number, as
                // English's "four thousand and five hundred" is.
                value += hundreds;
                j = after_and + 1;
                // "seiscientos tres mil quinientos y cincuenta" (603,550), as "ciento y
                // cincuenta" is 150.
                let rest_at = j + usize::from(words.get(j).is_some_and(|w| is_and(w.0, n)));
                if let Some((rest, k)) = spelled_below_hundred(&words, text, rest_at, n)
                    && k > rest_at
                {
                    value += rest;
                    j = k;
                }
                rest_added = true;
            }
        }
        value += done;
        let lone_ambiguous =
            spelled && !scaled && j == i + 1 && n.ambiguous.contains(&w.to_lowercase().as_str());
        // French hyphenates its number words to each other ("vingt-deux") and to nouns to make
        // compounds that count nothing: "deux-points" is a colon, "mille-pattes" a centipede.
        let in_a_compound = spelled
            && n.vigesimal
            && words.get(j).is_some_and(|next| {
                text[words[j - 1].2..next.1] == *"-"
                    && word_value(next.0, n).is_none()
                    && n.scales.get(next.0).is_none()
            });
        if !lone_ambiguous && !in_a_compound {
            out.push(Number {
                value,
                text: text[start..words[j - 1].2].to_string(),
                span: start..words[j - 1].2,
            });
        }
        i = j;
    }
    out
}

/// Whether [`numbers_in`] can find anything in `text`: every number it reads holds an ASCII
/// digit (a date holds its year or day in digits) or starts at a number word or a scale word
/// ("seven", "thirtieth", "an hundred", "mil"). Most rows of prose hold neither, and this is
/// a fraction of the full reading's cost.
fn may_hold_a_number(text: &Text, n: &Numerals) -> bool {
    text.text.bytes().any(|b| b.is_ascii_digit())
        || text
            .words()
            .any(|w| word_value(w, n).is_some() || n.scales.get(w).is_some())
}

/// A word and its byte span.
type Word<'a> = (&'a str, usize, usize);

/// Whether the word at `span` is part of a name in code, not a number: a command-line option
/// ("--zero", "-one"; "-5" is a minus sign) or a manual page's section ("dircolors(1)").
fn a_name_in_code(text: &str, span: std::ops::Range<usize>) -> bool {
    let before = &text[..span.start];
    let word = &text[span.clone()];
    let option = before.ends_with("--")
        || (before.ends_with('-')
            && word.starts_with(|c: char| c.is_alphabetic())
            && before[..before.len() - 1]
                .chars()
                .next_back()
                .is_none_or(|c| c.is_whitespace() || c == '[' || c == '('));
    let section = before.ends_with('(')
        && text[span.end..].starts_with(')')
        && before[..before.len() - 1]
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric)
        && word.len() == 1;
    option || section
}

/// Where the comma marks decimals, thousands are also set apart by a space ("1 200",
/// "40 000", a no-break or thin one in print): such groups are joined into one word. Only
/// groups of three digits join, after a first of one to three, so "3 4" or "2021 200" stay
/// apart.
fn join_spaced_thousands<'a>(text: &'a str, words: &mut Vec<Word<'a>>) {
    const SPACES: [char; 3] = [' ', '\u{a0}', '\u{202f}'];
    let digits = |w: &str| !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit());
    let chain = |w: &str| {
        let mut groups = w.split(SPACES);
        groups
            .next()
            .is_some_and(|first| first.len() <= 3 && digits(first))
            && groups.all(|g| g.len() == 3 && digits(g))
    };
    let mut out: Vec<Word<'a>> = Vec::with_capacity(words.len());
    for &w in words.iter() {
        if let Some(last) = out.last_mut()
            && w.0.len() == 3
            && digits(w.0)
            && chain(last.0)
            && SPACES
                .iter()
                .any(|&c| text[last.2..w.1] == *c.encode_utf8(&mut [0; 4]))
        {
            *last = (&text[last.1..w.2], last.1, w.2);
            continue;
        }
        out.push(w);
    }
    *words = out;
}

/// A whole number written in digits within `range`.
fn small(word: &str, range: std::ops::RangeInclusive<u32>) -> Option<u32> {
    let digits = word.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let ordinal = ["st", "nd", "rd", "th", ""].contains(&&word[digits.len()..]);
    let n: u32 = digits
        .parse()
        .ok()
        .filter(|_| ordinal && !digits.is_empty())?;
    range.contains(&n).then_some(n)
}

/// A date at word `i`, read as one value (year, month and day as the number yyyymmdd, a
/// month and year as yyyymm00) so its spellings compare equal: "2021-12-13",
/// "December 13, 2021", "13 December 2021", "December 2021", and in the language's own words
/// "13 de diciembre de 2021", "13. Dezember 2021", "diciembre de 2021". Returns the value and
/// the index after it.
fn date_at(words: &[Word<'_>], text: &str, i: usize, n: &Numerals) -> Option<(f64, usize)> {
    // Every word is asked: a date starts with a digit or, in English, a month's first letter.
    let first = words.get(i)?.0.as_bytes().first()?.to_ascii_lowercase();
    let month_initial = match n.months {
        Some(_) => first.is_ascii_alphabetic(),
        None => b"jfmasond".contains(&first),
    };
    if !first.is_ascii_digit() && !month_initial {
        return None;
    }
    let word = |k: usize| words.get(k).map(|w| w.0);
    let between = |k: usize| words.get(k + 1).map(|n| &text[words[k].2..n.1]);
    let year = |k: usize| word(k).and_then(|w| small(w, 1000..=2999).filter(|_| w.len() == 4));
    let month_at = |k: usize| {
        word(k).and_then(|w| match n.months {
            Some(table) => table.get(w),
            None => month(w),
        })
    };
    // The word after `k`, past a joiner ("de") if one stands there.
    let past_joiner = |k: usize| match (n.date_joiner, word(k + 1)) {
        (Some(joiner), Some(w)) if w.eq_ignore_ascii_case(joiner) => k + 2,
        _ => k + 1,
    };
    let value = |y: u32, m: u32, d: u32| f64::from(y * 10_000 + m * 100 + d);
    // 2021-12-13
    if let (Some(y), Some("-"), Some("-")) = (year(i), between(i), between(i + 1))
        && let (Some(m), Some(d)) = (
            word(i + 1).and_then(|w| small(w, 1..=12)),
            word(i + 2).and_then(|w| small(w, 1..=31)),
        )
    {
        return Some((value(y, m, d), i + 3));
    }
    // December 13, 2021 / December 2021 / diciembre de 2021
    if let Some(m) = month_at(i) {
        if let Some(d) = word(i + 1).and_then(|w| small(w, 1..=31))
            && let Some(y) = year(i + 2)
            && between(i + 1).is_some_and(|b| b.trim() == ",")
        {
            return Some((value(y, m, d), i + 3));
        }
        let y_at = past_joiner(i);
        if let Some(y) = year(y_at) {
            return Some((value(y, m, 0), y_at + 1));
        }
    }
    // 13 December 2021 / 13 de diciembre de 2021 / 13. Dezember 2021
    if let Some(d) = word(i).and_then(|w| small(w, 1..=31)) {
        let m_at = past_joiner(i);
        let y_at = past_joiner(m_at);
        if let Some(m) = month_at(m_at)
            && let Some(y) = year(y_at)
        {
            return Some((value(y, m, d), y_at + 1));
        }
    }
    None
}

/// The spans of URLs and e-mail addresses: their digits are part of an address, not numbers
/// ("https://www.cnn.com/2021/12/12/…", "user2021@example.org").
fn link_spans(text: &str) -> Vec<std::ops::Range<usize>> {
    let mut spans = Vec::new();
    // Most rows hold no address: one pass over the bytes rules them out.
    if !(text.contains("://") || text.contains("www.") || text.contains('@')) {
        return spans;
    }
    let mut start = 0;
    for piece in text.split_inclusive(char::is_whitespace) {
        let word = piece.trim_end();
        let is_link = word.contains("://")
            || word.starts_with("www.")
            || (word.contains('@') && word.contains('.') && !word.starts_with('@'));
        if is_link {
            spans.push(start..start + word.len());
        }
        start += piece.len();
    }
    spans
}

/// A token of digits and commas that is a list of years or numbers ("2000,2001,2002": every
/// comma group but the first has four digits or more, or the groups do not read as
/// thousands) is split into its parts; "1,000" stays one number, and so does "2,5" where the
/// comma marks decimals. The word, or its parts, are pushed onto `out`.
fn push_list_parts<'a>(
    text: &'a str,
    span: std::ops::Range<usize>,
    n: &Numerals,
    out: &mut Vec<Word<'a>>,
) {
    let word = &text[span.clone()];
    // Nearly every word holds no comma: it is itself, with nothing to count.
    if !word.contains(',') {
        out.push((word, span.start, span.end));
        return;
    }
    let groups: Vec<&str> = word.split(',').collect();
    let thousands = if n.decimal_comma {
        groups.len() == 2
    } else {
        groups[0].len() <= 3 && groups[1..].iter().all(|g| g.len() == 3)
    };
    let all_digits = groups
        .iter()
        .all(|g| !g.is_empty() && g.bytes().all(|b| b.is_ascii_digit()));
    if !all_digits || thousands {
        out.push((word, span.start, span.end));
        return;
    }
    let mut at = span.start;
    for g in groups {
        out.push((&text[at..at + g.len()], at, at + g.len()));
        at += g.len() + 1;
    }
}

/// What stands between word `k` and the word before it, spaces aside.
fn between<'t>(text: &'t str, words: &[Word], k: usize) -> &'t str {
    text[words[k - 1].2..words[k].1].trim()
}

fn is_and(word: &str, n: &Numerals) -> bool {
    word.eq_ignore_ascii_case(n.and)
}

/// A spelled number under a hundred starting at word `i`, and the index after it: "seven",
/// "twenty five", and the King James "sixty and five" and "five and twenty"; "a" or "an"
/// before a scale word ("an hundred") is one.
fn spelled_below_hundred(
    words: &[Word],
    text: &str,
    i: usize,
    n: &Numerals,
) -> Option<(f64, usize)> {
    let (w, ..) = *words.get(i)?;
    // "and" joins two number words only with spaces between them: "una décima; Y un macho
    // cabrío" is a tenth, then a goat.
    let and_joins = |k: usize| {
        words.get(k).is_some_and(|w| is_and(w.0, n))
            && k + 1 < words.len()
            && (k..k + 2).all(|m| between(text, words, m).is_empty())
    };
    // "An hundred", and "the hundred and fifty days", "the thousand years" (one scale, as
    // "los mil años" and "ciento y cincuenta" say): "the" only before a scale word in the
    // singular ("the thousands of Israel" are no number).
    let article = n.english
        && (w.eq_ignore_ascii_case("a")
            || w.eq_ignore_ascii_case("an")
            || w.eq_ignore_ascii_case("the"));
    if article
        && words.get(i + 1).is_some_and(|next| {
            n.scales.get(next.0).is_some()
                && (!w.eq_ignore_ascii_case("the") || !next.0.ends_with(['s', 'S']))
        })
    {
        return Some((1.0, i + 1));
    }
    // Spanish and German write a lone hundred or thousand without "one": "ciento veinte",
    // "mil", "doscientos", "hundert": one of the scale, which the caller then applies. Not
    // the plural of a scale word ("jefes de cientos", "deux cents" after no number), which
    // says "hundreds", as English's "captains over hundreds" does.
    if !n.english && n.scales.get(w).is_some() {
        let plural = w
            .strip_suffix(['s', 'S'])
            .and_then(|one| n.scales.get(one))
            .is_some_and(|one| Some(one) == n.scales.get(w));
        return (!plural).then_some((1.0, i));
    }
    let value = word_value(w, n)?;
    let value_at = |k: usize| words.get(k).and_then(|w| word_value(w.0, n));
    if n.vigesimal {
        // At most "quatre vingt dix sept" or "soixante et onze": five words.
        let values: Vec<Option<f64>> = (i..i + 5).map(value_at).collect();
        let and_at = (i + 1..i + 5).position(|k| words.get(k).is_some_and(|w| is_and(w.0, n)));
        return super::french::below_hundred(&values, and_at.map(|a| a + 1))
            .map(|(v, taken)| (v, i + taken));
    }
    let tens = |v: f64| (20.0..100.0).contains(&v) && v % 10.0 == 0.0;
    let unit = |v: f64| (1.0..10.0).contains(&v);
    if let Some(next) = value_at(i + 1).filter(|&n| tens(value) && unit(n)) {
        return Some((value + next, i + 2));
    }
    // Old Spanish writes the teens as tens are written, "diez y ocho mil" (18,000); English
    // never says "ten and eight".
    if !n.english
        && value == 10.0
        && and_joins(i + 1)
        && let Some(other) = value_at(i + 2).filter(|&v| unit(v))
    {
        return Some((value + other, i + 3));
    }
    // The King James adds any number under twenty to its scores: "threescore and ten",
    // "threescore and fourteen thousand" (74,000), "fourscore and seventeen".
    let scores = w.to_ascii_lowercase().ends_with("score");
    let under_twenty = |v: f64| (1.0..20.0).contains(&v);
    if and_joins(i + 1)
        && let Some(other) = value_at(i + 2)
        && ((tens(value) && (unit(other) || (scores && under_twenty(other))))
            || (unit(value) && tens(other)))
    {
        return Some((value + other, i + 3));
    }
    Some((value, i + 1))
}

/// The hundreds word at `at` ("quinientas", "ciento") after a larger scale `above`, where a
/// language writes a hundred as one word without "one" (not English: "a thousand hundred" is
/// no number).
fn lone_hundreds_after(words: &[Word], at: usize, above: f64, n: &Numerals) -> Option<f64> {
    if n.english {
        return None;
    }
    n.scales
        .get(words.get(at)?.0)
        .filter(|&h| (100.0..1000.0).contains(&h) && h < above)
}

/// Numbers of `a` with no equal value in `b` (each value in `b` matches once). `b`'s values
/// are sorted and each `a` finds its first free equal by binary search, so a line of 100,000
/// numbers is not 10^10 comparisons.
pub(crate) fn unmatched(a: &[Number], b: &[Number]) -> Vec<Number> {
    const SAME: f64 = 1e-9;
    let mut pool: Vec<f64> = b.iter().map(|m| m.value).collect();
    pool.sort_by(f64::total_cmp);
    // `free[k]` leads to the first value at or after `k` not yet matched (`pool.len()`: none).
    let mut free: Vec<usize> = (0..=pool.len()).collect();
    a.iter()
        .filter(|n| {
            let start = pool.partition_point(|&v| v < n.value - SAME);
            let k = first_free(&mut free, start);
            let hit = k < pool.len() && pool[k] - n.value < SAME;
            if hit {
                free[k] = k + 1;
            }
            !hit
        })
        .cloned()
        .collect()
}

/// Whether a side says "two" with a word that is no numeral ("These both were cast" is
/// "Estos dos fueron lanzados", "shut the door upon them twain" "sobre ambos", "twice as
/// much" "al doble", "a couple of asses" "un par de asnos", "twins were in her womb" "había dos en su
/// vientre"): a 2 the other side writes is its rendering, not a number of its own.
pub(crate) fn says_two_in_words(side: &Text) -> bool {
    const TWO_IN_WORDS: [&str; 16] = [
        "both", "double", "couple", "twins", "ambos", "ambas", "doble", "par", "gemelos",
        "mellizos", "beide", "beiden", "beides", "Paar", "ambedue", "entrambi",
    ];
    side.words()
        .any(|w| TWO_IN_WORDS.iter().any(|t| w.eq_ignore_ascii_case(t)))
}

/// Numbers of `a` whose value `b` never holds, however often either writes it: across
/// languages a translation repeats a number its source says once ("by fifty" is "de
/// cincuenta en cincuenta", "twelve foundations ... the twelve apostles" "doce fundamentos
/// ... los doce nombres de los doce apóstoles"), and a number lost or changed leaves a value
/// one side lacks.
pub(crate) fn absent(a: &[Number], b: &[Number]) -> Vec<Number> {
    const SAME: f64 = 1e-9;
    let mut values: Vec<f64> = b.iter().map(|m| m.value).collect();
    values.sort_by(f64::total_cmp);
    a.iter()
        .filter(|n| {
            let k = values.partition_point(|&v| v < n.value - SAME);
            !(k < values.len() && values[k] - n.value < SAME)
        })
        .cloned()
        .collect()
}

/// Follows `free` from `k` to the first unmatched index, shortening the path for next time.
fn first_free(free: &mut [usize], k: usize) -> usize {
    let mut root = k;
    while free[root] != root {
        root = free[root];
    }
    let mut at = k;
    while free[at] != root {
        let next = free[at];
        free[at] = root;
        at = next;
    }
    root
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The definition: each number of `a` takes the first free equal one of `b`, in order.
    fn unmatched_by_scanning(a: &[Number], b: &[Number]) -> Vec<f64> {
        let mut used = vec![false; b.len()];
        a.iter()
            .filter(|n| {
                let hit = (0..b.len()).find(|&k| !used[k] && (b[k].value - n.value).abs() < 1e-9);
                hit.inspect(|&k| used[k] = true).is_none()
            })
            .map(|n| n.value)
            .collect()
    }

    proptest::proptest! {
        #[test]
        fn unmatched_agrees_with_scanning(
            a in proptest::collection::vec(0u8..6, 0..40),
            b in proptest::collection::vec(0u8..6, 0..40),
        ) {
            let numbers = |v: &[u8]| -> Vec<Number> {
                v.iter()
                    .map(|&x| Number { value: f64::from(x) / 2.0, text: x.to_string(), span: 0..0 })
                    .collect()
            };
            let (a, b) = (numbers(&a), numbers(&b));
            let fast: Vec<f64> = unmatched(&a, &b).iter().map(|n| n.value).collect();
            proptest::prop_assert_eq!(fast, unmatched_by_scanning(&a, &b));
        }
    }

    fn values(text: &str) -> Vec<f64> {
        numbers(&Text::new(text))
            .into_iter()
            .map(|n| n.value)
            .collect()
    }

    #[test]
    fn a_value_written_more_often_on_one_side_is_not_absent_from_the_other() {
        let (a, b) = (
            numbers(&Text::new("by fifty in a cave, seven men")),
            numbers(&Text::new("fifty by fifty, fifty more, eight men")),
        );
        let values = |v: Vec<Number>| v.into_iter().map(|n| n.value).collect::<Vec<_>>();
        assert_eq!(values(absent(&a, &b)), [7.0]);
        assert_eq!(values(absent(&b, &a)), [8.0]);
        assert_eq!(values(unmatched(&b, &a)), [50.0, 50.0, 8.0]);
    }

    #[test]
    fn both_and_its_kin_say_two_without_a_numeral() {
        // The King James's "These both" is Reina-Valera's "Estos dos"; "twain" is a numeral.
        assert!(says_two_in_words(&Text::new("These both were cast alive")));
        assert!(says_two_in_words(&Text::new("cerró la puerta sobre Ambos")));
        assert!(!says_two_in_words(&Text::new(
            "shut the door upon them twain"
        )));
        assert!(!says_two_in_words(&Text::new("Estos dos fueron lanzados")));
    }

    fn differ(a: &str, b: &str) -> bool {
        let (x, y) = (numbers(&Text::new(a)), numbers(&Text::new(b)));
        !unmatched(&x, &y).is_empty() || !unmatched(&y, &x).is_empty()
    }

    #[test]
    fn digits_words_and_scales() {
        assert_eq!(
            values("12 twelve 1,000 2.5 3rd"),
            [12.0, 12.0, 1000.0, 2.5, 3.0]
        );
        assert_eq!(values("$300 million and twenty five"), [3e8, 25.0]);
    }

    #[test]
    fn same_values_in_other_spellings_are_not_drift() {
        assert!(!differ("twelve people", "12 people"));
        assert!(!differ("1,000 troops", "1000 troops"));
        assert!(!differ("$300 million", "300 million dollars"));
        assert!(!differ("this Sunday (12)", "on Sunday 12"));
    }

    #[test]
    fn changed_values_are_drift() {
        assert!(differ("5 lb", "6 lb"));
        assert!(differ("three weeks ago", "two weeks ago"));
        assert!(differ("on Sunday (12)", "on Sunday"));
    }

    #[test]
    fn older_spellings_of_numbers_have_their_values() {
        assert_eq!(values("an hundred and twenty years"), [120.0]);
        assert_eq!(values("three hundred sixty and five years"), [365.0]);
        assert_eq!(values("five and twenty cubits"), [25.0]);
        assert_eq!(
            values("threescore and ten, fourscore and six"),
            [70.0, 86.0]
        );
        // Numbers 1:27's Judah, as the King James counts it and Reina-Valera writes it.
        assert_eq!(
            values("threescore and fourteen thousand and six hundred"),
            [74600.0]
        );
        assert_eq!(values("fourscore and seventeen years"), [97.0]);
        // Numbers 1:46 and 2:32; 1 Chronicles 22:14's "a thousand thousand talents".
        assert_eq!(
            values("six hundred thousand and three thousand and five hundred and fifty"),
            [603_550.0]
        );
        assert_eq!(
            values("an hundred thousand and fifty and one thousand and four hundred and fifty"),
            [151_450.0]
        );
        assert_eq!(values("a thousand thousand talents of silver"), [1e6]);
        // "The" before a scale word in the singular is "one": Genesis 8:3's "ciento y
        // cincuenta", Revelation 20's "los mil años".
        assert_eq!(
            values("after the end of the hundred and fifty days"),
            [150.0]
        );
        assert_eq!(values("till the thousand years were fulfilled"), [1000.0]);
        assert!(values("the thousands of Israel, the hundreds").is_empty());
        // How many times, multiples and the old two: "tres veces", "cuatro tantos", "los dos".
        assert_eq!(
            values("deny me thrice, before the cock crow twice"),
            [3.0, 2.0]
        );
        assert_eq!(
            values("restore the lamb fourfold, an hundredfold, sevenfold"),
            [4.0, 100.0, 7.0]
        );
        assert_eq!(values("whether of the twain, a twoedged sword"), [2.0, 2.0]);
        assert!(values("manifold mercies, the fold of the sheep").is_empty());
        // Genesis's false alarms against Reina-Valera: "seiscientos y uno", "por amor de los
        // veinte", "de siete en siete".
        assert_eq!(
            values("in the six hundredth and first year, the six hundredth year"),
            [601.0, 600.0]
        );
        assert_eq!(values("for twenty’s sake, for forty's sake"), [20.0, 40.0]);
        assert!(values("every one’s own way").is_empty());
        assert_eq!(values("by sevens, by twos"), [7.0, 2.0]);
        assert_eq!(values("a thousand seven hundred and seventy"), [1770.0]);
        assert_eq!(values("two hundred thousand"), [200_000.0]);
        assert_eq!(values("twenty and fourteen"), [20.0, 14.0]);
        assert_eq!(
            values("a thousand men, two hundred and fifty"),
            [1000.0, 250.0]
        );
        assert!(!differ("an hundred years", "one hundred years"));
        assert!(!differ("sixty and five years", "sixty-five years"));
        // "and" between numbers that do not make one stays two numbers.
        assert_eq!(values("seven and eight"), [7.0, 8.0]);
        assert_eq!(values("twenty and thirty"), [20.0, 30.0]);
        assert!(values("a dog and a cat").is_empty());
    }

    #[test]
    fn a_date_is_one_value_however_it_is_written() {
        for a in [
            "on 2021-12-13 it",
            "on December 13, 2021 it",
            "on 13 December 2021 it",
            "on Dec 13, 2021",
        ] {
            for b in [
                "on 2021-12-13 it",
                "on December 13th, 2021 it",
                "on 13th December 2021 it",
            ] {
                assert!(!differ(a, b), "{a} / {b}");
            }
        }
        assert!(differ("on December 13, 2021", "on December 8, 2021"));
        assert!(differ("in December 2021", "in November 2021"));
        assert_eq!(values("on 2021-12-13"), [20211213.0]);
        // Not dates: a bare year stays a number, "May" in a question is no month.
        assert_eq!(values("in 2021 we met"), [2021.0]);
        assert_eq!(values("May 3 people come?"), [3.0]);
    }

    #[test]
    fn a_date_is_one_value_in_every_language_s_words() {
        let in_lang = |text: &str, code: &str| -> Vec<f64> {
            let n = super::super::for_language(crate::text::Language::from_code(code))
                .unwrap_or(&ENGLISH);
            numbers_in(&Text::new(text), n)
                .into_iter()
                .map(|x| x.value)
                .collect()
        };
        let day = [20_211_213.0];
        assert_eq!(in_lang("The talks began on December 13, 2021.", "en"), day);
        assert_eq!(
            in_lang(
                "Las conversaciones empezaron el 13 de diciembre de 2021.",
                "es"
            ),
            day
        );
        assert_eq!(
            in_lang("Die Gespräche begannen am 13. Dezember 2021.", "de"),
            day
        );
        assert_eq!(
            in_lang("As conversas começaram em 13 de dezembro de 2021.", "pt"),
            day
        );
        assert_eq!(
            in_lang("I colloqui sono iniziati il 13 dicembre 2021.", "it"),
            day
        );
        let month = [20_220_900.0];
        assert_eq!(in_lang("It was in September 2022.", "en"), month);
        assert_eq!(in_lang("Fue en septiembre de 2022.", "es"), month);
        assert_eq!(in_lang("Es war im März 2022.", "de"), [20_220_300.0]);
        // A day and month with no year: the day is a number, the month is not.
        assert_eq!(in_lang("Llegó el 5 de mayo.", "es"), [5.0]);
    }

    #[test]
    fn french_numbers_are_read_by_twenties() {
        let fr = super::super::for_language(crate::text::Language::from_code("fr")).unwrap();
        let values = |text: &str| -> Vec<f64> {
            numbers_in(&Text::new(text), fr)
                .into_iter()
                .map(|x| x.value)
                .collect()
        };
        assert_eq!(
            values("Il vécut quatre-vingt-dix-sept ans et soixante et onze jours."),
            [97.0, 71.0]
        );
        assert_eq!(
            values("Cent vingt hommes et deux cents femmes."),
            [120.0, 200.0]
        );
        assert_eq!(
            values("Trois millions d'habitants, dix-huit villes."),
            [3e6, 18.0]
        );
        assert_eq!(values("Un homme vint avec une lettre."), [] as [f64; 0]);
        assert_eq!(
            values("Une liste séparée par des deux-points, vingt-deux chats et des mille-pattes."),
            [22.0]
        );
        assert_eq!(
            values("Environ 40.000 soldats et 2,5 millions d'euros."),
            [40_000.0, 2.5e6]
        );
        // Thousands set apart by a space, plain, no-break or thin; other groups stay apart.
        assert_eq!(
            values("Environ 1 200 personnes, 40\u{a0}000 soldats, 1\u{202f}250\u{a0}000 euros."),
            [1200.0, 40_000.0, 1_250_000.0]
        );
        assert_eq!(
            values("En 2021 200 personnes, les chapitres 3 4."),
            [2021.0, 200.0, 3.0, 4.0]
        );
    }

    proptest::proptest! {
        /// The quick check never hides a number the full reading finds, in any language's
        /// numerals: texts of number words, scale words, months, digits and their neighbours.
        #[test]
        fn the_quick_check_never_hides_a_number(
            parts in proptest::collection::vec(proptest::sample::select(vec![
                "seven", "Twenty", "five", "hundred", "an", "a", "and", "thirtieth", "fourscore",
                "score", "December", "Dezember", "diciembre", "de", "13", "2021", "1,000", "3.", "40.000",
                "mil", "cent", "ciento", "veinte", "zwölf", "und", "vingt", "quatre", "dix-sept", "soixante",
                "et", "onze", "milhões", "миллионов", "万", "million", "first", "zero", "the", "--one",
                "x2", "-", ",", ".", " ", "(1)", "www.a1.org",
            ]), 0..10),
            code in proptest::sample::select(vec!["en", "es", "de", "pt", "it", "fr", "ru", "el", "ar", "zh"]),
        ) {
            let text = parts.join(" ");
            let n = super::super::for_language(crate::text::Language::from_code(code))
                .unwrap_or(&ENGLISH);
            let t = Text::new(&text);
            if !read_numbers(&t, n).is_empty() {
                proptest::prop_assert!(may_hold_a_number(&t, n), "{:?} in {}", text, code);
            }
        }
    }

    #[test]
    fn numbers_are_read_in_the_document_s_language() {
        let in_lang = |text: &str, n: &Numerals| -> Vec<f64> {
            numbers_in(&Text::new(text), n)
                .into_iter()
                .map(|x| x.value)
                .collect()
        };
        let es = super::super::for_language(Some(crate::text::Language::SPANISH)).unwrap();
        let de = super::super::for_language(Some(crate::text::Language::GERMAN)).unwrap();
        // A tenth part and the tithe are tenths; the old "nuevecientos" is 900; "y" joins
        // number words only across spaces.
        assert_eq!(
            in_lang(
                "será de dos décimas de flor, y el diezmo de los diezmos",
                es
            ),
            [2.0, 10.0, 10.0, 10.0]
        );
        assert_eq!(in_lang("tenía nuevecientos carros herrados", es), [900.0]);
        assert_eq!(in_lang("una décima; Y un macho cabrío", es), [10.0]);
        assert_eq!(in_lang("diez y ocho mil", es), [18000.0]);
        // Numbers 1:46's count; "cientos" alone is "hundreds", no number; "el tercio" a third.
        assert_eq!(
            in_lang(
                "Fueron todos los contados seiscientos tres mil quinientos y cincuenta.",
                es
            ),
            [603_550.0]
        );
        assert!(in_lang("jefes de millares, y jefes de cientos", es).is_empty());
        assert_eq!(
            in_lang("cuatro cientos, el tercio de un hin", es),
            [400.0, 3.0]
        );
        assert!(in_lang("Yo Tercio, que escribí la epístola", es).is_empty());
        // Ordinals joined into one word, as 1 Chronicles 24 counts its lots; a word that only
        // starts like one is none.
        assert_eq!(
            in_lang(
                "La décimatercia por Uppa, la vigésimaprima por Jachim, al vigésimoprimero",
                es
            ),
            [13.0, 21.0, 21.0]
        );
        assert!(in_lang("decimalmente, las tertulias de Valencia", es).is_empty());
        assert_eq!(values("I give tithes of all that I possess"), [10.0]);
        assert_eq!(values("threescore and ten"), [70.0]);
        assert_eq!(values("threescore; and ten"), [60.0, 10.0]);
        assert_eq!(
            in_lang("Vivió ciento veinte años y doce días.", es),
            [120.0, 12.0]
        );
        assert_eq!(
            in_lang("Fueron novecientos treinta y dos años.", es),
            [932.0]
        );
        assert_eq!(in_lang("Tenía doscientos mil siervos.", es), [200_000.0]);
        // Reina-Valera's old teens and feminine hundreds, its ordinals past the tenth (each a
        // false alarm against the King James before they were read).
        assert_eq!(in_lang("hirió diez y ocho mil hombres", es), [18_000.0]);
        assert_eq!(
            in_lang("mil quinientos treinta y dos; tres mil doscientos", es),
            [1_532.0, 3_200.0]
        );
        assert_eq!(
            in_lang("cuatro mil y quinientas cañas, y doscientas ovejas", es),
            [4_500.0, 200.0]
        );
        assert_eq!(
            in_lang("el undécimo año, el mes duodécimo", es),
            [11.0, 12.0]
        );
        assert_eq!(
            in_lang("al décimotercio año; en el año décimocuarto", es),
            [13.0, 14.0]
        );
        // Today's spelling, the feminine, and the tens' vowel elided before "octavo".
        assert_eq!(
            in_lang(
                "decimotercero, la decimonovena, Décimoctavo, decimoséptima",
                es
            ),
            [13.0, 19.0, 18.0, 17.0]
        );
        // "diez y" before no unit stays two numbers.
        assert_eq!(in_lang("diez y veinte", es), [10.0, 20.0]);
        assert_eq!(in_lang("Una casa tenía veintidós puertas.", es), [22.0]);
        assert_eq!(
            in_lang("Er war zweiundzwanzig Jahre und zwölf Tage alt.", de),
            [22.0, 12.0]
        );
        assert_eq!(in_lang("Ein Mann kam mit hundert Schafen.", de), [100.0]);
        // Spanish and German write thousands with a full stop, decimals with a comma.
        assert_eq!(
            in_lang("Unos 40.000 coches, 2,5 millones de euros, el 3.16.", es),
            [40_000.0, 2_500_000.0, 3.16]
        );
        assert_eq!(in_lang("Es kostet 1.250.000 Euro.", de), [1_250_000.0]);
        let pt = super::super::for_language(crate::text::Language::from_code("pt")).unwrap();
        let it = super::super::for_language(crate::text::Language::from_code("it")).unwrap();
        assert_eq!(
            in_lang("Viveu novecentos e trinta e dois anos e doze dias.", pt),
            [932.0, 12.0]
        );
        assert_eq!(
            in_lang("Custa 2,5 milhões; trezentos mil.", pt),
            [2_500_000.0, 300_000.0]
        );
        assert_eq!(
            in_lang("Visse ventitré anni, trentotto giorni e dodici ore.", it),
            [23.0, 38.0, 12.0]
        );
        assert_eq!(
            in_lang("Erano duecento uomini e ventuno donne.", it),
            [200.0, 21.0]
        );
        // English words mean nothing in Spanish tables, and the reverse.
        assert_eq!(in_lang("He lived twelve years.", es), Vec::<f64>::new());
        assert_eq!(values("Vivió doce años."), Vec::<f64>::new());
    }

    #[test]
    fn ordinals_are_read_by_rule() {
        assert!(!differ("the thirteenth year", "the 13th year"));
        assert!(!differ("the seventieth week", "the 70th week"));
        assert!(!differ("the thousandth part", "the 1000th part"));
        assert!(!differ("the fourteenth day", "day 14"));
        assert!(differ("the fourteenth day", "the fifteenth day"));
        assert_eq!(values("the twelfth and the fifth"), [12.0, 5.0]);
    }

    #[test]
    fn scale_words_apply_in_languages_whose_spelled_numbers_are_not_read() {
        let in_lang = |text: &str, code: &str| -> Vec<f64> {
            let n = super::super::for_language(crate::text::Language::from_code(code)).unwrap();
            numbers_in(&Text::new(text), n)
                .into_iter()
                .map(|x| x.value)
                .collect()
        };
        assert_eq!(in_lang("бюджет в 40 миллионов", "ru"), [4e7]);
        assert_eq!(in_lang("των 40 εκατομμυρίων", "el"), [4e7]);
        assert_eq!(in_lang("البالغة 40 مليون", "ar"), [4e7]);
        assert_eq!(in_lang("批准了4000万的预算", "zh"), [4e7]);
        assert_eq!(in_lang("2,5 млн рублей", "ru"), [2.5e6]);
    }

    #[test]
    fn a_scale_word_after_other_marks_is_no_scale() {
        assert_eq!(values("defaults to ln=32:bn=32:se=36"), [32.0, 32.0, 36.0]);
        assert_eq!(values("even two-hundred fifty"), [250.0]);
    }

    #[test]
    fn options_and_manual_sections_are_names_not_numbers() {
        assert_eq!(
            values("--zero ends each line with NUL, -one prints one name a line"),
            [] as [f64; 0]
        );
        assert_eq!(values("See dircolors(1) and ls(1) for 2 more."), [2.0]);
        // A minus sign before a number is no option.
        assert_eq!(
            values("It fell to -5 degrees, a drop of 12-13 points."),
            [5.0, 12.0, 13.0]
        );
    }

    #[test]
    fn digits_in_addresses_are_not_numbers_and_lists_are_several() {
        assert_eq!(
            values("See https://www.cnn.com/2021/12/12/world/index.html now."),
            Vec::<f64>::new()
        );
        assert_eq!(
            values("Write to team2021@example.org today."),
            Vec::<f64>::new()
        );
        assert_eq!(
            values("Copyright 2000,2001,2002 the authors."),
            [2000.0, 2001.0, 2002.0]
        );
        assert_eq!(values("It cost 1,000,000 dollars."), [1e6]);
        assert_eq!(values("It cost 1,500 dollars."), [1500.0]);
    }

    #[test]
    fn a_number_inside_a_compound_is_found() {
        assert!(inside_a_word("first", "the firstfruits of the land"));
        assert!(!inside_a_word("first", "the first fruits"));
    }

    #[test]
    fn one_as_a_pronoun_is_not_a_number() {
        assert!(values("the likelihood of one").is_empty());
        assert_eq!(values("one million"), [1e6]);
    }
}
