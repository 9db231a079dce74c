//! Undo and redo of the user's work: one snapshot of the [`Curation`] per finished edit, as
//! egui's `Undoer` does it. A curation is small (the user's edits, not the articles), so whole
//! snapshots are simpler and safer than inverse operations.

use super::edit::Curation;

/// How many edits can be undone.
const DEPTH: usize = 500;

#[derive(Debug, Clone, Default)]
pub struct History {
    undo: Vec<Curation>,
    redo: Vec<Curation>,
}

impl History {
    /// Records the state before an edit; the redo stack is dropped.
    pub fn record(&mut self, before: Curation) {
        if self.undo.len() == DEPTH {
            self.undo.remove(0);
        }
        self.undo.push(before);
        self.redo.clear();
    }

    /// The state to go back to, given the current one (which becomes redoable).
    pub fn undo(&mut self, current: Curation) -> Option<Curation> {
        let back = self.undo.pop()?;
        self.redo.push(current);
        Some(back)
    }

    /// The state to go forward to, given the current one (which becomes undoable).
    pub fn redo(&mut self, current: Curation) -> Option<Curation> {
        let next = self.redo.pop()?;
        self.undo.push(current);
        Some(next)
    }

    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    pub fn clear(&mut self) {
        self.undo.clear();
        self.redo.clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::timeline::EventId;

    fn state(n: u64) -> Curation {
        let mut c = Curation::default();
        c.detached.insert(EventId(n));
        c
    }

    #[test]
    fn undo_then_redo_walks_back_and_forth() {
        let mut h = History::default();
        h.record(state(0));
        h.record(state(1));
        let now = state(2);
        let b1 = h.undo(now.clone()).unwrap();
        assert_eq!(b1, state(1));
        let b0 = h.undo(b1.clone()).unwrap();
        assert_eq!(b0, state(0));
        assert!(h.undo(b0.clone()).is_none());
        assert_eq!(h.redo(b0).unwrap(), state(1));
        assert_eq!(h.redo(state(1)).unwrap(), now);
        assert!(!h.can_redo());
    }

    #[test]
    fn a_new_edit_drops_the_redo_stack() {
        let mut h = History::default();
        h.record(state(0));
        let back = h.undo(state(1)).unwrap();
        assert!(h.can_redo());
        h.record(back);
        assert!(!h.can_redo());
        assert!(h.can_undo());
    }

    #[test]
    fn depth_is_bounded() {
        let mut h = History::default();
        for i in 0..(DEPTH as u64 + 10) {
            h.record(state(i));
        }
        let mut n = 0;
        let mut cur = state(9999);
        while let Some(b) = h.undo(cur.clone()) {
            cur = b;
            n += 1;
        }
        assert_eq!(n, DEPTH);
        assert_eq!(cur, state(10), "the oldest states were dropped first");
    }
}
