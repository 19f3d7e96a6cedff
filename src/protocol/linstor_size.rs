//! Volume sizes as LINSTOR tables and messages show them, shared by the client's tables
//! and the sandbox controller's messages.

/// Renders KiB like linstor-client: the largest unit with a value of at least 1, whole numbers
/// without decimals (`20 MiB`), others with two (`20.01 MiB`).
pub fn format_kib(kib: u64) -> String {
    const NAMES: [&str; 5] = ["KiB", "MiB", "GiB", "TiB", "PiB"];
    let mut unit = 0;
    let mut divisor: u64 = 1;
    while unit + 1 < NAMES.len() && kib / (divisor * 1024) >= 1 {
        divisor *= 1024;
        unit += 1;
    }
    if kib.is_multiple_of(divisor) {
        format!("{} {}", kib / divisor, NAMES[unit])
    } else {
        format!("{:.2} {}", kib as f64 / divisor as f64, NAMES[unit])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_like_linstor_client() {
        assert_eq!(format_kib(20480), "20 MiB");
        assert_eq!(format_kib(20488), "20.01 MiB");
        assert_eq!(format_kib(1_572_864), "1.50 GiB");
        assert_eq!(format_kib(512), "512 KiB");
        assert_eq!(format_kib(10 * 1024 * 1024), "10 GiB");
    }
}
