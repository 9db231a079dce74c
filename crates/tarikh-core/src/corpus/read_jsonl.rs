//! JSON Lines: one JSON object per line. Only the wanted keys are decoded (the others are
//! skipped without being built), and a line that is not a JSON object is an error for that row.

use super::columns::{ColumnIndex, ColumnNames};
use super::fields::{Cell, Cells, into_row};
use super::row::{CorpusRow, RowError};
use serde::de::{DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use std::fmt;
use std::io::BufRead;

/// Rows of a JSONL stream; blank lines are skipped, and a row's number is its line's.
pub struct JsonlRows<R> {
    input: R,
    /// The keys of [`Cells`], resolved on the first object.
    keys: Option<[Option<String>; 6]>,
    names: ColumnNames,
    line: u64,
    buf: Vec<u8>,
    done: bool,
}

impl<R: BufRead> JsonlRows<R> {
    /// Reads `input`; the columns are resolved against the keys of the first object (a later
    /// row without the text key is an error for that row).
    pub fn new(input: R, names: ColumnNames) -> Self {
        JsonlRows { input, keys: None, names, line: 0, buf: Vec::new(), done: false }
    }

    /// The keys of the wanted cells, from the first object's keys. A failure here stops the
    /// whole corpus: no row can be read without knowing where its text is.
    fn resolve(&mut self, first: &[u8]) -> Result<(), String> {
        let object: serde_json::Map<String, serde_json::Value> = serde_json::from_slice(first)
            .map_err(|e| format!("line {}: the first line is not a JSON object ({e})", self.line))?;
        let header: Vec<String> = object.keys().cloned().collect();
        let ix: ColumnIndex = self.names.resolve(&header)?;
        self.keys = Some(super::fields::positions(&ix).map(|p| p.map(|i| header[i].clone())));
        Ok(())
    }
}

impl<R: BufRead> Iterator for JsonlRows<R> {
    type Item = Result<CorpusRow, RowError>;

    fn next(&mut self) -> Option<Self::Item> {
        while !self.done {
            self.buf.clear();
            match self.input.read_until(b'\n', &mut self.buf) {
                Ok(0) => self.done = true,
                Ok(_) => {
                    self.line += 1;
                    if self.buf.trim_ascii().is_empty() {
                        continue;
                    }
                    if self.keys.is_none() {
                        let first = std::mem::take(&mut self.buf);
                        let resolved = self.resolve(&first);
                        self.buf = first;
                        if let Err(reason) = resolved {
                            self.done = true;
                            return Some(Err(RowError { row: self.line, reason }));
                        }
                    }
                    let keys = self.keys.as_ref().expect("resolved above");
                    let line = self.buf.trim_ascii();
                    let row = self.line;
                    let cells = serde_json::Deserializer::from_slice(line)
                        .deserialize_map(ObjectCells { keys })
                        .map_err(|e| RowError { row, reason: format!("not a JSON object: {e}") });
                    return Some(cells.and_then(|cells| into_row(row, cells)));
                }
                Err(e) => {
                    self.done = true;
                    return Some(Err(RowError { row: self.line + 1, reason: format!("cannot read: {e}") }));
                }
            }
        }
        None
    }
}

/// Decodes one object, keeping the cells whose keys are wanted.
struct ObjectCells<'k> {
    keys: &'k [Option<String>; 6],
}

impl<'de> Visitor<'de> for ObjectCells<'_> {
    type Value = Cells;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a JSON object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Cells, A::Error> {
        let mut cells: Cells = Default::default();
        while let Some(at) = map.next_key_seed(KeyPosition { keys: self.keys })? {
            match at {
                Some(i) => cells[i] = map.next_value_seed(CellSeed)?,
                None => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        Ok(cells)
    }
}

/// A key's position among the wanted keys, compared without building a string.
struct KeyPosition<'k> {
    keys: &'k [Option<String>; 6],
}

impl<'de> DeserializeSeed<'de> for KeyPosition<'_> {
    type Value = Option<usize>;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Option<usize>, D::Error> {
        d.deserialize_str(self)
    }
}

impl<'de> Visitor<'de> for KeyPosition<'_> {
    type Value = Option<usize>;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a key")
    }
    fn visit_str<E>(self, key: &str) -> Result<Option<usize>, E> {
        Ok(self.keys.iter().position(|k| k.as_deref() == Some(key)))
    }
}

/// One JSON value as a [`Cell`].
struct CellSeed;

impl<'de> DeserializeSeed<'de> for CellSeed {
    type Value = Cell;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Cell, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for CellSeed {
    type Value = Cell;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a JSON value")
    }
    fn visit_str<E>(self, v: &str) -> Result<Cell, E> {
        Ok(Cell::Text(v.to_string()))
    }
    fn visit_string<E>(self, v: String) -> Result<Cell, E> {
        Ok(Cell::Text(v))
    }
    fn visit_i64<E>(self, v: i64) -> Result<Cell, E> {
        Ok(Cell::Number(v.to_string()))
    }
    fn visit_u64<E>(self, v: u64) -> Result<Cell, E> {
        Ok(Cell::Number(v.to_string()))
    }
    fn visit_f64<E>(self, v: f64) -> Result<Cell, E> {
        Ok(Cell::Number(v.to_string()))
    }
    fn visit_bool<E>(self, _: bool) -> Result<Cell, E> {
        Ok(Cell::Other("a boolean"))
    }
    fn visit_unit<E>(self) -> Result<Cell, E> {
        Ok(Cell::Missing)
    }
    fn visit_none<E>(self) -> Result<Cell, E> {
        Ok(Cell::Missing)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Cell, A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(Cell::Other("an array"))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Cell, A::Error> {
        while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        Ok(Cell::Other("an object"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(input: &str) -> Vec<Result<CorpusRow, RowError>> {
        JsonlRows::new(input.as_bytes(), ColumnNames::default()).collect()
    }

    #[test]
    fn reads_wanted_keys_and_skips_the_rest() {
        let input = "{\"id\": 7, \"content\": \"زار الرئيس\", \"meta\": {\"a\": [1, 2]}, \"date\": \"2024-05-01\"}\n\
                     \n\
                     {\"content\": \"نص \\\"آخر\\\"\", \"id\": \"b\", \"date\": null}\n";
        let r = rows(input);
        assert_eq!(r.len(), 2);
        let a = r[0].as_ref().unwrap();
        assert_eq!((a.row, a.id.as_str(), a.text.as_str()), (1, "7", "زار الرئيس"));
        assert_eq!(a.published.unwrap().to_string(), "2024-05-01");
        let b = r[1].as_ref().unwrap();
        assert_eq!((b.row, b.id.as_str(), b.text.as_str(), b.published), (3, "b", "نص \"آخر\"", None));
    }

    #[test]
    fn a_bad_line_is_an_error_and_reading_goes_on() {
        let input =
            "{\"text\": \"أ\"}\n{\"text\": \"ب\"\n[1, 2]\n{\"title\": \"بلا نص\"}\n{\"text\": \"ج\"}\n";
        let r = rows(input);
        assert_eq!(r.len(), 5);
        assert!(r[0].is_ok() && r[4].is_ok());
        let e1 = r[1].as_ref().unwrap_err();
        assert_eq!(e1.row, 2);
        assert!(e1.reason.starts_with("not a JSON object: EOF"), "{e1}");
        assert!(r[2].as_ref().unwrap_err().reason.contains("expected a JSON object"), "{:?}", r[2]);
        assert_eq!(r[3].as_ref().unwrap_err().reason, "no text (the text column is missing or null)");
        assert_eq!(r[4].as_ref().unwrap().text, "ج");
    }

    #[test]
    fn no_text_key_on_the_first_line_stops_with_one_error() {
        let r = rows("{\"summary\": \"x\"}\n{\"text\": \"y\"}\n");
        assert_eq!(r.len(), 1);
        assert!(r[0].as_ref().unwrap_err().reason.starts_with("no text column"));
        let r = rows("not json\n");
        assert_eq!(r[0].as_ref().unwrap_err().row, 1);
    }

    #[test]
    fn invalid_utf8_is_an_error_of_its_row() {
        let mut input = b"{\"text\": \"a\"}\n{\"text\": \"".to_vec();
        input.extend([0xff, 0xfe]);
        input.extend(b"\"}\n{\"text\": \"c\"}\n");
        let r: Vec<_> = JsonlRows::new(&input[..], ColumnNames::default()).collect();
        assert_eq!(r.len(), 3);
        assert_eq!(r[1].as_ref().unwrap_err().row, 2);
        assert!(r[2].is_ok());
    }
}
