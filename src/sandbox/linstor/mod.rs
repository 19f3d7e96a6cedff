//! The sandbox LINSTOR controller: REST API v1 on its own port, answering at `/`.
//!
//! Write calls answer with ApiCallRc lists and the HTTP status the real controller derives from
//! them; reads answer with the controller's objects. Every body is parsed strictly, so an unknown
//! field is a 400 parse error as with Jackson. Unknown routes answer with a JSON ApiCallRc (not an
//! HTML page), which python-linstor and our client both decode.
//!
//! Sandbox-only knobs ride on ordinary properties, so any LINSTOR client can use them:
//! the node property `Sandbox/Offline=yes` simulates a lost satellite (`node reconnect` clears it),
//! and the controller property `Sandbox/SyncDelayMs` sets how long new disks take to reach UpToDate
//! (by default `sandbox serve --linstor-sync-delay`, else one second).

mod cluster;
mod definitions;
mod groups;
mod model;
mod placement;
mod requests;
mod wire;

use std::sync::Arc;

use axum::Router;
use axum::body::Bytes;
use axum::extract::{FromRequest, Path, RawQuery, Request, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post, put};
use serde::de::DeserializeOwned;
use serde_json::{Value, json};

use crate::protocol::linstor_reply::*;
use groups::Spawning;
use model::{Controller, NewResource, PropsChange, Replies, key};

use super::{Docs, Fault, SandboxState};

const STORE_KIND: &str = "linstor";
const STORE_ID: &str = "controller";

struct Service {
    state: Arc<SandboxState>,
}

type Shared = State<Arc<Service>>;

pub fn router(state: Arc<SandboxState>) -> Router {
    let service = Arc::new(Service { state });
    Router::new()
        .route("/v1/controller/version", get(version))
        .route("/v1/controller/properties", get(controller_props).post(set_controller_props))
        .route("/v1/controller/properties/{key}", axum::routing::delete(delete_controller_prop))
        .route("/v1/nodes", get(list_nodes).post(create_node))
        .route("/v1/nodes/{node}", get(show_node).put(modify_node).delete(delete_node))
        .route("/v1/nodes/{node}/lost", axum::routing::delete(lose_node))
        .route("/v1/nodes/{node}/reconnect", put(reconnect_node))
        .route("/v1/nodes/{node}/net-interfaces", get(list_interfaces).post(create_interface))
        .route("/v1/nodes/{node}/storage-pools", get(list_node_pools).post(create_pool))
        .route("/v1/nodes/{node}/storage-pools/{pool}", get(show_pool).put(modify_pool).delete(delete_pool))
        .route("/v1/view/storage-pools", get(list_pools))
        .route("/v1/resource-groups", get(list_groups).post(create_group))
        .route("/v1/resource-groups/{group}", get(show_group).put(modify_group).delete(delete_group))
        .route("/v1/resource-groups/{group}/spawn", post(spawn))
        .route("/v1/resource-groups/{group}/volume-groups", get(list_volume_groups).post(create_volume_group))
        .route(
            "/v1/resource-groups/{group}/volume-groups/{volume}",
            get(show_volume_group).delete(delete_volume_group),
        )
        .route("/v1/resource-definitions", get(list_definitions).post(create_definition))
        .route(
            "/v1/resource-definitions/{rsc}",
            get(show_definition).put(modify_definition).delete(delete_definition),
        )
        .route(
            "/v1/resource-definitions/{rsc}/volume-definitions",
            get(list_volume_definitions).post(create_volume_definition),
        )
        .route(
            "/v1/resource-definitions/{rsc}/volume-definitions/{volume}",
            get(show_volume_definition).put(modify_volume_definition).delete(delete_volume_definition),
        )
        .route("/v1/resource-definitions/{rsc}/autoplace", post(autoplace))
        .route(
            "/v1/resource-definitions/{rsc}/resources",
            get(list_definition_resources).post(create_resources),
        )
        .route(
            "/v1/resource-definitions/{rsc}/resources/{node}",
            get(show_resource).post(create_resource).delete(delete_resource),
        )
        .route("/v1/resource-definitions/{rsc}/resources/{node}/make-available", post(make_available))
        .route("/v1/resource-definitions/{rsc}/resources/{node}/toggle-disk", put(toggle_disk))
        .route("/v1/resource-definitions/{rsc}/resources/{node}/toggle-disk/{mode}", put(toggle_disk_legacy))
        .route(
            "/v1/resource-definitions/{rsc}/resources/{node}/toggle-disk/{mode}/{pool}",
            put(toggle_disk_legacy_pool),
        )
        .route("/v1/view/resources", get(list_resources))
        .route("/v1/view/snapshots", get(no_items))
        .route("/v1/error-reports", get(no_items))
        .route("/v1/error-reports/{id}", get(no_items))
        .route("/v1/key-value-store", get(list_kvs))
        .route("/v1/key-value-store/{instance}", get(show_kvs).put(modify_kvs).delete(delete_kvs))
        .fallback(unknown_route)
        .with_state(service)
}

fn now_ms() -> i64 {
    chrono::Utc::now().timestamp_millis()
}

fn json_response(status: u16, body: &Value) -> Response {
    let status = StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    (status, [(header::CONTENT_TYPE, "application/json")], body.to_string()).into_response()
}

fn replies_response(success: u16, replies: &[ApiCallRc]) -> Response {
    let created_at = chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, false);
    let body: Vec<ApiCallRc> = replies
        .iter()
        .cloned()
        .map(|mut rc| {
            rc.created_at = Some(created_at.clone());
            rc
        })
        .collect();
    json_response(model::http_status(success, &body), &json!(body))
}

fn not_found(rc: i64, message: String) -> Response {
    replies_response(200, &[ApiCallRc::new(rc, message)])
}

/// A JSON body parsed like Jackson with its defaults: unknown fields are refused with a 400
/// `API_CALL_PARSE_ERROR`, as the controller does.
struct Strict<T>(T);

impl<S: Send + Sync, T: DeserializeOwned> FromRequest<S> for Strict<T> {
    type Rejection = Response;

    async fn from_request(request: Request, state: &S) -> Result<Self, Response> {
        let body = Bytes::from_request(request, state).await.map_err(IntoResponse::into_response)?;
        serde_json::from_slice(&body).map(Strict).map_err(|error| {
            let rc = ApiCallRc::new(API_CALL_PARSE_ERROR, "Unable to parse input json.")
                .details(error.to_string());
            json_response(400, &json!([rc]))
        })
    }
}

/// The values of a query parameter that may repeat (`?nodes=a&nodes=b`), lower-cased for matching.
fn query_values(query: &Option<String>, name: &str) -> Vec<String> {
    query
        .as_deref()
        .map(|q| {
            url::form_urlencoded::parse(q.as_bytes())
                .filter(|(k, _)| k == name)
                .flat_map(|(_, v)| v.split(',').map(key).collect::<Vec<_>>())
                .filter(|v| !v.is_empty())
                .collect()
        })
        .unwrap_or_default()
}

fn matches(filter: &[String], name: &str) -> bool {
    filter.is_empty() || filter.contains(&key(name))
}

impl Service {
    /// The controller as stored; on first use, the seeded cluster, stored at once so that
    /// its uuids stay the same from one request to the next.
    fn load(&self, docs: &Docs<'_>) -> Result<Controller, Fault> {
        let mut controller = match docs.get::<Controller>(STORE_KIND, STORE_ID)? {
            Some(controller) => controller,
            None => {
                let controller = Controller::seeded();
                docs.put(STORE_KIND, STORE_ID, &controller)?;
                controller
            }
        };
        controller.default_sync_delay_ms = self
            .state
            .options
            .linstor_sync_delay
            .map(|delay| i64::try_from(delay.as_millis()).unwrap_or(i64::MAX));
        Ok(controller)
    }

    fn read(&self, view: impl FnOnce(&Controller, i64) -> Response) -> Response {
        match self.state.store.transaction(|docs| self.load(docs)) {
            Ok(controller) => view(&controller, now_ms()),
            Err(fault) => store_failure(&fault),
        }
    }

    /// Runs one change in a store transaction: load, apply, and save unless it was refused.
    fn write(&self, success: u16, change: impl FnOnce(&mut Controller, i64) -> Replies) -> Response {
        let outcome = self.state.store.transaction(|docs| {
            let mut controller = self.load(docs)?;
            let replies = change(&mut controller, now_ms());
            if !replies.iter().any(ApiCallRc::is_error) {
                docs.put(STORE_KIND, STORE_ID, &controller)?;
            }
            Ok(replies)
        });
        match outcome {
            Ok(replies) => replies_response(success, &replies),
            Err(fault) => store_failure(&fault),
        }
    }
}

fn store_failure(fault: &Fault) -> Response {
    let rc = ApiCallRc::new(FAIL_INVLD_REQUEST, "The controller could not read or save its state.")
        .details(fault.body.to_string());
    json_response(500, &json!([rc]))
}

/// Every route this controller does not know, as a JSON ApiCallRc (not an HTML page).
async fn unknown_route() -> Response {
    unknown_route_response()
}

fn unknown_route_response() -> Response {
    let rc = ApiCallRc::new(UNKNOWN_API_CALL, "Unknown API call.")
        .correction("See the LINSTOR REST API v1 for the routes this controller answers.");
    json_response(404, &json!([rc]))
}

async fn version() -> Response {
    json_response(
        200,
        &json!({
            "version": "1.33.2",
            "git_hash": "0000000000000000000000000000000000000000",
            "build_time": "2026-01-01T00:00:00+00:00",
            "rest_api_version": "1.28.0",
        }),
    )
}

async fn controller_props(State(service): Shared) -> Response {
    service.read(|c, _| json_response(200, &json!(c.props)))
}

async fn set_controller_props(
    State(service): Shared,
    Strict(mut body): Strict<requests::PropsModify>,
) -> Response {
    let change = body.props_change();
    service.write(201, |c, _| c.modify_controller_props(&change))
}

async fn delete_controller_prop(State(service): Shared, Path(key): Path<String>) -> Response {
    let change = PropsChange { delete_props: vec![key], ..PropsChange::default() };
    service.write(200, |c, _| c.modify_controller_props(&change))
}

// ---- nodes -----------------------------------------------------------------------------------

async fn list_nodes(State(service): Shared, RawQuery(query): RawQuery) -> Response {
    let names = query_values(&query, "nodes");
    service.read(|c, _| {
        let nodes: Vec<Value> =
            c.nodes.values().filter(|n| matches(&names, &n.name)).map(wire::node_json).collect();
        json_response(200, &json!(nodes))
    })
}

async fn show_node(State(service): Shared, Path(node): Path<String>) -> Response {
    service.read(|c, _| match c.nodes.get(&key(&node)) {
        Some(found) => json_response(200, &wire::node_json(found)),
        None => not_found(FAIL_NOT_FOUND_NODE, format!("Node '{node}' not found.")),
    })
}

async fn create_node(State(service): Shared, Strict(body): Strict<requests::NodeCreate>) -> Response {
    let interface = body.net_interfaces.unwrap_or_default().into_iter().next().map(|i| i.into_interface());
    let props = body.props.unwrap_or_default();
    service.write(201, |c, _| c.create_node(&body.name, &body.node_type, interface, props))
}

async fn modify_node(
    State(service): Shared,
    Path(node): Path<String>,
    Strict(mut body): Strict<requests::NodeModify>,
) -> Response {
    let change = body.props_change();
    service.write(200, |c, _| c.modify_node(&node, body.node_type, &change))
}

async fn delete_node(State(service): Shared, Path(node): Path<String>) -> Response {
    service.write(200, |c, _| c.delete_node(&node, false))
}

async fn lose_node(State(service): Shared, Path(node): Path<String>) -> Response {
    service.write(200, |c, _| c.delete_node(&node, true))
}

async fn reconnect_node(State(service): Shared, Path(node): Path<String>) -> Response {
    service.write(200, |c, now| c.reconnect_node(&node, now))
}

async fn list_interfaces(State(service): Shared, Path(node): Path<String>) -> Response {
    service.read(|c, _| match c.nodes.get(&key(&node)) {
        Some(found) => json_response(200, &wire::interfaces_json(found)),
        None => not_found(FAIL_NOT_FOUND_NODE, format!("Node '{node}' not found.")),
    })
}

async fn create_interface(
    State(service): Shared,
    Path(node): Path<String>,
    Strict(body): Strict<requests::NetInterfaceBody>,
) -> Response {
    let interface = body.into_interface();
    service.write(201, |c, _| c.create_net_interface(&node, interface))
}

// ---- storage pools ---------------------------------------------------------------------------

fn pools_json(c: &Controller, nodes: &[String], pools: &[String]) -> Value {
    c.nodes
        .values()
        .filter(|n| matches(nodes, &n.name))
        .flat_map(|n| {
            n.pools.values().filter(|p| matches(pools, &p.name)).map(move |p| wire::pool_json(c, n, p))
        })
        .collect()
}

async fn list_pools(State(service): Shared, RawQuery(query): RawQuery) -> Response {
    let nodes = query_values(&query, "nodes");
    let pools = query_values(&query, "storage_pools");
    service.read(|c, _| json_response(200, &pools_json(c, &nodes, &pools)))
}

async fn list_node_pools(State(service): Shared, Path(node): Path<String>) -> Response {
    service.read(|c, _| match c.nodes.contains_key(&key(&node)) {
        true => json_response(200, &pools_json(c, &[key(&node)], &[])),
        false => not_found(FAIL_NOT_FOUND_NODE, format!("Node '{node}' not found.")),
    })
}

async fn show_pool(State(service): Shared, Path((node, pool)): Path<(String, String)>) -> Response {
    service.read(|c, _| {
        let found = c.nodes.get(&key(&node)).and_then(|n| n.pools.get(&key(&pool)).map(|p| (n, p)));
        match found {
            Some((n, p)) => json_response(200, &wire::pool_json(c, n, p)),
            None => not_found(
                FAIL_NOT_FOUND_STOR_POOL,
                format!("Storage pool '{pool}' on node '{node}' not found."),
            ),
        }
    })
}

async fn create_pool(
    State(service): Shared,
    Path(node): Path<String>,
    Strict(body): Strict<requests::StoragePoolCreate>,
) -> Response {
    let props = body.props.unwrap_or_default();
    let locking = body.external_locking.unwrap_or(false);
    service.write(201, |c, _| {
        c.create_storage_pool(&node, &body.storage_pool_name, &body.provider_kind, props, locking)
    })
}

async fn modify_pool(
    State(service): Shared,
    Path((node, pool)): Path<(String, String)>,
    Strict(mut body): Strict<requests::PropsModify>,
) -> Response {
    let change = body.props_change();
    service.write(200, |c, _| c.modify_storage_pool(&node, &pool, &change))
}

async fn delete_pool(State(service): Shared, Path((node, pool)): Path<(String, String)>) -> Response {
    service.write(200, |c, _| c.delete_storage_pool(&node, &pool))
}

// ---- resource groups -------------------------------------------------------------------------

async fn list_groups(State(service): Shared, RawQuery(query): RawQuery) -> Response {
    let names = query_values(&query, "resource_groups");
    service.read(|c, _| {
        let groups: Vec<Value> =
            c.groups.values().filter(|g| matches(&names, &g.name)).map(wire::group_json).collect();
        json_response(200, &json!(groups))
    })
}

async fn show_group(State(service): Shared, Path(group): Path<String>) -> Response {
    service.read(|c, _| match c.groups.get(&key(&group)) {
        Some(found) => json_response(200, &wire::group_json(found)),
        None => not_found(FAIL_NOT_FOUND_RSC_GRP, format!("Resource group '{group}' not found.")),
    })
}

async fn create_group(State(service): Shared, Strict(body): Strict<requests::GroupCreate>) -> Response {
    let filter = body.select_filter.unwrap_or_default().into_filter(None);
    let description = body.description.unwrap_or_default();
    let props = body.props.unwrap_or_default();
    service.write(201, |c, _| c.create_resource_group(&body.name, description, props, filter))
}

async fn modify_group(
    State(service): Shared,
    Path(group): Path<String>,
    Strict(mut body): Strict<requests::GroupModify>,
) -> Response {
    let change = body.props_change();
    let filter = body.select_filter.map(|f| f.into_filter(None));
    service.write(200, |c, _| c.modify_resource_group(&group, body.description, filter, &change))
}

async fn delete_group(State(service): Shared, Path(group): Path<String>) -> Response {
    service.write(200, |c, _| c.delete_resource_group(&group))
}

async fn spawn(
    State(service): Shared,
    Path(group): Path<String>,
    Strict(body): Strict<requests::Spawn>,
) -> Response {
    let name = body.resource_definition_name.unwrap_or_default();
    let request = Spawning {
        sizes: body.volume_sizes.unwrap_or_default(),
        definitions_only: body.definitions_only.unwrap_or(false),
        partial: body.partial.unwrap_or(false),
        filter: body.select_filter.unwrap_or_default().into_filter(None),
    };
    service.write(201, |c, now| c.spawn(&group, &name, &request, now))
}

async fn list_volume_groups(State(service): Shared, Path(group): Path<String>) -> Response {
    service.read(|c, _| match c.groups.get(&key(&group)) {
        Some(found) => {
            json_response(200, &found.volume_groups.values().map(wire::volume_group_json).collect())
        }
        None => not_found(FAIL_NOT_FOUND_RSC_GRP, format!("Resource group '{group}' not found.")),
    })
}

async fn show_volume_group(State(service): Shared, Path((group, volume)): Path<(String, u32)>) -> Response {
    service.read(|c, _| match c.groups.get(&key(&group)).and_then(|g| g.volume_groups.get(&volume)) {
        Some(found) => json_response(200, &wire::volume_group_json(found)),
        None => not_found(
            FAIL_NOT_FOUND_VLM_GRP,
            format!("Volume group with number '{volume}' of resource group '{group}' not found."),
        ),
    })
}

async fn create_volume_group(
    State(service): Shared,
    Path(group): Path<String>,
    Strict(body): Strict<requests::VolumeGroupCreate>,
) -> Response {
    let props = body.props.unwrap_or_default();
    let flags = body.flags.unwrap_or_default();
    service.write(201, |c, _| c.create_volume_group(&group, body.volume_number, props, flags))
}

async fn delete_volume_group(State(service): Shared, Path((group, volume)): Path<(String, u32)>) -> Response {
    service.write(200, |c, _| c.delete_volume_group(&group, volume))
}

// ---- resource and volume definitions ---------------------------------------------------------

async fn list_definitions(State(service): Shared, RawQuery(query): RawQuery) -> Response {
    let names = query_values(&query, "resource_definitions");
    let with_volumes = query_values(&query, "with_volume_definitions").iter().any(|v| v == "true");
    service.read(|c, _| {
        let list: Vec<Value> = c
            .definitions
            .values()
            .filter(|rd| matches(&names, &rd.name))
            .map(|rd| wire::definition_json(rd, with_volumes))
            .collect();
        json_response(200, &json!(list))
    })
}

async fn show_definition(State(service): Shared, Path(rsc): Path<String>) -> Response {
    service.read(|c, _| match c.definitions.get(&key(&rsc)) {
        Some(rd) => json_response(200, &wire::definition_json(rd, false)),
        None => not_found(FAIL_NOT_FOUND_RSC_DFN, format!("Resource definition '{rsc}' not found.")),
    })
}

async fn create_definition(
    State(service): Shared,
    Strict(body): Strict<requests::DefinitionCreate>,
) -> Response {
    let rd = body.resource_definition;
    let props = rd.props.unwrap_or_default();
    service.write(201, |c, _| {
        c.create_definition(
            rd.name.as_deref(),
            rd.external_name.as_deref(),
            rd.resource_group_name.as_deref(),
            body.drbd_port,
            props,
        )
    })
}

async fn modify_definition(
    State(service): Shared,
    Path(rsc): Path<String>,
    Strict(mut body): Strict<requests::DefinitionModify>,
) -> Response {
    let change = body.props_change();
    service.write(200, |c, _| c.modify_definition(&rsc, body.resource_group.as_deref(), &change))
}

async fn delete_definition(State(service): Shared, Path(rsc): Path<String>) -> Response {
    service.write(200, |c, _| c.delete_definition(&rsc))
}

async fn list_volume_definitions(State(service): Shared, Path(rsc): Path<String>) -> Response {
    service.read(|c, _| match c.definitions.get(&key(&rsc)) {
        Some(rd) => json_response(200, &rd.volumes.values().map(wire::volume_definition_json).collect()),
        None => not_found(FAIL_NOT_FOUND_RSC_DFN, format!("Resource definition '{rsc}' not found.")),
    })
}

async fn show_volume_definition(
    State(service): Shared,
    Path((rsc, volume)): Path<(String, u32)>,
) -> Response {
    service.read(|c, _| match c.definitions.get(&key(&rsc)).and_then(|rd| rd.volumes.get(&volume)) {
        Some(vd) => json_response(200, &wire::volume_definition_json(vd)),
        None => not_found(
            FAIL_NOT_FOUND_VLM_DFN,
            format!("Volume definition with number '{volume}' of resource definition '{rsc}' not found."),
        ),
    })
}

async fn create_volume_definition(
    State(service): Shared,
    Path(rsc): Path<String>,
    Strict(body): Strict<requests::VolumeDefinitionCreate>,
) -> Response {
    let vd = body.volume_definition;
    let props = vd.props.unwrap_or_default();
    service.write(201, |c, _| c.create_volume_definition(&rsc, vd.volume_number, vd.size_kib, props))
}

async fn modify_volume_definition(
    State(service): Shared,
    Path((rsc, volume)): Path<(String, u32)>,
    Strict(mut body): Strict<requests::VolumeDefinitionModify>,
) -> Response {
    let change = body.props_change();
    service.write(200, |c, _| {
        let mut replies = Vec::new();
        if let Some(size) = body.size_kib {
            replies = c.resize_volume_definition(&rsc, volume, size);
        }
        if !replies.iter().any(ApiCallRc::is_error) && change_is_not_empty(&change) {
            replies.extend(c.modify_volume_definition_props(&rsc, volume, &change));
        }
        replies
    })
}

fn change_is_not_empty(change: &PropsChange) -> bool {
    !(change.override_props.is_empty()
        && change.delete_props.is_empty()
        && change.delete_namespaces.is_empty())
}

async fn delete_volume_definition(
    State(service): Shared,
    Path((rsc, volume)): Path<(String, u32)>,
) -> Response {
    service.write(200, |c, _| c.delete_volume_definition(&rsc, volume))
}

// ---- resources -------------------------------------------------------------------------------

async fn list_resources(State(service): Shared, RawQuery(query): RawQuery) -> Response {
    let nodes = query_values(&query, "nodes");
    let resources = query_values(&query, "resources");
    service.read(|c, now| {
        let list: Vec<Value> = c
            .definitions
            .values()
            .filter(|rd| matches(&resources, &rd.name))
            .flat_map(|rd| {
                rd.resources
                    .values()
                    .filter(|r| matches(&nodes, &r.node_name))
                    .map(move |r| wire::resource_json(c, rd, r, now))
            })
            .collect();
        json_response(200, &json!(list))
    })
}

async fn list_definition_resources(State(service): Shared, Path(rsc): Path<String>) -> Response {
    service.read(|c, now| match c.definitions.get(&key(&rsc)) {
        Some(rd) => {
            json_response(200, &rd.resources.values().map(|r| wire::resource_json(c, rd, r, now)).collect())
        }
        None => not_found(FAIL_NOT_FOUND_RSC_DFN, format!("Resource definition '{rsc}' not found.")),
    })
}

async fn show_resource(State(service): Shared, Path((rsc, node)): Path<(String, String)>) -> Response {
    service.read(|c, now| {
        let found =
            c.definitions.get(&key(&rsc)).and_then(|rd| rd.resources.get(&key(&node)).map(|r| (rd, r)));
        match found {
            Some((rd, r)) => json_response(200, &wire::resource_json(c, rd, r, now)),
            None => not_found(FAIL_NOT_FOUND_RSC, format!("Resource '{rsc}' on node '{node}' not found.")),
        }
    })
}

async fn create_resources(
    State(service): Shared,
    Path(rsc): Path<String>,
    Strict(body): Strict<Vec<requests::ResourceCreate>>,
) -> Response {
    let requests: Vec<NewResource> = body.into_iter().map(requests::ResourceCreate::into_request).collect();
    service.write(201, |c, now| c.create_resources(&rsc, &requests, now))
}

async fn create_resource(
    State(service): Shared,
    Path((rsc, node)): Path<(String, String)>,
    Strict(body): Strict<requests::ResourceCreate>,
) -> Response {
    let mut request = body.into_request();
    request.node = node;
    service.write(201, |c, now| c.create_resources(&rsc, &[request], now))
}

async fn delete_resource(State(service): Shared, Path((rsc, node)): Path<(String, String)>) -> Response {
    service.write(200, |c, _| c.delete_resource(&rsc, &node))
}

async fn make_available(
    State(service): Shared,
    Path((rsc, node)): Path<(String, String)>,
    Strict(body): Strict<requests::MakeAvailable>,
) -> Response {
    let diskful = body.diskful.unwrap_or(false);
    service.write(200, |c, now| c.make_available(&rsc, &node, diskful, now))
}

async fn toggle_disk(
    State(service): Shared,
    Path((rsc, node)): Path<(String, String)>,
    Strict(body): Strict<requests::ToggleDisk>,
) -> Response {
    let diskful = match body.operation.as_str() {
        "INTO_DRBD_DISKFUL" => true,
        "INTO_DRBD_DISKLESS" | "INTO_DRBD_CLIENT" => false,
        other => {
            let rc = ApiCallRc::new(
                FAIL_INVLD_REQUEST | MASK_MOD | MASK_RSC,
                format!("Unknown toggle-disk operation '{other}'."),
            )
            .correction("Use INTO_DRBD_DISKFUL, INTO_DRBD_DISKLESS or INTO_DRBD_CLIENT.");
            return replies_response(200, &[rc]);
        }
    };
    service.write(200, |c, now| c.toggle_disk(&rsc, &node, diskful, body.storage_pool.as_deref(), now))
}

/// The pre-1.28 toggle-disk routes: `…/toggle-disk/diskless[/{pool}]`, `…/toggle-disk/diskful[/{pool}]`.
async fn toggle_disk_legacy(
    State(service): Shared,
    Path((rsc, node, mode)): Path<(String, String, String)>,
) -> Response {
    toggle_legacy(&service, &rsc, &node, &mode, None)
}

async fn toggle_disk_legacy_pool(
    State(service): Shared,
    Path((rsc, node, mode, pool)): Path<(String, String, String, String)>,
) -> Response {
    toggle_legacy(&service, &rsc, &node, &mode, Some(&pool))
}

fn toggle_legacy(service: &Service, rsc: &str, node: &str, mode: &str, pool: Option<&str>) -> Response {
    let diskful = match mode {
        "diskful" => true,
        "diskless" => false,
        _ => return unknown_route_response(),
    };
    service.write(200, |c, now| c.toggle_disk(rsc, node, diskful, pool, now))
}

async fn autoplace(
    State(service): Shared,
    Path(rsc): Path<String>,
    Strict(body): Strict<requests::AutoPlace>,
) -> Response {
    let filter = body.select_filter.unwrap_or_default().into_filter(body.diskless_on_remaining);
    service.write(201, |c, now| c.autoplace(&rsc, &filter, now))
}

/// Snapshots and error reports: the sandbox takes no snapshots and writes no error reports, so
/// these lists are empty (python-linstor reads snapshots before deleting a definition).
async fn no_items() -> Response {
    json_response(200, &json!([]))
}

// ---- key-value store -------------------------------------------------------------------------

async fn list_kvs(State(service): Shared) -> Response {
    service.read(|c, _| json_response(200, &c.kvs.values().map(wire::kvs_json).collect()))
}

async fn show_kvs(State(service): Shared, Path(instance): Path<String>) -> Response {
    service.read(|c, _| match c.kvs.get(&key(&instance)) {
        Some(store) => json_response(200, &json!([wire::kvs_json(store)])),
        None => {
            not_found(FAIL_NOT_FOUND_KVS, format!("Could not find key value store instance '{instance}'."))
        }
    })
}

async fn modify_kvs(
    State(service): Shared,
    Path(instance): Path<String>,
    Strict(mut body): Strict<requests::PropsModify>,
) -> Response {
    let change = body.props_change();
    service.write(200, |c, _| c.modify_kvs(&instance, &change))
}

async fn delete_kvs(State(service): Shared, Path(instance): Path<String>) -> Response {
    service.write(200, |c, _| c.delete_kvs(&instance))
}
