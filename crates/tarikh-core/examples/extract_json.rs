//! `cargo run -p tarikh-core --release --example extract_json -- PATHS...`: the JSON of
//! `tarikh extract --json`, built without the app (quick to rebuild while working on dates).

use tarikh_core::export::to_json;
use tarikh_core::timeline::Timeline;

fn main() {
    let paths: Vec<std::path::PathBuf> = std::env::args_os().skip(1).map(Into::into).collect();
    let t = Timeline::load(&paths);
    for e in &t.errors {
        eprintln!("error: {e}");
    }
    println!("{}", to_json(&t));
}
