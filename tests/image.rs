//! Plankton images end to end against a sandbox: register (from a local file, from an
//! uploaded object, from a metafile), list, info, modify, members, unregister with and
//! without `--delete-file`, booting a just-registered image, and bad input that must
//! leave nothing half-registered.

// Helpers outside #[test] functions panic on a failed setup step, as the tests do.
#![allow(clippy::expect_used)]

mod common;

use std::path::{Path, PathBuf};

use common::{TestSandbox, fails};
use serde_json::Value;

/// Pithos requests made directly, as another client (or another user) would.
struct Pithos<'a> {
    sandbox: &'a TestSandbox,
    runtime: tokio::runtime::Runtime,
}

impl<'a> Pithos<'a> {
    fn new(sandbox: &'a TestSandbox) -> Self {
        let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("test setup");
        Pithos { sandbox, runtime }
    }

    fn url(&self, account: &str, path: &str) -> String {
        format!(
            "{}/object-store/v1/{account}/{path}",
            self.sandbox.endpoints["url"].as_str().expect("test setup")
        )
    }

    /// Creates the container if needed and stores `data` at `/container/name` of the
    /// token's owner.
    fn put(&self, token: &str, account: &str, container: &str, name: &str, data: &[u8]) {
        self.runtime.block_on(async {
            let client = reqwest::Client::new();
            let container_url = self.url(account, container);
            let status = client
                .put(&container_url)
                .header("X-Auth-Token", token)
                .send()
                .await
                .expect("test setup")
                .status();
            assert!(status.is_success(), "creating container {container}: {status}");
            let status = client
                .put(self.url(account, &format!("{container}/{name}")))
                .header("X-Auth-Token", token)
                .header("Content-Type", "application/octet-stream")
                .body(data.to_vec())
                .send()
                .await
                .expect("test setup")
                .status();
            assert_eq!(status.as_u16(), 201, "uploading {container}/{name}");
        })
    }

    /// Lets `reader` read `/container/name` of the token's owner.
    fn share(&self, token: &str, account: &str, container: &str, name: &str, reader: &str) {
        self.runtime.block_on(async {
            let status = reqwest::Client::new()
                .post(format!("{}?update", self.url(account, &format!("{container}/{name}"))))
                .header("X-Auth-Token", token)
                .header("X-Object-Sharing", format!("read={reader}"))
                .send()
                .await
                .expect("test setup")
                .status();
            assert!(status.is_success(), "sharing {container}/{name}: {status}");
        })
    }

    /// Deletes an object of the sandbox user for good.
    fn delete(&self, path: &str) {
        self.runtime.block_on(async {
            let status = reqwest::Client::new()
                .delete(self.url(self.sandbox.uuid(), path))
                .header("X-Auth-Token", self.sandbox.token())
                .send()
                .await
                .expect("test setup")
                .status();
            assert_eq!(status.as_u16(), 204, "deleting {path}");
        })
    }

    /// The status of reading an object with `token`.
    fn read_status(&self, token: &str, account: &str, path: &str) -> u16 {
        self.runtime.block_on(async {
            let request = reqwest::Client::new().get(self.url(account, path)).header("X-Auth-Token", token);
            request.send().await.expect("test setup").status().as_u16()
        })
    }

    /// The object's bytes, or `None` when it does not exist.
    fn get(&self, account: &str, path: &str) -> Option<Vec<u8>> {
        self.runtime.block_on(async {
            let response = reqwest::Client::new()
                .get(self.url(account, path))
                .header("X-Auth-Token", self.sandbox.token())
                .send()
                .await
                .expect("test setup");
            match response.status().as_u16() {
                404 => None,
                200 => Some(response.bytes().await.expect("test setup").to_vec()),
                other => panic!("GET {path}: {other}"),
            }
        })
    }
}

fn local_file(sandbox: &TestSandbox, name: &str, size: usize) -> PathBuf {
    let path = sandbox.dir.path().join(name);
    let data: Vec<u8> = (0..size).map(|i| (i * 7 + i / 4096) as u8).collect();
    std::fs::write(&path, data).expect("test setup");
    path
}

fn path_arg(path: &Path) -> &str {
    path.to_str().expect("test setup")
}

fn my_images(sandbox: &TestSandbox) -> Vec<Value> {
    sandbox.json(&["image", "list", "--mine"]).as_array().expect("test setup").clone()
}

#[test]
fn demo_images_are_public_and_bootable() {
    let sandbox = TestSandbox::start();
    let images = sandbox.json(&["image", "list", "--public"]);
    let names: Vec<&str> = images.as_array().unwrap().iter().map(|i| i["name"].as_str().unwrap()).collect();
    assert_eq!(names, ["Debian Base", "Ubuntu Server", "CentOS", "Windows Server"]);
    let debian = &images[0];
    assert_eq!(debian["properties"]["os"], "debian");
    assert_eq!(debian["properties"]["osfamily"], "linux");
    assert!(debian["location"].as_str().unwrap().ends_with("/images/debian-base.diskdump"));
    // The file really is in Pithos, readable by everyone, and its size is the image's.
    let location = debian["location"].as_str().unwrap().trim_start_matches("pithos://");
    let (account, path) = location.split_once('/').unwrap();
    let dump = Pithos::new(&sandbox).get(account, path).expect("the demo image file");
    assert_eq!(dump.len() as u64, debian["size"].as_u64().unwrap());
    assert!(my_images(&sandbox).is_empty());
}

#[test]
fn register_from_a_local_file_uploads_registers_and_stores_the_metafile() {
    let sandbox = TestSandbox::start();
    // Two blocks, so the hashmap upload really splits the file.
    let local = local_file(&sandbox, "my-image.diskdump", 5_000_000);
    let image = sandbox.json(&[
        "image",
        "register",
        "--name",
        "My Image",
        "--location",
        "/images/my-image.diskdump",
        "--upload-image-file",
        path_arg(&local),
        "--property",
        "OS=debian",
        "-p",
        "users=root",
    ]);
    let uuid = sandbox.uuid();
    assert_eq!(image["name"], "My Image");
    assert_eq!(image["status"], "AVAILABLE");
    assert_eq!(image["size"], 5_000_000);
    assert_eq!(image["owner"], uuid);
    assert_eq!(image["is_public"], false);
    assert_eq!(image["disk_format"], "diskdump");
    assert_eq!(image["container_format"], "bare");
    assert_eq!(image["location"], format!("pithos://{uuid}/images/my-image.diskdump"));
    assert_eq!(image["properties"], serde_json::json!({"os": "debian", "users": "root"}));
    assert_eq!(image["metafile"], "/images/my-image.diskdump.meta");

    let pithos = Pithos::new(&sandbox);
    let stored = pithos.get(uuid, "images/my-image.diskdump").expect("the uploaded file");
    assert_eq!(stored, std::fs::read(&local).unwrap());
    let meta: Value =
        serde_json::from_slice(&pithos.get(uuid, "images/my-image.diskdump.meta").unwrap()).unwrap();
    assert_eq!(meta["name"], "My Image");
    assert_eq!(meta["location"], image["location"]);
    assert_eq!(meta["checksum"], image["checksum"]);
    assert_eq!(meta["is-public"], "False");
    assert_eq!(meta["size"], "5000000");
    assert_eq!(meta["disk-format"], "diskdump");
    assert_eq!(meta["properties"]["os"], "debian");

    // Info by id and by location agree, in JSON and in a table.
    let by_id = sandbox.json(&["image", "info", image["id"].as_str().unwrap()]);
    let by_location = sandbox.json(&["image", "info", "/images/my-image.diskdump"]);
    assert_eq!(by_id, by_location);
    assert_eq!(by_id["checksum"], image["checksum"]);
    let table = sandbox.cmd().args(["image", "info", "/images/my-image.diskdump"]).output().unwrap();
    let table = String::from_utf8(table.stdout).unwrap();
    assert!(table.contains("properties.os") && table.contains("4.77MiB (5000000 bytes)"), "{table}");

    // The same file again is a conflict unless forced.
    let stderr = fails(
        sandbox.cmd().args([
            "image",
            "register",
            "--name",
            "Again",
            "--location",
            "/images/my-image.diskdump",
        ]),
        5,
    );
    assert!(stderr.contains("metafile `/images/my-image.diskdump.meta` already exists"), "{stderr}");
    assert_eq!(my_images(&sandbox).len(), 1);
}

#[test]
fn register_an_uploaded_object_by_its_full_location() {
    let sandbox = TestSandbox::start();
    let uuid = sandbox.uuid().to_string();
    let pithos = Pithos::new(&sandbox);
    pithos.put(sandbox.token(), &uuid, "images", "base.img", &vec![7u8; 100_000]);
    let location = format!("pithos://{uuid}/images/base.img");
    let image = sandbox.json(&[
        "image",
        "register",
        "--name",
        "Base",
        "--location",
        &location,
        "--disk-format",
        "extdump",
        "--public",
        "--no-metafile-upload",
    ]);
    assert_eq!(image["size"], 100_000);
    assert_eq!(image["disk_format"], "extdump");
    assert_eq!(image["is_public"], true);
    assert!(image.get("metafile").is_none());
    assert!(pithos.get(&uuid, "images/base.img.meta").is_none(), "no metafile was asked for");
    // Other users see a public image.
    let output = sandbox.as_other().args(["image", "list", "--public", "-o", "json"]).output().unwrap();
    let listed: Value = serde_json::from_slice(&output.stdout).unwrap();
    assert!(listed.as_array().unwrap().iter().any(|i| i["id"] == image["id"]));
    // ...and may read its file, until it is unregistered.
    let other_token = sandbox.other_user().token;
    assert_eq!(pithos.read_status(&other_token, &uuid, "images/base.img"), 200);
    sandbox.json(&["image", "unregister", image["id"].as_str().unwrap()]);
    assert_eq!(pithos.read_status(&other_token, &uuid, "images/base.img"), 403);
}

#[test]
fn register_from_a_metafile_with_flags_overriding_it() {
    let sandbox = TestSandbox::start();
    let uuid = sandbox.uuid().to_string();
    Pithos::new(&sandbox).put(sandbox.token(), &uuid, "images", "from-meta.diskdump", b"disk");
    let metafile = sandbox.dir.path().join("from-meta.diskdump.meta");
    let text = format!(
        r#"{{"name": "Debian Base With Extras", "properties": {{"OS": "linux", "USER": "root"}},
             "location": "pithos://{uuid}/images/from-meta.diskdump", "is-public": "True",
             "owner": "{uuid}", "disk-format": "diskdump", "size": "4", "deleted-at": "",
             "container-format": "bare", "created-at": "2013-06-19 08:00:22"}}"#
    );
    std::fs::write(&metafile, text).unwrap();
    let image = sandbox.json(&["image", "register", "--metafile", path_arg(&metafile), "-p", "USER=admin"]);
    assert_eq!(image["name"], "Debian Base With Extras");
    assert_eq!(image["is_public"], true);
    assert_eq!(image["size"], 4);
    assert_eq!(image["properties"], serde_json::json!({"os": "linux", "user": "admin"}));
    assert_eq!(image["metafile"], "/images/from-meta.diskdump.meta");
}

#[test]
fn lists_filter_mine_public_names_properties_and_show_locations() {
    let sandbox = TestSandbox::start();
    let local = local_file(&sandbox, "a.diskdump", 10_000);
    for (name, os) in [("Alpha", "debian"), ("Beta", "ubuntu")] {
        let location = format!("/images/{}.diskdump", name.to_lowercase());
        sandbox.json(&[
            "image",
            "register",
            "--name",
            name,
            "--location",
            &location,
            "--upload-image-file",
            path_arg(&local),
            "-p",
            &format!("OS={os}"),
        ]);
    }
    let mine = my_images(&sandbox);
    assert_eq!(mine.iter().map(|i| i["name"].as_str().unwrap()).collect::<Vec<_>>(), ["Alpha", "Beta"]);
    let public = sandbox.json(&["image", "list", "--public"]);
    assert!(public.as_array().unwrap().iter().all(|i| i["is_public"] == true));
    assert_eq!(public.as_array().unwrap().len(), 4);
    let all = sandbox.json(&["image", "list"]);
    assert_eq!(all.as_array().unwrap().len(), 6);
    let debian = sandbox.json(&["image", "list", "--property", "os=debian"]);
    let names: Vec<&str> = debian.as_array().unwrap().iter().map(|i| i["name"].as_str().unwrap()).collect();
    assert_eq!(names, ["Debian Base", "Alpha"]);
    let like = sandbox.json(&["image", "list", "--name-like", "ET"]);
    assert_eq!(like.as_array().unwrap().len(), 1);
    let owner = sandbox.json(&["image", "list", "--owner", "user@example.com"]);
    assert_eq!(owner.as_array().unwrap().len(), 2);

    // The seed's "names and Pithos locations of the images registered by me".
    let output = sandbox.cmd().args(["image", "list", "--mine", "--location"]).output().unwrap();
    let table = String::from_utf8(output.stdout).unwrap();
    let uuid = sandbox.uuid();
    assert!(table.starts_with("ID"), "{table}");
    assert!(table.contains(&format!("Alpha  pithos://{uuid}/images/alpha.diskdump")), "{table}");
    fails(sandbox.cmd().args(["image", "list", "--mine", "--public"]), 2);
}

#[test]
fn modify_names_properties_and_visibility() {
    let sandbox = TestSandbox::start();
    let local = local_file(&sandbox, "m.diskdump", 1000);
    let image = sandbox.json(&[
        "image",
        "register",
        "--name",
        "Mod",
        "--location",
        "/images/m.diskdump",
        "--upload-image-file",
        path_arg(&local),
        "-p",
        "OS=debian",
        "-p",
        "USERS=root",
    ]);
    let id = image["id"].as_str().unwrap();
    let changed = sandbox.json(&[
        "image",
        "modify",
        id,
        "--name",
        "Modified",
        "--property",
        "GUI=xfce",
        "--property-del",
        "users",
        "--public",
    ]);
    assert_eq!(changed["name"], "Modified");
    assert_eq!(changed["is_public"], true);
    assert_eq!(changed["properties"], serde_json::json!({"gui": "xfce", "os": "debian"}));
    assert_eq!(sandbox.json(&["image", "info", id]), changed);
    let private = sandbox.json(&["image", "modify", id, "--private"]);
    assert_eq!(private["is_public"], false);

    let stderr = fails(sandbox.cmd().args(["image", "modify", id, "--property-del", "nope"]), 3);
    assert!(stderr.contains("has no property `nope`"), "{stderr}");
    fails(sandbox.cmd().args(["image", "modify", id]), 2);
    fails(sandbox.cmd().args(["image", "modify", "no-such-image", "--name", "x"]), 3);
    // Someone else's image cannot be changed.
    let debian =
        sandbox.json(&["image", "list", "--name-like", "debian"])[0]["id"].as_str().unwrap().to_string();
    let stderr = fails(sandbox.cmd().args(["image", "modify", &debian, "--name", "Mine now"]), 4);
    assert!(stderr.contains("belongs to another user"), "{stderr}");
}

#[test]
fn members_share_an_image_with_other_users() {
    let sandbox = TestSandbox::start();
    let common::OtherUser { uuid: other_uuid, token: other_token, .. } = sandbox.other_user();
    let pithos = Pithos::new(&sandbox);
    let uuid = sandbox.uuid().to_string();
    let local = local_file(&sandbox, "s.diskdump", 1000);
    let image = sandbox.json(&[
        "image",
        "register",
        "--name",
        "Shared",
        "--location",
        "/images/s.diskdump",
        "--upload-image-file",
        path_arg(&local),
    ]);
    let id = image["id"].as_str().unwrap();
    // Private: the other user may not see it.
    fails(sandbox.as_other().args(["image", "info", id]), 4);

    assert_eq!(pithos.read_status(&other_token, &uuid, "images/s.diskdump"), 403);

    let members = sandbox.json(&["image", "members", "add", id, "other@example.com"]);
    // As in Synnefo, members may read the image file in Pithos too.
    assert_eq!(pithos.read_status(&other_token, &uuid, "images/s.diskdump"), 200);
    assert_eq!(members, serde_json::json!([{"member_id": other_uuid, "name": "other@example.com"}]));
    assert_eq!(sandbox.json(&["image", "members", "list", id]), members);
    let output = sandbox.as_other().args(["image", "info", id, "-o", "json"]).output().unwrap();
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    // Members may use it, boot it, but not share it further.
    let output = sandbox
        .as_other()
        .args(["server", "create", "--name", "theirs", "--flavor", "1", "--image", id, "-o", "json"])
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "a member boots a shared image: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    fails(sandbox.as_other().args(["image", "members", "set", id]), 4);

    let stderr = fails(sandbox.cmd().args(["image", "members", "add", id, "nobody@example.com"]), 3);
    assert!(stderr.contains("no user named `nobody@example.com`"), "{stderr}");
    fails(sandbox.cmd().args(["image", "members", "add", id, "not-a-uuid"]), 2);
    assert_eq!(sandbox.json(&["image", "members", "list", id]), members, "a bad member changes nothing");

    assert_eq!(sandbox.json(&["image", "members", "remove", id, &other_uuid]), serde_json::json!([]));
    fails(sandbox.cmd().args(["image", "members", "remove", id, &other_uuid]), 3);
    fails(sandbox.as_other().args(["image", "info", id]), 4);
    fails(
        sandbox.as_other().args(["server", "create", "--name", "again", "--flavor", "1", "--image", id]),
        3,
    );
    assert_eq!(pithos.read_status(&other_token, &uuid, "images/s.diskdump"), 403);
    // A public image's file is readable by everyone, until the image is made private.
    sandbox.json(&["image", "modify", id, "--public"]);
    assert_eq!(pithos.read_status(&other_token, &uuid, "images/s.diskdump"), 200);
    sandbox.json(&["image", "modify", id, "--private"]);
    assert_eq!(pithos.read_status(&other_token, &uuid, "images/s.diskdump"), 403);
    let set = sandbox.json(&["image", "members", "set", id, &other_uuid]);
    assert_eq!(set.as_array().unwrap().len(), 1);
    assert_eq!(sandbox.json(&["image", "members", "set", id]), serde_json::json!([]));
}

#[test]
fn pithos_uuid_names_the_account_of_short_locations_as_in_file_commands() {
    let sandbox = TestSandbox::start();
    let pithos = Pithos::new(&sandbox);
    let common::OtherUser { uuid: other_uuid, token: other_token, .. } = sandbox.other_user();
    pithos.put(&other_token, &other_uuid, "images", "shared.img", b"shared disk");
    pithos.share(&other_token, &other_uuid, "images", "shared.img", sandbox.uuid());
    sandbox.stdout(&["config", "set", "clouds.test.pithos_uuid", &other_uuid]);
    // `file` reads `/CONTAINER/PATH` in the `pithos_uuid` account...
    assert_eq!(sandbox.stdout(&["file", "cat", "/images/shared.img"]), "shared disk");
    // ...and so does `image`, when registering and when finding by location.
    let location = format!("pithos://{other_uuid}/images/shared.img");
    let image = sandbox.json(&[
        "image",
        "register",
        "--name",
        "Shared",
        "--location",
        "/images/shared.img",
        "--no-metafile-upload",
    ]);
    assert_eq!(image["location"], location);
    assert_eq!(image["owner"], sandbox.uuid());
    assert_eq!(sandbox.json(&["image", "info", "/images/shared.img"])["id"], image["id"]);
}

#[test]
fn unregister_keeps_the_file_unless_asked_to_delete_it() {
    let sandbox = TestSandbox::start();
    let uuid = sandbox.uuid().to_string();
    let pithos = Pithos::new(&sandbox);
    let local = local_file(&sandbox, "u.diskdump", 1000);
    let register = |name: &str, path: &str| {
        sandbox.json(&[
            "image",
            "register",
            "--name",
            name,
            "--location",
            path,
            "--upload-image-file",
            path_arg(&local),
        ])
    };
    let kept = register("Kept", "/images/kept.diskdump");
    let id = kept["id"].as_str().unwrap();
    let result = sandbox.json(&["image", "unregister", id]);
    assert_eq!(result["status"], "unregistered");
    assert_eq!(result["deleted_files"], serde_json::json!([]));
    assert!(pithos.get(&uuid, "images/kept.diskdump").is_some());
    assert!(pithos.get(&uuid, "images/kept.diskdump.meta").is_some());
    fails(sandbox.cmd().args(["image", "info", id]), 3);
    fails(sandbox.cmd().args(["image", "unregister", id]), 3);

    let gone = register("Gone", "/images/gone.diskdump");
    let result = sandbox.json(&["image", "unregister", gone["id"].as_str().unwrap(), "--delete-file"]);
    assert_eq!(
        result["deleted_files"],
        serde_json::json!(["/images/gone.diskdump", "/images/gone.diskdump.meta"])
    );
    assert_eq!(result["kept_files"], serde_json::json!([]));
    assert!(pithos.get(&uuid, "images/gone.diskdump").is_none());
    assert!(pithos.get(&uuid, "images/gone.diskdump.meta").is_none());

    // A public image of another account: not ours to unregister, and nothing is deleted.
    let debian =
        sandbox.json(&["image", "list", "--name-like", "debian"])[0]["id"].as_str().unwrap().to_string();
    fails(sandbox.cmd().args(["image", "unregister", &debian, "--delete-file"]), 4);
    assert_eq!(sandbox.json(&["image", "list", "--public"]).as_array().unwrap().len(), 4);
}

#[test]
fn an_image_follows_its_file() {
    let sandbox = TestSandbox::start();
    let uuid = sandbox.uuid().to_string();
    let pithos = Pithos::new(&sandbox);
    pithos.put(sandbox.token(), &uuid, "images", "live.img", &[1u8; 1000]);
    let image = sandbox.json(&["image", "register", "--name", "Live", "--location", "/images/live.img"]);
    let id = image["id"].as_str().unwrap();
    // A new upload over the file: Plankton reports the file as it is now.
    pithos.put(sandbox.token(), &uuid, "images", "live.img", &[2u8; 3000]);
    let info = sandbox.json(&["image", "info", id]);
    assert_eq!(info["size"], 3000);
    assert_ne!(info["checksum"], image["checksum"]);
    // Deleting the file deletes the image, and frees its name.
    pithos.delete("images/live.img");
    fails(sandbox.cmd().args(["image", "info", id]), 3);
    assert!(my_images(&sandbox).is_empty());
    fails(sandbox.cmd().args(["server", "create", "--name", "vm", "--flavor", "1", "--image", id]), 3);
    pithos.put(sandbox.token(), &uuid, "images", "other.img", &[3u8; 10]);
    sandbox.json(&["image", "register", "--name", "Live", "--location", "/images/other.img"]);
}

#[test]
fn a_just_registered_image_boots_a_server() {
    let sandbox = TestSandbox::start();
    let local = local_file(&sandbox, "boot.diskdump", 2000);
    let image = sandbox.json(&[
        "image",
        "register",
        "--name",
        "Bootable",
        "--location",
        "/images/boot.diskdump",
        "--upload-image-file",
        path_arg(&local),
        "-p",
        "OS=debian",
        "-p",
        "USERS=root",
    ]);
    let server = sandbox.json(&[
        "server",
        "create",
        "--name",
        "vm1",
        "--flavor",
        "1",
        "--image",
        image["id"].as_str().unwrap(),
        "--wait",
    ]);
    assert_eq!(server["image"]["id"], image["id"]);
    assert_eq!(server["metadata"]["os"], "debian");
    assert_eq!(server["metadata"]["users"], "root");
    assert_eq!(server["status"], "ACTIVE");
}

#[test]
fn bad_input_is_refused_and_registers_nothing() {
    let sandbox = TestSandbox::start();
    let uuid = sandbox.uuid().to_string();
    let pithos = Pithos::new(&sandbox);

    // A location that does not exist.
    let stderr = fails(
        sandbox.cmd().args(["image", "register", "--name", "Ghost", "--location", "/images/ghost.img"]),
        3,
    );
    assert!(stderr.contains("does not exist") && stderr.contains("hint:"), "{stderr}");
    // Malformed locations and a location with no file.
    fails(sandbox.cmd().args(["image", "register", "--name", "X", "--location", "images/x.img"]), 2);
    fails(sandbox.cmd().args(["image", "register", "--name", "X", "--location", "/images"]), 2);
    // Another user's private object.
    let common::OtherUser { uuid: other_uuid, token: other_token, .. } = sandbox.other_user();
    pithos.put(&other_token, &other_uuid, "images", "private.img", b"secret disk");
    let location = format!("pithos://{other_uuid}/images/private.img");
    let stderr = fails(
        sandbox.cmd().args([
            "image",
            "register",
            "--name",
            "Theirs",
            "--location",
            &location,
            "--no-metafile-upload",
        ]),
        4,
    );
    assert!(stderr.contains("belongs to another user"), "{stderr}");
    // A file shared with me may be registered, but its metafile cannot be stored in the
    // other account: the registration is undone.
    pithos.put(&other_token, &other_uuid, "images", "shared.img", b"shared disk");
    pithos.share(&other_token, &other_uuid, "images", "shared.img", &uuid);
    let location = format!("pithos://{other_uuid}/images/shared.img");
    let stderr =
        fails(sandbox.cmd().args(["image", "register", "--name", "Shared", "--location", &location]), 4);
    assert!(stderr.contains("the registration was undone"), "{stderr}");
    assert!(my_images(&sandbox).is_empty(), "the registration was undone");
    // A malformed metafile, and a missing one.
    let metafile = sandbox.dir.path().join("bad.meta");
    std::fs::write(&metafile, r#"{"name": "X", "properties": ["os"]}"#).unwrap();
    let stderr = fails(sandbox.cmd().args(["image", "register", "--metafile", path_arg(&metafile)]), 2);
    assert!(
        stderr.contains("malformed metafile") && stderr.contains("`properties` is not a JSON object"),
        "{stderr}"
    );
    fails(sandbox.cmd().args(["image", "register", "--metafile", "/nonexistent.meta"]), 3);
    // Bad formats and properties.
    fails(
        sandbox.cmd().args([
            "image",
            "register",
            "--name",
            "X",
            "--location",
            "/images/x",
            "--disk-format",
            "qcow2",
        ]),
        2,
    );
    fails(
        sandbox.cmd().args(["image", "register", "--name", "X", "--location", "/images/x", "-p", "a b=c"]),
        2,
    );
    assert!(my_images(&sandbox).is_empty(), "nothing was registered");

    // A name clash with one of my images.
    pithos.put(sandbox.token(), &uuid, "images", "one.img", b"one");
    pithos.put(sandbox.token(), &uuid, "images", "two.img", b"two");
    sandbox.json(&["image", "register", "--name", "Same", "--location", "/images/one.img"]);
    let stderr = fails(
        sandbox.cmd().args(["image", "register", "--name", "Same", "--location", "/images/two.img"]),
        5,
    );
    assert!(stderr.contains("already have an image named 'Same'"), "{stderr}");
    assert_eq!(my_images(&sandbox).len(), 1);
    assert!(pithos.get(&uuid, "images/two.img.meta").is_none(), "no metafile for a refused registration");

    // Without a metafile, the shared file registers fine, as an image of mine.
    let location = format!("pithos://{other_uuid}/images/shared.img");
    let shared = sandbox.json(&[
        "image",
        "register",
        "--name",
        "Shared",
        "--location",
        &location,
        "--no-metafile-upload",
    ]);
    assert_eq!(shared["owner"], uuid);
    assert_eq!(shared["location"], location);
}

#[test]
fn the_documented_image_examples_work() {
    let sandbox = TestSandbox::start();
    let uuid = sandbox.uuid().to_string();
    local_file(&sandbox, "my-image.diskdump", 10_000);
    let registered = sandbox.run_example("image-register.sh", &["my-image.diskdump", "My Image"]);
    assert!(registered.contains("/images/my-image.diskdump.meta"), "{registered}");
    let listed = sandbox.run_example("image-list.sh", &[]);
    assert!(listed.contains(&format!("My Image  pithos://{uuid}/images/my-image.diskdump")), "{listed}");

    let id = my_images(&sandbox)[0]["id"].as_str().unwrap().to_string();
    let unregistered = sandbox.run_example("image-unregister.sh", &[&id]);
    assert!(
        unregistered.contains("/images/my-image.diskdump, /images/my-image.diskdump.meta"),
        "{unregistered}"
    );
    assert!(my_images(&sandbox).is_empty());
    assert!(Pithos::new(&sandbox).get(&uuid, "images/my-image.diskdump").is_none());
    let debian = sandbox.json(&["image", "list", "--public"])[0]["id"].as_str().unwrap().to_string();
    let refused = sandbox.run_example("image-unregister.sh", &[&debian]);
    assert_eq!(refused, "This image wasn't registered by me\n");
}
