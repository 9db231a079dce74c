//! `cargo run -p tarikh-core --release --example extract_json -- [--dateline YYYY-MM-DD]
//! PATHS...`: the JSON of `tarikh extract --json`, built without the app (quick to rebuild
//! while working on dates).

use tarikh_core::export::to_json;
use tarikh_core::timeline::Timeline;

fn main() {
    let mut args: Vec<std::ffi::OsString> = std::env::args_os().skip(1).collect();
    let mut dateline = None;
    if args.first().is_some_and(|a| a == "--dateline") && args.len() > 1 {
        let day = args[1].to_string_lossy().into_owned();
        dateline = Some(chrono::NaiveDate::parse_from_str(&day, "%Y-%m-%d").expect("--dateline YYYY-MM-DD"));
        args.drain(..2);
    }
    let paths: Vec<std::path::PathBuf> = args.into_iter().map(Into::into).collect();
    let t = Timeline::load_dated(&paths, dateline);
    for e in &t.errors {
        eprintln!("error: {e}");
    }
    println!("{}", to_json(&t));
}
