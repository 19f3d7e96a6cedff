//! The sandbox's object store as Swift clients see it: MD5 ETags (the Merkle hash kept in
//! `X-Object-Hash`), dynamic large objects, Pithos's top-level v1 auth, and the 411 of an
//! upload without a content type. Checked with plain HTTP requests and with the real `swift` CLI
//! (python-swiftclient, from `$SWIFT_VENV`, default `/tmp/swift-venv`, where
//! `shared/peers/start-swift.sh` installs it); without it those tests are skipped, with
//! the reason printed.

// Helpers outside #[test] functions panic on a failed setup step, as the tests do, and
// say on stderr why a test is skipped.
#![allow(clippy::expect_used, clippy::print_stderr)]

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use common::{TestSandbox, data};
use kamaki::protocol::pithos_hash as hashing;
use md5::Digest as _;

const BLOCK: usize = hashing::DEFAULT_BLOCK_SIZE as usize;

struct Reply {
    status: u16,
    headers: reqwest::header::HeaderMap,
    body: Vec<u8>,
}

impl Reply {
    fn header(&self, name: &str) -> String {
        self.headers.get(name).and_then(|v| v.to_str().ok()).unwrap_or_default().to_string()
    }
}

fn request(method: &str, url: &str, headers: &[(&str, &str)], body: Vec<u8>) -> Reply {
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("runtime");
    runtime.block_on(async {
        let method = reqwest::Method::from_bytes(method.as_bytes()).expect("an HTTP method");
        let mut request = reqwest::Client::new().request(method, url).body(body);
        for (name, value) in headers {
            request = request.header(*name, *value);
        }
        let response = request.send().await.expect("reach the sandbox");
        let (status, headers) = (response.status().as_u16(), response.headers().clone());
        let body = response.bytes().await.expect("read the answer").to_vec();
        Reply { status, headers, body }
    })
}

fn md5_hex(bytes: &[u8]) -> String {
    hex::encode(md5::Md5::digest(bytes))
}

/// The Merkle hash Pithos computes for these bytes with the default block size.
fn merkle(bytes: &[u8]) -> String {
    let hashes: Vec<String> = bytes.chunks(BLOCK).map(hashing::block_hash_hex).collect();
    hashing::merkle_hex(&hashes).expect("hex hashes")
}

struct Store<'a> {
    sb: &'a TestSandbox,
}

impl Store<'_> {
    fn url(&self, path: &str) -> String {
        format!(
            "{}/object-store/v1/{}/{path}",
            self.sb.endpoints["url"].as_str().expect("url"),
            self.sb.uuid()
        )
    }

    fn call(&self, method: &str, path: &str, headers: &[(&str, &str)], body: Vec<u8>) -> Reply {
        let headers = [&[("X-Auth-Token", self.sb.token())], headers].concat();
        request(method, &self.url(path), &headers, body)
    }
}

#[test]
fn objects_carry_the_md5_as_etag_and_the_merkle_hash_beside_it() {
    let sb = TestSandbox::start();
    let store = Store { sb: &sb };
    let bytes = data(BLOCK + 1000, 1);
    let (md5, merkle) = (md5_hex(&bytes), merkle(&bytes));

    let put =
        store.call("PUT", "pithos/streamed.bin", &[("Content-Type", "application/x-test")], bytes.clone());
    assert_eq!(put.status, 201);
    assert_eq!(put.header("etag"), md5);
    for method in ["HEAD", "GET"] {
        let read = store.call(method, "pithos/streamed.bin", &[], Vec::new());
        assert_eq!(read.status, 200, "{method}");
        assert_eq!(read.header("etag"), md5, "{method}");
        assert_eq!(read.header("x-object-hash"), merkle, "{method}");
    }
    assert_eq!(md5_hex(&store.call("GET", "pithos/streamed.bin", &[], Vec::new()).body), md5);

    // Listings as Pithos with MD5 ETags and Swift list them.
    let listing = store.call("GET", "pithos?format=json", &[], Vec::new());
    let entries: serde_json::Value = serde_json::from_slice(&listing.body).expect("listing JSON");
    let entry =
        entries.as_array().expect("list").iter().find(|e| e["name"] == "streamed.bin").expect("listed");
    assert_eq!(
        (entry["hash"].as_str(), entry["x_object_hash"].as_str()),
        (Some(md5.as_str()), Some(merkle.as_str()))
    );

    // Conditional requests know the object by either hash.
    for tag in [&md5, &merkle] {
        let conditional = store.call("GET", "pithos/streamed.bin", &[("If-None-Match", tag)], Vec::new());
        assert_eq!(conditional.status, 304, "If-None-Match {tag}");
        assert_eq!(conditional.header("etag"), md5);
        let ranged = store.call(
            "GET",
            "pithos/streamed.bin",
            &[("Range", "bytes=0-9"), ("If-Range", tag)],
            Vec::new(),
        );
        assert_eq!((ranged.status, ranged.body.as_slice()), (206, &bytes[..10]), "If-Range {tag}");
    }

    // A server-side copy keeps it; a wrong ETag on upload is refused.
    let copy = store.call(
        "PUT",
        "pithos/copy.bin",
        &[("X-Copy-From", "/pithos/streamed.bin"), ("Content-Type", "application/x-test")],
        Vec::new(),
    );
    assert_eq!((copy.status, copy.header("etag")), (201, md5.clone()));
    let wrong =
        store.call("PUT", "pithos/wrong.bin", &[("Content-Type", "text/plain"), ("ETag", &merkle)], bytes);
    assert_eq!(wrong.status, 422);
}

/// kamaki's own uploads are hashmap PUTs of blocks it sent before: the sandbox computes
/// the MD5 from the blocks, and kamaki still checks and syncs by the Merkle hash.
#[test]
fn hashmap_uploads_get_md5_etags_and_kamaki_keeps_comparing_merkle_hashes() {
    let sb = TestSandbox::start();
    let store = Store { sb: &sb };
    let dir = tempfile::tempdir().expect("tmp");
    let bytes = [data(2 * BLOCK, 2), vec![0u8; 300]].concat();
    let local = dir.path().join("blocks.bin");
    std::fs::write(&local, &bytes).expect("write");
    let up = sb.json(&["file", "upload", local.to_str().expect("path"), "/pithos/blocks.bin"]);
    assert_eq!(up["hash"], merkle(&bytes));
    let head = store.call("HEAD", "pithos/blocks.bin", &[], Vec::new());
    assert_eq!((head.header("etag"), head.header("x-object-hash")), (md5_hex(&bytes), merkle(&bytes)));
    let down = dir.path().join("down.bin");
    let summary = sb.json(&["file", "download", "/pithos/blocks.bin", down.to_str().expect("path")]);
    assert_eq!(summary["hash"], merkle(&bytes));
    assert_eq!(std::fs::read(&down).expect("downloaded"), bytes);

    // Sync compares by the listed Merkle hash: an unchanged tree moves nothing.
    let tree = dir.path().join("tree");
    std::fs::create_dir_all(&tree).expect("tree");
    std::fs::write(tree.join("a.txt"), b"synced").expect("write");
    let remote = "/pithos/tree";
    let first = sb.json(&["file", "sync", tree.to_str().expect("path"), remote]);
    assert_eq!(first.as_array().expect("steps").len(), 1, "{first}");
    let again = sb.json(&["file", "sync", tree.to_str().expect("path"), remote]);
    assert!(again.as_array().expect("steps").is_empty(), "nothing to do: {again}");
    let listed = sb.json(&["file", "list", remote]);
    let entry = listed.as_array().expect("list").iter().find(|o| o["name"] == "tree/a.txt").expect("listed");
    assert_eq!(entry["hash"], merkle(b"synced"), "{listed}");
}

#[test]
fn an_upload_without_a_content_type_is_refused_with_the_reason() {
    let sb = TestSandbox::start();
    let reply = Store { sb: &sb }.call("PUT", "pithos/untyped", &[], b"data".to_vec());
    assert_eq!(reply.status, 411);
    let text = String::from_utf8_lossy(&reply.body);
    assert!(text.contains("Content-Type") && text.contains("application/octet-stream"), "{text}");
}

#[test]
fn the_top_level_answers_v1_auth_with_a_token_and_the_storage_url() {
    let sb = TestSandbox::start();
    let base = sb.endpoints["url"].as_str().expect("url").to_string();
    let user = sb.endpoints["user"].as_str().expect("user").to_string();
    let good = [("X-Auth-User", user.as_str()), ("X-Auth-Key", sb.token())];
    let auth = request("GET", &format!("{base}/object-store/v1"), &good, Vec::new());
    assert_eq!(auth.status, 204);
    assert_eq!(auth.header("x-auth-token"), sb.token());
    let storage = auth.header("x-storage-url");
    assert_eq!(storage, format!("{base}/object-store/v1/{}", sb.uuid()));
    let account = request("HEAD", &storage, &[("X-Auth-Token", &auth.header("x-auth-token"))], Vec::new());
    assert_eq!(account.status, 204);

    for url in [format!("{base}/object-store/v1"), format!("{base}/auth/v1.0")] {
        let wrong_key =
            request("GET", &url, &[("X-Auth-User", &user), ("X-Auth-Key", "not-the-token")], Vec::new());
        assert_eq!(wrong_key.status, 401, "{url}");
        assert!(wrong_key.header("x-auth-token").is_empty(), "{url}");
        let unknown =
            request("GET", &url, &[("X-Auth-User", "nobody"), ("X-Auth-Key", sb.token())], Vec::new());
        assert_eq!(unknown.status, 401, "{url}");
        let missing = request("GET", &url, &[("X-Auth-User", &user)], Vec::new());
        assert_eq!(missing.status, 401, "{url}");
        assert!(String::from_utf8_lossy(&missing.body).contains("X-Auth-Key"), "{url}");
    }
    // With a token, the top level is still the list of accounts sharing with the caller.
    let sharers = request(
        "GET",
        &format!("{base}/object-store/v1?format=json"),
        &[("X-Auth-Token", sb.token())],
        Vec::new(),
    );
    assert_eq!(sharers.status, 200);
}

/// A manifest (`X-Object-Manifest: CONTAINER/PREFIX`) reads as the objects under the
/// prefix joined in name order, whatever their sizes against the block size.
#[test]
fn a_dynamic_large_object_reads_as_its_segments_joined() {
    let sb = TestSandbox::start();
    let store = Store { sb: &sb };
    let typed = [("Content-Type", "application/octet-stream")];
    assert_eq!(store.call("PUT", "segs", &[], Vec::new()).status, 201);
    let segments = [data(BLOCK + 10, 4), b"middle".to_vec(), data(1000, 5)];
    // Put out of order: the name decides.
    for index in [2, 0, 1] {
        let put = store.call("PUT", &format!("segs/big/{index:02}"), &typed, segments[index].clone());
        assert_eq!(put.status, 201);
    }
    assert_eq!(store.call("PUT", "segs/bigger", &typed, b"not under big/".to_vec()).status, 201);
    let manifest = [("Content-Type", "application/x-iso"), ("X-Object-Manifest", "segs/big/")];
    assert_eq!(store.call("PUT", "pithos/big.iso", &manifest, Vec::new()).status, 201);

    let whole = segments.concat();
    let etags: String = segments.iter().map(|s| md5_hex(s)).collect();
    let etag = format!("\"{}\"", md5_hex(etags.as_bytes()));
    let head = store.call("HEAD", "pithos/big.iso", &[], Vec::new());
    assert_eq!(head.status, 200);
    assert_eq!(head.header("content-length"), whole.len().to_string());
    assert_eq!(head.header("etag"), etag);
    assert_eq!(head.header("x-object-manifest"), "segs/big/");
    assert_eq!(head.header("content-type"), "application/x-iso");
    let get = store.call("GET", "pithos/big.iso", &[], Vec::new());
    assert_eq!((get.status, get.header("etag")), (200, etag.clone()));
    assert!(get.body == whole, "the joined segments");

    // Ranges across segment (and block) boundaries, one or several.
    let (from, to) = (BLOCK + 5, BLOCK + 12);
    let ranged = store.call("GET", "pithos/big.iso", &[("Range", &format!("bytes={from}-{to}"))], Vec::new());
    assert_eq!(ranged.status, 206);
    assert_eq!(ranged.header("content-range"), format!("bytes {from}-{to}/{}", whole.len()));
    assert_eq!(ranged.body, &whole[from..=to]);
    let tail = store.call("GET", "pithos/big.iso", &[("Range", "bytes=-1004,0-2")], Vec::new());
    assert_eq!(tail.status, 206);
    let text = String::from_utf8_lossy(&tail.body).into_owned();
    assert!(text.contains(&format!(
        "Content-Range: bytes {}-{}/{}",
        whole.len() - 1004,
        whole.len() - 1,
        whole.len()
    )));
    let conditional = store.call("GET", "pithos/big.iso", &[("If-None-Match", &etag)], Vec::new());
    assert_eq!(conditional.status, 304);

    // Dynamic: a segment added later is part of it; the hashmap is the manifest's own.
    assert_eq!(store.call("PUT", "segs/big/03", &typed, b"end".to_vec()).status, 201);
    let grown = store.call("GET", "pithos/big.iso", &[], Vec::new());
    assert!(grown.body == [whole.as_slice(), b"end"].concat());
    let hashmap = store.call("GET", "pithos/big.iso?hashmap&format=json", &[], Vec::new());
    let hashmap: serde_json::Value = serde_json::from_slice(&hashmap.body).expect("hashmap JSON");
    assert_eq!(hashmap["bytes"], 0);

    // kamaki downloads it whole too (its hashmap would be empty).
    let dir = tempfile::tempdir().expect("tmp");
    let local = dir.path().join("big.iso");
    sb.json(&["file", "download", "/pithos/big.iso", local.to_str().expect("path")]);
    assert!(std::fs::read(&local).expect("downloaded") == grown.body);

    // A manifest whose segment container does not exist reads as nothing, as in Swift.
    let nowhere = [("Content-Type", "text/plain"), ("X-Object-Manifest", "no-such-container/x")];
    assert_eq!(store.call("PUT", "pithos/hollow", &nowhere, Vec::new()).status, 201);
    let hollow = store.call("GET", "pithos/hollow", &[], Vec::new());
    assert_eq!((hollow.status, hollow.body.len()), (200, 0));
}

#[test]
fn bad_manifests_and_unreadable_segments_are_refused() {
    let sb = TestSandbox::start();
    let store = Store { sb: &sb };
    for bad in ["no-slash", "/", "//prefix"] {
        let reply = store.call(
            "PUT",
            "pithos/m",
            &[("Content-Type", "text/plain"), ("X-Object-Manifest", bad)],
            Vec::new(),
        );
        assert_eq!(reply.status, 400, "{bad}");
        assert!(String::from_utf8_lossy(&reply.body).contains("CONTAINER/PREFIX"), "{bad}");
    }
    // Another user may read the manifest but not its segments: 403, not their bytes.
    let other = sb.other_user();
    let typed = [("Content-Type", "text/plain")];
    assert_eq!(store.call("PUT", "pithos/parts/0", &typed, b"secret".to_vec()).status, 201);
    let sharing = format!("read={}", other.uuid);
    let manifest = [
        ("Content-Type", "text/plain"),
        ("X-Object-Manifest", "pithos/parts/"),
        ("X-Object-Sharing", &sharing),
    ];
    assert_eq!(store.call("PUT", "pithos/shared-manifest", &manifest, Vec::new()).status, 201);
    let as_other =
        request("GET", &store.url("pithos/shared-manifest"), &[("X-Auth-Token", &other.token)], Vec::new());
    assert_eq!(as_other.status, 403);
    assert!(String::from_utf8_lossy(&as_other.body).contains("parts/0"));
}

/// The `swift` CLI, if installed.
fn swift_cli() -> Option<PathBuf> {
    let venv = std::env::var("SWIFT_VENV").unwrap_or_else(|_| "/tmp/swift-venv".into());
    let cli = Path::new(&venv).join("bin/swift");
    if cli.exists() {
        Some(cli)
    } else {
        eprintln!(
            "skipping: the swift CLI is not installed (run shared/peers/start-swift.sh, or set SWIFT_VENV)"
        );
        None
    }
}

/// Runs the swift CLI against the sandbox, authenticating at `auth` (a path of it).
fn swift(cli: &Path, sb: &TestSandbox, auth: &str, dir: &Path, args: &[&str]) -> Output {
    Command::new(cli)
        .current_dir(dir)
        .env("ST_AUTH", format!("{}{auth}", sb.endpoints["url"].as_str().expect("url")))
        .env("ST_USER", sb.endpoints["user"].as_str().expect("user"))
        .env("ST_KEY", sb.token())
        .env_remove("OS_STORAGE_URL")
        .env_remove("OS_AUTH_TOKEN")
        .env_remove("OS_AUTH_URL")
        .args(args)
        .output()
        .expect("run swift")
}

fn swift_ok(cli: &Path, sb: &TestSandbox, auth: &str, dir: &Path, args: &[&str]) -> String {
    let output = swift(cli, sb, auth, dir, args);
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    assert!(output.status.success(), "swift {}: {stderr}", args.join(" "));
    assert!(!stderr.to_lowercase().contains("md5"), "swift {}: {stderr}", args.join(" "));
    String::from_utf8_lossy(&output.stdout).into_owned()
}

#[test]
fn the_swift_cli_uploads_and_downloads_without_checksum_complaints() {
    let Some(cli) = swift_cli() else { return };
    let sb = TestSandbox::start();
    let dir = tempfile::tempdir().expect("tmp");
    let files = [("big.bin", data(BLOCK + 12345, 3)), ("small.txt", b"hello swift\n".to_vec())];
    let up = dir.path().join("up");
    std::fs::create_dir_all(&up).expect("up");
    for (name, bytes) in &files {
        std::fs::write(up.join(name), bytes).expect("write");
    }
    let typed = ["-H", "Content-Type: application/octet-stream"];
    swift_ok(
        &cli,
        &sb,
        "/object-store/v1",
        &up,
        &[&["upload"], &typed[..], &["docs", "big.bin", "small.txt"]].concat(),
    );
    let listed = swift_ok(&cli, &sb, "/auth/v1.0", &up, &["list", "docs"]);
    assert_eq!(listed.lines().collect::<Vec<_>>(), ["big.bin", "small.txt"]);
    let stat = swift_ok(&cli, &sb, "/auth/v1.0", &up, &["stat", "docs", "big.bin"]);
    assert!(stat.contains(&md5_hex(&files[0].1)), "{stat}");

    let down = dir.path().join("down");
    std::fs::create_dir_all(&down).expect("down");
    for auth in ["/object-store/v1", "/auth/v1.0"] {
        swift_ok(&cli, &sb, auth, &down, &["download", "docs", "-D", "docs"]);
        for (name, bytes) in &files {
            assert_eq!(&std::fs::read(down.join("docs").join(name)).expect("downloaded"), bytes, "{name}");
        }
        std::fs::remove_dir_all(down.join("docs")).expect("clean");
    }

    // Without a content type the upload fails, and says why.
    let untyped = swift(&cli, &sb, "/auth/v1.0", &up, &["upload", "docs", "small.txt"]);
    assert!(!untyped.status.success());
    let stderr = String::from_utf8_lossy(&untyped.stderr);
    assert!(stderr.contains("411") && stderr.contains("Content-Typ"), "{stderr}");
}

/// `swift upload -S` writes segments and a manifest; the download joins them; `swift
/// delete` removes the segments too, having read the manifest header on HEAD.
#[test]
fn the_swift_cli_segments_uploads_and_deletes_the_segments() {
    let Some(cli) = swift_cli() else { return };
    let sb = TestSandbox::start();
    let dir = tempfile::tempdir().expect("tmp");
    let bytes = data(BLOCK + 300_000, 6);
    std::fs::write(dir.path().join("big.bin"), &bytes).expect("write");
    let auth = "/object-store/v1";
    let typed = ["-H", "Content-Type: application/octet-stream"];
    swift_ok(
        &cli,
        &sb,
        auth,
        dir.path(),
        &[&["upload", "-S", "1000000"], &typed[..], &["docs", "big.bin"]].concat(),
    );
    assert_eq!(swift_ok(&cli, &sb, auth, dir.path(), &["list", "docs_segments"]).lines().count(), 5);
    let stat = swift_ok(&cli, &sb, auth, dir.path(), &["stat", "docs", "big.bin"]);
    assert!(stat.contains("Manifest: docs_segments/big.bin/"), "{stat}");
    assert!(stat.contains(&format!("Content Length: {}", bytes.len())), "{stat}");
    swift_ok(&cli, &sb, auth, dir.path(), &["download", "docs", "big.bin", "-o", "down.bin"]);
    assert!(std::fs::read(dir.path().join("down.bin")).expect("downloaded") == bytes);
    let kamaki = dir.path().join("kamaki.bin");
    sb.json(&["file", "download", "/docs/big.bin", kamaki.to_str().expect("path")]);
    assert!(std::fs::read(&kamaki).expect("downloaded") == bytes);

    swift_ok(&cli, &sb, auth, dir.path(), &["delete", "docs", "big.bin"]);
    assert_eq!(swift_ok(&cli, &sb, auth, dir.path(), &["list", "docs_segments"]), "");
    assert_eq!(swift_ok(&cli, &sb, auth, dir.path(), &["list", "docs"]), "");
}
