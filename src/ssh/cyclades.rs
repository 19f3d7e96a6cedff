//! Routes to Cyclades servers: the public IPv4, the user the image names, and the bastion
//! the server's metadata names.

use serde_json::Value;

use super::{Host, Request, Route, unknown_user};
use crate::clients::cyclades::{ComputeClient, compute, id_of, resolve};
use crate::error::{Error, Result};

/// The server metadata key naming the bastion (another server, by name or id) to jump
/// through, as triton's `tritoncli.ssh.proxy` tag does for machines.
pub const PROXY_KEY: &str = "kamaki.ssh.proxy";

/// The image property (and server metadata key, which `server create` copies from the
/// image) listing the image's login users, space-separated, as Synnefo images do.
const USERS_KEY: &str = "users";

/// The route to the server `wanted` (an id or name).
pub async fn route(compute: &ComputeClient, wanted: &str, request: &Request) -> Result<Route> {
    let servers = compute.list_servers().await?;
    let server = resolve(&servers, "server", wanted, "kamaki server list")?;
    require_active(server)?;
    let user = match &request.user {
        Some(user) => user.clone(),
        None => login_user(compute, server).await?,
    };
    let proxy = server["metadata"][PROXY_KEY].as_str().filter(|name| !name.is_empty() && !request.no_proxy);
    let Some(proxy) = proxy else {
        return Ok(Route { host: Host { user, address: public_ipv4(server)? }, jump: None });
    };
    let named = format!("server {} names `{proxy}` in its `{PROXY_KEY}` metadata", id_of(&server["id"]));
    let bastion =
        resolve(&servers, "server", proxy, "kamaki server list").map_err(|err| err.context(&named))?;
    require_active(bastion).map_err(|err| err.context(&named))?;
    let jump = Host { user: login_user(compute, bastion).await?, address: public_ipv4(bastion)? };
    // Behind a bastion any address of the server will do, private ones included.
    let address = compute::ipv4_addresses(server).into_iter().next().ok_or_else(|| {
        let id = id_of(&server["id"]);
        Error::not_found(format!("server {id} has no IPv4 address"))
            .hint(format!("connect it to a network: `kamaki network connect {id} NETWORK`"))
    })?;
    Ok(Route { host: Host { user, address }, jump: Some(jump) })
}

/// Fails unless the server is ACTIVE: a stopped or building server does not answer ssh.
fn require_active(server: &Value) -> Result<()> {
    let status = compute::status_of(server);
    if status == "ACTIVE" {
        return Ok(());
    }
    let id = id_of(&server["id"]);
    let error = Error::conflict(format!("cannot ssh into server {id}: it is {status}, not ACTIVE"));
    Err(match status {
        "BUILD" => error.hint(format!("wait for it to finish building: `kamaki server wait {id}`")),
        "STOPPED" => error.hint(format!("start it first: `kamaki server start {id} --wait`")),
        _ => error,
    })
}

/// The server's public IPv4 address: the first floating one (Synnefo's public addresses
/// are floating IPs), from its attachments or else its `addresses`.
fn public_ipv4(server: &Value) -> Result<String> {
    let is_public = |entry: &Value| entry["OS-EXT-IPS:type"] == "floating";
    let attached = server["attachments"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|nic| is_public(nic))
        .filter_map(|nic| nic["ipv4"].as_str());
    let listed = server["addresses"]
        .as_object()
        .into_iter()
        .flat_map(|networks| networks.values())
        .filter_map(Value::as_array)
        .flatten()
        .filter(|address| is_public(address) && address["version"] == 4)
        .filter_map(|address| address["addr"].as_str());
    attached.chain(listed).find(|ip| !ip.is_empty()).map(str::to_string).ok_or_else(|| {
        let id = id_of(&server["id"]);
        Error::not_found(format!("server {id} has no public IPv4 address")).hint(format!(
            "attach a floating IP (`kamaki network ip attach IP {id}`), or name a bastion server \
                 in its metadata: `kamaki server metadata set {id} {PROXY_KEY}=BASTION`"
        ))
    })
}

/// The first user the server's metadata lists, or else the first its image lists.
async fn login_user(compute: &ComputeClient, server: &Value) -> Result<String> {
    if let Some(user) = first_user(&server["metadata"]) {
        return Ok(user);
    }
    let id = id_of(&server["id"]);
    let image_id = id_of(&server["image"]["id"]);
    if image_id.is_empty() {
        return Err(unknown_user(&format!("server {id}"), "it names no image and has no `users` metadata"));
    }
    // An image deleted since, or no longer shared, names no user: that is not an error of
    // its own, only a missing user.
    let image = match compute.get_image(&image_id).await {
        Ok(image) => image,
        Err(err) if err.status() == Some(404) => Value::Null,
        Err(err) => return Err(err),
    };
    first_user(&image["metadata"]).ok_or_else(|| {
        unknown_user(
            &format!("server {id}"),
            &format!("neither it nor its image {image_id} lists `{USERS_KEY}`"),
        )
    })
}

/// The first of the space-separated users in `metadata["users"]`.
fn first_user(metadata: &Value) -> Option<String> {
    metadata[USERS_KEY].as_str()?.split_whitespace().next().map(str::to_string)
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn the_public_address_is_a_floating_ipv4() {
        let server = json!({"id": 7, "attachments": [
            {"ipv4": "10.0.0.2", "OS-EXT-IPS:type": "fixed"},
            {"ipv4": "", "ipv6": "2001:db8::1", "OS-EXT-IPS:type": "floating"},
            {"ipv4": "192.0.2.5", "OS-EXT-IPS:type": "floating"},
        ]});
        assert_eq!(public_ipv4(&server).ok().as_deref(), Some("192.0.2.5"));
        let listed = json!({"id": 7, "addresses": {"3": [
            {"version": 6, "addr": "2001:db8::1", "OS-EXT-IPS:type": "floating"},
            {"version": 4, "addr": "192.0.2.9", "OS-EXT-IPS:type": "floating"},
        ]}});
        assert_eq!(public_ipv4(&listed).ok().as_deref(), Some("192.0.2.9"));
        let private = json!({"id": 7, "attachments": [{"ipv4": "10.0.0.2", "OS-EXT-IPS:type": "fixed"}]});
        let err = public_ipv4(&private).err().map(|e| (e.exit_code(), e.message().to_string()));
        assert_eq!(err, Some((3, "server 7 has no public IPv4 address".to_string())));
    }

    #[test]
    fn the_first_listed_user_logs_in() {
        assert_eq!(first_user(&json!({"users": "user root"})).as_deref(), Some("user"));
        assert_eq!(first_user(&json!({"users": "  "})), None);
        assert_eq!(first_user(&json!({"os": "debian"})), None);
    }

    #[test]
    fn only_active_servers_are_reachable() {
        assert!(require_active(&json!({"id": 1, "status": "ACTIVE"})).is_ok());
        let stopped = require_active(&json!({"id": 1, "status": "STOPPED"})).err();
        assert_eq!(stopped.as_ref().map(Error::exit_code), Some(5));
        assert!(stopped.and_then(|e| e.hint_text().map(str::to_string)).is_some_and(|h| h.contains("start")));
    }
}
