//! The app's own files in its data folder: the autosave of an untitled project, and a lock
//! that tells a crash from a clean exit.

use std::path::{Path, PathBuf};

/// How the last run ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PreviousRun {
    /// It closed normally (or there was none).
    Clean,
    /// It was killed or crashed: its lock is still there.
    Crashed,
    /// Another Tarikh is running now (process id).
    Running(u32),
}

/// The data folder (`~/.local/share/tarikh` on Linux).
#[derive(Debug, Clone)]
pub struct SessionDir {
    pub dir: PathBuf,
    /// The untitled project's autosave file in `dir`.
    pub autosave_name: String,
    owns_lock: bool,
}

impl SessionDir {
    pub fn new(dir: PathBuf) -> Self {
        SessionDir { dir, autosave_name: "autosave.tarikh".into(), owns_lock: false }
    }

    /// Where an untitled project is autosaved.
    pub fn autosave_path(&self) -> PathBuf {
        self.dir.join(&self.autosave_name)
    }

    fn lock_path(&self) -> PathBuf {
        self.dir.join("running.lock")
    }

    /// Takes the lock for this process and says how the previous run ended.
    pub fn lock(&mut self) -> std::io::Result<PreviousRun> {
        std::fs::create_dir_all(&self.dir)?;
        let previous = match std::fs::read_to_string(self.lock_path()) {
            Ok(s) => match s.trim().parse::<u32>() {
                Ok(pid) if pid == std::process::id() => PreviousRun::Clean,
                Ok(pid) if process_alive(pid) => return Ok(PreviousRun::Running(pid)),
                _ => PreviousRun::Crashed,
            },
            Err(_) => PreviousRun::Clean,
        };
        crate::export::write_atomic(&self.lock_path(), std::process::id().to_string().as_bytes())?;
        self.owns_lock = true;
        Ok(previous)
    }

    /// Whether this process holds the lock (else another Tarikh does).
    pub fn owns_lock(&self) -> bool {
        self.owns_lock
    }

    /// Releases the lock at a clean exit (only if this process took it).
    pub fn unlock(&self) {
        if self.owns_lock {
            let _ = std::fs::remove_file(self.lock_path());
        }
    }

    /// Moves an untitled project aside (so a new one does not overwrite it) to
    /// `Untitled <date time>.tarikh`; returns where it went.
    pub fn keep_aside(&self, path: &Path) -> std::io::Result<PathBuf> {
        let stamp = chrono::Local::now().format("%Y-%m-%d %H%M%S");
        let mut to = self.dir.join(format!("Untitled {stamp}.tarikh"));
        let mut n = 2;
        while to.exists() {
            to = self.dir.join(format!("Untitled {stamp} ({n}).tarikh"));
            n += 1;
        }
        std::fs::rename(path, &to)?;
        Ok(to)
    }
}

/// Whether a Tarikh process with this id is running. A killed process can linger as a zombie
/// (state `Z`) when nothing reaps it, and a process id can be reused by another program.
#[cfg(target_os = "linux")]
fn process_alive(pid: u32) -> bool {
    let Ok(stat) = std::fs::read_to_string(format!("/proc/{pid}/stat")) else { return false };
    // "pid (comm) state ...": comm may hold spaces, so read around the last ')'.
    let Some((comm, rest)) = stat.rsplit_once(')') else { return false };
    let zombie = matches!(rest.trim_start().chars().next(), Some('Z' | 'X'));
    !zombie && comm.contains("tarikh")
}

// Without a cheap check, a stale lock is taken for a crash: the worst case is an offer to
// restore that was not needed.
#[cfg(not(target_os = "linux"))]
fn process_alive(_pid: u32) -> bool {
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_lock_left_behind_means_a_crash() {
        let dir = std::env::temp_dir().join(format!("tarikh-session-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        let mut s = SessionDir::new(dir.clone());
        assert_eq!(s.lock().unwrap(), PreviousRun::Clean);
        // This process holds it: taking it again is neither a crash nor another instance.
        assert_eq!(s.lock().unwrap(), PreviousRun::Clean);
        s.unlock();
        assert_eq!(s.lock().unwrap(), PreviousRun::Clean);
        // A lock from a process that is gone.
        std::fs::write(dir.join("running.lock"), "4000000").unwrap();
        assert_eq!(s.lock().unwrap(), PreviousRun::Crashed);
        // A lock from a live process that is not Tarikh (its id was reused).
        std::fs::write(dir.join("running.lock"), "1").unwrap();
        assert_eq!(s.lock().unwrap(), PreviousRun::Crashed);
        s.unlock();
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
