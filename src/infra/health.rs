//! Health checks, run from this host once the cloud says an instance runs: ping, TCP ports and
//! HTTP URLs, in that order; the first failure decides.

use std::time::Duration;

use serde_json::json;

use super::nodedef::HealthCheck;
use super::template::Renderer;

const PROBE_TIMEOUT: Duration = Duration::from_secs(3);

/// `Ok` when every configured check passes; otherwise why the first one failed.
pub async fn probe(check: &HealthCheck, address: Option<&str>, renderer: &Renderer) -> Result<(), String> {
    let needs_address = check.ping || !check.ports.is_empty() || !check.urls.is_empty();
    if !needs_address {
        return Ok(());
    }
    let Some(address) = address else {
        return Err("the instance has no address yet".to_owned());
    };
    if check.ping {
        ping(address).await?;
    }
    for port in &check.ports {
        let target =
            if address.contains(':') { format!("[{address}]:{port}") } else { format!("{address}:{port}") };
        match tokio::time::timeout(PROBE_TIMEOUT, tokio::net::TcpStream::connect(&target)).await {
            Ok(Ok(_)) => {}
            Ok(Err(e)) => return Err(format!("TCP port {port} on {address}: {e}")),
            Err(_) => return Err(format!("TCP port {port} on {address}: no answer in {PROBE_TIMEOUT:?}")),
        }
    }
    if !check.urls.is_empty() {
        let mut context = renderer.context().clone();
        if let Some(map) = context.as_object_mut() {
            map.insert("ip".to_owned(), json!(address));
        }
        let client = reqwest::Client::builder()
            .timeout(PROBE_TIMEOUT)
            .build()
            .map_err(|e| format!("cannot start an HTTP client: {e}"))?;
        for template in &check.urls {
            let url = renderer.render_with(template, "health_check.urls", &context)?;
            match client.head(&url).send().await {
                Ok(response) if response.status().is_success() || response.status().is_redirection() => {}
                Ok(response) => return Err(format!("HEAD {url}: HTTP {}", response.status().as_u16())),
                Err(e) => return Err(format!("HEAD {url}: {e}")),
            }
        }
    }
    Ok(())
}

async fn ping(address: &str) -> Result<(), String> {
    let target = address.to_owned();
    let status = tokio::task::spawn_blocking(move || {
        std::process::Command::new("ping")
            .args(["-c", "1", "-W", "1", &target])
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .status()
    })
    .await
    .map_err(|e| format!("ping {address}: {e}"))?;
    match status {
        Ok(status) if status.success() => Ok(()),
        Ok(_) => Err(format!("ping {address}: no reply")),
        Err(e) => Err(format!("ping {address}: cannot run `ping`: {e}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::infra::template::AddressBook;

    #[tokio::test]
    async fn ports_and_urls() {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let port = listener.local_addr().expect("addr").port();
        let renderer = Renderer::new(json!({}), AddressBook::new());
        let open = HealthCheck { ports: vec![port], ..HealthCheck::default() };
        assert_eq!(probe(&open, Some("127.0.0.1"), &renderer).await, Ok(()));
        drop(listener);
        let err = probe(&open, Some("127.0.0.1"), &renderer).await.expect_err("closed port");
        assert!(err.starts_with(&format!("TCP port {port} on 127.0.0.1")), "{err}");
        let none = HealthCheck::default();
        assert_eq!(probe(&none, None, &renderer).await, Ok(()));
        let url = HealthCheck { urls: vec!["http://{{ ip }}:1/".into()], ..HealthCheck::default() };
        let err = probe(&url, Some("127.0.0.1"), &renderer).await.expect_err("refused");
        assert!(err.starts_with("HEAD http://127.0.0.1:1/"), "{err}");
    }
}
