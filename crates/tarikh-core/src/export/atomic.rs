//! Writing a file so that a crash or a power cut never leaves half of it: a temporary file
//! beside it, flushed to disk, renamed over the target, and the folder flushed so the rename
//! itself is on disk.
//!
//! The file written is the one the user means: through a symbolic link, its target (the link
//! stays a link); over an existing file, with that file's permissions (a private `0600`
//! project stays private).

use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

pub fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let path = &resolve_links(path);
    let dir = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let name = path.file_name().map(|n| n.to_string_lossy().to_string()).unwrap_or_else(|| "out".into());
    let tmp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    let keep = std::fs::metadata(path).ok().map(|m| m.permissions());
    let result = (|| {
        let mut f = std::fs::File::create(&tmp)?;
        f.write_all(bytes)?;
        if let Some(p) = keep {
            f.set_permissions(p)?;
        }
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

/// The file a path names in the end: symbolic links followed (a dangling one to where it
/// points). Not a link: the path itself.
fn resolve_links(path: &Path) -> PathBuf {
    let mut p = path.to_path_buf();
    // A bounded number of hops: a loop of links is left as it is (the write then fails).
    for _ in 0..40 {
        let is_link = std::fs::symlink_metadata(&p).is_ok_and(|m| m.file_type().is_symlink());
        if !is_link {
            return p;
        }
        let Ok(target) = std::fs::read_link(&p) else { return p };
        p = match p.parent() {
            Some(dir) if target.is_relative() => dir.join(target),
            _ => target,
        };
    }
    path.to_path_buf()
}

#[cfg(unix)]
fn sync_dir(dir: &Path) {
    if let Ok(d) = std::fs::File::open(dir) {
        let _ = d.sync_all();
    }
}

#[cfg(not(unix))]
fn sync_dir(_dir: &Path) {}

/// Temporary files left by writers that were killed mid-write: those of a process that is no
/// longer running (where that can be told), else those older than a minute (so a write under
/// way in another process is not touched).
fn remove_stale_temps(dir: &Path, name: &str) {
    let prefix = format!(".{name}.");
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    let now = SystemTime::now();
    let me = std::process::id();
    for e in entries.flatten() {
        let f = e.file_name().to_string_lossy().to_string();
        let Some(pid) = f.strip_prefix(&prefix).and_then(|r| r.strip_suffix(".tmp")) else { continue };
        let Ok(pid) = pid.parse::<u32>() else { continue };
        if pid == me {
            continue;
        }
        let stale = match process_running(pid) {
            Some(running) => !running,
            None => e
                .metadata()
                .and_then(|m| m.modified())
                .is_ok_and(|t| now.duration_since(t).unwrap_or_default() > Duration::from_secs(60)),
        };
        if stale {
            let _ = std::fs::remove_file(e.path());
        }
    }
}

/// Whether a process runs, where the system tells (Linux: `/proc`).
fn process_running(pid: u32) -> Option<bool> {
    let proc = Path::new("/proc");
    proc.join("self").exists().then(|| proc.join(pid.to_string()).exists())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dir(name: &str) -> PathBuf {
        let d = std::env::temp_dir().join(format!("tarikh-atomic-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&d);
        std::fs::create_dir_all(&d).unwrap();
        d
    }

    #[cfg(unix)]
    #[test]
    fn writes_through_a_link_and_keeps_permissions() {
        use std::os::unix::fs::PermissionsExt;
        let d = dir("link");
        let real = d.join("real.tarikh");
        std::fs::write(&real, "old").unwrap();
        std::fs::set_permissions(&real, std::fs::Permissions::from_mode(0o600)).unwrap();
        let link = d.join("link.tarikh");
        std::os::unix::fs::symlink("real.tarikh", &link).unwrap();
        write_atomic(&link, b"new").unwrap();
        assert!(std::fs::symlink_metadata(&link).unwrap().file_type().is_symlink());
        assert_eq!(std::fs::read_to_string(&real).unwrap(), "new");
        assert_eq!(std::fs::metadata(&real).unwrap().permissions().mode() & 0o777, 0o600);
        std::fs::remove_dir_all(&d).unwrap();
    }

    #[test]
    fn temporary_files_of_dead_writers_are_removed() {
        let d = dir("stale");
        // A pid that is no process (pids stay far below this on Linux).
        let stale = d.join(".p.tarikh.4000000000.tmp");
        std::fs::write(&stale, "half").unwrap();
        let other = d.join(".q.tarikh.4000000000.tmp");
        std::fs::write(&other, "another file's").unwrap();
        write_atomic(&d.join("p.tarikh"), b"whole").unwrap();
        if process_running(1).is_some() {
            assert!(!stale.exists());
        }
        assert!(other.exists(), "only the temporary files of the file written are touched");
        std::fs::remove_dir_all(&d).unwrap();
    }
}
