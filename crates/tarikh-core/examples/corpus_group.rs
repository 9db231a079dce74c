//! `cargo run -p tarikh-core --release --example corpus_group -- EVENTS.jsonl`: what
//! `tarikh group EVENTS.jsonl` does, without the app; prints the number of groups and the time.

fn main() {
    let path = std::env::args().nth(1).expect("usage: corpus_group EVENTS.jsonl");
    let started = std::time::Instant::now();
    let file = std::fs::File::open(&path).expect("cannot open the events");
    let c = tarikh_core::corpus::CorpusEvents::read(std::io::BufReader::with_capacity(1 << 20, file))
        .expect("cannot read the events");
    let read = started.elapsed();
    let groups = c.groups();
    let grouped: usize = groups.iter().map(Vec::len).sum();
    eprintln!(
        "{} events, {} articles: {} groups of {grouped} events; read in {:.1} s, grouped in {:.1} s",
        c.mentions.len(),
        c.articles.len(),
        groups.len(),
        read.as_secs_f64(),
        (started.elapsed() - read).as_secs_f64()
    );
}
