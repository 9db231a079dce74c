//! Writing a file so that a crash or a power cut never leaves half of it: a temporary file
//! beside it, flushed to disk, renamed over the target, and the folder flushed so the rename
//! itself is on disk.

use std::io::Write;
use std::path::Path;
use std::time::{Duration, SystemTime};

pub fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let name = path.file_name().map(|n| n.to_string_lossy().to_string()).unwrap_or_else(|| "out".into());
    let tmp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    let result = (|| {
        let mut f = std::fs::File::create(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        std::fs::rename(&tmp, path)?;
        sync_dir(dir);
        Ok(())
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    remove_stale_temps(dir, &name);
    result
}

#[cfg(unix)]
fn sync_dir(dir: &Path) {
    if let Ok(d) = std::fs::File::open(dir) {
        let _ = d.sync_all();
    }
}

#[cfg(not(unix))]
fn sync_dir(_dir: &Path) {}

/// Temporary files left by writers that were killed mid-write (older than a minute, so a
/// write under way in another process is not touched).
fn remove_stale_temps(dir: &Path, name: &str) {
    let prefix = format!(".{name}.");
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    let now = SystemTime::now();
    for e in entries.flatten() {
        let f = e.file_name().to_string_lossy().to_string();
        if f.starts_with(&prefix) && f.ends_with(".tmp") {
            let old = e
                .metadata()
                .and_then(|m| m.modified())
                .is_ok_and(|t| now.duration_since(t).unwrap_or_default() > Duration::from_secs(60));
            if old {
                let _ = std::fs::remove_file(e.path());
            }
        }
    }
}
