//! Plain Swift: streaming PUTs, verified by MD5, and static large objects above the
//! segment size (segments that are already there with the same MD5 are not sent again,
//! which makes large uploads resumable).

use std::fs::File;
use std::path::Path;
use std::sync::Arc;

use futures::StreamExt;
use indicatif::ProgressBar;
use md5::Digest as _;
use reqwest::Method;
use tokio::io::{AsyncRead, AsyncReadExt};

use super::{UploadOptions, UploadSummary, created_from};
use crate::clients::pithos::{ObjectAttributes, PithosClient, RemotePath, expect_success, quote_header};
use crate::error::{Error, Result};

/// A part of a file read as a stream of chunks for a streaming request body; the MD5
/// of what was read accumulates in `md5` (one pass over the data, as `swift` does).
fn file_stream(
    path: &Path,
    offset: u64,
    len: u64,
    progress: ProgressBar,
    md5: Arc<std::sync::Mutex<md5::Md5>>,
) -> Result<reqwest::Body> {
    use std::io::{Read, Seek, SeekFrom};
    let mut file =
        File::open(path).map_err(|e| Error::from(e).context(format!("opening `{}`", path.display())))?;
    file.seek(SeekFrom::Start(offset))?;
    let mut remaining = len;
    let chunks = futures::stream::iter(std::iter::from_fn(move || {
        if remaining == 0 {
            return None;
        }
        let mut buf = vec![0u8; remaining.min(1 << 20) as usize];
        match file.read_exact(&mut buf) {
            Ok(()) => {
                remaining -= buf.len() as u64;
                progress.inc(buf.len() as u64);
                if let Ok(mut md5) = md5.lock() {
                    md5.update(&buf);
                }
                Some(Ok::<_, std::io::Error>(buf))
            }
            Err(err) => {
                remaining = 0;
                Some(Err(err))
            }
        }
    }));
    Ok(reqwest::Body::wrap_stream(chunks))
}

fn md5_of(path: &Path, offset: u64, len: u64) -> Result<String> {
    use std::io::{Read, Seek, SeekFrom};
    let mut file = File::open(path)?;
    file.seek(SeekFrom::Start(offset))?;
    let mut reader = file.take(len);
    let mut md5 = md5::Md5::new();
    let mut buf = vec![0u8; 1 << 20];
    loop {
        let n = reader.read(&mut buf)?;
        if n == 0 {
            break;
        }
        md5.update(&buf[..n]);
    }
    Ok(hex::encode(md5.finalize()))
}

async fn put_part(
    client: &PithosClient,
    local: &Path,
    offset: u64,
    len: u64,
    remote: &RemotePath,
    options: &UploadOptions,
    attributes: Option<&ObjectAttributes>,
) -> Result<String> {
    let md5 = Arc::new(std::sync::Mutex::new(md5::Md5::new()));
    let body = file_stream(local, offset, len, options.progress.clone(), Arc::clone(&md5))?;
    let mut request = client
        .authed(Method::PUT, &client.object_url_for(remote))
        .header("Content-Length", len.to_string())
        .body(body);
    if let Some(attributes) = attributes {
        request = apply_swift_attributes(request, attributes);
    }
    let response = client.http().send_raw(request, false).await?;
    let response = expect_success(response, &format!("uploading {remote}")).await?;
    let stored = created_from(response.headers()).hash;
    let sent = md5.lock().map(|md5| hex::encode(md5.clone().finalize())).unwrap_or_default();
    if !stored.eq_ignore_ascii_case(&sent) {
        return Err(Error::general(format!(
            "Swift stored `{remote}` with MD5 {stored}, but {sent} was sent"
        ))
        .hint("the file may have changed during the upload; upload it again"));
    }
    Ok(sent)
}

fn apply_swift_attributes(
    mut request: reqwest::RequestBuilder,
    attributes: &ObjectAttributes,
) -> reqwest::RequestBuilder {
    request = request
        .header("Content-Type", attributes.content_type.as_deref().unwrap_or("application/octet-stream"));
    for (key, value) in &attributes.meta {
        request = request.header(format!("X-Object-Meta-{key}"), quote_header(value));
    }
    request
}

pub(super) async fn upload(
    client: &PithosClient,
    local: &Path,
    size: u64,
    remote: &RemotePath,
    options: &UploadOptions,
) -> Result<UploadSummary> {
    client.container_info(remote.account.as_deref(), &remote.container).await?;
    if size <= options.segment_size {
        let md5 = put_part(client, local, 0, size, remote, options, Some(&options.attributes)).await?;
        return Ok(whole_object(remote, size, md5));
    }
    // Static large object: segments in `<container>_segments`, then a manifest.
    let segments_container = format!("{}_segments", remote.container);
    client.ensure_container(&segments_container).await?;
    let count = size.div_ceil(options.segment_size);
    let mut manifest = Vec::new();
    let (mut sent, mut bytes_sent) = (0u64, 0u64);
    for index in 0..count {
        let offset = index * options.segment_size;
        let len = options.segment_size.min(size - offset);
        let segment = RemotePath::new(&segments_container, &format!("{}/{size}/{index:08}", remote.object));
        // A segment already there with the same size and MD5 is not sent again.
        let existing = client.find_object(&segment, None).await?.filter(|o| o.bytes == len);
        let kept = match existing {
            Some(object) => {
                let path = local.to_path_buf();
                let md5 = tokio::task::spawn_blocking(move || md5_of(&path, offset, len))
                    .await
                    .map_err(|e| Error::general(format!("hashing task failed: {e}")))??;
                (object.hash == md5).then_some(md5)
            }
            None => None,
        };
        let md5 = match kept {
            Some(md5) => {
                options.progress.inc(len);
                md5
            }
            None => {
                sent += 1;
                bytes_sent += len;
                put_part(client, local, offset, len, &segment, options, None).await?
            }
        };
        manifest.push(serde_json::json!({
            "path": format!("/{}/{}", segments_container, segment.object),
            "etag": md5,
            "size_bytes": len,
        }));
    }
    let url = format!("{}?multipart-manifest=put", client.object_url_for(remote));
    let request =
        apply_swift_attributes(client.authed(Method::PUT, &url), &options.attributes).json(&manifest);
    let response = client.http().send_raw(request, true).await?;
    let response = expect_success(response, &format!("writing the manifest of {remote}")).await?;
    let hash = created_from(response.headers()).hash;
    Ok(UploadSummary {
        path: remote.display(),
        bytes: size,
        hash,
        version: None,
        blocks: count,
        blocks_sent: sent,
        bytes_sent,
        public_url: None,
    })
}

pub(super) async fn upload_stream(
    client: &PithosClient,
    reader: impl AsyncRead + Unpin + Send + 'static,
    remote: &RemotePath,
    options: &UploadOptions,
) -> Result<UploadSummary> {
    // A streamed body cannot be sent twice: the container (the user's `pithos` or
    // `trash` created if missing) must be there before it goes.
    client.container_info(remote.account.as_deref(), &remote.container).await?;
    let counted = Arc::new(std::sync::Mutex::new((md5::Md5::new(), 0u64)));
    let tally = Arc::clone(&counted);
    let progress = options.progress.clone();
    let chunks = futures::stream::unfold(reader, |mut reader| async move {
        let mut buf = vec![0u8; 1 << 20];
        match reader.read(&mut buf).await {
            Ok(0) => None,
            Ok(n) => {
                buf.truncate(n);
                Some((Ok::<_, std::io::Error>(buf), reader))
            }
            Err(err) => Some((Err(err), reader)),
        }
    })
    .inspect(move |chunk| {
        if let (Ok(chunk), Ok(mut tally)) = (chunk, tally.lock()) {
            tally.0.update(chunk);
            tally.1 += chunk.len() as u64;
            progress.inc(chunk.len() as u64);
        }
    });
    let request = apply_swift_attributes(
        client.authed(Method::PUT, &client.object_url_for(remote)),
        &options.attributes,
    )
    .body(reqwest::Body::wrap_stream(chunks));
    let response = client.http().send_raw(request, false).await?;
    let response = expect_success(response, &format!("uploading {remote}")).await?;
    let etag = created_from(response.headers()).hash;
    let (md5, size) = {
        let tally = counted.lock().map_err(|_| Error::general("upload state poisoned"))?;
        (hex::encode(tally.0.clone().finalize()), tally.1)
    };
    if !etag.is_empty() && etag != md5 {
        return Err(Error::general(format!("Swift stored `{remote}` with MD5 {etag}, but {md5} was sent")));
    }
    Ok(whole_object(remote, size, md5))
}

/// The summary of an object sent whole in one PUT: one segment, all of it sent.
fn whole_object(remote: &RemotePath, size: u64, md5: String) -> UploadSummary {
    UploadSummary {
        path: remote.display(),
        bytes: size,
        hash: md5,
        version: None,
        blocks: 1,
        blocks_sent: 1,
        bytes_sent: size,
        public_url: None,
    }
}
