//! The window at 1.0, 1.5 and 2.0 pixels per point, as on ordinary, HiDPI
//! and Retina screens, in English and in French: no widget of the palette or
//! the inspector runs past its panel's edge, where its text would be cut.

#[allow(dead_code)]
mod common;

use egui::accesskit::{Rect, Role};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use parcours::edit::Document;
use parcours::lang::Language;
use parcours::model::JourneyMap;
use parcours::ui::{ParcoursApp, Selection};

use common::ScriptedDialogs;

/// The screen in physical pixels: a laptop's 1920×1200.
const SCREEN_PIXELS: (f32, f32) = (1920.0, 1200.0);

/// The window on the example of `language`, with `selected` chosen from it.
fn window(
    pixels_per_point: f32,
    language: Language,
    selected: Pick,
) -> Harness<'static, ParcoursApp> {
    let example = match language {
        Language::French => "relance-prospects-photographe",
        Language::English => "home-insurance-renewal",
    };
    let template = parcours::templates::find(example).expect("an example");
    let map = template.instantiate(language.code()).expect("a map");
    let mut app = ParcoursApp::new(
        Document::new_unsaved(map),
        Box::new(ScriptedDialogs::default()),
        Vec::new(),
    )
    .with_language(language);
    app.selection = selected(&app.document().map);
    let size = egui::vec2(SCREEN_PIXELS.0, SCREEN_PIXELS.1) / pixels_per_point;
    let mut harness = Harness::builder()
        .with_size(size)
        .with_pixels_per_point(pixels_per_point)
        .build_ui_state(|ui, app: &mut ParcoursApp| app.root_ui(ui), app);
    harness.run_steps(3);
    harness
}

/// The side panels' resize handles, left to right: where the palette ends and
/// where the inspector starts, and how far down the side panels reach.
fn resize_handles(harness: &Harness<'_, ParcoursApp>, resize: &str) -> Vec<Rect> {
    let mut handles: Vec<Rect> = harness
        .query_all_by_label(resize)
        .filter_map(|node| node.accesskit_node().bounding_box())
        .collect();
    handles.sort_by(|a, b| a.x0.total_cmp(&b.x0));
    assert!(handles.len() >= 2, "two resize handles: {handles:?}");
    handles
}

/// Every widget whose middle is in the palette or the inspector, that runs
/// past that panel's edge, named with its bounds.
fn widgets_past_their_panel(harness: &Harness<'_, ParcoursApp>, resize: &str) -> Vec<String> {
    let handles = resize_handles(harness, resize);
    let (first, last) = (handles[0], handles[handles.len() - 1]);
    let palette_end = (first.x0 + first.x1) / 2.0;
    let inspector_start = (last.x0 + last.x1) / 2.0;
    // AccessKit's bounds are in physical pixels.
    let window_end = f64::from(harness.ctx.content_rect().right() * harness.ctx.pixels_per_point());
    let mut past = Vec::new();
    let mut nodes = vec![harness.root().accesskit_node()];
    while let Some(node) = nodes.pop() {
        nodes.extend(node.children());
        let Some(rect) = node.bounding_box() else {
            continue;
        };
        let beside = rect.y0 >= first.y0 && rect.y1 <= first.y1;
        // A line of text longer than its one-line field scrolls inside it.
        let in_field = node
            .parent()
            .is_some_and(|parent| parent.role() == Role::TextInput);
        if !beside || in_field || matches!(node.role(), Role::Splitter | Role::ScrollBar) {
            continue;
        }
        let middle = (rect.x0 + rect.x1) / 2.0;
        let in_palette = middle < palette_end && rect.x1 > palette_end + 0.5;
        let in_inspector = middle > inspector_start
            && (rect.x0 < inspector_start - 0.5 || rect.x1 > window_end + 0.5);
        if in_palette || in_inspector {
            past.push(format!("{:?} {:?} {rect:?}", node.role(), node.label()));
        }
    }
    past
}

/// What to select in a map, to show in the inspector.
type Pick = fn(&JourneyMap) -> Selection;

/// What the inspector shows: the map's details, a card, a stage.
fn selections() -> [(&'static str, Pick); 3] {
    [
        ("the map", |_| Selection::Map),
        ("a card", |map| Selection::Cards(vec![map.cards[0].id])),
        ("a stage", |map| Selection::Stage(map.stages[0].id)),
    ]
}

#[test]
fn no_widget_runs_past_its_panel_at_any_scale_in_either_language() {
    let languages = [
        (Language::English, "Resize panel"),
        (Language::French, "Redimensionner le panneau"),
    ];
    for (language, resize) in languages {
        for pixels_per_point in [1.0, 1.5, 2.0] {
            for (shown, selected) in selections() {
                let harness = window(pixels_per_point, language, selected);
                let past = widgets_past_their_panel(&harness, resize);
                assert!(
                    past.is_empty(),
                    "{language:?} at {pixels_per_point}, {shown}: {past:#?}"
                );
            }
        }
    }
}
