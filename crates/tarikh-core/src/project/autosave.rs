//! When to autosave: a few seconds after the last change, or sooner when changes keep coming
//! (so a steady stream of edits is still saved).

use std::time::{Duration, Instant};

/// Tracks the revision on disk against the one in memory.
#[derive(Debug, Clone)]
pub struct Autosave {
    /// Quiet time after a change before it is written.
    pub delay: Duration,
    /// The longest a change waits, however busy the user is.
    pub max_wait: Duration,
    /// After a failed save (disk full, folder gone), how long before trying again.
    pub retry: Duration,
    not_before: Option<Instant>,
    saved: u64,
    first_unsaved: Option<Instant>,
    last_change: Option<Instant>,
    seen: u64,
}

impl Autosave {
    /// `saved` is the revision already on disk.
    pub fn new(saved: u64) -> Self {
        Autosave {
            delay: Duration::from_secs(2),
            max_wait: Duration::from_secs(5),
            retry: Duration::from_secs(10),
            not_before: None,
            saved,
            first_unsaved: None,
            last_change: None,
            seen: saved,
        }
    }

    /// Tells it the current revision; call once per frame.
    pub fn observe(&mut self, revision: u64, now: Instant) {
        if revision != self.seen {
            self.seen = revision;
            self.last_change = Some(now);
            self.first_unsaved.get_or_insert(now);
        }
    }

    /// Whether there are changes not yet on disk.
    pub fn dirty(&self) -> bool {
        self.seen != self.saved
    }

    /// Whether to write now.
    pub fn due(&self, now: Instant) -> bool {
        self.dirty()
            && self.not_before.is_none_or(|t| now >= t)
            && (self.last_change.is_some_and(|t| now - t >= self.delay)
                || self.first_unsaved.is_some_and(|t| now - t >= self.max_wait))
    }

    /// How long until [`Autosave::due`] may turn true (to schedule a repaint).
    pub fn wait(&self, now: Instant) -> Option<Duration> {
        if !self.dirty() {
            return None;
        }
        let a = self.last_change.map(|t| (t + self.delay).saturating_duration_since(now));
        let b = self.first_unsaved.map(|t| (t + self.max_wait).saturating_duration_since(now));
        let soonest = a.into_iter().chain(b).min()?;
        let retry = self.not_before.map_or(Duration::ZERO, |t| t.saturating_duration_since(now));
        Some(soonest.max(retry))
    }

    /// Records that a save failed at `now`: the next try waits [`Autosave::retry`], so a full
    /// disk is not hammered every frame.
    pub fn failed(&mut self, now: Instant) {
        self.not_before = Some(now + self.retry);
    }

    /// Records that `revision` is on disk.
    pub fn saved(&mut self, revision: u64) {
        self.not_before = None;
        self.saved = revision;
        if self.seen == revision {
            self.first_unsaved = None;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn saves_after_a_quiet_delay_or_at_most_max_wait() {
        let t0 = Instant::now();
        let s = |n: u64| Duration::from_millis(n);
        let mut a = Autosave::new(0);
        assert!(!a.due(t0));
        a.observe(1, t0);
        assert!(a.dirty() && !a.due(t0 + s(1000)));
        assert!(a.due(t0 + s(2000)));
        // Edits every second: the delay never passes, max_wait does.
        for i in 1..5 {
            a.observe(1 + i, t0 + s(1000 * i));
        }
        assert!(!a.due(t0 + s(4500)));
        assert!(a.due(t0 + s(5000)));
        a.saved(5);
        assert!(!a.dirty() && a.wait(t0 + s(5000)).is_none());
    }

    #[test]
    fn after_a_failed_save_it_waits_before_trying_again() {
        let t0 = Instant::now();
        let s = |n: u64| Duration::from_millis(n);
        let mut a = Autosave::new(0);
        a.observe(1, t0);
        assert!(a.due(t0 + s(2000)));
        a.failed(t0 + s(2000));
        assert!(!a.due(t0 + s(2050)) && !a.due(t0 + s(11_000)));
        assert_eq!(a.wait(t0 + s(2000)), Some(s(10_000)));
        assert!(a.due(t0 + s(12_000)));
        a.saved(1);
        a.observe(2, t0 + s(13_000));
        assert!(a.due(t0 + s(15_000)), "a success ends the waiting");
    }
}
