//! Writes projects on a thread of their own, in the order asked, so that serialising a project
//! and the two fsyncs of an atomic save never stall a frame of the app.
//!
//! One thread and one queue: a later save of the same file can never be overtaken by an earlier
//! one. A save the user asked for ([`ProjectWriter::write_now`]) waits for its turn and its
//! result; autosaves ([`ProjectWriter::write`]) are collected later ([`ProjectWriter::finished`]).

use std::io;
use std::path::PathBuf;
use std::sync::mpsc::{Receiver, Sender, TryRecvError, channel};
use std::thread::JoinHandle;

use super::file::{Project, save};

/// A save that was carried out (or failed).
#[derive(Debug)]
pub struct Written {
    /// Which save this was: saves are numbered in the order they were asked for.
    pub seq: u64,
    pub path: PathBuf,
    /// The revision of the timeline the project was captured at.
    pub revision: u64,
    /// Whether the file's previous version was to be kept as its backup.
    pub backup: bool,
    pub result: io::Result<()>,
}

struct Job {
    seq: u64,
    path: PathBuf,
    project: Project,
    backup: bool,
    revision: u64,
}

/// The queue of saves and the thread that carries them out. Dropping it waits for the saves
/// still queued: nothing asked for is lost when the app closes.
pub struct ProjectWriter {
    jobs: Option<Sender<Job>>,
    done: Receiver<Written>,
    thread: Option<JoinHandle<()>>,
    /// Saves handed to the thread and not yet reported: (number, file, revision, backup).
    in_flight: Vec<(u64, PathBuf, u64, bool)>,
    /// The number of the next save.
    next_seq: u64,
    /// Results received while waiting for a later one, kept for [`ProjectWriter::finished`].
    early: Vec<Written>,
}

impl Default for ProjectWriter {
    fn default() -> Self {
        ProjectWriter::new()
    }
}

impl ProjectWriter {
    pub fn new() -> Self {
        let (jobs, queue) = channel::<Job>();
        let (report, done) = channel();
        let thread = std::thread::Builder::new()
            .name("project writer".into())
            .spawn(move || {
                for job in queue {
                    if report.send(carry_out(job)).is_err() {
                        break;
                    }
                }
            })
            .ok();
        let jobs = thread.is_some().then_some(jobs);
        ProjectWriter { jobs, done, thread, in_flight: Vec::new(), next_seq: 0, early: Vec::new() }
    }

    /// Queues a save of `project` (captured at `revision`) to `path`; returns its number.
    pub fn write(&mut self, path: PathBuf, project: Project, backup: bool, revision: u64) -> u64 {
        let seq = self.next_seq;
        self.next_seq += 1;
        let job = Job { seq, path: path.clone(), project, backup, revision };
        match &self.jobs {
            Some(jobs) => match jobs.send(job) {
                Ok(()) => self.in_flight.push((seq, path, revision, backup)),
                Err(e) => self.early.push(carry_out(e.0)),
            },
            // No thread could be started: save here and now.
            None => self.early.push(carry_out(job)),
        }
        seq
    }

    /// Saves after everything already queued and waits for the result.
    pub fn write_now(&mut self, path: PathBuf, project: Project, backup: bool, revision: u64) -> Written {
        let seq = self.write(path.clone(), project, backup, revision);
        self.wait_idle();
        match self.early.iter().position(|w| w.seq == seq) {
            Some(k) => self.early.remove(k),
            None => {
                let result = Err(io::Error::other("the project writer stopped before saving"));
                Written { seq, path, revision, backup, result }
            }
        }
    }

    /// Waits until every queued save is carried out.
    pub fn wait_idle(&mut self) {
        while !self.in_flight.is_empty() {
            match self.done.recv() {
                Ok(w) => self.received(w),
                Err(_) => self.thread_gone(),
            }
        }
    }

    fn received(&mut self, w: Written) {
        self.in_flight.retain(|(seq, ..)| *seq != w.seq);
        self.early.push(w);
    }

    /// Saves carried out since the last call, in the order they were queued. Should the
    /// thread be gone, the saves it still owed come back as failures (the caller keeps the
    /// work and says so), and later saves are carried out on the caller's thread.
    pub fn finished(&mut self) -> Vec<Written> {
        loop {
            match self.done.try_recv() {
                Ok(w) => self.received(w),
                Err(TryRecvError::Empty) => break,
                Err(TryRecvError::Disconnected) => {
                    self.thread_gone();
                    break;
                }
            }
        }
        std::mem::take(&mut self.early)
    }

    /// The thread stopped: what it owed is reported failed, and saves go on without it.
    fn thread_gone(&mut self) {
        self.jobs = None;
        for (seq, path, revision, backup) in std::mem::take(&mut self.in_flight) {
            let result = Err(io::Error::other("the project writer stopped before saving"));
            self.early.push(Written { seq, path, revision, backup, result });
        }
    }

    /// Whether a save is queued or being written.
    pub fn busy(&self) -> bool {
        !self.in_flight.is_empty()
    }
}

impl Drop for ProjectWriter {
    fn drop(&mut self) {
        self.jobs = None;
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

/// One save. A panic while saving (a bug) is a failed save, reported like a full disk: the
/// thread lives on and the app keeps the work until a save succeeds.
fn carry_out(job: Job) -> Written {
    guarded(job, save)
}

fn guarded(job: Job, save: impl FnOnce(&std::path::Path, &Project, bool) -> io::Result<()>) -> Written {
    let result =
        std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| save(&job.path, &job.project, job.backup)))
            .unwrap_or_else(|panic| {
                let why = panic
                    .downcast_ref::<&str>()
                    .map(|s| s.to_string())
                    .or_else(|| panic.downcast_ref::<String>().cloned())
                    .unwrap_or_default();
                Err(io::Error::other(format!("an internal error stopped the save ({why})")))
            });
    Written { seq: job.seq, path: job.path, revision: job.revision, backup: job.backup, result }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::project::load;

    fn project(n: usize) -> Project {
        let mut p = Project::default();
        p.view.window = Some((0.0, n as f64));
        p
    }

    #[test]
    fn saves_in_the_order_asked_and_reports_each() {
        let dir = std::env::temp_dir().join(format!("tarikh-writer-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("p.tarikh");
        let mut w = ProjectWriter::new();
        for n in 1..=20 {
            w.write(path.clone(), project(n), n == 1, n as u64);
        }
        w.wait_idle();
        let done = w.finished();
        assert_eq!(done.iter().map(|d| d.revision).collect::<Vec<_>>(), (1..=20).collect::<Vec<_>>());
        assert!(done.iter().all(|d| d.result.is_ok()));
        assert!(!w.busy());
        assert_eq!(load(&path).unwrap().view.window, Some((0.0, 20.0)));
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn write_now_returns_its_own_result_after_earlier_ones() {
        let dir = std::env::temp_dir().join(format!("tarikh-writer-now-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let good = dir.join("good.tarikh");
        let not_a_project = dir.join("notes.txt");
        std::fs::write(&not_a_project, "my notes").unwrap();
        let mut w = ProjectWriter::new();
        w.write(good.clone(), project(1), false, 1);
        assert!(w.write_now(not_a_project.clone(), project(2), false, 2).result.is_err());
        assert_eq!(std::fs::read_to_string(&not_a_project).unwrap(), "my notes");
        let earlier = w.finished();
        assert_eq!(earlier.len(), 1);
        assert_eq!(earlier[0].revision, 1);
        assert!(w.write_now(good.clone(), project(3), false, 3).result.is_ok());
        assert_eq!(load(&good).unwrap().view.window, Some((0.0, 3.0)));
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn a_save_that_panics_is_a_failed_save() {
        let job =
            Job { seq: 7, path: PathBuf::from("p.tarikh"), project: project(1), backup: false, revision: 3 };
        let w = guarded(job, |_, _, _| panic!("a bug"));
        assert_eq!((w.seq, w.revision), (7, 3));
        let e = w.result.unwrap_err().to_string();
        assert!(e.contains("internal error") && e.contains("a bug"), "{e}");
    }

    #[test]
    fn dropping_it_finishes_what_was_queued() {
        let dir = std::env::temp_dir().join(format!("tarikh-writer-drop-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("p.tarikh");
        {
            let mut w = ProjectWriter::new();
            for n in 1..=5 {
                w.write(path.clone(), project(n), false, n as u64);
            }
        }
        assert_eq!(load(&path).unwrap().view.window, Some((0.0, 5.0)));
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
