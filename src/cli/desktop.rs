//! `tarikh install-desktop [--uninstall]`: the desktop entry and icons in the user's XDG data
//! folder, so Tarikh shows in the application menu and in "Open with".

use std::path::{Path, PathBuf};
use std::process::ExitCode;

const DESKTOP: &str = include_str!("../../assets/tarikh.desktop");
const SVG: &[u8] = include_bytes!("../../assets/icons/tarikh.svg");
const PNGS: [(u32, &[u8]); 4] = [
    (32, include_bytes!("../../assets/icons/tarikh-32.png")),
    (64, include_bytes!("../../assets/icons/tarikh-64.png")),
    (128, include_bytes!("../../assets/icons/tarikh-128.png")),
    (256, include_bytes!("../../assets/icons/tarikh-256.png")),
];

/// `$XDG_DATA_HOME`, or `~/.local/share`.
fn data_home() -> Option<PathBuf> {
    std::env::var_os("XDG_DATA_HOME")
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".local/share")))
}

/// The files installed, with their contents.
fn files(home: &Path, exe: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    // The entry runs this very binary, so it works whether or not it is on PATH.
    let exec = format!("Exec=\"{}\" %F", exe.display());
    let desktop = DESKTOP.replace("Exec=tarikh %F", &exec);
    let mut v = vec![
        (home.join("applications/tarikh.desktop"), desktop.into_bytes()),
        (home.join("icons/hicolor/scalable/apps/tarikh.svg"), SVG.to_vec()),
    ];
    for (n, png) in PNGS {
        v.push((home.join(format!("icons/hicolor/{n}x{n}/apps/tarikh.png")), png.to_vec()));
    }
    v
}

pub fn run(uninstall: bool) -> ExitCode {
    let Some(home) = data_home() else {
        eprintln!("error: neither XDG_DATA_HOME nor HOME is set");
        return ExitCode::from(1);
    };
    let exe = std::env::current_exe().unwrap_or_else(|_| PathBuf::from("tarikh"));
    for (path, bytes) in files(&home, &exe) {
        let result = if uninstall {
            match std::fs::remove_file(&path) {
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
                r => r,
            }
        } else {
            path.parent()
                .map_or(Ok(()), std::fs::create_dir_all)
                .and_then(|_| crate::export::write_atomic(&path, &bytes))
        };
        match result {
            Ok(()) => println!("{} {}", if uninstall { "removed" } else { "installed" }, path.display()),
            Err(e) => {
                eprintln!("error: {}: {e}", path.display());
                return ExitCode::from(1);
            }
        }
    }
    ExitCode::SUCCESS
}
