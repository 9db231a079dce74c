//! Which column holds what: named by the user, else guessed from the common names of news
//! corpora («text», «content», «body», «published», «date»…).

/// The columns of a corpus that Tarikh reads. `None`: not given, guess it.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct ColumnNames {
    /// The article's text (required).
    pub text: Option<String>,
    pub title: Option<String>,
    /// The publication date: it places the article's relative dates («أمس»).
    pub published: Option<String>,
    pub url: Option<String>,
    pub source: Option<String>,
    /// The article's identifier; the row number when there is none.
    pub id: Option<String>,
}

/// Names tried, in order, for each column (compared without case, `-`/`_`/space alike).
const TEXT_NAMES: &[&str] = &["text", "content", "body", "article", "full_text", "story", "maintext", "نص"];
const TITLE_NAMES: &[&str] = &["title", "headline", "heading", "عنوان"];
const PUBLISHED_NAMES: &[&str] = &[
    "published",
    "date",
    "published_at",
    "publish_date",
    "pub_date",
    "date_published",
    "datetime",
    "timestamp",
    "تاريخ",
];
const URL_NAMES: &[&str] = &["url", "link", "href", "uri"];
const SOURCE_NAMES: &[&str] = &["source", "site", "domain", "outlet", "publisher", "newspaper", "المصدر"];
const ID_NAMES: &[&str] = &["id", "article_id", "doc_id", "uid", "guid", "_id"];

/// Positions of the columns in a corpus's header, once resolved.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ColumnIndex {
    pub text: usize,
    pub title: Option<usize>,
    pub published: Option<usize>,
    pub url: Option<usize>,
    pub source: Option<usize>,
    pub id: Option<usize>,
}

fn fold(name: &str) -> String {
    name.trim().to_lowercase().replace(['-', ' '], "_")
}

/// The position of `given` in `header` (an error naming the columns there when it is absent),
/// else of the first of `common` found, else `None`.
fn find(
    header: &[String],
    given: Option<&str>,
    common: &[&str],
    what: &str,
) -> Result<Option<usize>, String> {
    let folded: Vec<String> = header.iter().map(|h| fold(h)).collect();
    if let Some(g) = given {
        // An exact match first: «Date» and «date» may both be there.
        return header
            .iter()
            .position(|h| h == g)
            .or_else(|| folded.iter().position(|h| *h == fold(g)))
            .map(Some)
            .ok_or_else(|| format!("no {what} column `{g}` (the columns are: {})", header.join(", ")));
    }
    Ok(common.iter().find_map(|c| folded.iter().position(|h| h == c)))
}

impl ColumnNames {
    /// Resolves the names against a header: given names must be there, the others are guessed.
    /// The text column is required.
    ///
    /// ```
    /// use tarikh_core::corpus::ColumnNames;
    /// let header: Vec<String> = ["id", "Content", "date", "link"].map(String::from).to_vec();
    /// let ix = ColumnNames::default().resolve(&header).unwrap();
    /// assert_eq!((ix.text, ix.published, ix.url, ix.id), (1, Some(2), Some(3), Some(0)));
    /// ```
    pub fn resolve(&self, header: &[String]) -> Result<ColumnIndex, String> {
        let text = find(header, self.text.as_deref(), TEXT_NAMES, "text")?.ok_or_else(|| {
            format!(
                "no text column: name it with --text-column (the columns are: {}; tried {})",
                header.join(", "),
                TEXT_NAMES.join(", ")
            )
        })?;
        Ok(ColumnIndex {
            text,
            title: find(header, self.title.as_deref(), TITLE_NAMES, "title")?,
            published: find(header, self.published.as_deref(), PUBLISHED_NAMES, "published")?,
            url: find(header, self.url.as_deref(), URL_NAMES, "url")?,
            source: find(header, self.source.as_deref(), SOURCE_NAMES, "source")?,
            id: find(header, self.id.as_deref(), ID_NAMES, "id")?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn header(names: &[&str]) -> Vec<String> {
        names.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn guesses_common_names() {
        let ix = ColumnNames::default()
            .resolve(&header(&["URL", "Body", "Title", "Publish-Date", "Site", "doc_id"]))
            .unwrap();
        assert_eq!(
            ix,
            ColumnIndex {
                text: 1,
                title: Some(2),
                published: Some(3),
                url: Some(0),
                source: Some(4),
                id: Some(5)
            }
        );
    }

    #[test]
    fn text_wins_over_content_when_both_are_there() {
        let ix = ColumnNames::default().resolve(&header(&["content", "text"])).unwrap();
        assert_eq!(ix.text, 1);
    }

    #[test]
    fn given_names_win_and_must_exist() {
        let names =
            ColumnNames { text: Some("matn".into()), published: Some("day".into()), ..Default::default() };
        let ix = names.resolve(&header(&["text", "matn", "date", "day"])).unwrap();
        assert_eq!((ix.text, ix.published), (1, Some(3)));
        let missing = ColumnNames { source: Some("outlet".into()), ..Default::default() };
        let e = missing.resolve(&header(&["text", "site"])).unwrap_err();
        assert_eq!(e, "no source column `outlet` (the columns are: text, site)");
    }

    #[test]
    fn no_text_column_is_an_error_naming_the_columns() {
        let e = ColumnNames::default().resolve(&header(&["id", "summary"])).unwrap_err();
        assert!(
            e.starts_with("no text column: name it with --text-column (the columns are: id, summary;"),
            "{e}"
        );
    }
}
