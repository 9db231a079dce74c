//! The user's work on a timeline: edits keyed by stable ids, re-attached when articles change,
//! never dropped; hand-made events; undo/redo; grouping across articles; categories.

use chrono::NaiveDate;
use std::path::{Path, PathBuf};
use tarikh_core::article::{self, Article};
use tarikh_core::dates::{DateRange, Granularity};
use tarikh_core::timeline::{EventId, Origin, Timeline};

fn article(name: &str, text: &str) -> Article {
    article::load_bytes(Path::new(name), text.as_bytes()).unwrap()
}

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

const MINSK: &str = "موسكو (رويترز) - عقدت القمة الروسية البيلاروسية في مينسك يوم 19 ديسمبر 2022 بين الرئيسين بوتين ولوكاشينكو.\n\
وفي 5 يناير 2023 أعلنت الحكومة خطة جديدة للطاقة.\n";

fn timeline_of(articles: Vec<Article>) -> Timeline {
    let mut t = Timeline::default();
    t.add_articles(articles);
    t
}

fn find<'a>(t: &'a Timeline, date_text: &str) -> &'a tarikh_core::timeline::Event {
    t.events
        .iter()
        .find(|e| e.date_text.contains(date_text))
        .unwrap_or_else(|| panic!("no event «{date_text}»"))
}

#[test]
fn an_edited_date_moves_the_event_and_undo_restores_it() {
    let mut t = timeline_of(vec![article("minsk.txt", MINSK)]);
    let id = find(&t, "19 ديسمبر 2022").id;
    let new = DateRange::day(day(2022, 12, 20));
    assert!(t.edit_event(id, |e| e.range = Some(new)));
    let e = t.event(id).unwrap();
    assert_eq!((e.range, e.origin), (new, Origin::Edited));
    assert!(t.undo());
    let e = t.event(id).unwrap();
    assert_eq!((e.range.start, e.origin), (day(2022, 12, 19), Origin::Extracted));
    assert!(t.curation.edits.is_empty());
    assert!(t.redo());
    assert_eq!(t.event(id).unwrap().range, new);
    assert!(!t.redo(), "nothing more to redo");
}

#[test]
fn an_edit_that_changes_nothing_is_not_an_undo_point() {
    let mut t = timeline_of(vec![article("minsk.txt", MINSK)]);
    let id = find(&t, "19 ديسمبر 2022").id;
    assert!(!t.edit_event(id, |e| e.note = String::new()));
    assert!(!t.history.can_undo());
    // Setting a note then clearing it leaves no edit record behind.
    t.edit_event(id, |e| e.note = "تحقق".into());
    t.edit_event(id, |e| e.note.clear());
    assert!(t.curation.edits.is_empty());
}

#[test]
fn edits_survive_re_extraction_of_the_same_text() {
    let mut t = timeline_of(vec![article("minsk.txt", MINSK)]);
    let id = find(&t, "19 ديسمبر 2022").id;
    t.edit_event(id, |e| {
        e.title = Some("قمة مينسك".into());
        e.note = "مصدر: رويترز".into();
        e.tags = vec!["روسيا".into()];
    });
    let energy = find(&t, "5 يناير 2023").id;
    t.edit_event(energy, |e| e.hidden = true);
    // An engine upgrade: the articles are read and extracted again from scratch.
    let mut again = timeline_of(vec![article("minsk.txt", MINSK)]);
    again.set_curation(t.curation.clone());
    let e = again.event(id).unwrap();
    assert_eq!((e.title.as_str(), e.note.as_str()), ("قمة مينسك", "مصدر: رويترز"));
    // The user's title is shown; the engine's headline is still there for the exports.
    assert!(!e.headline.is_empty() && e.headline != e.title, "{}", e.headline);
    assert_eq!(e.tags, vec!["روسيا".to_string()]);
    assert!(again.event(energy).unwrap().hidden);
}

#[test]
fn edits_are_re_attached_when_the_article_changed_around_them() {
    let mut t = timeline_of(vec![article("minsk.txt", MINSK)]);
    let id = find(&t, "19 ديسمبر 2022").id;
    t.edit_event(id, |e| e.note = "مهم".into());
    // The file gains a paragraph at the top: every span moves, the content hash changes.
    let changed = format!("تحديث: أضيفت فقرة في الأعلى.\n{MINSK}");
    let mut again = timeline_of(vec![article("minsk.txt", &changed)]);
    again.set_curation(t.curation.clone());
    let e = find(&again, "19 ديسمبر 2022");
    assert_eq!((e.note.as_str(), e.origin), ("مهم", Origin::Edited));
    assert_ne!(e.id, id, "the span moved, so the id did");
    assert!(again.curation.edits.contains_key(&e.id), "the edit is keyed by the new id now");
    assert_eq!(again.curation.edits.len(), 1);
}

#[test]
fn an_edit_whose_text_is_gone_is_kept_and_flagged() {
    let mut t = timeline_of(vec![article("minsk.txt", MINSK)]);
    let id = find(&t, "19 ديسمبر 2022").id;
    t.edit_event(id, |e| e.note = "لا تضيعه".into());
    let rewritten = "مقال أعيدت كتابته بالكامل.\nوفي 5 يناير 2023 أعلنت الحكومة خطة جديدة للطاقة.\n";
    let mut again = timeline_of(vec![article("minsk.txt", rewritten)]);
    again.set_curation(t.curation.clone());
    let e = again.event(id).expect("the edit is still shown");
    assert_eq!((e.origin, e.note.as_str()), (Origin::Detached, "لا تضيعه"));
    assert_eq!(e.range.start, day(2022, 12, 19), "at the date it had");
    assert!(again.curation.edits.contains_key(&id), "and never dropped");
    // With its article closed, it is not shown but stays in the curation.
    again.close_article(0);
    assert!(again.event(id).is_none());
    assert!(again.curation.edits.contains_key(&id));
}

#[test]
fn manual_events_from_a_selection_and_from_scratch() {
    let mut t = timeline_of(vec![article("minsk.txt", MINSK)]);
    let text = t.entries[0].article.text.clone();
    let start = text.find("وفي 5 يناير").unwrap();
    let sentence = start..text[start..].find('\n').unwrap() + start;
    let date = start + "وفي ".len()..start + "وفي 5 يناير 2023".len();
    let range = DateRange::day(day(2023, 1, 5));
    let id = t.add_manual(0, sentence.clone(), date, range, "").unwrap();
    let e = t.event(id).unwrap();
    assert_eq!((e.origin, e.range), (Origin::Manual, range));
    assert_eq!(t.sentence_of(e), &text[sentence]);
    let scratch = t.add_manual(0, 0..0, 0..0, DateRange::day(day(2024, 2, 1)), "حدث أضفته").unwrap();
    let e = t.event(scratch).unwrap();
    assert_eq!((e.title.as_str(), e.origin), ("حدث أضفته", Origin::Manual));
    assert_ne!(id, scratch);
    // Both survive re-extraction; deleting is undoable.
    let mut again = timeline_of(vec![article("minsk.txt", MINSK)]);
    again.set_curation(t.curation.clone());
    assert!(again.event(id).is_some() && again.event(scratch).is_some());
    assert!(again.delete_manual(scratch));
    assert!(again.event(scratch).is_none());
    assert!(again.undo());
    assert!(again.event(scratch).is_some());
    // Extracted events are hidden, not deleted.
    let extracted = find(&again, "19 ديسمبر 2022").id;
    assert!(!again.delete_manual(extracted));
}

const REPORTS: [(&str, &str); 3] = [
    ("a.txt", "عقدت القمة الروسية البيلاروسية في مينسك يوم 19 ديسمبر 2022 بحضور بوتين ولوكاشينكو.\n"),
    ("b.txt", "التقى بوتين نظيره لوكاشينكو في مينسك في 19 ديسمبر 2022 في قمة ثنائية.\n"),
    ("c.txt", "وفي 19 ديسمبر 2022 وقع زلزال قوي في جنوب تركيا دون إصابات.\n"),
];

fn reports() -> Timeline {
    timeline_of(REPORTS.iter().map(|(n, s)| article(n, s)).collect())
}

fn by_article(t: &Timeline, a: usize) -> EventId {
    t.events.iter().find(|e| e.article == a).unwrap().id
}

#[test]
fn the_same_event_in_two_articles_is_one_group() {
    let t = reports();
    let (a, b, c) = (by_article(&t, 0), by_article(&t, 1), by_article(&t, 2));
    assert_eq!(t.groups.len(), 1, "{:?}", t.groups);
    let group = t.sources_of(t.event(a).unwrap());
    let ids: Vec<EventId> = group.iter().map(|&i| t.events[i].id).collect();
    assert!(ids.contains(&a) && ids.contains(&b));
    assert!(t.event(c).unwrap().group.is_none(), "an earthquake the same day is another event");
    // One row and one marker per group: only its leader leads.
    let leaders = (0..t.events.len()).filter(|&i| t.leads_group(i)).count();
    assert_eq!(leaders, 2);
}

#[test]
fn groups_split_and_merge_by_hand_and_undo() {
    let mut t = reports();
    let (a, b, c) = (by_article(&t, 0), by_article(&t, 1), by_article(&t, 2));
    assert!(t.split(b));
    assert!(t.groups.is_empty());
    assert!(t.undo());
    assert_eq!(t.groups.len(), 1);
    assert!(t.merge(a, c));
    assert_eq!(t.groups.len(), 1);
    assert_eq!(t.sources_of(t.event(c).unwrap()).len(), 3, "c joins a's group, b with it");
    // Split survives re-extraction (it is keyed by ids).
    t.split(c);
    let mut again = reports();
    again.set_curation(t.curation.clone());
    assert!(again.event(c).unwrap().group.is_none());
    assert_eq!(again.sources_of(again.event(a).unwrap()).len(), 2);
}

#[test]
fn hidden_events_leave_their_group() {
    let mut t = reports();
    let a = by_article(&t, 0);
    t.edit_event(a, |e| e.hidden = true);
    assert!(t.groups.is_empty());
}

#[test]
fn categories_are_suggested_and_can_be_changed() {
    let mut t = reports();
    let a = by_article(&t, 0);
    assert_eq!(t.event(a).unwrap().category.as_deref(), Some("summit"));
    t.edit_event(a, |e| e.category = Some("visit".into()));
    assert_eq!(t.event(a).unwrap().category.as_deref(), Some("visit"));
    t.edit_event(a, |e| e.category = Some(String::new()));
    assert_eq!(t.event(a).unwrap().category, None, "removed by the user");
    t.undo();
    t.undo();
    assert_eq!(t.event(a).unwrap().category.as_deref(), Some("summit"));
}

#[test]
fn undo_covers_every_kind_of_edit_in_order() {
    let mut t = reports();
    let (a, b) = (by_article(&t, 0), by_article(&t, 1));
    let before = t.curation.clone();
    t.edit_event(a, |e| e.title = Some("قمة".into()));
    t.edit_event(a, |e| {
        e.range = Some(DateRange {
            start: day(2022, 12, 19),
            end: day(2022, 12, 20),
            granularity: Granularity::Range,
        })
    });
    t.split(b);
    t.add_manual(2, 0..0, 0..0, DateRange::day(day(2022, 1, 1)), "x");
    let mut n = 0;
    while t.undo() {
        n += 1;
    }
    assert_eq!(n, 4);
    assert_eq!(t.curation, before);
}

#[test]
fn a_project_holds_articles_edits_and_view_and_reopens() {
    use tarikh_core::project::{self, Project, ProjectView};
    let mut t = reports();
    let a = by_article(&t, 0);
    t.edit_event(a, |e| e.note = "ملاحظة".into());
    let view = ProjectView { selected: Some(a), window: Some((1.0, 2.0)), ..ProjectView::default() };
    let p = Project::capture(&t, view.clone(), true);
    let dir = std::env::temp_dir().join(format!("tarikh-curation-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("p.tarikh");
    project::save(&path, &p, true).unwrap();
    let back = project::load(&path).unwrap();
    assert_eq!(back, p);
    assert_eq!(back.articles[0].text.as_deref(), Some(REPORTS[0].1));
    // Reopened from the embedded texts alone (the files do not exist).
    let mut again = timeline_of(
        back.articles
            .iter()
            .map(|x| article::load_bytes(&x.path, x.text.as_ref().unwrap().as_bytes()).unwrap())
            .collect(),
    );
    again.set_curation(back.curation);
    assert_eq!(again.event(a).unwrap().note, "ملاحظة");
    // Saving again keeps the previous version as the backup.
    let mut p2 = p.clone();
    p2.view.window = Some((3.0, 4.0));
    project::save(&path, &p2, true).unwrap();
    assert_eq!(project::load(&project::backup_path(&path)).unwrap(), p);
    assert_eq!(project::load(&path).unwrap(), p2);
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_damaged_project_is_never_overwritten() {
    use tarikh_core::project::{self, Project};
    let dir = std::env::temp_dir().join(format!("tarikh-damaged-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("p.tarikh");
    std::fs::write(&path, b"{\"format\": \"tarikh-project\", \"sch").unwrap();
    let e = project::load(&path).unwrap_err();
    assert!(e.to_string().contains("cut short"), "{e}");
    assert!(project::save(&path, &Project::default(), true).is_err());
    assert_eq!(std::fs::read(&path).unwrap(), b"{\"format\": \"tarikh-project\", \"sch");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn the_session_of_older_versions_migrates_to_a_project() {
    use tarikh_core::project::{self, Project, SCHEMA};
    let paths = vec![PathBuf::from("seeds/a.txt"), PathBuf::from("seeds/b.txt")];
    let p = Project::from_session(&paths, Some((19000.0, 19400.0)), Some(0xabc));
    assert_eq!((p.schema, p.paths()), (SCHEMA, paths));
    assert_eq!(p.view.selected, Some(EventId(0xabc)));
    assert_eq!(p.view.window, Some((19000.0, 19400.0)));
    // Content hashes are unknown (0): nothing will be reported as changed.
    assert!(p.articles.iter().all(|a| a.content_hash == 0));
    assert_eq!(project::load_bytes(&p.to_json().unwrap()).unwrap(), p);
}

#[test]
fn edits_follow_an_article_that_moved() {
    let mut t = timeline_of(vec![article("old/minsk.txt", MINSK)]);
    let id = find(&t, "19 ديسمبر 2022").id;
    t.edit_event(id, |e| e.note = "نقل".into());
    // Relocated: the same text under another path.
    let mut again = timeline_of(vec![article("new/place/minsk.txt", MINSK)]);
    again.set_curation(t.curation.clone());
    let e = again.event(id).expect("same text, same id");
    assert_eq!((e.note.as_str(), e.origin), ("نقل", Origin::Edited));
}

#[test]
fn a_project_with_a_missing_file_opens_and_keeps_it_listed() {
    use tarikh_core::project::{Project, ProjectArticle, timeline_of as open};
    let dir = std::env::temp_dir().join(format!("tarikh-missing-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let here = dir.join("here.txt");
    std::fs::write(&here, MINSK).unwrap();
    let mut p = Project::default();
    p.articles.push(ProjectArticle { path: here.clone(), content_hash: 0, text: None });
    p.articles.push(ProjectArticle { path: dir.join("gone.txt"), content_hash: 7, text: None });
    let (t, missing) = open(&p);
    assert_eq!(t.entries.len(), 1);
    assert_eq!(missing.len(), 1);
    assert!(missing[0].path.ends_with("gone.txt"));
    std::fs::remove_dir_all(&dir).unwrap();
}

// Two articles that share one sentence, as news copy often does.
const SHARED: &str = "وفي 5 يناير 2023 أعلنت الحكومة خطة جديدة للطاقة.";

fn two_with_a_shared_sentence() -> Timeline {
    timeline_of(vec![
        article("a.txt", &format!("مقال أول عن الطاقة.\n{SHARED}\n")),
        article("b.txt", &format!("مقال ثان عن الاقتصاد في المنطقة.\n{SHARED}\n")),
    ])
}

fn in_article(t: &Timeline, a: usize) -> EventId {
    t.events.iter().find(|e| e.article == a && e.date_text.contains("5 يناير")).unwrap().id
}

#[test]
fn closing_an_article_leaves_its_edits_with_it() {
    let mut t = two_with_a_shared_sentence();
    let a = in_article(&t, 0);
    t.edit_event(a, |e| e.note = "note on A".into());
    t.close_article(0);
    let edit = t.curation.edits.values().next().unwrap();
    assert_eq!(edit.source.path, PathBuf::from("a.txt"), "not moved to b.txt");
    assert!(t.events.iter().all(|e| e.note.is_empty()));
    // Reopened, it is back.
    t.add_articles(vec![article("a.txt", &format!("مقال أول عن الطاقة.\n{SHARED}\n"))]);
    assert_eq!(t.events.iter().filter(|e| e.note == "note on A").count(), 1);
}

#[test]
fn re_attaching_never_overwrites_another_edit() {
    let mut t = two_with_a_shared_sentence();
    let (a, b) = (in_article(&t, 0), in_article(&t, 1));
    t.edit_event(a, |e| e.note = "note on A".into());
    t.edit_event(b, |e| e.note = "note on B".into());
    let mut again = timeline_of(vec![
        article("a.txt", "مقال أعيدت كتابته.\n"),
        article("b.txt", &format!("مقال ثان عن الاقتصاد في المنطقة.\n{SHARED}\n")),
    ]);
    again.set_curation(t.curation.clone());
    assert_eq!(again.curation.edits.len(), 2);
    let notes: Vec<&str> = again.events.iter().map(|e| e.note.as_str()).filter(|n| !n.is_empty()).collect();
    assert!(notes.contains(&"note on A") && notes.contains(&"note on B"), "{notes:?}");
    assert_eq!(again.event(a).unwrap().origin, Origin::Detached);
}

#[test]
fn splits_and_merges_follow_a_changed_article() {
    let mut t = reports();
    let b = by_article(&t, 1);
    t.split(b);
    assert!(t.groups.is_empty());
    let mut changed: Vec<Article> = REPORTS.iter().map(|(n, s)| article(n, s)).collect();
    changed[1] = article(REPORTS[1].0, &format!("سطر جديد في أعلى المقال.\n{}", REPORTS[1].1));
    let mut again = timeline_of(changed);
    again.set_curation(t.curation.clone());
    assert!(again.groups.is_empty(), "still split: {:?}", again.curation.detached);
}

#[test]
fn a_hand_made_event_never_takes_an_extracted_id() {
    let mut t = timeline_of(vec![article("minsk.txt", MINSK)]);
    let e = find(&t, "19 ديسمبر 2022").clone();
    let id = t.add_manual(0, e.sentence_span.clone(), e.date_span.clone(), e.range, "").unwrap();
    assert_ne!(id, e.id);
    assert_eq!(t.events.iter().filter(|x| x.id == id).count(), 1);
}

#[test]
fn an_edit_follows_a_date_the_engine_now_reads_a_little_wider() {
    let mut t = timeline_of(vec![article("minsk.txt", MINSK)]);
    let e = find(&t, "19 ديسمبر 2022").clone();
    // An edit made when the engine read only «19 ديسمبر» (a narrower span of the same place).
    let mut source = t.source_of(&e);
    source.date_span = e.date_span.end - "19 ديسمبر 2022".len()..e.date_span.end - " 2022".len();
    source.date_text = t.entries[0].article.text[source.date_span.clone()].to_string();
    let mut edit = tarikh_core::timeline::EventEdit::new(source);
    edit.note = "قديم".into();
    let old = EventId::new(t.entries[0].article.content_hash, &edit.source.date_span);
    t.edit(|c| {
        c.edits.insert(old, edit);
    });
    let now = find(&t, "19 ديسمبر 2022");
    assert_eq!((now.note.as_str(), now.origin), ("قديم", Origin::Edited));
    assert_eq!(t.events.iter().filter(|x| x.note == "قديم").count(), 1, "no detached duplicate");
}

/// An article pasted without its dateline: «أمس» and «الأسبوع الماضي» cannot be placed.
const NO_DATELINE: &str = "أعلنت وزارة الخارجية أمس عن جولة جديدة من المحادثات في الدوحة.\n\
وكانت الجولة السابقة قد عقدت الأسبوع الماضي في القاهرة.\n\
وتعود الأزمة إلى 5 يناير 2023 حين انهارت الهدنة.\n";

#[test]
fn a_date_given_to_an_article_places_its_relative_dates_and_undo_takes_it_back() {
    let mut t = timeline_of(vec![article("pasted.txt", NO_DATELINE)]);
    assert_eq!(t.unplaced.len(), 2, "{:?}", t.unplaced);
    assert_eq!(t.events.len(), 1);
    let fixed = find(&t, "5 يناير 2023").id;
    assert!(t.edit_event(fixed, |e| e.note = "بداية الأزمة".into()));

    assert!(t.set_article_date(0, Some(day(2024, 3, 14))));
    assert!(t.unplaced.is_empty());
    assert_eq!(find(&t, "أمس").range, DateRange::day(day(2024, 3, 13)));
    assert_eq!(find(&t, "الأسبوع الماضي").range.start, day(2024, 3, 4));
    assert_eq!(t.entries[0].dateline.as_ref().map(|d| d.date), Some(day(2024, 3, 14)));
    // The events found before keep their ids and their edits.
    assert_eq!(t.event(fixed).unwrap().note, "بداية الأزمة");

    // A project keeps the date with the article's text.
    let p = tarikh_core::project::Project::capture(&t, Default::default(), false);
    let back = tarikh_core::project::load_bytes(&p.to_json().unwrap()).unwrap();
    assert_eq!(back.curation.article_dates.values().copied().collect::<Vec<_>>(), [day(2024, 3, 14)]);
    // The same text from another path gets it too.
    let mut reopened = timeline_of(vec![article("moved/pasted.txt", NO_DATELINE)]);
    reopened.set_curation(back.curation.clone());
    assert_eq!(find(&reopened, "أمس").range, DateRange::day(day(2024, 3, 13)));

    assert!(t.undo());
    assert_eq!(t.unplaced.len(), 2);
    assert!(t.entries[0].dateline.is_none());
    assert!(t.redo());
    assert!(t.unplaced.is_empty());
    // Cleared: the relative dates are unplaced again.
    assert!(t.set_article_date(0, None));
    assert_eq!(t.unplaced.len(), 2);
}

#[test]
fn several_events_are_hidden_tagged_or_merged_in_one_undoable_step() {
    let mut t = timeline_of(vec![article("a.txt", MINSK)]);
    let ids: Vec<_> = t.events.iter().map(|e| e.id).collect();
    assert!(ids.len() >= 2);
    assert!(t.edit_events(&ids, |e| e.hidden = true));
    assert!(ids.iter().all(|&id| t.event(id).unwrap().hidden));
    assert!(t.undo());
    assert!(ids.iter().all(|&id| !t.event(id).unwrap().hidden), "one undo brings them all back");
    assert!(t.edit_events(&ids, |e| e.tags.push("مينسك".into())));
    assert!(ids.iter().all(|&id| t.event(id).unwrap().tags == ["مينسك"]));
    assert!(t.merge_all(&ids));
    assert_eq!(t.sources_of(t.event(ids[0]).unwrap()).len(), ids.len());
    assert!(t.undo());
    assert!(t.event(ids[0]).unwrap().group.is_none());
}

/// Edits applied in place (a note, a pin, a tag, a title, a rename) give exactly the events a
/// full rebuild gives, through undo and redo too.
#[test]
fn edits_in_place_match_a_full_rebuild() {
    let mut articles: Vec<Article> = REPORTS.iter().map(|(n, s)| article(n, s)).collect();
    articles.push(article("d.txt", MINSK));
    let mut t = timeline_of(articles);
    let ids: Vec<_> = t.events.iter().map(|e| e.id).collect();
    let check = |t: &Timeline, step: &str| {
        let mut full = t.clone();
        full.rebuild();
        assert_eq!(t.events, full.events, "after {step}");
        assert_eq!(t.groups, full.groups, "after {step}");
    };
    t.edit_event(ids[0], |e| e.note = "ملاحظة".into());
    check(&t, "a note");
    t.edit_event(ids[1], |e| e.pinned = true);
    check(&t, "a pin");
    t.edit_event(ids[0], |e| e.title = Some("قمة مينسك".into()));
    check(&t, "a title");
    t.edit_events(&ids, |e| e.tags.push("روسيا".into()));
    check(&t, "tags on all");
    t.rename_article(0, Some("مقال أول".into()), None);
    check(&t, "a rename");
    assert_eq!(t.title_of_article(0), "مقال أول");
    t.edit_event(ids[0], |e| e.hidden = true);
    check(&t, "hiding");
    // Dates moved away from the group and back into it.
    let minsk = by_article(&t, 1);
    let grouped = t.events.iter().filter(|e| e.group.is_some()).count();
    assert!(grouped >= 2, "the two reports of the Minsk meeting are grouped");
    for day in [1, 18, 19, 25] {
        let d = chrono::NaiveDate::from_ymd_opt(2022, 12, day).unwrap();
        t.edit_event(minsk, |e| e.range = Some(tarikh_core::dates::DateRange::day(d)));
        check(&t, &format!("a new date, 2022-12-{day}"));
    }
    t.edit_event(minsk, |e| e.range = None);
    check(&t, "the date back");
    assert_eq!(t.events.iter().filter(|e| e.group.is_some()).count(), grouped);
    t.edit_event(ids[0], |e| e.hidden = false);
    check(&t, "shown again");
    for step in 0..9 {
        t.undo();
        check(&t, &format!("undo {step}"));
    }
    t.redo();
    check(&t, "redo");
    t.edit_event(ids[1], |e| e.note.clear());
    t.edit_event(ids[1], |e| e.pinned = false);
    check(&t, "an edit dropped");
}

#[test]
fn a_hand_made_event_is_named_as_the_extraction_names_it() {
    // Another date in the sentence goes whole from the headline, whoever made the event.
    let text =
        "يشارك المنتخب في كأس آسيا 2011 من 7 يناير إلى التاسع والعشرين من يناير في الدوحة بقيادة مدربه.\n";
    let mut t = timeline_of(vec![article("cup.txt", text)]);
    let year = t.events.iter().find(|e| e.date_text == "2011").expect("the year is an event").clone();
    let id = t.add_manual(0, year.sentence_span.clone(), year.date_span.clone(), year.range, "").unwrap();
    assert_eq!(t.event(id).unwrap().title, year.title);
    assert!(!year.title.contains("والعشرين"), "{}", year.title);
}
