//! A page: a scene in page units. The whole map on one page, and the frame every
//! slide shares (heading, footer, page number).

use egui::emath::TSTransform;
use egui::{Align2, Color32, Rect, Vec2, pos2, vec2};

use super::map_scene;
use super::request::ExportRequest;
use crate::model::JourneyMap;
use crate::scene::style::{INK, MUTED_INK, color32};
use crate::scene::{Label, Scene, Shape};

/// One page of an export: a slide, a poster, or the whole map.
#[derive(Clone, Debug, PartialEq)]
pub struct Page {
    /// Width and height in page units.
    pub size: Vec2,
    /// What the page draws, in page units.
    pub scene: Scene,
    /// What the page shows, for the SVG's title and the preview.
    pub title: String,
    /// What the presenter says over the page: the descriptions of its stages and
    /// cards, one a line; the PowerPoint deck's speaker notes.
    pub notes: String,
}

/// Space around a map exported at its own size.
const MAP_MARGIN: f32 = 40.0;
/// Left and right margin of a framed page.
pub const SIDE: f32 = 96.0;
/// Largest enlargement of a small map on a page: beyond it cards look blown up.
const MAX_ENLARGEMENT: f32 = 1.6;

pub fn whole_map(map: &JourneyMap, request: &ExportRequest) -> Page {
    let scene = map_scene(map, &request.choices);
    match request.effective_page_size() {
        Some(page_size) => {
            let mut frame = Frame::new(request.page_units(page_size), scene.background, map);
            frame.heading(&map.meta.title, &map.meta.scenario);
            let content = frame.content();
            frame.place_map(&scene, content);
            frame.footer(map, None);
            frame.into_page(&map.meta.title)
        }
        None => {
            let mut size = scene.bounds.size() + Vec2::splat(2.0 * MAP_MARGIN);
            if let Some(aspect) = request.asked_aspect() {
                size = grown_to_aspect(size, aspect);
            }
            let offset = (size - scene.bounds.size()) / 2.0 - scene.bounds.min.to_vec2();
            let shapes = scene
                .shapes
                .iter()
                .map(|shape| shape.transformed(TSTransform::from_translation(offset)))
                .collect();
            Page {
                size,
                scene: Scene {
                    shapes,
                    bounds: Rect::from_min_size(pos2(0.0, 0.0), size),
                    background: scene.background,
                },
                title: map.meta.title.clone(),
                notes: String::new(),
            }
        }
    }
}

fn grown_to_aspect(size: Vec2, aspect: f32) -> Vec2 {
    if size.x / size.y < aspect {
        vec2(size.y * aspect, size.y)
    } else {
        vec2(size.x, size.x / aspect)
    }
}

/// Builds a framed page: shapes in page units, in drawing order.
pub struct Frame {
    pub size: Vec2,
    pub shapes: Vec<Shape>,
    background: Color32,
    brand: Color32,
}

/// Top of the content area, below the heading.
const CONTENT_TOP: f32 = 200.0;
/// Height kept for the footer.
const FOOTER: f32 = 96.0;

impl Frame {
    pub fn new(size: Vec2, background: Color32, map: &JourneyMap) -> Self {
        Self {
            size,
            shapes: Vec::new(),
            background,
            brand: color32(map.theme.brand),
        }
    }

    pub fn brand(&self) -> Color32 {
        self.brand
    }

    pub fn label(&mut self, label: Label) {
        if let Some(text) = label.layout() {
            self.shapes.push(Shape::Text(text));
        }
    }

    /// A heading in the brand's colour mark, and a muted line below it.
    pub fn heading(&mut self, title: &str, subtitle: &str) {
        self.shapes.push(Shape::Rect {
            rect: Rect::from_min_size(pos2(SIDE, 56.0), vec2(72.0, 8.0)),
            corner_radius: 4.0,
            fill: self.brand,
            stroke: egui::Stroke::NONE,
        });
        let width = self.size.x - 2.0 * SIDE;
        self.label(Label {
            text: title.to_owned(),
            pos: pos2(SIDE, 80.0),
            anchor: Align2::LEFT_TOP,
            size: 48.0,
            color: INK,
            strong: true,
            wrap_width: Some(width),
            max_lines: Some(1),
        });
        self.label(Label {
            text: subtitle.to_owned(),
            pos: pos2(SIDE, 146.0),
            anchor: Align2::LEFT_TOP,
            size: 24.0,
            color: MUTED_INK,
            strong: false,
            wrap_width: Some(width),
            max_lines: Some(1),
        });
    }

    /// Where the page's body goes, between heading and footer.
    pub fn content(&self) -> Rect {
        Rect::from_min_max(
            pos2(SIDE, CONTENT_TOP),
            pos2(self.size.x - SIDE, self.size.y - FOOTER),
        )
    }

    /// The map's scene, scaled to fit `area`, centred across it and from its top.
    pub fn place_map(&mut self, scene: &Scene, area: Rect) {
        let transform = fit(scene.bounds, area);
        self.shapes
            .extend(scene.shapes.iter().map(|s| s.transformed(transform)));
    }

    /// The map's title and date on the left; "3 / 9" on the right.
    pub fn footer(&mut self, map: &JourneyMap, number: Option<(usize, usize)>) {
        let y = self.size.y - 48.0;
        let left = [map.meta.title.as_str(), map.meta.date.as_str()]
            .into_iter()
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join("  ·  ");
        self.label(Label {
            text: left,
            pos: pos2(SIDE, y),
            anchor: Align2::LEFT_CENTER,
            size: 20.0,
            color: MUTED_INK,
            strong: false,
            wrap_width: Some(self.size.x * 0.6),
            max_lines: Some(1),
        });
        if let Some((number, total)) = number {
            self.label(Label {
                text: format!("{number} / {total}"),
                pos: pos2(self.size.x - SIDE, y),
                anchor: Align2::RIGHT_CENTER,
                size: 20.0,
                color: MUTED_INK,
                strong: true,
                wrap_width: None,
                max_lines: Some(1),
            });
        }
    }

    pub fn into_page(self, title: &str) -> Page {
        Page {
            size: self.size,
            scene: Scene {
                shapes: self.shapes,
                bounds: Rect::from_min_size(pos2(0.0, 0.0), self.size),
                background: self.background,
            },
            title: title.to_owned(),
            notes: String::new(),
        }
    }
}

/// Scales `bounds` into `area`, keeping its shape, centred across and from the top.
pub fn fit(bounds: Rect, area: Rect) -> TSTransform {
    let scale = fit_scale(bounds.size(), area.size());
    let placed = bounds.size() * scale;
    let left_top = pos2(area.center().x - placed.x / 2.0, area.top());
    TSTransform::from_translation(left_top.to_vec2())
        * TSTransform::from_scaling(scale)
        * TSTransform::from_translation(-bounds.min.to_vec2())
}

pub fn fit_scale(size: Vec2, area: Vec2) -> f32 {
    (area.x / size.x.max(1.0))
        .min(area.y / size.y.max(1.0))
        .min(MAX_ENLARGEMENT)
}
