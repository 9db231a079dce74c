//! Kill test: a process that autosaves a project is killed (SIGKILL on Unix) at random
//! moments, 200 times. The project file must always be a whole, readable project, the backup
//! too, and no save that finished may be lost.

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};
use tarikh::project;

const KILLS: usize = 200;

fn round_of(path: &Path) -> u64 {
    let p = project::load(path).unwrap_or_else(|e| panic!("{} unreadable: {e}", path.display()));
    p.view.window.map_or(0, |(r, _)| r as u64)
}

#[test]
fn killing_the_autosave_never_leaves_an_unreadable_project() {
    let dir = std::env::temp_dir().join(format!("tarikh-kill-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("drill.tarikh");
    let backup = project::backup_path(&path);
    // A cheap pseudo-random sequence (no dependency needed): xorshift.
    let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
    let mut next = || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    let mut last = 0;
    let mut mid_write = 0;
    // Kills land within a few save times of the start, whatever this machine's speed (a loaded
    // CI machine saves many times slower than an idle one).
    let mut window = Duration::from_millis(150);
    for kill in 0..KILLS {
        let mut child = Command::new(env!("CARGO_BIN_EXE_tarikh"))
            .args(["autosave-drill", "--edits", "300"])
            .arg(&path)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        // The first run must get one save done before it is killed.
        let started = Instant::now();
        while kill == 0 && !path.exists() && started.elapsed() < Duration::from_secs(20) {
            std::thread::sleep(Duration::from_millis(2));
        }
        if kill == 0 {
            window = window.max(started.elapsed() * 3);
        }
        std::thread::sleep(Duration::from_micros(next() % window.as_micros() as u64));
        child.kill().unwrap();
        child.wait().unwrap();
        let round = round_of(&path);
        assert!(round >= last, "kill {kill}: round {round} on disk after {last}: a finished save was lost");
        if backup.exists() {
            let b = round_of(&backup);
            assert!(b <= round, "kill {kill}: the backup ({b}) is newer than the file ({round})");
        }
        if round == last {
            mid_write += 1;
            // Killed before a save finished: this machine is slower than the window thought
            // (a loaded CI machine); give the next runs longer.
            window = (window * 5 / 4).min(Duration::from_secs(5));
        } else {
            window = (window * 19 / 20).max(Duration::from_millis(150));
        }
        last = round;
        // A temporary file left by a killed writer is harmless and cleared by the next save.
        let temps = std::fs::read_dir(&dir).unwrap().count();
        assert!(temps <= KILLS + 2);
    }
    eprintln!("{KILLS} kills: {last} saves completed in all, {mid_write} kills before a new save finished");
    assert!(last > KILLS as u64 / 4, "the drill hardly saved anything: {last}");
    // One save that finishes clears what the killed writers left: temporary files never pile up.
    let done = Command::new(env!("CARGO_BIN_EXE_tarikh"))
        .args(["autosave-drill", "--edits", "300", "--rounds", "1"])
        .arg(&path)
        .status()
        .unwrap();
    assert!(done.success());
    let left: Vec<_> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().file_name()).collect();
    assert_eq!(left.len(), 2, "only the project and its backup remain: {left:?}");
    std::fs::remove_dir_all(&dir).unwrap();
}
