//! Volume sizes as LINSTOR users write them (tables show them with
//! [`crate::protocol::linstor_size::format_kib`], shared with the sandbox).
//!
//! `parse_kib` accepts `20MiB`, `20 MiB`, `1G`, `100MB`, `3S` (512-byte sectors) and a bare
//! number, which means KiB like the controller's `size_kib` fields. Units are case-insensitive:
//! `K/M/G/T/P` and `KiB/MiB/…` are binary, `kB/MB/GB/TB/PB` decimal. Decimals (`1.5GiB`) are an
//! extension over python-linstor, which refuses them. The result is rounded up to whole KiB,
//! as python-linstor's `convert_round_up` does, but with integer arithmetic.

use crate::error::{Error, Result};

const UNITS: &[(&str, u128)] = &[
    ("b", 1),
    ("s", 512),
    ("k", 1 << 10),
    ("kib", 1 << 10),
    ("kb", 1_000),
    ("m", 1 << 20),
    ("mib", 1 << 20),
    ("mb", 1_000_000),
    ("g", 1 << 30),
    ("gib", 1 << 30),
    ("gb", 1_000_000_000),
    ("t", 1 << 40),
    ("tib", 1 << 40),
    ("tb", 1_000_000_000_000),
    ("p", 1 << 50),
    ("pib", 1 << 50),
    ("pb", 1_000_000_000_000_000),
];

const UNIT_HINT: &str = "write a whole or decimal number with one of the units B, S, K, kB, KiB, M, MB, MiB, G, GB, GiB, T, TB, TiB, P, PB, PiB (a bare number is KiB), e.g. `20MiB`";

/// Parses a size string into KiB, rounding up. Zero is refused: no LINSTOR volume can be empty.
pub fn parse_kib(input: &str) -> Result<u64> {
    let text = input.trim();
    let number_end = text.find(|c: char| !(c.is_ascii_digit() || c == '.')).unwrap_or(text.len());
    let (number, unit) = text.split_at(number_end);
    let unit = unit.trim_start();
    let bad = |why: String| Error::usage(format!("invalid size `{input}`: {why}")).hint(UNIT_HINT);

    let (whole, fraction) = number.split_once('.').unwrap_or((number, ""));
    if whole.is_empty() || fraction.contains('.') || (number.contains('.') && fraction.is_empty()) {
        return Err(bad("expected a number such as `20` or `1.5`".into()));
    }
    let multiplier = if unit.is_empty() {
        1024
    } else {
        UNITS
            .iter()
            .find(|(name, _)| name.eq_ignore_ascii_case(unit))
            .map(|(_, bytes)| *bytes)
            .ok_or_else(|| bad(format!("unknown unit `{unit}`")))?
    };

    let too_large = || bad("the size is too large".into());
    let whole: u128 = whole.parse().map_err(|_| too_large())?;
    let mut bytes = whole.checked_mul(multiplier).ok_or_else(too_large)?;
    if !fraction.is_empty() {
        let digits = u32::try_from(fraction.len()).map_err(|_| too_large())?;
        let scale = 10u128.checked_pow(digits).ok_or_else(too_large)?;
        let fraction: u128 = fraction.parse().map_err(|_| too_large())?;
        bytes += (fraction * multiplier).div_ceil(scale);
    }
    let kib = u64::try_from(bytes.div_ceil(1024)).map_err(|_| too_large())?;
    if kib == 0 {
        return Err(bad("the size must be greater than zero".into()));
    }
    Ok(kib)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_the_spellings_users_write() -> Result<()> {
        assert_eq!(parse_kib("20MiB")?, 20480);
        assert_eq!(parse_kib("20 MiB")?, 20480);
        assert_eq!(parse_kib("20mib")?, 20480);
        assert_eq!(parse_kib("1G")?, 1_048_576);
        assert_eq!(parse_kib("10240")?, 10240);
        assert_eq!(parse_kib("1.5GiB")?, 1_572_864);
        assert_eq!(parse_kib("100MB")?, 97657);
        assert_eq!(parse_kib("3S")?, 2);
        assert_eq!(parse_kib("1B")?, 1);
        Ok(())
    }

    #[test]
    fn refuses_bad_input_with_the_reason() {
        for (input, why) in [
            ("20 furlongs", "unknown unit `furlongs`"),
            ("MiB", "expected a number"),
            ("1..5G", "expected a number"),
            ("0", "greater than zero"),
            ("", "expected a number"),
            ("99999999999999999999P", "too large"),
        ] {
            let message = parse_kib(input).map_err(|e| e.to_string()).err();
            assert!(message.as_deref().is_some_and(|m| m.contains(why)), "{input}: {message:?}");
        }
    }
}
