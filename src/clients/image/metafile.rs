//! The JSON `.meta` file stored next to a registered image file, in the layout of the seed:
//! dashed keys and string values, e.g. `"disk-format": "diskdump"`, `"is-public": "False"`.

use std::collections::BTreeMap;

use serde_json::{Map, Value, json};

use super::Image;
use crate::error::{Error, Result};

/// Registration details read from a metafile; every field may be overridden by a flag.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Metafile {
    pub name: Option<String>,
    pub location: Option<String>,
    pub disk_format: Option<String>,
    pub container_format: Option<String>,
    pub is_public: Option<bool>,
    pub size: Option<u64>,
    pub checksum: Option<String>,
    pub properties: BTreeMap<String, String>,
}

/// Fields the service sets by itself; a metafile written by `image register` carries them, and
/// re-registering from it ignores them.
const SYSTEM_FIELDS: &[&str] =
    &["id", "status", "owner", "created_at", "updated_at", "deleted_at", "store", "is_snapshot"];

impl Metafile {
    /// Parses the text of a metafile; `source` names it in errors.
    pub fn parse(text: &str, source: &str) -> Result<Self> {
        let malformed = |why: String| {
            Error::usage(format!("malformed metafile `{source}`: {why}")).hint(
                "a metafile is a JSON object such as the `.meta` file `image register` stores, \
                 e.g. {\"name\": \"Debian\", \"disk-format\": \"diskdump\", \"properties\": {\"OS\": \"debian\"}}",
            )
        };
        let value: Value = serde_json::from_str(text).map_err(|err| malformed(err.to_string()))?;
        let Value::Object(fields) = value else {
            return Err(malformed("the top level is not a JSON object".into()));
        };
        let mut meta = Self::default();
        for (key, value) in fields {
            let field = key.to_lowercase().replace('-', "_");
            if field == "properties" {
                meta.properties = properties(&value).map_err(malformed)?;
                continue;
            }
            let text =
                scalar(&value).ok_or_else(|| malformed(format!("`{key}` is not a string or number")))?;
            match field.as_str() {
                "name" => meta.name = Some(text),
                "location" => meta.location = Some(text),
                "disk_format" => meta.disk_format = Some(text),
                "container_format" => meta.container_format = Some(text),
                "checksum" => meta.checksum = Some(text),
                "is_public" => {
                    meta.is_public = Some(parse_bool(&text).ok_or_else(|| {
                        malformed(format!("`{key}` is `{text}`, expected `true` or `false`"))
                    })?)
                }
                "size" => {
                    meta.size =
                        Some(text.parse().map_err(|_| {
                            malformed(format!("`{key}` is `{text}`, expected a number of bytes"))
                        })?)
                }
                _ if SYSTEM_FIELDS.contains(&field.as_str()) => {}
                _ => return Err(malformed(format!("unknown field `{key}`"))),
            }
        }
        Ok(meta)
    }

    /// Renders a registered image as a metafile.
    pub fn render(image: &Image) -> String {
        let document = json!({
            "name": image.name,
            "checksum": image.checksum,
            "updated-at": image.updated_at,
            "created-at": image.created_at,
            "properties": image.properties,
            "location": image.location,
            "is-public": if image.is_public { "True" } else { "False" },
            "owner": image.owner,
            "disk-format": image.disk_format,
            "size": image.size.to_string(),
            "deleted-at": image.deleted_at,
            "container-format": image.container_format,
        });
        // Serializing a `json!` value cannot fail.
        serde_json::to_string_pretty(&document).unwrap_or_default() + "\n"
    }
}

fn properties(value: &Value) -> std::result::Result<BTreeMap<String, String>, String> {
    let Value::Object(map) = value else {
        return Err("`properties` is not a JSON object".into());
    };
    let map: &Map<String, Value> = map;
    map.iter()
        .map(|(key, value)| {
            scalar(value)
                .map(|text| (key.clone(), text))
                .ok_or_else(|| format!("property `{key}` is not a string or number"))
        })
        .collect()
}

fn scalar(value: &Value) -> Option<String> {
    match value {
        Value::String(text) => Some(text.clone()),
        Value::Number(number) => Some(number.to_string()),
        Value::Bool(flag) => Some(if *flag { "True" } else { "False" }.to_string()),
        Value::Null | Value::Array(_) | Value::Object(_) => None,
    }
}

pub(crate) fn parse_bool(text: &str) -> Option<bool> {
    match text.to_ascii_lowercase().as_str() {
        "true" | "yes" | "1" => Some(true),
        "false" | "no" | "0" => Some(false),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SEED: &str = r#"{
      "name": "Debian Base With Extras",
      "checksum": "3cb03556ec971f",
      "updated-at": "2013-06-19 08:01:00",
      "created-at": "2013-06-19 08:00:22",
      "properties": {"OS": "linux", "USER": "root"},
      "location": "pithos://user-uuid/images/my-image.diskdump",
      "is-public": "False",
      "owner": "user-uuid",
      "disk-format": "diskdump",
      "size": "903471104",
      "deleted-at": "",
      "container-format": "bare"
    }"#;

    #[test]
    fn the_seed_metafile_parses() {
        let meta = Metafile::parse(SEED, "seed.meta").unwrap();
        assert_eq!(meta.name.as_deref(), Some("Debian Base With Extras"));
        assert_eq!(meta.is_public, Some(false));
        assert_eq!(meta.size, Some(903471104));
        assert_eq!(meta.disk_format.as_deref(), Some("diskdump"));
        assert_eq!(meta.properties["OS"], "linux");
    }

    #[test]
    fn rendering_round_trips() {
        let image = Image {
            id: "i".into(),
            name: "n".into(),
            location: "pithos://u/c/p".into(),
            size: 7,
            is_public: true,
            properties: [("os".to_string(), "debian".to_string())].into(),
            ..Image::default()
        };
        let meta = Metafile::parse(&Metafile::render(&image), "x").unwrap();
        assert_eq!(meta.name.as_deref(), Some("n"));
        assert_eq!(meta.location.as_deref(), Some("pithos://u/c/p"));
        assert_eq!((meta.size, meta.is_public), (Some(7), Some(true)));
        assert_eq!(meta.properties["os"], "debian");
    }

    #[test]
    fn malformed_metafiles_are_usage_errors() {
        for text in [
            "not json",
            "[1]",
            r#"{"name": ["x"]}"#,
            r#"{"properties": 3}"#,
            r#"{"size": "big"}"#,
            r#"{"colour": "red"}"#,
        ] {
            let err = Metafile::parse(text, "bad.meta").unwrap_err();
            assert_eq!(err.exit_code(), 2, "{text}");
            assert!(err.message().contains("bad.meta"), "{}", err.message());
        }
    }
}
