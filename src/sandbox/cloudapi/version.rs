//! CloudAPI version negotiation: clients send a semver range in
//! `Accept-Version` (or `X-Api-Version`), the server answers with the highest
//! version it serves that satisfies it.

/// A served API version.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct ApiVersion {
    pub major: u64,
    pub minor: u64,
}

impl ApiVersion {
    /// 6.5 is the datasets era: packages without ids, machines with `dataset`.
    pub fn is_65(self) -> bool {
        self.major == 6
    }

    /// Exactly 7.0 omits `networks` from machine objects.
    pub fn is_70(self) -> bool {
        self.major == 7 && self.minor == 0
    }
}

impl std::fmt::Display for ApiVersion {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}.{}.0", self.major, self.minor)
    }
}

/// The versions the sandbox serves, newest first.
pub(super) const SERVED: [ApiVersion; 7] = [
    ApiVersion { major: 9, minor: 0 },
    ApiVersion { major: 8, minor: 0 },
    ApiVersion { major: 7, minor: 3 },
    ApiVersion { major: 7, minor: 2 },
    ApiVersion { major: 7, minor: 1 },
    ApiVersion { major: 7, minor: 0 },
    ApiVersion { major: 6, minor: 5 },
];

/// Picks the served version for a requested range such as `~9||~8`, `~7.2`,
/// `7.0`, `^8` or `*`. `None` when nothing satisfies it.
pub(super) fn negotiate(requested: Option<&str>) -> Option<ApiVersion> {
    let requested = requested.map(str::trim).filter(|r| !r.is_empty());
    let Some(requested) = requested else {
        return Some(SERVED[0]);
    };
    SERVED.into_iter().find(|served| requested.split("||").any(|range| satisfies(*served, range.trim())))
}

fn satisfies(version: ApiVersion, range: &str) -> bool {
    if range == "*" || range == "x" {
        return true;
    }
    let (caret, bare) = match range.strip_prefix('^') {
        Some(rest) => (true, rest),
        None => (false, range.trim_start_matches(['~', '='])),
    };
    let mut parts = bare.split('.');
    let Some(Ok(major)) = parts.next().map(str::parse::<u64>) else {
        return false;
    };
    let minor = parts.next().and_then(|p| p.parse::<u64>().ok());
    if version.major != major {
        return false;
    }
    match minor {
        None => true,
        Some(minor) if caret => version.minor >= minor,
        Some(minor) => version.minor == minor,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn picks_the_highest_satisfying_version() {
        let v = |major, minor| Some(ApiVersion { major, minor });
        assert_eq!(negotiate(None), v(9, 0));
        assert_eq!(negotiate(Some("~9||~8")), v(9, 0));
        assert_eq!(negotiate(Some("~8")), v(8, 0));
        assert_eq!(negotiate(Some("~7.2")), v(7, 2));
        assert_eq!(negotiate(Some("7.0")), v(7, 0));
        assert_eq!(negotiate(Some("~7")), v(7, 3));
        assert_eq!(negotiate(Some("~6.5")), v(6, 5));
        assert_eq!(negotiate(Some("^7.1")), v(7, 3));
        assert_eq!(negotiate(Some("*")), v(9, 0));
        assert_eq!(negotiate(Some("~5")), None);
        assert_eq!(negotiate(Some("banana")), None);
    }
}
