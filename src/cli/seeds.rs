//! Where the bundled seed articles are.

use std::path::PathBuf;

/// The folder of seed articles: `$TARIKH_SEEDS`, `seeds/` beside the executable or in
/// `../share/tarikh/` (installed), else the source tree's `seeds/`.
pub fn seeds_dir() -> PathBuf {
    if let Some(p) = std::env::var_os("TARIKH_SEEDS") {
        return PathBuf::from(p);
    }
    if let Ok(exe) = std::env::current_exe()
        && let Some(dir) = exe.parent()
    {
        for c in [dir.join("seeds"), dir.join("../share/tarikh/seeds")] {
            if c.is_dir() {
                return c;
            }
        }
    }
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("seeds")
}
