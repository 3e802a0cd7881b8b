//! The Export dialog: format, pages, size and what to show, with a live preview of
//! the pages as they will come out. The export itself runs on a worker thread,
//! with progress and cancel, so the window never freezes.

use std::path::PathBuf;
use std::sync::mpsc::{Receiver, channel};
use std::time::Duration;

use egui::emath::TSTransform;
use egui::{Context, Sense, Ui, vec2};

use super::canvas::TextureCache;
use super::paint::paint_scene;
use crate::export::{
    self, ExportError, ExportRequest, Format, Look, Page, PageSize, Pages, Progress,
};
use crate::model::JourneyMap;

/// Width of the preview, in points.
const PREVIEW_WIDTH: f32 = 560.0;

pub struct ExportDialog {
    pub request: ExportRequest,
    /// The page shown in the preview.
    pub preview_page: usize,
    preview: Option<Preview>,
    running: Option<Running>,
    textures: TextureCache,
}

/// Pages built for one revision of the map and one request.
struct Preview {
    revision: u64,
    request: ExportRequest,
    pages: Vec<Page>,
}

struct Running {
    progress: Progress,
    done: Receiver<Result<Vec<PathBuf>, ExportError>>,
}

/// What the dialog asks of the app after a frame.
pub enum ExportMove {
    Nothing,
    Close,
    /// Ask where to write, then call [`ExportDialog::start`].
    ChooseFile,
    /// The export ended; tell the user.
    Finished(String),
}

impl Default for ExportDialog {
    fn default() -> Self {
        Self {
            request: ExportRequest::new(Format::Pdf, Pages::Slides),
            preview_page: 0,
            preview: None,
            running: None,
            textures: TextureCache::default(),
        }
    }
}

impl ExportDialog {
    pub fn is_running(&self) -> bool {
        self.running.is_some()
    }

    /// Pages the preview shows, for the map at `revision`.
    pub fn pages(&mut self, map: &JourneyMap, revision: u64) -> &[Page] {
        let stale = self
            .preview
            .as_ref()
            .is_none_or(|p| p.revision != revision || p.request != self.request);
        if stale {
            let pages = export::pages(map, &self.request);
            self.preview_page = self.preview_page.min(pages.len().saturating_sub(1));
            self.preview = Some(Preview {
                revision,
                request: self.request.clone(),
                pages,
            });
        }
        self.preview.as_ref().map_or(&[], |p| p.pages.as_slice())
    }

    /// Exports `map` to `path` on a worker thread.
    pub fn start(&mut self, map: JourneyMap, path: PathBuf, ctx: &Context) {
        let progress = Progress::default();
        let (sender, done) = channel();
        let request = self.request.clone();
        let worker_progress = progress.clone();
        let ctx = ctx.clone();
        std::thread::spawn(move || {
            let result = export::write(&map, &request, &path, &worker_progress);
            // The dialog may have closed meanwhile; then nobody waits for the answer.
            let _ = sender.send(result);
            ctx.request_repaint();
        });
        self.running = Some(Running { progress, done });
    }

    pub fn window_ui(&mut self, ctx: &Context, map: &JourneyMap, revision: u64) -> ExportMove {
        let mut action = ExportMove::Nothing;
        if let Some(finished) = self.poll() {
            return finished;
        }
        egui::Window::new("Export")
            .collapsible(false)
            .resizable(false)
            .anchor(egui::Align2::CENTER_CENTER, vec2(0.0, 0.0))
            .show(ctx, |ui| {
                ui.horizontal_top(|ui| {
                    ui.vertical(|ui| {
                        ui.set_width(300.0);
                        ui.add_enabled_ui(self.running.is_none(), |ui| {
                            self.choices_ui(ui, map);
                        });
                    });
                    ui.add_space(16.0);
                    ui.vertical(|ui| self.preview_ui(ui, map, revision));
                });
                ui.separator();
                action = self.buttons_ui(ui);
            });
        if self.running.is_some() {
            ctx.request_repaint_after(Duration::from_millis(100));
        }
        action
    }

    /// The export's outcome, once the worker is done.
    fn poll(&mut self) -> Option<ExportMove> {
        let running = self.running.as_ref()?;
        let result = running.done.try_recv().ok()?;
        self.running = None;
        Some(match result {
            Ok(paths) => ExportMove::Finished(match paths.as_slice() {
                [one] => format!("Exported to {}", one.display()),
                [first, ..] => format!(
                    "Exported {} files, the first {}",
                    paths.len(),
                    first.display()
                ),
                [] => "Nothing was exported".to_owned(),
            }),
            Err(ExportError::Cancelled) => ExportMove::Finished("Export cancelled".to_owned()),
            Err(error) => ExportMove::Finished(error.to_string()),
        })
    }

    fn choices_ui(&mut self, ui: &mut Ui, map: &JourneyMap) {
        let request = &mut self.request;
        ui.strong("Format");
        for format in Format::ALL {
            ui.radio_value(&mut request.format, format, format.label());
        }
        ui.horizontal(|ui| {
            ui.radio_value(&mut request.pages, Pages::Slides, "Slide deck");
            ui.radio_value(&mut request.pages, Pages::WholeMap, "Whole map");
        });
        let own_size = request.pages == Pages::WholeMap && request.format != Format::Pdf;
        let size_text = match request.effective_page_size() {
            Some(size) => size.label(),
            None => "The map's own size",
        };
        egui::ComboBox::from_label("Page")
            .selected_text(size_text)
            .show_ui(ui, |ui| {
                if own_size {
                    ui.selectable_value(&mut request.page_size, None, "The map's own size");
                }
                for size in PageSize::ALL {
                    ui.selectable_value(&mut request.page_size, Some(size), size.label());
                }
            });
        if request.format.is_raster() {
            ui.horizontal(|ui| {
                ui.label("Scale");
                for scale in [1.0, 2.0, 4.0] {
                    ui.radio_value(&mut request.raster.scale, scale, format!("{scale}×"));
                }
            });
        }
        if request.format == Format::Png {
            ui.checkbox(&mut request.raster.transparent, "Transparent background");
        }
        ui.horizontal(|ui| {
            ui.radio_value(&mut request.choices.look, Look::Light, "As on screen");
            ui.radio_value(&mut request.choices.look, Look::Print, "Print-friendly");
        });
        ui.add_space(6.0);
        ui.strong("Lanes");
        egui::ScrollArea::vertical()
            .id_salt("export-lanes")
            .max_height(180.0)
            .show(ui, |ui| {
                for lane in map.lanes.iter().filter(|l| !l.hidden) {
                    let mut shown = !request.choices.hidden_lanes.contains(&lane.id);
                    if ui.checkbox(&mut shown, &lane.title).changed() {
                        toggle(&mut request.choices.hidden_lanes, lane.id, shown);
                    }
                }
            });
        if !map.personas.is_empty() {
            ui.strong("Emotion curves");
            for persona in &map.personas {
                let mut shown = !request.choices.hidden_personas.contains(&persona.id);
                if ui.checkbox(&mut shown, &persona.name).changed() {
                    toggle(&mut request.choices.hidden_personas, persona.id, shown);
                }
            }
        }
    }

    fn preview_ui(&mut self, ui: &mut Ui, map: &JourneyMap, revision: u64) {
        let count = self.pages(map, revision).len();
        let index = self.preview_page;
        let Some(page) = self.preview.as_ref().and_then(|p| p.pages.get(index)) else {
            ui.label("Nothing to export");
            return;
        };
        let height = PREVIEW_WIDTH * page.size.y / page.size.x;
        let (response, painter) =
            ui.allocate_painter(vec2(PREVIEW_WIDTH, height.min(420.0)), Sense::hover());
        response.widget_info(|| {
            egui::WidgetInfo::labeled(
                egui::Role::Image,
                true,
                format!("Preview of {}", page.title),
            )
        });
        let area = response.rect;
        let scale = (area.width() / page.size.x).min(area.height() / page.size.y);
        let offset = area.center() - page.size * scale / 2.0;
        let screen_from_page =
            TSTransform::from_translation(offset.to_vec2()) * TSTransform::from_scaling(scale);
        let page_on_screen = screen_from_page * page.scene.bounds;
        painter.rect_filled(page_on_screen, 0.0, page.scene.background);
        painter.rect_stroke(
            page_on_screen,
            0.0,
            ui.visuals().widgets.noninteractive.bg_stroke,
            egui::StrokeKind::Outside,
        );
        let ctx = ui.ctx().clone();
        let textures = &mut self.textures;
        paint_scene(&painter, &page.scene, screen_from_page, &mut |source| {
            textures.get(&ctx, map, source)
        });
        ui.horizontal(|ui| {
            if ui
                .add_enabled(index > 0, egui::Button::new("‹ Previous"))
                .clicked()
            {
                self.preview_page -= 1;
            }
            ui.label(format!("Page {} of {count}", index + 1));
            if ui
                .add_enabled(index + 1 < count, egui::Button::new("Next ›"))
                .clicked()
            {
                self.preview_page += 1;
            }
        });
    }

    fn buttons_ui(&mut self, ui: &mut Ui) -> ExportMove {
        let mut action = ExportMove::Nothing;
        ui.horizontal(|ui| {
            if let Some(running) = &self.running {
                let (done, total) = running.progress.fraction();
                let share = done as f32 / total.max(1) as f32;
                ui.add(
                    egui::ProgressBar::new(share)
                        .desired_width(300.0)
                        .text(format!("Page {} of {total}", (done + 1).min(total))),
                );
                if ui.button("Cancel export").clicked() {
                    running.progress.cancel();
                }
            } else {
                if ui.button("Export…").clicked() {
                    action = ExportMove::ChooseFile;
                }
                if ui.button("Close").clicked() {
                    action = ExportMove::Close;
                }
            }
        });
        action
    }
}

fn toggle<T: Ord>(hidden: &mut std::collections::BTreeSet<T>, item: T, shown: bool) {
    if shown {
        hidden.remove(&item);
    } else {
        hidden.insert(item);
    }
}
