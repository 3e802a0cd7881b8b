//! Running an [`Action`]: what each menu item and shortcut does.

use egui::{Context, Rect};

use super::ParcoursApp;
use crate::edit::Edit;
use crate::file::CopiedCards;
use crate::interchange::Format;
use crate::model::{Card, CardId};
use crate::session::{FileChoice, Next, Pending};
use crate::ui::actions::{Action, ActionState};
use crate::ui::canvas::EditTarget;
use crate::ui::cells::CellMove;
use crate::ui::dialogs::DialogRequest;
use crate::ui::export_dialog::ExportDialog;
use crate::ui::file_requests::DialogPurpose;
use crate::ui::modals::TemplatesDialog;
use crate::ui::selection::Selection;
use crate::ui::view::View;

impl ParcoursApp {
    /// Runs a user action, from a menu, a shortcut or a test.
    pub fn run(&mut self, action: Action, ctx: &Context) {
        match action {
            Action::NewFromTemplate => {
                let language = &self.session.new_map_language;
                self.templates
                    .get_or_insert_with(|| TemplatesDialog::new(language));
            }
            Action::Open => self.request(Pending::ChooseFileToOpen, ctx),
            Action::Import => self.request(Pending::ChooseFileToImport, ctx),
            Action::Export => {
                self.export.get_or_insert_with(ExportDialog::default);
            }
            Action::ExportCsv => self.ask_export_path(Format::Csv, ctx),
            Action::ExportMermaid => self.ask_export_path(Format::Mermaid, ctx),
            Action::Save => {
                let next = self.session.save();
                self.follow(next, ctx);
            }
            Action::SaveAs => self.follow(Next::Choose(FileChoice::SaveAs), ctx),
            Action::Close => self.request(Pending::Close, ctx),
            Action::Quit => self.request(Pending::Quit, ctx),
            Action::Undo => {
                self.session.document.undo();
            }
            Action::Redo => {
                self.session.document.redo();
            }
            Action::Cut => {
                if self.copy_selection(ctx) {
                    self.delete_selection();
                }
            }
            Action::Copy => {
                self.copy_selection(ctx);
            }
            Action::Paste => {
                if let Some(copied) = self.copied.clone() {
                    self.paste(&copied);
                }
            }
            Action::Duplicate => {
                let map = &self.session.document.map;
                let copied = CopiedCards::from_map(map, self.selection.cards());
                self.paste(&copied);
            }
            Action::Delete => self.delete_selection(),
            Action::AddCardAfter => self.add_card_after(),
            Action::ZoomIn => self.zoom_to(self.view.zoom() * View::STEP),
            Action::ZoomOut => self.zoom_to(self.view.zoom() / View::STEP),
            Action::ZoomToFit => self.view.fit_pending = true,
            Action::ZoomTo100 => self.zoom_to(1.0),
            Action::ShowInsights => self.insights_shown = !self.insights_shown,
            Action::ShowEmotionStrip => self.overlays.emotion_strip ^= true,
            Action::MarkMissedTargets => self.overlays.missed_targets ^= true,
            // Present mode.
            Action::Present => self.toggle_presenting(ctx, false),
            Action::PresentOnSecondWindow => self.toggle_presenting(ctx, true),
            // Capture and dot voting.
            Action::ToggleVoting => self.canvas.voting ^= true,
            Action::NextCell => self.move_to_cell(CellMove::Next, ctx),
            Action::PreviousCell => self.move_to_cell(CellMove::Previous, ctx),
            Action::CellLeft => self.move_to_cell(CellMove::Left, ctx),
            Action::CellRight => self.move_to_cell(CellMove::Right, ctx),
            Action::CellAbove => self.move_to_cell(CellMove::Up, ctx),
            Action::CellBelow => self.move_to_cell(CellMove::Down, ctx),
            // Compare mode, changes and merge conflicts.
            Action::NewFutureState => self.new_future_state(ctx),
            Action::CompareWith => self.compare_with(ctx),
            // Start screen, file chooser and About.
            Action::ShowAbout => self.show_about = !self.show_about,
            // Spreadsheets and imports.
            Action::ExportXlsx => self.ask_export_path(Format::Xlsx, ctx),
            Action::ShowHelp => self.show_help = !self.show_help,
        }
    }

    /// Whether `action` can run now.
    pub fn is_enabled(&self, action: Action) -> bool {
        let document = &self.session.document;
        action.is_enabled(&ActionState {
            can_undo: document.undo_label(self.language).is_some(),
            can_redo: document.redo_label(self.language).is_some(),
            selection: &self.selection,
            has_copied: self.copied.is_some(),
        })
    }

    /// Does `pending` once unsaved changes are settled.
    pub fn request(&mut self, pending: Pending, ctx: &Context) {
        let next = self.session.request(pending);
        self.follow(next, ctx);
    }

    fn zoom_to(&mut self, zoom: f32) {
        let bounds = self
            .drawing
            .as_ref()
            .map_or(Rect::NOTHING, |d| d.layout.bounds);
        self.view.zoom_to(zoom, bounds);
    }

    fn ask_export_path(&mut self, format: Format, ctx: &Context) {
        let request = DialogRequest::Export {
            format_label: self.language.exchange_format(format),
            extension: format.extension(),
            suggested_name: self.session.suggested_file_name(format.extension()),
        };
        self.files.ask(DialogPurpose::Export(format), request, ctx);
    }

    /// Copies the selected cards to this window and the system clipboard;
    /// false when no card is selected.
    pub(super) fn copy_selection(&mut self, ctx: &Context) -> bool {
        if self.selection.cards().is_empty() {
            return false;
        }
        let copied = CopiedCards::from_map(&self.session.document.map, self.selection.cards());
        ctx.copy_text(copied.to_text());
        self.copied = Some(copied);
        true
    }

    /// Pastes beside the one selected card, or back where the cards came from.
    pub(super) fn paste(&mut self, copied: &CopiedCards) {
        let beside = match self.selection.cards() {
            [one] => Some(*one),
            _ => None,
        };
        let document = &mut self.session.document;
        let Some(edit) = crate::edit::paste(&document.map, copied, beside) else {
            return;
        };
        let pasted = match &edit {
            Edit::AddCards(cards) => cards.iter().map(|c| c.id).collect(),
            _ => Vec::new(),
        };
        if document.apply(edit) {
            self.selection = Selection::Cards(pasted);
        }
    }

    fn delete_selection(&mut self) {
        let edit = match &self.selection {
            Selection::Map | Selection::Cell(_) => return,
            Selection::Cards(cards) => Edit::DeleteCards(cards.clone()),
            Selection::Stage(id) => Edit::RemoveStage(*id),
            Selection::Lane(id) => Edit::RemoveLane(*id),
            Selection::Point { curve, point } => Edit::RemovePoint {
                curve: *curve,
                point: *point,
            },
            Selection::Link(id) => Edit::RemoveLink(*id),
            Selection::Persona(id) => Edit::RemovePersona(*id),
        };
        self.session.document.apply(edit);
        self.selection = Selection::Map;
    }

    /// Adds an empty card after the selected one, in its cell, and starts typing in it.
    fn add_card_after(&mut self) {
        let [selected] = self.selection.cards() else {
            return;
        };
        let document = &mut self.session.document;
        let Some(card) = document.map.card(*selected) else {
            return;
        };
        let index = document
            .map
            .cards
            .iter()
            .filter(|c| c.lane == card.lane && c.stage == card.stage && c.step == card.step)
            .position(|c| c.id == *selected)
            .map_or(0, |i| i + 1);
        let mut new_card = Card::new(
            CardId(document.map.next_free_id()),
            card.lane,
            card.stage,
            "",
        );
        new_card.step = card.step;
        new_card.channel = card.channel.clone();
        let id = new_card.id;
        if document.apply(Edit::InsertCard {
            card: new_card,
            index,
        }) {
            self.selection = Selection::Cards(vec![id]);
            self.canvas.edit_text(&document.map, EditTarget::Card(id));
        }
    }
}
