//! The window at 1.0, 1.5 and 2.0 pixels per point, as on ordinary, HiDPI
//! and Retina screens, in English and in French: no widget of the palette or
//! the inspector runs past its panel's edge, where its text would be cut.

#[allow(dead_code)]
mod common;

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use parcours::lang::Language;
use parcours::ui::{ParcoursApp, new_document};

use common::ScriptedDialogs;

/// The screen in physical pixels: a laptop's 1920×1200.
const SCREEN_PIXELS: (f32, f32) = (1920.0, 1200.0);

fn window(pixels_per_point: f32, language: Language) -> Harness<'static, ParcoursApp> {
    let app = ParcoursApp::new(
        new_document(language.code()),
        Box::new(ScriptedDialogs::default()),
        Vec::new(),
    )
    .with_language(language);
    let size = egui::vec2(SCREEN_PIXELS.0, SCREEN_PIXELS.1) / pixels_per_point;
    let mut harness = Harness::builder()
        .with_size(size)
        .with_pixels_per_point(pixels_per_point)
        .build_ui_state(|ui, app: &mut ParcoursApp| app.root_ui(ui), app);
    harness.run_steps(3);
    harness
}

/// The x of the palette's right edge and of the inspector's left edge: the
/// middles of their resize handles.
fn panel_edges(harness: &Harness<'_, ParcoursApp>, resize: &str) -> (f64, f64) {
    let mut edges: Vec<f64> = harness
        .query_all_by_label(resize)
        .filter_map(|node| node.accesskit_node().bounding_box())
        .map(|rect| (rect.x0 + rect.x1) / 2.0)
        .collect();
    edges.sort_by(f64::total_cmp);
    assert!(edges.len() >= 2, "two resize handles: {edges:?}");
    (edges[0], edges[edges.len() - 1])
}

/// Every widget whose middle is in the palette or the inspector, that runs
/// past that panel's edge, named with its bounds.
fn widgets_past_their_panel(harness: &Harness<'_, ParcoursApp>, resize: &str) -> Vec<String> {
    let (palette_end, inspector_start) = panel_edges(harness, resize);
    // AccessKit's bounds are in physical pixels.
    let window_end = f64::from(harness.ctx.content_rect().right() * harness.ctx.pixels_per_point());
    let mut past = Vec::new();
    let mut nodes = vec![harness.root().accesskit_node()];
    while let Some(node) = nodes.pop() {
        nodes.extend(node.children());
        let Some(rect) = node.bounding_box() else {
            continue;
        };
        if matches!(node.role(), Role::Splitter | Role::ScrollBar) {
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

#[test]
fn no_widget_runs_past_its_panel_at_any_scale_in_either_language() {
    let languages = [
        (Language::English, "Resize panel"),
        (Language::French, "Redimensionner le panneau"),
    ];
    for (language, resize) in languages {
        for pixels_per_point in [1.0, 1.5, 2.0] {
            let harness = window(pixels_per_point, language);
            let past = widgets_past_their_panel(&harness, resize);
            assert!(
                past.is_empty(),
                "{language:?} at {pixels_per_point}: {past:#?}"
            );
        }
    }
}
