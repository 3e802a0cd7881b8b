//! Help › About: the version, the licence and the fonts' licence, in the
//! interface's language.

#[allow(dead_code)]
mod common;

use egui_kittest::kittest::Queryable;
use parcours::lang::Language;
use parcours::ui::{ParcoursApp, new_document};

use common::{ScriptedDialogs, editor_harness};

fn about_shown(
    language: Language,
    help: &str,
    about: &str,
) -> egui_kittest::Harness<'static, ParcoursApp> {
    let app = ParcoursApp::new(
        new_document("en"),
        Box::new(ScriptedDialogs::default()),
        Vec::new(),
    )
    .with_language(language);
    let mut harness = editor_harness(app);
    harness.get_by_label(help).click();
    harness.run_steps(2);
    harness.get_by_label(about).click();
    harness.run_steps(3);
    harness
}

#[test]
fn about_shows_the_version_the_licence_and_the_fonts_licence() {
    let mut harness = about_shown(Language::English, "Help", "About Parcours");
    harness.get_by_label(&format!("Parcours version {}", env!("CARGO_PKG_VERSION")));
    harness.get_by_label_contains("under the MIT licence or the Apache licence 2.0");
    harness.get_by_label_contains("Noto Sans, Noto Sans Symbols 2 and Noto Emoji");
    harness.get_by_label_contains("SIL OPEN FONT LICENSE Version 1.1");
    harness.get_by_label("Close").click();
    harness.run_steps(2);
    assert!(
        harness
            .query_by_label_contains("SIL OPEN FONT LICENSE")
            .is_none()
    );
}

#[test]
fn about_speaks_french() {
    let harness = about_shown(Language::French, "Aide", "À propos de Parcours");
    harness.get_by_label(&format!("Parcours, version {}", env!("CARGO_PKG_VERSION")));
    harness.get_by_label_contains("logiciel libre sous licence MIT ou licence Apache 2.0");
    harness.get_by_label_contains("sont sous licence SIL Open Font License 1.1");
}
