//! A typed client for the LINSTOR controller's REST API v1.
//!
//! Controllers are tried in order: a connection failure moves on to the next one and the first
//! that answers is kept for the rest of the process, like python-linstor's `MultiLinstor`.
//! Write calls return the decoded ApiCallRc list; a list with an error entry becomes an
//! [`Error`] whose kind follows the return code, so callers only see warnings and successes.

pub mod model;
pub mod reply;
pub mod resource;
pub mod size;

use std::sync::atomic::{AtomicUsize, Ordering};

use reqwest::Method;
use serde::de::DeserializeOwned;
use serde_json::{Value, json};
use url::Url;

use crate::error::{Error, ErrorKind, Result};
use crate::http::Http;
use crate::protocol::linstor_reply::ApiCallRc;
use model::*;

pub const DEFAULT_PORT: u16 = 3370;
pub const DEFAULT_TLS_PORT: u16 = 3371;

/// Turns a controller as users write it into a base URL: `linstor://host[:port]`,
/// `linstor+ssl://host`, `http(s)://host:port` or a bare `host[:port]`.
pub fn controller_url(text: &str) -> Result<Url> {
    let text = text.trim();
    let (scheme, rest, default_port) = if let Some(rest) = text.strip_prefix("linstor+ssl://") {
        ("https", rest, DEFAULT_TLS_PORT)
    } else if let Some(rest) = text.strip_prefix("linstor://") {
        ("http", rest, DEFAULT_PORT)
    } else if let Some(rest) = text.strip_prefix("https://") {
        ("https", rest, DEFAULT_TLS_PORT)
    } else if let Some(rest) = text.strip_prefix("http://") {
        ("http", rest, DEFAULT_PORT)
    } else if text.contains("://") {
        return Err(Error::usage(format!("invalid LINSTOR controller `{text}`: unknown scheme"))
            .hint("write it as `linstor://host[:port]`, `linstor+ssl://host`, `http(s)://host:port` or `host[:port]`"));
    } else {
        ("http", text, DEFAULT_PORT)
    };
    let host = rest.trim_end_matches('/');
    let has_port =
        host.rsplit_once(':').is_some_and(|(_, port)| port.parse::<u16>().is_ok()) && !host.ends_with(']');
    let address = if has_port { host.to_string() } else { format!("{host}:{default_port}") };
    Url::parse(&format!("{scheme}://{address}/")).map_err(|e| {
        Error::usage(format!("invalid LINSTOR controller `{text}`: {e}"))
            .hint("write it as `linstor://host[:port]` or `http://host:3370`")
    })
}

/// Splits a `LS_CONTROLLERS`-style list (`a,b:3370,linstor://c`) into URLs.
pub fn controller_list(text: &str) -> Result<Vec<Url>> {
    text.split(',').filter(|part| !part.trim().is_empty()).map(controller_url).collect()
}

pub struct LinstorClient {
    http: Http,
    controllers: Vec<Url>,
    /// Index of the controller that answered last; requests start there.
    active: AtomicUsize,
}

impl LinstorClient {
    pub fn new(http: Http, controllers: Vec<Url>) -> Result<Self> {
        if controllers.is_empty() {
            return Err(Error::usage("no LINSTOR controller is configured")
                .hint("set `linstor.controllers` in the config file or `LS_CONTROLLERS=host:3370`"));
        }
        Ok(LinstorClient { http, controllers, active: AtomicUsize::new(0) })
    }

    /// Sends one request, failing over to the next controller when one cannot be reached.
    /// With several controllers a dead one is skipped at once instead of being retried.
    async fn send(
        &self,
        method: Method,
        path: &str,
        query: &[(&str, String)],
        body: Option<&Value>,
    ) -> Result<(u16, Vec<u8>)> {
        let http = if self.controllers.len() > 1 { self.http.without_retries() } else { self.http.clone() };
        let start = self.active.load(Ordering::Relaxed);
        let count = self.controllers.len();
        let mut failures = Vec::new();
        for offset in 0..count {
            let index = (start + offset) % count;
            let base = &self.controllers[index];
            let url =
                base.join(path).map_err(|e| Error::general(format!("bad LINSTOR path `{path}`: {e}")))?;
            let mut request = http.request(method.clone(), url.as_str()).query(query);
            if let Some(body) = body {
                request = request.json(body);
            }
            match http.send_raw(request, false).await {
                Ok(response) => {
                    self.active.store(index, Ordering::Relaxed);
                    let status = response.status().as_u16();
                    let bytes = response.bytes().await.map_err(|e| {
                        Error::general(format!("the LINSTOR controller at {base} broke off its answer: {e}"))
                    })?;
                    return Ok((status, bytes.to_vec()));
                }
                Err(error) if error.kind() == ErrorKind::Timeout => return Err(error),
                Err(error) => {
                    // Keep the reason ("connection failed: Connection refused") without the
                    // request line; a message of another shape is kept whole.
                    let cause = error.message().rsplit_once("): ").map_or(error.message(), |(_, why)| why);
                    failures.push(format!("{base} ({cause})"));
                }
            }
        }
        Err(Error::general(format!("cannot reach the LINSTOR controller; tried: {}", failures.join(", ")))
            .hint("check that the controller runs and that `linstor.controllers` (or `LS_CONTROLLERS`) names it"))
    }

    /// A GET whose answer is an object or list; error replies become errors.
    async fn get<T: DeserializeOwned>(&self, path: &str, query: &[(&str, String)]) -> Result<T> {
        let (status, body) = self.send(Method::GET, path, query, None).await?;
        if status >= 400 {
            return Err(error_from_reply(status, &body));
        }
        serde_json::from_slice(&body).map_err(|e| {
            Error::general(format!("unexpected answer from the LINSTOR controller for `{path}`: {e}"))
        })
    }

    /// A GET of one object that may not exist: 404 is `None`.
    async fn find<T: DeserializeOwned>(&self, path: &str) -> Result<Option<T>> {
        let (status, body) = self.send(Method::GET, path, &[], None).await?;
        if status == 404 {
            return Ok(None);
        }
        if status >= 400 {
            return Err(error_from_reply(status, &body));
        }
        serde_json::from_slice(&body).map(Some).map_err(|e| {
            Error::general(format!("unexpected answer from the LINSTOR controller for `{path}`: {e}"))
        })
    }

    /// A write call: the decoded reply list, or the error it contains.
    async fn write(&self, method: Method, path: &str, body: Option<Value>) -> Result<Vec<ApiCallRc>> {
        let (status, bytes) = self.send(method.clone(), path, &[], body.as_ref()).await?;
        decode_write(path, status, &bytes).map_err(|err| crate::http::explain_unrepeated(&method, err))
    }

    // ---- controller ----------------------------------------------------------------------------

    pub async fn version(&self) -> Result<ControllerVersion> {
        self.get("v1/controller/version", &[]).await
    }

    pub async fn controller_props(&self) -> Result<Props> {
        self.get("v1/controller/properties", &[]).await
    }

    pub async fn set_controller_prop(&self, key: &str, value: Option<&str>) -> Result<Vec<ApiCallRc>> {
        self.write(Method::POST, "v1/controller/properties", Some(props_body(key, value))).await
    }

    // ---- nodes ---------------------------------------------------------------------------------

    pub async fn nodes(&self, names: &[String]) -> Result<Vec<Node>> {
        self.get("v1/nodes", &repeated("nodes", names)).await
    }

    pub async fn node(&self, name: &str) -> Result<Option<Node>> {
        self.find(&format!("v1/nodes/{}", segment(name))).await
    }

    pub async fn create_node(
        &self,
        name: &str,
        node_type: &str,
        address: &str,
        port: u16,
        encryption: &str,
    ) -> Result<Vec<ApiCallRc>> {
        let body = json!({
            "name": name,
            "type": node_type,
            "net_interfaces": [{"name": "default", "address": address, "satellite_port": port,
                                "satellite_encryption_type": encryption, "is_active": true}],
        });
        self.write(Method::POST, "v1/nodes", Some(body)).await
    }

    pub async fn delete_node(&self, name: &str) -> Result<Vec<ApiCallRc>> {
        self.write(Method::DELETE, &format!("v1/nodes/{}", segment(name)), None).await
    }

    pub async fn lose_node(&self, name: &str) -> Result<Vec<ApiCallRc>> {
        self.write(Method::DELETE, &format!("v1/nodes/{}/lost", segment(name)), None).await
    }

    pub async fn reconnect_node(&self, name: &str) -> Result<Vec<ApiCallRc>> {
        self.write(Method::PUT, &format!("v1/nodes/{}/reconnect", segment(name)), None).await
    }

    pub async fn set_node_prop(&self, name: &str, key: &str, value: Option<&str>) -> Result<Vec<ApiCallRc>> {
        self.write(Method::PUT, &format!("v1/nodes/{}", segment(name)), Some(props_body(key, value))).await
    }

    pub async fn net_interfaces(&self, node: &str) -> Result<Vec<NetInterface>> {
        self.get(&format!("v1/nodes/{}/net-interfaces", segment(node)), &[]).await
    }

    pub async fn create_net_interface(
        &self,
        node: &str,
        name: &str,
        address: &str,
        port: u16,
        encryption: &str,
    ) -> Result<Vec<ApiCallRc>> {
        let body = json!({"name": name, "address": address, "satellite_port": port,
                          "satellite_encryption_type": encryption, "is_active": false});
        self.write(Method::POST, &format!("v1/nodes/{}/net-interfaces", segment(node)), Some(body)).await
    }

    // ---- storage pools -------------------------------------------------------------------------

    pub async fn storage_pools(&self, nodes: &[String], pools: &[String]) -> Result<Vec<StoragePool>> {
        let mut query = repeated("nodes", nodes);
        query.extend(repeated("storage_pools", pools));
        self.get("v1/view/storage-pools", &query).await
    }

    pub async fn create_storage_pool(
        &self,
        node: &str,
        name: &str,
        provider: &str,
        backing: Option<&str>,
    ) -> Result<Vec<ApiCallRc>> {
        let mut body = json!({"storage_pool_name": name, "provider_kind": provider});
        if let Some(backing) = backing {
            body["props"] = json!({"StorDriver/StorPoolName": backing});
        }
        self.write(Method::POST, &format!("v1/nodes/{}/storage-pools", segment(node)), Some(body)).await
    }

    pub async fn delete_storage_pool(&self, node: &str, name: &str) -> Result<Vec<ApiCallRc>> {
        let path = format!("v1/nodes/{}/storage-pools/{}", segment(node), segment(name));
        self.write(Method::DELETE, &path, None).await
    }

    // ---- resource groups -----------------------------------------------------------------------

    pub async fn resource_groups(&self) -> Result<Vec<ResourceGroup>> {
        self.get("v1/resource-groups", &[]).await
    }

    pub async fn create_resource_group(
        &self,
        name: &str,
        description: Option<&str>,
        filter: &SelectFilter,
    ) -> Result<Vec<ApiCallRc>> {
        let mut body = json!({"name": name, "select_filter": filter});
        if let Some(description) = description {
            body["description"] = json!(description);
        }
        self.write(Method::POST, "v1/resource-groups", Some(body)).await
    }

    pub async fn delete_resource_group(&self, name: &str) -> Result<Vec<ApiCallRc>> {
        self.write(Method::DELETE, &format!("v1/resource-groups/{}", segment(name)), None).await
    }

    pub async fn spawn(
        &self,
        group: &str,
        name: &str,
        sizes_kib: &[u64],
        definitions_only: bool,
    ) -> Result<Vec<ApiCallRc>> {
        let body = json!({"resource_definition_name": name, "volume_sizes": sizes_kib, "partial": false,
                          "definitions_only": definitions_only, "select_filter": {}});
        self.write(Method::POST, &format!("v1/resource-groups/{}/spawn", segment(group)), Some(body)).await
    }

    // ---- resource definitions ------------------------------------------------------------------

    pub async fn resource_definitions(&self, names: &[String]) -> Result<Vec<ResourceDefinition>> {
        let mut query = repeated("resource_definitions", names);
        query.push(("with_volume_definitions", "true".into()));
        self.get("v1/resource-definitions", &query).await
    }

    /// One definition with its volume definitions, or `None`.
    pub async fn resource_definition(&self, name: &str) -> Result<Option<ResourceDefinition>> {
        let found = self.resource_definitions(&[name.to_string()]).await?;
        Ok(found.into_iter().find(|rd| rd.name.eq_ignore_ascii_case(name)))
    }

    pub async fn create_resource_definition(
        &self,
        name: &str,
        port: Option<u16>,
        group: Option<&str>,
    ) -> Result<Vec<ApiCallRc>> {
        let mut definition = json!({"name": name});
        if let Some(group) = group {
            definition["resource_group_name"] = json!(group);
        }
        let mut body = json!({"resource_definition": definition});
        if let Some(port) = port {
            body["drbd_port"] = json!(port);
        }
        self.write(Method::POST, "v1/resource-definitions", Some(body)).await
    }

    pub async fn delete_resource_definition(&self, name: &str) -> Result<Vec<ApiCallRc>> {
        self.write(Method::DELETE, &format!("v1/resource-definitions/{}", segment(name)), None).await
    }

    pub async fn set_resource_definition_prop(
        &self,
        name: &str,
        key: &str,
        value: Option<&str>,
    ) -> Result<Vec<ApiCallRc>> {
        let path = format!("v1/resource-definitions/{}", segment(name));
        self.write(Method::PUT, &path, Some(props_body(key, value))).await
    }

    // ---- volume definitions --------------------------------------------------------------------

    pub async fn create_volume_definition(
        &self,
        rsc: &str,
        size_kib: u64,
        number: Option<u32>,
        pool: Option<&str>,
    ) -> Result<Vec<ApiCallRc>> {
        let mut volume = json!({"size_kib": size_kib, "flags": []});
        if let Some(number) = number {
            volume["volume_number"] = json!(number);
        }
        if let Some(pool) = pool {
            volume["props"] = json!({"StorPoolName": pool});
        }
        let path = format!("v1/resource-definitions/{}/volume-definitions", segment(rsc));
        self.write(Method::POST, &path, Some(json!({"volume_definition": volume}))).await
    }

    pub async fn resize_volume_definition(
        &self,
        rsc: &str,
        number: u32,
        size_kib: u64,
    ) -> Result<Vec<ApiCallRc>> {
        let path = format!("v1/resource-definitions/{}/volume-definitions/{number}", segment(rsc));
        self.write(Method::PUT, &path, Some(json!({"size_kib": size_kib}))).await
    }

    pub async fn delete_volume_definition(&self, rsc: &str, number: u32) -> Result<Vec<ApiCallRc>> {
        let path = format!("v1/resource-definitions/{}/volume-definitions/{number}", segment(rsc));
        self.write(Method::DELETE, &path, None).await
    }

    // ---- resources -----------------------------------------------------------------------------

    pub async fn resources(&self, resources: &[String], nodes: &[String]) -> Result<Vec<Resource>> {
        let mut query = repeated("resources", resources);
        query.extend(repeated("nodes", nodes));
        self.get("v1/view/resources", &query).await
    }

    pub async fn create_resource(
        &self,
        rsc: &str,
        node: &str,
        pool: Option<&str>,
        diskless: bool,
    ) -> Result<Vec<ApiCallRc>> {
        let mut resource = json!({"node_name": node});
        if diskless {
            resource["flags"] = json!(["DRBD_DISKLESS"]);
        }
        if let Some(pool) = pool {
            resource["props"] = json!({"StorPoolName": pool});
        }
        let path = format!("v1/resource-definitions/{}/resources", segment(rsc));
        self.write(Method::POST, &path, Some(json!([{"resource": resource}]))).await
    }

    pub async fn delete_resource(&self, rsc: &str, node: &str) -> Result<Vec<ApiCallRc>> {
        let path = format!("v1/resource-definitions/{}/resources/{}", segment(rsc), segment(node));
        self.write(Method::DELETE, &path, None).await
    }

    pub async fn toggle_disk(
        &self,
        rsc: &str,
        node: &str,
        diskful: bool,
        pool: Option<&str>,
    ) -> Result<Vec<ApiCallRc>> {
        let operation = if diskful { "INTO_DRBD_DISKFUL" } else { "INTO_DRBD_DISKLESS" };
        let mut body = json!({"operation": operation});
        if let Some(pool) = pool {
            body["storage_pool"] = json!(pool);
        }
        let path =
            format!("v1/resource-definitions/{}/resources/{}/toggle-disk", segment(rsc), segment(node));
        self.write(Method::PUT, &path, Some(body)).await
    }

    pub async fn make_available(&self, rsc: &str, node: &str, diskful: bool) -> Result<Vec<ApiCallRc>> {
        let path =
            format!("v1/resource-definitions/{}/resources/{}/make-available", segment(rsc), segment(node));
        self.write(Method::POST, &path, Some(json!({"diskful": diskful}))).await
    }

    pub async fn autoplace(&self, rsc: &str, filter: &SelectFilter) -> Result<Vec<ApiCallRc>> {
        let diskless_on_remaining = filter.diskless_on_remaining.unwrap_or(false);
        let body = json!({"diskless_on_remaining": diskless_on_remaining, "select_filter": filter});
        self.write(Method::POST, &format!("v1/resource-definitions/{}/autoplace", segment(rsc)), Some(body))
            .await
    }

    // ---- key-value store -----------------------------------------------------------------------

    /// The props of a KV instance; an instance that does not exist yet is empty.
    pub async fn kv_props(&self, instance: &str) -> Result<Props> {
        let found: Option<Vec<KeyValueStore>> =
            self.find(&format!("v1/key-value-store/{}", segment(instance))).await?;
        Ok(found.and_then(|stores| stores.into_iter().next()).map(|s| s.props).unwrap_or_default())
    }

    pub async fn kv_stores(&self) -> Result<Vec<KeyValueStore>> {
        self.get("v1/key-value-store", &[]).await
    }

    pub async fn kv_modify(
        &self,
        instance: &str,
        set: Props,
        delete: Vec<String>,
        delete_namespaces: Vec<String>,
    ) -> Result<Vec<ApiCallRc>> {
        let body =
            json!({"override_props": set, "delete_props": delete, "delete_namespaces": delete_namespaces});
        self.write(Method::PUT, &format!("v1/key-value-store/{}", segment(instance)), Some(body)).await
    }

    pub async fn kv_delete(&self, instance: &str) -> Result<Vec<ApiCallRc>> {
        self.write(Method::DELETE, &format!("v1/key-value-store/{}", segment(instance)), None).await
    }
}

fn props_body(key: &str, value: Option<&str>) -> Value {
    match value {
        Some(value) => json!({"override_props": {key: value}}),
        None => json!({"delete_props": [key]}),
    }
}

fn repeated(name: &'static str, values: &[String]) -> Vec<(&'static str, String)> {
    values.iter().map(|v| (name, v.clone())).collect()
}

/// Escapes a name for use as one path segment.
fn segment(name: &str) -> String {
    percent_encoding::utf8_percent_encode(name, percent_encoding::NON_ALPHANUMERIC).to_string()
}

/// A write call's answer: the decoded reply list, or the error it contains.
fn decode_write(path: &str, status: u16, bytes: &[u8]) -> Result<Vec<ApiCallRc>> {
    let replies: Vec<ApiCallRc> = match serde_json::from_slice(bytes) {
        Ok(replies) => replies,
        Err(_) if status >= 400 => return Err(error_from_reply(status, bytes)),
        Err(e) => {
            return Err(Error::general(format!(
                "unexpected answer from the LINSTOR controller for `{path}`: {e}"
            )));
        }
    };
    reply::check(&replies, status)?;
    if status >= 400 {
        return Err(error_from_reply(status, bytes));
    }
    Ok(replies)
}

/// An HTTP error answer: its ApiCallRc list when it has one, else the status.
fn error_from_reply(status: u16, body: &[u8]) -> Error {
    if let Ok(replies) = serde_json::from_slice::<Vec<ApiCallRc>>(body)
        && let Err(error) = reply::check(&replies, status)
    {
        return error;
    }
    // Not a LINSTOR reply: a proxy's or gateway's answer, in whatever error style it has.
    let detail = crate::http::api_error_message(body).unwrap_or_default();
    let excerpt: String = detail.chars().take(200).collect();
    Error::http(status, format!("the LINSTOR controller answered HTTP {status}: {excerpt}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn controller_spellings() -> Result<()> {
        assert_eq!(controller_url("linstor://10.0.0.1")?.as_str(), "http://10.0.0.1:3370/");
        assert_eq!(controller_url("linstor+ssl://ctrl")?.as_str(), "https://ctrl:3371/");
        assert_eq!(controller_url("ctrl:4000")?.as_str(), "http://ctrl:4000/");
        assert_eq!(controller_url("http://127.0.0.1:3370")?.as_str(), "http://127.0.0.1:3370/");
        let list = controller_list("a,b:3371")?;
        assert_eq!(list.len(), 2);
        assert!(controller_url("ftp://x").is_err());
        Ok(())
    }
}
