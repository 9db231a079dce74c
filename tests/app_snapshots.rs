//! Rendered snapshots of the app on the seeds (egui_kittest + wgpu; on machines without a GPU
//! wgpu draws through Mesa). Reference images are in `tests/snapshots/`; regenerate with
//! `UPDATE_SNAPSHOTS=1 cargo test --test app_snapshots` and look at them before committing.

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use std::path::PathBuf;
use tarikh::ui::{Start, TarikhApp};

/// The app in English whatever the machine's locale (the tests look for English words).
fn in_english(mut app: TarikhApp) -> TarikhApp {
    app.set_language(tarikh::ui::i18n::Language::English);
    app
}

fn app_on_seeds() -> Harness<'static, TarikhApp> {
    let seeds = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("seeds");
    let mut h = Harness::builder()
        .with_size([1400.0, 860.0])
        .with_theme(eframe::egui::Theme::Light)
        .with_accessibility_check(false)
        .build_eframe(|cc| in_english(TarikhApp::new(cc, Start::Paths(vec![seeds]), None)));
    let ctx = h.ctx.clone();
    h.state_mut().wait_for_loading(&ctx);
    // A fixed window of time and a fixed "today", and no timing in the status bar, so the
    // image does not depend on the day or the machine.
    h.state_mut().view.view = Some((16_000.0, 20_800.0));
    // Loading may have finished in the harness's first frames or in wait_for_loading: either
    // way no fit-to-all is pending that would replace this window (a race that shifted the axis).
    h.state_mut().view.fit_all = false;
    h.state_mut().view.today = chrono::NaiveDate::from_ymd_opt(2026, 11, 24);
    h.state_mut().status.clear();
    h.run_steps(4);
    h
}

#[test]
fn timeline_on_the_seeds() {
    let mut h = app_on_seeds();
    h.snapshot("app_seeds");
}

#[test]
fn a_selected_event() {
    let mut h = app_on_seeds();
    // Narrow the list to the article's events, then click the Victory Day truce.
    h.get_by_role(eframe::egui::accesskit::Role::TextInput).click();
    h.run_steps(2);
    h.get_by_role(eframe::egui::accesskit::Role::TextInput).type_text("النصر");
    h.run_steps(3);
    h.get_all_by_label_contains("التاسع من مايو (أيار) 2025").next().expect("the Victory Day truce").click();
    h.run_steps(4);
    h.snapshot("app_selected_event");
}
