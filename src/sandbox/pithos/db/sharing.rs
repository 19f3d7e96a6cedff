//! Per-path sharing (read and write principals) and public links.

use rusqlite::{Connection, OptionalExtension, params};
use serde::{Deserialize, Serialize};

use super::DbResult;
use crate::sandbox::Fault;

/// Read and write principals of a path: uuids, `account:group`, or `*`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sharing {
    pub read: Vec<String>,
    pub write: Vec<String>,
}

impl Sharing {
    pub fn is_empty(&self) -> bool {
        self.read.is_empty() && self.write.is_empty()
    }

    /// The `X-Object-Sharing` form: `read=a,b; write=c`.
    pub fn header(&self) -> String {
        let mut parts = Vec::new();
        if !self.read.is_empty() {
            parts.push(format!("read={}", self.read.join(",")));
        }
        if !self.write.is_empty() {
            parts.push(format!("write={}", self.write.join(",")));
        }
        parts.join("; ")
    }

    /// Parses `read=a,b;write=c` like Pithos: spaces removed, lower-cased, and a principal
    /// in both lists kept only in `write`.
    pub fn parse(header: &str) -> DbResult<Sharing> {
        let cleaned: String = header.chars().filter(|c| !c.is_whitespace()).collect();
        let mut sharing = Sharing::default();
        for part in cleaned.split(';').filter(|p| !p.is_empty()) {
            let (list, members) = if let Some(rest) = part.strip_prefix("read=") {
                (&mut sharing.read, rest)
            } else if let Some(rest) = part.strip_prefix("write=") {
                (&mut sharing.write, rest)
            } else {
                return Err(Fault::bad_request(format!("bad X-Object-Sharing part `{part}`")));
            };
            list.extend(members.split(',').filter(|m| !m.is_empty()).map(str::to_lowercase));
        }
        let write = sharing.write.clone();
        sharing.read.retain(|member| !write.contains(member));
        Ok(sharing)
    }
}

pub fn get_sharing(
    conn: &Connection,
    account: &str,
    container: &str,
    name: &str,
) -> DbResult<Option<Sharing>> {
    let row = conn
        .query_row(
            "SELECT read, write FROM pithos_sharing WHERE account = ?1 AND container = ?2 AND name = ?3",
            [account, container, name],
            |row| Ok((row.get::<_, String>(0)?, row.get::<_, String>(1)?)),
        )
        .optional()?;
    Ok(row.map(|(read, write)| Sharing {
        read: read.split(',').filter(|s| !s.is_empty()).map(str::to_string).collect(),
        write: write.split(',').filter(|s| !s.is_empty()).map(str::to_string).collect(),
    }))
}

pub fn set_sharing(
    conn: &Connection,
    account: &str,
    container: &str,
    name: &str,
    sharing: &Sharing,
) -> DbResult<()> {
    if sharing.is_empty() {
        conn.execute(
            "DELETE FROM pithos_sharing WHERE account = ?1 AND container = ?2 AND name = ?3",
            [account, container, name],
        )?;
    } else {
        conn.execute(
            "INSERT INTO pithos_sharing (account, container, name, read, write) VALUES (?1, ?2, ?3, ?4, ?5)
             ON CONFLICT (account, container, name) DO UPDATE SET read = ?4, write = ?5",
            params![account, container, name, sharing.read.join(","), sharing.write.join(",")],
        )?;
    }
    Ok(())
}

/// Every shared path of an account: (container, name, sharing).
pub fn list_sharing(conn: &Connection, account: &str) -> DbResult<Vec<(String, String, Sharing)>> {
    let mut stmt = conn.prepare(
        "SELECT container, name, read, write FROM pithos_sharing WHERE account = ?1 ORDER BY container, name",
    )?;
    let rows = stmt.query_map([account], |row| {
        Ok((
            row.get::<_, String>(0)?,
            row.get::<_, String>(1)?,
            row.get::<_, String>(2)?,
            row.get::<_, String>(3)?,
        ))
    })?;
    let mut shared = Vec::new();
    for row in rows {
        let (container, name, read, write) = row?;
        let split = |s: &str| s.split(',').filter(|m| !m.is_empty()).map(str::to_string).collect();
        shared.push((container, name, Sharing { read: split(&read), write: split(&write) }));
    }
    Ok(shared)
}

/// Accounts other than `user` with at least one shared path.
pub fn sharing_accounts(conn: &Connection) -> DbResult<Vec<String>> {
    let mut stmt = conn.prepare("SELECT DISTINCT account FROM pithos_sharing ORDER BY account")?;
    let rows = stmt.query_map([], |row| row.get::<_, String>(0))?;
    Ok(rows.collect::<Result<_, _>>()?)
}

pub fn get_public(conn: &Connection, account: &str, container: &str, name: &str) -> DbResult<Option<String>> {
    Ok(conn
        .query_row(
            "SELECT token FROM pithos_public WHERE account = ?1 AND container = ?2 AND name = ?3",
            [account, container, name],
            |row| row.get(0),
        )
        .optional()?)
}

/// Publishes a path (keeping an existing token) or unpublishes it.
pub fn set_public(
    conn: &Connection,
    account: &str,
    container: &str,
    name: &str,
    public: bool,
) -> DbResult<()> {
    if !public {
        conn.execute(
            "DELETE FROM pithos_public WHERE account = ?1 AND container = ?2 AND name = ?3",
            [account, container, name],
        )?;
    } else if get_public(conn, account, container, name)?.is_none() {
        use rand::Rng;
        let token: String =
            rand::rng().sample_iter(&rand::distr::Alphanumeric).take(16).map(char::from).collect();
        conn.execute(
            "INSERT INTO pithos_public (account, container, name, token) VALUES (?1, ?2, ?3, ?4)",
            [account, container, name, &token],
        )?;
    }
    Ok(())
}

/// The path a public token points at.
pub fn resolve_public(conn: &Connection, token: &str) -> DbResult<(String, String, String)> {
    conn.query_row("SELECT account, container, name FROM pithos_public WHERE token = ?1", [token], |row| {
        Ok((row.get(0)?, row.get(1)?, row.get(2)?))
    })
    .optional()?
    .ok_or_else(|| Fault::not_found("no such public object"))
}

/// Public paths of an account's container.
pub fn public_names(conn: &Connection, account: &str, container: &str) -> DbResult<Vec<String>> {
    let mut stmt = conn.prepare("SELECT name FROM pithos_public WHERE account = ?1 AND container = ?2")?;
    let rows = stmt.query_map([account, container], |row| row.get::<_, String>(0))?;
    Ok(rows.collect::<Result<_, _>>()?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sharing_header_round_trip() {
        let sharing = Sharing::parse("read=A, b;write=b").expect("parse");
        assert_eq!(sharing.read, vec!["a"]);
        assert_eq!(sharing.header(), "read=a; write=b");
        assert!(Sharing::parse("view=a").is_err());
    }
}
