//! Routes to CloudAPI machines: the primary IP, the user the image names, and the bastion
//! the `tritoncli.ssh.proxy` tag names, as `triton instance ssh` does.

use serde_json::Value;

use super::{Host, Request, Route, unknown_user};
use crate::clients::sdc::{Machine, SdcClient};
use crate::error::{Error, Result};

/// The machine tag naming the bastion (another machine, by name or id) to jump through.
pub const PROXY_TAG: &str = "tritoncli.ssh.proxy";

/// The tag on the bastion machine naming the user to log in to it as.
pub const PROXY_USER_TAG: &str = "tritoncli.ssh.proxyuser";

/// The image tag naming its login user, a convention of Joyent's certified images.
const DEFAULT_USER_TAG: &str = "default_user";

/// The route to the machine `wanted` (an id, name or short id).
pub async fn route(client: &SdcClient, wanted: &str, request: &Request) -> Result<Route> {
    let machine = client.find_machine(wanted).await?;
    require_running(&machine)?;
    let user = match &request.user {
        Some(user) => user.clone(),
        None => login_user(client, &machine).await?,
    };
    let host = Host { user, address: primary_ip(&machine)? };
    let proxy = tag(&machine, PROXY_TAG).filter(|_| !request.no_proxy);
    let Some(proxy) = proxy else {
        return Ok(Route { host, jump: None });
    };
    let named = format!("machine {} names `{proxy}` in its `{PROXY_TAG}` tag", machine.name);
    let bastion = client.find_machine(&proxy).await.map_err(|err| err.context(&named))?;
    require_running(&bastion).map_err(|err| err.context(&named))?;
    let user = match tag(&bastion, PROXY_USER_TAG) {
        Some(user) => user,
        None => login_user(client, &bastion).await?,
    };
    Ok(Route { host, jump: Some(Host { user, address: primary_ip(&bastion)? }) })
}

/// A tag's value as text (tags may be strings, numbers or booleans).
fn tag(machine: &Machine, name: &str) -> Option<String> {
    match &machine.extra.get("tags")?[name] {
        Value::String(text) if !text.is_empty() => Some(text.clone()),
        Value::Number(number) => Some(number.to_string()),
        _ => None,
    }
}

/// Fails unless the machine is running.
fn require_running(machine: &Machine) -> Result<()> {
    if machine.state == "running" {
        return Ok(());
    }
    let error = Error::conflict(format!(
        "cannot ssh into machine `{}` ({}): it is {}, not running",
        machine.name, machine.id, machine.state
    ));
    Err(match machine.state.as_str() {
        "provisioning" => {
            error.hint(format!("wait for it: `kamaki sdc machine wait {} --until running`", machine.id))
        }
        "stopped" => error.hint(format!("start it first: `kamaki sdc machine start {} --wait`", machine.id)),
        _ => error,
    })
}

fn primary_ip(machine: &Machine) -> Result<String> {
    machine.primary_ip.clone().filter(|ip| !ip.is_empty()).ok_or_else(|| {
        Error::not_found(format!("machine `{}` ({}) has no primary IP address", machine.name, machine.id))
            .hint("`kamaki sdc machine get` shows its addresses once CloudAPI has placed it")
    })
}

/// The user the machine's image names in its `default_user` tag; `root` on SmartOS.
async fn login_user(client: &SdcClient, machine: &Machine) -> Result<String> {
    let what = format!("machine `{}`", machine.name);
    let Some(image_id) = machine.image.as_deref().filter(|id| !id.is_empty()) else {
        return Err(unknown_user(&what, "it names no image"));
    };
    let image =
        client.image(image_id).await.map_err(|err| err.context(format!("reading the image of {what}")))?;
    image_user(&image).ok_or_else(|| {
        let label = format!("{}@{}", text(&image, "name"), text(&image, "version"));
        unknown_user(&what, &format!("its image {label} has no `{DEFAULT_USER_TAG}` tag"))
    })
}

fn image_user(image: &Value) -> Option<String> {
    match image["tags"][DEFAULT_USER_TAG].as_str().filter(|user| !user.is_empty()) {
        Some(user) => Some(user.to_string()),
        None if image["os"] == "smartos" => Some("root".to_string()),
        None => None,
    }
}

fn text<'a>(value: &'a Value, key: &str) -> &'a str {
    value[key].as_str().unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn images_name_their_user_by_tag_or_by_being_smartos() {
        let certified = json!({"os": "linux", "tags": {"role": "os", "default_user": "ubuntu"}});
        assert_eq!(image_user(&certified).as_deref(), Some("ubuntu"));
        assert_eq!(image_user(&json!({"os": "smartos", "tags": {}})).as_deref(), Some("root"));
        assert_eq!(image_user(&json!({"os": "linux", "tags": {"role": "os"}})), None);
    }

    #[test]
    fn tags_read_as_text_and_states_other_than_running_refuse() {
        let machine: Machine = serde_json::from_value(json!({
            "id": "b6979942-7d5d-4fe6-a2ec-b812e950625a", "name": "web", "state": "stopped",
            "tags": {"tritoncli.ssh.proxy": "bastion", "tritoncli.ssh.proxyuser": 7, "empty": ""}
        }))
        .expect("machine");
        assert_eq!(tag(&machine, PROXY_TAG).as_deref(), Some("bastion"));
        assert_eq!(tag(&machine, PROXY_USER_TAG).as_deref(), Some("7"));
        assert_eq!(tag(&machine, "empty"), None);
        let refused = require_running(&machine).err();
        assert_eq!(refused.as_ref().map(Error::exit_code), Some(5));
        assert_eq!(primary_ip(&machine).err().map(|e| e.exit_code()), Some(3));
    }
}
