//! The Export dialog: format, pages, size and what to show, with a live preview of
//! the pages as they will come out. The export itself runs on a worker thread,
//! with progress and cancel, so the window never freezes.

use std::path::PathBuf;
use std::sync::mpsc::{Receiver, channel};
use std::time::Duration;

use egui::emath::TSTransform;
use egui::{Context, DragValue, Sense, Ui, Vec2, vec2};

use super::paint::paint_scene;
use super::textures::TextureCache;
use crate::export::{
    self, ExportError, ExportRequest, Format, Look, Page, PageSize, Pages, Progress, Raster,
};
use crate::lang::{ENGLISH, Language, Words, fill, translate};
use crate::model::JourneyMap;

/// Width of the preview, in points.
const PREVIEW_WIDTH: f32 = 560.0;

/// The Export dialog's state while it is open: the choices made, the preview
/// and the export running, if any.
pub struct ExportDialog {
    /// What to export, as chosen in the dialog: format, pages, size and what
    /// to show.
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
    /// Nothing: the dialog stays open.
    Nothing,
    /// Close the dialog: the user pressed Close.
    Close,
    /// Ask where to write, then call [`ExportDialog::start`].
    ChooseFile,
    /// The export ended; tell the user this, given in English (the session
    /// shows it in the interface's language).
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
    /// Whether an export is under way on its worker thread.
    pub fn is_running(&self) -> bool {
        self.running.is_some()
    }

    /// Pages the preview shows, for the map at `revision`.
    pub fn pages(&mut self, map: &JourneyMap, revision: u64) -> &[Page] {
        let stale = self.preview.as_ref().is_none_or(|p| {
            p.revision != revision || !p.request.makes_same_pages_as(&self.request)
        });
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

    /// Draws the dialog for one frame, for the map at `revision`, and says what
    /// the app must do next.
    pub fn window_ui(&mut self, ctx: &Context, map: &JourneyMap, revision: u64) -> ExportMove {
        let mut action = ExportMove::Nothing;
        let language = crate::ui::language(ctx);
        if let Some(finished) = self.poll() {
            return finished;
        }
        // Every page of a request has the same size.
        let page_units = self.pages(map, revision).first().map(|page| page.size);
        let request_before = self.request.clone();
        egui::Window::new(language.words().export)
            .collapsible(false)
            .resizable(false)
            .anchor(egui::Align2::CENTER_CENTER, vec2(0.0, 0.0))
            .show(ctx, |ui| {
                ui.horizontal_top(|ui| {
                    ui.vertical(|ui| {
                        ui.set_width(300.0);
                        ui.add_enabled_ui(self.running.is_none(), |ui| {
                            self.choices_ui(ui, map, page_units, language);
                        });
                    });
                    ui.add_space(16.0);
                    ui.vertical(|ui| self.preview_ui(ui, map, revision, language));
                });
                ui.separator();
                let size_problem = self.size_problem(map, revision, language);
                action = self.buttons_ui(ui, size_problem.as_deref(), language);
            });
        // The pixel size shown above was worked out from the pages before this
        // frame's changes; one more frame shows it for the new ones.
        if self.request != request_before {
            ctx.request_repaint();
        }
        if self.running.is_some() {
            ctx.request_repaint_after(Duration::from_millis(100));
        }
        action
    }

    /// The export's outcome, in English, once the worker is done.
    fn poll(&mut self) -> Option<ExportMove> {
        let running = self.running.as_ref()?;
        let result = running.done.try_recv().ok()?;
        self.running = None;
        let words = &ENGLISH;
        Some(match result {
            Ok(paths) => ExportMove::Finished(match paths.as_slice() {
                [one] => fill(words.exported_to, &[&one.display()]),
                [first, ..] => fill(words.exported_many, &[&paths.len(), &first.display()]),
                [] => words.nothing_exported.to_owned(),
            }),
            Err(ExportError::Cancelled) => ExportMove::Finished(words.export_cancelled.to_owned()),
            Err(error) => ExportMove::Finished(error.to_string()),
        })
    }

    /// Why a PNG or JPEG cannot be made at the size asked, if it cannot.
    fn size_problem(
        &mut self,
        map: &JourneyMap,
        revision: u64,
        language: Language,
    ) -> Option<String> {
        if !self.request.format.is_raster() {
            return None;
        }
        let units = self.pages(map, revision).first()?.size;
        let problem = self.request.pixel_size(units).err()?;
        Some(as_sentence(translate(&problem, language)))
    }

    fn choices_ui(
        &mut self,
        ui: &mut Ui,
        map: &JourneyMap,
        page_units: Option<Vec2>,
        language: Language,
    ) {
        let words = language.words();
        let request = &mut self.request;
        ui.strong(words.format);
        // Two formats a row keep the dialog short enough for a laptop's screen.
        egui::Grid::new("export-formats").show(ui, |ui| {
            for pair in Format::ALL.chunks(2) {
                for &format in pair {
                    ui.radio_value(&mut request.format, format, language.export_format(format));
                }
                ui.end_row();
            }
        });
        ui.horizontal(|ui| {
            ui.radio_value(&mut request.pages, Pages::Slides, words.slide_deck);
            ui.radio_value(&mut request.pages, Pages::WholeMap, words.whole_map);
        });
        ui.radio_value(&mut request.pages, Pages::Walkthrough, words.walkthrough);
        if request.pages == Pages::Slides {
            ui.checkbox(
                &mut request.choices.leave_out_insights,
                words.leave_out_insights,
            );
        }
        page_size_ui(ui, request, language);
        if request.format.is_raster() {
            resolution_ui(ui, request, page_units, language);
        }
        if request.format == Format::Png {
            ui.checkbox(&mut request.raster.transparent, words.transparent);
        }
        ui.horizontal(|ui| {
            ui.radio_value(&mut request.choices.look, Look::Light, words.as_on_screen);
            ui.radio_value(&mut request.choices.look, Look::Print, words.print_friendly);
        });
        ui.add_space(6.0);
        ui.strong(words.lanes);
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
            ui.strong(words.emotion_curves);
            for persona in &map.personas {
                let mut shown = !request.choices.hidden_personas.contains(&persona.id);
                if ui.checkbox(&mut shown, &persona.name).changed() {
                    toggle(&mut request.choices.hidden_personas, persona.id, shown);
                }
            }
        }
    }

    fn preview_ui(&mut self, ui: &mut Ui, map: &JourneyMap, revision: u64, language: Language) {
        let words = language.words();
        let count = self.pages(map, revision).len();
        let index = self.preview_page;
        let Some(page) = self.preview.as_ref().and_then(|p| p.pages.get(index)) else {
            ui.label(words.nothing_to_export);
            return;
        };
        let height = PREVIEW_WIDTH * page.size.y / page.size.x;
        let (response, painter) =
            ui.allocate_painter(vec2(PREVIEW_WIDTH, height.min(420.0)), Sense::hover());
        response.widget_info(|| {
            egui::WidgetInfo::labeled(
                egui::Role::Image,
                true,
                fill(words.preview_of, &[&page.title]),
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
                .add_enabled(index > 0, egui::Button::new(words.previous_page))
                .clicked()
            {
                self.preview_page -= 1;
            }
            ui.label(fill(words.page_of, &[&(index + 1), &count]));
            if ui
                .add_enabled(index + 1 < count, egui::Button::new(words.next_page))
                .clicked()
            {
                self.preview_page += 1;
            }
        });
    }

    fn buttons_ui(
        &mut self,
        ui: &mut Ui,
        size_problem: Option<&str>,
        language: Language,
    ) -> ExportMove {
        let words = language.words();
        let mut action = ExportMove::Nothing;
        ui.horizontal(|ui| {
            if let Some(running) = &self.running {
                let (done, total) = running.progress.fraction();
                let share = done as f32 / total.max(1) as f32;
                ui.add(
                    egui::ProgressBar::new(share)
                        .desired_width(300.0)
                        .text(fill(words.page_of, &[&(done + 1).min(total), &total])),
                );
                if ui.button(words.cancel_export).clicked() {
                    running.progress.cancel();
                }
            } else {
                let mut export = ui.add_enabled(
                    size_problem.is_none(),
                    egui::Button::new(words.export_button),
                );
                if let Some(problem) = size_problem {
                    export = export.on_disabled_hover_text(problem);
                }
                if export.clicked() {
                    action = ExportMove::ChooseFile;
                }
                if ui.button(words.close).clicked() {
                    action = ExportMove::Close;
                }
            }
        });
        action
    }
}

/// The page's shape, or the map's own size where the format allows it.
fn page_size_ui(ui: &mut Ui, request: &mut ExportRequest, language: Language) {
    let words = language.words();
    let own_size =
        request.pages == Pages::WholeMap && !matches!(request.format, Format::Pdf | Format::Pptx);
    let size_text = match request.effective_page_size() {
        Some(size) => language.page_size(size),
        None => words.own_size,
    };
    egui::ComboBox::from_label(words.page)
        .selected_text(size_text)
        .show_ui(ui, |ui| {
            if own_size {
                ui.selectable_value(&mut request.page_size, None, words.own_size);
            }
            for size in PageSize::ALL {
                ui.selectable_value(&mut request.page_size, Some(size), language.page_size(size));
            }
        });
}

/// Scale or exact size of a PNG or JPEG, and the pixel size that comes out of it.
fn resolution_ui(
    ui: &mut Ui,
    request: &mut ExportRequest,
    page_units: Option<Vec2>,
    language: Language,
) {
    let words = language.words();
    let asked = page_units.map(|units| request.asked_pixels(units));
    let raster = &mut request.raster;
    let exact = raster.width.is_some() || raster.height.is_some();
    ui.horizontal(|ui| {
        if ui.radio(!exact, words.scale).clicked() {
            raster.width = None;
            raster.height = None;
        }
        if ui.radio(exact, words.exact_size).clicked() && !exact {
            // Starts from the size the scale gave, so nothing changes until typed.
            let width = asked.map_or(PageSize::Widescreen.units().x, |pixels| pixels.x);
            raster.width = Some(width as u32);
        }
    });
    if exact {
        exact_size_ui(ui, raster, asked.unwrap_or_default(), words);
    } else {
        ui.horizontal(|ui| {
            for scale in [1.0, 2.0, 4.0] {
                ui.radio_value(&mut raster.scale, scale, format!("{scale}×"));
            }
        });
    }
    let Some(units) = page_units else {
        return;
    };
    match request.pixel_size(units) {
        Ok((width, height)) => ui.label(fill(words.pixel_size, &[&width, &height])),
        Err(problem) => {
            let problem = as_sentence(translate(&problem, language));
            ui.colored_label(ui.visuals().error_fg_color, problem)
        }
    };
}

/// Width and height fields: the side typed last is kept, and the other follows the
/// page's shape, as `--width` or `--height` alone does on the command line.
fn exact_size_ui(ui: &mut Ui, raster: &mut Raster, asked: Vec2, words: &Words) {
    egui::Grid::new("export-exact-size").show(ui, |ui| {
        if let Some(width) = pixels_field_ui(ui, words.width_in_pixels, raster.width, asked.x) {
            raster.width = Some(width);
            raster.height = None;
        }
        ui.end_row();
        if let Some(height) = pixels_field_ui(ui, words.height_in_pixels, raster.height, asked.y) {
            raster.width = None;
            raster.height = Some(height);
        }
        ui.end_row();
    });
}

/// A labelled number of pixels showing `given`, or `derived` when not given; the
/// number typed, if one was.
fn pixels_field_ui(ui: &mut Ui, label: &str, given: Option<u32>, derived: f32) -> Option<u32> {
    let label = ui.label(label);
    // `as` saturates: a derived side too large for u32 shows as the largest.
    let mut pixels = given.unwrap_or(derived as u32);
    let field = DragValue::new(&mut pixels)
        .range(1..=u32::MAX)
        // A derived side rounded down to 0 is shown as it is, not taken as typed.
        .clamp_existing_to_range(false)
        .speed(10.0);
    ui.add(field)
        .labelled_by(label.id)
        .changed()
        .then_some(pixels)
}

/// `problem` as a sentence on its own: the request's messages start in lower case
/// to follow a colon.
fn as_sentence(problem: String) -> String {
    let mut chars = problem.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => problem,
    }
}

fn toggle<T: Ord>(hidden: &mut std::collections::BTreeSet<T>, item: T, shown: bool) {
    if shown {
        hidden.remove(&item);
    } else {
        hidden.insert(item);
    }
}
