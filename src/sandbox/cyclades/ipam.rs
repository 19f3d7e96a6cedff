//! IPv4 address management for the sandbox networks: CIDR parsing, allocation pools, MACs.

use std::net::Ipv4Addr;

/// An IPv4 subnet such as `10.0.0.0/24`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Ipv4Cidr {
    network: u32,
    prefix: u8,
}

impl Ipv4Cidr {
    /// Parses `A.B.C.D/N`; the host bits must be zero and the prefix leave room for hosts.
    pub fn parse(text: &str) -> Result<Ipv4Cidr, String> {
        let (address, prefix) =
            text.split_once('/').ok_or_else(|| format!("`{text}` is not a CIDR (expected `A.B.C.D/N`)"))?;
        let address: Ipv4Addr =
            address.parse().map_err(|_| format!("`{address}` in `{text}` is not an IPv4 address"))?;
        let prefix: u8 =
            prefix.parse().map_err(|_| format!("`{prefix}` in `{text}` is not a prefix length"))?;
        if !(8..=29).contains(&prefix) {
            return Err(format!("prefix length of `{text}` must be between 8 and 29"));
        }
        let network = u32::from(address);
        let cidr = Ipv4Cidr { network, prefix };
        if network & !cidr.mask() != 0 {
            let base = Ipv4Addr::from(network & cidr.mask());
            return Err(format!("`{text}` has host bits set (did you mean `{base}/{prefix}`?)"));
        }
        Ok(cidr)
    }

    fn mask(self) -> u32 {
        u32::MAX << (32 - u32::from(self.prefix))
    }

    fn broadcast(self) -> u32 {
        self.network | !self.mask()
    }

    pub fn contains(self, address: Ipv4Addr) -> bool {
        u32::from(address) & self.mask() == self.network
    }

    /// The conventional gateway: the first host address.
    pub fn first_host(self) -> Ipv4Addr {
        Ipv4Addr::from(self.network + 1)
    }

    /// The last usable host address (the one before broadcast).
    pub fn last_host(self) -> Ipv4Addr {
        Ipv4Addr::from(self.broadcast() - 1)
    }
}

impl std::fmt::Display for Ipv4Cidr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}/{}", Ipv4Addr::from(self.network), self.prefix)
    }
}

/// The first address in `start..=end` that `taken` does not hold.
pub fn first_free(start: Ipv4Addr, end: Ipv4Addr, taken: &[Ipv4Addr]) -> Option<Ipv4Addr> {
    (u32::from(start)..=u32::from(end)).map(Ipv4Addr::from).find(|candidate| !taken.contains(candidate))
}

/// A locally administered unicast MAC with Synnefo's `aa:00:00` prefix, unique per port number.
pub fn mac_for_port(port_number: u64) -> String {
    let bytes = port_number.to_be_bytes();
    format!("aa:00:00:{:02x}:{:02x}:{:02x}", bytes[5], bytes[6], bytes[7])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_bounds_a_cidr() {
        let cidr = Ipv4Cidr::parse("10.0.0.0/24").expect("valid");
        assert_eq!(cidr.first_host(), Ipv4Addr::new(10, 0, 0, 1));
        assert_eq!(cidr.last_host(), Ipv4Addr::new(10, 0, 0, 254));
        assert!(cidr.contains(Ipv4Addr::new(10, 0, 0, 77)));
        assert!(!cidr.contains(Ipv4Addr::new(10, 0, 1, 1)));
        assert_eq!(cidr.to_string(), "10.0.0.0/24");
    }

    #[test]
    fn rejects_bad_cidrs_with_a_reason() {
        assert!(Ipv4Cidr::parse("10.0.0.0").expect_err("invalid").contains("not a CIDR"));
        assert!(Ipv4Cidr::parse("10.0.0.300/24").expect_err("invalid").contains("not an IPv4"));
        assert!(Ipv4Cidr::parse("10.0.0.0/33").expect_err("invalid").contains("between 8 and 29"));
        assert!(Ipv4Cidr::parse("10.0.0.5/24").expect_err("invalid").contains("10.0.0.0/24"));
    }

    #[test]
    fn allocates_the_first_free_address() {
        let start = Ipv4Addr::new(10, 0, 0, 2);
        let end = Ipv4Addr::new(10, 0, 0, 4);
        assert_eq!(first_free(start, end, &[start]), Some(Ipv4Addr::new(10, 0, 0, 3)));
        let all = [start, Ipv4Addr::new(10, 0, 0, 3), end];
        assert_eq!(first_free(start, end, &all), None);
    }

    #[test]
    fn macs_differ_per_port() {
        assert_eq!(mac_for_port(1), "aa:00:00:00:00:01");
        assert_ne!(mac_for_port(1), mac_for_port(2));
    }
}
