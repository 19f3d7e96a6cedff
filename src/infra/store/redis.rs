//! The shared state store: Redis, for several kamaki processes on several hosts. Leases are keys
//! with a time to live, taken and released by Lua scripts so that check and set are one step;
//! scaling requests are consumed in a MULTI transaction.
//!
//! Keys, under a prefix (default `kamaki:infra`): `PREFIX:node_def:TYPE` (a list, one entry per
//! version), `PREFIX:infras` (a hash of records), `PREFIX:instances:ID` (a hash by node id),
//! `PREFIX:scaling:ID` (a list of requests) and `PREFIX:lease:ID` (the holder, expiring).

use std::sync::Mutex;
use std::time::Duration;

use redis::{Commands, Connection, Script};
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::{Value, json};

use super::{InfraRecord, Instance, Lease, ScalingRequest, StateStore, StoredNodeDef, now};
use crate::error::{Error, Result};

const DEFAULT_PREFIX: &str = "kamaki:infra";

/// Sets the lease when it is free, expired (gone) or already ours; otherwise returns the holder
/// and its remaining milliseconds.
const ACQUIRE: &str = r"
local holder = redis.call('GET', KEYS[1])
if holder == false or holder == ARGV[1] then
  redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
  return false
end
return {holder, redis.call('PTTL', KEYS[1])}
";

const RELEASE: &str = r"
if redis.call('GET', KEYS[1]) == ARGV[1] then
  return redis.call('DEL', KEYS[1])
end
return 0
";

pub struct RedisStore {
    /// The URL without credentials, for messages.
    shown: String,
    prefix: String,
    conn: Mutex<Connection>,
}

impl RedisStore {
    /// Connects to `redis://HOST:PORT/DB`, optionally followed by `#PREFIX` to namespace the keys.
    pub fn open(location: &str) -> Result<Self> {
        let (url, prefix) = match location.split_once('#') {
            Some((url, prefix)) if !prefix.is_empty() => (url, prefix.to_owned()),
            _ => (location.trim_end_matches('#'), DEFAULT_PREFIX.to_owned()),
        };
        let shown = redact(url);
        let fail = |e: redis::RedisError| {
            Error::general(format!("cannot connect to the Redis state store `{shown}`: {e}"))
                .hint("check that Redis is running there, or drop `--state` to use the local SQLite store")
        };
        let client = redis::Client::open(url).map_err(|e| {
            Error::usage(format!("`{shown}` is not a Redis URL: {e}")).hint("use `redis://HOST:PORT/DB`")
        })?;
        let conn = client.get_connection_with_timeout(Duration::from_secs(5)).map_err(fail)?;
        Ok(Self { shown: shown.clone(), prefix, conn: Mutex::new(conn) })
    }

    fn key(&self, parts: &[&str]) -> String {
        let mut key = self.prefix.clone();
        for part in parts {
            key.push(':');
            key.push_str(part);
        }
        key
    }

    fn with<T>(&self, f: impl FnOnce(&mut Connection) -> redis::RedisResult<T>) -> Result<T> {
        let mut conn = self.conn.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        f(&mut conn).map_err(|e| Error::general(format!("Redis state store `{}`: {e}", self.shown)))
    }
}

/// `redis://user:secret@host/0` → `redis://host/0`: credentials never reach messages.
fn redact(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(scheme), Some(at)) if at > scheme => format!("{}{}", &url[..scheme + 3], &url[at + 1..]),
        _ => url.to_owned(),
    }
}

fn encode<T: Serialize>(value: &T) -> Result<String> {
    serde_json::to_string(value).map_err(|e| Error::general(format!("cannot encode state: {e}")))
}

fn decode<T: DeserializeOwned>(text: &str) -> Result<T> {
    serde_json::from_str(text).map_err(|e| Error::general(format!("unreadable state in Redis: {e}")))
}

impl StateStore for RedisStore {
    fn import_node_def(&self, node_type: &str, implementations: &Value) -> Result<u32> {
        let entry = encode(&json!({"implementations": implementations, "imported_at": now()}))?;
        let key = self.key(&["node_def", node_type]);
        // RPUSH answers the new length: the version, assigned atomically.
        self.with(|conn| conn.rpush(&key, entry))
    }

    fn node_def(&self, node_type: &str) -> Result<Option<StoredNodeDef>> {
        let key = self.key(&["node_def", node_type]);
        let (version, latest): (u32, Option<String>) =
            self.with(|conn| redis::pipe().llen(&key).lindex(&key, -1).query(conn))?;
        let Some(latest) = latest else { return Ok(None) };
        let entry: Value = decode(&latest)?;
        Ok(Some(StoredNodeDef {
            node_type: node_type.to_owned(),
            version,
            implementations: entry["implementations"].clone(),
            imported_at: entry["imported_at"].as_f64().unwrap_or_default(),
        }))
    }

    fn insert_infra(&self, infra: &InfraRecord) -> Result<()> {
        let record = encode(infra)?;
        let inserted: bool = self.with(|conn| conn.hset_nx(self.key(&["infras"]), &infra.id, record))?;
        if !inserted {
            return Err(Error::conflict(format!("infrastructure `{}` already exists", infra.id))
                .hint("use `kamaki infra build -i ID` to reconfigure it"));
        }
        Ok(())
    }

    fn save_infra(&self, infra: &InfraRecord) -> Result<()> {
        let record = encode(infra)?;
        self.with(|conn| conn.hset(self.key(&["infras"]), &infra.id, record))
    }

    fn infra(&self, id: &str) -> Result<Option<InfraRecord>> {
        let record: Option<String> = self.with(|conn| conn.hget(self.key(&["infras"]), id))?;
        record.as_deref().map(decode).transpose()
    }

    fn infras(&self) -> Result<Vec<InfraRecord>> {
        let records: Vec<String> = self.with(|conn| conn.hvals(self.key(&["infras"])))?;
        let mut infras = records.iter().map(|r| decode::<InfraRecord>(r)).collect::<Result<Vec<_>>>()?;
        infras.sort_by(|a, b| a.created_at.total_cmp(&b.created_at));
        Ok(infras)
    }

    fn purge_infra(&self, id: &str) -> Result<()> {
        let keys = [self.key(&["instances", id]), self.key(&["scaling", id]), self.key(&["lease", id])];
        self.with(|conn| redis::pipe().atomic().del(&keys).hdel(self.key(&["infras"]), id).query::<()>(conn))
    }

    fn save_instance(&self, instance: &Instance) -> Result<()> {
        let record = encode(instance)?;
        let key = self.key(&["instances", &instance.infra_id]);
        self.with(|conn| conn.hset(key, &instance.node_id, record))
    }

    fn remove_instance(&self, infra_id: &str, node_id: &str) -> Result<()> {
        self.with(|conn| conn.hdel(self.key(&["instances", infra_id]), node_id))
    }

    fn instances(&self, infra_id: &str) -> Result<Vec<Instance>> {
        let records: Vec<String> = self.with(|conn| conn.hvals(self.key(&["instances", infra_id])))?;
        let mut instances = records.iter().map(|r| decode::<Instance>(r)).collect::<Result<Vec<_>>>()?;
        instances
            .sort_by(|a, b| a.started_at.total_cmp(&b.started_at).then_with(|| a.node_id.cmp(&b.node_id)));
        Ok(instances)
    }

    fn push_scaling_request(&self, infra_id: &str, node: &str, request: &ScalingRequest) -> Result<()> {
        let entry = encode(&(node, request))?;
        self.with(|conn| conn.rpush(self.key(&["scaling", infra_id]), entry))
    }

    fn scaling_requests(&self, infra_id: &str) -> Result<Vec<(String, ScalingRequest)>> {
        let entries: Vec<String> = self.with(|conn| conn.lrange(self.key(&["scaling", infra_id]), 0, -1))?;
        entries.iter().map(|e| decode(e)).collect()
    }

    fn take_scaling_requests(&self, infra_id: &str) -> Result<Vec<(String, ScalingRequest)>> {
        let key = self.key(&["scaling", infra_id]);
        let (entries,): (Vec<String>,) =
            self.with(|conn| redis::pipe().atomic().lrange(&key, 0, -1).del(&key).ignore().query(conn))?;
        entries.iter().map(|e| decode(e)).collect()
    }

    fn acquire_lease(&self, infra_id: &str, owner: &str, ttl: f64) -> Result<Option<Lease>> {
        let key = self.key(&["lease", infra_id]);
        let millis = (ttl * 1000.0).max(1.0) as u64;
        let holder: Option<(String, i64)> =
            self.with(|conn| Script::new(ACQUIRE).key(&key).arg(owner).arg(millis).invoke(conn))?;
        Ok(holder.map(|(owner, left_ms)| Lease { owner, expires_at: now() + left_ms.max(0) as f64 / 1000.0 }))
    }

    fn release_lease(&self, infra_id: &str, owner: &str) -> Result<()> {
        let key = self.key(&["lease", infra_id]);
        self.with(|conn| Script::new(RELEASE).key(&key).arg(owner).invoke::<i64>(conn)).map(drop)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A private `redis-server` on a free port, stopped on drop.
    struct Server(std::process::Child, u16);

    impl Drop for Server {
        fn drop(&mut self) {
            let _ = self.0.kill();
            let _ = self.0.wait();
        }
    }

    fn start_server() -> Option<Server> {
        let port = std::net::TcpListener::bind("127.0.0.1:0").ok()?.local_addr().ok()?.port();
        let child = std::process::Command::new("redis-server")
            .args(["--port", &port.to_string(), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"])
            .stdout(std::process::Stdio::null())
            .spawn()
            .ok()?;
        let server = Server(child, port);
        let deadline = std::time::Instant::now() + Duration::from_secs(10);
        while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(std::time::Instant::now() < deadline, "redis-server did not start");
            std::thread::sleep(Duration::from_millis(20));
        }
        Some(server)
    }

    #[test]
    fn meets_the_store_contract() {
        // CI installs redis-server (`.ci/run`); elsewhere the Redis store is checked when it is there.
        let Some(server) = start_server() else {
            eprintln!("skipped: no `redis-server` on this machine");
            return;
        };
        let url = format!("redis://127.0.0.1:{}/0#test", server.1);
        let a = RedisStore::open(&url).expect("connect");
        let b = RedisStore::open(&url).expect("connect again");
        crate::infra::store::contract::check(&a, &b);
    }

    #[test]
    fn credentials_are_not_shown() {
        assert_eq!(redact("redis://user:secret@db.example:6379/0"), "redis://db.example:6379/0");
        assert_eq!(redact("redis://127.0.0.1:6379/0"), "redis://127.0.0.1:6379/0");
    }

    #[test]
    fn an_unreachable_server_is_a_clear_error() {
        let err = RedisStore::open("redis://127.0.0.1:1/0").err().expect("refused");
        assert!(
            err.to_string().starts_with("cannot connect to the Redis state store `redis://127.0.0.1:1/0`")
        );
        let err = RedisStore::open("http://x").err().expect("not redis");
        assert_eq!(err.kind(), crate::error::ErrorKind::Usage);
    }
}
