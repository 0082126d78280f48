//! Why a read or a write failed, in the words of a one-line message.

/// The operating system's reason without its error number, in lower case: "permission
/// denied", not "Permission denied (os error 13)". The error is kept as a field of the
/// messages' types, not as their `source`: a source is printed again after the message by
/// every chain printer (anyhow's `{:#}`), so the reason read twice.
pub(crate) fn io_reason(e: &std::io::Error) -> String {
    let text = e.to_string();
    let text = match (e.raw_os_error(), text.rfind(" (os error ")) {
        (Some(_), Some(at)) => &text[..at],
        _ => &text,
    };
    let mut chars = text.chars();
    match chars.next() {
        Some(first) if chars.clone().next().is_some_and(char::is_lowercase) => {
            first.to_lowercase().chain(chars).collect()
        }
        _ => text.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_reason_reads_once_without_its_number() {
        let denied = std::io::Error::from_raw_os_error(13);
        assert_eq!(io_reason(&denied), "permission denied");
        let custom = std::io::Error::other("EOF inside a quotation");
        assert_eq!(io_reason(&custom), "EOF inside a quotation");
    }
}
