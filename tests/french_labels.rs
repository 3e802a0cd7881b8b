//! Under the French interface no English word is left: the AccessKit tree of
//! the main window, of the inspector for each kind of selection, of each menu
//! and of each dialog is read in English and in French, and a French label
//! that is also an English one fails, unless it is the map's own text, a
//! shortcut, or a word listed here as the same in both languages.

#[allow(dead_code)]
mod common;

use std::collections::BTreeSet;
use std::path::PathBuf;

use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use parcours::edit::Document;
use parcours::file::{OpenMaps, RecoveryInfo, RecoveryStore};
use parcours::lang::Language;
use parcours::model::*;
use parcours::session::Pending;
use parcours::ui::{Action, Menu, ParcoursApp, Selection};

/// File dialogs that nobody answers: no state here opens one.
struct NoDialogs;

impl parcours::ui::FileDialogs for NoDialogs {
    fn ask(
        &self,
        _request: parcours::ui::DialogRequest,
        _repaint: egui::Context,
    ) -> std::sync::mpsc::Receiver<Option<PathBuf>> {
        let (sender, receiver) = std::sync::mpsc::channel();
        sender.send(None).expect("the receiver is alive");
        receiver
    }
}

/// Labels that are rightly the same in French and in English.
const SAME_IN_BOTH: &[&str] = &[
    "Palette",
    "Persona",
    "Personas",
    "SMS",
    "Forum",
    "NPS",
    "Parcours",
    "English",
    "Français",
];

/// The French example: personas, curves, links and moments of truth, all in French.
fn example() -> JourneyMap {
    parcours::templates::find("relance-prospects-photographe")
        .expect("the example")
        .load("fr")
        .expect("it loads")
}

/// What the test window is made of: a folder for its files and registries.
struct Workspace {
    folder: tempfile::TempDir,
}

impl Workspace {
    fn new() -> Self {
        Self {
            folder: tempfile::tempdir().expect("a temporary folder"),
        }
    }

    fn path(&self, name: &str) -> PathBuf {
        self.folder.path().join(name)
    }

    fn window(&self, language: Language) -> Harness<'static, ParcoursApp> {
        common::editor_harness(self.app(language))
    }

    fn app(&self, language: Language) -> ParcoursApp {
        ParcoursApp::new(
            Document::new_unsaved(example()),
            Box::new(NoDialogs),
            Vec::new(),
        )
        .with_language(language)
        .with_open_maps(OpenMaps::new(self.path("open-maps")))
        .with_recovery(RecoveryStore::new(self.path("recovery")))
    }
}

/// The label of every node of the tree, as a user's screen reader reads it.
fn labels(harness: &Harness<'_, ParcoursApp>) -> BTreeSet<String> {
    harness
        .root()
        .children_recursive()
        .filter_map(|node| {
            let node = node.accesskit_node();
            match node.role() {
                egui::accesskit::Role::Label => node.value(),
                _ => node.label(),
            }
        })
        .filter(|label| !label.trim().is_empty())
        .collect()
}

/// A state of the window, reached from a fresh one in `language`.
type Setup = fn(&Workspace, &mut Harness<'static, ParcoursApp>, Language);

/// The labels of the window after `setup`, in English and in French.
fn both(setup: Setup) -> (BTreeSet<String>, BTreeSet<String>) {
    let read = |language| {
        let space = Workspace::new();
        let mut harness = space.window(language);
        setup(&space, &mut harness, language);
        harness.run_steps(4);
        labels(&harness)
    };
    (read(Language::English), read(Language::French))
}

/// Labels that need no French: the map's own text, shortcuts, paths, numbers
/// and signs, and the fonts' licence.
fn needs_no_french(label: &str, map_text: &str, shortcuts: &[String]) -> bool {
    SAME_IN_BOTH.contains(&label)
        || label.split(" · ").all(|part| {
            // The map's names, each maybe followed by a count.
            let name = part.trim_end_matches(|c: char| c.is_ascii_digit() || c == ' ');
            !name.is_empty() && map_text.contains(name)
        })
        || shortcuts.iter().any(|s| s == label)
        || label.starts_with('/')
        // The fonts' licence, shown in About, is legal text published in
        // English only.
        || label.contains("SIL OPEN FONT LICENSE Version 1.1")
        || !label.chars().any(char::is_alphabetic)
}

/// Checks the window after `setup` shows `shown` (part of a label) in French,
/// and no English label.
fn assert_all_french(what: &str, shown: &str, setup: Setup) {
    let (english, french) = both(setup);
    assert!(
        french.iter().any(|label| label.contains(shown)),
        "{what}: {shown:?} is shown: {french:?}"
    );
    let map_text = parcours::file::to_ron(&example());
    let ctx = egui::Context::default();
    let shortcuts: Vec<String> = Action::ALL
        .iter()
        .filter_map(|a| a.shortcut_text(&ctx, Language::French))
        .collect();
    let left: Vec<&String> = french
        .intersection(&english)
        .filter(|label| !needs_no_french(label, &map_text, &shortcuts))
        .collect();
    assert!(left.is_empty(), "{what}: still in English: {left:?}");
}

fn select(harness: &mut Harness<'static, ParcoursApp>, selection: Selection) {
    harness.state_mut().selection = selection;
    harness.run_steps(3);
}

#[test]
fn the_main_window_and_the_map_inspector_are_all_french() {
    assert_all_french("main window", "Carte du parcours", |_, _, _| {});
}

#[test]
fn the_inspector_of_every_kind_of_selection_is_all_french() {
    let cases: [(&str, &str, Setup); 7] = [
        ("card", "Moment de vérité", |_, h, _| {
            let map = example();
            let moment = map.moments.first().expect("a moment of truth");
            select(h, Selection::Cards(vec![moment.card]));
        }),
        ("cards", "3 cartes", |_, h, _| {
            let cards = example().cards.iter().take(3).map(|c| c.id).collect();
            select(h, Selection::Cards(cards));
        }),
        ("stage", "Nom de l'étape", |_, h, _| {
            select(h, Selection::Stage(example().stages[0].id))
        }),
        ("lane", "Titre de la ligne", |_, h, _| {
            select(h, Selection::Lane(example().lanes[0].id))
        }),
        ("point", "Retirer le point", |_, h, _| {
            let map = example();
            let curve = map.curves.first().expect("a curve");
            let point = curve.points.first().expect("a point").id;
            select(
                h,
                Selection::Point {
                    curve: curve.id,
                    point,
                },
            );
        }),
        ("link", "Retirer le lien", |_, h, _| {
            select(h, Selection::Link(example().links[0].id))
        }),
        ("persona", "Retirer le persona et sa courbe", |_, h, _| {
            select(h, Selection::Persona(example().personas[0].id))
        }),
    ];
    for (what, shown, setup) in cases {
        assert_all_french(what, shown, setup);
    }
}

#[test]
fn the_colour_picker_is_all_french() {
    assert_all_french("colour picker", "Rouge", |_, h, _| {
        let brand = h
            .get_all_by_role(egui::accesskit::Role::ColorWell)
            .next()
            .expect("the brand colour's button");
        brand.click();
        h.run_steps(3);
    });
}

fn open_menu(harness: &mut Harness<'static, ParcoursApp>, language: Language, menu: Menu) {
    harness.get_by_label(menu.title(language)).click();
    harness.run_steps(3);
}

#[test]
fn every_menu_is_all_french() {
    let cases: [(&str, &str, Setup); 5] = [
        ("File", "Enregistrer sous…", |_, h, l| {
            open_menu(h, l, Menu::File);
            h.get_by_label(Menu::Export.title(l)).hover();
        }),
        ("Open recent", "Aucune carte récente", |_, h, l| {
            open_menu(h, l, Menu::File);
            h.get_by_label(Menu::OpenRecent.title(l)).hover();
        }),
        ("Edit", "Dupliquer", |_, h, l| open_menu(h, l, Menu::Edit)),
        ("View", "Ajuster à la fenêtre", |_, h, l| {
            open_menu(h, l, Menu::View)
        }),
        ("Help", "Raccourcis clavier", |_, h, l| {
            open_menu(h, l, Menu::Help)
        }),
    ];
    for (what, shown, setup) in cases {
        assert_all_french(what, shown, setup);
    }
}

fn run(harness: &mut Harness<'static, ParcoursApp>, action: Action) {
    let ctx = harness.ctx.clone();
    harness.state_mut().run(action, &ctx);
    harness.run_steps(6);
}

/// Saves the example in the workspace, opens it in the window and changes its
/// title, unsaved.
fn saved_and_opened(space: &Workspace, harness: &mut Harness<'static, ParcoursApp>) -> PathBuf {
    let path = space.path("relance.journey.ron");
    parcours::file::save(&path, &example()).expect("saved");
    harness.state_mut().open(&path);
    harness.run_steps(2);
    let map = &mut harness.state_mut().session.document;
    let mut meta = map.map.meta.clone();
    meta.title.push_str(" (modifiée)");
    map.apply(parcours::edit::Edit::SetMeta(meta));
    path
}

fn leave_crashed_copy(space: &Workspace) {
    let store = RecoveryStore::new(space.path("recovery"));
    let map = example();
    let info = RecoveryInfo {
        title: map.meta.title.clone(),
        original: None,
        original_stamp: None,
        saved_at: 1_700_000_000,
        process: u32::MAX - 1,
    };
    store
        .write("crashed", &info, &parcours::file::to_ron(&map))
        .expect("a copy");
}

fn reopened_with_a_copy_left(space: &Workspace, harness: &mut Harness<'static, ParcoursApp>) {
    leave_crashed_copy(space);
    let language = harness.state().language();
    *harness = space.window(language);
}

#[test]
fn every_dialog_is_all_french() {
    let cases: [(&str, &str, Setup); 10] = [
        (
            "templates",
            "Nouvelle carte d'après un modèle",
            |_, h, _| run(h, Action::NewFromTemplate),
        ),
        ("help", "Se déplacer", |_, h, _| run(h, Action::ShowHelp)),
        ("export", "Diaporama", |_, h, _| run(h, Action::Export)),
        (
            "export as a PNG of an exact size",
            "Largeur en pixels",
            |_, h, l| {
                run(h, Action::Export);
                h.get_by_label(l.export_format(parcours::export::Format::Png))
                    .click();
                h.run_steps(6);
                let exact = match l {
                    Language::English => "Exact size",
                    Language::French => "Taille exacte",
                };
                h.get_by_label(exact).click();
            },
        ),
        (
            "a message",
            "aucune étape n'a l'identifiant 40",
            |_, h, _| {
                let broken = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                    .join("tests/broken/dangling-stage.journey.ron");
                h.state_mut().open(&broken);
            },
        ),
        (
            "unsaved changes",
            "Modifications non enregistrées",
            |space, h, _| {
                saved_and_opened(space, h);
                let ctx = h.ctx.clone();
                h.state_mut().request(Pending::Close, &ctx);
            },
        ),
        (
            "changed on disk",
            "Fichier modifié sur le disque",
            |space, h, _| {
                let path = saved_and_opened(space, h);
                let mut theirs = example();
                theirs.meta.title = "Une autre version".to_owned();
                std::fs::write(&path, parcours::file::to_ron(&theirs)).expect("written");
                run(h, Action::Save);
            },
        ),
        ("file missing", "Fichier introuvable", |space, h, _| {
            let path = saved_and_opened(space, h);
            std::fs::remove_file(&path).expect("removed");
            run(h, Action::Save);
        }),
        (
            "already open",
            "Carte déjà ouverte",
            |space, h, language| {
                let path = saved_and_opened(space, h);
                let mut second = space.window(language);
                second.state_mut().open(&path);
                *h = second;
            },
        ),
        (
            "recovery",
            "Récupérer le travail non enregistré",
            |space, h, _| reopened_with_a_copy_left(space, h),
        ),
    ];
    for (what, shown, setup) in cases {
        assert_all_french(what, shown, setup);
    }
}

/// The example with one card's text changed and one card removed, saved in
/// the workspace: the other side of a comparison.
fn changed_copy(space: &Workspace) -> PathBuf {
    let mut other = example();
    other.cards[0].text.push_str(" (version précédente)");
    other.cards.pop();
    let path = space.path("precedente.journey.ron");
    parcours::file::save(&path, &other).expect("saved");
    path
}

#[test]
fn every_mode_and_later_window_is_all_french() {
    let cases: [(&str, &str, Setup); 7] = [
        ("about", "À propos de Parcours", |_, h, _| {
            run(h, Action::ShowAbout)
        }),
        (
            "start screen",
            "Commencer une carte du parcours",
            |space, h, language| {
                *h = common::editor_harness(space.app(language).with_start_screen());
            },
        ),
        ("insights panel", "Enseignements", |_, h, _| {
            run(h, Action::ShowInsights)
        }),
        ("vote mode", "Vote par gommettes", |_, h, _| {
            run(h, Action::ToggleVoting)
        }),
        ("present mode", "Étape 1 sur", |_, h, _| {
            run(h, Action::Present);
            for _ in 0..2 {
                h.key_press(egui::Key::ArrowRight);
                h.run_steps(6);
            }
        }),
        ("presenter's window", "Présentation en cours", |_, h, _| {
            run(h, Action::PresentOnSecondWindow)
        }),
        ("compare mode", "Comparée avec", |space, h, _| {
            let other = changed_copy(space);
            h.state_mut().compare_with_file(&other);
            h.run_steps(4);
        }),
    ];
    for (what, shown, setup) in cases {
        assert_all_french(what, shown, setup);
    }
}

#[test]
fn the_check_itself_fails_on_an_english_word() {
    let map_text = parcours::file::to_ron(&example());
    assert!(!needs_no_french("Dismiss", &map_text, &[]));
    assert!(needs_no_french("Palette", &map_text, &[]));
    assert!(needs_no_french("Ctrl+S", &map_text, &["Ctrl+S".to_owned()]));
    assert!(needs_no_french("1 920 × 1 080", &map_text, &[]));
}
