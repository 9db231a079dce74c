//! Loading articles off the UI thread (rayon), with progress the UI polls.

use crate::article::{Article, LoadError, expand_paths, load_file};
use crate::timeline::{Extraction, describe_events, extract_events};
use rayon::prelude::*;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc::{Receiver, TryRecvError, channel};

/// What a finished load hands to the app.
pub struct Loaded {
    pub analysed: Vec<(Article, Extraction)>,
    pub errors: Vec<LoadError>,
    pub seconds: f32,
}

/// A load in progress.
pub struct Loading {
    rx: Receiver<Loaded>,
    done: Arc<AtomicUsize>,
    total: Arc<AtomicUsize>,
}

impl Loading {
    /// Starts loading `paths` (files and folders) on a worker thread; `wake` is called when
    /// there is progress to show (the app passes `ctx.request_repaint`).
    pub fn start(paths: Vec<PathBuf>, wake: impl Fn() + Send + Sync + 'static) -> Loading {
        let (tx, rx) = channel();
        let done = Arc::new(AtomicUsize::new(0));
        let total = Arc::new(AtomicUsize::new(0));
        let (d, t) = (done.clone(), total.clone());
        std::thread::spawn(move || {
            let started = std::time::Instant::now();
            let (files, mut errors) = expand_paths(&paths);
            t.store(files.len(), Ordering::Relaxed);
            // A folder's published.json / published.csv gives its articles their dates.
            let sidecars = crate::article::Sidecars::default();
            let results: Vec<Result<(Article, Extraction), LoadError>> = files
                .par_iter()
                .map(|p| {
                    let r = load_file(p).map(|mut a| {
                        sidecars.give_date(&mut a);
                        let mut x = extract_events(&a, 0);
                        describe_events(&a, &mut x);
                        (a, x)
                    });
                    if d.fetch_add(1, Ordering::Relaxed) % 16 == 0 {
                        wake();
                    }
                    r
                })
                .collect();
            let mut analysed = Vec::with_capacity(results.len());
            for r in results {
                match r {
                    Ok(a) => analysed.push(a),
                    Err(e) => errors.push(e),
                }
            }
            let _ = tx.send(Loaded { analysed, errors, seconds: started.elapsed().as_secs_f32() });
            wake();
        });
        Loading { rx, done, total }
    }

    /// Files done and files in all (0 while folders are still being listed).
    pub fn progress(&self) -> (usize, usize) {
        (self.done.load(Ordering::Relaxed), self.total.load(Ordering::Relaxed))
    }

    /// The result, once the worker is done.
    pub fn poll(&self) -> Option<Loaded> {
        match self.rx.try_recv() {
            Ok(l) => Some(l),
            Err(TryRecvError::Empty) => None,
            Err(TryRecvError::Disconnected) => {
                Some(Loaded { analysed: Vec::new(), errors: Vec::new(), seconds: 0.0 })
            }
        }
    }

    /// Waits for the result (tests and the headless path).
    pub fn wait(self) -> Loaded {
        self.rx.recv().unwrap_or(Loaded { analysed: Vec::new(), errors: Vec::new(), seconds: 0.0 })
    }
}
